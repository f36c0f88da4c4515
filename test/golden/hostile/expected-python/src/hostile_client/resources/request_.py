# Generated from spec.yaml (Hostile */ API `${globalThis.pwned = 1}` </script> 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""The `client.request_` resource."""

from __future__ import annotations

from typing import Optional

from .._core._async_client import AsyncAPIClient, AsyncAPIResource
from .._core._spec import operation_spec
from .._core._sync_client import SyncAPIClient, SyncAPIResource
from .._core._types import NOT_GIVEN, RequestOptions

_REQUEST_REQUEST = operation_spec(
    {"method": "GET", "path": "/request", "response": {"kind": "none"}, "security": []}
)


class Request(SyncAPIResource):
    """The `client.request_` resource."""

    def request(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """A root-level method named like the client's own machinery.

        `GET /request`
        """
        self._client._request(
            _REQUEST_REQUEST,
            {},
            {},
            NOT_GIVEN,
            request_options,
        )


class AsyncRequest(AsyncAPIResource):
    """The `client.request_` resource."""

    async def request(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """A root-level method named like the client's own machinery.

        `GET /request`
        """
        await self._client._request(
            _REQUEST_REQUEST,
            {},
            {},
            NOT_GIVEN,
            request_options,
        )
