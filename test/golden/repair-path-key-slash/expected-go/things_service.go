// Code generated from spec.yaml (Path Slash Repair API 1.0.0) by openapi-client-generator. DO NOT EDIT.

package pathslashrepairapi

import (
	"context"

	"path-slash-repair-api/internal/core"
	"path-slash-repair-api/option"
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

// Get: GET /things/{thingId}
func (s *ThingsService) Get(ctx context.Context, thingID string, opts ...option.RequestOption) (*string, error) {
	var out string
	if err := s.client.Do(ctx, &specThingsGet, core.Input{Path: map[string]any{"thingId": thingID}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}
