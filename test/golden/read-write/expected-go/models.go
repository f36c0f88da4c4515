// Code generated from spec.yaml (Read Write API 1.0.0) by openapi-client-generator. DO NOT EDIT.

package readwriteapi

import (
	"encoding/json"

	"read-write-api/internal/core"
)

// Plain: an object of the API.
type Plain struct {
	A        *string `json:"a,omitempty"`
	received core.Received
}

// MarshalJSON writes the JSON the value was received as while its fields are unchanged, else its fields.
func (m Plain) MarshalJSON() ([]byte, error) {
	type fields Plain
	return m.received.Encode(fields(m))
}

// UnmarshalJSON decodes the fields and keeps the JSON as received (fields the schema does not list included).
func (m *Plain) UnmarshalJSON(data []byte) error {
	type fields Plain
	*m = Plain{}
	return m.received.Decode(data, (*fields)(m))
}

// ReceivedJSON is the JSON the value was received as (nil for a value built in code).
func (m Plain) ReceivedJSON() json.RawMessage { return m.received.JSON() }

// Team: Refers to User, so what the client sends differs from what it receives here too.
type Team struct {
	Name     string `json:"name"`
	Members  []User `json:"members"`
	received core.Received
}

// MarshalJSON writes the JSON the value was received as while its fields are unchanged, else its fields.
func (m Team) MarshalJSON() ([]byte, error) {
	type fields Team
	return m.received.Encode(fields(m))
}

// UnmarshalJSON decodes the fields and keeps the JSON as received (fields the schema does not list included).
func (m *Team) UnmarshalJSON(data []byte) error {
	type fields Team
	*m = Team{}
	return m.received.Decode(data, (*fields)(m))
}

// ReceivedJSON is the JSON the value was received as (nil for a value built in code).
func (m Team) ReceivedJSON() json.RawMessage { return m.received.JSON() }

// TeamInput: Refers to User, so what the client sends differs from what it receives here too.
type TeamInput struct {
	Name     string      `json:"name"`
	Members  []UserInput `json:"members"`
	received core.Received
}

// MarshalJSON writes the JSON the value was received as while its fields are unchanged, else its fields.
func (m TeamInput) MarshalJSON() ([]byte, error) {
	type fields TeamInput
	return m.received.Encode(fields(m))
}

// UnmarshalJSON decodes the fields and keeps the JSON as received (fields the schema does not list included).
func (m *TeamInput) UnmarshalJSON(data []byte) error {
	type fields TeamInput
	*m = TeamInput{}
	return m.received.Decode(data, (*fields)(m))
}

// ReceivedJSON is the JSON the value was received as (nil for a value built in code).
func (m TeamInput) ReceivedJSON() json.RawMessage { return m.received.JSON() }

// User: an object of the API.
type User struct {
	ID        string `json:"id"`
	Email     string `json:"email"`
	CreatedAt string `json:"created_at"`
	received  core.Received
}

// MarshalJSON writes the JSON the value was received as while its fields are unchanged, else its fields.
func (m User) MarshalJSON() ([]byte, error) {
	type fields User
	return m.received.Encode(fields(m))
}

// UnmarshalJSON decodes the fields and keeps the JSON as received (fields the schema does not list included).
func (m *User) UnmarshalJSON(data []byte) error {
	type fields User
	*m = User{}
	return m.received.Decode(data, (*fields)(m))
}

// ReceivedJSON is the JSON the value was received as (nil for a value built in code).
func (m User) ReceivedJSON() json.RawMessage { return m.received.JSON() }

// UserInput: an object of the API.
type UserInput struct {
	Email    string `json:"email"`
	Password string `json:"password"`
	received core.Received
}

// MarshalJSON writes the JSON the value was received as while its fields are unchanged, else its fields.
func (m UserInput) MarshalJSON() ([]byte, error) {
	type fields UserInput
	return m.received.Encode(fields(m))
}

// UnmarshalJSON decodes the fields and keeps the JSON as received (fields the schema does not list included).
func (m *UserInput) UnmarshalJSON(data []byte) error {
	type fields UserInput
	*m = UserInput{}
	return m.received.Decode(data, (*fields)(m))
}

// ReceivedJSON is the JSON the value was received as (nil for a value built in code).
func (m UserInput) ReceivedJSON() json.RawMessage { return m.received.JSON() }
