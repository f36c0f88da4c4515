package realtime

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
)

// ErrContextOpen is returned by OpenContext for an id already open on the socket.
var ErrContextOpen = errors.New("a context with this id is already open on this socket")

// SocketContext is one context of a multiplexed session: its commands carry its id, and only its events arrive
// here. Generated code wraps it in the channel's typed commands.
type SocketContext[E any] struct {
	// ID names the context in every message, both ways.
	ID       string
	session  *Session[E]
	settings map[string]json.RawMessage
	queue    *queue
}

// OpenContext opens a context on a multiplexed channel. An empty id gets a random one. settings (a JSON object)
// go into the commands that repeat them (Command's withSettings).
func (s *Session[E]) OpenContext(id string, settings any) (*SocketContext[E], error) {
	if s.channel.Context == nil {
		return nil, s.cfg.Errors.Configuration("This channel has no contexts.")
	}
	fields, err := objectFields(settings)
	if err != nil {
		return nil, s.cfg.Errors.Configuration(fmt.Sprintf("The context's settings are not a JSON object: %v", err))
	}
	if id == "" {
		id = newContextID()
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, taken := s.contexts[id]; taken {
		return nil, fmt.Errorf("realtime: %q: %w", id, ErrContextOpen)
	}
	if s.info != nil || s.closing {
		return nil, newSocketClosedError(s.cfg.Errors, CloseInfo{AbnormalClosure, "the socket is closed"})
	}
	q := newQueue()
	s.contexts[id] = q
	return &SocketContext[E]{ID: id, session: s, settings: fields, queue: q}, nil
}

// OpenContexts are the ids of the contexts still receiving.
func (s *Session[E]) OpenContexts() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	ids := make([]string, 0, len(s.contexts))
	for id := range s.contexts {
		ids = append(ids, id)
	}
	return ids
}

// Ended reports whether the context has ended (its last event, an error, a cancel, or the socket closing) and
// every event of it has been read.
func (c *SocketContext[E]) Ended() bool {
	c.session.mu.Lock()
	defer c.session.mu.Unlock()
	return c.queue.ended() && len(c.queue.items) == 0
}

// Recv is the context's next event; io.EOF after its last one, and the error sent for it (or the socket's
// failure) once. ctx bounds this wait alone.
func (c *SocketContext[E]) Recv(ctx context.Context) (E, error) {
	return c.session.decode(c.session.next(ctx, c.queue))
}

// Events ranges over the context's events. Stopping the loop early releases the context (Release).
func (c *SocketContext[E]) Events(ctx context.Context) iter.Seq2[E, error] {
	return func(yield func(E, error) bool) {
		for {
			event, err := c.Recv(ctx)
			if errors.Is(err, io.EOF) {
				return
			}
			if !yield(event, err) {
				c.Release()
				return
			}
			if err != nil {
				return
			}
		}
	}
}

// Audio ranges over the decoded base64 fields (Channel.Base64Fields) of the context's events, in order: the audio,
// for text-to-speech. Stopping the loop early releases the context.
func (c *SocketContext[E]) Audio(ctx context.Context) iter.Seq2[[]byte, error] {
	return c.session.audio(ctx, c.queue, c.Release)
}

// Audio ranges over the decoded base64 fields of the session's own events (those of no context).
func (s *Session[E]) Audio(ctx context.Context) iter.Seq2[[]byte, error] {
	return s.audio(ctx, s.events, func() {})
}

func (s *Session[E]) audio(ctx context.Context, q *queue, release func()) iter.Seq2[[]byte, error] {
	return func(yield func([]byte, error) bool) {
		for {
			m, err := s.next(ctx, q)
			if errors.Is(err, io.EOF) {
				return
			}
			if err != nil {
				yield(nil, err)
				return
			}
			for _, field := range s.channel.Base64Fields {
				chunk, present, err := base64Field(m, field)
				if !present && err == nil {
					continue
				}
				if !yield(chunk, err) {
					release()
					return
				}
				if err != nil {
					return
				}
			}
		}
	}
}

// Release stops receiving for the context and drops what of it is unread (the session would otherwise hold it,
// and pause the socket for it). The context itself goes on at the server unless cancelled.
func (c *SocketContext[E]) Release() {
	s := c.session
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.contexts[c.ID] == c.queue {
		delete(s.contexts, c.ID)
	}
	size := 0
	for _, m := range c.queue.items {
		size += len(m.data)
	}
	c.queue.items = nil
	if !c.queue.ended() {
		c.queue.finished = true
	}
	c.queue.notify()
	s.take(size)
}

// Command sends a JSON command for the context: its settings when withSettings, then fields (a JSON object, or
// nil), then the fields the protocol fixes (set), and the context id. endsContext: nothing more will arrive
// for it (a cancel), so it ends here.
func (c *SocketContext[E]) Command(ctx context.Context, fields any, set map[string]any, withSettings, endsContext bool) error {
	s := c.session
	var base map[string]json.RawMessage
	if withSettings {
		base = c.settings
	}
	id := map[string]any{s.channel.Context.IDField: c.ID}
	merged, err := commandMessage(s.cfg.Errors, base, fields, set, id)
	if err != nil {
		return err
	}
	if err := s.SendJSON(ctx, merged); err != nil {
		return err
	}
	if endsContext {
		s.mu.Lock()
		if s.contexts[c.ID] == c.queue {
			delete(s.contexts, c.ID)
		}
		if !c.queue.ended() {
			c.queue.finished = true
			c.queue.notify()
		}
		s.mu.Unlock()
	}
	return nil
}

// Send sends one of the channel's commands for the context: argument fills cmd.Argument, fields are the caller's
// optional fields (a JSON object, or nil).
func (c *SocketContext[E]) Send(ctx context.Context, cmd *Command, argument any, fields any) error {
	if cmd.Text != "" {
		return c.session.SendText(ctx, cmd.Text)
	}
	return c.Command(ctx, withArgument(cmd, argument, fields), cmd.Set, cmd.WithSettings, cmd.EndsContext)
}

// Send sends one of the channel's commands on the session: its literal text, or a JSON message of fields, the
// argument (into cmd.Argument) and the fields the protocol fixes.
func (s *Session[E]) Send(ctx context.Context, cmd *Command, argument any, fields any) error {
	if cmd.Text != "" {
		return s.SendText(ctx, cmd.Text)
	}
	merged, err := commandMessage(s.cfg.Errors, nil, withArgument(cmd, argument, fields), cmd.Set, nil)
	if err != nil {
		return err
	}
	return s.SendJSON(ctx, merged)
}

// withArgument is the caller's fields with the command's argument field set.
func withArgument(cmd *Command, argument any, fields any) []any {
	if cmd.Argument == "" {
		return []any{fields}
	}
	if argument == nil {
		argument = cmd.ArgumentDefault
	}
	return []any{fields, map[string]any{cmd.Argument: argument}}
}

// commandMessage merges JSON objects into one message, later fields replacing earlier ones: settings, the
// caller's fields (one value or a list of them), the fixed fields, then extra (the context id).
func commandMessage(errs Errors, settings map[string]json.RawMessage, fields any, set, extra map[string]any) (map[string]json.RawMessage, error) {
	merged := map[string]json.RawMessage{}
	for k, v := range settings {
		merged[k] = v
	}
	parts, listed := fields.([]any)
	if !listed {
		parts = []any{fields}
	}
	for _, part := range parts {
		given, err := objectFields(part)
		if err != nil {
			return nil, errs.Configuration(fmt.Sprintf("The command's fields are not a JSON object: %v", err))
		}
		for k, v := range given {
			merged[k] = v
		}
	}
	for _, fixed := range []map[string]any{set, extra} {
		for k, v := range fixed {
			raw, err := json.Marshal(v)
			if err != nil {
				return nil, errs.Configuration(fmt.Sprintf("The command's field %q cannot be sent as JSON: %v", k, err))
			}
			merged[k] = raw
		}
	}
	return merged, nil
}

// objectFields is a value's JSON object as its fields; nil gives none.
func objectFields(value any) (map[string]json.RawMessage, error) {
	if value == nil {
		return nil, nil
	}
	data, err := json.Marshal(value)
	if err != nil {
		return nil, err
	}
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(data, &fields); err != nil {
		return nil, err
	}
	return fields, nil
}

// base64Field decodes a message's base64 field; present is false when it is absent or null.
func base64Field(m message, field string) (chunk []byte, present bool, err error) {
	raw, ok := m.fields[field]
	if !ok || string(raw) == "null" {
		return nil, false, nil
	}
	var text string
	if json.Unmarshal(raw, &text) == nil {
		if chunk, err = base64.StdEncoding.DecodeString(text); err == nil {
			return chunk, true, nil
		}
	}
	return nil, true, &ProtocolError{fmt.Sprintf("The server sent a %q field that is not base64 text.", field)}
}

// newContextID is a random UUID (version 4).
func newContextID() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:16])
}
