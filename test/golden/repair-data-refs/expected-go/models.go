// Code generated from spec.yaml (Data Refs API 1.0.0) by openapi-client-generator. DO NOT EDIT.

package datarefsapi

import (
	"encoding/json"

	"data-refs-api/internal/core"
)

// Thing: an object of the API.
type Thing struct {
	ID       *string `json:"id,omitempty"`
	received core.Received
}

// MarshalJSON writes the JSON the value was received as while its fields are unchanged, else its fields.
func (m Thing) MarshalJSON() ([]byte, error) {
	type fields Thing
	return m.received.Encode(fields(m))
}

// UnmarshalJSON decodes the fields and keeps the JSON as received (fields the schema does not list included).
func (m *Thing) UnmarshalJSON(data []byte) error {
	type fields Thing
	*m = Thing{}
	return m.received.Decode(data, (*fields)(m))
}

// ReceivedJSON is the JSON the value was received as (nil for a value built in code).
func (m Thing) ReceivedJSON() json.RawMessage { return m.received.JSON() }
