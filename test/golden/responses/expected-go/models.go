// Code generated from spec.yaml (Media API 1.0.0) by openapi-client-generator. DO NOT EDIT.

package mediaapi

import (
	"encoding/json"

	"media-api/internal/core"
)

// SpeechEventChunk: an object of the API.
type SpeechEventChunk struct {
	Type     string `json:"type"`
	Data     []byte `json:"data"`
	received core.Received
}

// MarshalJSON writes the JSON the value was received as while its fields are unchanged, else its fields.
func (m SpeechEventChunk) MarshalJSON() ([]byte, error) {
	type fields SpeechEventChunk
	return m.received.Encode(fields(m))
}

// UnmarshalJSON decodes the fields and keeps the JSON as received (fields the schema does not list included).
func (m *SpeechEventChunk) UnmarshalJSON(data []byte) error {
	type fields SpeechEventChunk
	*m = SpeechEventChunk{}
	return m.received.Decode(data, (*fields)(m))
}

// ReceivedJSON is the JSON the value was received as (nil for a value built in code).
func (m SpeechEventChunk) ReceivedJSON() json.RawMessage { return m.received.JSON() }

// SpeechEventDone: an object of the API.
type SpeechEventDone struct {
	Type     string `json:"type"`
	received core.Received
}

// MarshalJSON writes the JSON the value was received as while its fields are unchanged, else its fields.
func (m SpeechEventDone) MarshalJSON() ([]byte, error) {
	type fields SpeechEventDone
	return m.received.Encode(fields(m))
}

// UnmarshalJSON decodes the fields and keeps the JSON as received (fields the schema does not list included).
func (m *SpeechEventDone) UnmarshalJSON(data []byte) error {
	type fields SpeechEventDone
	*m = SpeechEventDone{}
	return m.received.Decode(data, (*fields)(m))
}

// ReceivedJSON is the JSON the value was received as (nil for a value built in code).
func (m SpeechEventDone) ReceivedJSON() json.RawMessage { return m.received.JSON() }

// SpeechEvent: one of several shapes.
//
// One Of field is set: the variant the JSON holds (told apart by its type field). An unknown
// variant leaves every Of field nil and is kept as received (see Raw), so it is written back unchanged.
type SpeechEvent struct {
	OfChunk *SpeechEventChunk
	OfDone  *SpeechEventDone
	raw     json.RawMessage
}

// MarshalJSON writes the variant that is set, else the JSON of an unknown variant as received.
func (u SpeechEvent) MarshalJSON() ([]byte, error) {
	return core.MarshalUnion(u.raw, u.OfChunk, u.OfDone)
}

// UnmarshalJSON keeps the JSON as received and decodes the variant it holds.
func (u *SpeechEvent) UnmarshalJSON(data []byte) error {
	*u = SpeechEvent{}
	var err error
	u.raw, err = core.UnmarshalUnion(data, "type",
		core.Variant{Target: &u.OfChunk, Kind: "object", Tags: []string{"chunk"}},
		core.Variant{Target: &u.OfDone, Kind: "object", Tags: []string{"done"}},
	)
	return err
}

// Raw is the JSON the value was received as (nil for a value built in code).
func (u SpeechEvent) Raw() json.RawMessage { return u.raw }

// ReportsGetResponse: an object of the API.
type ReportsGetResponse struct {
	ID       *string `json:"id,omitempty"`
	received core.Received
}

// MarshalJSON writes the JSON the value was received as while its fields are unchanged, else its fields.
func (m ReportsGetResponse) MarshalJSON() ([]byte, error) {
	type fields ReportsGetResponse
	return m.received.Encode(fields(m))
}

// UnmarshalJSON decodes the fields and keeps the JSON as received (fields the schema does not list included).
func (m *ReportsGetResponse) UnmarshalJSON(data []byte) error {
	type fields ReportsGetResponse
	*m = ReportsGetResponse{}
	return m.received.Decode(data, (*fields)(m))
}

// ReceivedJSON is the JSON the value was received as (nil for a value built in code).
func (m ReportsGetResponse) ReceivedJSON() json.RawMessage { return m.received.JSON() }
