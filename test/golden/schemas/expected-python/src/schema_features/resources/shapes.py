# Generated from spec.yaml (Schema Features 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""The `client.shapes` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional, cast

from .._core._async_client import AsyncAPIClient, AsyncAPIResource
from .._core._spec import operation_spec
from .._core._sync_client import SyncAPIClient, SyncAPIResource
from .._core._types import NOT_GIVEN, RequestOptions

if TYPE_CHECKING:
    from ..models import (
        Shape,
    )

_SHAPES_LIST = operation_spec(
    {
        "method": "GET",
        "path": "/shapes",
        "response": {"kind": "json", "accept": "application/json"},
        "security": [],
    }
)


class Shapes(SyncAPIResource):
    """The `client.shapes` resource."""

    def list(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> List[Shape]:
        """`GET /shapes`"""
        return cast("List[Shape]", self._client._request(
            _SHAPES_LIST,
            {},
            {},
            NOT_GIVEN,
            request_options,
            "List[Shape]",
        ))


class AsyncShapes(AsyncAPIResource):
    """The `client.shapes` resource."""

    async def list(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> List[Shape]:
        """`GET /shapes`"""
        return cast("List[Shape]", await self._client._request(
            _SHAPES_LIST,
            {},
            {},
            NOT_GIVEN,
            request_options,
            "List[Shape]",
        ))
