// Code generated from spec.yaml (Data Refs API 1.0.0) by openapi-client-generator. DO NOT EDIT.

// Package option holds the client's options: give them to NewClient, or to one call after its arguments.
package option

import (
	"net/http"
	"time"

	"data-refs-api/internal/core"
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
