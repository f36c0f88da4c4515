package realtime

// What the tests share: a real WebSocket server on loopback that records each handshake and runs a script per
// connection, the error types a generated client would pass (Errors), and a channel described as data.

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/coder/websocket"
)

const (
	testKey   = "sk_live_SECRET_key_0123"
	testToken = "tok_SECRET_token_4567"
)

type event struct {
	Type      string `json:"type"`
	ContextID string `json:"context_id,omitempty"`
	Data      string `json:"data,omitempty"`
	Done      bool   `json:"done,omitempty"`
	Text      string `json:"text,omitempty"`
}

type handshakeRecord struct {
	Path   string
	Query  url.Values
	Header http.Header
}

type rejection struct {
	status int
	body   string
	header map[string]string
}

type testServer struct {
	*httptest.Server
	mu         sync.Mutex
	handshakes []handshakeRecord
	reject     *rejection
	script     func(ctx context.Context, c *websocket.Conn)
}

// newServer starts a WebSocket server on loopback; script runs for each accepted connection (nil: read until
// the client closes).
func newServer(t *testing.T, script func(ctx context.Context, c *websocket.Conn)) *testServer {
	t.Helper()
	s := &testServer{script: script}
	s.Server = httptest.NewServer(s.handler())
	t.Cleanup(s.Close)
	return s
}

func (s *testServer) handler() http.Handler { return http.HandlerFunc(s.serve) }

func (s *testServer) serve(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.handshakes = append(s.handshakes, handshakeRecord{r.URL.Path, r.URL.Query(), r.Header.Clone()})
	reject := s.reject
	s.mu.Unlock()
	if reject != nil {
		for name, value := range reject.header {
			w.Header().Set(name, value)
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(reject.status)
		_, _ = w.Write([]byte(reject.body))
		return
	}
	conn, err := websocket.Accept(w, r, nil)
	if err != nil {
		return
	}
	defer conn.CloseNow()
	conn.SetReadLimit(-1)
	if s.script != nil {
		s.script(r.Context(), conn)
		return
	}
	for {
		if _, _, err := conn.Read(r.Context()); err != nil {
			return
		}
	}
}

func (s *testServer) recorded() []handshakeRecord {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]handshakeRecord(nil), s.handshakes...)
}

// testChannel is a multiplexed channel described as a generated client would.
func testChannel() *Channel {
	return &Channel{
		Path:         "/speak/socket",
		Security:     [][]string{{"TokenAuth"}, {"KeyAuth"}},
		Base64Fields: []string{"data"},
		Context:      &ContextSpec{IDField: "context_id", EndField: "done"},
	}
}

// streamChannel is a single-stream channel.
func streamChannel() *Channel {
	return &Channel{Path: "/listen/socket", Security: [][]string{{"TokenAuth"}, {"KeyAuth"}}}
}

func testConfig(base string) *Config {
	return &Config{
		BaseURL:   base,
		UserAgent: "test-client/1.0",
		Version:   "2026-08-14",
		APIVersion: &APIVersion{
			Header: "Api-Version", Pattern: `^\d{4}-\d{2}-\d{2}$`, WebsocketQueryParameter: "api_version",
		},
		Credentials: []Credential{
			{Scheme: "TokenAuth", Option: "accessToken", Transport: "bearer", WebsocketQueryParameter: "access_token"},
			{Scheme: "KeyAuth", Option: "apiKey", Transport: "bearer", WebsocketQueryParameter: "api_key"},
		},
		Held:              map[string]string{"KeyAuth": testKey},
		TLSRequired:       true,
		LoopbackException: true,
		InStream:          &InStream{Field: "type", Value: "error"},
		Errors:            testErrors{},
	}
}

// The error types of a client, as its Errors implementation makes them.
type APIError struct {
	Status    int
	Header    http.Header
	Body      string
	RequestID string
	Message   string
}

func (e *APIError) Error() string { return e.Message }

type AuthenticationError struct{ *APIError }
type PermissionDeniedError struct{ *APIError }
type StreamEventError struct{ *APIError }

func (e *AuthenticationError) Unwrap() error   { return e.APIError }
func (e *PermissionDeniedError) Unwrap() error { return e.APIError }
func (e *StreamEventError) Unwrap() error      { return e.APIError }

type ConnectionError struct {
	Message string
	Cause   error
}

func (e *ConnectionError) Error() string { return e.Message }
func (e *ConnectionError) Unwrap() error { return e.Cause }

type TimeoutError struct{ ConnectionError }

func (e *TimeoutError) Unwrap() error { return &e.ConnectionError }

type AbortError struct{ Cause error }

func (e *AbortError) Error() string { return "Request was aborted." }
func (e *AbortError) Unwrap() error { return e.Cause }

type ConfigurationError struct{ Message string }

func (e *ConfigurationError) Error() string { return e.Message }

type MissingCredentialError struct{ ConfigurationError }
type InsecureTransportError struct{ ConfigurationError }

type testErrors struct{}

func (testErrors) Status(status int, header http.Header, body []byte) error {
	message := strings.TrimSpace(string(body))
	if i := strings.Index(message, `"message":"`); i >= 0 {
		message = message[i+len(`"message":"`):]
		message = message[:strings.IndexByte(message, '"')]
	}
	base := &APIError{status, header, string(body), header.Get("X-Request-Id"), fmt.Sprintf("%d %s", status, message)}
	switch status {
	case 401:
		return &AuthenticationError{base}
	case 403:
		return &PermissionDeniedError{base}
	}
	return base
}

func (testErrors) InStream(message []byte) error {
	return &StreamEventError{&APIError{Status: 500, Body: string(message), Message: "stream error: " + string(message)}}
}

func (testErrors) Connection(message string, cause error) error {
	return &ConnectionError{message, cause}
}

func (testErrors) Timeout(message string, cause error) error {
	return &TimeoutError{ConnectionError{message, cause}}
}

func (testErrors) Aborted(cause error) error { return &AbortError{cause} }

func (testErrors) MissingCredential(message string) error {
	return &MissingCredentialError{ConfigurationError{message}}
}

func (testErrors) InsecureTransport(message string) error {
	return &InsecureTransportError{ConfigurationError{message}}
}

func (testErrors) Configuration(message string) error { return &ConfigurationError{message} }

// connect opens a test session, failing the test on error; the session is closed at cleanup.
func connect[E any](t *testing.T, cfg *Config, ch *Channel, opts Options) *Session[E] {
	t.Helper()
	s, err := Connect[E](context.Background(), cfg, ch, opts)
	if err != nil {
		t.Fatalf("connect: %v", err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

// within fails the test when ctx-less work does not finish in a generous time (a hang, not a slow machine).
func within(t *testing.T, what string, done <-chan struct{}) {
	t.Helper()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatalf("%s did not happen", what)
	}
}

// waitFor polls a condition until it holds (10 s at most: it fails a hang, not a slow machine).
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("waited in vain for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// noLeaks fails the test when goroutines started since baseline are still running once its servers are closed.
func noLeaks(t *testing.T, baseline int) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for runtime.NumGoroutine() > baseline {
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<16)
			t.Fatalf("%d goroutines left over:\n%s", runtime.NumGoroutine()-baseline, buf[:runtime.Stack(buf, true)])
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func asError[T error](t *testing.T, err error) T {
	t.Helper()
	var target T
	if !errors.As(err, &target) {
		t.Fatalf("error %T (%v) is not a %T", err, err, target)
	}
	return target
}
