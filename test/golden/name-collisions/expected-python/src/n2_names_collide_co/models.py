# Generated from spec.yaml (2 Names: Collide & Co 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""Types of the schemas the spec declares. They are TypedDicts and aliases: plain dicts and values at run time."""

from __future__ import annotations

from typing import Any, Dict, List

from typing_extensions import NotRequired, TypeAlias, TypedDict

__all__ = [
    "ClassListParams",
    "Error",
    "N2FAStatus",
    "N2faStatus2",
    "Page",
    "Record",
]


ClassListParams: TypeAlias = Dict[str, Any]
"""Collides with a generated params type name."""


class Error(TypedDict):
    message: NotRequired[str]


class N2FAStatus(TypedDict):
    enabled: NotRequired[bool]


N2faStatus2: TypeAlias = str
"""Collides with the one above once names become identifiers."""


Page = TypedDict(
    "Page",
    {
        "x-items": NotRequired[List["Record"]],
    },
)


Record = TypedDict(
    "Record",
    {
        "my-field": NotRequired[str],
        "2nd": NotRequired[int],
        "class": NotRequired[str],
    },
)
