// Code generated from spec.yaml (Shadowing API 1.0.0) by openapi-client-generator. DO NOT EDIT.

package shadowingapi

import (
	"context"

	"shadowing-api/internal/core"
	"shadowing-api/option"
)

// CountsService: the counts operations.
type CountsService struct {
	client *core.Client
}

func newCountsService(c *core.Client) *CountsService {
	return &CountsService{client: c}
}

// CountsGetParams: the values counts.get takes besides its path parameters.
type CountsGetParams struct {
	Cast *string `json:"-"`
	Str  *string `json:"-"`
	// Not evaluated by the body (it writes List)
	List *string `json:"-"`
	Int  *int64  `json:"-"`
}

var specCountsGet = core.OperationSpec{
	Method:   "GET",
	Path:     "/counts",
	Query:    []core.ParamSpec{{Name: "cast", Style: "form", Explode: true}, {Name: "str", Style: "form", Explode: true}, {Name: "list", Style: "form", Explode: true}},
	Headers:  []core.ParamSpec{{Name: "int", Style: "simple"}},
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
}

// Get: GET /counts
func (s *CountsService) Get(ctx context.Context, params CountsGetParams, opts ...option.RequestOption) (map[string][]int64, error) {
	var out map[string][]int64
	err := s.client.Do(ctx, &specCountsGet, core.Input{Params: map[string]any{"cast": params.Cast, "str": params.Str, "list": params.List, "int": params.Int}}, &out, opts)
	return out, err
}
