// Code generated from cartesia.yaml (Cartesia API 0.1.0) by openapi-client-generator. DO NOT EDIT.

package cartesia

import (
	"context"
	"io"

	"cartesia-gen/client/internal/core"
	"cartesia-gen/client/option"
)

// VoiceChangerService: Re-voice recorded speech with a different voice while keeping its delivery.
type VoiceChangerService struct {
	client *core.Client
}

func newVoiceChangerService(c *core.Client) *VoiceChangerService {
	return &VoiceChangerService{client: c}
}

// VoiceChangerBytesParams: the values voiceChanger.bytes takes besides its path parameters.
type VoiceChangerBytesParams struct {
	Clip                   io.Reader `json:"-"`
	VoiceID                *string   `json:"-"`
	OutputFormatContainer  *string   `json:"-"`
	OutputFormatSampleRate *int64    `json:"-"`
	// Needed when the container is `raw` or `wav`.
	OutputFormatEncoding *string `json:"-"`
	// Needed when the container is `mp3`.
	OutputFormatBitRate *int64 `json:"-"`
}

var specVoiceChangerBytes = core.OperationSpec{
	Method:   "POST",
	Path:     "/voice-changer/bytes",
	Body:     &core.BodySpec{Encoding: "multipart", ContentType: "multipart/form-data", Required: true},
	Response: core.ResponseSpec{Kind: "binary", Accept: "audio/wav"},
	Security: [][]string{{"APIKeyAuth"}},
}

// Bytes: Voice Changer (Bytes)
//
// Re-speaks an uploaded speech clip in another voice while keeping its intonation, and returns the result as an audio file. Billed at 15 characters per second of input audio.
func (s *VoiceChangerService) Bytes(ctx context.Context, params VoiceChangerBytesParams, opts ...option.RequestOption) (io.ReadCloser, error) {
	resp, err := s.client.Send(ctx, &specVoiceChangerBytes, core.Input{Form: []core.FormField{{Name: "clip", Value: params.Clip}, {Name: "voice[id]", Value: params.VoiceID}, {Name: "output_format[container]", Value: params.OutputFormatContainer}, {Name: "output_format[sample_rate]", Value: params.OutputFormatSampleRate}, {Name: "output_format[encoding]", Value: params.OutputFormatEncoding}, {Name: "output_format[bit_rate]", Value: params.OutputFormatBitRate}}}, opts)
	if err != nil {
		return nil, err
	}
	return resp.Body, nil
}

// VoiceChangerSSEParams: the values voiceChanger.sse takes besides its path parameters.
type VoiceChangerSSEParams struct {
	Clip                   io.Reader `json:"-"`
	VoiceID                *string   `json:"-"`
	OutputFormatContainer  *string   `json:"-"`
	OutputFormatSampleRate *int64    `json:"-"`
	// Needed when the container is `raw` or `wav`.
	OutputFormatEncoding *string `json:"-"`
	// Needed when the container is `mp3`.
	OutputFormatBitRate *int64 `json:"-"`
}

var specVoiceChangerSSE = core.OperationSpec{
	Method:   "POST",
	Path:     "/voice-changer/sse",
	Body:     &core.BodySpec{Encoding: "multipart", ContentType: "multipart/form-data", Required: true},
	Response: core.ResponseSpec{Kind: "event-stream", Accept: "text/event-stream"},
	Security: [][]string{{"APIKeyAuth"}},
}

// SSE: Voice Changer (SSE)
func (s *VoiceChangerService) SSE(ctx context.Context, params VoiceChangerSSEParams, opts ...option.RequestOption) *Stream[VoiceChangerSSEEvent] {
	resp, err := s.client.Send(ctx, &specVoiceChangerSSE, core.Input{Form: []core.FormField{{Name: "clip", Value: params.Clip}, {Name: "voice[id]", Value: params.VoiceID}, {Name: "output_format[container]", Value: params.OutputFormatContainer}, {Name: "output_format[sample_rate]", Value: params.OutputFormatSampleRate}, {Name: "output_format[encoding]", Value: params.OutputFormatEncoding}, {Name: "output_format[bit_rate]", Value: params.OutputFormatBitRate}}}, opts)
	return core.NewStream[VoiceChangerSSEEvent](s.client, resp, err)
}
