# Generated from spec.yaml (Read Write API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""The `client.users` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional, cast

from .._core._async_client import AsyncAPIClient, AsyncAPIResource
from .._core._spec import operation_spec
from .._core._sync_client import SyncAPIClient, SyncAPIResource
from .._core._types import NOT_GIVEN, RequestOptions

if TYPE_CHECKING:
    from ..models import (
        User,
    )

_USERS_LIST = operation_spec(
    {
        "method": "GET",
        "path": "/users",
        "response": {"kind": "json", "accept": "application/json"},
        "security": [],
    }
)

_USERS_CREATE = operation_spec(
    {
        "method": "POST",
        "path": "/users",
        "body": {"encoding": "json", "content_type": "application/json", "merged": True, "required": True},
        "response": {"kind": "json", "accept": "application/json"},
        "security": [],
    }
)


class Users(SyncAPIResource):
    """The `client.users` resource."""

    def list(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> List[User]:
        """`GET /users`"""
        return cast("List[User]", self._client._request(
            _USERS_LIST,
            {},
            {},
            NOT_GIVEN,
            request_options,
            "List[User]",
        ))

    def create(
        self,
        *,
        email: str,
        password: str,
        request_options: Optional[RequestOptions] = None,
    ) -> User:
        """`POST /users`"""
        return cast("User", self._client._request(
            _USERS_CREATE,
            {},
            {},
            {"email": email, "password": password},
            request_options,
            "User",
        ))


class AsyncUsers(AsyncAPIResource):
    """The `client.users` resource."""

    async def list(
        self,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> List[User]:
        """`GET /users`"""
        return cast("List[User]", await self._client._request(
            _USERS_LIST,
            {},
            {},
            NOT_GIVEN,
            request_options,
            "List[User]",
        ))

    async def create(
        self,
        *,
        email: str,
        password: str,
        request_options: Optional[RequestOptions] = None,
    ) -> User:
        """`POST /users`"""
        return cast("User", await self._client._request(
            _USERS_CREATE,
            {},
            {},
            {"email": email, "password": password},
            request_options,
            "User",
        ))
