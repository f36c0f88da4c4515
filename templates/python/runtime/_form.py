"""How a form field's value becomes parts (multipart) or pairs (urlencoded), as the spec's `encoding` says."""

from __future__ import annotations

import datetime
import json
from typing import List, Mapping, Optional, Tuple, Union

from ._errors import InvalidRequestError
from ._files import is_file_input
from ._spec import FieldWire
from ._url import is_absent, scalar_to_string

Part = Tuple[str, object]
"""A part's name, and its text (`str`) or a file input."""

_DELIMITERS = {"form": ",", "spaceDelimited": " ", "pipeDelimited": "|"}


def form_parts(name: str, value: object, wire: Optional[FieldWire]) -> List[Part]:
    """The parts of one field. Without a declared `wire`, by the value: files as file parts, lists as repeated
    parts, mappings as JSON text (OpenAPI's default). A value the declared style cannot express (a list inside a
    `deepObject`, a mapping inside a `form` list) is an InvalidRequestError: nothing is sent."""
    if is_absent(value):
        return []
    if is_file_input(value):
        return [(name, value)]
    if wire is None:
        items = value if isinstance(value, (list, tuple)) else [value]
        return [
            (name, item if is_file_input(item) else _json(name, item) if _is_nested(item) else scalar_to_string(item))
            for item in items
            if not is_absent(item)
        ]
    if wire.style == "json":
        return [(name, _json(name, value))]
    if wire.style == "deepObject":
        if not isinstance(value, Mapping):
            raise InvalidRequestError(f'Form field "{name}" is sent as {name}[key] parts: pass a mapping.')
        parts: List[Part] = []
        _deep_parts(name, value, parts)
        return parts

    style = wire.style

    def leaf(item: object, where: str) -> str:
        if _is_nested(item):
            raise InvalidRequestError(
                f'Form field "{name}" (style {style}) cannot carry a nested mapping or list at {where}; pass primitives there.'
            )
        return scalar_to_string(item)

    if isinstance(value, (list, tuple)):
        present = [item for item in value if not is_absent(item)]
        if any(is_file_input(item) for item in present):
            return [(name, item if is_file_input(item) else leaf(item, name)) for item in present]
        if wire.explode:
            return [(name, leaf(item, name)) for item in present]
        return [(name, _DELIMITERS.get(style, ",").join(leaf(item, name) for item in present))] if present else []
    if isinstance(value, Mapping):
        entries = [(str(k), v) for k, v in value.items() if not is_absent(v)]
        if wire.explode:
            return [(k, leaf(v, f"{name}.{k}")) for k, v in entries]
        return [(name, ",".join(f"{k},{leaf(v, f'{name}.{k}')}" for k, v in entries))] if entries else []
    return [(name, scalar_to_string(value))]


def _deep_parts(prefix: str, value: Mapping[object, object], out: List[Part]) -> None:
    """`field[a]=v`, nested `field[a][b]=v`; bracket names have no form for a list, so one is refused."""
    for key, item in value.items():
        if is_absent(item):
            continue
        name = f"{prefix}[{key}]"
        if isinstance(item, (list, tuple, set)) or is_file_input(item):
            what = "a file" if is_file_input(item) else "a list"
            raise InvalidRequestError(
                f'Form field "{name}" holds {what}, which bracket-named parts (deepObject) cannot express; pass a mapping of primitives.'
            )
        if isinstance(item, Mapping):
            _deep_parts(name, item, out)
        else:
            out.append((name, scalar_to_string(item)))


def _is_nested(value: object) -> bool:
    return isinstance(value, (Mapping, list, tuple, set))


def _json(name: str, value: object) -> str:
    try:
        return json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"), default=_json_default)
    except (TypeError, ValueError) as exc:
        raise InvalidRequestError(f'Form field "{name}" cannot be written as JSON: {exc}.') from None


def _json_default(value: object) -> Union[str, object]:
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")
