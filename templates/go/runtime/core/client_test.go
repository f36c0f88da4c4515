package core

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"
)

func TestSendsCredentialVersionAndUserAgent(t *testing.T) {
	s := newServer(t, jsonReply(200, map[string]any{"id": "a/b"}))
	var out map[string]any
	if err := client(s).Do(context.Background(), getThing, Input{Path: map[string]any{"id": "a/b"}}, &out, nil); err != nil {
		t.Fatal(err)
	}
	req := s.got()[0]
	if req.URL != "/things/a%2Fb" || out["id"] != "a/b" {
		t.Fatalf("url %q, out %v", req.URL, out)
	}
	if req.Header.Get("Authorization") != "Bearer sk-test" || req.Header.Get("Test-Version") != "2024-01-01" {
		t.Fatalf("headers %v", req.Header)
	}
	if req.Header.Get("User-Agent") != "Test/Go 1.2.3" || req.Header.Get("Accept") != "application/json" {
		t.Fatalf("headers %v", req.Header)
	}
}

func TestAccessTokenWinsWhenItsSetComesFirst(t *testing.T) {
	s := newServer(t, jsonReply(200, map[string]any{}))
	c := client(s, WithCredential("accessToken", "jwt"), WithVersion("2025-02-02"))
	if err := c.Do(context.Background(), getThing, Input{Path: map[string]any{"id": 1}}, nil, nil); err != nil {
		t.Fatal(err)
	}
	if h := s.got()[0].Header; h.Get("Authorization") != "Bearer jwt" || h.Get("Test-Version") != "2025-02-02" {
		t.Fatalf("headers %v", h)
	}
}

func TestCredentialFromEnvironmentAndMissingCredential(t *testing.T) {
	s := newServer(t, jsonReply(200, map[string]any{}))
	t.Setenv("CORE_TEST_API_KEY", "from-env")
	c := NewClient(testSpec(s.URL), nil)
	if err := c.Do(context.Background(), getThing, Input{Path: map[string]any{"id": 1}}, nil, nil); err != nil {
		t.Fatal(err)
	}
	if got := s.got()[0].Header.Get("Authorization"); got != "Bearer from-env" {
		t.Fatalf("authorization %q", got)
	}
	t.Setenv("CORE_TEST_API_KEY", "")
	err := c.Do(context.Background(), getThing, Input{Path: map[string]any{"id": 1}}, nil, nil)
	var missing *MissingCredentialError
	var config *ConfigurationError
	if !errors.As(err, &missing) || !errors.As(err, &config) || !strings.Contains(err.Error(), "option.WithAPIKey (or set CORE_TEST_API_KEY)") {
		t.Fatalf("err %v", err)
	}
	if len(s.got()) != 1 {
		t.Fatal("a request without its credential was sent")
	}
}

func TestRefusesCredentialsOverPlainHTTPExceptLoopback(t *testing.T) {
	c := NewClient(testSpec("http://api.example.com"), []Option{WithCredential("apiKey", "sk")})
	err := c.Do(context.Background(), getThing, Input{Path: map[string]any{"id": 1}}, nil, nil)
	var insecure *InsecureTransportError
	if !errors.As(err, &insecure) || strings.Contains(err.Error(), "sk") {
		t.Fatalf("err %v", err)
	}
	for _, host := range []string{"localhost", "127.0.0.1", "[::1]", "api.localhost"} {
		if !IsLoopbackHost(strings.Trim(host, "[]")) {
			t.Fatalf("%s is loopback", host)
		}
	}
	if IsLoopbackHost("127.example.com") {
		t.Fatal("not loopback")
	}
}

func TestBadOptionsAreConfigurationErrors(t *testing.T) {
	s := newServer(t, jsonReply(200, map[string]any{}))
	for _, opt := range []Option{WithVersion("latest"), WithMaxRetries(-1), WithBaseURL("https://user:pw@example.com"), WithBaseURL("ftp://x")} {
		err := client(s, opt).Do(context.Background(), getThing, Input{Path: map[string]any{"id": 1}}, nil, nil)
		var config *ConfigurationError
		if !errors.As(err, &config) || strings.Contains(err.Error(), "pw") {
			t.Fatalf("err %v", err)
		}
	}
	if len(s.got()) != 0 {
		t.Fatal("a request was sent")
	}
}

func TestTypedErrorWithMessageAndRequestID(t *testing.T) {
	s := newServer(t, jsonReply(404, map[string]any{"message": "no such thing", "request_id": "req-body"}, "X-Request-Id", "req-1"))
	err := client(s).Do(context.Background(), getThing, Input{Path: map[string]any{"id": 1}}, nil, nil)
	var nf *notFound
	if !errors.As(err, &nf) || nf.Status != 404 || nf.RequestID != "req-1" || nf.Message != "404 no such thing" {
		t.Fatalf("err %#v", err)
	}
	if apiErr := APIErrorOf(err); apiErr == nil || !strings.Contains(string(apiErr.Body), "no such thing") {
		t.Fatalf("body %v", apiErr)
	}
}

func TestRetriesHonourRetryAfter(t *testing.T) {
	s := newServer(t,
		jsonReply(429, map[string]any{"message": "slow down"}, "Retry-After-Ms", "20"),
		jsonReply(503, map[string]any{}, "Retry-After", "0"),
		jsonReply(200, map[string]any{"ok": true}))
	start := time.Now()
	var out map[string]any
	if err := client(s).Do(context.Background(), getThing, Input{Path: map[string]any{"id": 1}}, &out, nil); err != nil {
		t.Fatal(err)
	}
	if len(s.got()) != 3 || out["ok"] != true || time.Since(start) < 20*time.Millisecond {
		t.Fatalf("%d requests after %s", len(s.got()), time.Since(start))
	}
}

func TestNoRetryPastMaxRetriesOrLongRetryAfterOrClientError(t *testing.T) {
	cases := []struct {
		name     string
		reply    func(w http.ResponseWriter, r *http.Request)
		opts     []Option
		requests int
		status   int
	}{
		{"exhausted", jsonReply(500, map[string]any{}), nil, 3, 500},
		{"disabled", jsonReply(500, map[string]any{}), []Option{WithMaxRetries(0)}, 1, 500},
		{"long wait", jsonReply(429, map[string]any{}, "Retry-After", "3600"), nil, 1, 429},
		{"client error", jsonReply(400, map[string]any{"error": "bad"}), nil, 1, 400},
	}
	for _, tc := range cases {
		s := newServer(t, tc.reply)
		err := client(s, tc.opts...).Do(context.Background(), getThing, Input{Path: map[string]any{"id": 1}}, nil, nil)
		if apiErr := APIErrorOf(err); apiErr == nil || apiErr.Status != tc.status || len(s.got()) != tc.requests {
			t.Fatalf("%s: err %v after %d requests", tc.name, err, len(s.got()))
		}
	}
	s := newServer(t, jsonReply(502, map[string]any{}))
	var se *serverError
	if err := client(s).Do(context.Background(), getThing, Input{Path: map[string]any{"id": 1}}, nil, nil); !errors.As(err, &se) {
		t.Fatalf("5xx is a range class: %v", err)
	}
}

func TestConnectionErrorsAreRetriedThenTyped(t *testing.T) {
	s := newServer(t, jsonReply(200, map[string]any{}))
	base := s.URL
	s.Close()
	c := NewClient(testSpec(base), []Option{WithCredential("apiKey", "k")})
	err := c.Do(context.Background(), getThing, Input{Path: map[string]any{"id": 1}}, nil, nil)
	var conn *APIConnectionError
	if !errors.As(err, &conn) {
		t.Fatalf("err %v", err)
	}
}

func TestCancelAndTimeout(t *testing.T) {
	release := make(chan struct{})
	s := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	})
	defer close(release)
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(20*time.Millisecond, cancel)
	err := client(s).Do(ctx, getThing, Input{Path: map[string]any{"id": 1}}, nil, nil)
	var abort *APIUserAbortError
	if !errors.As(err, &abort) || !errors.Is(err, context.Canceled) {
		t.Fatalf("err %v", err)
	}
	err = client(s, WithRequestTimeout(20*time.Millisecond), WithMaxRetries(1)).Do(context.Background(), getThing, Input{Path: map[string]any{"id": 1}}, nil, nil)
	var timeout *APIConnectionTimeoutError
	var conn *APIConnectionError
	if !errors.As(err, &timeout) || !errors.As(err, &conn) {
		t.Fatalf("err %v", err)
	}
}

func TestInvalidJSONIsAParseError(t *testing.T) {
	s := newServer(t, func(w http.ResponseWriter, r *http.Request) { _, _ = w.Write([]byte("{not json")) })
	var out map[string]any
	err := client(s).Do(context.Background(), getThing, Input{Path: map[string]any{"id": 1}}, &out, nil)
	var parse *APIResponseParseError
	if !errors.As(err, &parse) || parse.Status != 200 {
		t.Fatalf("err %v", err)
	}
}
