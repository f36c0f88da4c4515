package realtime

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"sync"

	"github.com/coder/websocket"
)

// Unread bytes a session may hold for slow readers: above pauseAt it stops reading the socket (the server then
// slows down) until readers bring it under resumeAt. Memory stays bounded whatever the readers do.
const (
	pauseAt  = 4 << 20
	resumeAt = 1 << 20
)

// Session is one open socket of a channel. A goroutine of its own reads the socket and routes each message: to the
// context it names (OpenContext), or to the session's own stream (Recv, Events). Close ends that goroutine.
type Session[E any] struct {
	conn     *websocket.Conn
	cfg      *Config
	channel  *Channel
	redact   redactor
	maxBytes int64

	mu       sync.Mutex
	events   *queue
	contexts map[string]*queue
	buffered int
	peak     int           // the most buffered at once: what the pause bounds
	drained  chan struct{} // closed and replaced whenever readers take events
	closing  bool
	sent     CloseInfo // the close the client asked for, once closing
	info     *CloseInfo
	quit     chan struct{} // closed by Close: a paused reader stops waiting
	stopped  chan struct{} // closed once the reading goroutine has ended and every stream is over
}

// message is one JSON object the server sent: its text and its top-level fields.
type message struct {
	data   []byte
	fields map[string]json.RawMessage
}

// queue holds the messages of one reader: what arrived, then its end or an error (reported once, after them).
type queue struct {
	items    []message
	finished bool
	err      error
	changed  chan struct{} // closed and replaced on every change
}

func newQueue() *queue { return &queue{changed: make(chan struct{})} }

func (q *queue) ended() bool { return q.finished || q.err != nil }

func (q *queue) notify() {
	close(q.changed)
	q.changed = make(chan struct{})
}

func newSession[E any](conn *websocket.Conn, cfg *Config, ch *Channel, maxBytes int64) *Session[E] {
	s := &Session[E]{
		conn:     conn,
		cfg:      cfg,
		channel:  ch,
		redact:   newRedactor(cfg),
		maxBytes: maxBytes,
		events:   newQueue(),
		contexts: map[string]*queue{},
		drained:  make(chan struct{}),
		quit:     make(chan struct{}),
		stopped:  make(chan struct{}),
	}
	go s.read()
	return s
}

// Conn is the underlying connection, for what the typed API does not cover.
func (s *Session[E]) Conn() *websocket.Conn { return s.conn }

// Done is closed once the socket has closed and the session's goroutine has ended.
func (s *Session[E]) Done() <-chan struct{} { return s.stopped }

// CloseInfo is how the socket closed; false while it is open.
func (s *Session[E]) CloseInfo() (CloseInfo, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.info == nil {
		return CloseInfo{}, false
	}
	return *s.info, true
}

// IsOpen reports whether commands can still be sent.
func (s *Session[E]) IsOpen() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.info == nil && !s.closing
}

// Close closes the socket normally (1000). Streams still open end normally.
func (s *Session[E]) Close() error { return s.CloseWith(NormalClosure, "") }

// CloseWith closes the socket with a code and reason, and returns once the session's goroutine has ended.
func (s *Session[E]) CloseWith(code int, reason string) error {
	s.mu.Lock()
	first := !s.closing && s.info == nil
	if first {
		s.closing = true
		s.sent = CloseInfo{code, reason}
		close(s.quit)
	}
	s.mu.Unlock()
	if first {
		// The close handshake's own errors say nothing the caller can act on: the socket is closed either way.
		_ = s.conn.Close(websocket.StatusCode(code), reason)
		s.finish(s.sent)
	}
	<-s.stopped
	return nil
}

// SendJSON sends a value as one JSON text message.
func (s *Session[E]) SendJSON(ctx context.Context, value any) error {
	data, err := json.Marshal(value)
	if err != nil {
		return s.cfg.Errors.Configuration(fmt.Sprintf("The message cannot be sent as JSON: %v", err))
	}
	return s.send(ctx, websocket.MessageText, data)
}

// SendText sends a literal text message.
func (s *Session[E]) SendText(ctx context.Context, text string) error {
	return s.send(ctx, websocket.MessageText, []byte(text))
}

// SendAudio sends one binary message.
func (s *Session[E]) SendAudio(ctx context.Context, chunk []byte) error {
	return s.send(ctx, websocket.MessageBinary, chunk)
}

// StreamAudio sends what r holds as binary messages of at most chunkSize bytes, until EOF. It stops early, without
// error, if the session closes.
func (s *Session[E]) StreamAudio(ctx context.Context, r io.Reader, chunkSize int) error {
	if chunkSize <= 0 {
		chunkSize = 32 << 10
	}
	buf := make([]byte, chunkSize)
	for {
		n, err := r.Read(buf)
		if n > 0 {
			if !s.IsOpen() {
				return nil
			}
			if sendErr := s.SendAudio(ctx, buf[:n]); sendErr != nil {
				return sendErr
			}
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// send writes one message. A context cancelled mid-write closes the socket (a half-written frame cannot be taken
// back); one cancelled before it starts leaves the socket open.
func (s *Session[E]) send(ctx context.Context, typ websocket.MessageType, data []byte) error {
	if err := ctx.Err(); err != nil {
		return s.contextError(ctx, "sending")
	}
	if !s.IsOpen() {
		return s.closedError()
	}
	if err := s.conn.Write(ctx, typ, data); err != nil {
		if ctx.Err() != nil {
			return s.contextError(ctx, "sending")
		}
		return s.closedError()
	}
	return nil
}

func (s *Session[E]) closedError() error {
	info, closed := s.CloseInfo()
	if !closed {
		info = CloseInfo{AbnormalClosure, "the socket is not open"}
	}
	return newSocketClosedError(s.cfg.Errors, info)
}

func (s *Session[E]) contextError(ctx context.Context, what string) error {
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return s.cfg.Errors.Timeout(fmt.Sprintf("The deadline passed while %s on the WebSocket; the session is still open.", what), ctx.Err())
	}
	return s.cfg.Errors.Aborted(ctx.Err())
}

// Recv is the session's next event (those that belong to no context, on a multiplexed channel). It returns io.EOF
// once the stream has ended, and the error the server sent or the socket's failure once, after the events before
// it. ctx bounds this wait alone: the session stays open.
func (s *Session[E]) Recv(ctx context.Context) (E, error) {
	return s.decode(s.next(ctx, s.events))
}

// Events ranges over Recv until the stream ends; an error ends it after being yielded.
func (s *Session[E]) Events(ctx context.Context) iter.Seq2[E, error] {
	return func(yield func(E, error) bool) {
		for {
			event, err := s.Recv(ctx)
			if errors.Is(err, io.EOF) || !yield(event, err) || err != nil {
				return
			}
		}
	}
}

func (s *Session[E]) decode(m message, err error) (E, error) {
	var event E
	if err != nil {
		return event, err
	}
	if err := json.Unmarshal(m.data, &event); err != nil {
		return event, &ProtocolError{fmt.Sprintf("The server sent a message that does not fit %T: %v", event, err)}
	}
	return event, nil
}

// next waits for the next message of a queue.
func (s *Session[E]) next(ctx context.Context, q *queue) (message, error) {
	for {
		s.mu.Lock()
		if len(q.items) > 0 {
			m := q.items[0]
			q.items[0] = message{}
			q.items = q.items[1:]
			s.take(len(m.data))
			s.mu.Unlock()
			return m, nil
		}
		if q.err != nil {
			err := q.err
			q.err, q.finished = nil, true
			s.mu.Unlock()
			return message{}, err
		}
		if q.finished {
			s.mu.Unlock()
			return message{}, io.EOF
		}
		changed := q.changed
		s.mu.Unlock()
		select {
		case <-changed:
		case <-ctx.Done():
			return message{}, s.contextError(ctx, "waiting for a message")
		}
	}
}

// take counts bytes readers took off the session (called with the lock held), waking a paused reading goroutine.
func (s *Session[E]) take(size int) {
	s.buffered -= size
	if s.buffered < resumeAt {
		close(s.drained)
		s.drained = make(chan struct{})
	}
}
