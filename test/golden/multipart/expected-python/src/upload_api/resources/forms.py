# Generated from spec.yaml (Upload API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""The `client.forms` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional, Union

from .._core._async_client import AsyncAPIClient, AsyncAPIResource
from .._core._spec import operation_spec
from .._core._sync_client import SyncAPIClient, SyncAPIResource
from .._core._types import NOT_GIVEN, NotGiven, RequestOptions

if TYPE_CHECKING:
    from ..models import (
        FormsSubmitAddress,
    )

_FORMS_SUBMIT = operation_spec(
    {
        "method": "POST",
        "path": "/forms",
        "body": {
            "encoding": "form",
            "content_type": "application/x-www-form-urlencoded",
            "merged": True,
            "required": False,
            "fields": {"address": {"style": "form", "explode": True}},
        },
        "response": {"kind": "none"},
        "security": [],
    }
)


class Forms(SyncAPIResource):
    """The `client.forms` resource."""

    def submit(
        self,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        age: Union[int, NotGiven] = NOT_GIVEN,
        address: Union[FormsSubmitAddress, NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """`POST /forms`"""
        self._client._request(
            _FORMS_SUBMIT,
            {},
            {},
            {"name": name, "age": age, "address": address},
            request_options,
        )


class AsyncForms(AsyncAPIResource):
    """The `client.forms` resource."""

    async def submit(
        self,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        age: Union[int, NotGiven] = NOT_GIVEN,
        address: Union[FormsSubmitAddress, NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """`POST /forms`"""
        await self._client._request(
            _FORMS_SUBMIT,
            {},
            {},
            {"name": name, "age": age, "address": address},
            request_options,
        )
