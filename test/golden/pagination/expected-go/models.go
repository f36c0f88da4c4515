// Code generated from spec.yaml (Paged API 1.0.0) by openapi-client-generator. DO NOT EDIT.

package pagedapi

import (
	"encoding/json"

	"paged-api/internal/core"
)

// User: an object of the API.
type User struct {
	ID       string  `json:"id"`
	Email    *string `json:"email,omitempty"`
	received core.Received
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

// UserPage: an object of the API.
type UserPage struct {
	Items    []User `json:"items"`
	More     bool   `json:"more"`
	received core.Received
}

// MarshalJSON writes the JSON the value was received as while its fields are unchanged, else its fields.
func (m UserPage) MarshalJSON() ([]byte, error) {
	type fields UserPage
	return m.received.Encode(fields(m))
}

// UnmarshalJSON decodes the fields and keeps the JSON as received (fields the schema does not list included).
func (m *UserPage) UnmarshalJSON(data []byte) error {
	type fields UserPage
	*m = UserPage{}
	return m.received.Decode(data, (*fields)(m))
}

// ReceivedJSON is the JSON the value was received as (nil for a value built in code).
func (m UserPage) ReceivedJSON() json.RawMessage { return m.received.JSON() }

// GroupsListResponse: an object of the API.
type GroupsListResponse struct {
	Items    []string `json:"items,omitzero"`
	received core.Received
}

// MarshalJSON writes the JSON the value was received as while its fields are unchanged, else its fields.
func (m GroupsListResponse) MarshalJSON() ([]byte, error) {
	type fields GroupsListResponse
	return m.received.Encode(fields(m))
}

// UnmarshalJSON decodes the fields and keeps the JSON as received (fields the schema does not list included).
func (m *GroupsListResponse) UnmarshalJSON(data []byte) error {
	type fields GroupsListResponse
	*m = GroupsListResponse{}
	return m.received.Decode(data, (*fields)(m))
}

// ReceivedJSON is the JSON the value was received as (nil for a value built in code).
func (m GroupsListResponse) ReceivedJSON() json.RawMessage { return m.received.JSON() }
