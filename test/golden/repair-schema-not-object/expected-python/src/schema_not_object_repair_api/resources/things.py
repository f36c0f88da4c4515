# Generated from spec.yaml (Schema Not Object Repair API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""The `client.things` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional, Union, cast

from .._core._async_client import AsyncAPIClient, AsyncAPIResource
from .._core._spec import operation_spec
from .._core._sync_client import SyncAPIClient, SyncAPIResource
from .._core._types import NOT_GIVEN, NotGiven, RequestOptions

if TYPE_CHECKING:
    from ..models import (
        Thing,
    )

_THINGS_LIST = operation_spec(
    {
        "method": "GET",
        "path": "/things",
        "response": {"kind": "json", "accept": "application/json"},
        "security": [],
    }
)

_THINGS_CREATE = operation_spec(
    {
        "method": "POST",
        "path": "/things",
        "query": [{"name": "mode"}],
        "body": {"encoding": "json", "content_type": "application/json", "merged": False, "required": True},
        "response": {"kind": "json", "accept": "application/json"},
        "security": [],
    }
)


class Things(SyncAPIResource):
    """The `client.things` resource."""

    def list(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> Thing:
        """`GET /things`"""
        return cast("Thing", self._client._request(
            _THINGS_LIST,
            {},
            {},
            NOT_GIVEN,
            request_options,
            "Thing",
        ))

    def create(
        self,
        *,
        mode: Union[Any, NotGiven] = NOT_GIVEN,
        body: Any,
        request_options: Optional[RequestOptions] = None,
    ) -> Any:
        """`POST /things`"""
        return cast("Any", self._client._request(
            _THINGS_CREATE,
            {},
            {"mode": mode},
            body,
            request_options,
            "Any",
        ))


class AsyncThings(AsyncAPIResource):
    """The `client.things` resource."""

    async def list(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> Thing:
        """`GET /things`"""
        return cast("Thing", await self._client._request(
            _THINGS_LIST,
            {},
            {},
            NOT_GIVEN,
            request_options,
            "Thing",
        ))

    async def create(
        self,
        *,
        mode: Union[Any, NotGiven] = NOT_GIVEN,
        body: Any,
        request_options: Optional[RequestOptions] = None,
    ) -> Any:
        """`POST /things`"""
        return cast("Any", await self._client._request(
            _THINGS_CREATE,
            {},
            {"mode": mode},
            body,
            request_options,
            "Any",
        ))
