// Code generated from spec.yaml (Echo Voice API 1.0.0) by openapi-client-generator. DO NOT EDIT.

// Package echovoiceapi is a client for Echo Voice API.
package echovoiceapi

import (
	"echo-voice-api/internal/core"
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
