// Package realtime runs the API's WebSocket channels: the handshake (version, credential, transport rules), JSON
// messages in and out, contexts multiplexed over one socket, and the errors of all of it. It knows no API: the
// generated client passes each channel as data and wraps sessions in typed commands.
//
// From the IR to this package:
//
//   - ApiModel.apiVersion, transport, auth.schemes, errors.inStream and the client's options fill one Config
//     (Errors is the client's own error constructors, so realtime failures are the HTTP error types).
//   - Each Channel of the IR becomes a Channel value (path, security, receive.base64Fields, context.idField and
//     endField), and each of its `send` commands a Command (text, argument, set, withSettings, endsContext).
//   - A channel method serializes the channel's query parameters into Options.Query and calls Connect with the
//     channel's event type; a context method calls Session.OpenContext with the context's settings; a command
//     method calls Send with its Command and argument.
//
// Every wait takes a context.Context: Connect's bounds the handshake only, Recv's one wait, Send's one write (a
// write cut short closes the socket: half a frame cannot be taken back). One goroutine per session reads the
// socket; Close ends it, and the readers still waiting see their streams end.
package realtime
