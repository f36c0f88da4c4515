// Code generated from spec.yaml (Encoding Repair API 1.0.0) by openapi-client-generator. DO NOT EDIT.

package encodingrepairapi

import (
	"encoding/json"

	"encoding-repair-api/internal/core"
)

// UploadsCreateParamsSettings: an object of the API.
type UploadsCreateParamsSettings struct {
	Mode     *string `json:"mode,omitempty"`
	received core.Received
}

// MarshalJSON writes the JSON the value was received as while its fields are unchanged, else its fields.
func (m UploadsCreateParamsSettings) MarshalJSON() ([]byte, error) {
	type fields UploadsCreateParamsSettings
	return m.received.Encode(fields(m))
}

// UnmarshalJSON decodes the fields and keeps the JSON as received (fields the schema does not list included).
func (m *UploadsCreateParamsSettings) UnmarshalJSON(data []byte) error {
	type fields UploadsCreateParamsSettings
	*m = UploadsCreateParamsSettings{}
	return m.received.Decode(data, (*fields)(m))
}

// ReceivedJSON is the JSON the value was received as (nil for a value built in code).
func (m UploadsCreateParamsSettings) ReceivedJSON() json.RawMessage { return m.received.JSON() }
