package core

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strconv"
	"strings"
	"sync/atomic"
	"time"
)

// MaxResponseBytes bounds the JSON, text and error bodies the client reads into memory.
const MaxResponseBytes = 64 << 20

// Client sends operations with the API's conventions and the options it was created with.
type Client struct {
	Spec    *ClientSpec
	Options []Option
}

// NewClient keeps the options; they are checked on each call, whose own options come after them.
func NewClient(spec *ClientSpec, opts []Option) *Client {
	return &Client{Spec: spec, Options: append([]Option{}, opts...)}
}

// Do sends an operation and decodes a successful response into out: JSON into any value, text into a *string,
// nothing for kind none (out may be nil).
func (c *Client) Do(ctx context.Context, op *OperationSpec, in Input, out any, opts []Option) error {
	resp, err := c.Send(ctx, op, in, opts)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	data, err := readLimited(resp)
	if err != nil {
		return err
	}
	switch op.Response.Kind {
	case "text":
		if s, ok := out.(*string); ok {
			*s = string(data)
		}
	case "json":
		if out == nil || len(bytes.TrimSpace(data)) == 0 {
			return nil
		}
		if err := json.Unmarshal(data, out); err != nil {
			return &APIResponseParseError{
				Message: "Expected a JSON response body but could not parse it (" + resp.Header.Get("Content-Type") + ", " +
					strconv.Itoa(len(data)) + " bytes): " + err.Error(),
				Status: resp.StatusCode, Headers: resp.Header,
			}
		}
	}
	return nil
}

// Send sends an operation, retrying as the API's convention says, and returns a successful response whose body
// the caller reads and closes (binary downloads and event streams). An error status becomes a typed error.
func (c *Client) Send(ctx context.Context, op *OperationSpec, in Input, opts []Option) (*http.Response, error) {
	cfg := resolve(c.Options, opts)
	if cfg.err != nil {
		return nil, cfg.err
	}
	base, err := c.baseURL(&cfg)
	if err != nil {
		return nil, err
	}
	held := c.credentials(&cfg)
	if len(held) > 0 {
		if err := c.checkTransport(base); err != nil {
			return nil, err
		}
	}
	auth, err := c.authenticate(held, op.Security)
	if err != nil {
		return nil, err
	}
	version, err := c.version(&cfg)
	if err != nil {
		return nil, err
	}
	req, err := c.prepare(op, in, &cfg, base, auth, version)
	if err != nil {
		return nil, err
	}
	httpClient := cfg.HTTPClient
	if httpClient == nil {
		httpClient = http.DefaultClient
	}
	httpClient = c.withRedirectRules(httpClient)
	maxRetries := c.Spec.Retry.MaxRetries
	if cfg.MaxRetries != nil {
		maxRetries = *cfg.MaxRetries
	}
	timeout := cfg.Timeout
	if timeout == 0 {
		timeout = time.Duration(c.Spec.TimeoutMs) * time.Millisecond
	}
	streamed := op.Response.Kind == "binary" || op.Response.Kind == "event-stream"
	for attempt := 0; ; attempt++ {
		resp, err := c.attempt(ctx, httpClient, req, timeout, streamed)
		if err != nil {
			var conn *APIConnectionError
			var timedOut *APIConnectionTimeoutError
			retriable := errors.As(err, &conn) || errors.As(err, &timedOut)
			if retriable && c.Spec.Retry.OnConnectionError && attempt < maxRetries {
				if err := sleep(ctx, backoff(c.Spec.Retry, attempt)); err != nil {
					return nil, err
				}
				continue
			}
			return nil, err
		}
		if resp.StatusCode >= 200 && resp.StatusCode < 300 {
			return resp, nil
		}
		if attempt < maxRetries && shouldRetry(c.Spec.Retry, resp.StatusCode) {
			if delay, ok := retryDelay(c.Spec.Retry, attempt, resp.Header); ok {
				_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, MaxResponseBytes))
				resp.Body.Close()
				if err := sleep(ctx, delay); err != nil {
					return nil, err
				}
				continue
			}
		}
		defer resp.Body.Close()
		return nil, c.errorFrom(resp)
	}
}

// attempt sends once. The timeout covers the whole body for buffered responses and the headers for streams.
func (c *Client) attempt(ctx context.Context, httpClient *http.Client, p *prepared, timeout time.Duration, streamed bool) (*http.Response, error) {
	attemptCtx, cancel := context.WithCancel(ctx)
	var timedOut atomic.Bool
	timer := time.AfterFunc(timeout, func() { timedOut.Store(true); cancel() })
	var body io.Reader
	if p.body != nil {
		body = bytes.NewReader(p.body)
	}
	req, err := http.NewRequestWithContext(attemptCtx, p.method, p.url, body)
	if err != nil {
		timer.Stop()
		cancel()
		return nil, invalidf("The request cannot be made: %v.", err)
	}
	req.Header = p.headers.Clone()
	resp, err := httpClient.Do(req)
	if err != nil {
		timer.Stop()
		cancel()
		var redirect *RedirectError
		if errors.As(err, &redirect) {
			return nil, redirect
		}
		return nil, connectionError(ctx, &timedOut, err)
	}
	if streamed && resp.StatusCode >= 200 && resp.StatusCode < 300 {
		timer.Stop()
	}
	resp.Body = &attemptBody{ReadCloser: resp.Body, stop: func() { timer.Stop(); cancel() }, ctx: ctx, timedOut: &timedOut}
	return resp, nil
}

func connectionError(ctx context.Context, timedOut *atomic.Bool, err error) error {
	if ctx.Err() != nil {
		return &APIUserAbortError{Cause: ctx.Err()}
	}
	if timedOut.Load() {
		return &APIConnectionTimeoutError{Message: "Request timed out."}
	}
	return &APIConnectionError{Message: "Connection error: " + err.Error(), Cause: err}
}

// attemptBody ends the attempt's timer and context when the caller closes the body, and types read errors.
type attemptBody struct {
	io.ReadCloser
	stop     func()
	ctx      context.Context
	timedOut *atomic.Bool
	closed   atomic.Bool
}

func (b *attemptBody) Read(p []byte) (int, error) {
	n, err := b.ReadCloser.Read(p)
	if err != nil && err != io.EOF {
		return n, connectionError(b.ctx, b.timedOut, err)
	}
	return n, err
}

func (b *attemptBody) Close() error {
	err := b.ReadCloser.Close()
	if !b.closed.Swap(true) {
		b.stop()
	}
	return err
}

func readLimited(resp *http.Response) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(resp.Body, MaxResponseBytes+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxResponseBytes {
		return nil, &ResponseTooLargeError{APIResponseParseError{
			Message: "The response body is larger than " + strconv.Itoa(MaxResponseBytes) + " bytes.",
			Status:  resp.StatusCode, Headers: resp.Header,
		}}
	}
	return data, nil
}

// errorFrom builds the typed error of an error response, with the message and request id the convention names.
func (c *Client) errorFrom(resp *http.Response) error {
	data, err := readLimited(resp)
	if err != nil {
		var parse *ResponseTooLargeError
		if !errors.As(err, &parse) {
			return err
		}
		data = nil
	}
	apiErr := c.describeError(resp.StatusCode, resp.Header, data, strings.TrimSpace(strings.TrimPrefix(resp.Status, strconv.Itoa(resp.StatusCode))))
	return classify(c.Spec.Errors.Classes, apiErr)
}

func (c *Client) describeError(status int, headers http.Header, data []byte, reason string) *APIError {
	conv := c.Spec.Errors
	var fields map[string]any
	_ = json.Unmarshal(data, &fields)
	message, requestID := "", ""
	for _, name := range conv.MessageFields {
		if text, ok := fields[name].(string); ok && text != "" {
			message = text
			break
		}
	}
	for _, name := range conv.RequestIDHeaders {
		if value := headers.Get(name); value != "" {
			requestID = value
			break
		}
	}
	if text, ok := fields[conv.RequestIDField].(string); ok && requestID == "" && conv.RequestIDField != "" {
		requestID = text
	}
	if message == "" {
		message = reason
	}
	text := strconv.Itoa(status)
	if message != "" {
		text += " " + message
	}
	return &APIError{Status: status, Headers: headers, Body: data, RequestID: requestID, Message: text}
}

func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return &APIUserAbortError{Cause: ctx.Err()}
	case <-t.C:
		return nil
	}
}
