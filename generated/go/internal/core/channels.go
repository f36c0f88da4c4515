package core

// What the realtime runtime (internal/realtime) takes from the client: its errors and the resolved options of a
// connection. Core does not import it (a module without channels needs no WebSocket library): ChannelErrors has
// the methods of realtime.Errors, and the generated code fills realtime.Config from a Connection.

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strconv"
	"time"
)

// ChannelErrors makes the client's own error values for the realtime runtime, so that a refused handshake is the
// same typed error as a refused request (401 → the client's authentication error, ...).
type ChannelErrors struct{ Client *Client }

// Status is the typed error of an error status, classified as for HTTP responses.
func (e ChannelErrors) Status(status int, header http.Header, body []byte) error {
	return classify(e.Client.Spec.Errors.Classes, e.Client.describeError(status, header, body, http.StatusText(status)))
}

// InStream is the *StreamEventError of an error message the server sent on the socket; its status is the
// message's status field (500 when it has none).
func (e ChannelErrors) InStream(message []byte) error {
	conv := e.Client.Spec.Errors
	var fields map[string]any
	_ = json.Unmarshal(message, &fields)
	status := http.StatusInternalServerError
	if code, ok := fields[conv.StatusField].(float64); ok && conv.StatusField != "" {
		status = int(code)
	}
	apiErr := e.Client.describeError(status, http.Header{}, message, "")
	if apiErr.Message == strconv.Itoa(status) {
		apiErr.Message += " The stream reported an error."
	}
	return &StreamEventError{APIError: apiErr}
}

// Connection is the *APIConnectionError of a socket that could not open or broke.
func (ChannelErrors) Connection(message string, cause error) error {
	return &APIConnectionError{Message: message, Cause: cause}
}

// Timeout is the *APIConnectionTimeoutError of a deadline that passed.
func (ChannelErrors) Timeout(message string, _ error) error {
	return &APIConnectionTimeoutError{Message: message}
}

// Aborted is the *APIUserAbortError of a call the caller's context cancelled.
func (ChannelErrors) Aborted(cause error) error { return &APIUserAbortError{Cause: cause} }

// MissingCredential is the *MissingCredentialError of a channel that needs a credential the client lacks.
func (ChannelErrors) MissingCredential(message string) error {
	return &MissingCredentialError{Message: message}
}

// InsecureTransport is the *InsecureTransportError of a credential that would travel in clear text.
func (ChannelErrors) InsecureTransport(message string) error {
	return &InsecureTransportError{Message: message}
}

// Configuration is the *ConfigurationError of an option that cannot work.
func (ChannelErrors) Configuration(message string) error {
	return &ConfigurationError{Message: message}
}

// Connection is what one WebSocket connection takes from the client's options and the call's.
type Connection struct {
	BaseURL    string
	HTTPClient *http.Client
	UserAgent  string
	// The version to send ("" when the API has none).
	Version string
	// Credential values by scheme key, from the options or the environment.
	Held map[string]string
	// Headers and query parameters the options add (WithHeader, WithQuery).
	Header http.Header
	Query  url.Values
	// Limit of the handshake (WithRequestTimeout, else the API's timeout).
	Timeout time.Duration
}

// Connection resolves the client's options, then the call's, for a WebSocket handshake.
func (c *Client) Connection(opts []Option) (*Connection, error) {
	cfg := resolve(c.Options, opts)
	if cfg.err != nil {
		return nil, cfg.err
	}
	base, err := c.baseURL(&cfg)
	if err != nil {
		return nil, err
	}
	version, err := c.version(&cfg)
	if err != nil {
		return nil, err
	}
	header := http.Header{}
	for _, edit := range cfg.headers {
		if edit.remove {
			header.Del(edit.name)
		} else if err := setHeader(header, edit.name, edit.value); err != nil {
			return nil, err
		}
	}
	timeout := cfg.Timeout
	if timeout == 0 {
		timeout = time.Duration(c.Spec.TimeoutMs) * time.Millisecond
	}
	return &Connection{
		BaseURL:    base.String(),
		HTTPClient: cfg.HTTPClient,
		UserAgent:  c.Spec.ClientName + "/Go " + c.Spec.PackageVersion,
		Version:    version,
		Held:       c.credentials(&cfg),
		Header:     header,
		Query:      cfg.query,
		Timeout:    timeout,
	}, nil
}

// ChannelQuery serializes a channel's handshake parameters (by wire name) as their specs say, after the
// options' own query parameters.
func ChannelQuery(specs []ParamSpec, values map[string]any, extra url.Values) (url.Values, error) {
	query := url.Values{}
	for name, list := range extra {
		query[name] = append([]string(nil), list...)
	}
	for _, spec := range specs {
		value := paramValue(spec, values)
		if IsAbsent(value) {
			continue
		}
		data, err := plain(value)
		if err != nil {
			return nil, err
		}
		style := spec.Style
		if style == "" {
			style = "form"
		}
		pairs, err := styled(spec.Name, data, style, spec.Explode)
		if err != nil {
			return nil, err
		}
		for _, p := range pairs {
			query.Add(p.name, p.value)
		}
	}
	return query, nil
}
