// Code generated from spec.yaml (Auth Zoo 1.0.0) by openapi-client-generator. DO NOT EDIT.

package authzoo

import (
	"context"

	"auth-zoo/internal/core"
	"auth-zoo/option"
)

// ProbeService: the probe operations.
type ProbeService struct {
	client *core.Client
}

func newProbeService(c *core.Client) *ProbeService {
	return &ProbeService{client: c}
}

var specProbeHeaderKey = core.OperationSpec{
	Method:   "GET",
	Path:     "/header-key",
	Response: core.ResponseSpec{Kind: "none"},
	Security: [][]string{{"HeaderKey"}},
}

// HeaderKey: GET /header-key
func (s *ProbeService) HeaderKey(ctx context.Context, opts ...option.RequestOption) error {
	return s.client.Do(ctx, &specProbeHeaderKey, core.Input{}, nil, opts)
}

var specProbeQueryKey = core.OperationSpec{
	Method:   "GET",
	Path:     "/query-key",
	Response: core.ResponseSpec{Kind: "none"},
	Security: [][]string{{"QueryKey"}},
}

// QueryKey: GET /query-key
func (s *ProbeService) QueryKey(ctx context.Context, opts ...option.RequestOption) error {
	return s.client.Do(ctx, &specProbeQueryKey, core.Input{}, nil, opts)
}

var specProbeCookieKey = core.OperationSpec{
	Method:   "GET",
	Path:     "/cookie-key",
	Response: core.ResponseSpec{Kind: "none"},
	Security: [][]string{{"CookieKey"}},
}

// CookieKey: GET /cookie-key
func (s *ProbeService) CookieKey(ctx context.Context, opts ...option.RequestOption) error {
	return s.client.Do(ctx, &specProbeCookieKey, core.Input{}, nil, opts)
}

var specProbeBasic = core.OperationSpec{
	Method:   "GET",
	Path:     "/basic",
	Response: core.ResponseSpec{Kind: "none"},
	Security: [][]string{{"Basic"}},
}

// Basic: GET /basic
func (s *ProbeService) Basic(ctx context.Context, opts ...option.RequestOption) error {
	return s.client.Do(ctx, &specProbeBasic, core.Input{}, nil, opts)
}

var specProbeOauth = core.OperationSpec{
	Method:   "GET",
	Path:     "/oauth",
	Response: core.ResponseSpec{Kind: "none"},
	Security: [][]string{{"OAuth"}, {"Oidc"}},
}

// Oauth: GET /oauth
func (s *ProbeService) Oauth(ctx context.Context, opts ...option.RequestOption) error {
	return s.client.Do(ctx, &specProbeOauth, core.Input{}, nil, opts)
}

var specProbeBoth = core.OperationSpec{
	Method:   "GET",
	Path:     "/both",
	Response: core.ResponseSpec{Kind: "none"},
	Security: [][]string{{"HeaderKey", "Basic"}},
}

// Both: GET /both
func (s *ProbeService) Both(ctx context.Context, opts ...option.RequestOption) error {
	return s.client.Do(ctx, &specProbeBoth, core.Input{}, nil, opts)
}

var specProbePublic = core.OperationSpec{
	Method:   "GET",
	Path:     "/public",
	Response: core.ResponseSpec{Kind: "none"},
}

// Public: GET /public
func (s *ProbeService) Public(ctx context.Context, opts ...option.RequestOption) error {
	return s.client.Do(ctx, &specProbePublic, core.Input{}, nil, opts)
}

var specProbeOptional = core.OperationSpec{
	Method:   "GET",
	Path:     "/optional",
	Response: core.ResponseSpec{Kind: "none"},
	Security: [][]string{{}, {"ClientToken"}},
}

// Optional: GET /optional
func (s *ProbeService) Optional(ctx context.Context, opts ...option.RequestOption) error {
	return s.client.Do(ctx, &specProbeOptional, core.Input{}, nil, opts)
}

var specProbeInherited = core.OperationSpec{
	Method:   "GET",
	Path:     "/default",
	Response: core.ResponseSpec{Kind: "none"},
	Security: [][]string{{"ServerKey"}},
}

// Inherited: GET /default
func (s *ProbeService) Inherited(ctx context.Context, opts ...option.RequestOption) error {
	return s.client.Do(ctx, &specProbeInherited, core.Input{}, nil, opts)
}
