# Generated from spec.yaml (Paged API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""The `client.users` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional, Union

from .._core._async_client import AsyncAPIClient, AsyncAPIResource
from .._core._pagination import AsyncPager, SyncPage
from .._core._spec import operation_spec
from .._core._sync_client import SyncAPIClient, SyncAPIResource
from .._core._types import NOT_GIVEN, NotGiven, RequestOptions

if TYPE_CHECKING:
    from ..models import (
        User,
    )

_USERS_LIST = operation_spec(
    {
        "method": "GET",
        "path": "/users",
        "query": [{"name": "limit"}, {"name": "after"}, {"name": "before"}, {"name": "role"}],
        "response": {"kind": "json", "accept": "application/json"},
        "security": [],
    }
)


class Users(SyncAPIResource):
    """The `client.users` resource."""

    def list(
        self,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        after: Union[str, NotGiven] = NOT_GIVEN,
        before: Union[str, NotGiven] = NOT_GIVEN,
        role: Union[str, NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> SyncPage[User]:
        """`GET /users`

        Returns the first page; iterate it for every item across pages.
        """
        return self._client._request_page(
            _USERS_LIST,
            {},
            {"limit": limit, "after": after, "before": before, "role": role},
            NOT_GIVEN,
            request_options,
            "User",
        )


class AsyncUsers(AsyncAPIResource):
    """The `client.users` resource."""

    def list(
        self,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        after: Union[str, NotGiven] = NOT_GIVEN,
        before: Union[str, NotGiven] = NOT_GIVEN,
        role: Union[str, NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> AsyncPager[User]:
        """`GET /users`

        Returns the first page; iterate it for every item across pages.
        """
        return self._client._request_page(
            _USERS_LIST,
            {},
            {"limit": limit, "after": after, "before": before, "role": role},
            NOT_GIVEN,
            request_options,
            "User",
        )
