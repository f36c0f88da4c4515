"""The synchronous client: httpx.Client, retries with backoff, timeouts, typed errors, each response kind."""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING, Any, Callable, List, Mapping, Optional, TypeVar

import httpx
from typing_extensions import ParamSpec

from ._base import BaseAPIClient, too_large
from ._logging import SocketLog
from ._binary import BinaryResponse
from ._errors import APIConnectionTimeoutError, ClientError
from ._generic import ResponseKind, generic_operation
from ._parse import parse_as
from ._pagination import SyncPage
from ._raw import APIResponse, note_content, note_response, start_capture, stop_capture
from ._request import PreparedRequest
from ._retry import backoff, retry_delay, should_retry
from ._spec import ChannelSpec, ClientConfig, ErrorSpec, OperationSpec
from ._streaming import EventStream
from ._timeouts import transport_timeout
from ._types import ChannelOptions, NOT_GIVEN, RequestOptions

if TYPE_CHECKING:
    from ._sync_session import SocketSession

P = ParamSpec("P")
R = TypeVar("R")
S = TypeVar("S", bound="SocketSession[Any]")
C = TypeVar("C", bound="SyncAPIClient")


class SyncAPIClient(BaseAPIClient):
    """Base of the generated synchronous client."""

    def __init__(
        self,
        config: ClientConfig,
        *,
        credentials: Mapping[str, Optional[str]],
        base_url: Optional[str] = None,
        server_variables: Optional[Mapping[str, str]] = None,
        timeout: Optional[float] = None,
        max_retries: Optional[int] = None,
        default_headers: Optional[Mapping[str, Optional[str]]] = None,
        version: Optional[str] = None,
        log_level: Optional[str] = None,
        logger: Optional[logging.Logger] = None,
        http_client: Optional[httpx.Client] = None,
    ) -> None:
        super().__init__(
            config,
            credentials=credentials,
            base_url=base_url,
            server_variables=server_variables,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            version=version,
            log_level=log_level,
            logger=logger,
        )
        self._owns_http = http_client is None
        self._http = http_client if http_client is not None else httpx.Client(follow_redirects=False)

    @property
    def _client(self) -> "SyncAPIClient":
        # Lets operations at the root share the resource methods' shape (`self._client._request(...)`).
        return self

    def close(self) -> None:
        """Closes the connection pool (unless the client was given its own `http_client`)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self: C) -> C:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def request(
        self,
        method: str,
        path: str,
        *,
        query: Optional[Mapping[str, object]] = None,
        body: object = NOT_GIVEN,
        headers: Optional[Mapping[str, Optional[str]]] = None,
        response_kind: ResponseKind = "json",
        request_options: Optional[RequestOptions] = None,
    ) -> Any:
        """Sends a request to an endpoint the generated methods do not cover (yet), with the client's credentials,
        version, retries, timeout, redirect rules and typed errors. `path` is under the base URL (an absolute URL
        elsewhere is refused: the credentials would go with it). A mapping or list body is sent as JSON, `str` as
        text, bytes or a file as binary. Returns the decoded JSON (`response_kind` for text, a binary response, an
        event stream, or None); wrap it in `with_raw_response` for the status and headers."""
        op, options = generic_operation(self._config, self.base_url, method, path, body, response_kind, query, headers, request_options)
        if response_kind == "binary":
            return self._request_binary(op, {}, {}, body, options)
        if response_kind == "event-stream":
            return self._request_events(op, {}, {}, body, options)
        return self._request(op, {}, {}, body, options)

    def with_raw_response(self, method: Callable[P, R]) -> Callable[P, APIResponse[R]]:
        """Wraps a method of this client so that it returns an `APIResponse`: the status, headers and request id
        of the HTTP response, and `.parse()` for the method's usual result.

        `client.with_raw_response(client.voices.get)("voice-id").headers`"""

        def call(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
            capture, token = start_capture()
            try:
                parsed = method(*args, **kwargs)
            finally:
                stop_capture(token)
            return APIResponse(capture, parsed, self._config.errors)

        return call

    def _request(
        self,
        op: OperationSpec,
        path: Mapping[str, object],
        params: Mapping[str, object],
        body: object,
        options: Optional[RequestOptions],
        parse: Any = None,
    ) -> object:
        """Sends a request and returns its decoded body (JSON, text, or None), as `parse` when given (a model type)."""
        response = self._send(op, path, params, body, options or {})
        try:
            content = self._read(response, options or {})
        finally:
            response.close()
        note_content(response, content)
        return parse_as(parse, self._decode(op, response, content))

    def _request_text(
        self, op: OperationSpec, path: Mapping[str, object], params: Mapping[str, object], body: object, options: Optional[RequestOptions]
    ) -> str:
        return str(self._request(op, path, params, body, options) or "")

    def _request_binary(
        self, op: OperationSpec, path: Mapping[str, object], params: Mapping[str, object], body: object, options: Optional[RequestOptions]
    ) -> BinaryResponse:
        return BinaryResponse(self._send(op, path, params, body, options or {}))

    def _request_events(
        self,
        op: OperationSpec,
        path: Mapping[str, object],
        params: Mapping[str, object],
        body: object,
        options: Optional[RequestOptions],
        parse: Any = None,
    ) -> EventStream[Any]:
        response = self._send(op, path, params, body, options or {})
        return EventStream(response, self._config.errors, op.response.base64_fields, self._redactor, parse)

    def _request_page(
        self,
        op: OperationSpec,
        path: Mapping[str, object],
        params: Mapping[str, object],
        body: object,
        options: Optional[RequestOptions],
        parse: Any = None,
    ) -> SyncPage[Any]:
        convention = self._config.pagination
        if convention is None:
            raise ClientError("This API declares no pagination convention.")
        given = {k: v for k, v in params.items() if v is not NOT_GIVEN}
        result = self._request(op, path, given, body, options)
        return SyncPage(
            result, given, convention, lambda next_params: self._request_page(op, path, next_params, body, options, parse), parse
        )

    def _open_channel(
        self,
        spec: ChannelSpec,
        params: Mapping[str, object],
        options: Optional[ChannelOptions],
        create: Callable[[Any, ChannelSpec, ErrorSpec], S],
    ) -> S:
        """Opens a realtime channel and wraps its socket in the channel's session class."""
        from ._sync_session import connect

        opts: ChannelOptions = options or {}
        url, redacted, headers = self._channel_url(spec, params, opts)
        timeout = opts.get("timeout", self.timeout)
        log = SocketLog(self._log, redacted)
        try:
            socket = connect(url, redacted, headers, timeout, transport_timeout(timeout), self._error_from, self._handshake_user_agent)
        except Exception as exc:
            log.failed(exc)
            raise
        log.opened()
        session = create(socket, spec, self._config.errors)
        session._on_close = log.closed
        # Only a timeout asked for on this channel bounds the waits for messages: realtime servers may be quiet for long.
        session.idle_timeout = opts.get("timeout")
        session._redactor = self._redactor
        return session

    def _send(
        self, op: OperationSpec, path: Mapping[str, object], params: Mapping[str, object], body: object, options: RequestOptions
    ) -> httpx.Response:
        """The first successful response, its body still unread; retries what the retry policy allows."""
        prepared = self._prepare(op, path, params, body, options)
        max_retries = options.get("max_retries", self.max_retries)
        timeout = options.get("timeout", self.timeout)
        limit = transport_timeout(timeout)
        retry = self._config.retry
        log, method, url = self._log, prepared.method, prepared.url
        request_ids = self._config.errors.request_id_headers
        attempt = 0
        while True:
            started = time.monotonic()
            try:
                response = self._follow(prepared, limit)
            except httpx.TimeoutException as exc:
                error: ClientError = APIConnectionTimeoutError(f"Request timed out after {timeout} s.")
                cause: Exception = exc
            except httpx.TransportError as exc:
                error, cause = self._connection_error("Connection error", exc), exc
            else:
                log.exchange(method, url, attempt + 1, started, prepared.headers, request_ids, response=response)
                if response.is_success:
                    note_response(response)
                    return response
                delay = retry_delay(retry, attempt, response.headers) if attempt < max_retries and should_retry(retry, response.status_code) else None
                if delay is not None:
                    log.retry(method, url, attempt + 2, max_retries + 1, f"status {response.status_code}", delay)
                    response.close()
                    time.sleep(delay)
                    attempt += 1
                    continue
                try:
                    content = self._read(response, options)
                finally:
                    response.close()
                raise self._error_from(response.status_code, response.headers, content, response.reason_phrase)
            log.exchange(method, url, attempt + 1, started, prepared.headers, request_ids, failure=str(error))
            if attempt >= max_retries or not retry.on_connection_error:
                raise error from self._redactor.cause(cause)
            wait = backoff(retry, attempt)
            log.retry(method, url, attempt + 2, max_retries + 1, "a timeout" if isinstance(error, APIConnectionTimeoutError) else "a connection error", wait)
            time.sleep(wait)
            attempt += 1

    def _follow(self, prepared: PreparedRequest, timeout: Optional[float]) -> httpx.Response:
        """Sends the request and follows its redirects (see _redirect.py); even a caller's http_client does not."""
        hops = 0
        while True:
            request = self._http.build_request(prepared.method, prepared.url, headers=prepared.headers, content=prepared.content, timeout=timeout)
            response = self._http.send(request, stream=True, follow_redirects=False)
            try:
                following = self._redirect(prepared, response, hops)
            except BaseException:
                response.close()
                raise
            if following is None:
                return response
            response.close()
            prepared, hops = following, hops + 1

    def _read(self, response: httpx.Response, options: RequestOptions) -> bytes:
        """The whole body, decompressed, up to the size limit; raises the client's errors."""
        limit = options.get("max_response_bytes", self.max_response_bytes)
        chunks: List[bytes] = []
        size = 0
        try:
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > limit:
                    raise too_large(response, limit)
                chunks.append(chunk)
        except httpx.TimeoutException:
            raise APIConnectionTimeoutError("Request timed out while reading the response body.") from None
        except httpx.TransportError as exc:
            raise self._connection_error("Connection lost while reading the response body", exc) from self._redactor.cause(exc)
        return b"".join(chunks)


class SyncAPIResource:
    """Base of the generated synchronous resource classes."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

