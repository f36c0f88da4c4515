# Generated from spec.yaml (Errors API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""The `client.things` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional, cast

from .._core._async_client import AsyncAPIClient, AsyncAPIResource
from .._core._spec import operation_spec
from .._core._sync_client import SyncAPIClient, SyncAPIResource
from .._core._types import NOT_GIVEN, RequestOptions

if TYPE_CHECKING:
    from ..models import (
        ThingsGetResponse,
    )

_THINGS_GET = operation_spec(
    {
        "method": "GET",
        "path": "/things/{id}",
        "response": {"kind": "json", "accept": "application/json"},
        "security": [],
    }
)


class Things(SyncAPIResource):
    """The `client.things` resource."""

    def get(
        self,
        id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> ThingsGetResponse:
        """`GET /things/{id}`"""
        return cast("ThingsGetResponse", self._client._request(
            _THINGS_GET,
            {"id": id},
            {},
            NOT_GIVEN,
            request_options,
            "ThingsGetResponse",
        ))


class AsyncThings(AsyncAPIResource):
    """The `client.things` resource."""

    async def get(
        self,
        id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> ThingsGetResponse:
        """`GET /things/{id}`"""
        return cast("ThingsGetResponse", await self._client._request(
            _THINGS_GET,
            {"id": id},
            {},
            NOT_GIVEN,
            request_options,
            "ThingsGetResponse",
        ))
