// Code generated from spec.yaml (Upload API 1.0.0) by openapi-client-generator. DO NOT EDIT.

package uploadapi

import (
	"context"
	"io"

	"upload-api/internal/core"
	"upload-api/option"
)

// FilesService: the files operations.
type FilesService struct {
	client *core.Client
}

func newFilesService(c *core.Client) *FilesService {
	return &FilesService{client: c}
}

// FilesUploadParams: the values files.upload takes besides its path parameters.
type FilesUploadParams struct {
	Overwrite *bool `json:"-"`
	// The file contents.
	File        io.Reader                 `json:"-"`
	Purpose     FilesUploadParamsPurpose  `json:"-"`
	Labels      []string                  `json:"-"`
	Attachments []io.Reader               `json:"-"`
	Metadata    *Metadata                 `json:"-"`
	Options     *FilesUploadParamsOptions `json:"-"`
	Tags        []string                  `json:"-"`
}

var specFilesUpload = core.OperationSpec{
	Method:   "POST",
	Path:     "/files",
	Query:    []core.ParamSpec{{Name: "overwrite", Style: "form", Explode: true}},
	Body:     &core.BodySpec{Encoding: "multipart", ContentType: "multipart/form-data", Required: true, Fields: map[string]core.FieldWire{"metadata": {Style: "deepObject", Explode: true}, "options": {Style: "json", Explode: true}, "tags": {Style: "pipeDelimited", Explode: false}}},
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
}

// Upload: Upload a file with metadata.
func (s *FilesService) Upload(ctx context.Context, params FilesUploadParams, opts ...option.RequestOption) (*StoredFile, error) {
	var out StoredFile
	if err := s.client.Do(ctx, &specFilesUpload, core.Input{Params: map[string]any{"overwrite": params.Overwrite}, Form: []core.FormField{{Name: "file", Value: params.File}, {Name: "purpose", Value: params.Purpose}, {Name: "labels[]", Value: params.Labels}, {Name: "attachments", Value: params.Attachments}, {Name: "metadata", Value: params.Metadata}, {Name: "options", Value: params.Options}, {Name: "tags", Value: params.Tags}}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// FilesUploadRawParams: the values files.uploadRaw takes besides its path parameters.
type FilesUploadRawParams struct {
	Body io.Reader `json:"-"`
}

var specFilesUploadRaw = core.OperationSpec{
	Method:   "POST",
	Path:     "/files/raw",
	Body:     &core.BodySpec{Encoding: "binary", ContentType: "application/octet-stream", Required: true},
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
}

// UploadRaw: POST /files/raw
func (s *FilesService) UploadRaw(ctx context.Context, params FilesUploadRawParams, opts ...option.RequestOption) (*StoredFile, error) {
	var out StoredFile
	if err := s.client.Do(ctx, &specFilesUploadRaw, core.Input{Body: params.Body}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}
