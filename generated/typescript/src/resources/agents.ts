// Generated from cartesia.yaml (Cartesia API 0.1.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/resource.js';
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
  GetCallsResponse,
  GetTemplatesResponse,
  ListMetricResultsResponse,
  ListMetricsResponse,
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
 * REWRITE
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
   * REWRITE: Lists all agents associated with your account.
   *
   * `GET /agents`
   */
  list(options?: RequestOptions): APIPromise<GetAgentsResponse> {
    return this._client.request<GetAgentsResponse>(agentsListOperation, {}, {}, options);
  }

  /**
   * Get Agent
   *
   * REWRITE: Returns the details of a specific agent. To create an agent, use the CLI or the Playground for the best experience and integration with Github.
   *
   * `GET /agents/{agent_id}`
   */
  get(agentId: string, options?: RequestOptions): APIPromise<AgentSummary> {
    return this._client.request<AgentSummary>(agentsGetOperation, { agent_id: agentId }, {}, options);
  }

  /**
   * Delete Agent
   *
   * `DELETE /agents/{agent_id}`
   */
  delete(agentId: string, options?: RequestOptions): APIPromise<void> {
    return this._client.request<void>(agentsDeleteOperation, { agent_id: agentId }, {}, options);
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
    return this._client.request<AgentSummary>(agentsUpdateOperation, { agent_id: agentId }, params, options);
  }
}

export class AgentsTemplates extends APIResource {
  /**
   * List Templates
   *
   * REWRITE: List of public, Cartesia-provided agent templates to help you get started.
   *
   * `GET /agents/templates`
   */
  list(options?: RequestOptions): APIPromise<GetTemplatesResponse> {
    return this._client.request<GetTemplatesResponse>(agentsTemplatesListOperation, {}, {}, options);
  }
}

export class AgentsCalls extends APIResource {
  /**
   * List Calls
   *
   * REWRITE: Lists calls sorted by start time in descending order for a specific agent. `agent_id` is required and if you want to include `transcript` in the response, add `expand=transcript` to the request. This endpoint is paginated.
   *
   * `GET /agents/calls`
   *
   * Await it for one page, or iterate it with `for await` for every item across pages.
   */
  list(params: AgentsCallsListParams, options?: RequestOptions): PagePromise<AgentCall> {
    return this._client.requestPage<AgentCall>(agentsCallsListOperation, {}, params, options);
  }

  /**
   * Get Call
   *
   * `GET /agents/calls/{call_id}`
   */
  get(callId: string, options?: RequestOptions): APIPromise<AgentCall> {
    return this._client.request<AgentCall>(agentsCallsGetOperation, { call_id: callId }, {}, options);
  }

  /**
   * Download Call Audio
   *
   * REWRITE: The downloaded audio file is in .wav format. This endpoint streams the audio file content (WAV format) to the client.
   *
   * `GET /agents/calls/{call_id}/audio`
   *
   * Resolves when the response headers arrive; the body streams (see `BinaryResponse`).
   */
  downloadAudio(callId: string, options?: RequestOptions): APIPromise<BinaryResponse> {
    return this._client.request<BinaryResponse>(
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
   * REWRITE: List the phone numbers associated with an agent. Currently, you can only have one phone number per agent and these are provisioned by Cartesia.
   *
   * `GET /agents/{agent_id}/phone-numbers`
   */
  list(agentId: string, options?: RequestOptions): APIPromise<PhoneNumber[]> {
    return this._client.request<PhoneNumber[]>(
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
   * REWRITE: List of all LLM-as-a-Judge metrics owned by your account.
   *
   * `GET /agents/metrics`
   *
   * Await it for one page, or iterate it with `for await` for every item across pages.
   */
  list(params: AgentsMetricsListParams = {}, options?: RequestOptions): PagePromise<Metric> {
    return this._client.requestPage<Metric>(agentsMetricsListOperation, {}, params, options);
  }

  /**
   * Create Metric
   *
   * REWRITE: Create a new metric.
   *
   * `POST /agents/metrics`
   */
  create(params: AgentsMetricsCreateParams, options?: RequestOptions): APIPromise<Metric> {
    return this._client.request<Metric>(agentsMetricsCreateOperation, {}, params, options);
  }

  /**
   * Get Metric
   *
   * REWRITE: Get a metric by its ID.
   *
   * `GET /agents/metrics/{metric_id}`
   */
  get(metricId: string, options?: RequestOptions): APIPromise<Metric> {
    return this._client.request<Metric>(agentsMetricsGetOperation, { metric_id: metricId }, {}, options);
  }

  /**
   * Add Metric to Agent
   *
   * REWRITE: Add a metric to an agent. Once the metric is added, it will be run on all calls made to the agent automatically from that point onwards.
   *
   * `POST /agents/{agent_id}/metrics/{metric_id}`
   */
  addToAgent(agentId: string, metricId: string, options?: RequestOptions): APIPromise<void> {
    return this._client.request<void>(
      agentsMetricsAddToAgentOperation,
      { agent_id: agentId, metric_id: metricId },
      {},
      options,
    );
  }

  /**
   * Remove Metric from Agent
   *
   * REWRITE: Remove a metric from an agent. Once the metric is removed, it will no longer be run on all calls made to the agent automatically from that point onwards. Existing metric results will remain.
   *
   * `DELETE /agents/{agent_id}/metrics/{metric_id}`
   */
  removeFromAgent(agentId: string, metricId: string, options?: RequestOptions): APIPromise<void> {
    return this._client.request<void>(
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
   * REWRITE: Paginated list of metric results. Filter results using the query parameters,
   *
   * `GET /agents/metrics/results`
   *
   * Await it for one page, or iterate it with `for await` for every item across pages.
   */
  list(params: AgentsMetricsResultsListParams = {}, options?: RequestOptions): PagePromise<MetricResult> {
    return this._client.requestPage<MetricResult>(agentsMetricsResultsListOperation, {}, params, options);
  }

  /**
   * Export Metric Results
   *
   * REWRITE: Export metric results to a CSV file. This endpoint streams at most 100k results as the CSV file directly to the client. Use the optional filters to narrow down the results to export.
   *
   * `GET /agents/metrics/results/export`
   */
  export(params: AgentsMetricsResultsExportParams = {}, options?: RequestOptions): APIPromise<string> {
    return this._client.request<string>(agentsMetricsResultsExportOperation, {}, params, options);
  }
}

export class AgentsDeployments extends APIResource {
  /**
   * List Deployments
   *
   * REWRITE: List of all deployments associated with an agent.
   *
   * `GET /agents/{agent_id}/deployments`
   */
  list(agentId: string, options?: RequestOptions): APIPromise<Deployment[]> {
    return this._client.request<Deployment[]>(
      agentsDeploymentsListOperation,
      { agent_id: agentId },
      {},
      options,
    );
  }

  /**
   * Get Deployment
   *
   * REWRITE: Get a deployment by its ID.
   *
   * `GET /agents/deployments/{deployment_id}`
   */
  get(deploymentId: string, options?: RequestOptions): APIPromise<Deployment> {
    return this._client.request<Deployment>(
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
   * REWRITE: The ID of the agent.
   */
  agent_id: string;
  /**
   * REWRITE: The fields to expand in the response. Currently, the only supported value is `transcript`.
   */
  expand?: string | null;
  /**
   * REWRITE: (Pagination option)The ID of the call to start after.
   */
  starting_after?: string | null;
  /**
   * REWRITE: (Pagination option) The ID of the call to end before.
   */
  ending_before?: string | null;
  /**
   * REWRITE: (Pagination option) The number of calls to return per page, ranging between 1 and 100.
   */
  limit?: number | null;
};

/** Parameters of `client.agents.metrics.list`. */
export type AgentsMetricsListParams = {
  /**
   * REWRITE: (Pagination option) The ID of the last Metric in the current response as a cursor for the next page of results.
   */
  starting_after?: string | null;
  /**
   * REWRITE: (Pagination option) The number of metrics to return per page, ranging between 1 and 100. The default page limit is 10.
   */
  limit?: number | null;
};

/** Parameters of `client.agents.metrics.create`. */
export type AgentsMetricsCreateParams = CreateMetricRequest;

/** Parameters of `client.agents.metrics.results.list`. */
export type AgentsMetricsResultsListParams = {
  /**
   * REWRITE: The ID of the agent.
   */
  agent_id?: string | null;
  /**
   * REWRITE: The ID of the deployment.
   */
  deployment_id?: string | null;
  /**
   * REWRITE: The ID of the metric.
   */
  metric_id?: string | null;
  /**
   * REWRITE: Filter metric results created at or after this ISO 8601 date/time (e.g. 2024-04-01T00:00:00Z).
   */
  start_date?: string | null;
  /**
   * REWRITE: Filter metric results created before or at this ISO 8601 date/time (e.g. 2024-04-30T23:59:59Z).
   */
  end_date?: string | null;
  /**
   * REWRITE: The ID of the call.
   */
  call_id?: string | null;
  /**
   * REWRITE: A cursor to use in pagination. `starting_after` is a metric result ID that defines your place in the list. For example, if you make a /metrics/results request and receive 100 objects, ending with `metric_result_abc123`, your subsequent call can include `starting_after=metric_result_abc123` to fetch the next page of the list.
   */
  starting_after?: string | null;
  /**
   * REWRITE: A cursor to use in pagination. `ending_before` is a metric result ID that defines your place in the list. For example, if you make a /metrics/results request and receive 100 objects, starting with `metric_result_abc123`, your subsequent call can include `ending_before=metric_result_abc123` to fetch the previous page of the list.
   */
  ending_before?: string | null;
  /**
   * REWRITE: The number of metric results to return per page, ranging between 1 and 100.
   */
  limit?: number | null;
};

/** Parameters of `client.agents.metrics.results.export`. */
export type AgentsMetricsResultsExportParams = {
  /**
   * REWRITE: The ID of the agent.
   */
  agent_id?: string | null;
  /**
   * REWRITE: The ID of the deployment.
   */
  deployment_id?: string | null;
  /**
   * REWRITE: The ID of the metric.
   */
  metric_id?: string | null;
  /**
   * REWRITE: The ID of the call.
   */
  call_id?: string | null;
  /**
   * REWRITE: Filter metric results created at or after this ISO 8601 date/time (e.g. 2024-04-01T00:00:00Z).
   */
  start_date?: string | null;
  /**
   * REWRITE: Filter metric results created before or at this ISO 8601 date/time (e.g. 2024-04-30T23:59:59Z).
   */
  end_date?: string | null;
};
