// Code generated from spec.yaml (Path Parameter Repair API 1.0.0) by openapi-client-generator. DO NOT EDIT.

package pathparameterrepairapi

import (
	"context"

	"path-parameter-repair-api/internal/core"
	"path-parameter-repair-api/option"
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
	Path:     "/things/{thingId}",
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
}

// Get: Get a thing; `thingId` is not declared.
func (s *ThingsService) Get(ctx context.Context, thingID string, opts ...option.RequestOption) (*Thing, error) {
	var out Thing
	if err := s.client.Do(ctx, &specThingsGet, core.Input{Path: map[string]any{"thingId": thingID}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

var specThingsGetPart = core.OperationSpec{
	Method:   "GET",
	Path:     "/things/{thingId}/parts/{partId}",
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
}

// GetPart: Get a part; only `partId` is declared.
func (s *ThingsService) GetPart(ctx context.Context, thingID string, partID string, opts ...option.RequestOption) (*Thing, error) {
	var out Thing
	if err := s.client.Do(ctx, &specThingsGetPart, core.Input{Path: map[string]any{"thingId": thingID, "partId": partID}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}
