// Code generated from spec.yaml (Type Alias Repair API 1.0.0) by openapi-client-generator. DO NOT EDIT.

package typealiasrepairapi

import (
	"encoding/json"

	"type-alias-repair-api/internal/core"
)

// Settings: an object of the API.
type Settings struct {
	Enabled  bool               `json:"enabled"`
	Count    int64              `json:"count"`
	Ratio    *float64           `json:"ratio,omitempty"`
	Total    *int64             `json:"total,omitempty"`
	Label    *string            `json:"label,omitempty"`
	Tags     []string           `json:"tags,omitzero"`
	Extra    map[string]float64 `json:"extra,omitzero"`
	Misspelt any                `json:"misspelt,omitzero"`
	Either   *int64             `json:"either,omitempty"`
	received core.Received
}

// MarshalJSON writes the JSON the value was received as while its fields are unchanged, else its fields.
func (m Settings) MarshalJSON() ([]byte, error) {
	type fields Settings
	return m.received.Encode(fields(m))
}

// UnmarshalJSON decodes the fields and keeps the JSON as received (fields the schema does not list included).
func (m *Settings) UnmarshalJSON(data []byte) error {
	type fields Settings
	*m = Settings{}
	return m.received.Decode(data, (*fields)(m))
}

// ReceivedJSON is the JSON the value was received as (nil for a value built in code).
func (m Settings) ReceivedJSON() json.RawMessage { return m.received.JSON() }
