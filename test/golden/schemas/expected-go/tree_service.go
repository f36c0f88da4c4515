// Code generated from spec.yaml (Schema Features 1.0.0) by openapi-client-generator. DO NOT EDIT.

package schemafeatures

import (
	"context"

	"schema-features/internal/core"
	"schema-features/option"
)

// TreeService: the tree operations.
type TreeService struct {
	client *core.Client
}

func newTreeService(c *core.Client) *TreeService {
	return &TreeService{client: c}
}

var specTreeGet = core.OperationSpec{
	Method:   "GET",
	Path:     "/tree",
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
}

// Get: GET /tree
func (s *TreeService) Get(ctx context.Context, opts ...option.RequestOption) (*TreeNode, error) {
	var out TreeNode
	if err := s.client.Do(ctx, &specTreeGet, core.Input{}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}
