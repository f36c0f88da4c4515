# Generated from spec.yaml (Hostile */ API `${globalThis.pwned = 1}` </script> 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""The `client.jobs` resource."""

from __future__ import annotations

from typing import Optional

from .._core._async_client import AsyncAPIClient, AsyncAPIResource
from .._core._spec import operation_spec
from .._core._sync_client import SyncAPIClient, SyncAPIResource
from .._core._types import NOT_GIVEN, RequestOptions

_JOBS_THEN = operation_spec(
    {"method": "POST", "path": "/jobs/then", "response": {"kind": "none"}, "security": []}
)


class Jobs(SyncAPIResource):
    """The `client.jobs` resource."""

    def then2(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """So would a resource method named `then`.

        `POST /jobs/then`
        """
        self._client._request(
            _JOBS_THEN,
            {},
            {},
            NOT_GIVEN,
            request_options,
        )


class AsyncJobs(AsyncAPIResource):
    """The `client.jobs` resource."""

    async def then2(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """So would a resource method named `then`.

        `POST /jobs/then`
        """
        await self._client._request(
            _JOBS_THEN,
            {},
            {},
            NOT_GIVEN,
            request_options,
        )
