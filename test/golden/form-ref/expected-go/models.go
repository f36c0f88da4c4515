// Code generated from spec.yaml (Form Ref API 1.0.0) by openapi-client-generator. DO NOT EDIT.

package formrefapi

import (
	"encoding/json"

	"form-ref-api/internal/core"
)

// UploadRequest: an object of the API.
type UploadRequest struct {
	Filename *string `json:"filename,omitempty"`
	File     string  `json:"file"`
	received core.Received
}

// MarshalJSON writes the JSON the value was received as while its fields are unchanged, else its fields.
func (m UploadRequest) MarshalJSON() ([]byte, error) {
	type fields UploadRequest
	return m.received.Encode(fields(m))
}

// UnmarshalJSON decodes the fields and keeps the JSON as received (fields the schema does not list included).
func (m *UploadRequest) UnmarshalJSON(data []byte) error {
	type fields UploadRequest
	*m = UploadRequest{}
	return m.received.Decode(data, (*fields)(m))
}

// ReceivedJSON is the JSON the value was received as (nil for a value built in code).
func (m UploadRequest) ReceivedJSON() json.RawMessage { return m.received.JSON() }
