# Generated from spec.yaml (Path Slash Repair API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""The `client.things` resource."""

from __future__ import annotations

from typing import Optional, cast

from .._core._async_client import AsyncAPIClient, AsyncAPIResource
from .._core._spec import operation_spec
from .._core._sync_client import SyncAPIClient, SyncAPIResource
from .._core._types import NOT_GIVEN, RequestOptions

_THINGS_GET = operation_spec(
    {
        "method": "GET",
        "path": "/things/{thingId}",
        "response": {"kind": "json", "accept": "application/json"},
        "security": [],
    }
)


class Things(SyncAPIResource):
    """The `client.things` resource."""

    def get(
        self,
        thing_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> str:
        """`GET /things/{thingId}`"""
        return cast("str", self._client._request(
            _THINGS_GET,
            {"thingId": thing_id},
            {},
            NOT_GIVEN,
            request_options,
            "str",
        ))


class AsyncThings(AsyncAPIResource):
    """The `client.things` resource."""

    async def get(
        self,
        thing_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> str:
        """`GET /things/{thingId}`"""
        return cast("str", await self._client._request(
            _THINGS_GET,
            {"thingId": thing_id},
            {},
            NOT_GIVEN,
            request_options,
            "str",
        ))
