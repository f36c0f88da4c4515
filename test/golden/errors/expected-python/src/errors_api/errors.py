# Generated from spec.yaml (Errors API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""Errors the client raises: one class per status class the spec names, and the runtime's own."""

from __future__ import annotations

from typing import TYPE_CHECKING, Tuple

from typing_extensions import TypeAlias

from ._core._errors import (
    APIConnectionError,
    APIConnectionTimeoutError,
    APIError,
    APIResponseParseError,
    APIUserAbortError,
    BackpressureError,
    ClientError,
    ConfigurationError,
    ErrorClassEntry,
    InsecureTransportError,
    InvalidRequestError,
    MissingCredentialError,
    ProtocolError,
    RedirectError,
    ResponseTooLargeError,
    SocketClosedError,
    StreamEventError,
)

if TYPE_CHECKING:
    from .models import Problem

__all__ = [
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
    "InvalidInputError",
    "MissingError",
    "SlowDownError",
    "ClientSideError",
    "ServerSideError",
]

ErrorBody: TypeAlias = "Problem"
"""The type of the JSON body the API sends with an error status. `APIError.body` holds that JSON as received (decoded,
not parsed into a model), so that an error is raised the same whatever the body holds."""


class InvalidInputError(APIError):
    """Raised for HTTP 400 responses."""


class MissingError(APIError):
    """Raised for HTTP 404 responses."""


class SlowDownError(APIError):
    """Raised for HTTP 429 responses."""


class ClientSideError(APIError):
    """Raised for HTTP 4xx responses."""


class ServerSideError(APIError):
    """Raised for HTTP 5xx responses."""


ERROR_CLASSES: Tuple[ErrorClassEntry, ...] = (
    ErrorClassEntry(400, False, InvalidInputError),
    ErrorClassEntry(404, False, MissingError),
    ErrorClassEntry(429, False, SlowDownError),
    ErrorClassEntry(4, True, ClientSideError),
    ErrorClassEntry(5, True, ServerSideError),
)
"""Status → error class, exact statuses before ranges."""
