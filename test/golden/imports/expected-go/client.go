// Code generated from spec.yaml (Imports API 1.0.0) by openapi-client-generator. DO NOT EDIT.

// Package importsapi is a client for Imports API.
//
// Realtime channels are WebSocket sessions, opened by a method and closed by Close:
//
//	session, err := client.Tracks.Live(ctx, importsapi.TracksLiveParams{ /* ... */ })
//	if err != nil { /* ... */ }
//	defer session.Close()
//	err = session.Flush(ctx)
//	for event, err := range session.Events(ctx) { /* ... */ }
package importsapi

import (
	"context"

	"imports-api/internal/core"
	"imports-api/internal/realtime"
	"imports-api/option"
)

// Client: the Imports API client. Create it with NewClient; it is safe for concurrent use.
type Client struct {
	// Options are the options the client was created with; each call's own options come after them.
	Options []option.RequestOption
	client  *core.Client
	// the albums operations.
	Albums *AlbumsService
	// the tracks operations.
	Tracks *TracksService
}

var clientSpec = &core.ClientSpec{
	ClientName:     "ImportsAPI",
	PackageVersion: "1.0.0",
	DefaultBaseURL: "https://imports.example.com",
	TimeoutMs:      60000,
	TLSRequired:    true,
	LoopbackOK:     true,
	Retry:          core.RetrySpec{MaxRetries: 2, InitialDelayMs: 500, MaxDelayMs: 8000, Statuses: []int{408, 409, 429}, StatusRanges: []int{5}, OnConnectionError: true, RetryAfterHeaders: []string{"retry-after-ms", "retry-after"}},
	Errors: core.ErrorSpec{
		MessageFields:    []string{"message", "error", "detail", "title"},
		RequestIDHeaders: []string{"x-request-id", "request-id"},
		RequestIDField:   "",
		StatusField:      "",
		InStreamField:    "",
		InStreamValue:    "",
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
	Schemes:    []core.SchemeSpec{},
	Pagination: &core.PaginationSpec{LimitParameter: "limit", AfterParameter: "after", BeforeParameter: "", ItemsField: "items", HasMoreField: "more", NextCursorField: "", ItemCursorField: "id"},
}

// NewClient creates a client.
func NewClient(opts ...option.RequestOption) *Client {
	c := core.NewClient(clientSpec, opts)
	return &Client{Options: opts, client: c, Albums: newAlbumsService(c), Tracks: newTracksService(c)}
}

var specStatus = core.OperationSpec{
	Method:   "GET",
	Path:     "/",
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
}

// Status: GET /
func (s *Client) Status(ctx context.Context, opts ...option.RequestOption) (*Status, error) {
	var out Status
	if err := s.client.Do(ctx, &specStatus, core.Input{}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// realtimeSpec holds the API's WebSocket conventions; each connection adds what the options resolve to.
var realtimeSpec = realtime.Config{
	DefaultBaseURL:    "https://imports.example.com",
	WebSocketBaseURL:  "wss://imports.example.com",
	Credentials:       []realtime.Credential{},
	TLSRequired:       true,
	LoopbackException: true,
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
