package realtime

import (
	"bytes"
	"io"
	"net/http"
	"strings"
)

// redactor masks the credentials a client holds, wherever a server might echo them back (error bodies, headers,
// close reasons).
type redactor struct {
	secrets []string
}

const mask = "***"

func newRedactor(cfg *Config) redactor {
	var secrets []string
	for _, value := range cfg.Held {
		if value != "" {
			secrets = append(secrets, value)
		}
	}
	return redactor{secrets}
}

func (r redactor) text(s string) string {
	for _, secret := range r.secrets {
		s = strings.ReplaceAll(s, secret, mask)
	}
	return s
}

func (r redactor) bytes(b []byte) []byte {
	for _, secret := range r.secrets {
		if bytes.Contains(b, []byte(secret)) {
			b = bytes.ReplaceAll(b, []byte(secret), []byte(mask))
		}
	}
	return b
}

func (r redactor) header(h http.Header) http.Header {
	out := make(http.Header, len(h))
	for name, values := range h {
		for _, value := range values {
			out[name] = append(out[name], r.text(value))
		}
	}
	return out
}

// refusalBodyLimit caps the body of a refused handshake kept for its error.
const refusalBodyLimit = 1 << 10

func readAll(body io.ReadCloser) []byte {
	defer body.Close()
	b, _ := io.ReadAll(io.LimitReader(body, refusalBodyLimit))
	return b
}
