// Code generated from spec.yaml (Echo Voice API 1.0.0) by openapi-client-generator. DO NOT EDIT.

package echovoiceapi

import (
	"encoding/json"

	"echo-voice-api/internal/core"
)

// Audio: an object of the API.
type Audio struct {
	Kind     string `json:"kind"`
	Stream   string `json:"stream"`
	Pcm      []byte `json:"pcm"`
	Last     *bool  `json:"last,omitempty"`
	received core.Received
}

// MarshalJSON writes the JSON the value was received as while its fields are unchanged, else its fields.
func (m Audio) MarshalJSON() ([]byte, error) {
	type fields Audio
	return m.received.Encode(fields(m))
}

// UnmarshalJSON decodes the fields and keeps the JSON as received (fields the schema does not list included).
func (m *Audio) UnmarshalJSON(data []byte) error {
	type fields Audio
	*m = Audio{}
	return m.received.Decode(data, (*fields)(m))
}

// ReceivedJSON is the JSON the value was received as (nil for a value built in code).
func (m Audio) ReceivedJSON() json.RawMessage { return m.received.JSON() }

// Failure: an object of the API.
type Failure struct {
	Kind     string  `json:"kind"`
	Reason   *string `json:"reason,omitempty"`
	Stream   *string `json:"stream,omitempty"`
	received core.Received
}

// MarshalJSON writes the JSON the value was received as while its fields are unchanged, else its fields.
func (m Failure) MarshalJSON() ([]byte, error) {
	type fields Failure
	return m.received.Encode(fields(m))
}

// UnmarshalJSON decodes the fields and keeps the JSON as received (fields the schema does not list included).
func (m *Failure) UnmarshalJSON(data []byte) error {
	type fields Failure
	*m = Failure{}
	return m.received.Decode(data, (*fields)(m))
}

// ReceivedJSON is the JSON the value was received as (nil for a value built in code).
func (m Failure) ReceivedJSON() json.RawMessage { return m.received.JSON() }

// SayRequest: an object of the API.
type SayRequest struct {
	Voice    string  `json:"voice"`
	Text     string  `json:"text"`
	More     *bool   `json:"more,omitempty"`
	Stream   *string `json:"stream,omitempty"`
	received core.Received
}

// MarshalJSON writes the JSON the value was received as while its fields are unchanged, else its fields.
func (m SayRequest) MarshalJSON() ([]byte, error) {
	type fields SayRequest
	return m.received.Encode(fields(m))
}

// UnmarshalJSON decodes the fields and keeps the JSON as received (fields the schema does not list included).
func (m *SayRequest) UnmarshalJSON(data []byte) error {
	type fields SayRequest
	*m = SayRequest{}
	return m.received.Decode(data, (*fields)(m))
}

// ReceivedJSON is the JSON the value was received as (nil for a value built in code).
func (m SayRequest) ReceivedJSON() json.RawMessage { return m.received.JSON() }

// SpeechMessage: one of several shapes.
//
// One Of field is set: the variant the JSON holds (told apart by its kind field). An unknown
// variant leaves every Of field nil and is kept as received (see Raw), so it is written back unchanged.
type SpeechMessage struct {
	OfAudio   *Audio
	OfFailure *Failure
	raw       json.RawMessage
}

// MarshalJSON writes the variant that is set, else the JSON of an unknown variant as received.
func (u SpeechMessage) MarshalJSON() ([]byte, error) {
	return core.MarshalUnion(u.raw, u.OfAudio, u.OfFailure)
}

// UnmarshalJSON keeps the JSON as received and decodes the variant it holds.
func (u *SpeechMessage) UnmarshalJSON(data []byte) error {
	*u = SpeechMessage{}
	var err error
	u.raw, err = core.UnmarshalUnion(data, "kind",
		core.Variant{Target: &u.OfAudio, Kind: "object", Tags: []string{"audio"}},
		core.Variant{Target: &u.OfFailure, Kind: "object", Tags: []string{"failure"}},
	)
	return err
}

// Raw is the JSON the value was received as (nil for a value built in code).
func (u SpeechMessage) Raw() json.RawMessage { return u.raw }

// Stop: an object of the API.
type Stop struct {
	Stream   string `json:"stream"`
	Stop     bool   `json:"stop"`
	received core.Received
}

// MarshalJSON writes the JSON the value was received as while its fields are unchanged, else its fields.
func (m Stop) MarshalJSON() ([]byte, error) {
	type fields Stop
	return m.received.Encode(fields(m))
}

// UnmarshalJSON decodes the fields and keeps the JSON as received (fields the schema does not list included).
func (m *Stop) UnmarshalJSON(data []byte) error {
	type fields Stop
	*m = Stop{}
	return m.received.Decode(data, (*fields)(m))
}

// ReceivedJSON is the JSON the value was received as (nil for a value built in code).
func (m Stop) ReceivedJSON() json.RawMessage { return m.received.JSON() }

// ListenEventWords: an object of the API.
type ListenEventWords struct {
	Kind     string `json:"kind"`
	Text     string `json:"text"`
	received core.Received
}

// MarshalJSON writes the JSON the value was received as while its fields are unchanged, else its fields.
func (m ListenEventWords) MarshalJSON() ([]byte, error) {
	type fields ListenEventWords
	return m.received.Encode(fields(m))
}

// UnmarshalJSON decodes the fields and keeps the JSON as received (fields the schema does not list included).
func (m *ListenEventWords) UnmarshalJSON(data []byte) error {
	type fields ListenEventWords
	*m = ListenEventWords{}
	return m.received.Decode(data, (*fields)(m))
}

// ReceivedJSON is the JSON the value was received as (nil for a value built in code).
func (m ListenEventWords) ReceivedJSON() json.RawMessage { return m.received.JSON() }

// ListenEventFailure: an object of the API.
type ListenEventFailure struct {
	Kind     string  `json:"kind"`
	Reason   *string `json:"reason,omitempty"`
	received core.Received
}

// MarshalJSON writes the JSON the value was received as while its fields are unchanged, else its fields.
func (m ListenEventFailure) MarshalJSON() ([]byte, error) {
	type fields ListenEventFailure
	return m.received.Encode(fields(m))
}

// UnmarshalJSON decodes the fields and keeps the JSON as received (fields the schema does not list included).
func (m *ListenEventFailure) UnmarshalJSON(data []byte) error {
	type fields ListenEventFailure
	*m = ListenEventFailure{}
	return m.received.Decode(data, (*fields)(m))
}

// ReceivedJSON is the JSON the value was received as (nil for a value built in code).
func (m ListenEventFailure) ReceivedJSON() json.RawMessage { return m.received.JSON() }

// ListenEvent: one of several shapes.
//
// One Of field is set: the variant the JSON holds (told apart by its kind field). An unknown
// variant leaves every Of field nil and is kept as received (see Raw), so it is written back unchanged.
type ListenEvent struct {
	OfWords   *ListenEventWords
	OfFailure *ListenEventFailure
	raw       json.RawMessage
}

// MarshalJSON writes the variant that is set, else the JSON of an unknown variant as received.
func (u ListenEvent) MarshalJSON() ([]byte, error) {
	return core.MarshalUnion(u.raw, u.OfWords, u.OfFailure)
}

// UnmarshalJSON keeps the JSON as received and decodes the variant it holds.
func (u *ListenEvent) UnmarshalJSON(data []byte) error {
	*u = ListenEvent{}
	var err error
	u.raw, err = core.UnmarshalUnion(data, "kind",
		core.Variant{Target: &u.OfWords, Kind: "object", Tags: []string{"words"}},
		core.Variant{Target: &u.OfFailure, Kind: "object", Tags: []string{"failure"}},
	)
	return err
}

// Raw is the JSON the value was received as (nil for a value built in code).
func (u ListenEvent) Raw() json.RawMessage { return u.raw }

// ListenTuneFields: the fields a command sends besides those it fills itself.
type ListenTuneFields struct {
	Sensitivity float64 `json:"sensitivity"`
	received    core.Received
}

// MarshalJSON writes the JSON the value was received as while its fields are unchanged, else its fields.
func (m ListenTuneFields) MarshalJSON() ([]byte, error) {
	type fields ListenTuneFields
	return m.received.Encode(fields(m))
}

// UnmarshalJSON decodes the fields and keeps the JSON as received (fields the schema does not list included).
func (m *ListenTuneFields) UnmarshalJSON(data []byte) error {
	type fields ListenTuneFields
	*m = ListenTuneFields{}
	return m.received.Decode(data, (*fields)(m))
}

// ReceivedJSON is the JSON the value was received as (nil for a value built in code).
func (m ListenTuneFields) ReceivedJSON() json.RawMessage { return m.received.JSON() }

// SpeechLiveSettings: the settings a context of speech.live (/speech/live) is opened with; the commands marked so repeat them.
type SpeechLiveSettings struct {
	Voice    string `json:"voice"`
	received core.Received
}

// MarshalJSON writes the JSON the value was received as while its fields are unchanged, else its fields.
func (m SpeechLiveSettings) MarshalJSON() ([]byte, error) {
	type fields SpeechLiveSettings
	return m.received.Encode(fields(m))
}

// UnmarshalJSON decodes the fields and keeps the JSON as received (fields the schema does not list included).
func (m *SpeechLiveSettings) UnmarshalJSON(data []byte) error {
	type fields SpeechLiveSettings
	*m = SpeechLiveSettings{}
	return m.received.Decode(data, (*fields)(m))
}

// ReceivedJSON is the JSON the value was received as (nil for a value built in code).
func (m SpeechLiveSettings) ReceivedJSON() json.RawMessage { return m.received.JSON() }

// SpeechLiveSayFields: the fields a command sends besides those it fills itself.
type SpeechLiveSayFields struct {
	Voice    *string `json:"voice,omitempty"`
	received core.Received
}

// MarshalJSON writes the JSON the value was received as while its fields are unchanged, else its fields.
func (m SpeechLiveSayFields) MarshalJSON() ([]byte, error) {
	type fields SpeechLiveSayFields
	return m.received.Encode(fields(m))
}

// UnmarshalJSON decodes the fields and keeps the JSON as received (fields the schema does not list included).
func (m *SpeechLiveSayFields) UnmarshalJSON(data []byte) error {
	type fields SpeechLiveSayFields
	*m = SpeechLiveSayFields{}
	return m.received.Decode(data, (*fields)(m))
}

// ReceivedJSON is the JSON the value was received as (nil for a value built in code).
func (m SpeechLiveSayFields) ReceivedJSON() json.RawMessage { return m.received.JSON() }
