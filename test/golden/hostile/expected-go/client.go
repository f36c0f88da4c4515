// Code generated from spec.yaml (Hostile */ API `${globalThis.pwned = 1}` </script> 1.0.0) by openapi-client-generator. DO NOT EDIT.

// Package hostile is a client for Hostile */ API `${globalThis.pwned = 1}` </script>.
package hostile

import (
	"hostile-client/internal/core"
	"hostile-client/option"
)

// Client: the Hostile */ API `${globalThis.pwned = 1}` </script> client. Create it with NewClient; it is safe for concurrent use.
type Client struct {
	// Options are the options the client was created with; each call's own options come after them.
	Options []option.RequestOption
	client  *core.Client
	// the items operations.
	Items *ItemsService
	// the request operations.
	Request *RequestService
	// the tostring operations.
	Tostring *TostringService
	// the then2 operations.
	Then2 *Then2Service
	// the jobs operations.
	Jobs *JobsService
}

var clientSpec = &core.ClientSpec{
	ClientName:     "Hostile",
	PackageVersion: "1.0.0",
	DefaultBaseURL: "https://api.example.com/v1?x='\"`${1}`",
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
	Schemes: []core.SchemeSpec{},
}

// NewClient creates a client.
func NewClient(opts ...option.RequestOption) *Client {
	c := core.NewClient(clientSpec, opts)
	return &Client{Options: opts, client: c, Items: newItemsService(c), Request: newRequestService(c), Tostring: newTostringService(c), Then2: newThen2Service(c), Jobs: newJobsService(c)}
}
