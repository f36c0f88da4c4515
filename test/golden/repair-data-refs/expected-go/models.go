// Code generated from spec.yaml (Data Refs API 1.0.0) by openapi-client-generator. DO NOT EDIT.

package datarefsapi

// Thing: an object of the API.
type Thing struct {
	ID *string `json:"id,omitempty"`
}
