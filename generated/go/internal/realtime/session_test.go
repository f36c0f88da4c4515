package realtime

// Single-stream sessions: JSON in and out, audio frames, how the stream ends (normal close, abnormal close, an
// error sent in the stream, a protocol violation, a message too big), cancellation of one wait, and Close.

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"io"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
)

func write(ctx context.Context, c *websocket.Conn, v any) error {
	data, _ := json.Marshal(v)
	return c.Write(ctx, websocket.MessageText, data)
}

// collect reads a stream to its end: the events, and the error that ended it (nil for a normal end).
func collect[E any](t *testing.T, recv func(context.Context) (E, error)) ([]E, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	var events []E
	for {
		e, err := recv(ctx)
		if errors.Is(err, io.EOF) {
			return events, nil
		}
		if err != nil {
			return events, err
		}
		events = append(events, e)
	}
}

func TestSessionSendsAndReceivesJSONTextAndAudio(t *testing.T) {
	received := make(chan []string, 1)
	srv := newServer(t, func(ctx context.Context, c *websocket.Conn) {
		var got []string
		for len(got) < 5 {
			typ, data, err := c.Read(ctx)
			if err != nil {
				return
			}
			got = append(got, typ.String()+" "+string(data))
		}
		received <- got
		_ = write(ctx, c, event{Type: "transcript", Text: "hello"})
		_ = write(ctx, c, event{Type: "transcript", Text: "world"})
		_ = write(ctx, c, event{Type: "done"})
		c.Close(websocket.StatusNormalClosure, "bye")
	})
	s := connect[event](t, testConfig(srv.URL), streamChannel(), Options{})
	ctx := context.Background()
	configure := &Command{Argument: "language", Set: map[string]any{"type": "config"}}
	if err := s.Send(ctx, configure, "en", nil); err != nil {
		t.Fatal(err)
	}
	if err := s.SendAudio(ctx, []byte{1, 2, 3}); err != nil {
		t.Fatal(err)
	}
	if err := s.StreamAudio(ctx, bytes.NewReader([]byte("abcdefg")), 4); err != nil {
		t.Fatal(err)
	}
	if err := s.Send(ctx, &Command{Text: "finalize"}, nil, nil); err != nil {
		t.Fatal(err)
	}
	select {
	case got := <-received:
		want := []string{`MessageText {"language":"en","type":"config"}`, "MessageBinary \x01\x02\x03", "MessageBinary abcd", "MessageBinary efg", "MessageText finalize"}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("server received %q", got)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the server did not receive the messages")
	}
	var texts []string
	for e, err := range s.Events(ctx) {
		if err != nil {
			t.Fatalf("stream failed: %v", err)
		}
		texts = append(texts, e.Type+":"+e.Text)
	}
	if strings.Join(texts, ",") != "transcript:hello,transcript:world,done:" {
		t.Errorf("events %q", texts)
	}
	within(t, "the session ending", s.Done())
	if info, closed := s.CloseInfo(); !closed || info != (CloseInfo{1000, "bye"}) {
		t.Errorf("close info %+v", info)
	}
	err := s.SendText(ctx, "late")
	closed := asError[*SocketClosedError](t, err)
	if closed.Code != 1000 {
		t.Errorf("code %d", closed.Code)
	}
	asError[*ConnectionError](t, err)
}

func TestSessionAbnormalCloseFailsTheStreamAfterItsEvents(t *testing.T) {
	srv := newServer(t, func(ctx context.Context, c *websocket.Conn) {
		_ = write(ctx, c, event{Type: "transcript", Text: "partial"})
		c.Close(websocket.StatusInternalError, "overloaded, key "+testKey)
	})
	s := connect[event](t, testConfig(srv.URL), streamChannel(), Options{})
	events, err := collect(t, s.Recv)
	if len(events) != 1 || events[0].Text != "partial" {
		t.Errorf("events %+v", events)
	}
	closed := asError[*SocketClosedError](t, err)
	if closed.Code != 1011 || closed.Reason != "overloaded, key ***" {
		t.Errorf("close %d %q: the reason must be shown, the credential masked", closed.Code, closed.Reason)
	}
	asError[*ConnectionError](t, err)
	if _, err := s.Recv(context.Background()); !errors.Is(err, io.EOF) {
		t.Errorf("the error is reported once, then EOF: %v", err)
	}
}

func TestSessionErrorSentInTheStreamIsTheClientsStreamError(t *testing.T) {
	srv := newServer(t, func(ctx context.Context, c *websocket.Conn) {
		_ = write(ctx, c, event{Type: "transcript", Text: "before"})
		_ = write(ctx, c, map[string]any{"type": "error", "message": "bad audio from " + testKey, "status_code": 400})
		_ = write(ctx, c, event{Type: "transcript", Text: "after"})
		c.Read(ctx)
	})
	s := connect[event](t, testConfig(srv.URL), streamChannel(), Options{})
	events, err := collect(t, s.Recv)
	if len(events) != 1 || events[0].Text != "before" {
		t.Errorf("events %+v", events)
	}
	streamErr := asError[*StreamEventError](t, err)
	if !strings.Contains(streamErr.Body, `"message":"bad audio from ***"`) {
		t.Errorf("body %q: the hook gets the message, the credential masked", streamErr.Body)
	}
	if !s.IsOpen() {
		t.Errorf("an error message does not close the socket")
	}
}

func TestSessionProtocolViolationsFailTheStreamAndCloseTheSocket(t *testing.T) {
	for name, send := range map[string]func(context.Context, *websocket.Conn) error{
		"binary": func(ctx context.Context, c *websocket.Conn) error {
			return c.Write(ctx, websocket.MessageBinary, []byte{1})
		},
		"not json": func(ctx context.Context, c *websocket.Conn) error {
			return c.Write(ctx, websocket.MessageText, []byte("hello"))
		},
		"not object": func(ctx context.Context, c *websocket.Conn) error {
			return c.Write(ctx, websocket.MessageText, []byte("[1]"))
		},
		"null": func(ctx context.Context, c *websocket.Conn) error {
			return c.Write(ctx, websocket.MessageText, []byte("null"))
		},
	} {
		t.Run(name, func(t *testing.T) {
			closeCode := make(chan websocket.StatusCode, 1)
			srv := newServer(t, func(ctx context.Context, c *websocket.Conn) {
				_ = send(ctx, c)
				_, _, err := c.Read(ctx)
				closeCode <- websocket.CloseStatus(err)
			})
			s := connect[event](t, testConfig(srv.URL), streamChannel(), Options{})
			_, err := collect(t, s.Recv)
			asError[*ProtocolError](t, err)
			within(t, "the session ending", s.Done())
			if info, _ := s.CloseInfo(); info.Code != 1002 {
				t.Errorf("close info %+v", info)
			}
			if code := <-closeCode; code != websocket.StatusProtocolError {
				t.Errorf("the server saw close %v", code)
			}
		})
	}
}

func TestSessionMessageOverTheLimitClosesWith1009(t *testing.T) {
	srv := newServer(t, func(ctx context.Context, c *websocket.Conn) {
		_ = write(ctx, c, event{Type: "chunk", Data: strings.Repeat("A", 4096)})
		c.Read(ctx)
	})
	cfg := testConfig(srv.URL)
	cfg.MaxMessageBytes = 1024
	s := connect[event](t, cfg, streamChannel(), Options{})
	_, err := collect(t, s.Recv)
	closed := asError[*SocketClosedError](t, err)
	if closed.Code != MessageTooBig || !strings.Contains(closed.Reason, "1024 byte limit") {
		t.Errorf("close %d %q", closed.Code, closed.Reason)
	}
}

func TestSessionCancellingOneWaitLeavesTheSessionOpen(t *testing.T) {
	release := make(chan struct{})
	srv := newServer(t, func(ctx context.Context, c *websocket.Conn) {
		<-release
		_ = write(ctx, c, event{Type: "transcript", Text: "late"})
		c.Read(ctx)
	})
	s := connect[event](t, testConfig(srv.URL), streamChannel(), Options{})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := s.Recv(ctx)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("cancel: %v", err)
	}
	asError[*AbortError](t, err)
	short, stop := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer stop()
	_, err = s.Recv(short)
	asError[*TimeoutError](t, err)
	if !errors.Is(err, context.DeadlineExceeded) || !s.IsOpen() {
		t.Errorf("deadline: %v, open %v", err, s.IsOpen())
	}
	close(release)
	e, err := s.Recv(context.Background())
	if err != nil || e.Text != "late" {
		t.Errorf("after the cancelled waits: %+v %v", e, err)
	}
}

func TestSessionCloseEndsWaitingReadersAndItsGoroutine(t *testing.T) {
	baseline := runtime.NumGoroutine()
	func() {
		srv := newServer(t, nil)
		defer srv.Close()
		s, err := Connect[event](context.Background(), testConfig(srv.URL), streamChannel(), Options{})
		if err != nil {
			t.Fatal(err)
		}
		waiting := make(chan error, 1)
		go func() {
			_, err := s.Recv(context.Background())
			waiting <- err
		}()
		if err := s.CloseWith(4000, "finished"); err != nil {
			t.Fatal(err)
		}
		select {
		case err := <-waiting:
			if !errors.Is(err, io.EOF) {
				t.Errorf("a waiting reader got %v, not EOF", err)
			}
		case <-time.After(10 * time.Second):
			t.Fatal("Close left a reader waiting")
		}
		if info, _ := s.CloseInfo(); info != (CloseInfo{4000, "finished"}) {
			t.Errorf("close info %+v", info)
		}
		if s.IsOpen() {
			t.Error("still open")
		}
		_ = s.Close() // a second close is harmless
	}()
	noLeaks(t, baseline)
}

func TestSessionAudioDecodesBase64FieldsAndRefusesOthers(t *testing.T) {
	srv := newServer(t, func(ctx context.Context, c *websocket.Conn) {
		_ = write(ctx, c, map[string]any{"type": "chunk", "data": base64.StdEncoding.EncodeToString([]byte("pcm-1"))})
		_ = write(ctx, c, map[string]any{"type": "timestamps", "data": nil})
		_ = write(ctx, c, map[string]any{"type": "chunk", "data": base64.StdEncoding.EncodeToString([]byte("pcm-2"))})
		_ = write(ctx, c, map[string]any{"type": "chunk", "data": "not base64!"})
		c.Read(ctx)
	})
	ch := streamChannel()
	ch.Base64Fields = []string{"data"}
	s := connect[event](t, testConfig(srv.URL), ch, Options{})
	var chunks []string
	var failure error
	for chunk, err := range s.Audio(context.Background()) {
		if err != nil {
			failure = err
			break
		}
		chunks = append(chunks, string(chunk))
	}
	if strings.Join(chunks, ",") != "pcm-1,pcm-2" {
		t.Errorf("chunks %q", chunks)
	}
	asError[*ProtocolError](t, failure)
}
