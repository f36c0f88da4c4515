// Code generated from spec.yaml (2 Names: Collide & Co 1.0.0) by openapi-client-generator. DO NOT EDIT.

package n2namescollideco

import (
	"encoding/json"

	"2-names-collide-co/internal/core"
)

// ClassListParams: Collides with a generated params type name.
type ClassListParams = map[string]any

// Error: an object of the API.
type Error struct {
	Message  *string `json:"message,omitempty"`
	received core.Received
}

// MarshalJSON writes the JSON the value was received as while its fields are unchanged, else its fields.
func (m Error) MarshalJSON() ([]byte, error) {
	type fields Error
	return m.received.Encode(fields(m))
}

// UnmarshalJSON decodes the fields and keeps the JSON as received (fields the schema does not list included).
func (m *Error) UnmarshalJSON(data []byte) error {
	type fields Error
	*m = Error{}
	return m.received.Decode(data, (*fields)(m))
}

// ReceivedJSON is the JSON the value was received as (nil for a value built in code).
func (m Error) ReceivedJSON() json.RawMessage { return m.received.JSON() }

// N2FAStatus: an object of the API.
type N2FAStatus struct {
	Enabled  *bool `json:"enabled,omitempty"`
	received core.Received
}

// MarshalJSON writes the JSON the value was received as while its fields are unchanged, else its fields.
func (m N2FAStatus) MarshalJSON() ([]byte, error) {
	type fields N2FAStatus
	return m.received.Encode(fields(m))
}

// UnmarshalJSON decodes the fields and keeps the JSON as received (fields the schema does not list included).
func (m *N2FAStatus) UnmarshalJSON(data []byte) error {
	type fields N2FAStatus
	*m = N2FAStatus{}
	return m.received.Decode(data, (*fields)(m))
}

// ReceivedJSON is the JSON the value was received as (nil for a value built in code).
func (m N2FAStatus) ReceivedJSON() json.RawMessage { return m.received.JSON() }

// N2faStatus2: Collides with the one above once names become identifiers.
type N2faStatus2 = string

// Page2: an object of the API.
type Page2 struct {
	XItems   []Record `json:"x-items,omitzero"`
	received core.Received
}

// MarshalJSON writes the JSON the value was received as while its fields are unchanged, else its fields.
func (m Page2) MarshalJSON() ([]byte, error) {
	type fields Page2
	return m.received.Encode(fields(m))
}

// UnmarshalJSON decodes the fields and keeps the JSON as received (fields the schema does not list included).
func (m *Page2) UnmarshalJSON(data []byte) error {
	type fields Page2
	*m = Page2{}
	return m.received.Decode(data, (*fields)(m))
}

// ReceivedJSON is the JSON the value was received as (nil for a value built in code).
func (m Page2) ReceivedJSON() json.RawMessage { return m.received.JSON() }

// Record: an object of the API.
type Record struct {
	MyField  *string `json:"my-field,omitempty"`
	N2nd     *int64  `json:"2nd,omitempty"`
	Class    *string `json:"class,omitempty"`
	received core.Received
}

// MarshalJSON writes the JSON the value was received as while its fields are unchanged, else its fields.
func (m Record) MarshalJSON() ([]byte, error) {
	type fields Record
	return m.received.Encode(fields(m))
}

// UnmarshalJSON decodes the fields and keeps the JSON as received (fields the schema does not list included).
func (m *Record) UnmarshalJSON(data []byte) error {
	type fields Record
	*m = Record{}
	return m.received.Decode(data, (*fields)(m))
}

// ReceivedJSON is the JSON the value was received as (nil for a value built in code).
func (m Record) ReceivedJSON() json.RawMessage { return m.received.JSON() }
