// Code generated from spec.yaml (Form Ref API 1.0.0) by openapi-client-generator. DO NOT EDIT.

package formrefapi

// UploadRequest: an object of the API.
type UploadRequest struct {
	Filename *string `json:"filename,omitempty"`
	File     string  `json:"file"`
}
