// Command channels drives the GENERATED Go client's channel API (client.TTS.WebSocket, client.STT.WebSocket)
// against the project's realtime emulator: test/go/channels.test.ts copies it into a copy of generated/go as
// cmd/channels, hands it a scenario on stdin and checks what the emulator received against what this writes.
package main

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"sync"
	"time"

	cartesia "cartesia-gen/client"
	"cartesia-gen/client/option"
)

type contextScript struct {
	ID     string   `json:"id"`
	Pieces []string `json:"pieces"`
	// "end", "cancel", or "generate" (the one-call helper with the pieces joined).
	Last string `json:"last"`
	// "audio" (the Audio iterator) or "events" (typed events).
	Read string `json:"read"`
	// Sent with the first push as the command's typed optional fields.
	MaxBufferDelayMs int64 `json:"maxBufferDelayMs"`
}

type scenario struct {
	BaseURL     string          `json:"baseURL"`
	APIKey      string          `json:"apiKey"`
	AccessToken string          `json:"accessToken"`
	Channel     string          `json:"channel"` // "tts" or "stt"
	Contexts    []contextScript `json:"contexts"`
	Audio       string          `json:"audio"` // STT: base64
	ChunkSize   int             `json:"chunkSize"`
}

type failure struct {
	Type      string `json:"type"`
	Message   string `json:"message"`
	Status    int    `json:"status,omitempty"`
	Code      int    `json:"code,omitempty"`
	APIError  bool   `json:"apiError"`
	Stream    bool   `json:"streamEvent"`
	Closed    bool   `json:"socketClosed"`
	Connected bool   `json:"connectionError"`
}

type contextResult struct {
	ID     string   `json:"id"`
	Audio  string   `json:"audio"`
	Chunks int      `json:"chunks"`
	Events []string `json:"events,omitempty"`
	Error  *failure `json:"error,omitempty"`
}

type sttEvent struct {
	Type    string `json:"type"`
	Text    string `json:"text,omitempty"`
	IsFinal bool   `json:"isFinal,omitempty"`
}

type result struct {
	Connect  *failure            `json:"connect,omitempty"`
	Contexts []contextResult     `json:"contexts,omitempty"`
	Events   []sttEvent          `json:"events,omitempty"`
	Error    *failure            `json:"error,omitempty"`
	Close    *cartesia.CloseInfo `json:"close,omitempty"`
}

func main() {
	var sc scenario
	if err := json.NewDecoder(os.Stdin).Decode(&sc); err != nil {
		fmt.Fprintln(os.Stderr, "scenario:", err)
		os.Exit(2)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	// An empty credential option sends none and keeps the environment out of the test.
	client := cartesia.NewClient(option.WithBaseURL(sc.BaseURL), option.WithAPIKey(sc.APIKey), option.WithAccessToken(sc.AccessToken))
	var out result
	if sc.Channel == "stt" {
		out = runSTT(ctx, client, &sc)
	} else {
		out = runTTS(ctx, client, &sc)
	}
	_ = json.NewEncoder(os.Stdout).Encode(out)
}

// settings are built field by field with the generated types (the test compares them with what the server got).
func settings() cartesia.TTSWebSocketSettings {
	return cartesia.TTSWebSocketSettings{
		ModelID: "sonic-3",
		Voice:   cartesia.TTSRequestVoiceSpecifier{OfVoiceID: cartesia.Ptr(cartesia.VoiceID("voice_123"))},
		OutputFormat: cartesia.RawOutputFormat{
			Container: cartesia.RawOutputFormatContainerRaw, Encoding: "pcm_s16le", SampleRate: 24000,
		},
		Language: cartesia.Ptr("en"),
	}
}

func runTTS(ctx context.Context, client *cartesia.Client, sc *scenario) result {
	var out result
	session, err := client.TTS.WebSocket(ctx)
	if err != nil {
		out.Connect = describe(err)
		return out
	}
	results := make([]contextResult, len(sc.Contexts))
	var wg sync.WaitGroup
	for i, script := range sc.Contexts {
		var c *cartesia.TTSWebSocketContext
		if script.Last == "generate" {
			var transcript string
			for _, piece := range script.Pieces {
				transcript += piece
			}
			c, err = session.Generate(ctx, script.ID, settings(), transcript)
		} else {
			c, err = session.OpenContext(script.ID, settings())
		}
		if err != nil {
			results[i] = contextResult{ID: script.ID, Error: describe(err)}
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			if script.Read == "events" {
				results[i] = readEvents(ctx, c)
			} else {
				results[i] = readAudio(ctx, c)
			}
		}()
		if script.Last == "generate" {
			continue
		}
		for n, piece := range script.Pieces {
			if n == 0 && script.MaxBufferDelayMs > 0 {
				err = c.Push(ctx, piece, cartesia.TTSWebSocketPushFields{MaxBufferDelayMs: cartesia.Ptr(script.MaxBufferDelayMs)})
			} else {
				err = c.Push(ctx, piece)
			}
			if err != nil {
				fmt.Fprintln(os.Stderr, "push:", err)
				os.Exit(1)
			}
		}
		if script.Last == "cancel" {
			err = c.Cancel(ctx)
		} else {
			err = c.End(ctx, "")
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, script.Last+":", err)
			os.Exit(1)
		}
	}
	wg.Wait()
	out.Contexts = results
	_ = session.Close()
	if info, closed := session.CloseInfo(); closed {
		out.Close = &info
	}
	return out
}

func readAudio(ctx context.Context, c *cartesia.TTSWebSocketContext) contextResult {
	r := contextResult{ID: c.ID()}
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

// readEvents reads the typed events: the chunk's Data is already the decoded audio.
func readEvents(ctx context.Context, c *cartesia.TTSWebSocketContext) contextResult {
	r := contextResult{ID: c.ID()}
	var audio []byte
	for event, err := range c.Events(ctx) {
		switch {
		case err != nil:
			r.Error = describe(err)
		case event.OfChunk != nil:
			audio = append(audio, event.OfChunk.Data...)
			r.Chunks++
			r.Events = append(r.Events, "chunk:"+event.OfChunk.ContextID)
		case event.OfDone != nil:
			r.Events = append(r.Events, "done")
		case event.OfFlushDone != nil:
			r.Events = append(r.Events, "flush_done")
		case event.OfTimestamps != nil:
			r.Events = append(r.Events, "timestamps")
		default:
			r.Events = append(r.Events, "other:"+string(event.Raw()))
		}
	}
	r.Audio = base64.StdEncoding.EncodeToString(audio)
	return r
}

func runSTT(ctx context.Context, client *cartesia.Client, sc *scenario) result {
	var out result
	session, err := client.STT.WebSocket(ctx, cartesia.STTWebSocketParams{
		Model: "ink-whisper", Encoding: "pcm_s16le", SampleRate: 16000, Language: cartesia.Ptr("en"),
	})
	if err != nil {
		out.Connect = describe(err)
		return out
	}
	audio, _ := base64.StdEncoding.DecodeString(sc.Audio)
	done := make(chan *failure, 1)
	go func() {
		for event, err := range session.Events(ctx) {
			switch {
			case err != nil:
				done <- describe(err)
				return
			case event.OfSTTManualFinalizeTranscriptResponse != nil:
				t := event.OfSTTManualFinalizeTranscriptResponse
				out.Events = append(out.Events, sttEvent{Type: "transcript", Text: t.Text, IsFinal: t.IsFinal})
			case event.OfSTTManualFinalizeFlushDoneResponse != nil:
				out.Events = append(out.Events, sttEvent{Type: "flush_done"})
			case event.OfSTTManualFinalizeDoneResponse != nil:
				out.Events = append(out.Events, sttEvent{Type: "done"})
			default:
				out.Events = append(out.Events, sttEvent{Type: "other", Text: string(event.Raw())})
			}
		}
		done <- nil
	}()
	err = session.StreamAudio(ctx, bytes.NewReader(audio), sc.ChunkSize)
	if err == nil {
		err = session.Finalize(ctx)
	}
	if err == nil {
		err = session.End(ctx)
	}
	if err != nil {
		// The reader goroutine still writes out.Events: close, and wait for it before returning.
		_ = session.Close()
		<-done
		out.Error = describe(err)
		return out
	}
	out.Error = <-done
	<-session.Done()
	if info, closed := session.CloseInfo(); closed {
		out.Close = &info
	}
	return out
}

func describe(err error) *failure {
	f := &failure{Type: fmt.Sprintf("%T", err), Message: err.Error()}
	if apiErr := cartesia.APIErrorOf(err); apiErr != nil {
		f.APIError, f.Status = true, apiErr.Status
	}
	var stream *cartesia.StreamEventError
	f.Stream = errors.As(err, &stream)
	var closed *cartesia.SocketClosedError
	if errors.As(err, &closed) {
		f.Closed, f.Code = true, closed.Code
	}
	var conn *cartesia.APIConnectionError
	f.Connected = errors.As(err, &conn)
	return f
}
