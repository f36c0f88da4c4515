// Code generated from spec.yaml (Upload API 1.0.0) by openapi-client-generator. DO NOT EDIT.

package uploadapi

import (
	"context"

	"upload-api/internal/core"
	"upload-api/option"
)

// FormsService: the forms operations.
type FormsService struct {
	client *core.Client
}

func newFormsService(c *core.Client) *FormsService {
	return &FormsService{client: c}
}

// FormsSubmitParams: the values forms.submit takes besides its path parameters.
type FormsSubmitParams struct {
	Name    *string                   `json:"-"`
	Age     *int64                    `json:"-"`
	Address *FormsSubmitParamsAddress `json:"-"`
}

var specFormsSubmit = core.OperationSpec{
	Method:   "POST",
	Path:     "/forms",
	Body:     &core.BodySpec{Encoding: "form", ContentType: "application/x-www-form-urlencoded", Required: false, Fields: map[string]core.FieldWire{"address": {Style: "form", Explode: true}}},
	Response: core.ResponseSpec{Kind: "none"},
}

// Submit: POST /forms
func (s *FormsService) Submit(ctx context.Context, params FormsSubmitParams, opts ...option.RequestOption) error {
	return s.client.Do(ctx, &specFormsSubmit, core.Input{Form: []core.FormField{{Name: "name", Value: params.Name}, {Name: "age", Value: params.Age}, {Name: "address", Value: params.Address}}}, nil, opts)
}
