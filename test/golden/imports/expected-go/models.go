// Code generated from spec.yaml (Imports API 1.0.0) by openapi-client-generator. DO NOT EDIT.

package importsapi

import (
	"encoding/json"

	"imports-api/internal/core"
)

// Album: an object of the API.
type Album struct {
	ID       *string `json:"id,omitempty"`
	Title    *string `json:"title,omitempty"`
	received core.Received
}

// MarshalJSON writes the JSON the value was received as while its fields are unchanged, else its fields.
func (m Album) MarshalJSON() ([]byte, error) {
	type fields Album
	return m.received.Encode(fields(m))
}

// UnmarshalJSON decodes the fields and keeps the JSON as received (fields the schema does not list included).
func (m *Album) UnmarshalJSON(data []byte) error {
	type fields Album
	*m = Album{}
	return m.received.Decode(data, (*fields)(m))
}

// ReceivedJSON is the JSON the value was received as (nil for a value built in code).
func (m Album) ReceivedJSON() json.RawMessage { return m.received.JSON() }

// AlbumID: a type of the API.
type AlbumID = string

// Image: a type of the API.
type Image = string

// Mode: one of the values below.
//
// Values the API adds later are kept as they are received.
type Mode string

// Values of Mode.
const (
	ModeFull    Mode = "full"
	ModePreview Mode = "preview"
)

// Notes: a type of the API.
type Notes = string

// Problem: an object of the API.
type Problem struct {
	Message  *string `json:"message,omitempty"`
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

// Region: one of the values below.
//
// Values the API adds later are kept as they are received.
type Region string

// Values of Region.
const (
	RegionEu Region = "eu"
	RegionUs Region = "us"
)

// Session: a type of the API.
type Session = string

// SortOrder: one of the values below.
//
// Values the API adds later are kept as they are received.
type SortOrder string

// Values of SortOrder.
const (
	SortOrderAsc  SortOrder = "asc"
	SortOrderDesc SortOrder = "desc"
)

// Status: an object of the API.
type Status struct {
	Ok       *bool `json:"ok,omitempty"`
	received core.Received
}

// MarshalJSON writes the JSON the value was received as while its fields are unchanged, else its fields.
func (m Status) MarshalJSON() ([]byte, error) {
	type fields Status
	return m.received.Encode(fields(m))
}

// UnmarshalJSON decodes the fields and keeps the JSON as received (fields the schema does not list included).
func (m *Status) UnmarshalJSON(data []byte) error {
	type fields Status
	*m = Status{}
	return m.received.Decode(data, (*fields)(m))
}

// ReceivedJSON is the JSON the value was received as (nil for a value built in code).
func (m Status) ReceivedJSON() json.RawMessage { return m.received.JSON() }

// Tag: an object of the API.
type Tag struct {
	Op       *string `json:"op,omitempty"`
	Label    *string `json:"label,omitempty"`
	received core.Received
}

// MarshalJSON writes the JSON the value was received as while its fields are unchanged, else its fields.
func (m Tag) MarshalJSON() ([]byte, error) {
	type fields Tag
	return m.received.Encode(fields(m))
}

// UnmarshalJSON decodes the fields and keeps the JSON as received (fields the schema does not list included).
func (m *Tag) UnmarshalJSON(data []byte) error {
	type fields Tag
	*m = Tag{}
	return m.received.Decode(data, (*fields)(m))
}

// ReceivedJSON is the JSON the value was received as (nil for a value built in code).
func (m Tag) ReceivedJSON() json.RawMessage { return m.received.JSON() }

// Track: an object of the API.
type Track struct {
	ID       string  `json:"id"`
	Kind     *string `json:"kind,omitempty"`
	received core.Received
}

// MarshalJSON writes the JSON the value was received as while its fields are unchanged, else its fields.
func (m Track) MarshalJSON() ([]byte, error) {
	type fields Track
	return m.received.Encode(fields(m))
}

// UnmarshalJSON decodes the fields and keeps the JSON as received (fields the schema does not list included).
func (m *Track) UnmarshalJSON(data []byte) error {
	type fields Track
	*m = Track{}
	return m.received.Decode(data, (*fields)(m))
}

// ReceivedJSON is the JSON the value was received as (nil for a value built in code).
func (m Track) ReceivedJSON() json.RawMessage { return m.received.JSON() }

// TrackEvent: an object of the API.
type TrackEvent struct {
	Track    Track `json:"track"`
	received core.Received
}

// MarshalJSON writes the JSON the value was received as while its fields are unchanged, else its fields.
func (m TrackEvent) MarshalJSON() ([]byte, error) {
	type fields TrackEvent
	return m.received.Encode(fields(m))
}

// UnmarshalJSON decodes the fields and keeps the JSON as received (fields the schema does not list included).
func (m *TrackEvent) UnmarshalJSON(data []byte) error {
	type fields TrackEvent
	*m = TrackEvent{}
	return m.received.Decode(data, (*fields)(m))
}

// ReceivedJSON is the JSON the value was received as (nil for a value built in code).
func (m TrackEvent) ReceivedJSON() json.RawMessage { return m.received.JSON() }

// TrackKind: one of the values below.
//
// Values the API adds later are kept as they are received.
type TrackKind string

// Values of TrackKind.
const (
	TrackKindSong      TrackKind = "song"
	TrackKindInterlude TrackKind = "interlude"
)

// TrackPage: an object of the API.
type TrackPage struct {
	Items    []Track `json:"items"`
	More     bool    `json:"more"`
	received core.Received
}

// MarshalJSON writes the JSON the value was received as while its fields are unchanged, else its fields.
func (m TrackPage) MarshalJSON() ([]byte, error) {
	type fields TrackPage
	return m.received.Encode(fields(m))
}

// UnmarshalJSON decodes the fields and keeps the JSON as received (fields the schema does not list included).
func (m *TrackPage) UnmarshalJSON(data []byte) error {
	type fields TrackPage
	*m = TrackPage{}
	return m.received.Decode(data, (*fields)(m))
}

// ReceivedJSON is the JSON the value was received as (nil for a value built in code).
func (m TrackPage) ReceivedJSON() json.RawMessage { return m.received.JSON() }

// Unused: an object of the API.
type Unused struct {
	Reason   *string `json:"reason,omitempty"`
	received core.Received
}

// MarshalJSON writes the JSON the value was received as while its fields are unchanged, else its fields.
func (m Unused) MarshalJSON() ([]byte, error) {
	type fields Unused
	return m.received.Encode(fields(m))
}

// UnmarshalJSON decodes the fields and keeps the JSON as received (fields the schema does not list included).
func (m *Unused) UnmarshalJSON(data []byte) error {
	type fields Unused
	*m = Unused{}
	return m.received.Decode(data, (*fields)(m))
}

// ReceivedJSON is the JSON the value was received as (nil for a value built in code).
func (m Unused) ReceivedJSON() json.RawMessage { return m.received.JSON() }

// TracksLiveTagFields: the fields a command sends besides those it fills itself.
type TracksLiveTagFields struct {
	Label    string `json:"label"`
	received core.Received
}

// MarshalJSON writes the JSON the value was received as while its fields are unchanged, else its fields.
func (m TracksLiveTagFields) MarshalJSON() ([]byte, error) {
	type fields TracksLiveTagFields
	return m.received.Encode(fields(m))
}

// UnmarshalJSON decodes the fields and keeps the JSON as received (fields the schema does not list included).
func (m *TracksLiveTagFields) UnmarshalJSON(data []byte) error {
	type fields TracksLiveTagFields
	*m = TracksLiveTagFields{}
	return m.received.Decode(data, (*fields)(m))
}

// ReceivedJSON is the JSON the value was received as (nil for a value built in code).
func (m TracksLiveTagFields) ReceivedJSON() json.RawMessage { return m.received.JSON() }
