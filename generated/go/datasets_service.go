// Code generated from cartesia.yaml (Cartesia API 0.1.0) by openapi-client-generator. DO NOT EDIT.

package cartesia

import (
	"context"
	"io"
	"iter"

	"cartesia-gen/client/internal/core"
	"cartesia-gen/client/option"
)

// DatasetsService: Manage datasets, the collections of files used to train fine-tunes.
type DatasetsService struct {
	client *core.Client
	// the datasets.files operations.
	Files *DatasetsFilesService
}

func newDatasetsService(c *core.Client) *DatasetsService {
	return &DatasetsService{client: c, Files: newDatasetsFilesService(c)}
}

// DatasetsListParams: the values datasets.list takes besides its path parameters.
type DatasetsListParams struct {
	// Page size: how many datasets to return, from 1 to 100.
	Limit *int64 `json:"-"`
	// Pagination cursor: a dataset ID to continue after. If a page of 20 ends with `dataset_abc123`, pass `starting_after=dataset_abc123` to get the following page.
	StartingAfter *string `json:"-"`
	// Pagination cursor: a dataset ID to stop before. If a page of 20 begins with `dataset_abc123`, pass `ending_before=dataset_abc123` to get the preceding page.
	EndingBefore *string `json:"-"`
}

var specDatasetsList = core.OperationSpec{
	Method:   "GET",
	Path:     "/datasets/",
	Query:    []core.ParamSpec{{Name: "limit", Style: "form", Explode: true}, {Name: "starting_after", Style: "form", Explode: true}, {Name: "ending_before", Style: "form", Explode: true}},
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
	Security: [][]string{{"APIKeyAuth"}},
}

// List: Lists your datasets, a page at a time.
func (s *DatasetsService) List(ctx context.Context, params DatasetsListParams, opts ...option.RequestOption) (*Page[Dataset], error) {
	return core.GetPage[Dataset](ctx, s.client, &specDatasetsList, core.Input{Params: map[string]any{"limit": params.Limit, "starting_after": params.StartingAfter, "ending_before": params.EndingBefore}}, opts)
}

// ListAutoPaging yields every item of List's pages, fetching each page as the loop reaches it; an error ends it.
func (s *DatasetsService) ListAutoPaging(ctx context.Context, params DatasetsListParams, opts ...option.RequestOption) iter.Seq2[Dataset, error] {
	return core.AutoPager[Dataset](ctx, s.client, &specDatasetsList, core.Input{Params: map[string]any{"limit": params.Limit, "starting_after": params.StartingAfter, "ending_before": params.EndingBefore}}, opts)
}

// DatasetsCreateParams: the values datasets.create takes besides its path parameters.
type DatasetsCreateParams struct {
	// Name of the dataset to create.
	Name string `json:"name"`
	// Description of the dataset to create (optional).
	Description string `json:"description"`
}

var specDatasetsCreate = core.OperationSpec{
	Method:   "POST",
	Path:     "/datasets/",
	Body:     &core.BodySpec{Encoding: "json", ContentType: "application/json", Required: true},
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
	Security: [][]string{{"APIKeyAuth"}},
}

// Create: Creates a dataset.
func (s *DatasetsService) Create(ctx context.Context, params DatasetsCreateParams, opts ...option.RequestOption) (*Dataset, error) {
	var out Dataset
	if err := s.client.Do(ctx, &specDatasetsCreate, core.Input{Body: params}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

var specDatasetsGet = core.OperationSpec{
	Method:   "GET",
	Path:     "/datasets/{id}",
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
	Security: [][]string{{"APIKeyAuth"}},
}

// Get: Fetches one dataset by ID.
func (s *DatasetsService) Get(ctx context.Context, id string, opts ...option.RequestOption) (*Dataset, error) {
	var out Dataset
	if err := s.client.Do(ctx, &specDatasetsGet, core.Input{Path: map[string]any{"id": id}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

var specDatasetsDelete = core.OperationSpec{
	Method:   "DELETE",
	Path:     "/datasets/{id}",
	Response: core.ResponseSpec{Kind: "none"},
	Security: [][]string{{"APIKeyAuth"}},
}

// Delete: Deletes a dataset.
func (s *DatasetsService) Delete(ctx context.Context, id string, opts ...option.RequestOption) error {
	return s.client.Do(ctx, &specDatasetsDelete, core.Input{Path: map[string]any{"id": id}}, nil, opts)
}

// DatasetsUpdateParams: the values datasets.update takes besides its path parameters.
type DatasetsUpdateParams struct {
	// Name to change the dataset to.
	Name string `json:"name"`
	// Description to change the dataset to.
	Description string `json:"description"`
}

var specDatasetsUpdate = core.OperationSpec{
	Method:   "PATCH",
	Path:     "/datasets/{id}",
	Body:     &core.BodySpec{Encoding: "json", ContentType: "application/json", Required: true},
	Response: core.ResponseSpec{Kind: "none"},
	Security: [][]string{{"APIKeyAuth"}},
}

// Update: Changes the name or description of a dataset.
func (s *DatasetsService) Update(ctx context.Context, id string, params DatasetsUpdateParams, opts ...option.RequestOption) error {
	return s.client.Do(ctx, &specDatasetsUpdate, core.Input{Path: map[string]any{"id": id}, Body: params}, nil, opts)
}

// DatasetsFilesService: the datasets.files operations.
type DatasetsFilesService struct {
	client *core.Client
}

func newDatasetsFilesService(c *core.Client) *DatasetsFilesService {
	return &DatasetsFilesService{client: c}
}

// DatasetsFilesListParams: the values datasets.files.list takes besides its path parameters.
type DatasetsFilesListParams struct {
	// Page size: how many files to return, from 1 to 100.
	Limit *int64 `json:"-"`
	// Pagination cursor: a file ID to continue after. If a page of 20 ends with `file_abc123`, pass `starting_after=file_abc123` to get the following page.
	StartingAfter *string `json:"-"`
	// Pagination cursor: a file ID to stop before. If a page of 20 begins with `file_abc123`, pass `ending_before=file_abc123` to get the preceding page.
	EndingBefore *string `json:"-"`
}

var specDatasetsFilesList = core.OperationSpec{
	Method:   "GET",
	Path:     "/datasets/{id}/files",
	Query:    []core.ParamSpec{{Name: "limit", Style: "form", Explode: true}, {Name: "starting_after", Style: "form", Explode: true}, {Name: "ending_before", Style: "form", Explode: true}},
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
	Security: [][]string{{"APIKeyAuth"}},
}

// List: Lists the files in a dataset, a page at a time.
func (s *DatasetsFilesService) List(ctx context.Context, id string, params DatasetsFilesListParams, opts ...option.RequestOption) (*Page[DatasetFile], error) {
	return core.GetPage[DatasetFile](ctx, s.client, &specDatasetsFilesList, core.Input{Path: map[string]any{"id": id}, Params: map[string]any{"limit": params.Limit, "starting_after": params.StartingAfter, "ending_before": params.EndingBefore}}, opts)
}

// ListAutoPaging yields every item of List's pages, fetching each page as the loop reaches it; an error ends it.
func (s *DatasetsFilesService) ListAutoPaging(ctx context.Context, id string, params DatasetsFilesListParams, opts ...option.RequestOption) iter.Seq2[DatasetFile, error] {
	return core.AutoPager[DatasetFile](ctx, s.client, &specDatasetsFilesList, core.Input{Path: map[string]any{"id": id}, Params: map[string]any{"limit": params.Limit, "starting_after": params.StartingAfter, "ending_before": params.EndingBefore}}, opts)
}

// DatasetsFilesUploadParams: the values datasets.files.upload takes besides its path parameters.
type DatasetsFilesUploadParams struct {
	File io.Reader `json:"-"`
	// What the file is for, such as `fine_tune`.
	Purpose *string `json:"-"`
}

var specDatasetsFilesUpload = core.OperationSpec{
	Method:   "POST",
	Path:     "/datasets/{id}/files",
	Body:     &core.BodySpec{Encoding: "multipart", ContentType: "multipart/form-data", Required: true},
	Response: core.ResponseSpec{Kind: "none"},
	Security: [][]string{{"APIKeyAuth"}},
}

// Upload: Uploads a file into a dataset.
func (s *DatasetsFilesService) Upload(ctx context.Context, id string, params DatasetsFilesUploadParams, opts ...option.RequestOption) error {
	return s.client.Do(ctx, &specDatasetsFilesUpload, core.Input{Path: map[string]any{"id": id}, Form: []core.FormField{{Name: "file", Value: params.File}, {Name: "purpose", Value: params.Purpose}}}, nil, opts)
}

var specDatasetsFilesDelete = core.OperationSpec{
	Method:   "DELETE",
	Path:     "/datasets/{id}/files/{fileID}",
	Response: core.ResponseSpec{Kind: "none"},
	Security: [][]string{{"APIKeyAuth"}},
}

// Delete: Deletes one file from a dataset.
func (s *DatasetsFilesService) Delete(ctx context.Context, id string, fileID string, opts ...option.RequestOption) error {
	return s.client.Do(ctx, &specDatasetsFilesDelete, core.Input{Path: map[string]any{"id": id, "fileID": fileID}}, nil, opts)
}
