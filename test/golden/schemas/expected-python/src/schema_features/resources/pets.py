# Generated from spec.yaml (Schema Features 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""The `client.pets` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Optional, Union, cast

from .._core._async_client import AsyncAPIClient, AsyncAPIResource
from .._core._spec import operation_spec
from .._core._sync_client import SyncAPIClient, SyncAPIResource
from .._core._types import NOT_GIVEN, NotGiven, RequestOptions

if TYPE_CHECKING:
    from ..models import (
        Pet,
    )

_PETS_CREATE = operation_spec(
    {
        "method": "POST",
        "path": "/pets",
        "body": {"encoding": "json", "content_type": "application/json", "merged": True, "required": True},
        "response": {"kind": "json", "accept": "application/json"},
        "security": [],
    }
)


class Pets(SyncAPIResource):
    """The `client.pets` resource."""

    def create(
        self,
        *,
        kind: Union[Literal["cat"], Literal["dog"]],
        lives: Union[int, NotGiven] = NOT_GIVEN,
        good: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> Pet:
        """`POST /pets`"""
        return cast("Pet", self._client._request(
            _PETS_CREATE,
            {},
            {},
            {"kind": kind, "lives": lives, "good": good},
            request_options,
            "Pet",
        ))


class AsyncPets(AsyncAPIResource):
    """The `client.pets` resource."""

    async def create(
        self,
        *,
        kind: Union[Literal["cat"], Literal["dog"]],
        lives: Union[int, NotGiven] = NOT_GIVEN,
        good: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> Pet:
        """`POST /pets`"""
        return cast("Pet", await self._client._request(
            _PETS_CREATE,
            {},
            {},
            {"kind": kind, "lives": lives, "good": good},
            request_options,
            "Pet",
        ))
