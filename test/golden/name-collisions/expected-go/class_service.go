// Code generated from spec.yaml (2 Names: Collide & Co 1.0.0) by openapi-client-generator. DO NOT EDIT.

package n2namescollideco

import (
	"context"

	"2-names-collide-co/internal/core"
	"2-names-collide-co/option"
)

// ClassService: the class operations.
type ClassService struct {
	client *core.Client
}

func newClassService(c *core.Client) *ClassService {
	return &ClassService{client: c}
}

var specClassGetClassDefaultDefault = core.OperationSpec{
	Method:   "GET",
	Path:     "/class/{default}/{Default}",
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
}

// GetClassDefaultDefault: Path params that are reserved words and differ only in case.
func (s *ClassService) GetClassDefaultDefault(ctx context.Context, default2 string, default3 string, opts ...option.RequestOption) (*Error, error) {
	var out Error
	if err := s.client.Do(ctx, &specClassGetClassDefaultDefault, core.Input{Path: map[string]any{"default": default2, "Default": default3}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

var specClassListParams2 = core.OperationSpec{
	Method:   "GET",
	Path:     "/class",
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
}

// List: GET /class
func (s *ClassService) List(ctx context.Context, opts ...option.RequestOption) (*Page2, error) {
	var out Page2
	if err := s.client.Do(ctx, &specClassListParams2, core.Input{}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

var specClassListParams3 = core.OperationSpec{
	Method:   "POST",
	Path:     "/class",
	Response: core.ResponseSpec{Kind: "none"},
}

// List2: Same method name as the GET after the tag prefix is dropped.
func (s *ClassService) List2(ctx context.Context, opts ...option.RequestOption) error {
	return s.client.Do(ctx, &specClassListParams3, core.Input{}, nil, opts)
}
