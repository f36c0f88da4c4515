"""`client.request()`: a call to an endpoint the spec does not (yet) describe, as an operation like the generated
ones, so that it goes through the same credentials, version, retries, timeouts, redirects and errors."""

from __future__ import annotations

import re
from typing import Mapping, Optional, Tuple
from urllib.parse import quote, urlsplit

from typing_extensions import Literal

from ._errors import InvalidRequestError
from ._files import is_file_input
from ._spec import BodySpec, ClientConfig, OperationSpec, ResponseSpec
from ._types import NotGiven, RequestOptions

ResponseKind = Literal["json", "text", "binary", "event-stream", "none"]
_METHOD = re.compile(r"[A-Za-z]+")
_ABSOLUTE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:|^//")


def generic_operation(
    config: ClientConfig,
    base_url: str,
    method: str,
    path: str,
    body: object,
    response_kind: ResponseKind,
    query: Optional[Mapping[str, object]],
    headers: Optional[Mapping[str, Optional[str]]],
    request_options: Optional[RequestOptions],
) -> Tuple[OperationSpec, RequestOptions]:
    """The operation and options of a generic request; raises InvalidRequestError for a bad one, before sending."""
    if not isinstance(method, str) or not _METHOD.fullmatch(method):
        raise InvalidRequestError('`method` must be an HTTP method such as "GET" or "POST".')
    if response_kind not in ("json", "text", "binary", "event-stream", "none"):
        raise InvalidRequestError('`response_kind` must be "json", "text", "binary", "event-stream" or "none".')
    options: RequestOptions = dict(request_options or {})  # type: ignore[assignment]
    if query:
        options["query"] = {**options.get("query", {}), **query}
    if headers:
        options["headers"] = {**options.get("headers", {}), **headers}
    op = OperationSpec(
        method=method.upper(),
        path=_relative_path(path, base_url),
        response=ResponseSpec(response_kind),
        body=None if isinstance(body, NotGiven) else _body_spec(body),
        # Any credential the client holds, in the spec's order; none held means the request goes without one.
        security=tuple((c.scheme,) for c in config.credentials) + ((),),
    )
    return op, options


def _body_spec(body: object) -> BodySpec:
    if isinstance(body, str):
        return BodySpec("text", "text/plain; charset=utf-8", merged=False, required=True)
    if is_file_input(body):
        return BodySpec("binary", "application/octet-stream", merged=False, required=True)
    return BodySpec("json", "application/json", merged=False, required=True)


def _relative_path(path: str, base_url: str) -> str:
    """The path below the base URL. An absolute URL must start with the base URL (the credentials must not go to
    another server), a query string belongs in `query`, and `{` is escaped so that the path is taken as written."""
    if not isinstance(path, str) or path == "":
        raise InvalidRequestError('`path` must be a path under the base URL, such as "/voices".')
    relative = path
    if _ABSOLUTE.match(path):
        base = base_url.rstrip("/")
        if not (path == base or path.startswith(f"{base}/")):
            raise InvalidRequestError(
                f"Refusing to send the request to {_origin(path)}: `path` must be under the client's base URL ({base}),"
                " or the client's credentials would go to another server. Use another client for other servers."
            )
        relative = path[len(base) :]
    if "?" in relative or "#" in relative:
        raise InvalidRequestError("`path` must not contain a query string or fragment: pass query parameters in `query`.")
    relative = relative if relative.startswith("/") else f"/{relative}"
    return re.sub(r"[{}]", lambda m: quote(m.group(0)), relative)


def _origin(url: str) -> str:
    """Only the origin of a refused URL is shown: the rest may hold a token."""
    try:
        parts = urlsplit(url)
        return f"{parts.scheme}://{parts.hostname}" + (f":{parts.port}" if parts.port else "") if parts.hostname else "another server"
    except ValueError:
        return "another server"
