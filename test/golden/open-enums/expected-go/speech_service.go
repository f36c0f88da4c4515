// Code generated from spec.yaml (Open Enums 1.0.0) by openapi-client-generator. DO NOT EDIT.

package openenums

import (
	"context"

	"open-enums/internal/core"
	"open-enums/option"
)

// Speech2Service: the speech operations.
type Speech2Service struct {
	client *core.Client
}

func newSpeech2Service(c *core.Client) *Speech2Service {
	return &Speech2Service{client: c}
}

// SpeechCreateParams: the values speech.create takes besides its path parameters.
type SpeechCreateParams struct {
	ModelID    string      `json:"model_id"`
	Language   *string     `json:"language,omitempty"`
	SampleRate *SampleRate `json:"sample_rate,omitempty"`
	Container  string      `json:"container"`
	// An inline open enum.
	Accent  *SpeakRequestAccent  `json:"accent,omitempty"`
	Emotion *SpeakRequestEmotion `json:"emotion,omitempty"`
}

var specSpeechCreate = core.OperationSpec{
	Method:   "POST",
	Path:     "/speak",
	Body:     &core.BodySpec{Encoding: "json", ContentType: "application/json", Required: true},
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
}

// Create: POST /speak
func (s *Speech2Service) Create(ctx context.Context, params SpeechCreateParams, opts ...option.RequestOption) (*Speech, error) {
	var out Speech
	if err := s.client.Do(ctx, &specSpeechCreate, core.Input{Body: params}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}
