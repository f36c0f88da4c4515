package realtime

// Multiplexed sessions: contexts on one socket, each with its own events, audio and errors; the commands a
// context sends; how contexts end (their end field, a cancel, an error, the socket closing); memory bounds.

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/coder/websocket"
)

// The commands of the test channel, as generated code declares them.
var (
	pushCommand   = &Command{Argument: "transcript", Set: map[string]any{"continue": true}, WithSettings: true}
	endCommand    = &Command{Argument: "transcript", ArgumentDefault: "", Set: map[string]any{"continue": false}, WithSettings: true}
	cancelCommand = &Command{Set: map[string]any{"cancel": true}, EndsContext: true}
)

type settings struct {
	Model string `json:"model"`
	Voice string `json:"voice"`
}

// speaker answers each command carrying `transcript` with one audio chunk per word, interleaving the contexts it
// serves, and `done` when the command does not continue; it records every command.
type speaker struct {
	mu       sync.Mutex
	commands []map[string]any
}

func (sp *speaker) serve(ctx context.Context, c *websocket.Conn) {
	for {
		_, data, err := c.Read(ctx)
		if err != nil {
			return
		}
		var command map[string]any
		_ = json.Unmarshal(data, &command)
		sp.mu.Lock()
		sp.commands = append(sp.commands, command)
		sp.mu.Unlock()
		id := command["context_id"]
		if command["cancel"] == true {
			continue
		}
		transcript, _ := command["transcript"].(string)
		for _, word := range strings.Fields(transcript) {
			audio := base64.StdEncoding.EncodeToString([]byte(fmt.Sprintf("%v:%s", id, word)))
			_ = write(ctx, c, map[string]any{"type": "chunk", "context_id": id, "data": audio})
		}
		if command["continue"] == false {
			_ = write(ctx, c, map[string]any{"type": "done", "context_id": id, "done": true})
		}
	}
}

func audioOf(t *testing.T, c *SocketContext[event]) (string, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	var all bytes.Buffer
	for chunk, err := range c.Audio(ctx) {
		if err != nil {
			return all.String(), err
		}
		all.Write(chunk)
		all.WriteByte(' ')
	}
	return all.String(), nil
}

func TestContextsEachReceiveTheirOwnEventsAndAudio(t *testing.T) {
	sp := &speaker{}
	srv := newServer(t, sp.serve)
	s := connect[event](t, testConfig(srv.URL), testChannel(), Options{})
	ctx := context.Background()
	a, err := s.OpenContext("a", settings{"m-1", "v-1"})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := s.OpenContext("", settings{"m-2", "v-2"})
	if len(b.ID) != 36 || b.ID[14] != '4' {
		t.Errorf("generated id %q is not a UUID v4", b.ID)
	}
	if _, err := s.OpenContext("a", nil); !errors.Is(err, ErrContextOpen) {
		t.Errorf("a second context with the same id: %v", err)
	}
	// push: settings, the argument, the fixed fields; end: the same with continue false.
	for _, step := range []struct {
		c       *SocketContext[event]
		command *Command
		text    string
	}{{a, pushCommand, "one two"}, {b, pushCommand, "uno"}, {a, endCommand, "three"}, {b, endCommand, "dos tres"}} {
		// The caller's optional fields go in too; the argument and the fixed fields win over them.
		fields := map[string]any{"speed": 1.5, "transcript": "overridden"}
		if err := step.c.Send(ctx, step.command, step.text, fields); err != nil {
			t.Fatal(err)
		}
	}
	gotA, errA := audioOf(t, a)
	gotB, errB := audioOf(t, b)
	if errA != nil || errB != nil || gotA != "a:one a:two a:three " || gotB != b.ID+":uno "+b.ID+":dos "+b.ID+":tres " {
		t.Errorf("audio a %q (%v), b %q (%v)", gotA, errA, gotB, errB)
	}
	if !a.Ended() || !b.Ended() || len(s.OpenContexts()) != 0 {
		t.Errorf("ended %v %v, open %v", a.Ended(), b.Ended(), s.OpenContexts())
	}
	sp.mu.Lock()
	first, _ := json.Marshal(sp.commands[0])
	sp.mu.Unlock()
	if string(first) != `{"context_id":"a","continue":true,"model":"m-1","speed":1.5,"transcript":"one two","voice":"v-1"}` {
		t.Errorf("command %s", first)
	}
}

func TestContextEventsEndAtTheirEndFieldAndRangeAsTypedEvents(t *testing.T) {
	sp := &speaker{}
	srv := newServer(t, sp.serve)
	s := connect[event](t, testConfig(srv.URL), testChannel(), Options{})
	c, _ := s.OpenContext("ctx", settings{"m", "v"})
	_ = c.Command(context.Background(), map[string]any{"transcript": "hi there"}, map[string]any{"continue": false}, false, false)
	var kinds []string
	for e, err := range c.Events(context.Background()) {
		if err != nil {
			t.Fatal(err)
		}
		kinds = append(kinds, e.Type+"/"+e.ContextID)
	}
	if strings.Join(kinds, ",") != "chunk/ctx,chunk/ctx,done/ctx" {
		t.Errorf("events %q", kinds)
	}
	sp.mu.Lock()
	defer sp.mu.Unlock()
	if _, sent := sp.commands[0]["model"]; sent {
		t.Errorf("settings sent though withSettings is false: %v", sp.commands[0])
	}
}

func TestContextCancelEndsItAndErrorsReachTheirContexts(t *testing.T) {
	script := make(chan map[string]any, 8)
	srv := newServer(t, func(ctx context.Context, c *websocket.Conn) {
		for m := range script {
			if m == nil {
				c.Close(websocket.StatusNormalClosure, "")
				return
			}
			_ = write(ctx, c, m)
		}
	})
	s := connect[event](t, testConfig(srv.URL), testChannel(), Options{})
	a, _ := s.OpenContext("a", nil)
	b, _ := s.OpenContext("b", nil)
	c, _ := s.OpenContext("c", nil)
	d, _ := s.OpenContext("d", nil)
	if err := d.Send(context.Background(), cancelCommand, nil, nil); err != nil {
		t.Fatal(err)
	}
	script <- map[string]any{"type": "chunk", "context_id": "a", "data": "QQ=="}
	script <- map[string]any{"type": "error", "context_id": "a", "message": "bad voice"}
	script <- map[string]any{"type": "chunk", "context_id": "d", "data": "QQ=="} // after its cancel: dropped
	events, err := collect(t, a.Recv)
	if len(events) != 1 || !strings.Contains(asError[*StreamEventError](t, err).Body, "bad voice") {
		t.Errorf("a: %v %v", events, err)
	}
	if events, err := collect(t, d.Recv); len(events) != 0 || err != nil {
		t.Errorf("cancelled d: %v %v", events, err)
	}
	// An error naming no context fails every open one.
	script <- map[string]any{"type": "error", "message": "quota exceeded"}
	for _, open := range []*SocketContext[event]{b, c} {
		_, err := collect(t, open.Recv)
		asError[*StreamEventError](t, err)
	}
	close(script)
}

func TestContextsStillOpenWhenTheServerClosesAreCutShort(t *testing.T) {
	srv := newServer(t, func(ctx context.Context, c *websocket.Conn) {
		_ = write(ctx, c, map[string]any{"type": "chunk", "context_id": "a", "data": "QQ=="})
		c.Close(websocket.StatusNormalClosure, "maintenance")
	})
	s := connect[event](t, testConfig(srv.URL), testChannel(), Options{})
	a, _ := s.OpenContext("a", nil)
	events, err := collect(t, a.Recv)
	closed := asError[*SocketClosedError](t, err)
	if len(events) != 1 || closed.Code != 1000 || closed.Reason != "maintenance" {
		t.Errorf("events %v, close %d %q", events, closed.Code, closed.Reason)
	}
	if _, err := s.OpenContext("late", nil); !errors.As(err, new(*SocketClosedError)) {
		t.Errorf("a context on a closed socket: %v", err)
	}
}

func TestContextsEndNormallyWhenTheClientCloses(t *testing.T) {
	srv := newServer(t, nil)
	s := connect[event](t, testConfig(srv.URL), testChannel(), Options{})
	a, _ := s.OpenContext("a", nil)
	_ = s.Close()
	if events, err := collect(t, a.Recv); len(events) != 0 || err != nil {
		t.Errorf("after Close: %v %v", events, err)
	}
	err := a.Command(context.Background(), nil, nil, false, false)
	asError[*SocketClosedError](t, err)
}

func TestUnreadEventsPauseTheSocketAndReleaseFreesThem(t *testing.T) {
	const size, total = 64 << 10, 96 // 6 MiB, more than pauseAt
	chunk := strings.Repeat("A", size-64)
	srv := newServer(t, func(ctx context.Context, c *websocket.Conn) {
		for i := 0; i < total; i++ {
			if write(ctx, c, map[string]any{"type": "chunk", "context_id": "big", "data": chunk}) != nil {
				return
			}
		}
		_ = write(ctx, c, map[string]any{"type": "done", "context_id": "big", "done": true})
		_ = write(ctx, c, map[string]any{"type": "chunk", "context_id": "other", "data": "QQ=="})
		c.Read(ctx)
	})
	s := connect[event](t, testConfig(srv.URL), testChannel(), Options{})
	big, _ := s.OpenContext("big", nil)
	other, _ := s.OpenContext("other", nil)
	waitFor(t, "the session to buffer past its pause threshold", func() bool {
		s.mu.Lock()
		defer s.mu.Unlock()
		return s.buffered > pauseAt
	})
	events, err := collect(t, big.Recv)
	if err != nil || len(events) != total+1 {
		t.Fatalf("%d events, %v", len(events), err)
	}
	s.mu.Lock()
	peak := s.peak
	s.mu.Unlock()
	if peak > pauseAt+size {
		t.Errorf("held %d bytes at once: the socket was not paused at %d", peak, pauseAt)
	}
	// A released context's unread events are dropped and stop counting.
	other.Release()
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.buffered != 0 {
		t.Errorf("%d bytes still held", s.buffered)
	}
}

func TestStoppingARangeEarlyReleasesTheContext(t *testing.T) {
	sp := &speaker{}
	srv := newServer(t, sp.serve)
	s := connect[event](t, testConfig(srv.URL), testChannel(), Options{})
	c, _ := s.OpenContext("early", nil)
	_ = c.Command(context.Background(), map[string]any{"transcript": "a b c d"}, map[string]any{"continue": true}, false, false)
	for chunk, err := range c.Audio(context.Background()) {
		if err != nil || string(chunk) != "early:a" {
			t.Fatalf("first chunk %q %v", chunk, err)
		}
		break
	}
	if ids := s.OpenContexts(); len(ids) != 0 {
		t.Errorf("still routed: %v", ids)
	}
	if !c.Ended() {
		t.Error("a released context has ended")
	}
}

func TestManyContextsConcurrentlyThenCloseLeaveNoGoroutine(t *testing.T) {
	baseline := runtime.NumGoroutine()
	func() {
		sp := &speaker{}
		srv := newServer(t, sp.serve)
		defer srv.Close()
		s, err := Connect[event](context.Background(), testConfig(srv.URL), testChannel(), Options{})
		if err != nil {
			t.Fatal(err)
		}
		var wg sync.WaitGroup
		results := make([]string, 20)
		for i := range results {
			wg.Add(1)
			go func() {
				defer wg.Done()
				c, err := s.OpenContext(fmt.Sprintf("c%02d", i), settings{"m", "v"})
				if err != nil {
					results[i] = err.Error()
					return
				}
				_ = c.Command(context.Background(), map[string]any{"transcript": "x y"}, map[string]any{"continue": false}, true, false)
				results[i], _ = audioOf(t, c)
			}()
		}
		wg.Wait()
		for i, got := range results {
			if want := fmt.Sprintf("c%02d:x c%02d:y ", i, i); got != want {
				t.Errorf("context %d: %q", i, got)
			}
		}
		// Readers still waiting on contexts the server never finishes are ended by Close.
		pending, _ := s.OpenContext("pending", nil)
		ended := make(chan error, 1)
		go func() {
			_, err := collect(t, pending.Recv)
			ended <- err
		}()
		_ = s.Close()
		if err := <-ended; err != nil {
			t.Errorf("pending reader: %v", err)
		}
	}()
	noLeaks(t, baseline)
}

func TestCloseWhilePausedEndsPromptly(t *testing.T) {
	baseline := runtime.NumGoroutine()
	func() {
		chunk := strings.Repeat("A", 64<<10)
		srv := newServer(t, func(ctx context.Context, c *websocket.Conn) {
			go c.Read(ctx) // answers the client's close
			for write(ctx, c, map[string]any{"type": "chunk", "context_id": "flood", "data": chunk}) == nil {
			}
		})
		defer srv.Close()
		s, err := Connect[event](context.Background(), testConfig(srv.URL), testChannel(), Options{})
		if err != nil {
			t.Fatal(err)
		}
		flood, _ := s.OpenContext("flood", nil)
		waitFor(t, "the session to pause", func() bool {
			s.mu.Lock()
			defer s.mu.Unlock()
			return s.buffered > pauseAt
		})
		closed := make(chan struct{})
		go func() {
			_ = s.Close()
			close(closed)
		}()
		within(t, "Close of a paused session", closed)
		// What arrived before the close is still read, then the context ends normally.
		if events, err := collect(t, flood.Recv); err != nil || len(events) == 0 {
			t.Errorf("after Close: %d events, %v", len(events), err)
		}
	}()
	noLeaks(t, baseline)
}

func TestCommandArgumentLeftOutTakesItsDefault(t *testing.T) {
	sp := &speaker{}
	srv := newServer(t, sp.serve)
	s := connect[event](t, testConfig(srv.URL), testChannel(), Options{})
	c, _ := s.OpenContext("d", settings{"m", "v"})
	if err := c.Send(context.Background(), endCommand, nil, nil); err != nil {
		t.Fatal(err)
	}
	if events, err := collect(t, c.Recv); err != nil || len(events) != 1 || !events[0].Done {
		t.Fatalf("events %+v, %v", events, err)
	}
	sp.mu.Lock()
	defer sp.mu.Unlock()
	sent, _ := json.Marshal(sp.commands[0])
	if string(sent) != `{"context_id":"d","continue":false,"model":"m","transcript":"","voice":"v"}` {
		t.Errorf("sent %s", sent)
	}
}
