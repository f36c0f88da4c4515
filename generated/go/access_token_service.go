// Code generated from cartesia.yaml (Cartesia API 0.1.0) by openapi-client-generator. DO NOT EDIT.

package cartesia

import (
	"context"

	"cartesia-gen/client/internal/core"
	"cartesia-gen/client/option"
)

// AccessTokenService: Mint short-lived access tokens that let client apps call the API without holding an API key.
type AccessTokenService struct {
	client *core.Client
}

func newAccessTokenService(c *core.Client) *AccessTokenService {
	return &AccessTokenService{client: c}
}

// AccessTokenCreateParams: the values accessToken.create takes besides its path parameters.
type AccessTokenCreateParams struct {
	// Capabilities the token carries. Every grant, TTS and STT included, is optional: request only what you need.
	Grants *TokenGrant `json:"grants,omitempty"`
	// Lifetime of the token in seconds, counted from when it is issued; at most 3600 (one hour).
	ExpiresIn *int64 `json:"expires_in,omitempty"`
}

var specAccessTokenCreate = core.OperationSpec{
	Method:   "POST",
	Path:     "/access-token",
	Body:     &core.BodySpec{Encoding: "json", ContentType: "application/json", Required: true},
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
	Security: [][]string{{"APIKeyAuth"}},
}

// Create: Generate a New Access Token
//
// Issues a new short-lived access token. Authenticated client apps use it to call the API directly.
func (s *AccessTokenService) Create(ctx context.Context, params AccessTokenCreateParams, opts ...option.RequestOption) (*TokenResponse, error) {
	var out TokenResponse
	if err := s.client.Do(ctx, &specAccessTokenCreate, core.Input{Body: params}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}
