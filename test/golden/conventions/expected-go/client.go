// Code generated from spec.yaml (Conventions API 3.0.0-beta.1) by openapi-client-generator. DO NOT EDIT.

// Package convclient is a client for Conventions API.
package convclient

import (
	"example/conv/internal/core"
	"example/conv/option"
)

// Client: the Conventions API client. Create it with NewClient; it is safe for concurrent use.
type Client struct {
	// Options are the options the client was created with; each call's own options come after them.
	Options []option.RequestOption
	client  *core.Client
	// the ping operations.
	Ping *PingService
}

var clientSpec = &core.ClientSpec{
	ClientName:     "ConvClient",
	PackageVersion: "3.0.0-beta.1",
	DefaultBaseURL: "https://eu.conv.example.com/v2",
	BaseURLEnv:     "CONV_BASE_URL",
	TimeoutMs:      15000,
	Version:        &core.VersionSpec{Header: "Conv-Version", Default: "2023-05-01", Pattern: "^\\d{4}-\\d{2}-\\d{2}$"},
	TLSRequired:    false,
	LoopbackOK:     false,
	Retry:          core.RetrySpec{MaxRetries: 1, InitialDelayMs: 500, MaxDelayMs: 8000, Statuses: []int{503}, StatusRanges: []int{}, OnConnectionError: false, RetryAfterHeaders: []string{"retry-after-ms", "retry-after"}},
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
	Schemes: []core.SchemeSpec{
		{Key: "Key", Option: "token", OptionFunc: "WithToken", Transport: "bearer", In: "", ParameterName: "", Env: "CONV_TOKEN"},
	},
}

// NewClient creates a client. Unless an option says otherwise, it reads CONV_TOKEN (option.WithToken), CONV_BASE_URL (option.WithBaseURL) from the environment.
func NewClient(opts ...option.RequestOption) *Client {
	c := core.NewClient(clientSpec, opts)
	return &Client{Options: opts, client: c, Ping: newPingService(c)}
}
