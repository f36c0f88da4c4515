"""Turns an operation and the caller's values into a URL, headers and a body, as the spec prescribes."""

from __future__ import annotations

import json
import re
import secrets
from dataclasses import dataclass
from typing import List, Mapping, Optional, Tuple

import httpx

from ._errors import InvalidRequestError
from ._files import is_file_input, read_file
from ._form import form_parts
from ._spec import FieldWire, OperationSpec
from ._types import NotGiven, RequestOptions
from ._url import (
    encode_component,
    encode_query_component,
    fill_path,
    is_absent,
    scalar_to_string,
    serialize_loose_query,
    serialize_query_param,
)


@dataclass(frozen=True)
class PreparedRequest:
    method: str
    url: str
    headers: httpx.Headers
    content: Optional[bytes]


def prepare_request(
    base_url: str,
    op: OperationSpec,
    path_values: Mapping[str, object],
    params: Mapping[str, object],
    body: object,
    options: RequestOptions,
    client_headers: Mapping[str, Optional[str]],
    credential_query: List[str],
) -> PreparedRequest:
    """The request to send; a value that cannot go on the wire is an InvalidRequestError (never sent, never retried)."""
    try:
        return _prepare(base_url, op, path_values, params, body, options, client_headers, credential_query)
    except UnicodeEncodeError as exc:
        raise InvalidRequestError(
            f"A value holds {exc.object[exc.start:exc.end]!r}, a lone surrogate that is not text UTF-8 can encode; fix the string."
        ) from None


def _prepare(
    base_url: str,
    op: OperationSpec,
    path_values: Mapping[str, object],
    params: Mapping[str, object],
    body: object,
    options: RequestOptions,
    client_headers: Mapping[str, Optional[str]],
    credential_query: List[str],
) -> PreparedRequest:
    path = fill_path(op.path, path_values)
    query: List[str] = []
    for spec in op.query:
        serialize_query_param(spec, _value(params, spec.name, spec.fixed), query)
    extra_query = options.get("query")
    if extra_query:
        serialize_loose_query(extra_query, query)
    query.extend(credential_query)

    headers = httpx.Headers()
    set_headers(headers, client_headers)
    if op.response.accept:
        headers["accept"] = op.response.accept
    for spec in op.headers:
        value = _value(params, spec.name, spec.fixed)
        if not is_absent(value):
            text = ",".join(scalar_to_string(v) for v in value) if isinstance(value, (list, tuple)) else scalar_to_string(value)
            set_header(headers, spec.name, text)
    cookies = [
        f"{spec.name}={encode_component(scalar_to_string(value))}"
        for spec in op.cookies
        for value in [_value(params, spec.name, spec.fixed)]
        if not is_absent(value)
    ]
    if cookies:
        set_header(headers, "cookie", "; ".join([c for c in [headers.get("cookie")] if c] + cookies))

    content = _encode_body(op, body, options, headers)
    extra_headers = options.get("headers")
    if extra_headers:
        set_headers(headers, extra_headers)
    url = f"{base_url.rstrip('/')}{path}" + (f"?{'&'.join(query)}" if query else "")
    return PreparedRequest(op.method, url, headers, content)


def _value(params: Mapping[str, object], name: str, fixed: object) -> object:
    value = params.get(name)
    return fixed if is_absent(value) and fixed is not None else value


def _encode_body(op: OperationSpec, body: object, options: RequestOptions, headers: httpx.Headers) -> Optional[bytes]:
    spec = op.body
    if spec is None:
        return None
    extra = options.get("body")
    payload: object
    if spec.merged:
        given = body.items() if isinstance(body, Mapping) else ()
        payload = {**{k: v for k, v in given if not isinstance(v, NotGiven)}, **(extra or {})}
        if not payload and not spec.required:
            return None
    else:
        if isinstance(body, NotGiven):
            return None
        payload = {**body, **extra} if extra and isinstance(body, Mapping) else body
    if spec.encoding == "json":
        headers["content-type"] = spec.content_type
        return json_text(payload).encode("utf-8")
    if spec.encoding == "multipart":
        if not isinstance(payload, Mapping):
            raise InvalidRequestError("A multipart body must be a mapping of field names to values.")
        data, boundary = encode_multipart(payload, spec.fields)
        headers["content-type"] = f"multipart/form-data; boundary={boundary}"
        return data
    if spec.encoding == "form":
        if not isinstance(payload, Mapping):
            raise InvalidRequestError("A form body must be a mapping of field names to values.")
        headers["content-type"] = "application/x-www-form-urlencoded"
        return _form_body(payload, spec.fields).encode("ascii")
    headers["content-type"] = spec.content_type
    if spec.encoding == "text":
        return str(payload).encode("utf-8")
    if not is_file_input(payload):
        raise InvalidRequestError("The request body must be bytes, a path or a binary file object.")
    return read_file(payload)[1]


def json_text(value: object) -> str:
    """Compact JSON; NaN and infinities are refused (JSON has no such numbers, and servers reject `NaN`)."""
    try:
        return json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"), default=_json_default)
    except ValueError as exc:
        raise InvalidRequestError(f"The body cannot be sent as JSON: {exc}.") from None


def _json_default(value: object) -> object:
    if hasattr(value, "isoformat"):
        return scalar_to_string(value)
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def _quote_name(name: str) -> str:
    # As browsers do (HTML's multipart/form-data encoding): quotes and line breaks percent-encoded.
    return name.replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")


def _form_body(payload: Mapping[str, object], wires: Mapping[str, FieldWire]) -> str:
    """A urlencoded body: declared fields as the spec's `encoding` says, the others as loose query values."""
    pairs: List[str] = []
    for name, value in payload.items():
        wire = wires.get(name)
        if wire is None:
            serialize_loose_query({name: value}, pairs)
            continue
        for key, part in form_parts(name, value, wire):
            if not isinstance(part, str):
                raise InvalidRequestError(f'Form field "{name}" holds a file, which a urlencoded body cannot carry.')
            pairs.append(f"{encode_query_component(key)}={encode_query_component(part)}")
    return "&".join(pairs)


def encode_multipart(fields: Mapping[str, object], wires: Optional[Mapping[str, FieldWire]] = None) -> Tuple[bytes, str]:
    """Multipart form data: declared fields as `wires` says (`form_parts`); others files as file parts, lists as
    repeated parts, mappings as JSON text."""
    boundary = secrets.token_hex(16)
    parts: List[bytes] = []

    def append(name: str, value: object) -> None:
        disposition = f'form-data; name="{_quote_name(name)}"'
        if isinstance(value, str):
            data = value.encode("utf-8")
            head = f"Content-Disposition: {disposition}\r\n"
        else:
            filename, data, media = read_file(value)
            head = f'Content-Disposition: {disposition}; filename="{_quote_name(filename)}"\r\nContent-Type: {media}\r\n'
        parts.append(f"--{boundary}\r\n{head}\r\n".encode("utf-8") + data + b"\r\n")

    for name, value in fields.items():
        for part_name, part in form_parts(name, value, (wires or {}).get(name)):
            append(part_name, part)
    parts.append(f"--{boundary}--\r\n".encode("ascii"))
    return b"".join(parts), boundary


# RFC 9110: a field name is a token; a value holds no control character but tab (CR and LF would forge
# headers), nothing beyond Latin-1 (httpx cannot encode it), and no NUL.
_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_FORBIDDEN_VALUE = re.compile(r"[\x00-\x08\x0a-\x1f\x7f\u0100-\U0010ffff]")


def set_headers(headers: httpx.Headers, values: Mapping[str, Optional[str]]) -> None:
    """Sets each header; `None` removes it."""
    for name, value in values.items():
        if value is None:
            if name in headers:
                del headers[name]
        else:
            set_header(headers, name, value)


def set_header(headers: httpx.Headers, name: str, value: str) -> None:
    """Refuses a header HTTP cannot carry as given, rather than letting it forge another header or fail in httpx."""
    if not isinstance(name, str) or not _TOKEN.fullmatch(name):
        raise InvalidRequestError(f"Header name {name!r} is not a valid HTTP field name (letters, digits and !#$%&'*+-.^_`|~).")
    if not isinstance(value, str):
        raise InvalidRequestError(f'Header "{name}" must be a string, not {type(value).__name__}.')
    if re.search(r"[\r\n]", value):
        raise InvalidRequestError(f'Header "{name}" contains a line break (CR or LF); refusing to send it.')
    if _FORBIDDEN_VALUE.search(value):
        raise InvalidRequestError(f'Header "{name}" contains a control or non-Latin-1 character; refusing to send it.')
    headers[name] = value
