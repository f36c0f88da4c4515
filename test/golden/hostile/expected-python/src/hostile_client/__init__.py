# Generated from spec.yaml (Hostile */ API `${globalThis.pwned = 1}` </script> 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""Typed client for the Hostile */ API `${globalThis.pwned = 1}` </script>."""

from typing import TYPE_CHECKING, Any

from ._client import AsyncHostile, Hostile
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

__version__ = "1.0.0"

if TYPE_CHECKING:
    from .models import (
        Class,
    )


def __getattr__(name: str) -> Any:
    # The models load on first use (they import pydantic): `import hostile_client` stays cheap.
    if name in _MODEL_NAMES:
        from . import models

        return getattr(models, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_MODEL_NAMES = frozenset(
    {
        "Class",
    }
)

__all__ = [
    "Hostile",
    "AsyncHostile",
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
    "Class",
]
