"""What the sync and the async client share: options and credentials, request preparation, and reading errors."""

from __future__ import annotations

import json
import logging
import os
import re
from typing import Dict, List, Mapping, Optional, Tuple
from urllib.parse import urlsplit

import httpx

from ._auth import authenticate, check_transport, check_version, choose, resolve_credentials, server_url
from ._errors import (
    APIConnectionError,
    APIError,
    APIResponseParseError,
    ConfigurationError,
    InvalidRequestError,
    ResponseTooLargeError,
    error_class_for,
)
from ._logging import ClientLog, user_agent
from ._redact import Redactor
from ._redirect import credential_headers, redirect_request
from ._request import PreparedRequest, prepare_request, set_headers
from ._spec import ChannelSpec, ClientConfig, OperationSpec
from ._timeouts import transport_timeout
from ._types import ChannelOptions, RequestOptions
from ._url import encode_component, serialize_loose_query, serialize_query_param

MAX_ERROR_MESSAGE = 300
MAX_RESPONSE_BYTES = 64 << 20


def too_large(response: httpx.Response, limit: int) -> ResponseTooLargeError:
    return ResponseTooLargeError(
        f"The response body is larger than {limit} bytes (after decompression); if that is expected, raise the client's"
        " `max_response_bytes` or the request's `max_response_bytes` option.",
        response.status_code,
        response.headers,
    )


def check_base_url(url: str) -> None:
    """Refuses a URL with a user name or password: it would reach logs and error messages; use the options."""
    try:
        parts = urlsplit(url)
        userinfo = parts.username is not None or parts.password is not None
    except ValueError:
        raise ConfigurationError("Invalid base URL: it cannot be parsed; pass an absolute http(s) URL.") from None
    if userinfo:
        raise ConfigurationError(
            "The base URL carries a user name or password: pass credentials through the client's options, not in the URL."
        )


class BaseAPIClient:
    """Options, credentials and conventions; subclasses add the transport (httpx.Client or httpx.AsyncClient)."""

    base_url: str
    timeout: float
    max_retries: int
    version: Optional[str]
    max_response_bytes: int = MAX_RESPONSE_BYTES
    """Largest JSON or text response body read (after decompression); a larger one raises ResponseTooLargeError."""

    def __init__(
        self,
        config: ClientConfig,
        *,
        credentials: Mapping[str, Optional[str]],
        base_url: Optional[str],
        server_variables: Optional[Mapping[str, str]],
        timeout: Optional[float],
        max_retries: Optional[int],
        default_headers: Optional[Mapping[str, Optional[str]]],
        version: Optional[str],
        log_level: Optional[str] = None,
        logger: Optional[logging.Logger] = None,
    ) -> None:
        self._config = config
        # The environment's base URL sits between the option and the spec's server.
        from_env = (os.environ.get(config.base_url_env) or "").strip() if base_url is None and config.base_url_env else ""
        url = base_url if base_url is not None else (from_env or server_url(config, server_variables))
        if not url:
            raise ConfigurationError("No base URL: the spec declares no server, so pass `base_url`.")
        try:
            check_base_url(url)
        except ConfigurationError as exc:
            if not from_env:
                raise
            raise ConfigurationError(f"{config.base_url_env}: {exc}") from None
        self.base_url = url
        self.timeout = float(timeout) if timeout is not None else config.timeout
        try:
            transport_timeout(self.timeout)
        except InvalidRequestError as exc:
            raise ConfigurationError(str(exc)) from None
        self.max_retries = max_retries if max_retries is not None else config.retry.max_retries
        self._default_headers: Dict[str, Optional[str]] = dict(default_headers or {})
        try:
            set_headers(httpx.Headers(), self._default_headers)
        except InvalidRequestError as exc:
            raise ConfigurationError(f"Invalid default_headers: {exc}") from exc
        self.version = version if version is not None else (config.api_version.default if config.api_version else None)
        check_version(config, self.version)
        self.__credentials = resolve_credentials(config, credentials)
        self._redactor = Redactor(self.__credentials.values())
        self._secret_headers = credential_headers(config.credentials)
        self._log = ClientLog(
            level=log_level,
            logger=logger,
            env_name=config.log_level_env,
            logger_name=config.logger_name,
            client_name=config.client_name,
            redactor=self._redactor,
            secret_headers=self._secret_headers,
            secret_query=[
                name
                for c in config.credentials
                for name in (c.parameter_name if c.location == "query" else None, c.websocket_query_parameter)
                if name
            ],
        )
        self._user_agent = user_agent(config.package_name, config.package_version)
        if self.__credentials:
            check_transport(config, self.base_url)

    @property
    def _handshake_user_agent(self) -> Optional[str]:
        """The User-Agent of WebSocket handshakes: the caller's from `default_headers` (None: none), else the client's."""
        given = [value for name, value in self._default_headers.items() if name.lower() == "user-agent"]
        return given[-1] if given else self._user_agent

    @property
    def _held(self) -> Mapping[str, str]:
        return self.__credentials

    def __repr__(self) -> str:
        # Never shows a credential: only which options are set.
        options = [c.option for c in self._config.credentials if c.scheme in self.__credentials]
        return f"{type(self).__name__}(base_url={self.base_url!r}, version={self.version!r}, credentials={options!r})"

    def _prepare(
        self,
        op: OperationSpec,
        path_values: Mapping[str, object],
        params: Mapping[str, object],
        body: object,
        options: RequestOptions,
    ) -> PreparedRequest:
        version = options.get("version", self.version)
        if "version" in options:
            check_version(self._config, version)
        auth_headers, auth_query = authenticate(self._config, self._held, op.security)
        client_headers: Dict[str, Optional[str]] = {"user-agent": self._user_agent, **auth_headers}
        if self._config.api_version is not None and version is not None:
            client_headers[self._config.api_version.header] = version
        client_headers.update(self._default_headers)
        return prepare_request(self.base_url, op, path_values, params, body, options, client_headers, auth_query)

    def _redirect(self, prepared: PreparedRequest, response: httpx.Response, hops: int) -> Optional[PreparedRequest]:
        """The next hop of a redirect (credential headers dropped across origins), checked like the base URL."""
        following = redirect_request(prepared, response.status_code, response.headers.get("location"), hops, self._secret_headers)
        if following is not None and self.__credentials:
            check_transport(self._config, following.url)
        return following

    def _connection_error(self, what: str, exc: Exception) -> APIConnectionError:
        return APIConnectionError(self._redactor.text(f"{what}: {exc}"))

    def _error_from(self, status: int, headers: httpx.Headers, content: bytes, reason: str = "") -> APIError:
        """The typed error for an error response, with the message and request id the convention names."""
        text = content.decode("utf-8", errors="replace")
        body: object = text if text != "" else None
        if text != "" and ("json" in headers.get("content-type", "") or re.match(r"\s*[{\[]", text)):
            try:
                body = json.loads(text)
            except ValueError:
                pass  # keep the raw text: a proxy may answer with something that only looks like JSON
        info = self._config.errors.describe(body)
        request_id = next((headers[h] for h in self._config.errors.request_id_headers if headers.get(h)), None) or info.request_id
        detail = info.message or reason
        message = f"{status} {detail}" if detail else str(status)
        cls = error_class_for(status, self._config.errors.classes)
        # A server may echo the credential it received (in a message, a body field or a header): never pass it on.
        redact = self._redactor
        shown_id = redact.text(request_id) if request_id else None
        return cls(status, redact.headers(headers), redact.value(body), redact.text(message)[:MAX_ERROR_MESSAGE], shown_id)

    def _decode(self, op: OperationSpec, response: httpx.Response, content: bytes) -> object:
        kind = op.response.kind
        if kind == "text":
            return content.decode(response.encoding or "utf-8", errors="replace")
        if kind == "none" or content == b"":
            return None
        try:
            return json.loads(content)
        except ValueError:
            kind_text = response.headers.get("content-type", "no content type")
            raise APIResponseParseError(
                f"Expected a JSON response body but could not parse it ({kind_text}, {len(content)} bytes).",
                response.status_code,
                response.headers,
            ) from None

    def _channel_url(
        self, spec: ChannelSpec, params: Mapping[str, object], options: ChannelOptions
    ) -> Tuple[str, str, Dict[str, str]]:
        """The handshake URL, the same with credentials masked, and the handshake headers. The version and the
        credential go in headers (as the security scheme places it), out of the URL that proxies and servers log,
        unless the caller asks for the query form (`websocket_credentials="query"`)."""
        config = self._config
        default_server = self.base_url == config.base_url and config.websocket_base_url
        base = config.websocket_base_url if default_server else re.sub(r"^http(s?):", r"ws\1:", self.base_url, flags=re.I)
        base = (base or "").rstrip("/")
        in_headers = options.get("websocket_credentials", "headers") != "query"
        query: List[str] = []
        for param in spec.query:
            value = params.get(param.name)
            serialize_query_param(param, param.fixed if value is None and param.fixed is not None else value, query)
        extra = options.get("query")
        if extra:
            serialize_loose_query(extra, query)
        version = options.get("version", self.version)
        if "version" in options:
            check_version(config, version)
        headers: Dict[str, str] = {}
        if in_headers and config.api_version and version is not None:
            headers[config.api_version.header] = version
        elif config.api_version and config.api_version.websocket_query_parameter and version is not None:
            query.append(f"{encode_component(config.api_version.websocket_query_parameter)}={encode_component(version)}")

        secret: List[str] = []
        if in_headers:
            # A scheme declared `in: query` stays in the query, as the spec places it.
            auth_headers, secret = authenticate(self._config, self._held, spec.security, "channel")
            headers.update(auth_headers)
        else:
            for credential in choose(config, self._held, spec.security, "channel"):
                if credential.websocket_query_parameter:
                    name = encode_component(credential.websocket_query_parameter)
                    secret.append(f"{name}={encode_component(self._held[credential.scheme])}")
        url = f"{base}{spec.path}"
        version_header = config.api_version.header if config.api_version else None
        if secret or any(name != version_header for name in headers):
            check_transport(config, url)

        def join(pairs: List[str]) -> str:
            return f"{url}?{'&'.join(pairs)}" if pairs else url

        return join(query + secret), join(query + [re.sub(r"=.*$", "=***", pair) for pair in secret]), headers
