// Code generated from spec.yaml (Nullable Body API 1.0.0) by openapi-client-generator. DO NOT EDIT.

package nullablebodyapi

import (
	"context"

	"nullable-body-api/internal/core"
	"nullable-body-api/option"
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
	Text *string `json:"text,omitempty"`
}

var specNotesCreate = core.OperationSpec{
	Method:   "POST",
	Path:     "/notes",
	Body:     &core.BodySpec{Encoding: "json", ContentType: "application/json", Required: false},
	Response: core.ResponseSpec{Kind: "none"},
}

// Create: POST /notes
func (s *NotesService) Create(ctx context.Context, params NotesCreateParams, opts ...option.RequestOption) error {
	return s.client.Do(ctx, &specNotesCreate, core.Input{Body: params}, nil, opts)
}

// NotesReplaceParams: the values notes.replace takes besides its path parameters.
type NotesReplaceParams struct {
	Text   *string `json:"text,omitempty"`
	Pinned *bool   `json:"pinned,omitempty"`
}

var specNotesReplace = core.OperationSpec{
	Method:   "PUT",
	Path:     "/notes/{id}",
	Body:     &core.BodySpec{Encoding: "json", ContentType: "application/json", Required: false},
	Response: core.ResponseSpec{Kind: "none"},
}

// Replace: PUT /notes/{id}
func (s *NotesService) Replace(ctx context.Context, id string, params NotesReplaceParams, opts ...option.RequestOption) error {
	return s.client.Do(ctx, &specNotesReplace, core.Input{Path: map[string]any{"id": id}, Body: params}, nil, opts)
}

// NotesUpdateParams: the values notes.update takes besides its path parameters.
type NotesUpdateParams struct {
	DryRun *bool   `json:"-"`
	Text   *string `json:"text,omitempty"`
	Pinned *bool   `json:"pinned,omitempty"`
}

var specNotesUpdate = core.OperationSpec{
	Method:   "PATCH",
	Path:     "/notes/{id}",
	Query:    []core.ParamSpec{{Name: "dryRun", Style: "form", Explode: true}},
	Body:     &core.BodySpec{Encoding: "json", ContentType: "application/json", Required: false},
	Response: core.ResponseSpec{Kind: "none"},
}

// Update: PATCH /notes/{id}
func (s *NotesService) Update(ctx context.Context, id string, params NotesUpdateParams, opts ...option.RequestOption) error {
	return s.client.Do(ctx, &specNotesUpdate, core.Input{Path: map[string]any{"id": id}, Body: params, Params: map[string]any{"dryRun": params.DryRun}}, nil, opts)
}
