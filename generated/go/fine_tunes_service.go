// Code generated from cartesia.yaml (Cartesia API 0.1.0) by openapi-client-generator. DO NOT EDIT.

package cartesia

import (
	"context"
	"iter"

	"cartesia-gen/client/internal/core"
	"cartesia-gen/client/option"
)

// FineTunesService: Create and manage fine-tunes and list the voices produced from them.
type FineTunesService struct {
	client *core.Client
}

func newFineTunesService(c *core.Client) *FineTunesService {
	return &FineTunesService{client: c}
}

// FineTunesListParams: the values fineTunes.list takes besides its path parameters.
type FineTunesListParams struct {
	// Page size: how many fine-tunes to return, from 1 to 100.
	Limit *int64 `json:"-"`
	// Pagination cursor: a fine-tune ID to continue after. If a page of 20 ends with `fine_tune_abc123`, pass `starting_after=fine_tune_abc123` to get the following page.
	StartingAfter *string `json:"-"`
	// Pagination cursor: a fine-tune ID to stop before. If a page of 20 begins with `fine_tune_abc123`, pass `ending_before=fine_tune_abc123` to get the preceding page.
	EndingBefore *string `json:"-"`
}

var specFineTunesList = core.OperationSpec{
	Method:   "GET",
	Path:     "/fine-tunes/",
	Query:    []core.ParamSpec{{Name: "limit", Style: "form", Explode: true}, {Name: "starting_after", Style: "form", Explode: true}, {Name: "ending_before", Style: "form", Explode: true}},
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
	Security: [][]string{{"APIKeyAuth"}},
}

// List: Lists the authenticated user's fine-tunes, a page at a time.
func (s *FineTunesService) List(ctx context.Context, params FineTunesListParams, opts ...option.RequestOption) (*Page[FineTune], error) {
	return core.GetPage[FineTune](ctx, s.client, &specFineTunesList, core.Input{Params: map[string]any{"limit": params.Limit, "starting_after": params.StartingAfter, "ending_before": params.EndingBefore}}, opts)
}

// ListAutoPaging yields every item of List's pages, fetching each page as the loop reaches it; an error ends it.
func (s *FineTunesService) ListAutoPaging(ctx context.Context, params FineTunesListParams, opts ...option.RequestOption) iter.Seq2[FineTune, error] {
	return core.AutoPager[FineTune](ctx, s.client, &specFineTunesList, core.Input{Params: map[string]any{"limit": params.Limit, "starting_after": params.StartingAfter, "ending_before": params.EndingBefore}}, opts)
}

// FineTunesCreateParams: the values fineTunes.create takes besides its path parameters.
type FineTunesCreateParams struct {
	// Name of the fine-tune to create.
	Name string `json:"name"`
	// Free-text description to store with the fine-tune.
	Description string `json:"description"`
	// Language code the fine-tune will target.
	Language string `json:"language"`
	ModelID  string `json:"model_id"`
	// ID of the dataset holding the training files.
	Dataset string `json:"dataset"`
	// Accent of the voices the fine-tune will produce, as a catalog id from `GET /accents`.
	Accent *string `json:"accent,omitempty"`
}

var specFineTunesCreate = core.OperationSpec{
	Method:   "POST",
	Path:     "/fine-tunes/",
	Body:     &core.BodySpec{Encoding: "json", ContentType: "application/json", Required: true},
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
	Security: [][]string{{"APIKeyAuth"}},
}

// Create: Creates a fine-tune.
func (s *FineTunesService) Create(ctx context.Context, params FineTunesCreateParams, opts ...option.RequestOption) (*FineTune, error) {
	var out FineTune
	if err := s.client.Do(ctx, &specFineTunesCreate, core.Input{Body: params}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

var specFineTunesGet = core.OperationSpec{
	Method:   "GET",
	Path:     "/fine-tunes/{id}",
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
	Security: [][]string{{"APIKeyAuth"}},
}

// Get: Fetches one fine-tune by ID.
func (s *FineTunesService) Get(ctx context.Context, id string, opts ...option.RequestOption) (*FineTune, error) {
	var out FineTune
	if err := s.client.Do(ctx, &specFineTunesGet, core.Input{Path: map[string]any{"id": id}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

var specFineTunesDelete = core.OperationSpec{
	Method:   "DELETE",
	Path:     "/fine-tunes/{id}",
	Response: core.ResponseSpec{Kind: "none"},
	Security: [][]string{{"APIKeyAuth"}},
}

// Delete: Deletes a fine-tune.
func (s *FineTunesService) Delete(ctx context.Context, id string, opts ...option.RequestOption) error {
	return s.client.Do(ctx, &specFineTunesDelete, core.Input{Path: map[string]any{"id": id}}, nil, opts)
}

// FineTunesListVoicesParams: the values fineTunes.listVoices takes besides its path parameters.
type FineTunesListVoicesParams struct {
	// Page size: how many voices to return, from 1 to 100.
	Limit *int64 `json:"-"`
	// Pagination cursor: a voice ID to continue after. If a page of 20 ends with `voice_abc123`, pass `starting_after=voice_abc123` to get the following page.
	StartingAfter *string `json:"-"`
	// Pagination cursor: a voice ID to stop before. If a page of 20 begins with `voice_abc123`, pass `ending_before=voice_abc123` to get the preceding page.
	EndingBefore *string `json:"-"`
}

var specFineTunesListVoices = core.OperationSpec{
	Method:   "GET",
	Path:     "/fine-tunes/{id}/voices",
	Query:    []core.ParamSpec{{Name: "limit", Style: "form", Explode: true}, {Name: "starting_after", Style: "form", Explode: true}, {Name: "ending_before", Style: "form", Explode: true}},
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
	Security: [][]string{{"APIKeyAuth"}},
}

// ListVoices: Lists the voices produced by a fine-tune.
func (s *FineTunesService) ListVoices(ctx context.Context, id string, params FineTunesListVoicesParams, opts ...option.RequestOption) (*Page[Voice], error) {
	return core.GetPage[Voice](ctx, s.client, &specFineTunesListVoices, core.Input{Path: map[string]any{"id": id}, Params: map[string]any{"limit": params.Limit, "starting_after": params.StartingAfter, "ending_before": params.EndingBefore}}, opts)
}

// ListVoicesAutoPaging yields every item of ListVoices's pages, fetching each page as the loop reaches it; an error ends it.
func (s *FineTunesService) ListVoicesAutoPaging(ctx context.Context, id string, params FineTunesListVoicesParams, opts ...option.RequestOption) iter.Seq2[Voice, error] {
	return core.AutoPager[Voice](ctx, s.client, &specFineTunesListVoices, core.Input{Path: map[string]any{"id": id}, Params: map[string]any{"limit": params.Limit, "starting_after": params.StartingAfter, "ending_before": params.EndingBefore}}, opts)
}
