// Code generated from spec.yaml (Paged API 1.0.0) by openapi-client-generator. DO NOT EDIT.

package pagedapi

import (
	"context"
	"iter"

	"paged-api/internal/core"
	"paged-api/option"
)

// UsersService: the users operations.
type UsersService struct {
	client *core.Client
}

func newUsersService(c *core.Client) *UsersService {
	return &UsersService{client: c}
}

// UsersListParams: the values users.list takes besides its path parameters.
type UsersListParams struct {
	Limit  *int64  `json:"-"`
	After  *string `json:"-"`
	Before *string `json:"-"`
	Role   *string `json:"-"`
}

var specUsersList = core.OperationSpec{
	Method:   "GET",
	Path:     "/users",
	Query:    []core.ParamSpec{{Name: "limit", Style: "form", Explode: true}, {Name: "after", Style: "form", Explode: true}, {Name: "before", Style: "form", Explode: true}, {Name: "role", Style: "form", Explode: true}},
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
}

// List: GET /users
func (s *UsersService) List(ctx context.Context, params UsersListParams, opts ...option.RequestOption) (*Page[User], error) {
	return core.GetPage[User](ctx, s.client, &specUsersList, core.Input{Params: map[string]any{"limit": params.Limit, "after": params.After, "before": params.Before, "role": params.Role}}, opts)
}

// ListAutoPaging yields every item of List's pages, fetching each page as the loop reaches it; an error ends it.
func (s *UsersService) ListAutoPaging(ctx context.Context, params UsersListParams, opts ...option.RequestOption) iter.Seq2[User, error] {
	return core.AutoPager[User](ctx, s.client, &specUsersList, core.Input{Params: map[string]any{"limit": params.Limit, "after": params.After, "before": params.Before, "role": params.Role}}, opts)
}
