// Code generated from spec.yaml (Operation Id Repair API 1.0.0) by openapi-client-generator. DO NOT EDIT.

package operationidrepairapi

import (
	"context"

	"operation-id-repair-api/internal/core"
	"operation-id-repair-api/option"
)

// OtherService: the other operations.
type OtherService struct {
	client *core.Client
}

func newOtherService(c *core.Client) *OtherService {
	return &OtherService{client: c}
}

var specOtherListThings = core.OperationSpec{
	Method:   "GET",
	Path:     "/other/things",
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
}

// ListThings: GET /other/things
func (s *OtherService) ListThings(ctx context.Context, opts ...option.RequestOption) ([]string, error) {
	var out []string
	err := s.client.Do(ctx, &specOtherListThings, core.Input{}, &out, opts)
	return out, err
}
