# Generated from spec.yaml (Type Alias Repair API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""The `client.settings` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional, Union, cast

from .._core._async_client import AsyncAPIClient, AsyncAPIResource
from .._core._spec import operation_spec
from .._core._sync_client import SyncAPIClient, SyncAPIResource
from .._core._types import NOT_GIVEN, NotGiven, RequestOptions

if TYPE_CHECKING:
    from ..models import (
        Settings,
    )

_SETTINGS_GET = operation_spec(
    {
        "method": "GET",
        "path": "/settings",
        "query": [{"name": "verbose"}],
        "response": {"kind": "json", "accept": "application/json"},
        "security": [],
    }
)


class Settings2(SyncAPIResource):
    """The `client.settings` resource."""

    def get(
        self,
        *,
        verbose: Union[bool, NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> Settings:
        """`GET /settings`"""
        return cast("Settings", self._client._request(
            _SETTINGS_GET,
            {},
            {"verbose": verbose},
            NOT_GIVEN,
            request_options,
            "Settings",
        ))


class AsyncSettings2(AsyncAPIResource):
    """The `client.settings` resource."""

    async def get(
        self,
        *,
        verbose: Union[bool, NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> Settings:
        """`GET /settings`"""
        return cast("Settings", await self._client._request(
            _SETTINGS_GET,
            {},
            {"verbose": verbose},
            NOT_GIVEN,
            request_options,
            "Settings",
        ))
