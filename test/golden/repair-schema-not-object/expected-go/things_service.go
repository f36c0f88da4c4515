// Code generated from spec.yaml (Schema Not Object Repair API 1.0.0) by openapi-client-generator. DO NOT EDIT.

package schemanotobjectrepairapi

import (
	"context"

	"schema-not-object-repair-api/internal/core"
	"schema-not-object-repair-api/option"
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
}

// List: GET /things
func (s *ThingsService) List(ctx context.Context, opts ...option.RequestOption) (*Thing, error) {
	var out Thing
	if err := s.client.Do(ctx, &specThingsList, core.Input{}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// ThingsCreateParams: the values things.create takes besides its path parameters.
type ThingsCreateParams struct {
	Mode any `json:"-"`
	Body any `json:"-"`
}

var specThingsCreate = core.OperationSpec{
	Method:   "POST",
	Path:     "/things",
	Query:    []core.ParamSpec{{Name: "mode", Style: "form", Explode: true}},
	Body:     &core.BodySpec{Encoding: "json", ContentType: "application/json", Required: true},
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
}

// Create: POST /things
func (s *ThingsService) Create(ctx context.Context, params ThingsCreateParams, opts ...option.RequestOption) (any, error) {
	var out any
	err := s.client.Do(ctx, &specThingsCreate, core.Input{Body: params.Body, Params: map[string]any{"mode": params.Mode}}, &out, opts)
	return out, err
}
