// Code generated from spec.yaml (Open Enums 1.0.0) by openapi-client-generator. DO NOT EDIT.

package openenums

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
	Accent  *SpeakRequestAccent  `json:"accent,omitempty"`
	Emotion *SpeakRequestEmotion `json:"emotion,omitempty"`
}

// Speech: an object of the API.
type Speech struct {
	ModelID   *string `json:"model_id,omitempty"`
	Container *string `json:"container,omitempty"`
}
