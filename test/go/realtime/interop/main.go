// Command interop drives the realtime runtime against the project's realtime emulator, from data alone: the
// scenario on stdin holds the client's Config and the channel as the IR describes them (test/go/emulator-interop.test.ts
// builds it from spec/cartesia.yaml), and what happened is written to stdout as JSON.
package main

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"sync"
	"time"

	"realtimetest/realtime"
)

type contextScript struct {
	ID       string          `json:"id"`
	Settings json.RawMessage `json:"settings"`
	Pieces   []string        `json:"pieces"`
	// The last command: "end" (its audio comes, then done) or "cancel".
	Last string `json:"last"`
}

type scenario struct {
	Config             realtime.Config              `json:"config"`
	Channel            realtime.Channel             `json:"channel"`
	Commands           map[string]*realtime.Command `json:"commands"`
	Query              map[string][]string          `json:"query"`
	CredentialsInQuery bool                         `json:"credentialsInQuery"`
	Contexts           []contextScript              `json:"contexts"`
	// Single-stream channels: audio to send (base64), then these commands, then every event to the end.
	Audio     string   `json:"audio"`
	ChunkSize int      `json:"chunkSize"`
	Then      []string `json:"then"`
}

type contextResult struct {
	ID     string   `json:"id"`
	Audio  string   `json:"audio"` // base64 of every chunk, concatenated
	Chunks int      `json:"chunks"`
	Error  *failure `json:"error,omitempty"`
}

type failure struct {
	Type    string `json:"type"`
	Message string `json:"message"`
	Status  int    `json:"status,omitempty"`
	Code    int    `json:"code,omitempty"`
}

type result struct {
	Connect  *failure            `json:"connect,omitempty"`
	Contexts []contextResult     `json:"contexts,omitempty"`
	Events   []json.RawMessage   `json:"events,omitempty"`
	Error    *failure            `json:"error,omitempty"`
	Close    *realtime.CloseInfo `json:"close,omitempty"`
}

func main() {
	var sc scenario
	if err := json.NewDecoder(os.Stdin).Decode(&sc); err != nil {
		fmt.Fprintln(os.Stderr, "scenario:", err)
		os.Exit(2)
	}
	sc.Config.Errors = clientErrors{}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	out := run(ctx, &sc)
	_ = json.NewEncoder(os.Stdout).Encode(out)
}

func run(ctx context.Context, sc *scenario) result {
	var out result
	session, err := realtime.Connect[json.RawMessage](ctx, &sc.Config, &sc.Channel, realtime.Options{
		Query: sc.Query, CredentialsInQuery: sc.CredentialsInQuery,
	})
	if err != nil {
		out.Connect = describe(err)
		return out
	}
	if sc.Channel.Context != nil {
		out.Contexts = runContexts(ctx, sc, session)
		_ = session.Close()
	} else {
		out.Events, out.Error = runStream(ctx, sc, session)
		<-session.Done()
	}
	if info, closed := session.CloseInfo(); closed {
		out.Close = &info
	}
	return out
}

func runContexts(ctx context.Context, sc *scenario, session *realtime.Session[json.RawMessage]) []contextResult {
	results := make([]contextResult, len(sc.Contexts))
	sendErrors := make([]*failure, len(sc.Contexts))
	var wg sync.WaitGroup
	for i, script := range sc.Contexts {
		var settings any
		if len(script.Settings) > 0 {
			settings = script.Settings
		}
		c, err := session.OpenContext(script.ID, settings)
		if err != nil {
			results[i] = contextResult{ID: script.ID, Error: describe(err)}
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = readAudio(ctx, c)
		}()
		for _, piece := range script.Pieces {
			if err := c.Send(ctx, sc.Commands["push"], piece, nil); err != nil {
				sendErrors[i] = describe(err)
			}
		}
		// The last command's argument is left out: "end" sends its default (an empty transcript).
		if err := c.Send(ctx, sc.Commands[script.Last], nil, nil); err != nil {
			sendErrors[i] = describe(err)
		}
	}
	wg.Wait()
	for i, failed := range sendErrors {
		if failed != nil {
			results[i].Error = failed
		}
	}
	return results
}

func readAudio(ctx context.Context, c *realtime.SocketContext[json.RawMessage]) contextResult {
	r := contextResult{ID: c.ID}
	var audio []byte
	for chunk, err := range c.Audio(ctx) {
		if err != nil {
			r.Error = describe(err)
			break
		}
		audio = append(audio, chunk...)
		r.Chunks++
	}
	r.Audio = base64.StdEncoding.EncodeToString(audio)
	return r
}

func runStream(ctx context.Context, sc *scenario, session *realtime.Session[json.RawMessage]) ([]json.RawMessage, *failure) {
	audio, _ := base64.StdEncoding.DecodeString(sc.Audio)
	var events []json.RawMessage
	done := make(chan *failure, 1)
	go func() {
		for event, err := range session.Events(ctx) {
			if err != nil {
				done <- describe(err)
				return
			}
			events = append(events, event)
		}
		done <- nil
	}()
	if err := session.StreamAudio(ctx, bytes.NewReader(audio), sc.ChunkSize); err != nil {
		return nil, describe(err)
	}
	for _, name := range sc.Then {
		if err := session.Send(ctx, sc.Commands[name], nil, nil); err != nil {
			return nil, describe(err)
		}
	}
	failed := <-done
	return events, failed
}

func describe(err error) *failure {
	f := &failure{Type: fmt.Sprintf("%T", err), Message: err.Error()}
	switch e := err.(type) {
	case *apiError:
		f.Status = e.status
	case *realtime.SocketClosedError:
		f.Code = e.Code
	}
	return f
}

// clientErrors stands in for a generated client's error constructors.
type clientErrors struct{}

type apiError struct {
	status int
	body   string
}

func (e *apiError) Error() string { return fmt.Sprintf("%d %s", e.status, e.body) }

type plainError struct{ kind, message string }

func (e *plainError) Error() string { return e.kind + ": " + e.message }

func (clientErrors) Status(status int, _ http.Header, body []byte) error {
	return &apiError{status, string(body)}
}
func (clientErrors) InStream(message []byte) error { return &apiError{0, string(message)} }
func (clientErrors) Connection(message string, _ error) error {
	return &plainError{"connection", message}
}
func (clientErrors) Timeout(message string, _ error) error { return &plainError{"timeout", message} }
func (clientErrors) Aborted(cause error) error             { return &plainError{"aborted", cause.Error()} }
func (clientErrors) MissingCredential(message string) error {
	return &plainError{"missing credential", message}
}
func (clientErrors) InsecureTransport(message string) error {
	return &plainError{"insecure transport", message}
}
func (clientErrors) Configuration(message string) error {
	return &plainError{"configuration", message}
}
