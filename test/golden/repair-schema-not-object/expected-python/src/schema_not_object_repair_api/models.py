# Generated from spec.yaml (Schema Not Object Repair API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""Types of the schemas the spec declares. They are TypedDicts and aliases: plain dicts and values at run time."""

from __future__ import annotations

from typing import Any

from typing_extensions import NotRequired, TypeAlias, TypedDict

__all__ = [
    "Odd",
    "Thing",
]


Odd: TypeAlias = Any


class Thing(TypedDict):
    id: NotRequired[str]
    blob: NotRequired[Any]
