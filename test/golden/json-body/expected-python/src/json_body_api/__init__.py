# Generated from spec.yaml (JSON Body API 2.1.0) by openapi-client-generator. Do not edit: regenerate instead.
"""Typed client for the JSON Body API."""

from typing import TYPE_CHECKING, Any

from ._client import AsyncJSONBodyAPI, JSONBodyAPI
from ._core._binary import AsyncBinaryResponse, BinaryResponse
from ._core._files import FileTypes, NamedFile, to_file
from ._core._pagination import AsyncPage, AsyncPager, SyncPage
from ._core._raw import APIResponse
from ._core._sse import ServerSentEvent, SSEParser
from ._core._streaming import AsyncEventStream, EventStream
from ._core._types import NOT_GIVEN, ChannelOptions, NotGiven, RequestOptions
from .errors import (
    APIConnectionError,
    APIConnectionTimeoutError,
    APIError,
    APIResponseParseError,
    APIUserAbortError,
    BackpressureError,
    ClientError,
    ConfigurationError,
    ErrorBody,
    InsecureTransportError,
    InvalidRequestError,
    MissingCredentialError,
    ProtocolError,
    RedirectError,
    ResponseTooLargeError,
    SocketClosedError,
    StreamEventError,
    BadRequestError,
    AuthenticationError,
    PermissionDeniedError,
    NotFoundError,
    ConflictError,
    UnprocessableEntityError,
    RateLimitError,
    InternalServerError,
)

__version__ = "2.1.0"

if TYPE_CHECKING:
    from .models import (
        NewNote,
        Note,
        NewNoteParam,
        NotesSearchBody,
    )


def __getattr__(name: str) -> Any:
    # The models load on first use (they import pydantic): `import json_body_api` stays cheap.
    if name in _MODEL_NAMES:
        from . import models

        return getattr(models, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_MODEL_NAMES = frozenset(
    {
        "NewNote",
        "Note",
        "NewNoteParam",
        "NotesSearchBody",
    }
)

__all__ = [
    "JSONBodyAPI",
    "AsyncJSONBodyAPI",
    "APIResponse",
    "AsyncBinaryResponse",
    "AsyncEventStream",
    "AsyncPage",
    "AsyncPager",
    "BinaryResponse",
    "ChannelOptions",
    "EventStream",
    "FileTypes",
    "NOT_GIVEN",
    "NamedFile",
    "NotGiven",
    "RequestOptions",
    "SSEParser",
    "ServerSentEvent",
    "SyncPage",
    "to_file",
    "APIConnectionError",
    "APIConnectionTimeoutError",
    "APIError",
    "APIResponseParseError",
    "APIUserAbortError",
    "BackpressureError",
    "ClientError",
    "ConfigurationError",
    "ErrorBody",
    "InsecureTransportError",
    "InvalidRequestError",
    "MissingCredentialError",
    "ProtocolError",
    "RedirectError",
    "ResponseTooLargeError",
    "SocketClosedError",
    "StreamEventError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
    "NewNote",
    "Note",
    "NewNoteParam",
    "NotesSearchBody",
]
