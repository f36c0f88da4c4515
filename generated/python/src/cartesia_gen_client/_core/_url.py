"""Request URLs: path parameters, and query parameters serialized as the spec's `style`/`explode` say."""

from __future__ import annotations

import datetime
import math
import re
from typing import List, Mapping

from urllib.parse import quote

from ._errors import InvalidRequestError
from ._spec import ParamSpec
from ._types import NotGiven

# What JavaScript's encodeURIComponent leaves alone: the same bytes on the wire as the TypeScript client.
_SAFE = "-_.!~*'()"
_DELIMITERS = {"form": ",", "spaceDelimited": "%20", "pipeDelimited": "|"}


def encode_component(text: str) -> str:
    try:
        return quote(text, safe=_SAFE)
    except UnicodeEncodeError as exc:
        # A lone surrogate ('\ud800') is not text UTF-8 can encode: the caller's string is broken, not the request.
        raise InvalidRequestError(
            f"A URL value holds {exc.object[exc.start:exc.end]!r}, a lone surrogate UTF-8 cannot encode; fix the string."
        ) from None


def encode_query_component(text: str) -> str:
    # Brackets stay readable (`expand[]=a`): servers treat them the same as %5B%5D.
    return encode_component(text).replace("%5B", "[").replace("%5D", "]")


def is_absent(value: object) -> bool:
    return value is None or isinstance(value, NotGiven)


def scalar_to_string(value: object) -> str:
    """The wire text of a scalar: `true`/`false`, integers without `.0`, ISO 8601 dates."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and not math.isfinite(value):
        raise InvalidRequestError(f"{value} is not a number a request can carry; pass a finite number.")
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e21:
        return str(int(value))
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.decode("utf-8")
    if isinstance(value, (Mapping, list, tuple, set)):
        raise InvalidRequestError(f"A {type(value).__name__} cannot be sent as a single value here; pass a scalar.")
    return str(value)


def encode_path_segment(value: object) -> str:
    """One encoded path segment. `.` and `..` are refused: URL resolution would climb to another endpoint."""
    text = scalar_to_string(value)
    if text in (".", ".."):
        raise InvalidRequestError(f'A path parameter cannot be "{text}": it would change which endpoint the request reaches.')
    return encode_component(text)


def fill_path(template: str, values: Mapping[str, object]) -> str:
    def replace(match: "re.Match[str]") -> str:
        value = values.get(match.group(1))
        if is_absent(value) or value == "":
            raise InvalidRequestError(f'Missing required path parameter "{match.group(1)}".')
        return encode_path_segment(value)

    return re.sub(r"\{([^}]+)\}", replace, template)


def serialize_query_param(spec: ParamSpec, value: object, out: List[str]) -> None:
    """Appends one query parameter's `name=value` pairs to `out`."""
    if is_absent(value):
        return
    name = encode_query_component(spec.name)
    if isinstance(value, (list, tuple)):
        items = [scalar_to_string(v) for v in value if not is_absent(v)]
        if spec.explode:
            out.extend(f"{name}={encode_query_component(item)}" for item in items)
        else:
            out.append(f"{name}={_DELIMITERS.get(spec.style, ',').join(encode_query_component(i) for i in items)}")
        return
    if isinstance(value, Mapping):
        entries = [(str(k), v) for k, v in value.items() if not is_absent(v)]
        if spec.style == "deepObject":
            _deep_object(name, value, out)
        elif spec.explode:
            out.extend(f"{encode_query_component(k)}={encode_query_component(scalar_to_string(v))}" for k, v in entries)
        else:
            out.append(f"{name}=" + ",".join(f"{encode_query_component(k)},{encode_query_component(scalar_to_string(v))}" for k, v in entries))
        return
    out.append(f"{name}={encode_query_component(scalar_to_string(value))}")


def _deep_object(prefix: str, value: Mapping[object, object], out: List[str]) -> None:
    """`a[b][c]=v` for nested objects, `a[b][]=v` for each item of a list (the bracket forms servers parse)."""
    for key, item in value.items():
        if is_absent(item):
            continue
        name = f"{prefix}[{encode_query_component(str(key))}]"
        if isinstance(item, Mapping):
            _deep_object(name, item, out)
        elif isinstance(item, (list, tuple)):
            out.extend(f"{name}[]={encode_query_component(scalar_to_string(v))}" for v in item if not is_absent(v))
        else:
            out.append(f"{name}={encode_query_component(scalar_to_string(item))}")


def serialize_loose_query(query: Mapping[str, object], out: List[str]) -> None:
    """Extra query values (escape hatch): lists repeat, mappings become `a[b]=c`."""
    for name, value in query.items():
        style = "deepObject" if isinstance(value, Mapping) else "form"
        serialize_query_param(ParamSpec(name, style, True), value, out)


def is_loopback_host(hostname: str) -> bool:
    """localhost, 127.0.0.0/8 and ::1: traffic that never leaves the machine."""
    host = hostname.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    if host in ("::1", "0:0:0:0:0:0:0:1"):
        return True
    return re.fullmatch(r"127(\.\d{1,3}){3}", host) is not None
