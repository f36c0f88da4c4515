"""The entry to response parsing that the clients, pages, streams and sessions call. It imports pydantic and the
package's models on the first response it parses, not when the package is imported: `import` and constructing a
client stay as cheap as they were before the models."""

from __future__ import annotations

from typing import Any


def parse_as(type_: Any, value: object) -> Any:
    """`value` (decoded JSON) as `type_` (a type, or its name in models.py), leniently; None leaves it as is."""
    if type_ is None:
        return value
    from ._models import parse_as as parse

    return parse(type_, value)


def wire_value(item: object, key: str) -> object:
    """The value of a received item (a model, or a dict) under its wire name, or None."""
    if isinstance(item, dict):
        return item.get(key)
    fields = getattr(type(item), "model_fields", None)
    if isinstance(fields, dict):
        for name, info in fields.items():
            if (getattr(info, "alias", None) or name) == key:
                return getattr(item, name)
        extra = getattr(item, "model_extra", None)
        return extra.get(key) if isinstance(extra, dict) else None
    return None
