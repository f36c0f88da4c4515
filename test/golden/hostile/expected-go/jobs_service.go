// Code generated from spec.yaml (Hostile */ API `${globalThis.pwned = 1}` </script> 1.0.0) by openapi-client-generator. DO NOT EDIT.

package hostile

import (
	"context"

	"hostile-client/internal/core"
	"hostile-client/option"
)

// JobsService: the jobs operations.
type JobsService struct {
	client *core.Client
}

func newJobsService(c *core.Client) *JobsService {
	return &JobsService{client: c}
}

var specJobsThen = core.OperationSpec{
	Method:   "POST",
	Path:     "/jobs/then",
	Response: core.ResponseSpec{Kind: "none"},
}

// Then2: So would a resource method named `then`.
func (s *JobsService) Then2(ctx context.Context, opts ...option.RequestOption) error {
	return s.client.Do(ctx, &specJobsThen, core.Input{}, nil, opts)
}
