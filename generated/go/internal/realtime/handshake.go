package realtime

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"time"

	"github.com/coder/websocket"
)

// Config is what sessions need from their client; the generated client fills it once.
type Config struct {
	// The client's base URL (http or https); its WebSocket form (ws or wss) is where channels live.
	BaseURL string
	// When BaseURL is DefaultBaseURL and this is set, channels live here instead (the spec's WebSocket server).
	DefaultBaseURL   string
	WebSocketBaseURL string
	// Used for handshakes; nil: http.DefaultClient.
	HTTPClient *http.Client
	// Sent as the handshake's User-Agent when set.
	UserAgent string
	// The version the client pins ("" with APIVersion nil: the API has none).
	Version    string
	APIVersion *APIVersion
	// Every security scheme of the API, and the values the client holds by scheme key.
	Credentials []Credential
	Held        map[string]string
	// Credentials never travel over plain ws/http, except to loopback hosts when LoopbackException is set.
	TLSRequired       bool
	LoopbackException bool
	// How errors travel inside the stream; nil when the API says nothing.
	InStream *InStream
	// Largest message read (bytes); zero: DefaultMaxMessageBytes.
	MaxMessageBytes int64
	Errors          Errors
}

// Options are the settings of one connection.
type Options struct {
	// The channel's handshake parameters, as the generated code serializes them. A version parameter set here
	// (APIVersion.WebsocketQueryParameter) is the one sent: the runtime then adds no version of its own.
	Query url.Values
	// Overrides Config.Version for this connection.
	Version string
	// Sends the version and the credential as query parameters (as browsers must) instead of headers.
	CredentialsInQuery bool
	// Extra handshake headers.
	Header http.Header
	// Limit of the handshake on top of the context's deadline; zero: none.
	Timeout time.Duration
}

// DefaultMaxMessageBytes is the largest message a session reads unless Config says otherwise.
const DefaultMaxMessageBytes = 16 << 20

// handshake is a prepared handshake: the URL, the same URL with credentials masked (for messages), the headers.
type handshake struct {
	url      string
	redacted string
	header   http.Header
}

func prepare(cfg *Config, ch *Channel, opts *Options) (*handshake, error) {
	base := cfg.BaseURL
	if cfg.WebSocketBaseURL != "" && cfg.BaseURL == cfg.DefaultBaseURL {
		base = cfg.WebSocketBaseURL
	}
	base = strings.TrimRight(websocketScheme(base), "/")
	target, err := url.Parse(base + ch.Path)
	if err != nil || (target.Scheme != "ws" && target.Scheme != "wss") || target.Host == "" {
		return nil, cfg.Errors.Configuration(fmt.Sprintf("The base URL %q is not an http(s) or ws(s) URL.", cfg.BaseURL))
	}
	header := http.Header{}
	for name, values := range opts.Header {
		header[http.CanonicalHeaderKey(name)] = append([]string(nil), values...)
	}
	if cfg.UserAgent != "" && header.Get("User-Agent") == "" {
		header.Set("User-Agent", cfg.UserAgent)
	}
	query := opts.Query.Encode()
	var secret []string
	add := func(pairs *[]string, name, value string) {
		*pairs = append(*pairs, url.QueryEscape(name)+"="+url.QueryEscape(value))
	}
	var public []string
	if query != "" {
		public = append(public, query)
	}

	if v := cfg.APIVersion; v != nil {
		version := cfg.Version
		if opts.Version != "" {
			version = opts.Version
		}
		if v.Pattern != "" && version != "" {
			if ok, err := regexp.MatchString(v.Pattern, version); err != nil || !ok {
				return nil, cfg.Errors.Configuration(fmt.Sprintf("The version %q does not match %s.", version, v.Pattern))
			}
		}
		// The caller's own version parameter wins (the server reads the query first): nothing is added.
		given := v.WebsocketQueryParameter != "" && opts.Query.Has(v.WebsocketQueryParameter)
		switch {
		case version == "" || given:
		case opts.CredentialsInQuery && v.WebsocketQueryParameter != "":
			add(&public, v.WebsocketQueryParameter, version)
		default:
			header.Set(v.Header, version)
		}
	}

	inHeaders := 0
	if len(ch.Security) > 0 {
		chosen, err := chooseCredentials(cfg, ch)
		if err != nil {
			return nil, err
		}
		for _, scheme := range chosen {
			credential := findCredential(cfg, scheme)
			value := cfg.Held[scheme]
			if opts.CredentialsInQuery {
				if credential.WebsocketQueryParameter != "" {
					add(&secret, credential.WebsocketQueryParameter, value)
				}
				continue
			}
			switch {
			case credential.Transport == "bearer":
				header.Set("Authorization", "Bearer "+value)
			case credential.Transport == "basic":
				header.Set("Authorization", "Basic "+base64.StdEncoding.EncodeToString([]byte(value)))
			case credential.In == "query": // as the scheme places it
				add(&secret, credential.ParameterName, value)
				continue
			case credential.In == "cookie":
				header.Add("Cookie", credential.ParameterName+"="+value)
			default:
				header.Set(credential.ParameterName, value)
			}
			inHeaders++
		}
	}
	if (len(secret) > 0 || inHeaders > 0) && !transportAllowed(cfg, target) {
		return nil, cfg.Errors.InsecureTransport(fmt.Sprintf(
			"Refusing to send a credential over plain %s to %s: use wss (https), or a loopback host for local testing.",
			target.Scheme, target.Host))
	}
	join := func(pairs []string) string {
		if len(pairs) == 0 {
			return target.String()
		}
		return target.String() + "?" + strings.Join(pairs, "&")
	}
	masked := make([]string, len(secret))
	for i, pair := range secret {
		masked[i] = pair[:strings.IndexByte(pair, '=')] + "=***"
	}
	return &handshake{
		url:      join(append(append([]string(nil), public...), secret...)),
		redacted: join(append(append([]string(nil), public...), masked...)),
		header:   header,
	}, nil
}

// chooseCredentials is the first credential set of the channel the client holds entirely, or an empty set.
func chooseCredentials(cfg *Config, ch *Channel) ([]string, error) {
	for _, set := range ch.Security {
		held := len(set) > 0
		for _, scheme := range set {
			if cfg.Held[scheme] == "" || findCredential(cfg, scheme) == nil {
				held = false
			}
		}
		if held {
			return set, nil
		}
	}
	var names []string
	for _, set := range ch.Security {
		if len(set) == 0 {
			return nil, nil
		}
		var options []string
		for _, scheme := range set {
			if c := findCredential(cfg, scheme); c != nil && c.Option != "" {
				options = append(options, "`"+c.Option+"`")
			} else {
				options = append(options, "`"+scheme+"`")
			}
		}
		names = append(names, strings.Join(options, " + "))
	}
	return nil, cfg.Errors.MissingCredential(fmt.Sprintf(
		"This channel needs a credential: pass %s when creating the client.", strings.Join(names, " or ")))
}

func findCredential(cfg *Config, scheme string) *Credential {
	for i := range cfg.Credentials {
		if cfg.Credentials[i].Scheme == scheme {
			return &cfg.Credentials[i]
		}
	}
	return nil
}

func websocketScheme(base string) string {
	lower := strings.ToLower(base)
	switch {
	case strings.HasPrefix(lower, "https:"):
		return "wss:" + base[len("https:"):]
	case strings.HasPrefix(lower, "http:"):
		return "ws:" + base[len("http:"):]
	}
	return base
}

func transportAllowed(cfg *Config, target *url.URL) bool {
	if target.Scheme == "wss" || !cfg.TLSRequired {
		return true
	}
	return cfg.LoopbackException && isLoopback(target.Hostname())
}

func isLoopback(host string) bool {
	host = strings.ToLower(host)
	if host == "localhost" || strings.HasSuffix(host, ".localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// Connect opens a channel's socket. ctx bounds the handshake only (as for net.Dialer): a session lives until it
// is closed, by either side. Its messages are read as events of type E (the channel's event type).
func Connect[E any](ctx context.Context, cfg *Config, ch *Channel, opts Options) (*Session[E], error) {
	hs, err := prepare(cfg, ch, &opts)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, cfg.Errors.Aborted(err)
	}
	dialCtx := ctx
	if opts.Timeout > 0 {
		var cancel context.CancelFunc
		dialCtx, cancel = context.WithTimeout(ctx, opts.Timeout)
		defer cancel()
	}
	conn, resp, err := websocket.Dial(dialCtx, hs.url, &websocket.DialOptions{HTTPClient: cfg.HTTPClient, HTTPHeader: hs.header})
	if err != nil {
		return nil, handshakeError(ctx, dialCtx, cfg, hs, resp, err)
	}
	limit := cfg.MaxMessageBytes
	if limit <= 0 {
		limit = DefaultMaxMessageBytes
	}
	conn.SetReadLimit(limit)
	return newSession[E](conn, cfg, ch, limit), nil
}

// handshakeError is the client's error for a failed handshake; nothing in it shows the credential.
func handshakeError(ctx, dialCtx context.Context, cfg *Config, hs *handshake, resp *http.Response, err error) error {
	r := newRedactor(cfg)
	if resp != nil && resp.StatusCode >= 400 && resp.StatusCode <= 599 {
		var body []byte
		if resp.Body != nil {
			body = readAll(resp.Body)
		}
		return cfg.Errors.Status(resp.StatusCode, r.header(resp.Header), r.bytes(body))
	}
	switch {
	case ctx.Err() != nil && errors.Is(ctx.Err(), context.Canceled):
		return cfg.Errors.Aborted(ctx.Err())
	case dialCtx.Err() != nil:
		return cfg.Errors.Timeout(fmt.Sprintf("The WebSocket handshake with %s timed out.", hs.redacted), dialCtx.Err())
	case resp != nil:
		return cfg.Errors.Connection(fmt.Sprintf("The WebSocket handshake with %s was answered %d.", hs.redacted, resp.StatusCode), nil)
	}
	// net/http's errors quote the URL, which may carry a credential: only the cause below it is kept.
	var urlErr *url.Error
	cause := err
	if errors.As(err, &urlErr) {
		cause = urlErr.Err
	}
	detail := r.text(cause.Error())
	return cfg.Errors.Connection(fmt.Sprintf("Could not open the WebSocket to %s: %s", hs.redacted, detail), redactedError{detail, cause})
}

// redactedError keeps a cause for errors.Is/As while its text never shows a credential.
type redactedError struct {
	text  string
	cause error
}

func (e redactedError) Error() string { return e.text }
func (e redactedError) Unwrap() error { return e.cause }
