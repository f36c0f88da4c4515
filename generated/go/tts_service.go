// Code generated from cartesia.yaml (Cartesia API 0.1.0) by openapi-client-generator. DO NOT EDIT.

package cartesia

import (
	"context"
	"io"

	"cartesia-gen/client/internal/core"
	"cartesia-gen/client/option"
)

// TTSService: Text-to-speech: turn text into audio, returned as a byte stream or as server-sent events.
type TTSService struct {
	client *core.Client
}

func newTTSService(c *core.Client) *TTSService {
	return &TTSService{client: c}
}

// TTSBytesParams: the values tts.bytes takes besides its path parameters.
type TTSBytesParams struct {
	ModelID string `json:"model_id"`
	// Text to turn into speech.
	Transcript string                   `json:"transcript"`
	Voice      TTSRequestVoiceSpecifier `json:"voice"`
	// Language of the transcript. Set `language` or `locale`, not both.
	Language *string `json:"language,omitempty"`
	// Language or locale to generate in, such as `en` or `en-GB`; it takes the same values as `language`. Set `language` or `locale`, not both.
	Locale *string `json:"locale,omitempty"`
	// Text normalization: `auto` (the default) runs the locale-aware normalizer, `off` skips it, and a locale code such as `en-IN` fixes the normalizer independently of the generation language.
	Normalization    *string           `json:"normalization,omitempty"`
	GenerationConfig *GenerationConfig `json:"generation_config,omitempty"`
	OutputFormat     OutputFormat      `json:"output_format"`
	// Store the generated audio as a file; the response then names it in the `Cartesia-File-ID` header.
	Save *bool `json:"save,omitempty"`
	// ID of a pronunciation dictionary to apply while generating. Requires a `sonic-3` or newer model.
	PronunciationDictID *string `json:"pronunciation_dict_id,omitempty"`
	Speed               *string `json:"speed,omitempty"`
}

var specTTSBytes = core.OperationSpec{
	Method:   "POST",
	Path:     "/tts/bytes",
	Body:     &core.BodySpec{Encoding: "json", ContentType: "application/json", Required: true},
	Response: core.ResponseSpec{Kind: "binary", Accept: "audio/wav"},
	Security: [][]string{{"TokenAuth"}, {"APIKeyAuth"}},
}

// Bytes: Text-to-Speech (Bytes)
//
// Synthesizes speech and streams back the audio bytes; the simplest of the TTS options. [Compare TTS Endpoints](https://docs.cartesia.ai/use-the-api/compare-tts-endpoints) explains how it differs from the others.
func (s *TTSService) Bytes(ctx context.Context, params TTSBytesParams, opts ...option.RequestOption) (io.ReadCloser, error) {
	resp, err := s.client.Send(ctx, &specTTSBytes, core.Input{Body: params}, opts)
	if err != nil {
		return nil, err
	}
	return resp.Body, nil
}

// TTSSSEParams: the values tts.sse takes besides its path parameters.
type TTSSSEParams struct {
	ModelID string `json:"model_id"`
	// Text to turn into speech.
	Transcript       string                   `json:"transcript"`
	Voice            TTSRequestVoiceSpecifier `json:"voice"`
	OutputFormat     SSEOutputFormat          `json:"output_format"`
	GenerationConfig *GenerationConfig        `json:"generation_config,omitempty"`
	// Language of the transcript. Set `language` or `locale`, not both.
	Language *string `json:"language,omitempty"`
	// Language or locale to generate in, such as `en` or `en-GB`; it takes the same values as `language`. Set `language` or `locale`, not both.
	Locale *string `json:"locale,omitempty"`
	// Text normalization: `auto` (the default) runs the locale-aware normalizer, `off` skips it, and a locale code such as `en-IN` fixes the normalizer independently of the generation language.
	Normalization *string `json:"normalization,omitempty"`
	// Deprecated: the API marks this as deprecated.
	Speed *string `json:"speed,omitempty"`
	// Set to `true` to receive timestamp events with word-level timing; with `false`, the default, no word timestamps are produced.
	AddTimestamps *bool `json:"add_timestamps,omitempty"`
	// Set to `true` to receive timestamp events with phoneme-level timing; with `false`, the default, no phoneme timestamps are produced.
	AddPhonemeTimestamps *bool `json:"add_phoneme_timestamps,omitempty"`
	// Choose normalized (`true`) or original (`false`) timestamps.
	UseNormalizedTimestamps *bool `json:"use_normalized_timestamps,omitempty"`
	// ID of a pronunciation dictionary to apply while generating. Requires a `sonic-3` or newer model.
	PronunciationDictID *string `json:"pronunciation_dict_id,omitempty"`
	// Context ID to attach to this request, if any.
	ContextID *ContextID `json:"context_id,omitempty"`
}

var specTTSSSE = core.OperationSpec{
	Method:   "POST",
	Path:     "/tts/sse",
	Body:     &core.BodySpec{Encoding: "json", ContentType: "application/json", Required: true},
	Response: core.ResponseSpec{Kind: "event-stream", Accept: "text/event-stream"},
	Security: [][]string{{"TokenAuth"}, {"APIKeyAuth"}},
}

// SSE: Text-to-Speech (SSE)
//
// Synthesizes speech and sends it as server-sent events. Offers streaming, timestamps and `context_id` support without transcript buffering; [Compare TTS Endpoints](https://docs.cartesia.ai/use-the-api/compare-tts-endpoints) sets it against the other options.
func (s *TTSService) SSE(ctx context.Context, params TTSSSEParams, opts ...option.RequestOption) *Stream[TTSSSEEvent] {
	resp, err := s.client.Send(ctx, &specTTSSSE, core.Input{Body: params}, opts)
	return core.NewStream[TTSSSEEvent](s.client, resp, err)
}
