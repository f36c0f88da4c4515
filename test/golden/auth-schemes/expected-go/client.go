// Code generated from spec.yaml (Auth Zoo 1.0.0) by openapi-client-generator. DO NOT EDIT.

// Package authzoo is a client for Auth Zoo.
package authzoo

import (
	"auth-zoo/internal/core"
	"auth-zoo/option"
)

// Client: the Auth Zoo client. Create it with NewClient; it is safe for concurrent use.
type Client struct {
	// Options are the options the client was created with; each call's own options come after them.
	Options []option.RequestOption
	client  *core.Client
	// the probe operations.
	Probe *ProbeService
}

var clientSpec = &core.ClientSpec{
	ClientName:     "AuthZoo",
	PackageVersion: "1.0.0",
	DefaultBaseURL: "https://auth.example.com",
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
	Schemes: []core.SchemeSpec{
		{Key: "ServerKey", Option: "apiKey", OptionFunc: "WithAPIKey", Transport: "bearer", In: "", ParameterName: "", Env: "ZOO_API_KEY"},
		{Key: "ClientToken", Option: "accessToken", OptionFunc: "WithAccessToken", Transport: "bearer", In: "", ParameterName: "", Env: ""},
		{Key: "HeaderKey", Option: "headerKey", OptionFunc: "WithHeaderKey", Transport: "apiKey", In: "header", ParameterName: "X-Api-Key", Env: ""},
		{Key: "QueryKey", Option: "queryKey", OptionFunc: "WithQueryKey", Transport: "apiKey", In: "query", ParameterName: "key", Env: ""},
		{Key: "CookieKey", Option: "cookieKey", OptionFunc: "WithCookieKey", Transport: "apiKey", In: "cookie", ParameterName: "sid", Env: ""},
		{Key: "Basic", Option: "basic", OptionFunc: "WithBasic", Transport: "basic", In: "", ParameterName: "", Env: ""},
		{Key: "OAuth", Option: "oAuth", OptionFunc: "WithOAuth", Transport: "bearer", In: "", ParameterName: "", Env: ""},
		{Key: "Oidc", Option: "oidc", OptionFunc: "WithOidc", Transport: "bearer", In: "", ParameterName: "", Env: ""},
	},
}

// NewClient creates a client. Unless an option says otherwise, it reads ZOO_API_KEY (option.WithAPIKey) from the environment.
func NewClient(opts ...option.RequestOption) *Client {
	c := core.NewClient(clientSpec, opts)
	return &Client{Options: opts, client: c, Probe: newProbeService(c)}
}
