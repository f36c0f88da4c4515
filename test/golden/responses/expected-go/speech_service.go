// Code generated from spec.yaml (Media API 1.0.0) by openapi-client-generator. DO NOT EDIT.

package mediaapi

import (
	"context"
	"io"

	"media-api/internal/core"
	"media-api/option"
)

// SpeechService: the speech operations.
type SpeechService struct {
	client *core.Client
}

func newSpeechService(c *core.Client) *SpeechService {
	return &SpeechService{client: c}
}

// SpeechSynthesizeParams: the values speech.synthesize takes besides its path parameters.
type SpeechSynthesizeParams struct {
	Text string `json:"text"`
}

var specSpeechSynthesize = core.OperationSpec{
	Method:   "POST",
	Path:     "/speech",
	Body:     &core.BodySpec{Encoding: "json", ContentType: "application/json", Required: true},
	Response: core.ResponseSpec{Kind: "binary", Accept: "audio/mpeg"},
}

// Synthesize: Synthesize speech as MP3.
func (s *SpeechService) Synthesize(ctx context.Context, params SpeechSynthesizeParams, opts ...option.RequestOption) (io.ReadCloser, error) {
	resp, err := s.client.Send(ctx, &specSpeechSynthesize, core.Input{Body: params}, opts)
	if err != nil {
		return nil, err
	}
	return resp.Body, nil
}

// SpeechStreamParams: the values speech.stream takes besides its path parameters.
type SpeechStreamParams struct {
	Text string `json:"text"`
}

var specSpeechStream = core.OperationSpec{
	Method:   "POST",
	Path:     "/speech/stream",
	Body:     &core.BodySpec{Encoding: "json", ContentType: "application/json", Required: true},
	Response: core.ResponseSpec{Kind: "event-stream", Accept: "text/event-stream"},
}

// Stream: POST /speech/stream
func (s *SpeechService) Stream(ctx context.Context, params SpeechStreamParams, opts ...option.RequestOption) *Stream[SpeechEvent] {
	resp, err := s.client.Send(ctx, &specSpeechStream, core.Input{Body: params}, opts)
	return core.NewStream[SpeechEvent](s.client, resp, err)
}
