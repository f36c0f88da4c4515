package core

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
)

// notFound is a typed status error as the generated package declares them.
type notFound struct{ *APIError }

func (e *notFound) Unwrap() error { return e.APIError }

type serverError struct{ *APIError }

func (e *serverError) Unwrap() error { return e.APIError }

func testSpec(base string) *ClientSpec {
	return &ClientSpec{
		ClientName:     "Test",
		PackageVersion: "1.2.3",
		DefaultBaseURL: base,
		TimeoutMs:      5000,
		Version:        &VersionSpec{Header: "Test-Version", Default: "2024-01-01", Pattern: `^\d{4}-\d{2}-\d{2}$`},
		TLSRequired:    true,
		LoopbackOK:     true,
		Retry: RetrySpec{MaxRetries: 2, InitialDelayMs: 1, MaxDelayMs: 5, Statuses: []int{408, 429}, StatusRanges: []int{5},
			OnConnectionError: true, RetryAfterHeaders: []string{"retry-after-ms", "retry-after"}},
		Errors: ErrorSpec{MessageFields: []string{"message", "error"}, RequestIDHeaders: []string{"x-request-id"},
			RequestIDField: "request_id", StatusField: "status_code", InStreamField: "type", InStreamValue: "error",
			Classes: []ErrorClass{
				{Status: 404, New: func(e *APIError) error { return &notFound{e} }},
				{Status: 5, Range: true, New: func(e *APIError) error { return &serverError{e} }},
			}},
		Schemes: []SchemeSpec{
			{Key: "Key", Option: "apiKey", OptionFunc: "WithAPIKey", Transport: "bearer", Env: "CORE_TEST_API_KEY"},
			{Key: "Token", Option: "accessToken", Transport: "bearer"},
		},
		Pagination: &PaginationSpec{LimitParameter: "limit", AfterParameter: "starting_after", BeforeParameter: "ending_before",
			ItemsField: "data", HasMoreField: "has_more", ItemCursorField: "id"},
	}
}

// recorded is what one request put on the wire.
type recorded struct {
	Method string
	URL    string
	Header http.Header
	Body   []byte
}

// server answers with the scripted responses in turn (the last one repeats) and records every request.
type server struct {
	*httptest.Server
	mu       sync.Mutex
	requests []recorded
	script   []func(w http.ResponseWriter, r *http.Request)
}

func newServer(t *testing.T, script ...func(w http.ResponseWriter, r *http.Request)) *server {
	s := &server{script: script}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		s.mu.Lock()
		n := len(s.requests)
		s.requests = append(s.requests, recorded{r.Method, r.URL.RequestURI(), r.Header.Clone(), body})
		s.mu.Unlock()
		s.script[min(n, len(s.script)-1)](w, r)
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *server) got() []recorded {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]recorded{}, s.requests...)
}

func jsonReply(status int, body any, headers ...string) func(w http.ResponseWriter, r *http.Request) {
	return func(w http.ResponseWriter, r *http.Request) {
		for i := 0; i+1 < len(headers); i += 2 {
			w.Header().Set(headers[i], headers[i+1])
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		_ = json.NewEncoder(w).Encode(body)
	}
}

var getThing = &OperationSpec{Method: "GET", Path: "/things/{id}", Response: ResponseSpec{Kind: "json", Accept: "application/json"},
	Security: [][]string{{"Token"}, {"Key"}}}

func client(s *server, opts ...Option) *Client {
	return NewClient(testSpec(s.URL), append([]Option{WithCredential("apiKey", "sk-test")}, opts...))
}
