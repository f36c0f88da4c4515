# Generated from spec.yaml (Path Parameter Repair API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""The `client.things` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional, cast

from .._core._async_client import AsyncAPIClient, AsyncAPIResource
from .._core._spec import operation_spec
from .._core._sync_client import SyncAPIClient, SyncAPIResource
from .._core._types import NOT_GIVEN, RequestOptions

if TYPE_CHECKING:
    from ..models import (
        PartId,
        Thing,
    )

_THINGS_GET = operation_spec(
    {
        "method": "GET",
        "path": "/things/{thingId}",
        "response": {"kind": "json", "accept": "application/json"},
        "security": [],
    }
)

_THINGS_GET_PART = operation_spec(
    {
        "method": "GET",
        "path": "/things/{thingId}/parts/{partId}",
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
    ) -> Thing:
        """Get a thing; `thingId` is not declared.

        `GET /things/{thingId}`
        """
        return cast("Thing", self._client._request(
            _THINGS_GET,
            {"thingId": thing_id},
            {},
            NOT_GIVEN,
            request_options,
            "Thing",
        ))

    def get_part(
        self,
        thing_id: str,
        part_id: PartId,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> Thing:
        """Get a part; only `partId` is declared.

        `GET /things/{thingId}/parts/{partId}`
        """
        return cast("Thing", self._client._request(
            _THINGS_GET_PART,
            {"thingId": thing_id, "partId": part_id},
            {},
            NOT_GIVEN,
            request_options,
            "Thing",
        ))


class AsyncThings(AsyncAPIResource):
    """The `client.things` resource."""

    async def get(
        self,
        thing_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> Thing:
        """Get a thing; `thingId` is not declared.

        `GET /things/{thingId}`
        """
        return cast("Thing", await self._client._request(
            _THINGS_GET,
            {"thingId": thing_id},
            {},
            NOT_GIVEN,
            request_options,
            "Thing",
        ))

    async def get_part(
        self,
        thing_id: str,
        part_id: PartId,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> Thing:
        """Get a part; only `partId` is declared.

        `GET /things/{thingId}/parts/{partId}`
        """
        return cast("Thing", await self._client._request(
            _THINGS_GET_PART,
            {"thingId": thing_id, "partId": part_id},
            {},
            NOT_GIVEN,
            request_options,
            "Thing",
        ))
