# Generated from spec.yaml (Hostile */ API `${globalThis.pwned = 1}` </script> 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""The `client.then2` resource."""

from __future__ import annotations

from typing import Optional

from .._core._async_client import AsyncAPIClient, AsyncAPIResource
from .._core._spec import operation_spec
from .._core._sync_client import SyncAPIClient, SyncAPIResource
from .._core._types import NOT_GIVEN, RequestOptions

_THEN_THEN = operation_spec(
    {"method": "GET", "path": "/then", "response": {"kind": "none"}, "security": []}
)


class Then2(SyncAPIResource):
    """The `client.then2` resource."""

    def then2(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """A root-level method named `then` would make the client thenable.

        `GET /then`
        """
        self._client._request(
            _THEN_THEN,
            {},
            {},
            NOT_GIVEN,
            request_options,
        )


class AsyncThen2(AsyncAPIResource):
    """The `client.then2` resource."""

    async def then2(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """A root-level method named `then` would make the client thenable.

        `GET /then`
        """
        await self._client._request(
            _THEN_THEN,
            {},
            {},
            NOT_GIVEN,
            request_options,
        )
