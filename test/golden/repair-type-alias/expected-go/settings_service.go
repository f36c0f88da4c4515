// Code generated from spec.yaml (Type Alias Repair API 1.0.0) by openapi-client-generator. DO NOT EDIT.

package typealiasrepairapi

import (
	"context"

	"type-alias-repair-api/internal/core"
	"type-alias-repair-api/option"
)

// Settings2Service: the settings operations.
type Settings2Service struct {
	client *core.Client
}

func newSettings2Service(c *core.Client) *Settings2Service {
	return &Settings2Service{client: c}
}

// SettingsGetParams: the values settings.get takes besides its path parameters.
type SettingsGetParams struct {
	Verbose *bool `json:"-"`
}

var specSettingsGet = core.OperationSpec{
	Method:   "GET",
	Path:     "/settings",
	Query:    []core.ParamSpec{{Name: "verbose", Style: "form", Explode: true}},
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
}

// Get: GET /settings
func (s *Settings2Service) Get(ctx context.Context, params SettingsGetParams, opts ...option.RequestOption) (*Settings, error) {
	var out Settings
	if err := s.client.Do(ctx, &specSettingsGet, core.Input{Params: map[string]any{"verbose": params.Verbose}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}
