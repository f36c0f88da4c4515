// Code generated from spec.yaml (Media API 1.0.0) by openapi-client-generator. DO NOT EDIT.

package mediaapi

import (
	"context"

	"media-api/internal/core"
	"media-api/option"
)

// ReportsService: the reports operations.
type ReportsService struct {
	client *core.Client
}

func newReportsService(c *core.Client) *ReportsService {
	return &ReportsService{client: c}
}

var specReportsExport = core.OperationSpec{
	Method:   "GET",
	Path:     "/reports/export",
	Response: core.ResponseSpec{Kind: "text", Accept: "text/csv"},
}

// Export: GET /reports/export
func (s *ReportsService) Export(ctx context.Context, opts ...option.RequestOption) (string, error) {
	var out string
	err := s.client.Do(ctx, &specReportsExport, core.Input{}, &out, opts)
	return out, err
}

var specReportsGet = core.OperationSpec{
	Method:   "GET",
	Path:     "/reports/{id}",
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
}

// Get: GET /reports/{id}
func (s *ReportsService) Get(ctx context.Context, id string, opts ...option.RequestOption) (*ReportsGetResponse, error) {
	var out ReportsGetResponse
	if err := s.client.Do(ctx, &specReportsGet, core.Input{Path: map[string]any{"id": id}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

var specReportsDelete = core.OperationSpec{
	Method:   "DELETE",
	Path:     "/reports/{id}",
	Response: core.ResponseSpec{Kind: "none"},
}

// Delete: DELETE /reports/{id}
func (s *ReportsService) Delete(ctx context.Context, id string, opts ...option.RequestOption) error {
	return s.client.Do(ctx, &specReportsDelete, core.Input{Path: map[string]any{"id": id}}, nil, opts)
}
