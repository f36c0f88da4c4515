// Code generated from spec.yaml (Paged API 1.0.0) by openapi-client-generator. DO NOT EDIT.

package pagedapi

import (
	"context"

	"paged-api/internal/core"
	"paged-api/option"
)

// GroupsService: the groups operations.
type GroupsService struct {
	client *core.Client
}

func newGroupsService(c *core.Client) *GroupsService {
	return &GroupsService{client: c}
}

var specGroupsList = core.OperationSpec{
	Method:   "GET",
	Path:     "/groups",
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
}

// List: Not paginated (no cursor parameter), so it returns the plain body.
func (s *GroupsService) List(ctx context.Context, opts ...option.RequestOption) (*GroupsListResponse, error) {
	var out GroupsListResponse
	if err := s.client.Do(ctx, &specGroupsList, core.Input{}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}
