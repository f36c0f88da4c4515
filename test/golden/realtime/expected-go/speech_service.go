// Code generated from spec.yaml (Echo Voice API 1.0.0) by openapi-client-generator. DO NOT EDIT.

package echovoiceapi

import (
	"context"

	"echo-voice-api/internal/core"
	"echo-voice-api/option"
)

// SpeechService: the speech operations.
type SpeechService struct {
	client *core.Client
}

func newSpeechService(c *core.Client) *SpeechService {
	return &SpeechService{client: c}
}

// SpeechStreamParams: the values speech.stream takes besides its path parameters.
type SpeechStreamParams struct {
	Voice  string  `json:"voice"`
	Text   string  `json:"text"`
	More   *bool   `json:"more,omitempty"`
	Stream *string `json:"stream,omitempty"`
}

var specSpeechStream = core.OperationSpec{
	Method:   "POST",
	Path:     "/speech/stream",
	Body:     &core.BodySpec{Encoding: "json", ContentType: "application/json", Required: true},
	Response: core.ResponseSpec{Kind: "event-stream", Accept: "text/event-stream"},
	Security: [][]string{{"Secret"}},
}

// Stream: POST /speech/stream
func (s *SpeechService) Stream(ctx context.Context, params SpeechStreamParams, opts ...option.RequestOption) *Stream[SpeechMessage] {
	resp, err := s.client.Send(ctx, &specSpeechStream, core.Input{Body: params}, opts)
	return core.NewStream[SpeechMessage](s.client, resp, err)
}
