// Code generated from spec.yaml (Form Ref API 1.0.0) by openapi-client-generator. DO NOT EDIT.

package formrefapi

import (
	"context"
	"io"

	"form-ref-api/internal/core"
	"form-ref-api/option"
)

// DocumentsService: the documents operations.
type DocumentsService struct {
	client *core.Client
}

func newDocumentsService(c *core.Client) *DocumentsService {
	return &DocumentsService{client: c}
}

// DocumentsUploadParams: the values documents.upload takes besides its path parameters.
type DocumentsUploadParams struct {
	Filename *string   `json:"-"`
	File     io.Reader `json:"-"`
}

var specDocumentsUpload = core.OperationSpec{
	Method:   "POST",
	Path:     "/documents",
	Body:     &core.BodySpec{Encoding: "multipart", ContentType: "multipart/form-data", Required: true},
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
}

// Upload: POST /documents
func (s *DocumentsService) Upload(ctx context.Context, params DocumentsUploadParams, opts ...option.RequestOption) (*UploadRequest, error) {
	var out UploadRequest
	if err := s.client.Do(ctx, &specDocumentsUpload, core.Input{Form: []core.FormField{{Name: "filename", Value: params.Filename}, {Name: "file", Value: params.File}}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}
