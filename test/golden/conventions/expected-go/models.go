// Code generated from spec.yaml (Conventions API 3.0.0-beta.1) by openapi-client-generator. DO NOT EDIT.

package convclient

import (
	"encoding/json"

	"example/conv/internal/core"
)

// PingPingResponse: an object of the API.
type PingPingResponse struct {
	Ok       *bool `json:"ok,omitempty"`
	received core.Received
}

// MarshalJSON writes the JSON the value was received as while its fields are unchanged, else its fields.
func (m PingPingResponse) MarshalJSON() ([]byte, error) {
	type fields PingPingResponse
	return m.received.Encode(fields(m))
}

// UnmarshalJSON decodes the fields and keeps the JSON as received (fields the schema does not list included).
func (m *PingPingResponse) UnmarshalJSON(data []byte) error {
	type fields PingPingResponse
	*m = PingPingResponse{}
	return m.received.Decode(data, (*fields)(m))
}

// ReceivedJSON is the JSON the value was received as (nil for a value built in code).
func (m PingPingResponse) ReceivedJSON() json.RawMessage { return m.received.JSON() }
