// Code generated from spec.yaml (Hostile */ API `${globalThis.pwned = 1}` </script> 1.0.0) by openapi-client-generator. DO NOT EDIT.

package hostile

import (
	"context"

	"hostile-client/internal/core"
	"hostile-client/option"
)

// TostringService: the tostring operations.
type TostringService struct {
	client *core.Client
}

func newTostringService(c *core.Client) *TostringService {
	return &TostringService{client: c}
}

// TostringToStringParams: the values toString takes besides its path parameters.
type TostringToStringParams struct {
	Constructor    *string `json:"-"`
	ToString       *string `json:"-"`
	Proto          *string `json:"-"`
	HasOwnProperty *string `json:"-"`
}

var specTostringToString = core.OperationSpec{
	Method:   "GET",
	Path:     "/tostring",
	Query:    []core.ParamSpec{{Name: "constructor", Style: "form", Explode: true}, {Name: "toString", Style: "form", Explode: true}, {Name: "__proto__", Style: "form", Explode: true}},
	Headers:  []core.ParamSpec{{Name: "hasOwnProperty", Style: "simple"}},
	Response: core.ResponseSpec{Kind: "none"},
}

// ToString: GET /tostring
func (s *TostringService) ToString(ctx context.Context, params TostringToStringParams, opts ...option.RequestOption) error {
	return s.client.Do(ctx, &specTostringToString, core.Input{Params: map[string]any{"constructor": params.Constructor, "toString": params.ToString, "__proto__": params.Proto, "hasOwnProperty": params.HasOwnProperty}}, nil, opts)
}
