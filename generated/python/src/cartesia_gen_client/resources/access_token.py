# Generated from cartesia.yaml (Cartesia API 0.1.0) by openapi-client-generator. Do not edit: regenerate instead.
"""Mint short-lived access tokens that let client apps call the API without holding an API key."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional, Union, cast

from .._core._async_client import AsyncAPIClient, AsyncAPIResource
from .._core._spec import operation_spec
from .._core._sync_client import SyncAPIClient, SyncAPIResource
from .._core._types import NOT_GIVEN, NotGiven, RequestOptions

if TYPE_CHECKING:
    from ..models import (
        TokenGrant,
        TokenResponse,
    )

_ACCESS_TOKEN_CREATE = operation_spec(
    {
        "method": "POST",
        "path": "/access-token",
        "body": {"encoding": "json", "content_type": "application/json", "merged": True, "required": True},
        "response": {"kind": "json", "accept": "application/json"},
        "security": [["APIKeyAuth"]],
    }
)


class AccessToken(SyncAPIResource):
    """Mint short-lived access tokens that let client apps call the API without holding an API key."""

    def create(
        self,
        *,
        grants: Union[Optional[TokenGrant], NotGiven] = NOT_GIVEN,
        expires_in: Union[Optional[int], NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> TokenResponse:
        """Generate a New Access Token

        Issues a new short-lived access token. Authenticated client apps use it to call the API directly.

        `POST /access-token`

        Args:
            grants: Capabilities the token carries. Every grant, TTS and STT included, is optional: request only what you need.
            expires_in: Lifetime of the token in seconds, counted from when it is issued; at most 3600 (one hour).
        """
        return cast("TokenResponse", self._client._request(
            _ACCESS_TOKEN_CREATE,
            {},
            {},
            {"grants": grants, "expires_in": expires_in},
            request_options,
            "TokenResponse",
        ))


class AsyncAccessToken(AsyncAPIResource):
    """Mint short-lived access tokens that let client apps call the API without holding an API key."""

    async def create(
        self,
        *,
        grants: Union[Optional[TokenGrant], NotGiven] = NOT_GIVEN,
        expires_in: Union[Optional[int], NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> TokenResponse:
        """Generate a New Access Token

        Issues a new short-lived access token. Authenticated client apps use it to call the API directly.

        `POST /access-token`

        Args:
            grants: Capabilities the token carries. Every grant, TTS and STT included, is optional: request only what you need.
            expires_in: Lifetime of the token in seconds, counted from when it is issued; at most 3600 (one hour).
        """
        return cast("TokenResponse", await self._client._request(
            _ACCESS_TOKEN_CREATE,
            {},
            {},
            {"grants": grants, "expires_in": expires_in},
            request_options,
            "TokenResponse",
        ))
