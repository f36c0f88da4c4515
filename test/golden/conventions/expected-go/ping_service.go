// Code generated from spec.yaml (Conventions API 3.0.0-beta.1) by openapi-client-generator. DO NOT EDIT.

package convclient

import (
	"context"

	"example/conv/internal/core"
	"example/conv/option"
)

// PingService: the ping operations.
type PingService struct {
	client *core.Client
}

func newPingService(c *core.Client) *PingService {
	return &PingService{client: c}
}

var specPingPing = core.OperationSpec{
	Method:   "GET",
	Path:     "/ping",
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
	Security: [][]string{{"Key"}},
}

// Ping: A method on the client itself.
func (s *PingService) Ping(ctx context.Context, opts ...option.RequestOption) (*PingPingResponse, error) {
	var out PingPingResponse
	if err := s.client.Do(ctx, &specPingPing, core.Input{}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}
