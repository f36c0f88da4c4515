// Code generated from spec.yaml (Operation Invalid Repair API 1.0.0) by openapi-client-generator. DO NOT EDIT.

package operationinvalidrepairapi

import (
	"operation-invalid-repair-api/internal/core"
	"operation-invalid-repair-api/internal/realtime"
)

// The runtime's errors and types, under this package's name. Test an error with errors.As:
//
//	var notFound *operationinvalidrepairapi.NotFoundError
//	if errors.As(err, &notFound) { ... notFound.Status, notFound.RequestID, notFound.Body ... }
//
// Every status error also unwraps to *APIError.
type (
	// APIError: the server answered with an error status (Status, Headers, Body, RequestID, Message).
	APIError = core.APIError
	// StreamEventError: an error the server sent inside a stream; it unwraps to its *APIError.
	StreamEventError = core.StreamEventError
	// ConfigurationError: the client was set up in a way that cannot work.
	ConfigurationError = core.ConfigurationError
	// InsecureTransportError: a credential would have gone over plain http to a host other than loopback.
	InsecureTransportError = core.InsecureTransportError
	// MissingCredentialError: the operation needs a credential the client does not hold.
	MissingCredentialError = core.MissingCredentialError
	// InvalidRequestError: the arguments cannot make a request (missing path value, header with a line break, ...).
	InvalidRequestError = core.InvalidRequestError
	// APIConnectionError: the request never got a response.
	APIConnectionError = core.APIConnectionError
	// APIConnectionTimeoutError: no response arrived within the timeout.
	APIConnectionTimeoutError = core.APIConnectionTimeoutError
	// APIUserAbortError: the caller's context ended the call; it unwraps to the context's error.
	APIUserAbortError = core.APIUserAbortError
	// APIResponseParseError: a response body could not be read as the operation declares.
	APIResponseParseError = core.APIResponseParseError
	// ResponseTooLargeError: a response body was larger than the client reads into memory.
	ResponseTooLargeError = core.ResponseTooLargeError
	// RedirectError: a redirect the client will not follow (too many hops).
	RedirectError = core.RedirectError
	// File is an upload with a name and a media type (a plain io.Reader works too).
	File = core.File
	// Event is one server-sent event as received.
	Event = core.Event
	// SocketClosedError: a WebSocket closed before its stream was complete (Code, Reason); it unwraps to
	// *APIConnectionError.
	SocketClosedError = realtime.SocketClosedError
	// ProtocolError: the server sent something the realtime protocol does not allow.
	ProtocolError = realtime.ProtocolError
	// CloseInfo is how a WebSocket closed: its close code and reason.
	CloseInfo = realtime.CloseInfo
)

// Stream reads a server-sent event stream as typed values (Next/Current/Err, or All as an iterator).
type Stream[T any] = core.Stream[T]

// Page is one page of a cursor-paginated list (Data, HasNextPage, NextPage, All).
type Page[T any] = core.Page[T]

// APIErrorOf returns the *APIError inside err, or nil.
func APIErrorOf(err error) *APIError { return core.APIErrorOf(err) }

// Ptr returns a pointer to v, for optional fields: Ptr("text"), Ptr(int64(3)).
func Ptr[T any](v T) *T { return &v }

// BadRequestError: the server answered with HTTP 400. It unwraps to *APIError.
type BadRequestError struct{ *APIError }

func (e *BadRequestError) Unwrap() error { return e.APIError }

// AuthenticationError: the server answered with HTTP 401. It unwraps to *APIError.
type AuthenticationError struct{ *APIError }

func (e *AuthenticationError) Unwrap() error { return e.APIError }

// PermissionDeniedError: the server answered with HTTP 403. It unwraps to *APIError.
type PermissionDeniedError struct{ *APIError }

func (e *PermissionDeniedError) Unwrap() error { return e.APIError }

// NotFoundError: the server answered with HTTP 404. It unwraps to *APIError.
type NotFoundError struct{ *APIError }

func (e *NotFoundError) Unwrap() error { return e.APIError }

// ConflictError: the server answered with HTTP 409. It unwraps to *APIError.
type ConflictError struct{ *APIError }

func (e *ConflictError) Unwrap() error { return e.APIError }

// UnprocessableEntityError: the server answered with HTTP 422. It unwraps to *APIError.
type UnprocessableEntityError struct{ *APIError }

func (e *UnprocessableEntityError) Unwrap() error { return e.APIError }

// RateLimitError: the server answered with HTTP 429. It unwraps to *APIError.
type RateLimitError struct{ *APIError }

func (e *RateLimitError) Unwrap() error { return e.APIError }

// InternalServerError: the server answered with HTTP 5xx. It unwraps to *APIError.
type InternalServerError struct{ *APIError }

func (e *InternalServerError) Unwrap() error { return e.APIError }
