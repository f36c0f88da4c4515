// Code generated from spec.yaml (JSON Body API 2.1.0) by openapi-client-generator. DO NOT EDIT.

package jsonbodyapi

import (
	"encoding/json"

	"json-body-api/internal/core"
)

// NewNote: an object of the API.
type NewNote struct {
	// Shown in lists; closes */ comments safely.
	Title    string   `json:"title"`
	Body     *string  `json:"body,omitempty"`
	Tags     []string `json:"tags,omitzero"`
	received core.Received
}

// MarshalJSON writes the JSON the value was received as while its fields are unchanged, else its fields.
func (m NewNote) MarshalJSON() ([]byte, error) {
	type fields NewNote
	return m.received.Encode(fields(m))
}

// UnmarshalJSON decodes the fields and keeps the JSON as received (fields the schema does not list included).
func (m *NewNote) UnmarshalJSON(data []byte) error {
	type fields NewNote
	*m = NewNote{}
	return m.received.Decode(data, (*fields)(m))
}

// ReceivedJSON is the JSON the value was received as (nil for a value built in code).
func (m NewNote) ReceivedJSON() json.RawMessage { return m.received.JSON() }

// Note: an object of the API.
type Note struct {
	// Shown in lists; closes */ comments safely.
	Title     string   `json:"title"`
	Body      *string  `json:"body,omitempty"`
	Tags      []string `json:"tags,omitzero"`
	ID        string   `json:"id"`
	CreatedAt *string  `json:"created_at,omitempty"`
	received  core.Received
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

// NotesSearchParamsBody: an object of the API.
type NotesSearchParamsBody struct {
	Query    string `json:"query"`
	received core.Received
}

// MarshalJSON writes the JSON the value was received as while its fields are unchanged, else its fields.
func (m NotesSearchParamsBody) MarshalJSON() ([]byte, error) {
	type fields NotesSearchParamsBody
	return m.received.Encode(fields(m))
}

// UnmarshalJSON decodes the fields and keeps the JSON as received (fields the schema does not list included).
func (m *NotesSearchParamsBody) UnmarshalJSON(data []byte) error {
	type fields NotesSearchParamsBody
	*m = NotesSearchParamsBody{}
	return m.received.Decode(data, (*fields)(m))
}

// ReceivedJSON is the JSON the value was received as (nil for a value built in code).
func (m NotesSearchParamsBody) ReceivedJSON() json.RawMessage { return m.received.JSON() }
