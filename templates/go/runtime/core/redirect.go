package core

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"
)

// MaxRedirects bounds the hops of one request.
const MaxRedirects = 20

// RedirectError: a redirect the client will not follow (too many hops).
type RedirectError struct{ Message string }

func (e *RedirectError) Error() string { return e.Message }

// withRedirectRules returns a copy of hc whose redirects pass the client's rules on top of the caller's own policy:
// at most MaxRedirects hops, and no credential header to another origin (scheme, host and port). net/http alone
// keeps Authorization on a redirect to a subdomain, or from https to http on the same host.
func (c *Client) withRedirectRules(hc *http.Client) *http.Client {
	copied := *hc
	own := hc.CheckRedirect
	secret := []string{"Authorization", "Proxy-Authorization", "Cookie"}
	for _, s := range c.Spec.Schemes {
		if s.Transport == "apiKey" && s.In == "header" && s.ParameterName != "" {
			secret = append(secret, s.ParameterName)
		}
	}
	copied.CheckRedirect = func(req *http.Request, via []*http.Request) error {
		if len(via) >= MaxRedirects {
			return &RedirectError{Message: "Stopped after " + strconv.Itoa(MaxRedirects) + " redirects: the server keeps redirecting (a loop?)."}
		}
		if origin(req.URL) != origin(via[0].URL) {
			for _, name := range secret {
				req.Header.Del(name)
			}
		}
		if own != nil {
			return own(req, via)
		}
		return nil
	}
	return &copied
}

func origin(u *url.URL) string {
	port := u.Port()
	if port == "" {
		port = map[string]string{"http": "80", "https": "443"}[strings.ToLower(u.Scheme)]
	}
	return strings.ToLower(u.Scheme) + "://" + strings.ToLower(u.Hostname()) + ":" + port
}
