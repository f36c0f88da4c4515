// Code generated from spec.yaml (Security Repair API 1.0.0) by openapi-client-generator. DO NOT EDIT.

package securityrepairapi

import (
	"context"

	"security-repair-api/internal/core"
	"security-repair-api/option"
)

// ThingsService: the things operations.
type ThingsService struct {
	client *core.Client
}

func newThingsService(c *core.Client) *ThingsService {
	return &ThingsService{client: c}
}

var specThingsList = core.OperationSpec{
	Method:   "GET",
	Path:     "/things",
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
	Security: [][]string{{"ApiKey"}},
}

// List: GET /things
func (s *ThingsService) List(ctx context.Context, opts ...option.RequestOption) ([]string, error) {
	var out []string
	err := s.client.Do(ctx, &specThingsList, core.Input{}, &out, opts)
	return out, err
}
