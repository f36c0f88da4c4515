// Code generated from spec.yaml (Conventions API 3.0.0-beta.1) by openapi-client-generator. DO NOT EDIT.

package convclient

// PingPingResponse: an object of the API.
type PingPingResponse struct {
	Ok *bool `json:"ok,omitempty"`
}
