# Generated from spec.yaml (Schema Features 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""Errors the client raises: one class per status class the spec names, and the runtime's own."""

from __future__ import annotations

from typing import Any, Tuple

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
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
]

ErrorBody: TypeAlias = Any
"""The type of the JSON body the API sends with an error status. `APIError.body` holds that JSON as received (decoded,
not parsed into a model), so that an error is raised the same whatever the body holds."""


class BadRequestError(APIError):
    """Raised for HTTP 400 responses."""


class AuthenticationError(APIError):
    """Raised for HTTP 401 responses."""


class PermissionDeniedError(APIError):
    """Raised for HTTP 403 responses."""


class NotFoundError(APIError):
    """Raised for HTTP 404 responses."""


class ConflictError(APIError):
    """Raised for HTTP 409 responses."""


class UnprocessableEntityError(APIError):
    """Raised for HTTP 422 responses."""


class RateLimitError(APIError):
    """Raised for HTTP 429 responses."""


class InternalServerError(APIError):
    """Raised for HTTP 5xx responses."""


ERROR_CLASSES: Tuple[ErrorClassEntry, ...] = (
    ErrorClassEntry(400, False, BadRequestError),
    ErrorClassEntry(401, False, AuthenticationError),
    ErrorClassEntry(403, False, PermissionDeniedError),
    ErrorClassEntry(404, False, NotFoundError),
    ErrorClassEntry(409, False, ConflictError),
    ErrorClassEntry(422, False, UnprocessableEntityError),
    ErrorClassEntry(429, False, RateLimitError),
    ErrorClassEntry(5, True, InternalServerError),
)
"""Status → error class, exact statuses before ranges."""
