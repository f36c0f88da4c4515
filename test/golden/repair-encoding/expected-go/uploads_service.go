// Code generated from spec.yaml (Encoding Repair API 1.0.0) by openapi-client-generator. DO NOT EDIT.

package encodingrepairapi

import (
	"context"
	"io"

	"encoding-repair-api/internal/core"
	"encoding-repair-api/option"
)

// UploadsService: the uploads operations.
type UploadsService struct {
	client *core.Client
}

func newUploadsService(c *core.Client) *UploadsService {
	return &UploadsService{client: c}
}

// UploadsCreateParams: the values uploads.create takes besides its path parameters.
type UploadsCreateParams struct {
	File     io.Reader                    `json:"-"`
	Title    *string                      `json:"-"`
	Settings *UploadsCreateParamsSettings `json:"-"`
	Tags     []string                     `json:"-"`
}

var specUploadsCreate = core.OperationSpec{
	Method:   "POST",
	Path:     "/uploads",
	Body:     &core.BodySpec{Encoding: "multipart", ContentType: "multipart/form-data", Required: true},
	Response: core.ResponseSpec{Kind: "none"},
}

// Create: POST /uploads
func (s *UploadsService) Create(ctx context.Context, params UploadsCreateParams, opts ...option.RequestOption) error {
	return s.client.Do(ctx, &specUploadsCreate, core.Input{Form: []core.FormField{{Name: "file", Value: params.File}, {Name: "title", Value: params.Title}, {Name: "settings", Value: params.Settings}, {Name: "tags", Value: params.Tags}}}, nil, opts)
}
