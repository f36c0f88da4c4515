// Code generated from spec.yaml (Auth Zoo 1.0.0) by openapi-client-generator. DO NOT EDIT.

// Package option holds the client's options: give them to NewClient, or to one call after its arguments.
package option

import (
	"net/http"
	"time"

	"auth-zoo/internal/core"
)

// RequestOption configures the client or one call.
type RequestOption = core.Option

// WithBaseURL sends requests to this base URL instead of the API's server.
func WithBaseURL(base string) RequestOption { return core.WithBaseURL(base) }

// WithHTTPClient sends requests through this *http.Client (its transport, proxy, redirect policy).
func WithHTTPClient(client *http.Client) RequestOption { return core.WithHTTPClient(client) }

// WithMaxRetries sets how many times a failed request is retried (0: never).
func WithMaxRetries(n int) RequestOption { return core.WithMaxRetries(n) }

// WithRequestTimeout limits each attempt; the context's deadline limits the call as a whole.
func WithRequestTimeout(d time.Duration) RequestOption { return core.WithRequestTimeout(d) }

// WithHeader sets a header on requests (it replaces one the client would send).
func WithHeader(name, value string) RequestOption { return core.WithHeader(name, value) }

// WithHeaderDel removes a header the client would send.
func WithHeaderDel(name string) RequestOption { return core.WithHeaderDel(name) }

// WithQuery adds a query parameter to requests.
func WithQuery(name, value string) RequestOption { return core.WithQuery(name, value) }

// WithAPIKey: Secret key for servers.
//
// Without it the client reads ZOO_API_KEY from the environment; an empty value sends none.
func WithAPIKey(value string) RequestOption { return core.WithCredential("apiKey", value) }

// WithAccessToken:
func WithAccessToken(value string) RequestOption { return core.WithCredential("accessToken", value) }

// WithHeaderKey:
func WithHeaderKey(value string) RequestOption { return core.WithCredential("headerKey", value) }

// WithQueryKey:
func WithQueryKey(value string) RequestOption { return core.WithCredential("queryKey", value) }

// WithCookieKey:
func WithCookieKey(value string) RequestOption { return core.WithCredential("cookieKey", value) }

// WithBasic:
func WithBasic(value string) RequestOption { return core.WithCredential("basic", value) }

// WithOAuth:
func WithOAuth(value string) RequestOption { return core.WithCredential("oAuth", value) }

// WithOidc:
func WithOidc(value string) RequestOption { return core.WithCredential("oidc", value) }
