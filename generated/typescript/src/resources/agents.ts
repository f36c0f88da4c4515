// Generated from cartesia.yaml (Cartesia API 0.1.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { BinaryResponse } from '../core/binary.js';
import type { PagePromise } from '../core/pagination.js';
import type { OperationSpec, RequestOptions } from '../core/types.js';
import type {
  AgentCall,
  AgentSummary,
  CreateMetricRequest,
  Deployment,
  GetAgentsResponse,
  GetTemplatesResponse,
  Metric,
  MetricResult,
  PhoneNumber,
  UpdateAgentRequest,
} from '../models.js';

const agentsListOperation: OperationSpec = {
  method: 'GET',
  path: '/agents',
  response: { kind: 'json', accept: 'application/json' },
  security: [['APIKeyAuth']],
};
const agentsGetOperation: OperationSpec = {
  method: 'GET',
  path: '/agents/{agent_id}',
  response: { kind: 'json', accept: 'application/json' },
  security: [['APIKeyAuth']],
};
const agentsDeleteOperation: OperationSpec = {
  method: 'DELETE',
  path: '/agents/{agent_id}',
  response: { kind: 'none' },
  security: [['APIKeyAuth']],
};
const agentsUpdateOperation: OperationSpec = {
  method: 'PATCH',
  path: '/agents/{agent_id}',
  body: { encoding: 'json', contentType: 'application/json', merged: true, required: true },
  response: { kind: 'json', accept: 'application/json' },
  security: [['APIKeyAuth']],
};
const agentsTemplatesListOperation: OperationSpec = {
  method: 'GET',
  path: '/agents/templates',
  response: { kind: 'json', accept: 'application/json' },
  security: [['TokenAuth'], ['APIKeyAuth']],
};
const agentsCallsListOperation: OperationSpec = {
  method: 'GET',
  path: '/agents/calls',
  query: [
    { name: 'agent_id' },
    { name: 'expand' },
    { name: 'starting_after' },
    { name: 'ending_before' },
    { name: 'limit' },
  ],
  response: { kind: 'json', accept: 'application/json' },
  security: [['APIKeyAuth']],
};
const agentsCallsGetOperation: OperationSpec = {
  method: 'GET',
  path: '/agents/calls/{call_id}',
  response: { kind: 'json', accept: 'application/json' },
  security: [['APIKeyAuth']],
};
const agentsCallsDownloadAudioOperation: OperationSpec = {
  method: 'GET',
  path: '/agents/calls/{call_id}/audio',
  response: { kind: 'binary', accept: 'audio/wav' },
  security: [['APIKeyAuth']],
};
const agentsPhoneNumbersListOperation: OperationSpec = {
  method: 'GET',
  path: '/agents/{agent_id}/phone-numbers',
  response: { kind: 'json', accept: 'application/json' },
  security: [['APIKeyAuth']],
};
const agentsMetricsListOperation: OperationSpec = {
  method: 'GET',
  path: '/agents/metrics',
  query: [{ name: 'starting_after' }, { name: 'limit' }],
  response: { kind: 'json', accept: 'application/json' },
  security: [['APIKeyAuth']],
};
const agentsMetricsCreateOperation: OperationSpec = {
  method: 'POST',
  path: '/agents/metrics',
  body: { encoding: 'json', contentType: 'application/json', merged: true, required: true },
  response: { kind: 'json', accept: 'application/json' },
  security: [['APIKeyAuth']],
};
const agentsMetricsGetOperation: OperationSpec = {
  method: 'GET',
  path: '/agents/metrics/{metric_id}',
  response: { kind: 'json', accept: 'application/json' },
  security: [['APIKeyAuth']],
};
const agentsMetricsAddToAgentOperation: OperationSpec = {
  method: 'POST',
  path: '/agents/{agent_id}/metrics/{metric_id}',
  response: { kind: 'none' },
  security: [['APIKeyAuth']],
};
const agentsMetricsRemoveFromAgentOperation: OperationSpec = {
  method: 'DELETE',
  path: '/agents/{agent_id}/metrics/{metric_id}',
  response: { kind: 'none' },
  security: [['APIKeyAuth']],
};
const agentsMetricsResultsListOperation: OperationSpec = {
  method: 'GET',
  path: '/agents/metrics/results',
  query: [
    { name: 'agent_id' },
    { name: 'deployment_id' },
    { name: 'metric_id' },
    { name: 'start_date' },
    { name: 'end_date' },
    { name: 'call_id' },
    { name: 'starting_after' },
    { name: 'ending_before' },
    { name: 'limit' },
  ],
  response: { kind: 'json', accept: 'application/json' },
  security: [['APIKeyAuth']],
};
const agentsMetricsResultsExportOperation: OperationSpec = {
  method: 'GET',
  path: '/agents/metrics/results/export',
  query: [
    { name: 'agent_id' },
    { name: 'deployment_id' },
    { name: 'metric_id' },
    { name: 'call_id' },
    { name: 'start_date' },
    { name: 'end_date' },
  ],
  response: { kind: 'text', accept: 'text/csv' },
  security: [['APIKeyAuth']],
};
const agentsDeploymentsListOperation: OperationSpec = {
  method: 'GET',
  path: '/agents/{agent_id}/deployments',
  response: { kind: 'json', accept: 'application/json' },
  security: [['APIKeyAuth']],
};
const agentsDeploymentsGetOperation: OperationSpec = {
  method: 'GET',
  path: '/agents/deployments/{deployment_id}',
  response: { kind: 'json', accept: 'application/json' },
  security: [['APIKeyAuth']],
};

/**
 * Manage voice agents along with their calls, recordings, LLM-as-a-Judge metrics, deployments and phone numbers.
 */
export class Agents extends APIResource {
  readonly templates: AgentsTemplates = new AgentsTemplates(this._client);
  readonly calls: AgentsCalls = new AgentsCalls(this._client);
  readonly phoneNumbers: AgentsPhoneNumbers = new AgentsPhoneNumbers(this._client);
  readonly metrics: AgentsMetrics = new AgentsMetrics(this._client);
  readonly deployments: AgentsDeployments = new AgentsDeployments(this._client);

  /**
   * List Agents
   *
   * Returns every agent that belongs to your account.
   *
   * `GET /agents`
   */
  list(options?: RequestOptions): APIPromise<GetAgentsResponse> {
    return this._client._request<GetAgentsResponse>(agentsListOperation, {}, {}, options);
  }

  /**
   * Get Agent
   *
   * Fetches the details of one agent. Agents are best created through the CLI or the Playground, which integrate with GitHub.
   *
   * `GET /agents/{agent_id}`
   */
  get(agentId: string, options?: RequestOptions): APIPromise<AgentSummary> {
    return this._client._request<AgentSummary>(agentsGetOperation, { agent_id: agentId }, {}, options);
  }

  /**
   * Delete Agent
   *
   * `DELETE /agents/{agent_id}`
   */
  delete(agentId: string, options?: RequestOptions): APIPromise<void> {
    return this._client._request<void>(agentsDeleteOperation, { agent_id: agentId }, {}, options);
  }

  /**
   * Update Agent
   *
   * `PATCH /agents/{agent_id}`
   */
  update(
    agentId: string,
    params: AgentsUpdateParams = {},
    options?: RequestOptions,
  ): APIPromise<AgentSummary> {
    return this._client._request<AgentSummary>(agentsUpdateOperation, { agent_id: agentId }, params, options);
  }
}

export class AgentsTemplates extends APIResource {
  /**
   * List Templates
   *
   * Returns the public agent templates that Cartesia provides as starting points.
   *
   * `GET /agents/templates`
   */
  list(options?: RequestOptions): APIPromise<GetTemplatesResponse> {
    return this._client._request<GetTemplatesResponse>(agentsTemplatesListOperation, {}, {}, options);
  }
}

export class AgentsCalls extends APIResource {
  /**
   * List Calls
   *
   * Lists one agent's calls, newest start time first. `agent_id` is mandatory; pass `expand=transcript` to have transcripts included. Results are paginated.
   *
   * `GET /agents/calls`
   *
   * Await it for one page, or iterate it with `for await` for every item across pages.
   */
  list(params: AgentsCallsListParams, options?: RequestOptions): PagePromise<AgentCall> {
    return this._client._requestPage<AgentCall>(agentsCallsListOperation, {}, params, options);
  }

  /**
   * Get Call
   *
   * `GET /agents/calls/{call_id}`
   */
  get(callId: string, options?: RequestOptions): APIPromise<AgentCall> {
    return this._client._request<AgentCall>(agentsCallsGetOperation, { call_id: callId }, {}, options);
  }

  /**
   * Download Call Audio
   *
   * Downloads the recording of a call, streamed to the client as a WAV file.
   *
   * `GET /agents/calls/{call_id}/audio`
   *
   * Resolves when the response headers arrive; the body streams (see `BinaryResponse`).
   */
  downloadAudio(callId: string, options?: RequestOptions): APIPromise<BinaryResponse> {
    return this._client._request<BinaryResponse>(
      agentsCallsDownloadAudioOperation,
      { call_id: callId },
      {},
      options,
    );
  }
}

export class AgentsPhoneNumbers extends APIResource {
  /**
   * List Phone Numbers
   *
   * Lists the phone numbers attached to an agent. An agent can currently have at most one number, and numbers are provisioned by Cartesia.
   *
   * `GET /agents/{agent_id}/phone-numbers`
   */
  list(agentId: string, options?: RequestOptions): APIPromise<PhoneNumber[]> {
    return this._client._request<PhoneNumber[]>(
      agentsPhoneNumbersListOperation,
      { agent_id: agentId },
      {},
      options,
    );
  }
}

export class AgentsMetrics extends APIResource {
  readonly results: AgentsMetricsResults = new AgentsMetricsResults(this._client);

  /**
   * List Metrics
   *
   * Returns the LLM-as-a-Judge metrics that your account owns.
   *
   * `GET /agents/metrics`
   *
   * Await it for one page, or iterate it with `for await` for every item across pages.
   */
  list(params: AgentsMetricsListParams = {}, options?: RequestOptions): PagePromise<Metric> {
    return this._client._requestPage<Metric>(agentsMetricsListOperation, {}, params, options);
  }

  /**
   * Create Metric
   *
   * Defines a new metric.
   *
   * `POST /agents/metrics`
   */
  create(params: AgentsMetricsCreateParams, options?: RequestOptions): APIPromise<Metric> {
    return this._client._request<Metric>(agentsMetricsCreateOperation, {}, params, options);
  }

  /**
   * Get Metric
   *
   * Fetches one metric by ID.
   *
   * `GET /agents/metrics/{metric_id}`
   */
  get(metricId: string, options?: RequestOptions): APIPromise<Metric> {
    return this._client._request<Metric>(agentsMetricsGetOperation, { metric_id: metricId }, {}, options);
  }

  /**
   * Add Metric to Agent
   *
   * Attaches a metric to an agent; from then on it runs automatically on every call the agent handles.
   *
   * `POST /agents/{agent_id}/metrics/{metric_id}`
   */
  addToAgent(agentId: string, metricId: string, options?: RequestOptions): APIPromise<void> {
    return this._client._request<void>(
      agentsMetricsAddToAgentOperation,
      { agent_id: agentId, metric_id: metricId },
      {},
      options,
    );
  }

  /**
   * Remove Metric from Agent
   *
   * Detaches a metric from an agent so it stops running automatically on the agent's later calls. Results already computed are kept.
   *
   * `DELETE /agents/{agent_id}/metrics/{metric_id}`
   */
  removeFromAgent(agentId: string, metricId: string, options?: RequestOptions): APIPromise<void> {
    return this._client._request<void>(
      agentsMetricsRemoveFromAgentOperation,
      { agent_id: agentId, metric_id: metricId },
      {},
      options,
    );
  }
}

export class AgentsMetricsResults extends APIResource {
  /**
   * List Metric Results
   *
   * Lists metric results a page at a time; use the query parameters to narrow them down.
   *
   * `GET /agents/metrics/results`
   *
   * Await it for one page, or iterate it with `for await` for every item across pages.
   */
  list(params: AgentsMetricsResultsListParams = {}, options?: RequestOptions): PagePromise<MetricResult> {
    return this._client._requestPage<MetricResult>(agentsMetricsResultsListOperation, {}, params, options);
  }

  /**
   * Export Metric Results
   *
   * Downloads metric results as CSV, streamed straight to the client and capped at 100k rows. Optional filters limit which results are exported.
   *
   * `GET /agents/metrics/results/export`
   */
  export(params: AgentsMetricsResultsExportParams = {}, options?: RequestOptions): APIPromise<string> {
    return this._client._request<string>(agentsMetricsResultsExportOperation, {}, params, options);
  }
}

export class AgentsDeployments extends APIResource {
  /**
   * List Deployments
   *
   * Returns every deployment of an agent.
   *
   * `GET /agents/{agent_id}/deployments`
   */
  list(agentId: string, options?: RequestOptions): APIPromise<Deployment[]> {
    return this._client._request<Deployment[]>(
      agentsDeploymentsListOperation,
      { agent_id: agentId },
      {},
      options,
    );
  }

  /**
   * Get Deployment
   *
   * Fetches one deployment by ID.
   *
   * `GET /agents/deployments/{deployment_id}`
   */
  get(deploymentId: string, options?: RequestOptions): APIPromise<Deployment> {
    return this._client._request<Deployment>(
      agentsDeploymentsGetOperation,
      { deployment_id: deploymentId },
      {},
      options,
    );
  }
}

/** Parameters of `client.agents.update`. */
export type AgentsUpdateParams = UpdateAgentRequest;

/** Parameters of `client.agents.calls.list`. */
export type AgentsCallsListParams = {
  /**
   * Identifier of the agent.
   */
  agent_id: string;
  /**
   * Fields to expand in the response; `transcript` is the only value supported for now.
   */
  expand?: string | null;
  /**
   * (Pagination) Return the calls that come after the call with this ID.
   */
  starting_after?: string | null;
  /**
   * (Pagination) Return the calls that come before the call with this ID.
   */
  ending_before?: string | null;
  /**
   * (Pagination) Page size: how many calls to return, from 1 to 100.
   */
  limit?: number | null;
};

/** Parameters of `client.agents.metrics.list`. */
export type AgentsMetricsListParams = {
  /**
   * (Pagination) Cursor for the next page: the ID of the last metric in the current response.
   */
  starting_after?: string | null;
  /**
   * (Pagination) Page size: how many metrics to return, from 1 to 100; 10 if omitted.
   */
  limit?: number | null;
};

/** Parameters of `client.agents.metrics.create`. */
export type AgentsMetricsCreateParams = CreateMetricRequest;

/** Parameters of `client.agents.metrics.results.list`. */
export type AgentsMetricsResultsListParams = {
  /**
   * Identifier of the agent.
   */
  agent_id?: string | null;
  /**
   * Identifier of the deployment.
   */
  deployment_id?: string | null;
  /**
   * Identifier of the metric.
   */
  metric_id?: string | null;
  /**
   * Lower bound on creation time (inclusive), as an ISO 8601 timestamp such as `2024-04-01T00:00:00Z`; earlier results are left out.
   */
  start_date?: string | null;
  /**
   * Upper bound on creation time (inclusive), as an ISO 8601 timestamp such as `2024-04-30T23:59:59Z`; later results are left out.
   */
  end_date?: string | null;
  /**
   * Identifier of the call.
   */
  call_id?: string | null;
  /**
   * Pagination cursor: the ID of a metric result to continue after. If a page of 100 ends with `metric_result_abc123`, pass `starting_after=metric_result_abc123` to get the following page.
   */
  starting_after?: string | null;
  /**
   * Pagination cursor: the ID of a metric result to stop before. If a page of 100 begins with `metric_result_abc123`, pass `ending_before=metric_result_abc123` to get the preceding page.
   */
  ending_before?: string | null;
  /**
   * Page size: how many metric results to return, from 1 to 100.
   */
  limit?: number | null;
};

/** Parameters of `client.agents.metrics.results.export`. */
export type AgentsMetricsResultsExportParams = {
  /**
   * Identifier of the agent.
   */
  agent_id?: string | null;
  /**
   * Identifier of the deployment.
   */
  deployment_id?: string | null;
  /**
   * Identifier of the metric.
   */
  metric_id?: string | null;
  /**
   * Identifier of the call.
   */
  call_id?: string | null;
  /**
   * Lower bound on creation time (inclusive), as an ISO 8601 timestamp such as `2024-04-01T00:00:00Z`; earlier results are left out.
   */
  start_date?: string | null;
  /**
   * Upper bound on creation time (inclusive), as an ISO 8601 timestamp such as `2024-04-30T23:59:59Z`; later results are left out.
   */
  end_date?: string | null;
};
