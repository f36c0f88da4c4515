// Code generated from spec.yaml (Data Refs API 1.0.0) by openapi-client-generator. DO NOT EDIT.

package datarefsapi

import (
	"context"

	"data-refs-api/internal/core"
	"data-refs-api/option"
)

// ThingsService: the things operations.
type ThingsService struct {
	client *core.Client
}

func newThingsService(c *core.Client) *ThingsService {
	return &ThingsService{client: c}
}

var specThingsList = core.OperationSpec{
	Method:   "GET",
	Path:     "/things",
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
}

// List: GET /things
func (s *ThingsService) List(ctx context.Context, opts ...option.RequestOption) ([]Thing, error) {
	var out []Thing
	err := s.client.Do(ctx, &specThingsList, core.Input{}, &out, opts)
	return out, err
}
