// Code generated from spec.yaml (Hostile */ API `${globalThis.pwned = 1}` </script> 1.0.0) by openapi-client-generator. DO NOT EDIT.

package hostile

import (
	"context"

	"hostile-client/internal/core"
	"hostile-client/option"
)

// RequestService: the request operations.
type RequestService struct {
	client *core.Client
}

func newRequestService(c *core.Client) *RequestService {
	return &RequestService{client: c}
}

var specRequestRequest = core.OperationSpec{
	Method:   "GET",
	Path:     "/request",
	Response: core.ResponseSpec{Kind: "none"},
}

// Request: A root-level method named like the client's own machinery.
func (s *RequestService) Request(ctx context.Context, opts ...option.RequestOption) error {
	return s.client.Do(ctx, &specRequestRequest, core.Input{}, nil, opts)
}
