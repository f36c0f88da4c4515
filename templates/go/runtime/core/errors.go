// Package core is the static runtime of the generated client: transport, credentials, retries, errors, request
// encoding, server-sent events and pagination. Generated code passes it descriptors; it holds no API's names.
package core

import (
	"errors"
	"fmt"
	"net/http"
)

// ConfigurationError: the client was set up in a way that cannot work (bad option, credential where it must not go).
type ConfigurationError struct{ Message string }

func (e *ConfigurationError) Error() string { return e.Message }

// InsecureTransportError: a request was refused before it left, because it would send a credential in clear text.
type InsecureTransportError struct{ Message string }

func (e *InsecureTransportError) Error() string { return e.Message }

// Unwrap makes an InsecureTransportError also a *ConfigurationError for errors.As, as in the other languages.
func (e *InsecureTransportError) Unwrap() error { return &ConfigurationError{Message: e.Message} }

// MissingCredentialError: the operation needs a credential the client does not hold.
type MissingCredentialError struct{ Message string }

func (e *MissingCredentialError) Error() string { return e.Message }

// Unwrap makes a MissingCredentialError also a *ConfigurationError for errors.As.
func (e *MissingCredentialError) Unwrap() error { return &ConfigurationError{Message: e.Message} }

// InvalidRequestError: a request the arguments cannot make (missing path value, header with a line break, ...).
type InvalidRequestError struct{ Message string }

func (e *InvalidRequestError) Error() string { return e.Message }

// APIError: the server answered with an error status. Body holds the raw body; the generated package wraps it in
// one type per status class (NotFoundError, ...), each of which unwraps to this one.
type APIError struct {
	Status    int
	Headers   http.Header
	Body      []byte
	RequestID string
	Message   string
}

func (e *APIError) Error() string { return e.Message }

// APIErrorOf returns the *APIError inside err (a typed status error, a stream error, ...), or nil.
func APIErrorOf(err error) *APIError {
	var apiErr *APIError
	if errors.As(err, &apiErr) {
		return apiErr
	}
	return nil
}

// StreamEventError: an error the server sent inside a stream (an SSE error event); it unwraps to its *APIError.
type StreamEventError struct{ *APIError }

func (e *StreamEventError) Unwrap() error { return e.APIError }

// APIConnectionError: the request never got a response (DNS, refused or reset connection, TLS failure, ...).
type APIConnectionError struct {
	Message string
	Cause   error
}

func (e *APIConnectionError) Error() string { return e.Message }
func (e *APIConnectionError) Unwrap() error { return e.Cause }

// APIConnectionTimeoutError: no response arrived within the timeout. It unwraps to an *APIConnectionError.
type APIConnectionTimeoutError struct{ Message string }

func (e *APIConnectionTimeoutError) Error() string { return e.Message }
func (e *APIConnectionTimeoutError) Unwrap() error { return &APIConnectionError{Message: e.Message} }

// APIUserAbortError: the caller's context was cancelled before the request completed. It unwraps to the
// context's error, so errors.Is(err, context.Canceled) holds.
type APIUserAbortError struct{ Cause error }

func (e *APIUserAbortError) Error() string { return "Request was aborted: " + e.Cause.Error() }
func (e *APIUserAbortError) Unwrap() error { return e.Cause }

// APIResponseParseError: a response body could not be read as the operation declares (for example invalid JSON).
type APIResponseParseError struct {
	Message string
	Status  int
	Headers http.Header
}

func (e *APIResponseParseError) Error() string { return e.Message }

// ResponseTooLargeError: a response body grew past the client's limit and was dropped.
type ResponseTooLargeError struct{ APIResponseParseError }

func (e *ResponseTooLargeError) Unwrap() error { return &e.APIResponseParseError }

// ErrorClass maps a status to the generated package's error type: an exact code, or a range (Status is its first
// digit). New wraps the *APIError in that type.
type ErrorClass struct {
	Status int
	Range  bool
	New    func(*APIError) error
}

// classify returns the most specific typed error for err.Status (exact codes are listed before ranges).
func classify(classes []ErrorClass, err *APIError) error {
	for _, c := range classes {
		if (c.Range && err.Status/100 == c.Status) || (!c.Range && err.Status == c.Status) {
			return c.New(err)
		}
	}
	return err
}

func invalidf(format string, args ...any) error {
	return &InvalidRequestError{Message: fmt.Sprintf(format, args...)}
}

func configf(format string, args ...any) error {
	return &ConfigurationError{Message: fmt.Sprintf(format, args...)}
}
