// Code generated from spec.yaml (Open Enums 1.0.0) by openapi-client-generator. DO NOT EDIT.

package openenums

import (
	"encoding/json"

	"open-enums/internal/core"
)

// Container: one of the values below.
//
// Values the API adds later are kept as they are received.
type Container string

// Values of Container.
const (
	ContainerRaw Container = "raw"
	ContainerWav Container = "wav"
)

// Language: one of the values below.
//
// Values the API adds later are kept as they are received.
type Language string

// Values of Language.
const (
	LanguageEn Language = "en"
	LanguageFr Language = "fr"
)

// ModelID: A model id.
//
// Values the API adds later are kept as they are received.
type ModelID string

// Values of ModelID.
const (
	ModelIDSonic3 ModelID = "sonic-3"
	ModelIDSonic2 ModelID = "sonic-2"
)

// SampleRate: a type of the API.
type SampleRate = int64

// SpeakRequestAccent: An inline open enum.
//
// Values the API adds later are kept as they are received.
type SpeakRequestAccent string

// Values of SpeakRequestAccent.
const (
	SpeakRequestAccentUs SpeakRequestAccent = "us"
	SpeakRequestAccentUk SpeakRequestAccent = "uk"
)

// SpeakRequestEmotion: one of the values below.
//
// Values the API adds later are kept as they are received.
type SpeakRequestEmotion string

// Values of SpeakRequestEmotion.
const (
	SpeakRequestEmotionCalm SpeakRequestEmotion = "calm"
	SpeakRequestEmotionSad  SpeakRequestEmotion = "sad"
)

// SpeakRequest: an object of the API.
type SpeakRequest struct {
	ModelID    string      `json:"model_id"`
	Language   *string     `json:"language,omitempty"`
	SampleRate *SampleRate `json:"sample_rate,omitempty"`
	Container  string      `json:"container"`
	// An inline open enum.
	Accent   *SpeakRequestAccent  `json:"accent,omitempty"`
	Emotion  *SpeakRequestEmotion `json:"emotion,omitempty"`
	received core.Received
}

// MarshalJSON writes the JSON the value was received as while its fields are unchanged, else its fields.
func (m SpeakRequest) MarshalJSON() ([]byte, error) {
	type fields SpeakRequest
	return m.received.Encode(fields(m))
}

// UnmarshalJSON decodes the fields and keeps the JSON as received (fields the schema does not list included).
func (m *SpeakRequest) UnmarshalJSON(data []byte) error {
	type fields SpeakRequest
	*m = SpeakRequest{}
	return m.received.Decode(data, (*fields)(m))
}

// ReceivedJSON is the JSON the value was received as (nil for a value built in code).
func (m SpeakRequest) ReceivedJSON() json.RawMessage { return m.received.JSON() }

// Speech: an object of the API.
type Speech struct {
	ModelID   *string `json:"model_id,omitempty"`
	Container *string `json:"container,omitempty"`
	received  core.Received
}

// MarshalJSON writes the JSON the value was received as while its fields are unchanged, else its fields.
func (m Speech) MarshalJSON() ([]byte, error) {
	type fields Speech
	return m.received.Encode(fields(m))
}

// UnmarshalJSON decodes the fields and keeps the JSON as received (fields the schema does not list included).
func (m *Speech) UnmarshalJSON(data []byte) error {
	type fields Speech
	*m = Speech{}
	return m.received.Decode(data, (*fields)(m))
}

// ReceivedJSON is the JSON the value was received as (nil for a value built in code).
func (m Speech) ReceivedJSON() json.RawMessage { return m.received.JSON() }
