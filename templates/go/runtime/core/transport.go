package core

import (
	"encoding/base64"
	"net"
	"net/url"
	"os"
	"regexp"
	"strings"
)

// baseURL: the option, else the environment variable the spec names, else the spec's server.
func (c *Client) baseURL(cfg *RequestConfig) (*url.URL, error) {
	raw, from := cfg.BaseURL, ""
	if raw == "" && c.Spec.BaseURLEnv != "" {
		raw, from = strings.TrimSpace(os.Getenv(c.Spec.BaseURLEnv)), c.Spec.BaseURLEnv+": "
	}
	if raw == "" {
		raw = c.Spec.DefaultBaseURL
	}
	if raw == "" {
		return nil, configf("No base URL: the spec declares no server, so pass option.WithBaseURL.")
	}
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		return nil, configf("%sInvalid base URL: pass an absolute http(s) URL.", from)
	}
	if u.User != nil {
		return nil, configf("%sThe base URL carries a user name or password: pass credentials through the client's options, not in the URL.", from)
	}
	return u, nil
}

// credentials: scheme key → value, from the options or else the environment.
func (c *Client) credentials(cfg *RequestConfig) map[string]string {
	held := map[string]string{}
	for _, s := range c.Spec.Schemes {
		value, given := cfg.Credentials[s.Option]
		if !given && s.Env != "" {
			value = strings.TrimSpace(os.Getenv(s.Env))
		}
		if value != "" {
			held[s.Key] = value
		}
	}
	return held
}

// checkTransport refuses plain http to a host other than loopback when credentials would travel in clear text.
func (c *Client) checkTransport(u *url.URL) error {
	if c.Spec.TLSRequired && u.Scheme == "http" && !(c.Spec.LoopbackOK && IsLoopbackHost(u.Hostname())) {
		return &InsecureTransportError{Message: "Refusing to send credentials over plain http to " + u.Hostname() +
			": anyone on the network could read them. Use https (plain http is only allowed to localhost)."}
	}
	return nil
}

// IsLoopbackHost: localhost, 127.0.0.0/8 and ::1, traffic that never leaves the machine.
func IsLoopbackHost(host string) bool {
	host = strings.ToLower(strings.Trim(host, "[]"))
	if host == "localhost" || strings.HasSuffix(host, ".localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

type authParts struct {
	headers map[string]string
	query   []string
	cookies []string
}

// authenticate picks the first credential set the client holds (a held set beats the empty one, which means the
// credential is optional) and says how it goes on the wire.
func (c *Client) authenticate(held map[string]string, security [][]string) (authParts, error) {
	parts := authParts{headers: map[string]string{}}
	if len(security) == 0 {
		return parts, nil
	}
	byKey := map[string]SchemeSpec{}
	for _, s := range c.Spec.Schemes {
		byKey[s.Key] = s
	}
	var chosen []string
	optional := false
	for _, alternative := range security {
		if len(alternative) == 0 {
			optional = true
			continue
		}
		all := true
		for _, key := range alternative {
			if _, ok := held[key]; !ok {
				all = false
			}
		}
		if all {
			chosen = alternative
			break
		}
	}
	if chosen == nil && !optional {
		var names []string
		for _, alternative := range security {
			var set []string
			for _, key := range alternative {
				s := byKey[key]
				text := "option." + s.OptionFunc
				if s.OptionFunc == "" {
					text = "option.With" + strings.ToUpper(s.Option[:1]) + s.Option[1:]
				}
				if s.Env != "" {
					text += " (or set " + s.Env + ")"
				}
				set = append(set, text)
			}
			names = append(names, strings.Join(set, " + "))
		}
		return parts, &MissingCredentialError{Message: "This request needs a credential: pass " + strings.Join(names, " or ") + " when creating the client."}
	}
	for _, key := range chosen {
		s, value := byKey[key], held[key]
		switch {
		case s.Transport == "bearer":
			parts.headers["Authorization"] = "Bearer " + value
		case s.Transport == "basic":
			parts.headers["Authorization"] = "Basic " + base64.StdEncoding.EncodeToString([]byte(value))
		case s.In == "query":
			parts.query = append(parts.query, EncodeQueryComponent(s.ParameterName)+"="+EncodeQueryComponent(value))
		case s.In == "cookie":
			parts.cookies = append(parts.cookies, s.ParameterName+"="+EncodeComponent(value))
		default:
			name := s.ParameterName
			if name == "" {
				name = "Authorization"
			}
			parts.headers[name] = value
		}
	}
	return parts, nil
}

func (c *Client) version(cfg *RequestConfig) (string, error) {
	v := c.Spec.Version
	if v == nil {
		return "", nil
	}
	if cfg.Version == nil {
		return v.Default, nil
	}
	if v.Pattern != "" {
		if re, err := regexp.Compile(v.Pattern); err == nil && !re.MatchString(*cfg.Version) {
			return "", configf("API version %q does not look like %s; pass a version such as %q.", *cfg.Version, v.Pattern, v.Default)
		}
	}
	return *cfg.Version, nil
}
