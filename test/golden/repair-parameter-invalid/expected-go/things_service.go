// Code generated from spec.yaml (Parameter Invalid Repair API 1.0.0) by openapi-client-generator. DO NOT EDIT.

package parameterinvalidrepairapi

import (
	"context"

	"parameter-invalid-repair-api/internal/core"
	"parameter-invalid-repair-api/option"
)

// ThingsService: the things operations.
type ThingsService struct {
	client *core.Client
}

func newThingsService(c *core.Client) *ThingsService {
	return &ThingsService{client: c}
}

// ThingsListParams: the values things.list takes besides its path parameters.
type ThingsListParams struct {
	Limit *int64 `json:"-"`
}

var specThingsList = core.OperationSpec{
	Method:   "GET",
	Path:     "/things",
	Query:    []core.ParamSpec{{Name: "limit", Style: "form", Explode: true}},
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
}

// List: GET /things
func (s *ThingsService) List(ctx context.Context, params ThingsListParams, opts ...option.RequestOption) ([]string, error) {
	var out []string
	err := s.client.Do(ctx, &specThingsList, core.Input{Params: map[string]any{"limit": params.Limit}}, &out, opts)
	return out, err
}
