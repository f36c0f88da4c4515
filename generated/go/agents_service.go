// Code generated from cartesia.yaml (Cartesia API 0.1.0) by openapi-client-generator. DO NOT EDIT.

package cartesia

import (
	"context"
	"io"
	"iter"

	"cartesia-gen/client/internal/core"
	"cartesia-gen/client/option"
)

// AgentsService: Manage voice agents along with their calls, recordings, LLM-as-a-Judge metrics, deployments and phone numbers.
type AgentsService struct {
	client *core.Client
	// the agents.templates operations.
	Templates *AgentsTemplatesService
	// the agents.calls operations.
	Calls *AgentsCallsService
	// the agents.phoneNumbers operations.
	PhoneNumbers *AgentsPhoneNumbersService
	// the agents.metrics operations.
	Metrics *AgentsMetricsService
	// the agents.deployments operations.
	Deployments *AgentsDeploymentsService
}

func newAgentsService(c *core.Client) *AgentsService {
	return &AgentsService{client: c, Templates: newAgentsTemplatesService(c), Calls: newAgentsCallsService(c), PhoneNumbers: newAgentsPhoneNumbersService(c), Metrics: newAgentsMetricsService(c), Deployments: newAgentsDeploymentsService(c)}
}

var specAgentsList = core.OperationSpec{
	Method:   "GET",
	Path:     "/agents",
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
	Security: [][]string{{"APIKeyAuth"}},
}

// List: List Agents
//
// Returns every agent that belongs to your account.
func (s *AgentsService) List(ctx context.Context, opts ...option.RequestOption) (*GetAgentsResponse, error) {
	var out GetAgentsResponse
	if err := s.client.Do(ctx, &specAgentsList, core.Input{}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

var specAgentsGet = core.OperationSpec{
	Method:   "GET",
	Path:     "/agents/{agent_id}",
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
	Security: [][]string{{"APIKeyAuth"}},
}

// Get: Get Agent
//
// Fetches the details of one agent. Agents are best created through the CLI or the Playground, which integrate with GitHub.
func (s *AgentsService) Get(ctx context.Context, agentID string, opts ...option.RequestOption) (*AgentSummary, error) {
	var out AgentSummary
	if err := s.client.Do(ctx, &specAgentsGet, core.Input{Path: map[string]any{"agent_id": agentID}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

var specAgentsDelete = core.OperationSpec{
	Method:   "DELETE",
	Path:     "/agents/{agent_id}",
	Response: core.ResponseSpec{Kind: "none"},
	Security: [][]string{{"APIKeyAuth"}},
}

// Delete: Delete Agent
func (s *AgentsService) Delete(ctx context.Context, agentID string, opts ...option.RequestOption) error {
	return s.client.Do(ctx, &specAgentsDelete, core.Input{Path: map[string]any{"agent_id": agentID}}, nil, opts)
}

// AgentsUpdateParams: the values agents.update takes besides its path parameters.
type AgentsUpdateParams struct {
	// Name to give the agent.
	Name *string `json:"name,omitempty"`
	// Description to give the agent.
	Description *string `json:"description,omitempty"`
	// Voice to use for the agent's speech.
	TTSVoice *VoiceID `json:"tts_voice,omitempty"`
	// Language to use for the agent's speech.
	TTSLanguage *string `json:"tts_language,omitempty"`
}

var specAgentsUpdate = core.OperationSpec{
	Method:   "PATCH",
	Path:     "/agents/{agent_id}",
	Body:     &core.BodySpec{Encoding: "json", ContentType: "application/json", Required: true},
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
	Security: [][]string{{"APIKeyAuth"}},
}

// Update: Update Agent
func (s *AgentsService) Update(ctx context.Context, agentID string, params AgentsUpdateParams, opts ...option.RequestOption) (*AgentSummary, error) {
	var out AgentSummary
	if err := s.client.Do(ctx, &specAgentsUpdate, core.Input{Path: map[string]any{"agent_id": agentID}, Body: params}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// AgentsTemplatesService: the agents.templates operations.
type AgentsTemplatesService struct {
	client *core.Client
}

func newAgentsTemplatesService(c *core.Client) *AgentsTemplatesService {
	return &AgentsTemplatesService{client: c}
}

var specAgentsTemplatesList = core.OperationSpec{
	Method:   "GET",
	Path:     "/agents/templates",
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
	Security: [][]string{{"TokenAuth"}, {"APIKeyAuth"}},
}

// List: List Templates
//
// Returns the public agent templates that Cartesia provides as starting points.
func (s *AgentsTemplatesService) List(ctx context.Context, opts ...option.RequestOption) (*GetTemplatesResponse, error) {
	var out GetTemplatesResponse
	if err := s.client.Do(ctx, &specAgentsTemplatesList, core.Input{}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

// AgentsCallsService: the agents.calls operations.
type AgentsCallsService struct {
	client *core.Client
}

func newAgentsCallsService(c *core.Client) *AgentsCallsService {
	return &AgentsCallsService{client: c}
}

// AgentsCallsListParams: the values agents.calls.list takes besides its path parameters.
type AgentsCallsListParams struct {
	// Identifier of the agent.
	AgentID string `json:"-"`
	// Fields to expand in the response; `transcript` is the only value supported for now.
	Expand *string `json:"-"`
	// (Pagination) Return the calls that come after the call with this ID.
	StartingAfter *string `json:"-"`
	// (Pagination) Return the calls that come before the call with this ID.
	EndingBefore *string `json:"-"`
	// (Pagination) Page size: how many calls to return, from 1 to 100.
	Limit *int64 `json:"-"`
}

var specAgentsCallsList = core.OperationSpec{
	Method:   "GET",
	Path:     "/agents/calls",
	Query:    []core.ParamSpec{{Name: "agent_id", Style: "form", Explode: true}, {Name: "expand", Style: "form", Explode: true}, {Name: "starting_after", Style: "form", Explode: true}, {Name: "ending_before", Style: "form", Explode: true}, {Name: "limit", Style: "form", Explode: true}},
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
	Security: [][]string{{"APIKeyAuth"}},
}

// List: List Calls
//
// Lists one agent's calls, newest start time first. `agent_id` is mandatory; pass `expand=transcript` to have transcripts included. Results are paginated.
func (s *AgentsCallsService) List(ctx context.Context, params AgentsCallsListParams, opts ...option.RequestOption) (*Page[AgentCall], error) {
	return core.GetPage[AgentCall](ctx, s.client, &specAgentsCallsList, core.Input{Params: map[string]any{"agent_id": params.AgentID, "expand": params.Expand, "starting_after": params.StartingAfter, "ending_before": params.EndingBefore, "limit": params.Limit}}, opts)
}

// ListAutoPaging yields every item of List's pages, fetching each page as the loop reaches it; an error ends it.
func (s *AgentsCallsService) ListAutoPaging(ctx context.Context, params AgentsCallsListParams, opts ...option.RequestOption) iter.Seq2[AgentCall, error] {
	return core.AutoPager[AgentCall](ctx, s.client, &specAgentsCallsList, core.Input{Params: map[string]any{"agent_id": params.AgentID, "expand": params.Expand, "starting_after": params.StartingAfter, "ending_before": params.EndingBefore, "limit": params.Limit}}, opts)
}

var specAgentsCallsGet = core.OperationSpec{
	Method:   "GET",
	Path:     "/agents/calls/{call_id}",
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
	Security: [][]string{{"APIKeyAuth"}},
}

// Get: Get Call
func (s *AgentsCallsService) Get(ctx context.Context, callID string, opts ...option.RequestOption) (*AgentCall, error) {
	var out AgentCall
	if err := s.client.Do(ctx, &specAgentsCallsGet, core.Input{Path: map[string]any{"call_id": callID}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

var specAgentsCallsDownloadAudio = core.OperationSpec{
	Method:   "GET",
	Path:     "/agents/calls/{call_id}/audio",
	Response: core.ResponseSpec{Kind: "binary", Accept: "audio/wav"},
	Security: [][]string{{"APIKeyAuth"}},
}

// DownloadAudio: Download Call Audio
//
// Downloads the recording of a call, streamed to the client as a WAV file.
func (s *AgentsCallsService) DownloadAudio(ctx context.Context, callID string, opts ...option.RequestOption) (io.ReadCloser, error) {
	resp, err := s.client.Send(ctx, &specAgentsCallsDownloadAudio, core.Input{Path: map[string]any{"call_id": callID}}, opts)
	if err != nil {
		return nil, err
	}
	return resp.Body, nil
}

// AgentsPhoneNumbersService: the agents.phoneNumbers operations.
type AgentsPhoneNumbersService struct {
	client *core.Client
}

func newAgentsPhoneNumbersService(c *core.Client) *AgentsPhoneNumbersService {
	return &AgentsPhoneNumbersService{client: c}
}

var specAgentsPhoneNumbersList = core.OperationSpec{
	Method:   "GET",
	Path:     "/agents/{agent_id}/phone-numbers",
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
	Security: [][]string{{"APIKeyAuth"}},
}

// List: List Phone Numbers
//
// Lists the phone numbers attached to an agent. An agent can currently have at most one number, and numbers are provisioned by Cartesia.
func (s *AgentsPhoneNumbersService) List(ctx context.Context, agentID string, opts ...option.RequestOption) ([]PhoneNumber, error) {
	var out []PhoneNumber
	err := s.client.Do(ctx, &specAgentsPhoneNumbersList, core.Input{Path: map[string]any{"agent_id": agentID}}, &out, opts)
	return out, err
}

// AgentsMetricsService: the agents.metrics operations.
type AgentsMetricsService struct {
	client *core.Client
	// the agents.metrics.results operations.
	Results *AgentsMetricsResultsService
}

func newAgentsMetricsService(c *core.Client) *AgentsMetricsService {
	return &AgentsMetricsService{client: c, Results: newAgentsMetricsResultsService(c)}
}

// AgentsMetricsListParams: the values agents.metrics.list takes besides its path parameters.
type AgentsMetricsListParams struct {
	// (Pagination) Cursor for the next page: the ID of the last metric in the current response.
	StartingAfter *string `json:"-"`
	// (Pagination) Page size: how many metrics to return, from 1 to 100; 10 if omitted.
	Limit *int64 `json:"-"`
}

var specAgentsMetricsList = core.OperationSpec{
	Method:   "GET",
	Path:     "/agents/metrics",
	Query:    []core.ParamSpec{{Name: "starting_after", Style: "form", Explode: true}, {Name: "limit", Style: "form", Explode: true}},
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
	Security: [][]string{{"APIKeyAuth"}},
}

// List: List Metrics
//
// Returns the LLM-as-a-Judge metrics that your account owns.
func (s *AgentsMetricsService) List(ctx context.Context, params AgentsMetricsListParams, opts ...option.RequestOption) (*Page[Metric], error) {
	return core.GetPage[Metric](ctx, s.client, &specAgentsMetricsList, core.Input{Params: map[string]any{"starting_after": params.StartingAfter, "limit": params.Limit}}, opts)
}

// ListAutoPaging yields every item of List's pages, fetching each page as the loop reaches it; an error ends it.
func (s *AgentsMetricsService) ListAutoPaging(ctx context.Context, params AgentsMetricsListParams, opts ...option.RequestOption) iter.Seq2[Metric, error] {
	return core.AutoPager[Metric](ctx, s.client, &specAgentsMetricsList, core.Input{Params: map[string]any{"starting_after": params.StartingAfter, "limit": params.Limit}}, opts)
}

// AgentsMetricsCreateParams: the values agents.metrics.create takes besides its path parameters.
type AgentsMetricsCreateParams struct {
	// Unique name for the metric. Allowed characters: lowercase letters, digits, `_`, `-` and `.`.
	Name string `json:"name"`
	// Name to display for the metric.
	DisplayName *string `json:"display_name,omitempty"`
	// Prompt that describes the evaluation task and its criteria.
	Prompt string `json:"prompt"`
}

var specAgentsMetricsCreate = core.OperationSpec{
	Method:   "POST",
	Path:     "/agents/metrics",
	Body:     &core.BodySpec{Encoding: "json", ContentType: "application/json", Required: true},
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
	Security: [][]string{{"APIKeyAuth"}},
}

// Create: Create Metric
//
// Defines a new metric.
func (s *AgentsMetricsService) Create(ctx context.Context, params AgentsMetricsCreateParams, opts ...option.RequestOption) (*Metric, error) {
	var out Metric
	if err := s.client.Do(ctx, &specAgentsMetricsCreate, core.Input{Body: params}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

var specAgentsMetricsGet = core.OperationSpec{
	Method:   "GET",
	Path:     "/agents/metrics/{metric_id}",
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
	Security: [][]string{{"APIKeyAuth"}},
}

// Get: Get Metric
//
// Fetches one metric by ID.
func (s *AgentsMetricsService) Get(ctx context.Context, metricID string, opts ...option.RequestOption) (*Metric, error) {
	var out Metric
	if err := s.client.Do(ctx, &specAgentsMetricsGet, core.Input{Path: map[string]any{"metric_id": metricID}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}

var specAgentsMetricsAddToAgent = core.OperationSpec{
	Method:   "POST",
	Path:     "/agents/{agent_id}/metrics/{metric_id}",
	Response: core.ResponseSpec{Kind: "none"},
	Security: [][]string{{"APIKeyAuth"}},
}

// AddToAgent: Add Metric to Agent
//
// Attaches a metric to an agent; from then on it runs automatically on every call the agent handles.
func (s *AgentsMetricsService) AddToAgent(ctx context.Context, agentID string, metricID string, opts ...option.RequestOption) error {
	return s.client.Do(ctx, &specAgentsMetricsAddToAgent, core.Input{Path: map[string]any{"agent_id": agentID, "metric_id": metricID}}, nil, opts)
}

var specAgentsMetricsRemoveFromAgent = core.OperationSpec{
	Method:   "DELETE",
	Path:     "/agents/{agent_id}/metrics/{metric_id}",
	Response: core.ResponseSpec{Kind: "none"},
	Security: [][]string{{"APIKeyAuth"}},
}

// RemoveFromAgent: Remove Metric from Agent
//
// Detaches a metric from an agent so it stops running automatically on the agent's later calls. Results already computed are kept.
func (s *AgentsMetricsService) RemoveFromAgent(ctx context.Context, agentID string, metricID string, opts ...option.RequestOption) error {
	return s.client.Do(ctx, &specAgentsMetricsRemoveFromAgent, core.Input{Path: map[string]any{"agent_id": agentID, "metric_id": metricID}}, nil, opts)
}

// AgentsMetricsResultsService: the agents.metrics.results operations.
type AgentsMetricsResultsService struct {
	client *core.Client
}

func newAgentsMetricsResultsService(c *core.Client) *AgentsMetricsResultsService {
	return &AgentsMetricsResultsService{client: c}
}

// AgentsMetricsResultsListParams: the values agents.metrics.results.list takes besides its path parameters.
type AgentsMetricsResultsListParams struct {
	// Identifier of the agent.
	AgentID *string `json:"-"`
	// Identifier of the deployment.
	DeploymentID *string `json:"-"`
	// Identifier of the metric.
	MetricID *string `json:"-"`
	// Lower bound on creation time (inclusive), as an ISO 8601 timestamp such as `2024-04-01T00:00:00Z`; earlier results are left out.
	StartDate *string `json:"-"`
	// Upper bound on creation time (inclusive), as an ISO 8601 timestamp such as `2024-04-30T23:59:59Z`; later results are left out.
	EndDate *string `json:"-"`
	// Identifier of the call.
	CallID *string `json:"-"`
	// Pagination cursor: the ID of a metric result to continue after. If a page of 100 ends with `metric_result_abc123`, pass `starting_after=metric_result_abc123` to get the following page.
	StartingAfter *string `json:"-"`
	// Pagination cursor: the ID of a metric result to stop before. If a page of 100 begins with `metric_result_abc123`, pass `ending_before=metric_result_abc123` to get the preceding page.
	EndingBefore *string `json:"-"`
	// Page size: how many metric results to return, from 1 to 100.
	Limit *int64 `json:"-"`
}

var specAgentsMetricsResultsList = core.OperationSpec{
	Method:   "GET",
	Path:     "/agents/metrics/results",
	Query:    []core.ParamSpec{{Name: "agent_id", Style: "form", Explode: true}, {Name: "deployment_id", Style: "form", Explode: true}, {Name: "metric_id", Style: "form", Explode: true}, {Name: "start_date", Style: "form", Explode: true}, {Name: "end_date", Style: "form", Explode: true}, {Name: "call_id", Style: "form", Explode: true}, {Name: "starting_after", Style: "form", Explode: true}, {Name: "ending_before", Style: "form", Explode: true}, {Name: "limit", Style: "form", Explode: true}},
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
	Security: [][]string{{"APIKeyAuth"}},
}

// List: List Metric Results
//
// Lists metric results a page at a time; use the query parameters to narrow them down.
func (s *AgentsMetricsResultsService) List(ctx context.Context, params AgentsMetricsResultsListParams, opts ...option.RequestOption) (*Page[MetricResult], error) {
	return core.GetPage[MetricResult](ctx, s.client, &specAgentsMetricsResultsList, core.Input{Params: map[string]any{"agent_id": params.AgentID, "deployment_id": params.DeploymentID, "metric_id": params.MetricID, "start_date": params.StartDate, "end_date": params.EndDate, "call_id": params.CallID, "starting_after": params.StartingAfter, "ending_before": params.EndingBefore, "limit": params.Limit}}, opts)
}

// ListAutoPaging yields every item of List's pages, fetching each page as the loop reaches it; an error ends it.
func (s *AgentsMetricsResultsService) ListAutoPaging(ctx context.Context, params AgentsMetricsResultsListParams, opts ...option.RequestOption) iter.Seq2[MetricResult, error] {
	return core.AutoPager[MetricResult](ctx, s.client, &specAgentsMetricsResultsList, core.Input{Params: map[string]any{"agent_id": params.AgentID, "deployment_id": params.DeploymentID, "metric_id": params.MetricID, "start_date": params.StartDate, "end_date": params.EndDate, "call_id": params.CallID, "starting_after": params.StartingAfter, "ending_before": params.EndingBefore, "limit": params.Limit}}, opts)
}

// AgentsMetricsResultsExportParams: the values agents.metrics.results.export takes besides its path parameters.
type AgentsMetricsResultsExportParams struct {
	// Identifier of the agent.
	AgentID *string `json:"-"`
	// Identifier of the deployment.
	DeploymentID *string `json:"-"`
	// Identifier of the metric.
	MetricID *string `json:"-"`
	// Identifier of the call.
	CallID *string `json:"-"`
	// Lower bound on creation time (inclusive), as an ISO 8601 timestamp such as `2024-04-01T00:00:00Z`; earlier results are left out.
	StartDate *string `json:"-"`
	// Upper bound on creation time (inclusive), as an ISO 8601 timestamp such as `2024-04-30T23:59:59Z`; later results are left out.
	EndDate *string `json:"-"`
}

var specAgentsMetricsResultsExport = core.OperationSpec{
	Method:   "GET",
	Path:     "/agents/metrics/results/export",
	Query:    []core.ParamSpec{{Name: "agent_id", Style: "form", Explode: true}, {Name: "deployment_id", Style: "form", Explode: true}, {Name: "metric_id", Style: "form", Explode: true}, {Name: "call_id", Style: "form", Explode: true}, {Name: "start_date", Style: "form", Explode: true}, {Name: "end_date", Style: "form", Explode: true}},
	Response: core.ResponseSpec{Kind: "text", Accept: "text/csv"},
	Security: [][]string{{"APIKeyAuth"}},
}

// Export: Export Metric Results
//
// Downloads metric results as CSV, streamed straight to the client and capped at 100k rows. Optional filters limit which results are exported.
func (s *AgentsMetricsResultsService) Export(ctx context.Context, params AgentsMetricsResultsExportParams, opts ...option.RequestOption) (string, error) {
	var out string
	err := s.client.Do(ctx, &specAgentsMetricsResultsExport, core.Input{Params: map[string]any{"agent_id": params.AgentID, "deployment_id": params.DeploymentID, "metric_id": params.MetricID, "call_id": params.CallID, "start_date": params.StartDate, "end_date": params.EndDate}}, &out, opts)
	return out, err
}

// AgentsDeploymentsService: the agents.deployments operations.
type AgentsDeploymentsService struct {
	client *core.Client
}

func newAgentsDeploymentsService(c *core.Client) *AgentsDeploymentsService {
	return &AgentsDeploymentsService{client: c}
}

var specAgentsDeploymentsList = core.OperationSpec{
	Method:   "GET",
	Path:     "/agents/{agent_id}/deployments",
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
	Security: [][]string{{"APIKeyAuth"}},
}

// List: List Deployments
//
// Returns every deployment of an agent.
func (s *AgentsDeploymentsService) List(ctx context.Context, agentID string, opts ...option.RequestOption) ([]Deployment, error) {
	var out []Deployment
	err := s.client.Do(ctx, &specAgentsDeploymentsList, core.Input{Path: map[string]any{"agent_id": agentID}}, &out, opts)
	return out, err
}

var specAgentsDeploymentsGet = core.OperationSpec{
	Method:   "GET",
	Path:     "/agents/deployments/{deployment_id}",
	Response: core.ResponseSpec{Kind: "json", Accept: "application/json"},
	Security: [][]string{{"APIKeyAuth"}},
}

// Get: Get Deployment
//
// Fetches one deployment by ID.
func (s *AgentsDeploymentsService) Get(ctx context.Context, deploymentID string, opts ...option.RequestOption) (*Deployment, error) {
	var out Deployment
	if err := s.client.Do(ctx, &specAgentsDeploymentsGet, core.Input{Path: map[string]any{"deployment_id": deploymentID}}, &out, opts); err != nil {
		return nil, err
	}
	return &out, nil
}
