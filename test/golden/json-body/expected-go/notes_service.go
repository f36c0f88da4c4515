// Code generated from spec.yaml (JSON Body API 2.1.0) by openapi-client-generator. DO NOT EDIT.

package jsonbodyapi

import (
	"context"

	"json-body-api/internal/core"
	"json-body-api/option"
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
	Body NewNote `json:"-"`
}

var specNotesCreate = core.OperationSpec{
	Method:   "POST",
	Path:     "/notes",
	Body:     &core.BodySpec{Encoding: "json", ContentType: "application/json", Required: true},
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
}

// Create: Create a note.
func (s *NotesService) Create(ctx context.Context, params NotesCreateParams, opts ...option.RequestOption) (*Note, error) {
	var out Note
	if err := s.client.Do(ctx, &specNotesCreate, core.Input{Body: params.Body}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// NotesUpdateParams: the values notes.update takes besides its path parameters.
type NotesUpdateParams struct {
	Title  *string `json:"title,omitempty"`
	Pinned *bool   `json:"pinned,omitempty"`
}

var specNotesUpdate = core.OperationSpec{
	Method:   "PATCH",
	Path:     "/notes/{id}",
	Body:     &core.BodySpec{Encoding: "json", ContentType: "application/json", Required: false},
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
}

// Update: PATCH /notes/{id}
func (s *NotesService) Update(ctx context.Context, id string, params NotesUpdateParams, opts ...option.RequestOption) (*Note, error) {
	var out Note
	if err := s.client.Do(ctx, &specNotesUpdate, core.Input{Path: map[string]any{"id": id}, Body: params}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// NotesSetLabelsParams: the values notes.setLabels takes besides its path parameters.
type NotesSetLabelsParams struct {
	Body []string `json:"-"`
}

var specNotesSetLabels = core.OperationSpec{
	Method:   "PUT",
	Path:     "/notes/{id}/labels",
	Body:     &core.BodySpec{Encoding: "json", ContentType: "application/json", Required: true},
	Response: core.ResponseSpec{Kind: "none"},
}

// SetLabels: The body is an array, so it is passed as `body`.
func (s *NotesService) SetLabels(ctx context.Context, id string, params NotesSetLabelsParams, opts ...option.RequestOption) error {
	return s.client.Do(ctx, &specNotesSetLabels, core.Input{Path: map[string]any{"id": id}, Body: params.Body}, nil, opts)
}

// NotesSearchParams: the values notes.search takes besides its path parameters.
type NotesSearchParams struct {
	Query *string               `json:"-"`
	Body  NotesSearchParamsBody `json:"-"`
}

var specNotesSearch = core.OperationSpec{
	Method:   "POST",
	Path:     "/notes/search",
	Query:    []core.ParamSpec{{Name: "query", Style: "form", Explode: true}},
	Body:     &core.BodySpec{Encoding: "json", ContentType: "application/json", Required: true},
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
}

// Search: A body field shares its name with a query parameter, so the body is passed as `body`.
func (s *NotesService) Search(ctx context.Context, params NotesSearchParams, opts ...option.RequestOption) ([]Note, error) {
	var out []Note
	err := s.client.Do(ctx, &specNotesSearch, core.Input{Body: params.Body, Params: map[string]any{"query": params.Query}}, &out, opts)
	return out, err
}
