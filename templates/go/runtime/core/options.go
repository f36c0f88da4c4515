package core

import (
	"net/http"
	"net/url"
	"time"
)

// RequestConfig is what the options build: the client's options first, then the call's.
type RequestConfig struct {
	BaseURL     string
	HTTPClient  *http.Client
	MaxRetries  *int
	Timeout     time.Duration
	Version     *string
	Credentials map[string]string // by option name; "" means none (the environment is not read either)
	headers     []headerEdit
	query       url.Values
	err         error
}

type headerEdit struct {
	name, value string
	remove      bool
}

// Option configures a client (given to NewClient) or one call (given to a method, after the client's).
type Option func(*RequestConfig)

// WithBaseURL sends requests to this base URL instead of the API's default server.
func WithBaseURL(base string) Option { return func(c *RequestConfig) { c.BaseURL = base } }

// WithHTTPClient sends requests through this *http.Client (its Transport, redirect policy, cookie jar).
func WithHTTPClient(client *http.Client) Option {
	return func(c *RequestConfig) { c.HTTPClient = client }
}

// WithMaxRetries sets how many times a failed request is retried (0: never).
func WithMaxRetries(n int) Option {
	return func(c *RequestConfig) {
		if n < 0 {
			c.err = configf("WithMaxRetries needs 0 or more, not %d.", n)
			return
		}
		c.MaxRetries = &n
	}
}

// WithRequestTimeout limits each attempt: until the whole body is read (JSON, text) or until the response
// headers arrive (streams). The context's deadline limits the call as a whole.
func WithRequestTimeout(d time.Duration) Option {
	return func(c *RequestConfig) {
		if d <= 0 {
			c.err = configf("WithRequestTimeout needs a positive duration, not %s.", d)
			return
		}
		c.Timeout = d
	}
}

// WithHeader sets a header on every request (it replaces one the client would send).
func WithHeader(name, value string) Option {
	return func(c *RequestConfig) { c.headers = append(c.headers, headerEdit{name: name, value: value}) }
}

// WithHeaderDel removes a header the client would send.
func WithHeaderDel(name string) Option {
	return func(c *RequestConfig) { c.headers = append(c.headers, headerEdit{name: name, remove: true}) }
}

// WithQuery adds a query parameter to every request.
func WithQuery(name, value string) Option {
	return func(c *RequestConfig) {
		if c.query == nil {
			c.query = url.Values{}
		}
		c.query.Add(name, value)
	}
}

// WithVersion pins the API version sent in the version header (the API's default otherwise).
func WithVersion(version string) Option { return func(c *RequestConfig) { c.Version = &version } }

// WithCredential sets the credential of the scheme whose option is named `option`; generated code wraps it in one
// option per scheme (WithAPIKey, ...).
func WithCredential(option, value string) Option {
	return func(c *RequestConfig) {
		if c.Credentials == nil {
			c.Credentials = map[string]string{}
		}
		c.Credentials[option] = value
	}
}

func resolve(groups ...[]Option) RequestConfig {
	var c RequestConfig
	for _, group := range groups {
		for _, opt := range group {
			if opt != nil {
				opt(&c)
			}
		}
	}
	return c
}
