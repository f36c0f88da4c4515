// Code generated from spec.yaml (Schema Not Object Repair API 1.0.0) by openapi-client-generator. DO NOT EDIT.

package schemanotobjectrepairapi

// Odd: a type of the API.
type Odd = any

// Thing: an object of the API.
type Thing struct {
	ID   *string `json:"id,omitempty"`
	Blob any     `json:"blob,omitzero"`
}
