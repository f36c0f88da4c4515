package core

import (
	"bufio"
	"encoding/json"
	"iter"
	"net/http"
	"strconv"
	"strings"
)

// Event is one server-sent event as received.
type Event struct {
	Event string
	Data  string
	ID    string
}

// Stream reads a server-sent event stream as typed values: `for s.Next() { use(s.Current()) }; s.Err()`, or
// `for v, err := range s.All()`. An error event ends it with a *StreamEventError. Close releases the connection.
type Stream[T any] struct {
	client *Client
	resp   *http.Response
	reader *bufio.Reader
	cur    T
	err    error
	done   bool
}

// NewStream reads resp's body as events; resp may be nil when err is not (the call failed before streaming).
func NewStream[T any](c *Client, resp *http.Response, err error) *Stream[T] {
	s := &Stream[T]{client: c, resp: resp, err: err, done: err != nil}
	if resp != nil {
		s.reader = bufio.NewReaderSize(resp.Body, 64<<10)
	}
	return s
}

// NextEvent returns the next raw event; ok is false at the end of the stream or on an error (see Err).
func (s *Stream[T]) NextEvent() (Event, bool) {
	if s.done {
		return Event{}, false
	}
	var ev Event
	var data []string
	seen := false
	for {
		line, err := s.reader.ReadString('\n')
		if err != nil && line == "" {
			s.finish(err)
			if seen && len(data) > 0 {
				ev.Data = strings.Join(data, "\n")
				return ev, true
			}
			return Event{}, false
		}
		line = strings.TrimRight(line, "\r\n")
		if line == "" {
			if seen {
				ev.Data = strings.Join(data, "\n")
				return ev, true
			}
			continue
		}
		if strings.HasPrefix(line, ":") {
			continue
		}
		field, value, _ := strings.Cut(line, ":")
		value = strings.TrimPrefix(value, " ")
		seen = true
		switch field {
		case "event":
			ev.Event = value
		case "data":
			data = append(data, value)
		case "id":
			ev.ID = value
		}
	}
}

func (s *Stream[T]) finish(err error) {
	s.done = true
	if err != nil && err.Error() != "EOF" && s.err == nil {
		s.err = err
	}
	s.Close()
}

// Next reads the next value; false at the end or on an error.
func (s *Stream[T]) Next() bool {
	for {
		ev, ok := s.NextEvent()
		if !ok {
			return false
		}
		if ev.Data == "" || ev.Data == "[DONE]" {
			continue
		}
		var fields map[string]any
		isObject := json.Unmarshal([]byte(ev.Data), &fields) == nil && fields != nil
		conv := s.client.Spec.Errors
		if ev.Event == "error" || (isObject && conv.InStreamField != "" && fields[conv.InStreamField] == conv.InStreamValue) {
			s.err = s.streamError(ev.Data, fields)
			s.finish(nil)
			return false
		}
		var value T
		if err := json.Unmarshal([]byte(ev.Data), &value); err != nil {
			s.err = &APIResponseParseError{Message: "An event's data is not the JSON the operation declares: " + err.Error(),
				Status: s.resp.StatusCode, Headers: s.resp.Header}
			s.finish(nil)
			return false
		}
		s.cur = value
		return true
	}
}

func (s *Stream[T]) streamError(data string, fields map[string]any) error {
	status := s.resp.StatusCode
	if code, ok := fields[s.client.Spec.Errors.StatusField].(float64); ok && s.client.Spec.Errors.StatusField != "" {
		status = int(code)
	}
	apiErr := s.client.describeError(status, s.resp.Header, []byte(data), "")
	if apiErr.Message == strconv.Itoa(status) {
		apiErr.Message = strconv.Itoa(status) + " The stream reported an error."
	}
	return &StreamEventError{APIError: apiErr}
}

// Current is the value Next read.
func (s *Stream[T]) Current() T { return s.cur }

// Err is the error that ended the stream, nil at a normal end.
func (s *Stream[T]) Err() error { return s.err }

// Close stops reading and releases the connection.
func (s *Stream[T]) Close() error {
	s.done = true
	if s.resp != nil {
		return s.resp.Body.Close()
	}
	return nil
}

// All yields every value, then the error that ended the stream if any; leaving the loop early closes the stream.
func (s *Stream[T]) All() iter.Seq2[T, error] {
	return func(yield func(T, error) bool) {
		defer s.Close()
		for s.Next() {
			if !yield(s.Current(), nil) {
				return
			}
		}
		if err := s.Err(); err != nil {
			var zero T
			yield(zero, err)
		}
	}
}
