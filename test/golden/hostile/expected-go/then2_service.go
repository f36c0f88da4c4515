// Code generated from spec.yaml (Hostile */ API `${globalThis.pwned = 1}` </script> 1.0.0) by openapi-client-generator. DO NOT EDIT.

package hostile

import (
	"context"

	"hostile-client/internal/core"
	"hostile-client/option"
)

// Then2Service: the then2 operations.
type Then2Service struct {
	client *core.Client
}

func newThen2Service(c *core.Client) *Then2Service {
	return &Then2Service{client: c}
}

var specThenThen = core.OperationSpec{
	Method:   "GET",
	Path:     "/then",
	Response: core.ResponseSpec{Kind: "none"},
}

// Then2: A root-level method named `then` would make the client thenable.
func (s *Then2Service) Then2(ctx context.Context, opts ...option.RequestOption) error {
	return s.client.Do(ctx, &specThenThen, core.Input{}, nil, opts)
}
