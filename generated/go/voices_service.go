// Code generated from cartesia.yaml (Cartesia API 0.1.0) by openapi-client-generator. DO NOT EDIT.

package cartesia

import (
	"context"
	"io"
	"iter"

	"cartesia-gen/client/internal/core"
	"cartesia-gen/client/option"
)

// VoicesService: Browse, clone, localize, update and delete the voices used for generation.
type VoicesService struct {
	client *core.Client
}

func newVoicesService(c *core.Client) *VoicesService {
	return &VoicesService{client: c}
}

var specVoicesListAccents = core.OperationSpec{
	Method:   "GET",
	Path:     "/accents",
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
	Security: [][]string{{"APIKeyAuth"}},
}

// ListAccents: List Accents
//
// Returns the catalog of supported accents. An entry's `id` is the value to use for a voice's `accent` and for the `accent` of `POST /voices/localize`; `is_localizable` says whether localize can target it.
func (s *VoicesService) ListAccents(ctx context.Context, opts ...option.RequestOption) (*ListAccentsResponse, error) {
	var out ListAccentsResponse
	if err := s.client.Do(ctx, &specVoicesListAccents, core.Input{}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// VoicesListParams: the values voices.list takes besides its path parameters.
type VoicesListParams struct {
	// Page size: how many voices to return, from 1 to 100.
	Limit *int64 `json:"-"`
	// Pagination cursor: a voice ID to continue after. If a page of 100 ends with `voice_abc123`, pass `starting_after=voice_abc123` to get the following page.
	StartingAfter *string `json:"-"`
	// Pagination cursor: a voice ID to stop before. If a page of 100 begins with `voice_abc123`, pass `ending_before=voice_abc123` to get the preceding page.
	EndingBefore *string `json:"-"`
	// Search text matched against voice names, descriptions and IDs.
	Q *string `json:"-"`
	// Set to return only voices that belong to your organization.
	IsOwner *bool `json:"-"`
	// Only return voices with this gender presentation.
	Gender *string `json:"-"`
	// Restricts results to a language (`en`) or a language-locale pair (`en-GB`). A pair matches that locale only, while a bare language matches every accent of it. `-` and `_` both work as separators.
	Language *string `json:"-"`
	// Extra fields to add to the response.
	Expand []string `json:"-"`
}

var specVoicesList = core.OperationSpec{
	Method:   "GET",
	Path:     "/voices",
	Query:    []core.ParamSpec{{Name: "limit", Style: "form", Explode: true}, {Name: "starting_after", Style: "form", Explode: true}, {Name: "ending_before", Style: "form", Explode: true}, {Name: "q", Style: "form", Explode: true}, {Name: "is_owner", Style: "form", Explode: true}, {Name: "gender", Style: "form", Explode: true}, {Name: "language", Style: "form", Explode: true}, {Name: "expand[]", Style: "form", Explode: true}},
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
	Security: [][]string{{"APIKeyAuth"}},
}

// List: List Voices
func (s *VoicesService) List(ctx context.Context, params VoicesListParams, opts ...option.RequestOption) (*Page[Voice], error) {
	return core.GetPage[Voice](ctx, s.client, &specVoicesList, core.Input{Params: map[string]any{"limit": params.Limit, "starting_after": params.StartingAfter, "ending_before": params.EndingBefore, "q": params.Q, "is_owner": params.IsOwner, "gender": params.Gender, "language": params.Language, "expand[]": params.Expand}}, opts)
}

// ListAutoPaging yields every item of List's pages, fetching each page as the loop reaches it; an error ends it.
func (s *VoicesService) ListAutoPaging(ctx context.Context, params VoicesListParams, opts ...option.RequestOption) iter.Seq2[Voice, error] {
	return core.AutoPager[Voice](ctx, s.client, &specVoicesList, core.Input{Params: map[string]any{"limit": params.Limit, "starting_after": params.StartingAfter, "ending_before": params.EndingBefore, "q": params.Q, "is_owner": params.IsOwner, "gender": params.Gender, "language": params.Language, "expand[]": params.Expand}}, opts)
}

// VoicesCloneParams: the values voices.clone takes besides its path parameters.
type VoicesCloneParams struct {
	Clip io.Reader `json:"-"`
	// Name of the voice.
	Name string `json:"-"`
	// Description to store with the voice.
	Description *string `json:"-"`
	// Language the voice speaks.
	Language string `json:"-"`
	// Optional ID of a base voice from which the clone is derived.
	BaseVoiceID *VoiceID `json:"-"`
	// Accent the voice speaks, as a catalog id from `GET /accents`.
	Accent *string `json:"-"`
}

var specVoicesClone = core.OperationSpec{
	Method:   "POST",
	Path:     "/voices/clone",
	Body:     &core.BodySpec{Encoding: "multipart", ContentType: "multipart/form-data", Required: true},
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
	Security: [][]string{{"APIKeyAuth"}},
}

// Clone: Clone Voice
//
// Creates a high-similarity clone of the voice in an audio clip. Such clones track the source closely and can also pick up its background noise; a clip of roughly 5 seconds works best.
func (s *VoicesService) Clone(ctx context.Context, params VoicesCloneParams, opts ...option.RequestOption) (*VoiceMetadata, error) {
	var out VoiceMetadata
	if err := s.client.Do(ctx, &specVoicesClone, core.Input{Form: []core.FormField{{Name: "clip", Value: params.Clip}, {Name: "name", Value: params.Name}, {Name: "description", Value: params.Description}, {Name: "language", Value: params.Language}, {Name: "base_voice_id", Value: params.BaseVoiceID}, {Name: "accent", Value: params.Accent}}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// VoicesGetParams: the values voices.get takes besides its path parameters.
type VoicesGetParams struct {
	// Extra fields to add to the response.
	Expand []string `json:"-"`
}

var specVoicesGet = core.OperationSpec{
	Method:   "GET",
	Path:     "/voices/{id}",
	Query:    []core.ParamSpec{{Name: "expand[]", Style: "form", Explode: true}},
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
	Security: [][]string{{"APIKeyAuth"}},
}

// Get: Get Voice
func (s *VoicesService) Get(ctx context.Context, id VoiceID, params VoicesGetParams, opts ...option.RequestOption) (*Voice, error) {
	var out Voice
	if err := s.client.Do(ctx, &specVoicesGet, core.Input{Path: map[string]any{"id": id}, Params: map[string]any{"expand[]": params.Expand}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

var specVoicesDelete = core.OperationSpec{
	Method:   "DELETE",
	Path:     "/voices/{id}",
	Response: core.ResponseSpec{Kind: "none"},
	Security: [][]string{{"APIKeyAuth"}},
}

// Delete: Delete Voice
func (s *VoicesService) Delete(ctx context.Context, id VoiceID, opts ...option.RequestOption) error {
	return s.client.Do(ctx, &specVoicesDelete, core.Input{Path: map[string]any{"id": id}}, nil, opts)
}

// VoicesUpdateParams: the values voices.update takes besides its path parameters.
type VoicesUpdateParams struct {
	// Name of the voice.
	Name *string `json:"name,omitempty"`
	// Text describing the voice.
	Description *string `json:"description,omitempty"`
	Gender      *string `json:"gender,omitempty"`
	// Accent of the voice, as a catalog id from `GET /accents`; `null` clears it.
	Accent *string `json:"accent,omitempty"`
}

var specVoicesUpdate = core.OperationSpec{
	Method:   "PATCH",
	Path:     "/voices/{id}",
	Body:     &core.BodySpec{Encoding: "json", ContentType: "application/json", Required: true},
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
	Security: [][]string{{"APIKeyAuth"}},
}

// Update: Update Voice
//
// Changes the name, description, gender and accent of a voice. Omit `gender` or `accent` to leave it as is, or send `null` to reset it to the default.
func (s *VoicesService) Update(ctx context.Context, id VoiceID, params VoicesUpdateParams, opts ...option.RequestOption) (*Voice, error) {
	var out Voice
	if err := s.client.Do(ctx, &specVoicesUpdate, core.Input{Path: map[string]any{"id": id}, Body: params}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// VoicesAddAccentsParams: the values voices.addAccents takes besides its path parameters.
type VoicesAddAccentsParams struct {
	// Accents to add. A voice speaks at most 10 accents in all, its native one included.
	Accents []string `json:"accents"`
}

var specVoicesAddAccents = core.OperationSpec{
	Method:   "PATCH",
	Path:     "/voices/{id}/accents",
	Body:     &core.BodySpec{Encoding: "json", ContentType: "application/json", Required: true},
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
	Security: [][]string{{"APIKeyAuth"}},
}

// AddAccents: Add Voice Accents
//
// Adds accents to an instant voice clone you own, so that one voice ID speaks several accents natively. A voice speaks at most 10 accents, its native one included.
func (s *VoicesService) AddAccents(ctx context.Context, id VoiceID, params VoicesAddAccentsParams, opts ...option.RequestOption) (*Voice, error) {
	var out Voice
	if err := s.client.Do(ctx, &specVoicesAddAccents, core.Input{Path: map[string]any{"id": id}, Body: params}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

var specVoicesDeleteAccent = core.OperationSpec{
	Method:   "DELETE",
	Path:     "/voices/{id}/accents/{accent_id}",
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
	Security: [][]string{{"APIKeyAuth"}},
}

// DeleteAccent: Delete Voice Accent
//
// Removes an accent from an instant voice clone you own.
func (s *VoicesService) DeleteAccent(ctx context.Context, id VoiceID, accentID string, opts ...option.RequestOption) (*Voice, error) {
	var out Voice
	if err := s.client.Do(ctx, &specVoicesDeleteAccent, core.Input{Path: map[string]any{"id": id, "accent_id": accentID}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// VoicesLocalizeParams: the values voices.localize takes besides its path parameters.
type VoicesLocalizeParams struct {
	// Identifier of the voice to be localized.
	VoiceID string `json:"voice_id"`
	// Name for the new, localized voice.
	Name string `json:"name"`
	// Accent to localize into, as a catalog id from `GET /accents` whose `is_localizable` is true (for example `british`). Display names are rejected.
	Accent string `json:"accent"`
	// Text describing the localized voice that will be created.
	Description *string `json:"description,omitempty"`
	// Short tagline for the new voice.
	Tagline *string `json:"tagline,omitempty"`
	// Target language. Superseded by `accent`, which also fixes the language.
	Language              *string `json:"language,omitempty"`
	OriginalSpeakerGender *string `json:"original_speaker_gender,omitempty"`
	// Target dialect. Superseded by `accent`.
	Dialect *LocalizeDialect `json:"dialect,omitempty"`
}

var specVoicesLocalize = core.OperationSpec{
	Method:   "POST",
	Path:     "/voices/localize",
	Body:     &core.BodySpec{Encoding: "json", ContentType: "application/json", Required: true},
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
	Security: [][]string{{"APIKeyAuth"}},
}

// Localize: Localize Voice
//
// Takes an existing voice and produces a new one that speaks another language and dialect, chosen by `accent` (a catalog id from `GET /accents` whose `is_localizable` is true).
func (s *VoicesService) Localize(ctx context.Context, params VoicesLocalizeParams, opts ...option.RequestOption) (*VoiceMetadata, error) {
	var out VoiceMetadata
	if err := s.client.Do(ctx, &specVoicesLocalize, core.Input{Body: params}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}
