// Code generated from spec.yaml (Errors API 1.0.0) by openapi-client-generator. DO NOT EDIT.

package errorsapi

// Problem: an object of the API.
type Problem struct {
	Title  *string `json:"title,omitempty"`
	Detail *string `json:"detail,omitempty"`
	Trace  *string `json:"trace,omitempty"`
}

// ThingsGetResponse: an object of the API.
type ThingsGetResponse struct {
	ID *string `json:"id,omitempty"`
}
