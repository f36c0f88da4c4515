// Code generated from spec.yaml (Echo Voice API 1.0.0) by openapi-client-generator. DO NOT EDIT.

package echovoiceapi

import (
	"context"
	"iter"

	"echo-voice-api/internal/core"
	"echo-voice-api/internal/realtime"
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

var channelSpeechLive = &realtime.Channel{Path: "/speech/live", Security: [][]string{{"Secret"}}, Base64Fields: []string{"pcm"}, Context: &realtime.ContextSpec{IDField: "stream", EndField: "last"}}

var commandSpeechLiveSay = &realtime.Command{Argument: "text", Set: map[string]any{"more": false}, WithSettings: true}

var commandSpeechLiveAppend = &realtime.Command{Argument: "text", Set: map[string]any{"more": true}, WithSettings: true}

var commandSpeechLiveStop = &realtime.Command{Set: map[string]any{"stop": true}, EndsContext: true}

// SpeechLiveSession: a session of speech.live (/speech/live): one socket, many contexts (OpenContext). Close it when done.
type SpeechLiveSession struct {
	session *realtime.Session[SpeechMessage]
}

// Close closes the socket normally and waits for the session to end; streams still open end normally.
func (s *SpeechLiveSession) Close() error { return s.session.Close() }

// CloseWith closes the socket with a close code and reason.
func (s *SpeechLiveSession) CloseWith(code int, reason string) error {
	return s.session.CloseWith(code, reason)
}

// Done is closed once the socket has closed and the session has ended.
func (s *SpeechLiveSession) Done() <-chan struct{} { return s.session.Done() }

// CloseInfo is how the socket closed; false while it is open.
func (s *SpeechLiveSession) CloseInfo() (CloseInfo, bool) { return s.session.CloseInfo() }

// IsOpen reports whether commands can still be sent.
func (s *SpeechLiveSession) IsOpen() bool { return s.session.IsOpen() }

// Recv is the next event of no context; io.EOF once the stream has ended. ctx bounds this wait alone.
func (s *SpeechLiveSession) Recv(ctx context.Context) (SpeechMessage, error) {
	return s.session.Recv(ctx)
}

// Events ranges over the events until the stream ends; an error ends it after being yielded.
func (s *SpeechLiveSession) Events(ctx context.Context) iter.Seq2[SpeechMessage, error] {
	return s.session.Events(ctx)
}

// OpenContext opens a context with these settings, named id (an empty id gets a random one).
func (s *SpeechLiveSession) OpenContext(id string, settings SpeechLiveSettings) (*SpeechLiveContext, error) {
	inner, err := s.session.OpenContext(id, settings)
	if err != nil {
		return nil, err
	}
	return &SpeechLiveContext{inner: inner}, nil
}

// OpenContexts are the ids of the contexts still receiving.
func (s *SpeechLiveSession) OpenContexts() []string { return s.session.OpenContexts() }

// Generate opens a context and sends the whole request at once (Say); read its events or audio.
func (s *SpeechLiveSession) Generate(ctx context.Context, id string, settings SpeechLiveSettings, text string) (*SpeechLiveContext, error) {
	c, err := s.OpenContext(id, settings)
	if err != nil {
		return nil, err
	}
	if err := c.Say(ctx, text); err != nil {
		c.Release()
		return nil, err
	}
	return c, nil
}

// SpeechLiveContext: one context of speech.live (/speech/live): its commands carry its id, and only its events arrive here.
type SpeechLiveContext struct {
	inner *realtime.SocketContext[SpeechMessage]
}

// ID names the context in every message.
func (s *SpeechLiveContext) ID() string { return s.inner.ID }

// Recv is the next event of the context; io.EOF once the stream has ended. ctx bounds this wait alone.
func (s *SpeechLiveContext) Recv(ctx context.Context) (SpeechMessage, error) {
	return s.inner.Recv(ctx)
}

// Events ranges over the events until the stream ends; an error ends it after being yielded.
func (s *SpeechLiveContext) Events(ctx context.Context) iter.Seq2[SpeechMessage, error] {
	return s.inner.Events(ctx)
}

// Release stops receiving for the context and drops what of it is unread (the server goes on unless cancelled).
func (s *SpeechLiveContext) Release() { s.inner.Release() }

// Ended reports whether the context has ended and every event of it has been read.
func (s *SpeechLiveContext) Ended() bool { return s.inner.Ended() }

// Audio ranges over the decoded base64 data of the context's events, in order; leaving the loop early releases the context.
func (s *SpeechLiveContext) Audio(ctx context.Context) iter.Seq2[[]byte, error] {
	return s.inner.Audio(ctx)
}

// Say: sends the say command.
//
// fields are optional (at most one).
func (s *SpeechLiveContext) Say(ctx context.Context, text string, fields ...SpeechLiveSayFields) error {
	return s.inner.Send(ctx, commandSpeechLiveSay, text, optionalFields(fields))
}

// Append: sends the append command.
//
// fields are optional (at most one).
func (s *SpeechLiveContext) Append(ctx context.Context, text string, fields ...SpeechLiveSayFields) error {
	return s.inner.Send(ctx, commandSpeechLiveAppend, text, optionalFields(fields))
}

// Stop: sends the stop command.
func (s *SpeechLiveContext) Stop(ctx context.Context) error {
	return s.inner.Send(ctx, commandSpeechLiveStop, nil, nil)
}

// Live: Multiplexed speech synthesis.
//
// ctx bounds the handshake only: the session lives until it is closed, by either side.
func (s *SpeechService) Live(ctx context.Context, opts ...option.RequestOption) (*SpeechLiveSession, error) {
	session, err := connectChannel[SpeechMessage](ctx, s.client, channelSpeechLive, nil, nil, opts)
	if err != nil {
		return nil, err
	}
	return &SpeechLiveSession{session: session}, nil
}
