// Code generated from spec.yaml (Security Repair API 1.0.0) by openapi-client-generator. DO NOT EDIT.

package securityrepairapi

import (
	"context"

	"security-repair-api/internal/core"
	"security-repair-api/option"
)

// AdminService: the admin operations.
type AdminService struct {
	client *core.Client
}

func newAdminService(c *core.Client) *AdminService {
	return &AdminService{client: c}
}

var specAdminReset = core.OperationSpec{
	Method:   "POST",
	Path:     "/admin",
	Response: core.ResponseSpec{Kind: "none"},
	Security: [][]string{{"ApiKey"}},
}

// Reset: POST /admin
func (s *AdminService) Reset(ctx context.Context, opts ...option.RequestOption) error {
	return s.client.Do(ctx, &specAdminReset, core.Input{}, nil, opts)
}
