// Code generated from spec.yaml (Errors API 1.0.0) by openapi-client-generator. DO NOT EDIT.

package errorsapi

import (
	"context"

	"errors-api/internal/core"
	"errors-api/option"
)

// ThingsService: the things operations.
type ThingsService struct {
	client *core.Client
}

func newThingsService(c *core.Client) *ThingsService {
	return &ThingsService{client: c}
}

var specThingsGet = core.OperationSpec{
	Method:   "GET",
	Path:     "/things/{id}",
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
}

// Get: GET /things/{id}
func (s *ThingsService) Get(ctx context.Context, id string, opts ...option.RequestOption) (*ThingsGetResponse, error) {
	var out ThingsGetResponse
	if err := s.client.Do(ctx, &specThingsGet, core.Input{Path: map[string]any{"id": id}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}
