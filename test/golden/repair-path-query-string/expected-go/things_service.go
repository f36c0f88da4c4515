// Code generated from spec.yaml (Query String Repair API 1.0.0) by openapi-client-generator. DO NOT EDIT.

package querystringrepairapi

import (
	"context"

	"query-string-repair-api/internal/core"
	"query-string-repair-api/option"
)

// ThingsService: the things operations.
type ThingsService struct {
	client *core.Client
}

func newThingsService(c *core.Client) *ThingsService {
	return &ThingsService{client: c}
}

// ThingsRangeParams: the values things.range takes besides its path parameters.
type ThingsRangeParams struct {
	From string `json:"-"`
	To   string `json:"-"`
}

var specThingsRange = core.OperationSpec{
	Method:   "GET",
	Path:     "/things/",
	Query:    []core.ParamSpec{{Name: "from", Style: "form", Explode: true}, {Name: "to", Style: "form", Explode: true}},
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
}

// Range: Things between two keys.
func (s *ThingsService) Range(ctx context.Context, params ThingsRangeParams, opts ...option.RequestOption) ([]string, error) {
	var out []string
	err := s.client.Do(ctx, &specThingsRange, core.Input{Params: map[string]any{"from": params.From, "to": params.To}}, &out, opts)
	return out, err
}

// ThingsSearchParams: the values things.search takes besides its path parameters.
type ThingsSearchParams struct {
	Q    *int64  `json:"-"`
	Kind *string `json:"-"`
}

var specThingsSearch = core.OperationSpec{
	Method:   "GET",
	Path:     "/search",
	Query:    []core.ParamSpec{{Name: "q", Style: "form", Explode: true}, {Name: "kind", Style: "form", Explode: true, Fixed: "all"}},
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
}

// Search: Search every kind of thing; `q` is declared, `kind` is fixed by the path key.
func (s *ThingsService) Search(ctx context.Context, params ThingsSearchParams, opts ...option.RequestOption) ([]string, error) {
	var out []string
	err := s.client.Do(ctx, &specThingsSearch, core.Input{Params: map[string]any{"q": params.Q, "kind": params.Kind}}, &out, opts)
	return out, err
}
