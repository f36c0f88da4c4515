# Generated from cartesia.yaml (Cartesia API 0.1.0) by openapi-client-generator. Do not edit: regenerate instead.
"""Manage voice agents along with their calls, recordings, LLM-as-a-Judge metrics, deployments and phone numbers."""

from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional, Union, cast

from .._core._async_client import AsyncAPIClient, AsyncAPIResource
from .._core._binary import AsyncBinaryResponse, BinaryResponse
from .._core._pagination import AsyncPager, SyncPage
from .._core._spec import operation_spec
from .._core._sync_client import SyncAPIClient, SyncAPIResource
from .._core._types import NOT_GIVEN, NotGiven, RequestOptions

if TYPE_CHECKING:
    from ..models import (
        AgentCall,
        AgentSummary,
        Deployment,
        GetAgentsResponse,
        GetTemplatesResponse,
        Metric,
        MetricResult,
        PhoneNumber,
        VoiceId,
    )

_AGENTS_LIST = operation_spec(
    {
        "method": "GET",
        "path": "/agents",
        "response": {"kind": "json", "accept": "application/json"},
        "security": [["APIKeyAuth"]],
    }
)

_AGENTS_GET = operation_spec(
    {
        "method": "GET",
        "path": "/agents/{agent_id}",
        "response": {"kind": "json", "accept": "application/json"},
        "security": [["APIKeyAuth"]],
    }
)

_AGENTS_DELETE = operation_spec(
    {
        "method": "DELETE",
        "path": "/agents/{agent_id}",
        "response": {"kind": "none"},
        "security": [["APIKeyAuth"]],
    }
)

_AGENTS_UPDATE = operation_spec(
    {
        "method": "PATCH",
        "path": "/agents/{agent_id}",
        "body": {"encoding": "json", "content_type": "application/json", "merged": True, "required": True},
        "response": {"kind": "json", "accept": "application/json"},
        "security": [["APIKeyAuth"]],
    }
)

_AGENTS_TEMPLATES_LIST = operation_spec(
    {
        "method": "GET",
        "path": "/agents/templates",
        "response": {"kind": "json", "accept": "application/json"},
        "security": [["TokenAuth"], ["APIKeyAuth"]],
    }
)

_AGENTS_CALLS_LIST = operation_spec(
    {
        "method": "GET",
        "path": "/agents/calls",
        "query": [
            {"name": "agent_id"},
            {"name": "expand"},
            {"name": "starting_after"},
            {"name": "ending_before"},
            {"name": "limit"},
        ],
        "response": {"kind": "json", "accept": "application/json"},
        "security": [["APIKeyAuth"]],
    }
)

_AGENTS_CALLS_GET = operation_spec(
    {
        "method": "GET",
        "path": "/agents/calls/{call_id}",
        "response": {"kind": "json", "accept": "application/json"},
        "security": [["APIKeyAuth"]],
    }
)

_AGENTS_CALLS_DOWNLOAD_AUDIO = operation_spec(
    {
        "method": "GET",
        "path": "/agents/calls/{call_id}/audio",
        "response": {"kind": "binary", "accept": "audio/wav"},
        "security": [["APIKeyAuth"]],
    }
)

_AGENTS_PHONE_NUMBERS_LIST = operation_spec(
    {
        "method": "GET",
        "path": "/agents/{agent_id}/phone-numbers",
        "response": {"kind": "json", "accept": "application/json"},
        "security": [["APIKeyAuth"]],
    }
)

_AGENTS_METRICS_LIST = operation_spec(
    {
        "method": "GET",
        "path": "/agents/metrics",
        "query": [{"name": "starting_after"}, {"name": "limit"}],
        "response": {"kind": "json", "accept": "application/json"},
        "security": [["APIKeyAuth"]],
    }
)

_AGENTS_METRICS_CREATE = operation_spec(
    {
        "method": "POST",
        "path": "/agents/metrics",
        "body": {"encoding": "json", "content_type": "application/json", "merged": True, "required": True},
        "response": {"kind": "json", "accept": "application/json"},
        "security": [["APIKeyAuth"]],
    }
)

_AGENTS_METRICS_GET = operation_spec(
    {
        "method": "GET",
        "path": "/agents/metrics/{metric_id}",
        "response": {"kind": "json", "accept": "application/json"},
        "security": [["APIKeyAuth"]],
    }
)

_AGENTS_METRICS_ADD_TO_AGENT = operation_spec(
    {
        "method": "POST",
        "path": "/agents/{agent_id}/metrics/{metric_id}",
        "response": {"kind": "none"},
        "security": [["APIKeyAuth"]],
    }
)

_AGENTS_METRICS_REMOVE_FROM_AGENT = operation_spec(
    {
        "method": "DELETE",
        "path": "/agents/{agent_id}/metrics/{metric_id}",
        "response": {"kind": "none"},
        "security": [["APIKeyAuth"]],
    }
)

_AGENTS_METRICS_RESULTS_LIST = operation_spec(
    {
        "method": "GET",
        "path": "/agents/metrics/results",
        "query": [
            {"name": "agent_id"},
            {"name": "deployment_id"},
            {"name": "metric_id"},
            {"name": "start_date"},
            {"name": "end_date"},
            {"name": "call_id"},
            {"name": "starting_after"},
            {"name": "ending_before"},
            {"name": "limit"},
        ],
        "response": {"kind": "json", "accept": "application/json"},
        "security": [["APIKeyAuth"]],
    }
)

_AGENTS_METRICS_RESULTS_EXPORT = operation_spec(
    {
        "method": "GET",
        "path": "/agents/metrics/results/export",
        "query": [
            {"name": "agent_id"},
            {"name": "deployment_id"},
            {"name": "metric_id"},
            {"name": "call_id"},
            {"name": "start_date"},
            {"name": "end_date"},
        ],
        "response": {"kind": "text", "accept": "text/csv"},
        "security": [["APIKeyAuth"]],
    }
)

_AGENTS_DEPLOYMENTS_LIST = operation_spec(
    {
        "method": "GET",
        "path": "/agents/{agent_id}/deployments",
        "response": {"kind": "json", "accept": "application/json"},
        "security": [["APIKeyAuth"]],
    }
)

_AGENTS_DEPLOYMENTS_GET = operation_spec(
    {
        "method": "GET",
        "path": "/agents/deployments/{deployment_id}",
        "response": {"kind": "json", "accept": "application/json"},
        "security": [["APIKeyAuth"]],
    }
)


class Agents(SyncAPIResource):
    """Manage voice agents along with their calls, recordings, LLM-as-a-Judge metrics, deployments and phone numbers."""

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.templates = AgentsTemplates(client)
        self.calls = AgentsCalls(client)
        self.phone_numbers = AgentsPhoneNumbers(client)
        self.metrics = AgentsMetrics(client)
        self.deployments = AgentsDeployments(client)

    def list(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> GetAgentsResponse:
        """List Agents

        Returns every agent that belongs to your account.

        `GET /agents`
        """
        return cast("GetAgentsResponse", self._client._request(
            _AGENTS_LIST,
            {},
            {},
            NOT_GIVEN,
            request_options,
            "GetAgentsResponse",
        ))

    def get(
        self,
        agent_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> AgentSummary:
        """Get Agent

        Fetches the details of one agent. Agents are best created through the CLI or the Playground, which integrate with GitHub.

        `GET /agents/{agent_id}`

        Args:
            agent_id: Identifier of the agent.
        """
        return cast("AgentSummary", self._client._request(
            _AGENTS_GET,
            {"agent_id": agent_id},
            {},
            NOT_GIVEN,
            request_options,
            "AgentSummary",
        ))

    def delete(
        self,
        agent_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """Delete Agent

        `DELETE /agents/{agent_id}`

        Args:
            agent_id: Identifier of the agent.
        """
        self._client._request(
            _AGENTS_DELETE,
            {"agent_id": agent_id},
            {},
            NOT_GIVEN,
            request_options,
        )

    def update(
        self,
        agent_id: str,
        *,
        name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        description: Union[Optional[str], NotGiven] = NOT_GIVEN,
        tts_voice: Union[Optional[VoiceId], NotGiven] = NOT_GIVEN,
        tts_language: Union[Optional[str], NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> AgentSummary:
        """Update Agent

        `PATCH /agents/{agent_id}`

        Args:
            agent_id: Identifier of the agent.
            name: Name to give the agent.
            description: Description to give the agent.
            tts_voice: Voice to use for the agent's speech.
            tts_language: Language to use for the agent's speech.
        """
        return cast("AgentSummary", self._client._request(
            _AGENTS_UPDATE,
            {"agent_id": agent_id},
            {},
            {"name": name, "description": description, "tts_voice": tts_voice, "tts_language": tts_language},
            request_options,
            "AgentSummary",
        ))


class AgentsTemplates(SyncAPIResource):
    """The `client.agents.templates` resource."""

    def list(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> GetTemplatesResponse:
        """List Templates

        Returns the public agent templates that Cartesia provides as starting points.

        `GET /agents/templates`
        """
        return cast("GetTemplatesResponse", self._client._request(
            _AGENTS_TEMPLATES_LIST,
            {},
            {},
            NOT_GIVEN,
            request_options,
            "GetTemplatesResponse",
        ))


class AgentsCalls(SyncAPIResource):
    """The `client.agents.calls` resource."""

    def list(
        self,
        *,
        agent_id: str,
        expand: Union[Optional[str], NotGiven] = NOT_GIVEN,
        starting_after: Union[Optional[str], NotGiven] = NOT_GIVEN,
        ending_before: Union[Optional[str], NotGiven] = NOT_GIVEN,
        limit: Union[Optional[int], NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> SyncPage[AgentCall]:
        """List Calls

        Lists one agent's calls, newest start time first. `agent_id` is mandatory; pass `expand=transcript` to have transcripts included. Results are paginated.

        `GET /agents/calls`

        Returns the first page; iterate it for every item across pages.

        Args:
            agent_id: Identifier of the agent.
            expand: Fields to expand in the response; `transcript` is the only value supported for now.
            starting_after: (Pagination) Return the calls that come after the call with this ID.
            ending_before: (Pagination) Return the calls that come before the call with this ID.
            limit: (Pagination) Page size: how many calls to return, from 1 to 100.
        """
        return self._client._request_page(
            _AGENTS_CALLS_LIST,
            {},
            {
                "agent_id": agent_id,
                "expand": expand,
                "starting_after": starting_after,
                "ending_before": ending_before,
                "limit": limit,
            },
            NOT_GIVEN,
            request_options,
            "AgentCall",
        )

    def get(
        self,
        call_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> AgentCall:
        """Get Call

        `GET /agents/calls/{call_id}`

        Args:
            call_id: Identifier of the call.
        """
        return cast("AgentCall", self._client._request(
            _AGENTS_CALLS_GET,
            {"call_id": call_id},
            {},
            NOT_GIVEN,
            request_options,
            "AgentCall",
        ))

    def download_audio(
        self,
        call_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> BinaryResponse:
        """Download Call Audio

        Downloads the recording of a call, streamed to the client as a WAV file.

        `GET /agents/calls/{call_id}/audio`

        Returns once the response headers arrive; the body streams (iterate it, or `read()` it whole).

        Args:
            call_id: Identifier of the call.
        """
        return self._client._request_binary(
            _AGENTS_CALLS_DOWNLOAD_AUDIO,
            {"call_id": call_id},
            {},
            NOT_GIVEN,
            request_options,
        )


class AgentsPhoneNumbers(SyncAPIResource):
    """The `client.agents.phone_numbers` resource."""

    def list(
        self,
        agent_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> List[PhoneNumber]:
        """List Phone Numbers

        Lists the phone numbers attached to an agent. An agent can currently have at most one number, and numbers are provisioned by Cartesia.

        `GET /agents/{agent_id}/phone-numbers`

        Args:
            agent_id: Identifier of the agent.
        """
        return cast("List[PhoneNumber]", self._client._request(
            _AGENTS_PHONE_NUMBERS_LIST,
            {"agent_id": agent_id},
            {},
            NOT_GIVEN,
            request_options,
            "List[PhoneNumber]",
        ))


class AgentsMetrics(SyncAPIResource):
    """The `client.agents.metrics` resource."""

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.results = AgentsMetricsResults(client)

    def list(
        self,
        *,
        starting_after: Union[Optional[str], NotGiven] = NOT_GIVEN,
        limit: Union[Optional[int], NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> SyncPage[Metric]:
        """List Metrics

        Returns the LLM-as-a-Judge metrics that your account owns.

        `GET /agents/metrics`

        Returns the first page; iterate it for every item across pages.

        Args:
            starting_after: (Pagination) Cursor for the next page: the ID of the last metric in the current response.
            limit: (Pagination) Page size: how many metrics to return, from 1 to 100; 10 if omitted.
        """
        return self._client._request_page(
            _AGENTS_METRICS_LIST,
            {},
            {"starting_after": starting_after, "limit": limit},
            NOT_GIVEN,
            request_options,
            "Metric",
        )

    def create(
        self,
        *,
        name: str,
        display_name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        prompt: str,
        request_options: Optional[RequestOptions] = None,
    ) -> Metric:
        """Create Metric

        Defines a new metric.

        `POST /agents/metrics`

        Args:
            name: Unique name for the metric. Allowed characters: lowercase letters, digits, `_`, `-` and `.`.
            display_name: Name to display for the metric.
            prompt: Prompt that describes the evaluation task and its criteria.
        """
        return cast("Metric", self._client._request(
            _AGENTS_METRICS_CREATE,
            {},
            {},
            {"name": name, "display_name": display_name, "prompt": prompt},
            request_options,
            "Metric",
        ))

    def get(
        self,
        metric_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> Metric:
        """Get Metric

        Fetches one metric by ID.

        `GET /agents/metrics/{metric_id}`

        Args:
            metric_id: Identifier of the metric.
        """
        return cast("Metric", self._client._request(
            _AGENTS_METRICS_GET,
            {"metric_id": metric_id},
            {},
            NOT_GIVEN,
            request_options,
            "Metric",
        ))

    def add_to_agent(
        self,
        agent_id: str,
        metric_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """Add Metric to Agent

        Attaches a metric to an agent; from then on it runs automatically on every call the agent handles.

        `POST /agents/{agent_id}/metrics/{metric_id}`

        Args:
            agent_id: Identifier of the agent.
            metric_id: Identifier of the metric.
        """
        self._client._request(
            _AGENTS_METRICS_ADD_TO_AGENT,
            {"agent_id": agent_id, "metric_id": metric_id},
            {},
            NOT_GIVEN,
            request_options,
        )

    def remove_from_agent(
        self,
        agent_id: str,
        metric_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """Remove Metric from Agent

        Detaches a metric from an agent so it stops running automatically on the agent's later calls. Results already computed are kept.

        `DELETE /agents/{agent_id}/metrics/{metric_id}`

        Args:
            metric_id: Identifier of the metric.
        """
        self._client._request(
            _AGENTS_METRICS_REMOVE_FROM_AGENT,
            {"agent_id": agent_id, "metric_id": metric_id},
            {},
            NOT_GIVEN,
            request_options,
        )


class AgentsMetricsResults(SyncAPIResource):
    """The `client.agents.metrics.results` resource."""

    def list(
        self,
        *,
        agent_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        deployment_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        metric_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        start_date: Union[Optional[str], NotGiven] = NOT_GIVEN,
        end_date: Union[Optional[str], NotGiven] = NOT_GIVEN,
        call_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        starting_after: Union[Optional[str], NotGiven] = NOT_GIVEN,
        ending_before: Union[Optional[str], NotGiven] = NOT_GIVEN,
        limit: Union[Optional[int], NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> SyncPage[MetricResult]:
        """List Metric Results

        Lists metric results a page at a time; use the query parameters to narrow them down.

        `GET /agents/metrics/results`

        Returns the first page; iterate it for every item across pages.

        Args:
            agent_id: Identifier of the agent.
            deployment_id: Identifier of the deployment.
            metric_id: Identifier of the metric.
            start_date: Lower bound on creation time (inclusive), as an ISO 8601 timestamp such as `2024-04-01T00:00:00Z`; earlier results are left out.
            end_date: Upper bound on creation time (inclusive), as an ISO 8601 timestamp such as `2024-04-30T23:59:59Z`; later results are left out.
            call_id: Identifier of the call.
            starting_after: Pagination cursor: the ID of a metric result to continue after. If a page of 100 ends with `metric_result_abc123`, pass `starting_after=metric_result_abc123` to get the following page.
            ending_before: Pagination cursor: the ID of a metric result to stop before. If a page of 100 begins with `metric_result_abc123`, pass `ending_before=metric_result_abc123` to get the preceding page.
            limit: Page size: how many metric results to return, from 1 to 100.
        """
        return self._client._request_page(
            _AGENTS_METRICS_RESULTS_LIST,
            {},
            {
                "agent_id": agent_id,
                "deployment_id": deployment_id,
                "metric_id": metric_id,
                "start_date": start_date,
                "end_date": end_date,
                "call_id": call_id,
                "starting_after": starting_after,
                "ending_before": ending_before,
                "limit": limit,
            },
            NOT_GIVEN,
            request_options,
            "MetricResult",
        )

    def export(
        self,
        *,
        agent_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        deployment_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        metric_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        call_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        start_date: Union[Optional[str], NotGiven] = NOT_GIVEN,
        end_date: Union[Optional[str], NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> str:
        """Export Metric Results

        Downloads metric results as CSV, streamed straight to the client and capped at 100k rows. Optional filters limit which results are exported.

        `GET /agents/metrics/results/export`

        Args:
            agent_id: Identifier of the agent.
            deployment_id: Identifier of the deployment.
            metric_id: Identifier of the metric.
            call_id: Identifier of the call.
            start_date: Lower bound on creation time (inclusive), as an ISO 8601 timestamp such as `2024-04-01T00:00:00Z`; earlier results are left out.
            end_date: Upper bound on creation time (inclusive), as an ISO 8601 timestamp such as `2024-04-30T23:59:59Z`; later results are left out.
        """
        return self._client._request_text(
            _AGENTS_METRICS_RESULTS_EXPORT,
            {},
            {
                "agent_id": agent_id,
                "deployment_id": deployment_id,
                "metric_id": metric_id,
                "call_id": call_id,
                "start_date": start_date,
                "end_date": end_date,
            },
            NOT_GIVEN,
            request_options,
        )


class AgentsDeployments(SyncAPIResource):
    """The `client.agents.deployments` resource."""

    def list(
        self,
        agent_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> List[Deployment]:
        """List Deployments

        Returns every deployment of an agent.

        `GET /agents/{agent_id}/deployments`

        Args:
            agent_id: Identifier of the agent.
        """
        return cast("List[Deployment]", self._client._request(
            _AGENTS_DEPLOYMENTS_LIST,
            {"agent_id": agent_id},
            {},
            NOT_GIVEN,
            request_options,
            "List[Deployment]",
        ))

    def get(
        self,
        deployment_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> Deployment:
        """Get Deployment

        Fetches one deployment by ID.

        `GET /agents/deployments/{deployment_id}`

        Args:
            deployment_id: Identifier of the deployment.
        """
        return cast("Deployment", self._client._request(
            _AGENTS_DEPLOYMENTS_GET,
            {"deployment_id": deployment_id},
            {},
            NOT_GIVEN,
            request_options,
            "Deployment",
        ))


class AsyncAgents(AsyncAPIResource):
    """Manage voice agents along with their calls, recordings, LLM-as-a-Judge metrics, deployments and phone numbers."""

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.templates = AsyncAgentsTemplates(client)
        self.calls = AsyncAgentsCalls(client)
        self.phone_numbers = AsyncAgentsPhoneNumbers(client)
        self.metrics = AsyncAgentsMetrics(client)
        self.deployments = AsyncAgentsDeployments(client)

    async def list(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> GetAgentsResponse:
        """List Agents

        Returns every agent that belongs to your account.

        `GET /agents`
        """
        return cast("GetAgentsResponse", await self._client._request(
            _AGENTS_LIST,
            {},
            {},
            NOT_GIVEN,
            request_options,
            "GetAgentsResponse",
        ))

    async def get(
        self,
        agent_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> AgentSummary:
        """Get Agent

        Fetches the details of one agent. Agents are best created through the CLI or the Playground, which integrate with GitHub.

        `GET /agents/{agent_id}`

        Args:
            agent_id: Identifier of the agent.
        """
        return cast("AgentSummary", await self._client._request(
            _AGENTS_GET,
            {"agent_id": agent_id},
            {},
            NOT_GIVEN,
            request_options,
            "AgentSummary",
        ))

    async def delete(
        self,
        agent_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """Delete Agent

        `DELETE /agents/{agent_id}`

        Args:
            agent_id: Identifier of the agent.
        """
        await self._client._request(
            _AGENTS_DELETE,
            {"agent_id": agent_id},
            {},
            NOT_GIVEN,
            request_options,
        )

    async def update(
        self,
        agent_id: str,
        *,
        name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        description: Union[Optional[str], NotGiven] = NOT_GIVEN,
        tts_voice: Union[Optional[VoiceId], NotGiven] = NOT_GIVEN,
        tts_language: Union[Optional[str], NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> AgentSummary:
        """Update Agent

        `PATCH /agents/{agent_id}`

        Args:
            agent_id: Identifier of the agent.
            name: Name to give the agent.
            description: Description to give the agent.
            tts_voice: Voice to use for the agent's speech.
            tts_language: Language to use for the agent's speech.
        """
        return cast("AgentSummary", await self._client._request(
            _AGENTS_UPDATE,
            {"agent_id": agent_id},
            {},
            {"name": name, "description": description, "tts_voice": tts_voice, "tts_language": tts_language},
            request_options,
            "AgentSummary",
        ))


class AsyncAgentsTemplates(AsyncAPIResource):
    """The `client.agents.templates` resource."""

    async def list(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> GetTemplatesResponse:
        """List Templates

        Returns the public agent templates that Cartesia provides as starting points.

        `GET /agents/templates`
        """
        return cast("GetTemplatesResponse", await self._client._request(
            _AGENTS_TEMPLATES_LIST,
            {},
            {},
            NOT_GIVEN,
            request_options,
            "GetTemplatesResponse",
        ))


class AsyncAgentsCalls(AsyncAPIResource):
    """The `client.agents.calls` resource."""

    def list(
        self,
        *,
        agent_id: str,
        expand: Union[Optional[str], NotGiven] = NOT_GIVEN,
        starting_after: Union[Optional[str], NotGiven] = NOT_GIVEN,
        ending_before: Union[Optional[str], NotGiven] = NOT_GIVEN,
        limit: Union[Optional[int], NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> AsyncPager[AgentCall]:
        """List Calls

        Lists one agent's calls, newest start time first. `agent_id` is mandatory; pass `expand=transcript` to have transcripts included. Results are paginated.

        `GET /agents/calls`

        Returns the first page; iterate it for every item across pages.

        Args:
            agent_id: Identifier of the agent.
            expand: Fields to expand in the response; `transcript` is the only value supported for now.
            starting_after: (Pagination) Return the calls that come after the call with this ID.
            ending_before: (Pagination) Return the calls that come before the call with this ID.
            limit: (Pagination) Page size: how many calls to return, from 1 to 100.
        """
        return self._client._request_page(
            _AGENTS_CALLS_LIST,
            {},
            {
                "agent_id": agent_id,
                "expand": expand,
                "starting_after": starting_after,
                "ending_before": ending_before,
                "limit": limit,
            },
            NOT_GIVEN,
            request_options,
            "AgentCall",
        )

    async def get(
        self,
        call_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> AgentCall:
        """Get Call

        `GET /agents/calls/{call_id}`

        Args:
            call_id: Identifier of the call.
        """
        return cast("AgentCall", await self._client._request(
            _AGENTS_CALLS_GET,
            {"call_id": call_id},
            {},
            NOT_GIVEN,
            request_options,
            "AgentCall",
        ))

    async def download_audio(
        self,
        call_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> AsyncBinaryResponse:
        """Download Call Audio

        Downloads the recording of a call, streamed to the client as a WAV file.

        `GET /agents/calls/{call_id}/audio`

        Returns once the response headers arrive; the body streams (iterate it, or `read()` it whole).

        Args:
            call_id: Identifier of the call.
        """
        return await self._client._request_binary(
            _AGENTS_CALLS_DOWNLOAD_AUDIO,
            {"call_id": call_id},
            {},
            NOT_GIVEN,
            request_options,
        )


class AsyncAgentsPhoneNumbers(AsyncAPIResource):
    """The `client.agents.phone_numbers` resource."""

    async def list(
        self,
        agent_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> List[PhoneNumber]:
        """List Phone Numbers

        Lists the phone numbers attached to an agent. An agent can currently have at most one number, and numbers are provisioned by Cartesia.

        `GET /agents/{agent_id}/phone-numbers`

        Args:
            agent_id: Identifier of the agent.
        """
        return cast("List[PhoneNumber]", await self._client._request(
            _AGENTS_PHONE_NUMBERS_LIST,
            {"agent_id": agent_id},
            {},
            NOT_GIVEN,
            request_options,
            "List[PhoneNumber]",
        ))


class AsyncAgentsMetrics(AsyncAPIResource):
    """The `client.agents.metrics` resource."""

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.results = AsyncAgentsMetricsResults(client)

    def list(
        self,
        *,
        starting_after: Union[Optional[str], NotGiven] = NOT_GIVEN,
        limit: Union[Optional[int], NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> AsyncPager[Metric]:
        """List Metrics

        Returns the LLM-as-a-Judge metrics that your account owns.

        `GET /agents/metrics`

        Returns the first page; iterate it for every item across pages.

        Args:
            starting_after: (Pagination) Cursor for the next page: the ID of the last metric in the current response.
            limit: (Pagination) Page size: how many metrics to return, from 1 to 100; 10 if omitted.
        """
        return self._client._request_page(
            _AGENTS_METRICS_LIST,
            {},
            {"starting_after": starting_after, "limit": limit},
            NOT_GIVEN,
            request_options,
            "Metric",
        )

    async def create(
        self,
        *,
        name: str,
        display_name: Union[Optional[str], NotGiven] = NOT_GIVEN,
        prompt: str,
        request_options: Optional[RequestOptions] = None,
    ) -> Metric:
        """Create Metric

        Defines a new metric.

        `POST /agents/metrics`

        Args:
            name: Unique name for the metric. Allowed characters: lowercase letters, digits, `_`, `-` and `.`.
            display_name: Name to display for the metric.
            prompt: Prompt that describes the evaluation task and its criteria.
        """
        return cast("Metric", await self._client._request(
            _AGENTS_METRICS_CREATE,
            {},
            {},
            {"name": name, "display_name": display_name, "prompt": prompt},
            request_options,
            "Metric",
        ))

    async def get(
        self,
        metric_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> Metric:
        """Get Metric

        Fetches one metric by ID.

        `GET /agents/metrics/{metric_id}`

        Args:
            metric_id: Identifier of the metric.
        """
        return cast("Metric", await self._client._request(
            _AGENTS_METRICS_GET,
            {"metric_id": metric_id},
            {},
            NOT_GIVEN,
            request_options,
            "Metric",
        ))

    async def add_to_agent(
        self,
        agent_id: str,
        metric_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """Add Metric to Agent

        Attaches a metric to an agent; from then on it runs automatically on every call the agent handles.

        `POST /agents/{agent_id}/metrics/{metric_id}`

        Args:
            agent_id: Identifier of the agent.
            metric_id: Identifier of the metric.
        """
        await self._client._request(
            _AGENTS_METRICS_ADD_TO_AGENT,
            {"agent_id": agent_id, "metric_id": metric_id},
            {},
            NOT_GIVEN,
            request_options,
        )

    async def remove_from_agent(
        self,
        agent_id: str,
        metric_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """Remove Metric from Agent

        Detaches a metric from an agent so it stops running automatically on the agent's later calls. Results already computed are kept.

        `DELETE /agents/{agent_id}/metrics/{metric_id}`

        Args:
            metric_id: Identifier of the metric.
        """
        await self._client._request(
            _AGENTS_METRICS_REMOVE_FROM_AGENT,
            {"agent_id": agent_id, "metric_id": metric_id},
            {},
            NOT_GIVEN,
            request_options,
        )


class AsyncAgentsMetricsResults(AsyncAPIResource):
    """The `client.agents.metrics.results` resource."""

    def list(
        self,
        *,
        agent_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        deployment_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        metric_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        start_date: Union[Optional[str], NotGiven] = NOT_GIVEN,
        end_date: Union[Optional[str], NotGiven] = NOT_GIVEN,
        call_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        starting_after: Union[Optional[str], NotGiven] = NOT_GIVEN,
        ending_before: Union[Optional[str], NotGiven] = NOT_GIVEN,
        limit: Union[Optional[int], NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> AsyncPager[MetricResult]:
        """List Metric Results

        Lists metric results a page at a time; use the query parameters to narrow them down.

        `GET /agents/metrics/results`

        Returns the first page; iterate it for every item across pages.

        Args:
            agent_id: Identifier of the agent.
            deployment_id: Identifier of the deployment.
            metric_id: Identifier of the metric.
            start_date: Lower bound on creation time (inclusive), as an ISO 8601 timestamp such as `2024-04-01T00:00:00Z`; earlier results are left out.
            end_date: Upper bound on creation time (inclusive), as an ISO 8601 timestamp such as `2024-04-30T23:59:59Z`; later results are left out.
            call_id: Identifier of the call.
            starting_after: Pagination cursor: the ID of a metric result to continue after. If a page of 100 ends with `metric_result_abc123`, pass `starting_after=metric_result_abc123` to get the following page.
            ending_before: Pagination cursor: the ID of a metric result to stop before. If a page of 100 begins with `metric_result_abc123`, pass `ending_before=metric_result_abc123` to get the preceding page.
            limit: Page size: how many metric results to return, from 1 to 100.
        """
        return self._client._request_page(
            _AGENTS_METRICS_RESULTS_LIST,
            {},
            {
                "agent_id": agent_id,
                "deployment_id": deployment_id,
                "metric_id": metric_id,
                "start_date": start_date,
                "end_date": end_date,
                "call_id": call_id,
                "starting_after": starting_after,
                "ending_before": ending_before,
                "limit": limit,
            },
            NOT_GIVEN,
            request_options,
            "MetricResult",
        )

    async def export(
        self,
        *,
        agent_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        deployment_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        metric_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        call_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        start_date: Union[Optional[str], NotGiven] = NOT_GIVEN,
        end_date: Union[Optional[str], NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> str:
        """Export Metric Results

        Downloads metric results as CSV, streamed straight to the client and capped at 100k rows. Optional filters limit which results are exported.

        `GET /agents/metrics/results/export`

        Args:
            agent_id: Identifier of the agent.
            deployment_id: Identifier of the deployment.
            metric_id: Identifier of the metric.
            call_id: Identifier of the call.
            start_date: Lower bound on creation time (inclusive), as an ISO 8601 timestamp such as `2024-04-01T00:00:00Z`; earlier results are left out.
            end_date: Upper bound on creation time (inclusive), as an ISO 8601 timestamp such as `2024-04-30T23:59:59Z`; later results are left out.
        """
        return await self._client._request_text(
            _AGENTS_METRICS_RESULTS_EXPORT,
            {},
            {
                "agent_id": agent_id,
                "deployment_id": deployment_id,
                "metric_id": metric_id,
                "call_id": call_id,
                "start_date": start_date,
                "end_date": end_date,
            },
            NOT_GIVEN,
            request_options,
        )


class AsyncAgentsDeployments(AsyncAPIResource):
    """The `client.agents.deployments` resource."""

    async def list(
        self,
        agent_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> List[Deployment]:
        """List Deployments

        Returns every deployment of an agent.

        `GET /agents/{agent_id}/deployments`

        Args:
            agent_id: Identifier of the agent.
        """
        return cast("List[Deployment]", await self._client._request(
            _AGENTS_DEPLOYMENTS_LIST,
            {"agent_id": agent_id},
            {},
            NOT_GIVEN,
            request_options,
            "List[Deployment]",
        ))

    async def get(
        self,
        deployment_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> Deployment:
        """Get Deployment

        Fetches one deployment by ID.

        `GET /agents/deployments/{deployment_id}`

        Args:
            deployment_id: Identifier of the deployment.
        """
        return cast("Deployment", await self._client._request(
            _AGENTS_DEPLOYMENTS_GET,
            {"deployment_id": deployment_id},
            {},
            NOT_GIVEN,
            request_options,
            "Deployment",
        ))
