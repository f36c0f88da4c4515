// Code generated from spec.yaml (Hostile */ API `${globalThis.pwned = 1}` </script> 1.0.0) by openapi-client-generator. DO NOT EDIT.

package hostile

import (
	"context"

	"hostile-client/internal/core"
	"hostile-client/option"
)

// ItemsService: the items operations.
type ItemsService struct {
	client *core.Client
}

func newItemsService(c *core.Client) *ItemsService {
	return &ItemsService{client: c}
}

// ItemsConstructorParams: the values items.constructor takes besides its path parameters.
type ItemsConstructorParams struct {
	// quote ' and " and ` and ${x}
	QX    *string                      `json:"-"`
	Class *ItemsConstructorParamsClass `json:"-"`
}

var specItemsConstructor = core.OperationSpec{
	Method:   "GET",
	Path:     "/items/{id}",
	Query:    []core.ParamSpec{{Name: "q*/x", Style: "form", Explode: true}, {Name: "class", Style: "form", Explode: true}},
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
}

// Constructor: Get */ globalThis.pwned = 3; /* an item
//
// Backticks ` and ${interpolation} and </script><script>alert(1)</script> and \ backslashes \u0041.
func (s *ItemsService) Constructor(ctx context.Context, id string, params ItemsConstructorParams, opts ...option.RequestOption) (*Class, error) {
	var out Class
	if err := s.client.Do(ctx, &specItemsConstructor, core.Input{Path: map[string]any{"id": id}, Params: map[string]any{"q*/x": params.QX, "class": params.Class}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}
