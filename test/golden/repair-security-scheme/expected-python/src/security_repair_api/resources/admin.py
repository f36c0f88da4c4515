# Generated from spec.yaml (Security Repair API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""The `client.admin` resource."""

from __future__ import annotations

from typing import Optional

from .._core._async_client import AsyncAPIClient, AsyncAPIResource
from .._core._spec import operation_spec
from .._core._sync_client import SyncAPIClient, SyncAPIResource
from .._core._types import NOT_GIVEN, RequestOptions

_ADMIN_RESET = operation_spec(
    {"method": "POST", "path": "/admin", "response": {"kind": "none"}, "security": [["ApiKey"]]}
)


class Admin(SyncAPIResource):
    """The `client.admin` resource."""

    def reset(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """`POST /admin`"""
        self._client._request(
            _ADMIN_RESET,
            {},
            {},
            NOT_GIVEN,
            request_options,
        )


class AsyncAdmin(AsyncAPIResource):
    """The `client.admin` resource."""

    async def reset(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """`POST /admin`"""
        await self._client._request(
            _ADMIN_RESET,
            {},
            {},
            NOT_GIVEN,
            request_options,
        )
