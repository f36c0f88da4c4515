// Code generated from spec.yaml (Schema Features 1.0.0) by openapi-client-generator. DO NOT EDIT.

package schemafeatures

import (
	"context"

	"schema-features/internal/core"
	"schema-features/option"
)

// ShapesService: the shapes operations.
type ShapesService struct {
	client *core.Client
}

func newShapesService(c *core.Client) *ShapesService {
	return &ShapesService{client: c}
}

var specShapesList = core.OperationSpec{
	Method:   "GET",
	Path:     "/shapes",
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
}

// List: GET /shapes
func (s *ShapesService) List(ctx context.Context, opts ...option.RequestOption) ([]Shape, error) {
	var out []Shape
	err := s.client.Do(ctx, &specShapesList, core.Input{}, &out, opts)
	return out, err
}
