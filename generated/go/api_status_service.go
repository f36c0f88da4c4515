// Code generated from cartesia.yaml (Cartesia API 0.1.0) by openapi-client-generator. DO NOT EDIT.

package cartesia

import (
	"context"

	"cartesia-gen/client/internal/core"
	"cartesia-gen/client/option"
)

// APIStatusService: Check that the API is reachable and which version it runs.
type APIStatusService struct {
	client *core.Client
}

func newAPIStatusService(c *core.Client) *APIStatusService {
	return &APIStatusService{client: c}
}

var specAPIStatusGet = core.OperationSpec{
	Method:   "GET",
	Path:     "/",
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
	Security: [][]string{{"TokenAuth"}, {"APIKeyAuth"}},
}

// Get: API Status and Version
func (s *APIStatusService) Get(ctx context.Context, opts ...option.RequestOption) (*APIInfo, error) {
	var out APIInfo
	if err := s.client.Do(ctx, &specAPIStatusGet, core.Input{}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}
