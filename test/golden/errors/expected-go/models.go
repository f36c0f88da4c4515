// Code generated from spec.yaml (Errors API 1.0.0) by openapi-client-generator. DO NOT EDIT.

package errorsapi

import (
	"encoding/json"

	"errors-api/internal/core"
)

// Problem: an object of the API.
type Problem struct {
	Title    *string `json:"title,omitempty"`
	Detail   *string `json:"detail,omitempty"`
	Trace    *string `json:"trace,omitempty"`
	received core.Received
}

// MarshalJSON writes the JSON the value was received as while its fields are unchanged, else its fields.
func (m Problem) MarshalJSON() ([]byte, error) {
	type fields Problem
	return m.received.Encode(fields(m))
}

// UnmarshalJSON decodes the fields and keeps the JSON as received (fields the schema does not list included).
func (m *Problem) UnmarshalJSON(data []byte) error {
	type fields Problem
	*m = Problem{}
	return m.received.Decode(data, (*fields)(m))
}

// ReceivedJSON is the JSON the value was received as (nil for a value built in code).
func (m Problem) ReceivedJSON() json.RawMessage { return m.received.JSON() }

// ThingsGetResponse: an object of the API.
type ThingsGetResponse struct {
	ID       *string `json:"id,omitempty"`
	received core.Received
}

// MarshalJSON writes the JSON the value was received as while its fields are unchanged, else its fields.
func (m ThingsGetResponse) MarshalJSON() ([]byte, error) {
	type fields ThingsGetResponse
	return m.received.Encode(fields(m))
}

// UnmarshalJSON decodes the fields and keeps the JSON as received (fields the schema does not list included).
func (m *ThingsGetResponse) UnmarshalJSON(data []byte) error {
	type fields ThingsGetResponse
	*m = ThingsGetResponse{}
	return m.received.Decode(data, (*fields)(m))
}

// ReceivedJSON is the JSON the value was received as (nil for a value built in code).
func (m ThingsGetResponse) ReceivedJSON() json.RawMessage { return m.received.JSON() }
