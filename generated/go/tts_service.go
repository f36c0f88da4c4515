// Code generated from cartesia.yaml (Cartesia API 0.1.0) by openapi-client-generator. DO NOT EDIT.

package cartesia

import (
	"context"
	"io"
	"iter"

	"cartesia-gen/client/internal/core"
	"cartesia-gen/client/internal/realtime"
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

var channelTTSWebSocket = &realtime.Channel{Path: "/tts/websocket", Security: [][]string{{"TokenAuth"}, {"APIKeyAuth"}}, Base64Fields: []string{"data"}, Context: &realtime.ContextSpec{IDField: "context_id", EndField: "done"}}

var commandTTSWebSocketPush = &realtime.Command{Argument: "transcript", Set: map[string]any{"continue": true}, WithSettings: true}

var commandTTSWebSocketFlush = &realtime.Command{Set: map[string]any{"transcript": "", "continue": true, "flush": true}, WithSettings: true}

var commandTTSWebSocketEnd = &realtime.Command{Argument: "transcript", ArgumentDefault: "", Set: map[string]any{"continue": false}, WithSettings: true}

var commandTTSWebSocketCancel = &realtime.Command{Set: map[string]any{"cancel": true}, EndsContext: true}

// TTSWebSocketSession: a session of tts.websocket (/tts/websocket): one socket, many contexts (OpenContext). Close it when done.
type TTSWebSocketSession struct {
	session *realtime.Session[TTSWebSocketResponse]
}

// Close closes the socket normally and waits for the session to end; streams still open end normally.
func (s *TTSWebSocketSession) Close() error { return s.session.Close() }

// CloseWith closes the socket with a close code and reason.
func (s *TTSWebSocketSession) CloseWith(code int, reason string) error {
	return s.session.CloseWith(code, reason)
}

// Done is closed once the socket has closed and the session has ended.
func (s *TTSWebSocketSession) Done() <-chan struct{} { return s.session.Done() }

// CloseInfo is how the socket closed; false while it is open.
func (s *TTSWebSocketSession) CloseInfo() (CloseInfo, bool) { return s.session.CloseInfo() }

// IsOpen reports whether commands can still be sent.
func (s *TTSWebSocketSession) IsOpen() bool { return s.session.IsOpen() }

// Recv is the next event of no context; io.EOF once the stream has ended. ctx bounds this wait alone.
func (s *TTSWebSocketSession) Recv(ctx context.Context) (TTSWebSocketResponse, error) {
	return s.session.Recv(ctx)
}

// Events ranges over the events until the stream ends; an error ends it after being yielded.
func (s *TTSWebSocketSession) Events(ctx context.Context) iter.Seq2[TTSWebSocketResponse, error] {
	return s.session.Events(ctx)
}

// OpenContext opens a context with these settings, named id (an empty id gets a random one).
func (s *TTSWebSocketSession) OpenContext(id string, settings TTSWebSocketSettings) (*TTSWebSocketContext, error) {
	inner, err := s.session.OpenContext(id, settings)
	if err != nil {
		return nil, err
	}
	return &TTSWebSocketContext{inner: inner}, nil
}

// OpenContexts are the ids of the contexts still receiving.
func (s *TTSWebSocketSession) OpenContexts() []string { return s.session.OpenContexts() }

// Generate opens a context and sends the whole request at once (End); read its events or audio.
func (s *TTSWebSocketSession) Generate(ctx context.Context, id string, settings TTSWebSocketSettings, transcript string) (*TTSWebSocketContext, error) {
	c, err := s.OpenContext(id, settings)
	if err != nil {
		return nil, err
	}
	if err := c.End(ctx, transcript); err != nil {
		c.Release()
		return nil, err
	}
	return c, nil
}

// TTSWebSocketContext: one context of tts.websocket (/tts/websocket): its commands carry its id, and only its events arrive here.
type TTSWebSocketContext struct {
	inner *realtime.SocketContext[TTSWebSocketResponse]
}

// ID names the context in every message.
func (s *TTSWebSocketContext) ID() string { return s.inner.ID }

// Recv is the next event of the context; io.EOF once the stream has ended. ctx bounds this wait alone.
func (s *TTSWebSocketContext) Recv(ctx context.Context) (TTSWebSocketResponse, error) {
	return s.inner.Recv(ctx)
}

// Events ranges over the events until the stream ends; an error ends it after being yielded.
func (s *TTSWebSocketContext) Events(ctx context.Context) iter.Seq2[TTSWebSocketResponse, error] {
	return s.inner.Events(ctx)
}

// Release stops receiving for the context and drops what of it is unread (the server goes on unless cancelled).
func (s *TTSWebSocketContext) Release() { s.inner.Release() }

// Ended reports whether the context has ended and every event of it has been read.
func (s *TTSWebSocketContext) Ended() bool { return s.inner.Ended() }

// Audio ranges over the decoded base64 data of the context's events, in order; leaving the loop early releases the context.
func (s *TTSWebSocketContext) Audio(ctx context.Context) iter.Seq2[[]byte, error] {
	return s.inner.Audio(ctx)
}

// Push: Sends the next piece of the transcript; more will follow. Generation starts as soon as the server has enough text (see `max_buffer_delay_ms`).
//
// fields are optional (at most one).
func (s *TTSWebSocketContext) Push(ctx context.Context, transcript string, fields ...TTSWebSocketPushFields) error {
	return s.inner.Send(ctx, commandTTSWebSocketPush, transcript, optionalFields(fields))
}

// Flush: Asks the server to generate everything sent so far now. It answers with a `flush_done` event; later chunks carry the next `flush_id`.
//
// fields are optional (at most one).
func (s *TTSWebSocketContext) Flush(ctx context.Context, fields ...TTSWebSocketFlushFields) error {
	return s.inner.Send(ctx, commandTTSWebSocketFlush, nil, optionalFields(fields))
}

// End: Sends the last piece of the transcript (possibly empty); the context ends once its audio is done.
//
// fields are optional (at most one).
func (s *TTSWebSocketContext) End(ctx context.Context, transcript string, fields ...TTSWebSocketPushFields) error {
	return s.inner.Send(ctx, commandTTSWebSocketEnd, transcript, optionalFields(fields))
}

// Cancel: Stops the context; the server generates nothing more for it.
func (s *TTSWebSocketContext) Cancel(ctx context.Context) error {
	return s.inner.Send(ctx, commandTTSWebSocketCancel, nil, nil)
}

// WebSocket: Text-to-speech over a WebSocket.
//
// One socket carries many generations at once, each in its own context. Send the transcript of a context in pieces as it becomes available (for example as an LLM writes it) and receive its audio as it is produced, with word and phoneme timestamps on request.
//
// ctx bounds the handshake only: the session lives until it is closed, by either side.
func (s *TTSService) WebSocket(ctx context.Context, opts ...option.RequestOption) (*TTSWebSocketSession, error) {
	session, err := connectChannel[TTSWebSocketResponse](ctx, s.client, channelTTSWebSocket, nil, nil, opts)
	if err != nil {
		return nil, err
	}
	return &TTSWebSocketSession{session: session}, nil
}
