// Code generated from spec.yaml (Schema Keyword Repair API 1.0.0) by openapi-client-generator. DO NOT EDIT.

package schemakeywordrepairapi

import (
	"context"

	"schema-keyword-repair-api/internal/core"
	"schema-keyword-repair-api/option"
)

// NotesService: the notes operations.
type NotesService struct {
	client *core.Client
}

func newNotesService(c *core.Client) *NotesService {
	return &NotesService{client: c}
}

// NotesCreateParams: the values notes.create takes besides its path parameters.
type NotesCreateParams struct {
	Body Note `json:"-"`
}

var specNotesCreate = core.OperationSpec{
	Method:   "POST",
	Path:     "/notes",
	Body:     &core.BodySpec{Encoding: "json", ContentType: "application/json", Required: true},
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
}

// Create: POST /notes
func (s *NotesService) Create(ctx context.Context, params NotesCreateParams, opts ...option.RequestOption) (*Note, error) {
	var out Note
	if err := s.client.Do(ctx, &specNotesCreate, core.Input{Body: params.Body}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}
