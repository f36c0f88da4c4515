// Code generated from cartesia.yaml (Cartesia API 0.1.0) by openapi-client-generator. DO NOT EDIT.

// Package cartesia is a client for Cartesia API.
//
// Realtime channels are WebSocket sessions, opened by a method and closed by Close:
//
//	session, err := client.TTS.WebSocket(ctx)
//	if err != nil { /* ... */ }
//	defer session.Close()
//	c, err := session.OpenContext("", cartesia.TTSWebSocketSettings{ /* ... */ })
//	err = c.Push(ctx, "...")
//	err = c.End(ctx, "...")
//	for chunk, err := range c.Audio(ctx) { /* the decoded audio, in order */ }
package cartesia

import (
	"context"

	"cartesia-gen/client/internal/core"
	"cartesia-gen/client/internal/realtime"
	"cartesia-gen/client/option"
)

// Client: the Cartesia API client. Create it with NewClient; it is safe for concurrent use.
type Client struct {
	// Options are the options the client was created with; each call's own options come after them.
	Options []option.RequestOption
	client  *core.Client
	// Manage voice agents along with their calls, recordings, LLM-as-a-Judge metrics, deployments and phone numbers.
	Agents *AgentsService
	// Check that the API is reachable and which version it runs.
	APIStatus *APIStatusService
	// Mint short-lived access tokens that let client apps call the API without holding an API key.
	AccessToken *AccessTokenService
	// Manage datasets, the collections of files used to train fine-tunes.
	Datasets *DatasetsService
	// Create and manage fine-tunes and list the voices produced from them.
	FineTunes *FineTunesService
	// Generate speech that bridges two existing audio segments.
	Infill *InfillService
	// Manage pronunciation dictionaries that map text to custom pronunciations during speech generation.
	PronunciationDicts *PronunciationDictsService
	// Speech-to-text: transcribe recorded audio files into text.
	STT *STTService
	// Text-to-speech: turn text into audio, returned as a byte stream or as server-sent events.
	TTS *TTSService
	// Re-voice recorded speech with a different voice while keeping its delivery.
	VoiceChanger *VoiceChangerService
	// Browse, clone, localize, update and delete the voices used for generation.
	Voices *VoicesService
}

var clientSpec = &core.ClientSpec{
	ClientName:     "Cartesia",
	PackageVersion: "0.1.0",
	DefaultBaseURL: "https://api.cartesia.ai",
	BaseURLEnv:     "CARTESIA_BASE_URL",
	TimeoutMs:      60000,
	Version:        &core.VersionSpec{Header: "Cartesia-Version", Default: "2026-08-14", Pattern: "^\\d{4}-\\d{2}-\\d{2}$"},
	TLSRequired:    true,
	LoopbackOK:     true,
	Retry:          core.RetrySpec{MaxRetries: 2, InitialDelayMs: 500, MaxDelayMs: 8000, Statuses: []int{408, 409, 429}, StatusRanges: []int{5}, OnConnectionError: true, RetryAfterHeaders: []string{"retry-after-ms", "retry-after"}},
	Errors: core.ErrorSpec{
		MessageFields:    []string{"message", "title", "error"},
		RequestIDHeaders: []string{"x-request-id", "request-id"},
		RequestIDField:   "request_id",
		StatusField:      "status_code",
		InStreamField:    "type",
		InStreamValue:    "error",
		Classes: []core.ErrorClass{
			{Status: 400, Range: false, New: func(e *core.APIError) error { return &BadRequestError{e} }},
			{Status: 401, Range: false, New: func(e *core.APIError) error { return &AuthenticationError{e} }},
			{Status: 403, Range: false, New: func(e *core.APIError) error { return &PermissionDeniedError{e} }},
			{Status: 404, Range: false, New: func(e *core.APIError) error { return &NotFoundError{e} }},
			{Status: 409, Range: false, New: func(e *core.APIError) error { return &ConflictError{e} }},
			{Status: 422, Range: false, New: func(e *core.APIError) error { return &UnprocessableEntityError{e} }},
			{Status: 429, Range: false, New: func(e *core.APIError) error { return &RateLimitError{e} }},
			{Status: 5, Range: true, New: func(e *core.APIError) error { return &InternalServerError{e} }},
		},
	},
	Schemes: []core.SchemeSpec{
		{Key: "APIKeyAuth", Option: "apiKey", OptionFunc: "WithAPIKey", Transport: "bearer", In: "", ParameterName: "", Env: "CARTESIA_API_KEY"},
		{Key: "TokenAuth", Option: "accessToken", OptionFunc: "WithAccessToken", Transport: "bearer", In: "", ParameterName: "", Env: ""},
	},
	Pagination: &core.PaginationSpec{LimitParameter: "limit", AfterParameter: "starting_after", BeforeParameter: "ending_before", ItemsField: "data", HasMoreField: "has_more", NextCursorField: "next_page", ItemCursorField: "id"},
}

// NewClient creates a client. Unless an option says otherwise, it reads CARTESIA_API_KEY (option.WithAPIKey), CARTESIA_BASE_URL (option.WithBaseURL) from the environment.
func NewClient(opts ...option.RequestOption) *Client {
	c := core.NewClient(clientSpec, opts)
	return &Client{Options: opts, client: c, Agents: newAgentsService(c), APIStatus: newAPIStatusService(c), AccessToken: newAccessTokenService(c), Datasets: newDatasetsService(c), FineTunes: newFineTunesService(c), Infill: newInfillService(c), PronunciationDicts: newPronunciationDictsService(c), STT: newSTTService(c), TTS: newTTSService(c), VoiceChanger: newVoiceChangerService(c), Voices: newVoicesService(c)}
}

// realtimeSpec holds the API's WebSocket conventions; each connection adds what the options resolve to.
var realtimeSpec = realtime.Config{
	DefaultBaseURL:   "https://api.cartesia.ai",
	WebSocketBaseURL: "wss://api.cartesia.ai",
	APIVersion:       &realtime.APIVersion{Header: "Cartesia-Version", Pattern: "^\\d{4}-\\d{2}-\\d{2}$", WebsocketQueryParameter: "cartesia_version"},
	Credentials: []realtime.Credential{
		{Scheme: "APIKeyAuth", Option: "option.WithAPIKey", Transport: "bearer", In: "", ParameterName: "", WebsocketQueryParameter: "api_key"},
		{Scheme: "TokenAuth", Option: "option.WithAccessToken", Transport: "bearer", In: "", ParameterName: "", WebsocketQueryParameter: "access_token"},
	},
	TLSRequired:       true,
	LoopbackException: true,
	InStream:          &realtime.InStream{Field: "type", Value: "error"},
}

// connectChannel opens a channel's socket with the client's options, then the call's.
func connectChannel[E any](ctx context.Context, c *core.Client, ch *realtime.Channel, query []core.ParamSpec, values map[string]any, opts []option.RequestOption) (*realtime.Session[E], error) {
	conn, err := c.Connection(opts)
	if err != nil {
		return nil, err
	}
	q, err := core.ChannelQuery(query, values, conn.Query)
	if err != nil {
		return nil, err
	}
	cfg := realtimeSpec
	cfg.BaseURL, cfg.HTTPClient, cfg.UserAgent = conn.BaseURL, conn.HTTPClient, conn.UserAgent
	cfg.Version, cfg.Held, cfg.Errors = conn.Version, conn.Held, core.ChannelErrors{Client: c}
	return realtime.Connect[E](ctx, &cfg, ch, realtime.Options{Query: q, Header: conn.Header, Timeout: conn.Timeout})
}

// optionalFields is a command's optional fields: the first given, or none.
func optionalFields[T any](fields []T) any {
	if len(fields) == 0 {
		return nil
	}
	return fields[0]
}
