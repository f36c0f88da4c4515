// Code generated from spec.yaml (Echo Voice API 1.0.0) by openapi-client-generator. DO NOT EDIT.

// Package echovoiceapi is a client for Echo Voice API.
//
// Realtime channels are WebSocket sessions, opened by a method and closed by Close:
//
//	session, err := client.Speech.Live(ctx)
//	if err != nil { /* ... */ }
//	defer session.Close()
//	c, err := session.OpenContext("", echovoiceapi.SpeechLiveSettings{ /* ... */ })
//	err = c.Say(ctx, "...")
//	err = c.Append(ctx, "...")
//	for chunk, err := range c.Audio(ctx) { /* the decoded audio, in order */ }
package echovoiceapi

import (
	"context"
	"io"
	"iter"

	"echo-voice-api/internal/core"
	"echo-voice-api/internal/realtime"
	"echo-voice-api/option"
)

// Client: the Echo Voice API client. Create it with NewClient; it is safe for concurrent use.
type Client struct {
	// Options are the options the client was created with; each call's own options come after them.
	Options []option.RequestOption
	client  *core.Client
	// the speech operations.
	Speech *SpeechService
}

var clientSpec = &core.ClientSpec{
	ClientName:     "EchoVoiceAPI",
	PackageVersion: "1.0.0",
	DefaultBaseURL: "https://voice.example.com/v1",
	TimeoutMs:      60000,
	Version:        &core.VersionSpec{Header: "Echo-Version", Default: "2024-02-02", Pattern: ""},
	TLSRequired:    true,
	LoopbackOK:     true,
	Retry:          core.RetrySpec{MaxRetries: 2, InitialDelayMs: 500, MaxDelayMs: 8000, Statuses: []int{408, 409, 429}, StatusRanges: []int{5}, OnConnectionError: true, RetryAfterHeaders: []string{"retry-after-ms", "retry-after"}},
	Errors: core.ErrorSpec{
		MessageFields:    []string{"reason"},
		RequestIDHeaders: []string{"x-request-id", "request-id"},
		RequestIDField:   "",
		StatusField:      "",
		InStreamField:    "kind",
		InStreamValue:    "failure",
		Classes: []core.ErrorClass{
			{Status: 400, Range: false, New: func(e *core.APIError) error { return &BadRequestError{e} }},
			{Status: 401, Range: false, New: func(e *core.APIError) error { return &AuthenticationError{e} }},
			{Status: 403, Range: false, New: func(e *core.APIError) error { return &PermissionDeniedError{e} }},
			{Status: 404, Range: false, New: func(e *core.APIError) error { return &NotFoundError{e} }},
			{Status: 409, Range: false, New: func(e *core.APIError) error { return &ConflictError{e} }},
			{Status: 422, Range: false, New: func(e *core.APIError) error { return &UnprocessableEntityError{e} }},
			{Status: 429, Range: false, New: func(e *core.APIError) error { return &RateLimitError{e} }},
			{Status: 5, Range: true, New: func(e *core.APIError) error { return &InternalServerError{e} }},
		},
	},
	Schemes: []core.SchemeSpec{
		{Key: "Secret", Option: "secret", OptionFunc: "WithSecret", Transport: "apiKey", In: "header", ParameterName: "X-Secret", Env: "ECHO_SECRET"},
	},
}

// NewClient creates a client. Unless an option says otherwise, it reads ECHO_SECRET (option.WithSecret) from the environment.
func NewClient(opts ...option.RequestOption) *Client {
	c := core.NewClient(clientSpec, opts)
	return &Client{Options: opts, client: c, Speech: newSpeechService(c)}
}

// realtimeSpec holds the API's WebSocket conventions; each connection adds what the options resolve to.
var realtimeSpec = realtime.Config{
	DefaultBaseURL:   "https://voice.example.com/v1",
	WebSocketBaseURL: "wss://voice.example.com/v1",
	APIVersion:       &realtime.APIVersion{Header: "Echo-Version", Pattern: "", WebsocketQueryParameter: "echo_version"},
	Credentials: []realtime.Credential{
		{Scheme: "Secret", Option: "option.WithSecret", Transport: "apiKey", In: "header", ParameterName: "X-Secret", WebsocketQueryParameter: "secret"},
	},
	TLSRequired:       true,
	LoopbackException: true,
	InStream:          &realtime.InStream{Field: "kind", Value: "failure"},
}

// connectChannel opens a channel's socket with the client's options, then the call's.
func connectChannel[E any](ctx context.Context, c *core.Client, ch *realtime.Channel, query []core.ParamSpec, values map[string]any, opts []option.RequestOption) (*realtime.Session[E], error) {
	conn, err := c.Connection(opts)
	if err != nil {
		return nil, err
	}
	q, err := core.ChannelQuery(query, values, conn.Query)
	if err != nil {
		return nil, err
	}
	cfg := realtimeSpec
	cfg.BaseURL, cfg.HTTPClient, cfg.UserAgent = conn.BaseURL, conn.HTTPClient, conn.UserAgent
	cfg.Version, cfg.Held, cfg.Errors = conn.Version, conn.Held, core.ChannelErrors{Client: c}
	return realtime.Connect[E](ctx, &cfg, ch, realtime.Options{Query: q, Header: conn.Header, Timeout: conn.Timeout})
}

// optionalFields is a command's optional fields: the first given, or none.
func optionalFields[T any](fields []T) any {
	if len(fields) == 0 {
		return nil
	}
	return fields[0]
}

// ListenParams: the handshake parameters of listen.
type ListenParams struct {
	Rate  int64    `json:"-"`
	Hints []string `json:"-"`
}

var channelListen = &realtime.Channel{Path: "/listen", Security: [][]string{{"Secret"}}}

var channelListenQuery = []core.ParamSpec{{Name: "rate", Style: "form", Explode: true}, {Name: "hints", Style: "form", Explode: true}}

var commandListenCommit = &realtime.Command{Text: "COMMIT"}

var commandListenTune = &realtime.Command{Set: map[string]any{"op": "tune"}}

// ListenSession: a session of listen (/listen): read its events with Recv or Events, send audio with SendAudio or StreamAudio. Close it when done.
type ListenSession struct {
	session *realtime.Session[ListenEvent]
}

// Close closes the socket normally and waits for the session to end; streams still open end normally.
func (s *ListenSession) Close() error { return s.session.Close() }

// CloseWith closes the socket with a close code and reason.
func (s *ListenSession) CloseWith(code int, reason string) error {
	return s.session.CloseWith(code, reason)
}

// Done is closed once the socket has closed and the session has ended.
func (s *ListenSession) Done() <-chan struct{} { return s.session.Done() }

// CloseInfo is how the socket closed; false while it is open.
func (s *ListenSession) CloseInfo() (CloseInfo, bool) { return s.session.CloseInfo() }

// IsOpen reports whether commands can still be sent.
func (s *ListenSession) IsOpen() bool { return s.session.IsOpen() }

// Recv is the next event; io.EOF once the stream has ended. ctx bounds this wait alone.
func (s *ListenSession) Recv(ctx context.Context) (ListenEvent, error) { return s.session.Recv(ctx) }

// Events ranges over the events until the stream ends; an error ends it after being yielded.
func (s *ListenSession) Events(ctx context.Context) iter.Seq2[ListenEvent, error] {
	return s.session.Events(ctx)
}

// SendAudio sends one binary frame of audio.
func (s *ListenSession) SendAudio(ctx context.Context, chunk []byte) error {
	return s.session.SendAudio(ctx, chunk)
}

// StreamAudio sends what r holds as binary frames of at most chunkSize bytes (0: 32 KiB), until EOF.
func (s *ListenSession) StreamAudio(ctx context.Context, r io.Reader, chunkSize int) error {
	return s.session.StreamAudio(ctx, r, chunkSize)
}

// Commit: sends the commit command.
func (s *ListenSession) Commit(ctx context.Context) error {
	return s.session.Send(ctx, commandListenCommit, nil, nil)
}

// Tune: sends the tune command.
func (s *ListenSession) Tune(ctx context.Context, fields ListenTuneFields) error {
	return s.session.Send(ctx, commandListenTune, nil, fields)
}

// Listen: Streaming recognition.
//
// ctx bounds the handshake only: the session lives until it is closed, by either side.
func (s *Client) Listen(ctx context.Context, params ListenParams, opts ...option.RequestOption) (*ListenSession, error) {
	session, err := connectChannel[ListenEvent](ctx, s.client, channelListen, channelListenQuery, map[string]any{"rate": params.Rate, "hints": params.Hints}, opts)
	if err != nil {
		return nil, err
	}
	return &ListenSession{session: session}, nil
}
