// Code generated from spec.yaml (Imports API 1.0.0) by openapi-client-generator. DO NOT EDIT.

package importsapi

import (
	"context"
	"iter"

	"imports-api/internal/core"
	"imports-api/option"
)

// TracksService: the tracks operations.
type TracksService struct {
	client *core.Client
}

func newTracksService(c *core.Client) *TracksService {
	return &TracksService{client: c}
}

// TracksListParams: the values tracks.list takes besides its path parameters.
type TracksListParams struct {
	Sort    *string  `json:"-"`
	Limit   *int64   `json:"-"`
	After   *string  `json:"-"`
	XRegion *string  `json:"-"`
	Session *Session `json:"-"`
}

var specTracksList = core.OperationSpec{
	Method:   "GET",
	Path:     "/albums/{albumId}/tracks/{kind}",
	Query:    []core.ParamSpec{{Name: "sort", Style: "form", Explode: true}, {Name: "limit", Style: "form", Explode: true}, {Name: "after", Style: "form", Explode: true}},
	Headers:  []core.ParamSpec{{Name: "X-Region", Style: "simple"}},
	Cookies:  []core.ParamSpec{{Name: "session", Style: "form", Explode: true}},
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
}

// List: GET /albums/{albumId}/tracks/{kind}
func (s *TracksService) List(ctx context.Context, albumID AlbumID, kind string, params TracksListParams, opts ...option.RequestOption) (*Page[Track], error) {
	return core.GetPage[Track](ctx, s.client, &specTracksList, core.Input{Path: map[string]any{"albumId": albumID, "kind": kind}, Params: map[string]any{"sort": params.Sort, "limit": params.Limit, "after": params.After, "X-Region": params.XRegion, "session": params.Session}}, opts)
}

// ListAutoPaging yields every item of List's pages, fetching each page as the loop reaches it; an error ends it.
func (s *TracksService) ListAutoPaging(ctx context.Context, albumID AlbumID, kind string, params TracksListParams, opts ...option.RequestOption) iter.Seq2[Track, error] {
	return core.AutoPager[Track](ctx, s.client, &specTracksList, core.Input{Path: map[string]any{"albumId": albumID, "kind": kind}, Params: map[string]any{"sort": params.Sort, "limit": params.Limit, "after": params.After, "X-Region": params.XRegion, "session": params.Session}}, opts)
}
