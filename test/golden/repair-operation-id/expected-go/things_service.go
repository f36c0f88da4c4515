// Code generated from spec.yaml (Operation Id Repair API 1.0.0) by openapi-client-generator. DO NOT EDIT.

package operationidrepairapi

import (
	"context"

	"operation-id-repair-api/internal/core"
	"operation-id-repair-api/option"
)

// ThingsService: the things operations.
type ThingsService struct {
	client *core.Client
}

func newThingsService(c *core.Client) *ThingsService {
	return &ThingsService{client: c}
}

var specThingsListThings = core.OperationSpec{
	Method:   "GET",
	Path:     "/things",
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
}

// ListThings: GET /things
func (s *ThingsService) ListThings(ctx context.Context, opts ...option.RequestOption) ([]string, error) {
	var out []string
	err := s.client.Do(ctx, &specThingsListThings, core.Input{}, &out, opts)
	return out, err
}

var specThingsListThings2 = core.OperationSpec{
	Method:   "GET",
	Path:     "/things/archived",
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
}

// ListThings2: GET /things/archived
func (s *ThingsService) ListThings2(ctx context.Context, opts ...option.RequestOption) ([]string, error) {
	var out []string
	err := s.client.Do(ctx, &specThingsListThings2, core.Input{}, &out, opts)
	return out, err
}
