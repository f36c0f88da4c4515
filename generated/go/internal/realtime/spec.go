package realtime

import (
	"fmt"
	"net/http"
)

// Channel is one `x-websockets` channel of the spec, as the generated code describes it.
type Channel struct {
	// Path on the WebSocket server, e.g. "/tts/websocket".
	Path string
	// Accepted credential sets (scheme keys), in the spec's order; the first set the client holds is used.
	Security [][]string
	// Message fields holding base64 data (audio), handed to readers decoded by Audio.
	Base64Fields []string
	// Present when one socket multiplexes independent contexts.
	Context *ContextSpec
}

// Command is one client → server command of a channel (the IR's ChannelCommand), for Session.Send and
// SocketContext.Send; generated methods pass it with their argument.
type Command struct {
	// The literal text frame a text command sends; empty for a JSON command.
	Text string
	// The field the method's argument fills; empty when the method takes none.
	Argument string
	// The argument's value when the caller passes nil (the IR's argumentDefault); nil: the argument is required.
	ArgumentDefault any
	// Fields the command always sends with these values.
	Set map[string]any
	// Multiplexed channels: the context's settings go into the message too.
	WithSettings bool
	// Multiplexed channels: the context is over once this command is sent.
	EndsContext bool
}

// ContextSpec names the message fields of a multiplexed channel.
type ContextSpec struct {
	// Field naming the context, in both directions (e.g. "context_id").
	IDField string
	// Event field that, when true, ends its context (e.g. "done"); empty when none does.
	EndField string
}

// Credential is one security scheme of the API: how its value goes on a handshake.
type Credential struct {
	Scheme string
	// Client option that takes it, named in MissingCredential messages.
	Option string
	// "bearer", "basic" or "apiKey".
	Transport string
	// For apiKey: "header", "query" or "cookie", and the parameter's name.
	In            string
	ParameterName string
	// Query parameter that carries it when credentials go in the query (e.g. "access_token").
	WebsocketQueryParameter string
}

// APIVersion is the API's versioning convention.
type APIVersion struct {
	Header string
	// Regular expression a version must match; empty when any goes.
	Pattern string
	// Query parameter that stands in for the header; when both are sent the server reads the query.
	WebsocketQueryParameter string
}

// InStream says how an error travels inside the stream: a message whose Field equals Value.
type InStream struct {
	Field string
	Value string
}

// Errors makes the client's own error values, so that a refused handshake is the same typed error as a refused
// HTTP request (401 → the client's authentication error, ...). The generated client implements it over its
// error types; each error should unwrap to the cause it is given.
type Errors interface {
	// Status is the typed error of an error status with its headers and (at most 1 KiB of) body.
	Status(status int, header http.Header, body []byte) error
	// InStream is the error a JSON error message sent in the stream stands for (the StreamEventError).
	InStream(message []byte) error
	// Connection is the error for a socket that could not be opened or broke (the APIConnectionError).
	Connection(message string, cause error) error
	// Timeout is the error for a deadline that passed (the APIConnectionTimeoutError).
	Timeout(message string, cause error) error
	// Aborted is the error for a call the caller's context cancelled (the APIUserAbortError).
	Aborted(cause error) error
	// MissingCredential: the channel needs a credential the client does not hold.
	MissingCredential(message string) error
	// InsecureTransport: a credential would travel in clear text.
	InsecureTransport(message string) error
	// Configuration: an option that cannot work (a malformed version, ...).
	Configuration(message string) error
}

// CloseInfo is how a socket closed: the close code and reason (credentials masked).
type CloseInfo struct {
	Code   int
	Reason string
}

// Close codes the runtime uses or reports.
const (
	NormalClosure   = 1000
	ProtocolFailure = 1002
	AbnormalClosure = 1006
	MessageTooBig   = 1009
)

// SocketClosedError: the socket closed before the session or a context was finished. It unwraps to the client's
// connection error, so errors.As finds either.
type SocketClosedError struct {
	Code       int
	Reason     string
	connection error
}

func newSocketClosedError(errs Errors, info CloseInfo) *SocketClosedError {
	e := &SocketClosedError{Code: info.Code, Reason: info.Reason}
	e.connection = errs.Connection(e.Error(), nil)
	return e
}

func (e *SocketClosedError) Error() string {
	detail := ""
	if e.Reason != "" {
		detail = ": " + e.Reason
	}
	return fmt.Sprintf("The WebSocket closed (code %d%s) before the stream was complete.", e.Code, detail)
}

func (e *SocketClosedError) Unwrap() error { return e.connection }

// ProtocolError: the server sent something the protocol does not allow (a binary frame where JSON text was
// expected, text that is not a JSON object, a base64 field that is not base64).
type ProtocolError struct {
	Message string
}

func (e *ProtocolError) Error() string { return e.Message }
