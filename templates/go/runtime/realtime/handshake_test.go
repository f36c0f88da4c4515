package realtime

// The handshake: where the version and the credential go (headers, or the query when asked), the rules checked
// before connecting, refused handshakes as the client's typed errors, and handshakes that never end.

import (
	"context"
	"errors"
	"net"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func TestHandshakeSendsCredentialAndVersionAsHeaders(t *testing.T) {
	srv := newServer(t, nil)
	connect[event](t, testConfig(srv.URL), testChannel(), Options{Query: url.Values{"model": {"m-1"}}})
	hs := srv.recorded()[0]
	if hs.Path != "/speak/socket" {
		t.Errorf("path %q", hs.Path)
	}
	if got := hs.Header.Get("Authorization"); got != "Bearer "+testKey {
		t.Errorf("Authorization %q", got)
	}
	if got := hs.Header.Get("Api-Version"); got != "2026-08-14" {
		t.Errorf("version header %q", got)
	}
	if got := hs.Header.Get("User-Agent"); got != "test-client/1.0" {
		t.Errorf("User-Agent %q", got)
	}
	if want := (url.Values{"model": {"m-1"}}); hs.Query.Encode() != want.Encode() {
		t.Errorf("query %v: no credential or version belongs there", hs.Query)
	}
}

func TestHandshakeSendsVersionAndCredentialInQueryWhenAsked(t *testing.T) {
	srv := newServer(t, nil)
	connect[event](t, testConfig(srv.URL), testChannel(), Options{CredentialsInQuery: true})
	cfg := testConfig(srv.URL)
	cfg.Held = map[string]string{"TokenAuth": testToken, "KeyAuth": testKey}
	connect[event](t, cfg, testChannel(), Options{CredentialsInQuery: true})
	got := srv.recorded()
	if q := got[0].Query; q.Get("api_version") != "2026-08-14" || q.Get("api_key") != testKey || len(q) != 2 {
		t.Errorf("query %v", q)
	}
	// The channel lists the token first: a client holding both sends the token only.
	if q := got[1].Query; q.Get("access_token") != testToken || q.Has("api_key") {
		t.Errorf("query %v", q)
	}
	for _, hs := range got {
		if hs.Header.Get("Authorization") != "" || hs.Header.Get("Api-Version") != "" {
			t.Errorf("headers carry what the query carries: %v", hs.Header)
		}
	}
}

func TestHandshakeVersionPerConnectionAndTheCallersQueryWins(t *testing.T) {
	srv := newServer(t, nil)
	cfg := testConfig(srv.URL)
	connect[event](t, cfg, testChannel(), Options{Version: "2025-04-16"})
	// A version parameter the caller sets is the one the server reads: no header, no second value.
	connect[event](t, cfg, testChannel(), Options{Query: url.Values{"api_version": {"2024-01-01"}}})
	connect[event](t, cfg, testChannel(), Options{Query: url.Values{"api_version": {"2024-01-01"}}, CredentialsInQuery: true})
	got := srv.recorded()
	if v := got[0].Header.Get("Api-Version"); v != "2025-04-16" {
		t.Errorf("per-connection version: %q", v)
	}
	for _, hs := range got[1:] {
		if hs.Header.Get("Api-Version") != "" || strings.Join(hs.Query["api_version"], ",") != "2024-01-01" {
			t.Errorf("version: header %q, query %v", hs.Header.Get("Api-Version"), hs.Query["api_version"])
		}
	}
	_, err := Connect[event](context.Background(), cfg, testChannel(), Options{Version: "yesterday"})
	asError[*ConfigurationError](t, err)
	if len(srv.recorded()) != 3 {
		t.Errorf("a malformed version still connected")
	}
}

func TestHandshakeRefusesWithoutCredentialOrOverPlainTextToRemoteHosts(t *testing.T) {
	cfg := testConfig("http://127.0.0.1:1")
	cfg.Held = nil
	_, err := Connect[event](context.Background(), cfg, testChannel(), Options{})
	missing := asError[*MissingCredentialError](t, err)
	if !strings.Contains(missing.Message, "`accessToken` or `apiKey`") {
		t.Errorf("message %q names no option", missing.Message)
	}
	for _, base := range []string{"http://api.example.com", "ws://api.example.com/v1"} {
		for _, inQuery := range []bool{false, true} {
			_, err := Connect[event](context.Background(), testConfig(base), testChannel(), Options{CredentialsInQuery: inQuery})
			asError[*InsecureTransportError](t, err)
		}
	}
	// A channel needing no credential may use plain text anywhere: the rule is about credentials.
	if _, err := prepare(testConfig("http://api.example.com"), &Channel{Path: "/open"}, &Options{}); err != nil {
		t.Errorf("credential-free channel refused: %v", err)
	}
	if _, err := prepare(testConfig("https://api.example.com"), testChannel(), &Options{}); err != nil {
		t.Errorf("https refused: %v", err)
	}
	hs, _ := prepare(testConfig("http://localhost:8080"), testChannel(), &Options{})
	if hs == nil || !strings.HasPrefix(hs.url, "ws://localhost:8080/speak/socket") {
		t.Errorf("loopback: %+v", hs)
	}
}

func TestHandshakeOverTLS(t *testing.T) {
	srv := httptest.NewTLSServer((&testServer{}).handler())
	defer srv.Close()
	cfg := testConfig(srv.URL)
	cfg.HTTPClient = srv.Client()
	s, err := Connect[event](context.Background(), cfg, testChannel(), Options{})
	if err != nil {
		t.Fatalf("wss: %v", err)
	}
	if !strings.HasPrefix(srv.URL, "https://") || !s.IsOpen() {
		t.Errorf("not open over %s", srv.URL)
	}
	_ = s.Close()
}

func TestHandshakeRefusedIsTheClientsTypedErrorWithoutTheCredential(t *testing.T) {
	srv := newServer(t, nil)
	srv.reject = &rejection{401, `{"message":"Invalid API key ` + testKey + `"}`, map[string]string{"X-Request-Id": "req_401"}}
	_, err := Connect[event](context.Background(), testConfig(srv.URL), testChannel(), Options{})
	auth := asError[*AuthenticationError](t, err)
	if auth.Status != 401 || auth.RequestID != "req_401" || auth.Message != "401 Invalid API key ***" {
		t.Errorf("error %+v", auth.APIError)
	}
	if strings.Contains(auth.Body, testKey) || strings.Contains(err.Error(), testKey) {
		t.Errorf("the credential leaked: %q", auth.Body)
	}
	srv.reject = &rejection{403, `{"message":"Not on this plan"}`, nil}
	for _, inQuery := range []bool{false, true} {
		_, err := Connect[event](context.Background(), testConfig(srv.URL), testChannel(), Options{CredentialsInQuery: inQuery})
		denied := asError[*PermissionDeniedError](t, err)
		if denied.Message != "403 Not on this plan" {
			t.Errorf("message %q", denied.Message)
		}
	}
	asError[*APIError](t, err)
}

// silentListener accepts connections and never answers: a handshake that never completes.
func silentListener(t *testing.T) (string, *atomic.Int32) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var accepted atomic.Int32
	var conns []net.Conn
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			accepted.Add(1)
			conns = append(conns, c)
		}
	}()
	t.Cleanup(func() {
		ln.Close()
		<-done
		for _, c := range conns {
			c.Close()
		}
	})
	return "http://" + ln.Addr().String(), &accepted
}

func TestHandshakeTimesOutOrIsAbortedByTheCaller(t *testing.T) {
	base, accepted := silentListener(t)
	cfg := testConfig(base)
	_, err := Connect[event](context.Background(), cfg, testChannel(), Options{Timeout: 100 * time.Millisecond, CredentialsInQuery: true})
	timeout := asError[*TimeoutError](t, err)
	if !errors.Is(err, context.DeadlineExceeded) || !strings.Contains(timeout.Message, "api_key=***") || strings.Contains(timeout.Message, testKey) {
		t.Errorf("timeout %q", timeout.Message)
	}
	asError[*ConnectionError](t, err)

	ctx, cancel := context.WithCancel(context.Background())
	failed := make(chan error, 1)
	go func() {
		_, err := Connect[event](ctx, cfg, testChannel(), Options{})
		failed <- err
	}()
	waitFor(t, "the second connection", func() bool { return accepted.Load() == 2 })
	cancel()
	select {
	case err := <-failed:
		asError[*AbortError](t, err)
		if !errors.Is(err, context.Canceled) {
			t.Errorf("abort does not unwrap to context.Canceled: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the abort was ignored")
	}
	_, err = Connect[event](ctx, cfg, testChannel(), Options{})
	asError[*AbortError](t, err)
	if accepted.Load() != 2 {
		t.Errorf("an aborted context still connected")
	}
}

func TestHandshakeConnectionFailureNamesTheURLWithoutTheCredential(t *testing.T) {
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	base := "http://" + ln.Addr().String()
	ln.Close() // nothing listens there now
	_, err := Connect[event](context.Background(), testConfig(base), testChannel(), Options{CredentialsInQuery: true})
	conn := asError[*ConnectionError](t, err)
	if !strings.Contains(conn.Message, "/speak/socket?api_version=2026-08-14&api_key=***") || strings.Contains(err.Error(), testKey) {
		t.Errorf("message %q", conn.Message)
	}
	var opErr *net.OpError
	if !errors.As(err, &opErr) {
		t.Errorf("the cause is not kept: %v", err)
	}
}
