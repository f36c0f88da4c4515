// Code generated from spec.yaml (Imports API 1.0.0) by openapi-client-generator. DO NOT EDIT.

package importsapi

import (
	"context"
	"iter"

	"imports-api/internal/core"
	"imports-api/internal/realtime"
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

// TracksLiveParams: the handshake parameters of tracks.live.
type TracksLiveParams struct {
	Mode string `json:"-"`
}

var channelTracksLive = &realtime.Channel{Path: "/tracks/live"}

var channelTracksLiveQuery = []core.ParamSpec{{Name: "mode", Style: "form", Explode: true}}

var commandTracksLiveFlush = &realtime.Command{Text: "FLUSH"}

var commandTracksLiveTag = &realtime.Command{Set: map[string]any{"op": "tag"}}

// TracksLiveSession: a session of tracks.live (/tracks/live): read its events with Recv or Events. Close it when done.
type TracksLiveSession struct{ session *realtime.Session[TrackEvent] }

// Close closes the socket normally and waits for the session to end; streams still open end normally.
func (s *TracksLiveSession) Close() error { return s.session.Close() }

// CloseWith closes the socket with a close code and reason.
func (s *TracksLiveSession) CloseWith(code int, reason string) error {
	return s.session.CloseWith(code, reason)
}

// Done is closed once the socket has closed and the session has ended.
func (s *TracksLiveSession) Done() <-chan struct{} { return s.session.Done() }

// CloseInfo is how the socket closed; false while it is open.
func (s *TracksLiveSession) CloseInfo() (CloseInfo, bool) { return s.session.CloseInfo() }

// IsOpen reports whether commands can still be sent.
func (s *TracksLiveSession) IsOpen() bool { return s.session.IsOpen() }

// Recv is the next event; io.EOF once the stream has ended. ctx bounds this wait alone.
func (s *TracksLiveSession) Recv(ctx context.Context) (TrackEvent, error) { return s.session.Recv(ctx) }

// Events ranges over the events until the stream ends; an error ends it after being yielded.
func (s *TracksLiveSession) Events(ctx context.Context) iter.Seq2[TrackEvent, error] {
	return s.session.Events(ctx)
}

// Flush: sends the flush command.
func (s *TracksLiveSession) Flush(ctx context.Context) error {
	return s.session.Send(ctx, commandTracksLiveFlush, nil, nil)
}

// Tag: sends the tag command.
func (s *TracksLiveSession) Tag(ctx context.Context, fields TracksLiveTagFields) error {
	return s.session.Send(ctx, commandTracksLiveTag, nil, fields)
}

// Live: Opens /tracks/live.
//
// ctx bounds the handshake only: the session lives until it is closed, by either side.
func (s *TracksService) Live(ctx context.Context, params TracksLiveParams, opts ...option.RequestOption) (*TracksLiveSession, error) {
	session, err := connectChannel[TrackEvent](ctx, s.client, channelTracksLive, channelTracksLiveQuery, map[string]any{"mode": params.Mode}, opts)
	if err != nil {
		return nil, err
	}
	return &TracksLiveSession{session: session}, nil
}
