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

// STTService: Speech-to-text: transcribe recorded audio files into text.
type STTService struct {
	client *core.Client
	// the stt.turns operations.
	Turns *STTTurnsService
}

func newSTTService(c *core.Client) *STTService {
	return &STTService{client: c, Turns: newSTTTurnsService(c)}
}

// STTTranscribeParams: the values stt.transcribe takes besides its path parameters.
type STTTranscribeParams struct {
	Encoding *string `json:"-"`
	// Audio sample rate in hertz.
	SampleRate *int64    `json:"-"`
	File       io.Reader `json:"-"`
	Model      string    `json:"-"`
	// ISO-639-1 code of the language spoken in the audio; `en` if omitted.
	Language *STTTranscribeParamsLanguage `json:"-"`
	// Which timestamp granularities to include in the result; only `word` is available for now.
	TimestampGranularities []string `json:"-"`
}

var specSTTTranscribe = core.OperationSpec{
	Method:   "POST",
	Path:     "/stt",
	Query:    []core.ParamSpec{{Name: "encoding", Style: "form", Explode: true}, {Name: "sample_rate", Style: "form", Explode: true}},
	Body:     &core.BodySpec{Encoding: "multipart", ContentType: "multipart/form-data", Required: true},
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
	Security: [][]string{{"TokenAuth"}, {"APIKeyAuth"}},
}

// Transcribe: Speech-to-Text (Batch)
//
// Transcribes an uploaded audio file to text. Accepted formats: flac, m4a, mp3, mp4, mpeg, mpga, oga, ogg, wav and webm. More in [the STT reference](https://docs.cartesia.ai/api-reference/stt/transcribe).
func (s *STTService) Transcribe(ctx context.Context, params STTTranscribeParams, opts ...option.RequestOption) (*TranscriptionResponse, error) {
	var out TranscriptionResponse
	if err := s.client.Do(ctx, &specSTTTranscribe, core.Input{Params: map[string]any{"encoding": params.Encoding, "sample_rate": params.SampleRate}, Form: []core.FormField{{Name: "file", Value: params.File}, {Name: "model", Value: params.Model}, {Name: "language", Value: params.Language}, {Name: "timestamp_granularities[]", Value: params.TimestampGranularities}}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// STTWebSocketParams: the handshake parameters of stt.websocket.
type STTWebSocketParams struct {
	Model    string `json:"-"`
	Encoding string `json:"-"`
	// Audio sample rate in hertz.
	SampleRate int64 `json:"-"`
	// ISO-639-1 code of the spoken language, such as `en` or `es`; `en` if omitted. Current language support is listed in [the docs](https://docs.cartesia.ai/build-with-cartesia/stt-models/latest).
	Language *string `json:"-"`
	// `ink-whisper` models only. Threshold for what counts as silence when transcripts are finalized automatically: lower values catch quiet speech, higher values reject noise more aggressively.
	MinVolume *float64 `json:"-"`
	// `ink-whisper` models only. How many seconds of silence trigger automatic finalization of the transcript: smaller values finalize sooner, larger ones tolerate longer pauses mid-utterance.
	MaxSilenceDurationSecs *float64 `json:"-"`
	// `ink-2` models only. Words and phrases whose recognition should be boosted, sent as repeated `keyterm` query parameters. At most 100 terms and 1200 characters in total; put a multi-word phrase in one value to boost it as a whole. See [Keyterm prompting](https://docs.cartesia.ai/use-the-api/stt/keyterms).
	Keyterm []string `json:"-"`
}

var channelSTTWebSocket = &realtime.Channel{Path: "/stt/websocket", Security: [][]string{{"TokenAuth"}, {"APIKeyAuth"}}}

var channelSTTWebSocketQuery = []core.ParamSpec{{Name: "model", Style: "form", Explode: true}, {Name: "encoding", Style: "form", Explode: true}, {Name: "sample_rate", Style: "form", Explode: true}, {Name: "language", Style: "form", Explode: true}, {Name: "min_volume", Style: "form", Explode: true}, {Name: "max_silence_duration_secs", Style: "form", Explode: true}, {Name: "keyterm", Style: "form", Explode: true}}

var commandSTTWebSocketFinalize = &realtime.Command{Text: "finalize"}

var commandSTTWebSocketEnd = &realtime.Command{Text: "close"}

// STTWebSocketSession: a session of stt.websocket (/stt/websocket): read its events with Recv or Events, send audio with SendAudio or StreamAudio. Close it when done.
type STTWebSocketSession struct {
	session *realtime.Session[STTManualFinalizeWebSocketResponse]
}

// Close closes the socket normally and waits for the session to end; streams still open end normally.
func (s *STTWebSocketSession) Close() error { return s.session.Close() }

// CloseWith closes the socket with a close code and reason.
func (s *STTWebSocketSession) CloseWith(code int, reason string) error {
	return s.session.CloseWith(code, reason)
}

// Done is closed once the socket has closed and the session has ended.
func (s *STTWebSocketSession) Done() <-chan struct{} { return s.session.Done() }

// CloseInfo is how the socket closed; false while it is open.
func (s *STTWebSocketSession) CloseInfo() (CloseInfo, bool) { return s.session.CloseInfo() }

// IsOpen reports whether commands can still be sent.
func (s *STTWebSocketSession) IsOpen() bool { return s.session.IsOpen() }

// Recv is the next event; io.EOF once the stream has ended. ctx bounds this wait alone.
func (s *STTWebSocketSession) Recv(ctx context.Context) (STTManualFinalizeWebSocketResponse, error) {
	return s.session.Recv(ctx)
}

// Events ranges over the events until the stream ends; an error ends it after being yielded.
func (s *STTWebSocketSession) Events(ctx context.Context) iter.Seq2[STTManualFinalizeWebSocketResponse, error] {
	return s.session.Events(ctx)
}

// SendAudio sends one binary frame of audio.
func (s *STTWebSocketSession) SendAudio(ctx context.Context, chunk []byte) error {
	return s.session.SendAudio(ctx, chunk)
}

// StreamAudio sends what r holds as binary frames of at most chunkSize bytes (0: 32 KiB), until EOF.
func (s *STTWebSocketSession) StreamAudio(ctx context.Context, r io.Reader, chunkSize int) error {
	return s.session.StreamAudio(ctx, r, chunkSize)
}

// Finalize: Transcribes the audio buffered so far; the server answers with the final text and `flush_done`.
func (s *STTWebSocketSession) Finalize(ctx context.Context) error {
	return s.session.Send(ctx, commandSTTWebSocketFinalize, nil, nil)
}

// End: Transcribes everything buffered, then ends the session (the server sends `done` and closes).
func (s *STTWebSocketSession) End(ctx context.Context) error {
	return s.session.Send(ctx, commandSTTWebSocketEnd, nil, nil)
}

// WebSocket: Streaming speech-to-text with manual finalization.
//
// Send audio as binary frames and receive transcript deltas as they are recognized. Send `finalize` when the speaker pauses to get the final text of what is buffered, and `end` to flush everything and close.
//
// ctx bounds the handshake only: the session lives until it is closed, by either side.
func (s *STTService) WebSocket(ctx context.Context, params STTWebSocketParams, opts ...option.RequestOption) (*STTWebSocketSession, error) {
	session, err := connectChannel[STTManualFinalizeWebSocketResponse](ctx, s.client, channelSTTWebSocket, channelSTTWebSocketQuery, map[string]any{"model": params.Model, "encoding": params.Encoding, "sample_rate": params.SampleRate, "language": params.Language, "min_volume": params.MinVolume, "max_silence_duration_secs": params.MaxSilenceDurationSecs, "keyterm": params.Keyterm}, opts)
	if err != nil {
		return nil, err
	}
	return &STTWebSocketSession{session: session}, nil
}

// STTTurnsService: the stt.turns operations.
type STTTurnsService struct {
	client *core.Client
}

func newSTTTurnsService(c *core.Client) *STTTurnsService {
	return &STTTurnsService{client: c}
}

// STTTurnsWebSocketParams: the handshake parameters of stt.turns.websocket.
type STTTurnsWebSocketParams struct {
	Model    string `json:"-"`
	Encoding string `json:"-"`
	// Audio sample rate in hertz.
	SampleRate int64 `json:"-"`
	// ISO-639-1 code of the spoken language, such as `en` or `es`; `en` if omitted. Current language support is listed in [the docs](https://docs.cartesia.ai/build-with-cartesia/stt-models/latest).
	Language *string `json:"-"`
	// Confidence above which a turn starts; must stay above `turn_eager_end_threshold`. See [Configuring turn detection](https://docs.cartesia.ai/use-the-api/stt/turns#configuring-turn-detection).
	TurnStartThreshold *float64 `json:"-"`
	// Confidence below which a preview `turn.eager_end` is sent; must stay between the end and start thresholds.
	TurnEagerEndThreshold *float64 `json:"-"`
	// Confidence below which the turn ends; must stay below `turn_eager_end_threshold`.
	TurnEndThreshold *float64 `json:"-"`
	// Longest wait, in milliseconds, after the user stops speaking before the turn ends.
	TurnEndTimeoutMs *int64 `json:"-"`
	// Words and phrases whose recognition should be boosted, sent as repeated `keyterm` query parameters. At most 100 terms and 1200 characters in total; put a multi-word phrase in one value to boost it as a whole. See [Keyterm prompting](https://docs.cartesia.ai/use-the-api/stt/keyterms).
	Keyterm []string `json:"-"`
}

var channelSTTTurnsWebSocket = &realtime.Channel{Path: "/stt/turns/websocket", Security: [][]string{{"TokenAuth"}, {"APIKeyAuth"}}}

var channelSTTTurnsWebSocketQuery = []core.ParamSpec{{Name: "model", Style: "form", Explode: true}, {Name: "encoding", Style: "form", Explode: true}, {Name: "sample_rate", Style: "form", Explode: true}, {Name: "language", Style: "form", Explode: true}, {Name: "turn_start_threshold", Style: "form", Explode: true}, {Name: "turn_eager_end_threshold", Style: "form", Explode: true}, {Name: "turn_end_threshold", Style: "form", Explode: true}, {Name: "turn_end_timeout_ms", Style: "form", Explode: true}, {Name: "keyterm", Style: "form", Explode: true}}

var commandSTTTurnsWebSocketConfigure = &realtime.Command{Set: map[string]any{"type": "config"}}

var commandSTTTurnsWebSocketEnd = &realtime.Command{Set: map[string]any{"type": "close"}}

// STTTurnsWebSocketSession: a session of stt.turns.websocket (/stt/turns/websocket): read its events with Recv or Events, send audio with SendAudio or StreamAudio. Close it when done.
type STTTurnsWebSocketSession struct {
	session *realtime.Session[STTAutoFinalizeWebSocketResponse]
}

// Close closes the socket normally and waits for the session to end; streams still open end normally.
func (s *STTTurnsWebSocketSession) Close() error { return s.session.Close() }

// CloseWith closes the socket with a close code and reason.
func (s *STTTurnsWebSocketSession) CloseWith(code int, reason string) error {
	return s.session.CloseWith(code, reason)
}

// Done is closed once the socket has closed and the session has ended.
func (s *STTTurnsWebSocketSession) Done() <-chan struct{} { return s.session.Done() }

// CloseInfo is how the socket closed; false while it is open.
func (s *STTTurnsWebSocketSession) CloseInfo() (CloseInfo, bool) { return s.session.CloseInfo() }

// IsOpen reports whether commands can still be sent.
func (s *STTTurnsWebSocketSession) IsOpen() bool { return s.session.IsOpen() }

// Recv is the next event; io.EOF once the stream has ended. ctx bounds this wait alone.
func (s *STTTurnsWebSocketSession) Recv(ctx context.Context) (STTAutoFinalizeWebSocketResponse, error) {
	return s.session.Recv(ctx)
}

// Events ranges over the events until the stream ends; an error ends it after being yielded.
func (s *STTTurnsWebSocketSession) Events(ctx context.Context) iter.Seq2[STTAutoFinalizeWebSocketResponse, error] {
	return s.session.Events(ctx)
}

// SendAudio sends one binary frame of audio.
func (s *STTTurnsWebSocketSession) SendAudio(ctx context.Context, chunk []byte) error {
	return s.session.SendAudio(ctx, chunk)
}

// StreamAudio sends what r holds as binary frames of at most chunkSize bytes (0: 32 KiB), until EOF.
func (s *STTTurnsWebSocketSession) StreamAudio(ctx context.Context, r io.Reader, chunkSize int) error {
	return s.session.StreamAudio(ctx, r, chunkSize)
}

// Configure: Tunes turn detection while the session runs.
//
// fields are optional (at most one).
func (s *STTTurnsWebSocketSession) Configure(ctx context.Context, fields ...STTTurnsWebSocketConfigureFields) error {
	return s.session.Send(ctx, commandSTTTurnsWebSocketConfigure, nil, optionalFields(fields))
}

// End: Processes all buffered audio into events, then closes the session.
func (s *STTTurnsWebSocketSession) End(ctx context.Context) error {
	return s.session.Send(ctx, commandSTTTurnsWebSocketEnd, nil, nil)
}

// WebSocket: Streaming speech-to-text with turn detection, for voice agents.
//
// Send audio as binary frames; the server detects when the user starts and stops speaking and sends `turn.start`, cumulative `turn.update`s, a preview `turn.eager_end`, `turn.resume` and the final `turn.end`.
//
// ctx bounds the handshake only: the session lives until it is closed, by either side.
func (s *STTTurnsService) WebSocket(ctx context.Context, params STTTurnsWebSocketParams, opts ...option.RequestOption) (*STTTurnsWebSocketSession, error) {
	session, err := connectChannel[STTAutoFinalizeWebSocketResponse](ctx, s.client, channelSTTTurnsWebSocket, channelSTTTurnsWebSocketQuery, map[string]any{"model": params.Model, "encoding": params.Encoding, "sample_rate": params.SampleRate, "language": params.Language, "turn_start_threshold": params.TurnStartThreshold, "turn_eager_end_threshold": params.TurnEagerEndThreshold, "turn_end_threshold": params.TurnEndThreshold, "turn_end_timeout_ms": params.TurnEndTimeoutMs, "keyterm": params.Keyterm}, opts)
	if err != nil {
		return nil, err
	}
	return &STTTurnsWebSocketSession{session: session}, nil
}
