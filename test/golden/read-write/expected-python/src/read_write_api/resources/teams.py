# Generated from spec.yaml (Read Write API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""The `client.teams` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional, cast

from .._core._async_client import AsyncAPIClient, AsyncAPIResource
from .._core._spec import operation_spec
from .._core._sync_client import SyncAPIClient, SyncAPIResource
from .._core._types import RequestOptions

if TYPE_CHECKING:
    from ..models import (
        Team,
        UserInput,
    )

_TEAMS_CREATE = operation_spec(
    {
        "method": "POST",
        "path": "/teams",
        "body": {"encoding": "json", "content_type": "application/json", "merged": True, "required": True},
        "response": {"kind": "json", "accept": "application/json"},
        "security": [],
    }
)


class Teams(SyncAPIResource):
    """The `client.teams` resource."""

    def create(
        self,
        *,
        name: str,
        members: List[UserInput],
        request_options: Optional[RequestOptions] = None,
    ) -> Team:
        """`POST /teams`"""
        return cast("Team", self._client._request(
            _TEAMS_CREATE,
            {},
            {},
            {"name": name, "members": members},
            request_options,
            "Team",
        ))


class AsyncTeams(AsyncAPIResource):
    """The `client.teams` resource."""

    async def create(
        self,
        *,
        name: str,
        members: List[UserInput],
        request_options: Optional[RequestOptions] = None,
    ) -> Team:
        """`POST /teams`"""
        return cast("Team", await self._client._request(
            _TEAMS_CREATE,
            {},
            {},
            {"name": name, "members": members},
            request_options,
            "Team",
        ))
