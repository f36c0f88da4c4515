// Code generated from spec.yaml (Errors API 1.0.0) by openapi-client-generator. DO NOT EDIT.

// Package errorsapi is a client for Errors API.
package errorsapi

import (
	"errors-api/internal/core"
	"errors-api/option"
)

// Client: the Errors API client. Create it with NewClient; it is safe for concurrent use.
type Client struct {
	// Options are the options the client was created with; each call's own options come after them.
	Options []option.RequestOption
	client  *core.Client
	// the things operations.
	Things *ThingsService
}

var clientSpec = &core.ClientSpec{
	ClientName:     "ErrorsAPI",
	PackageVersion: "1.0.0",
	DefaultBaseURL: "https://errors.example.com",
	TimeoutMs:      60000,
	TLSRequired:    true,
	LoopbackOK:     true,
	Retry:          core.RetrySpec{MaxRetries: 5, InitialDelayMs: 100, MaxDelayMs: 2000, Statuses: []int{429, 503}, StatusRanges: []int{}, OnConnectionError: true, RetryAfterHeaders: []string{"retry-after"}},
	Errors: core.ErrorSpec{
		MessageFields:    []string{"detail", "title"},
		RequestIDHeaders: []string{"x-correlation-id"},
		RequestIDField:   "trace",
		StatusField:      "",
		InStreamField:    "",
		InStreamValue:    "",
		Classes: []core.ErrorClass{
			{Status: 400, Range: false, New: func(e *core.APIError) error { return &InvalidInputError{e} }},
			{Status: 404, Range: false, New: func(e *core.APIError) error { return &MissingError{e} }},
			{Status: 429, Range: false, New: func(e *core.APIError) error { return &SlowDownError{e} }},
			{Status: 4, Range: true, New: func(e *core.APIError) error { return &ClientSideError{e} }},
			{Status: 5, Range: true, New: func(e *core.APIError) error { return &ServerSideError{e} }},
		},
	},
	Schemes: []core.SchemeSpec{},
}

// NewClient creates a client.
func NewClient(opts ...option.RequestOption) *Client {
	c := core.NewClient(clientSpec, opts)
	return &Client{Options: opts, client: c, Things: newThingsService(c)}
}
