# Generated from spec.yaml (Hostile */ API `${globalThis.pwned = 1}` </script> 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""The Hostile and AsyncHostile clients."""

from __future__ import annotations

import logging as _logging
from typing import Mapping, Optional

import httpx

from ._core._async_client import AsyncAPIClient
from ._core._logging import LogLevel
from ._core._spec import client_config
from ._core._sync_client import SyncAPIClient
from .errors import ERROR_CLASSES
from .resources.items import AsyncItems, Items
from .resources.jobs import AsyncJobs, Jobs
from .resources.request_ import AsyncRequest, Request
from .resources.then2 import AsyncThen2, Then2
from .resources.tostring import AsyncTostring, Tostring

_CONFIG = client_config(
    {
        "client_name": "Hostile",
        "package_name": "hostile-client",
        "package_version": "1.0.0",
        "base_url": "https://api.example.com/v1?x='\"`${1}`",
        "websocket_base_url": "wss://api.example.com/v1?x='\"`${1}`",
        "timeout": 60,
        "logger_name": "hostile_client",
        "transport": {"tls": "required", "loopback_exception": True},
        "retry": {
            "max_retries": 2,
            "initial_delay_ms": 500,
            "max_delay_ms": 8000,
            "statuses": [408, 409, 429],
            "status_ranges": [5],
            "on_connection_error": True,
            "retry_after_headers": ["retry-after-ms", "retry-after"],
        },
        "errors": {
            "message_fields": ["message", "error", "detail", "title"],
            "request_id_headers": ["x-request-id", "request-id"],
        },
        "credentials": [],
    },
    ERROR_CLASSES,
)


class Hostile(SyncAPIClient):
    """Synchronous client of the Hostile */ API `${globalThis.pwned = 1}` </script>.

    Ends comments early */ globalThis.pwned = 2; /* and breaks lines
    here
    there, with 'quotes' and "doubles".

    Use it with `with`, or call `close()` when done.
    """

    items: Items
    """The `client.items` resource."""

    request_: Request
    """The `client.request_` resource."""

    tostring: Tostring
    """The `client.tostring` resource."""

    then2: Then2
    """The `client.then2` resource."""

    jobs: Jobs
    """The `client.jobs` resource."""

    def __init__(
        self,
        *,
        base_url: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        default_headers: Optional[Mapping[str, Optional[str]]] = None,
        version: Optional[str] = None,
        log_level: Optional[LogLevel] = None,
        logger: Optional[_logging.Logger] = None,
        http_client: Optional[httpx.Client] = None,
    ) -> None:
        """Args:
            base_url: Overrides the server (default https://api.example.com/v1?x='"`${1}`). Plain http is refused for credentials unless the host is loopback.
            timeout: Seconds allowed for each step of an attempt: connect, write, each wait for bytes (default 60; float("inf") for none).
            max_retries: Retries after the first attempt (default 2).
            default_headers: Headers sent with every request; None removes one the client would send.
            version: Unused: the API is not versioned by header.
            log_level: "off", "error", "warn", "info" (retries, WebSocket connects and closes) or "debug" (every request and response, credentials masked); default "warn".
            logger: The logging.Logger to write to (default: the package's own named logger).
            http_client: Your own httpx client (its pool, proxies, transport); you close it.
        """
        super().__init__(
            _CONFIG,
            credentials={},
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            version=version,
            log_level=log_level,
            logger=logger,
            http_client=http_client,
        )
        self.items = Items(self)
        self.request_ = Request(self)
        self.tostring = Tostring(self)
        self.then2 = Then2(self)
        self.jobs = Jobs(self)


class AsyncHostile(AsyncAPIClient):
    """Asynchronous client of the Hostile */ API `${globalThis.pwned = 1}` </script>.

    Ends comments early */ globalThis.pwned = 2; /* and breaks lines
    here
    there, with 'quotes' and "doubles".

    Use it with `async with`, or `await client.close()` when done.
    """

    items: AsyncItems
    """The `client.items` resource."""

    request_: AsyncRequest
    """The `client.request_` resource."""

    tostring: AsyncTostring
    """The `client.tostring` resource."""

    then2: AsyncThen2
    """The `client.then2` resource."""

    jobs: AsyncJobs
    """The `client.jobs` resource."""

    def __init__(
        self,
        *,
        base_url: Optional[str] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        default_headers: Optional[Mapping[str, Optional[str]]] = None,
        version: Optional[str] = None,
        log_level: Optional[LogLevel] = None,
        logger: Optional[_logging.Logger] = None,
        http_client: Optional[httpx.AsyncClient] = None,
    ) -> None:
        """Args:
            base_url: Overrides the server (default https://api.example.com/v1?x='"`${1}`). Plain http is refused for credentials unless the host is loopback.
            timeout: Seconds allowed for each step of an attempt: connect, write, each wait for bytes (default 60; float("inf") for none).
            max_retries: Retries after the first attempt (default 2).
            default_headers: Headers sent with every request; None removes one the client would send.
            version: Unused: the API is not versioned by header.
            log_level: "off", "error", "warn", "info" (retries, WebSocket connects and closes) or "debug" (every request and response, credentials masked); default "warn".
            logger: The logging.Logger to write to (default: the package's own named logger).
            http_client: Your own httpx client (its pool, proxies, transport); you close it.
        """
        super().__init__(
            _CONFIG,
            credentials={},
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            version=version,
            log_level=log_level,
            logger=logger,
            http_client=http_client,
        )
        self.items = AsyncItems(self)
        self.request_ = AsyncRequest(self)
        self.tostring = AsyncTostring(self)
        self.then2 = AsyncThen2(self)
        self.jobs = AsyncJobs(self)
