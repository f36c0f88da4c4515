// Code generated from spec.yaml (Schema Keyword Repair API 1.0.0) by openapi-client-generator. DO NOT EDIT.

package schemakeywordrepairapi

import (
	"encoding/json"

	"schema-keyword-repair-api/internal/core"
)

// Note: an object of the API.
type Note struct {
	ID       string   `json:"id"`
	Title    string   `json:"title"`
	Body     *string  `json:"body,omitempty"`
	Kind     *string  `json:"kind,omitempty"`
	Score    *float64 `json:"score,omitempty"`
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
