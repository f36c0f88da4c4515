// Code generated from spec.yaml (Query Params API 1.0.0) by openapi-client-generator. DO NOT EDIT.

package queryparamsapi

import (
	"context"

	"query-params-api/internal/core"
	"query-params-api/option"
)

// ItemsService: the items operations.
type ItemsService struct {
	client *core.Client
}

func newItemsService(c *core.Client) *ItemsService {
	return &ItemsService{client: c}
}

// ItemsGetParams: the values items.get takes besides its path parameters.
type ItemsGetParams struct {
	// Correlates logs.
	XTraceID *string `json:"-"`
	Session  *string `json:"-"`
}

var specItemsGet = core.OperationSpec{
	Method:   "GET",
	Path:     "/stores/{storeId}/items/{itemId}",
	Headers:  []core.ParamSpec{{Name: "X-Trace-Id", Style: "simple"}},
	Cookies:  []core.ParamSpec{{Name: "session", Style: "form", Explode: true}},
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
}

// Get: Get one item of a store.
func (s *ItemsService) Get(ctx context.Context, storeID string, itemID int64, params ItemsGetParams, opts ...option.RequestOption) (*Item, error) {
	var out Item
	if err := s.client.Do(ctx, &specItemsGet, core.Input{Path: map[string]any{"storeId": storeID, "itemId": itemID}, Params: map[string]any{"X-Trace-Id": params.XTraceID, "session": params.Session}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// ItemsSearchParams: the values items.search takes besides its path parameters.
type ItemsSearchParams struct {
	// Free text.
	Q       string `json:"-"`
	Limit   *int64 `json:"-"`
	InStock *bool  `json:"-"`
	// Any of these tags.
	Tags       []string                      `json:"-"`
	IDS        []int64                       `json:"-"`
	Expand     []ItemsSearchParamsExpandItem `json:"-"`
	Sort       *ItemsSearchParamsSort        `json:"-"`
	Filter     *ItemsSearchParamsFilter      `json:"-"`
	Since      *string                       `json:"-"`
	APIVersion *ItemsSearchParamsAPIVersion  `json:"-"`
}

var specItemsSearch = core.OperationSpec{
	Method:   "GET",
	Path:     "/items",
	Query:    []core.ParamSpec{{Name: "q", Style: "form", Explode: true}, {Name: "limit", Style: "form", Explode: true}, {Name: "in_stock", Style: "form", Explode: true}, {Name: "tags", Style: "form", Explode: true}, {Name: "ids", Style: "form"}, {Name: "expand[]", Style: "form", Explode: true}, {Name: "sort", Style: "form", Explode: true}, {Name: "filter", Style: "deepObject", Explode: true}, {Name: "since", Style: "form", Explode: true}},
	Headers:  []core.ParamSpec{{Name: "Api-Version", Style: "simple", Fixed: "2024-01-01"}},
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
}

// Search: Search items.
func (s *ItemsService) Search(ctx context.Context, params ItemsSearchParams, opts ...option.RequestOption) ([]Item, error) {
	var out []Item
	err := s.client.Do(ctx, &specItemsSearch, core.Input{Params: map[string]any{"q": params.Q, "limit": params.Limit, "in_stock": params.InStock, "tags": params.Tags, "ids": params.IDS, "expand[]": params.Expand, "sort": params.Sort, "filter": params.Filter, "since": params.Since, "Api-Version": params.APIVersion}}, &out, opts)
	return out, err
}
