package realtime

// The session's reading goroutine: it reads each message, routes it to its reader, pauses while too much is
// unread, and ends every stream when the socket closes.

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/coder/websocket"
)

// read is the session's goroutine: it reads every message until the socket closes.
func (s *Session[E]) read() {
	defer close(s.stopped)
	for {
		typ, data, err := s.conn.Read(context.Background())
		if err != nil {
			s.finish(s.closeInfoOf(err))
			return
		}
		if typ != websocket.MessageText {
			s.protocolError("The server sent a binary message where JSON text was expected.")
			return
		}
		var fields map[string]json.RawMessage
		if err := json.Unmarshal(data, &fields); err != nil || fields == nil {
			s.protocolError(fmt.Sprintf("The server sent a message that is not a JSON object (%d bytes).", len(data)))
			return
		}
		s.route(message{data, fields})
		if !s.waitForReaders() {
			return
		}
	}
}

// waitForReaders pauses the reading goroutine while too much is unread; false once the session is closing.
func (s *Session[E]) waitForReaders() bool {
	for {
		s.mu.Lock()
		if s.buffered <= pauseAt {
			s.mu.Unlock()
			return true
		}
		drained := s.drained
		s.mu.Unlock()
		select {
		case <-drained:
		case <-s.quit:
			// Close reads the server's answer to its close itself.
			return false
		}
	}
}

func (s *Session[E]) protocolError(text string) {
	s.mu.Lock()
	s.failAll(&ProtocolError{text})
	s.mu.Unlock()
	_ = s.conn.Close(ProtocolFailure, "protocol error")
	s.finish(CloseInfo{ProtocolFailure, "protocol error"})
}

func (s *Session[E]) closeInfoOf(err error) CloseInfo {
	if errors.Is(err, websocket.ErrMessageTooBig) {
		return CloseInfo{MessageTooBig, fmt.Sprintf("message too big: the server sent a message over the %d byte limit", s.maxBytes)}
	}
	var closeErr websocket.CloseError
	if errors.As(err, &closeErr) {
		return CloseInfo{int(closeErr.Code), closeErr.Reason}
	}
	return CloseInfo{AbnormalClosure, ""}
}

// route hands a message to its reader.
func (s *Session[E]) route(m message) {
	var failure error
	if marker := s.cfg.InStream; marker != nil {
		var value string
		if raw, ok := m.fields[marker.Field]; ok && json.Unmarshal(raw, &value) == nil && value == marker.Value {
			failure = s.cfg.Errors.InStream(s.redact.bytes(m.data))
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	spec := s.channel.Context
	if spec == nil {
		s.deliver(s.events, m, failure)
		return
	}
	raw, named := m.fields[spec.IDField]
	var id string
	if named && json.Unmarshal(raw, &id) != nil {
		named = false
	}
	switch q := s.contexts[id]; {
	case named && q != nil:
		s.deliver(q, m, failure)
		// An error ends the context whatever its end field says: nothing more of it will be read.
		if failure != nil || (spec.EndField != "" && string(m.fields[spec.EndField]) == "true") {
			q.finished = q.finished || q.err == nil
			q.notify()
			delete(s.contexts, id)
		}
	case !named:
		if failure != nil {
			// An error that names no context concerns them all.
			for key, other := range s.contexts {
				s.deliver(other, message{}, failure)
				delete(s.contexts, key)
			}
		}
		s.deliver(s.events, m, failure)
	}
	// Messages of contexts nobody reads any more are dropped.
}

// deliver queues a message or an error (called with the lock held).
func (s *Session[E]) deliver(q *queue, m message, failure error) {
	if q.ended() {
		return
	}
	if failure != nil {
		q.err = failure
	} else {
		q.items = append(q.items, m)
		s.buffered += len(m.data)
		s.peak = max(s.peak, s.buffered)
	}
	q.notify()
}

// failAll fails every open stream (called with the lock held).
func (s *Session[E]) failAll(err error) {
	for id, q := range s.contexts {
		s.deliver(q, message{}, err)
		delete(s.contexts, id)
	}
	s.deliver(s.events, message{}, err)
}

// finish records how the socket closed and ends the streams still open.
func (s *Session[E]) finish(info CloseInfo) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.info != nil {
		return
	}
	byClient := s.closing
	if byClient {
		info = s.sent
	}
	info.Reason = s.redact.text(info.Reason)
	s.info = &info
	// A context still waiting for its last event when the server closes (whatever the code) was cut short.
	for id, q := range s.contexts {
		s.end(q, byClient, info)
		delete(s.contexts, id)
	}
	// A normal closure by the server ends the session's own stream normally: that is how protocols say "done".
	s.end(s.events, byClient || info.Code == NormalClosure, info)
}

func (s *Session[E]) end(q *queue, clean bool, info CloseInfo) {
	if q.ended() {
		return
	}
	if clean {
		q.finished = true
		q.notify()
	} else {
		s.deliver(q, message{}, newSocketClosedError(s.cfg.Errors, info))
	}
}
