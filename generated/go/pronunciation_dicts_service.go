// Code generated from cartesia.yaml (Cartesia API 0.1.0) by openapi-client-generator. DO NOT EDIT.

package cartesia

import (
	"context"
	"iter"

	"cartesia-gen/client/internal/core"
	"cartesia-gen/client/option"
)

// PronunciationDictsService: Manage pronunciation dictionaries that map text to custom pronunciations during speech generation.
type PronunciationDictsService struct {
	client *core.Client
}

func newPronunciationDictsService(c *core.Client) *PronunciationDictsService {
	return &PronunciationDictsService{client: c}
}

// PronunciationDictsListParams: the values pronunciationDicts.list takes besides its path parameters.
type PronunciationDictsListParams struct {
	// Page size: how many dictionaries to return, from 1 to 100.
	Limit *int64 `json:"-"`
	// Pagination cursor: a dictionary ID to continue after. If a page of 20 ends with `dict_abc123`, pass `starting_after=dict_abc123` to get the following page.
	StartingAfter *string `json:"-"`
	// Pagination cursor: a dictionary ID to stop before. If a page of 20 begins with `dict_abc123`, pass `ending_before=dict_abc123` to get the preceding page.
	EndingBefore *string `json:"-"`
}

var specPronunciationDictsList = core.OperationSpec{
	Method:   "GET",
	Path:     "/pronunciation-dicts/",
	Query:    []core.ParamSpec{{Name: "limit", Style: "form", Explode: true}, {Name: "starting_after", Style: "form", Explode: true}, {Name: "ending_before", Style: "form", Explode: true}},
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
	Security: [][]string{{"APIKeyAuth"}},
}

// List: Lists the authenticated user's pronunciation dictionaries, a page at a time.
func (s *PronunciationDictsService) List(ctx context.Context, params PronunciationDictsListParams, opts ...option.RequestOption) (*Page[PronunciationDict], error) {
	return core.GetPage[PronunciationDict](ctx, s.client, &specPronunciationDictsList, core.Input{Params: map[string]any{"limit": params.Limit, "starting_after": params.StartingAfter, "ending_before": params.EndingBefore}}, opts)
}

// ListAutoPaging yields every item of List's pages, fetching each page as the loop reaches it; an error ends it.
func (s *PronunciationDictsService) ListAutoPaging(ctx context.Context, params PronunciationDictsListParams, opts ...option.RequestOption) iter.Seq2[PronunciationDict, error] {
	return core.AutoPager[PronunciationDict](ctx, s.client, &specPronunciationDictsList, core.Input{Params: map[string]any{"limit": params.Limit, "starting_after": params.StartingAfter, "ending_before": params.EndingBefore}}, opts)
}

// PronunciationDictsCreateParams: the values pronunciationDicts.create takes besides its path parameters.
type PronunciationDictsCreateParams struct {
	// Name of the dictionary to create.
	Name string `json:"name"`
	// Entries to start the dictionary with (optional).
	Items []PronunciationDictItem `json:"items,omitzero"`
}

var specPronunciationDictsCreate = core.OperationSpec{
	Method:   "POST",
	Path:     "/pronunciation-dicts/",
	Body:     &core.BodySpec{Encoding: "json", ContentType: "application/json", Required: true},
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
	Security: [][]string{{"APIKeyAuth"}},
}

// Create: Creates a pronunciation dictionary.
func (s *PronunciationDictsService) Create(ctx context.Context, params PronunciationDictsCreateParams, opts ...option.RequestOption) (*PronunciationDict, error) {
	var out PronunciationDict
	if err := s.client.Do(ctx, &specPronunciationDictsCreate, core.Input{Body: params}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

var specPronunciationDictsGet = core.OperationSpec{
	Method:   "GET",
	Path:     "/pronunciation-dicts/{id}",
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
	Security: [][]string{{"APIKeyAuth"}},
}

// Get: Fetches one pronunciation dictionary by ID.
func (s *PronunciationDictsService) Get(ctx context.Context, id string, opts ...option.RequestOption) (*PronunciationDict, error) {
	var out PronunciationDict
	if err := s.client.Do(ctx, &specPronunciationDictsGet, core.Input{Path: map[string]any{"id": id}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

var specPronunciationDictsDelete = core.OperationSpec{
	Method:   "DELETE",
	Path:     "/pronunciation-dicts/{id}",
	Response: core.ResponseSpec{Kind: "none"},
	Security: [][]string{{"APIKeyAuth"}},
}

// Delete: Deletes a pronunciation dictionary.
func (s *PronunciationDictsService) Delete(ctx context.Context, id string, opts ...option.RequestOption) error {
	return s.client.Do(ctx, &specPronunciationDictsDelete, core.Input{Path: map[string]any{"id": id}}, nil, opts)
}

// PronunciationDictsUpdateParams: the values pronunciationDicts.update takes besides its path parameters.
type PronunciationDictsUpdateParams struct {
	// Name to change the dictionary to.
	Name *string `json:"name,omitempty"`
	// New list of pronunciation entries for the dictionary.
	Items []PronunciationDictItem `json:"items,omitzero"`
}

var specPronunciationDictsUpdate = core.OperationSpec{
	Method:   "PATCH",
	Path:     "/pronunciation-dicts/{id}",
	Body:     &core.BodySpec{Encoding: "json", ContentType: "application/json", Required: true},
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
	Security: [][]string{{"APIKeyAuth"}},
}

// Update: Modifies the name or entries of a pronunciation dictionary.
func (s *PronunciationDictsService) Update(ctx context.Context, id string, params PronunciationDictsUpdateParams, opts ...option.RequestOption) (*PronunciationDict, error) {
	var out PronunciationDict
	if err := s.client.Do(ctx, &specPronunciationDictsUpdate, core.Input{Path: map[string]any{"id": id}, Body: params}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}
