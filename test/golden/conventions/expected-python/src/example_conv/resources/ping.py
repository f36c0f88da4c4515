# Generated from spec.yaml (Conventions API 3.0.0-beta.1) by openapi-client-generator. Do not edit: regenerate instead.
"""The `client.ping` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional, cast

from .._core._async_client import AsyncAPIClient, AsyncAPIResource
from .._core._spec import operation_spec
from .._core._sync_client import SyncAPIClient, SyncAPIResource
from .._core._types import NOT_GIVEN, RequestOptions

if TYPE_CHECKING:
    from ..models import (
        PingPingResponse,
    )

_PING_PING = operation_spec(
    {
        "method": "GET",
        "path": "/ping",
        "response": {"kind": "json", "accept": "application/json"},
        "security": [["Key"]],
    }
)


class Ping(SyncAPIResource):
    """The `client.ping` resource."""

    def ping(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> PingPingResponse:
        """A method on the client itself.

        `GET /ping`
        """
        return cast("PingPingResponse", self._client._request(
            _PING_PING,
            {},
            {},
            NOT_GIVEN,
            request_options,
            "PingPingResponse",
        ))


class AsyncPing(AsyncAPIResource):
    """The `client.ping` resource."""

    async def ping(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> PingPingResponse:
        """A method on the client itself.

        `GET /ping`
        """
        return cast("PingPingResponse", await self._client._request(
            _PING_PING,
            {},
            {},
            NOT_GIVEN,
            request_options,
            "PingPingResponse",
        ))
