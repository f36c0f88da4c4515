// Code generated from spec.yaml (Nullable Body API 1.0.0) by openapi-client-generator. DO NOT EDIT.

package nullablebodyapi

import (
	"encoding/json"

	"nullable-body-api/internal/core"
)

// Note: an object of the API.
type Note struct {
	Text     *string `json:"text,omitempty"`
	Pinned   *bool   `json:"pinned,omitempty"`
	received core.Received
}

// MarshalJSON writes the JSON the value was received as while its fields are unchanged, else its fields.
func (m Note) MarshalJSON() ([]byte, error) {
	type fields Note
	return m.received.Encode(fields(m))
}

// UnmarshalJSON decodes the fields and keeps the JSON as received (fields the schema does not list included).
func (m *Note) UnmarshalJSON(data []byte) error {
	type fields Note
	*m = Note{}
	return m.received.Decode(data, (*fields)(m))
}

// ReceivedJSON is the JSON the value was received as (nil for a value built in code).
func (m Note) ReceivedJSON() json.RawMessage { return m.received.JSON() }
