// Generated from cartesia.yaml (Cartesia API 0.1.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { BinaryResponse } from '../core/binary.js';
import type { PagePromise } from '../core/pagination.js';
import type { RequestOptions } from '../core/types.js';
import {
  agentsCallsDownloadAudioOperation,
  agentsCallsGetOperation,
  agentsCallsListOperation,
  agentsDeleteOperation,
  agentsDeploymentsGetOperation,
  agentsDeploymentsListOperation,
  agentsGetOperation,
  agentsListOperation,
  agentsMetricsAddToAgentOperation,
  agentsMetricsCreateOperation,
  agentsMetricsGetOperation,
  agentsMetricsListOperation,
  agentsMetricsRemoveFromAgentOperation,
  agentsMetricsResultsExportOperation,
  agentsMetricsResultsListOperation,
  agentsPhoneNumbersListOperation,
  agentsTemplatesListOperation,
  agentsUpdateOperation,
} from '../descriptors.js';
import type {
  AgentCall,
  AgentSummary,
  AgentsCallsListParams,
  AgentsMetricsCreateParams,
  AgentsMetricsListParams,
  AgentsMetricsResultsExportParams,
  AgentsMetricsResultsListParams,
  AgentsUpdateParams,
  Deployment,
  GetAgentsResponse,
  GetTemplatesResponse,
  Metric,
  MetricResult,
  PhoneNumber,
} from '../models.js';

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
