// Code generated from spec.yaml (Imports API 1.0.0) by openapi-client-generator. DO NOT EDIT.

package importsapi

import (
	"context"
	"io"

	"imports-api/internal/core"
	"imports-api/option"
)

// AlbumsService: the albums operations.
type AlbumsService struct {
	client *core.Client
}

func newAlbumsService(c *core.Client) *AlbumsService {
	return &AlbumsService{client: c}
}

// AlbumsCreateParams: the values albums.create takes besides its path parameters.
type AlbumsCreateParams struct {
	ID    *string `json:"id,omitempty"`
	Title string  `json:"title"`
}

var specAlbumsCreate = core.OperationSpec{
	Method:   "POST",
	Path:     "/albums",
	Body:     &core.BodySpec{Encoding: "json", ContentType: "application/json", Required: true},
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
}

// Create: POST /albums
func (s *AlbumsService) Create(ctx context.Context, params AlbumsCreateParams, opts ...option.RequestOption) (*Album, error) {
	var out Album
	if err := s.client.Do(ctx, &specAlbumsCreate, core.Input{Body: params}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

var specAlbumsCover = core.OperationSpec{
	Method:   "GET",
	Path:     "/albums/{albumId}/cover",
	Response: core.ResponseSpec{Kind: "binary", Accept: "image/png"},
}

// Cover: GET /albums/{albumId}/cover
func (s *AlbumsService) Cover(ctx context.Context, albumID AlbumID, opts ...option.RequestOption) (io.ReadCloser, error) {
	resp, err := s.client.Send(ctx, &specAlbumsCover, core.Input{Path: map[string]any{"albumId": albumID}}, opts)
	if err != nil {
		return nil, err
	}
	return resp.Body, nil
}

var specAlbumsNotes = core.OperationSpec{
	Method:   "GET",
	Path:     "/albums/{albumId}/notes",
	Response: core.ResponseSpec{Kind: "text", Accept: "text/plain"},
}

// Notes: GET /albums/{albumId}/notes
func (s *AlbumsService) Notes(ctx context.Context, albumID AlbumID, opts ...option.RequestOption) (string, error) {
	var out string
	err := s.client.Do(ctx, &specAlbumsNotes, core.Input{Path: map[string]any{"albumId": albumID}}, &out, opts)
	return out, err
}
