# Generated from spec.yaml (2 Names: Collide & Co 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""The `client.n2fa` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional, cast

from .._core._async_client import AsyncAPIClient, AsyncAPIResource
from .._core._spec import operation_spec
from .._core._sync_client import SyncAPIClient, SyncAPIResource
from .._core._types import NOT_GIVEN, RequestOptions

if TYPE_CHECKING:
    from ..models import (
        N2FAStatus,
    )

_N2FA_STATUS = operation_spec(
    {
        "method": "GET",
        "path": "/2fa",
        "response": {"kind": "json", "accept": "application/json"},
        "security": [],
    }
)


class N2fa(SyncAPIResource):
    """The `client.n2fa` resource."""

    def status(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> N2FAStatus:
        """`GET /2fa`"""
        return cast("N2FAStatus", self._client._request(
            _N2FA_STATUS,
            {},
            {},
            NOT_GIVEN,
            request_options,
            "N2FAStatus",
        ))


class AsyncN2fa(AsyncAPIResource):
    """The `client.n2fa` resource."""

    async def status(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> N2FAStatus:
        """`GET /2fa`"""
        return cast("N2FAStatus", await self._client._request(
            _N2FA_STATUS,
            {},
            {},
            NOT_GIVEN,
            request_options,
            "N2FAStatus",
        ))
