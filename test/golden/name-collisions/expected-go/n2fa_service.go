// Code generated from spec.yaml (2 Names: Collide & Co 1.0.0) by openapi-client-generator. DO NOT EDIT.

package n2namescollideco

import (
	"context"

	"2-names-collide-co/internal/core"
	"2-names-collide-co/option"
)

// N2faService: the n2fa operations.
type N2faService struct {
	client *core.Client
}

func newN2faService(c *core.Client) *N2faService {
	return &N2faService{client: c}
}

var specN2faStatus = core.OperationSpec{
	Method:   "GET",
	Path:     "/2fa",
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
}

// Status: GET /2fa
func (s *N2faService) Status(ctx context.Context, opts ...option.RequestOption) (*N2FAStatus, error) {
	var out N2FAStatus
	if err := s.client.Do(ctx, &specN2faStatus, core.Input{}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}
