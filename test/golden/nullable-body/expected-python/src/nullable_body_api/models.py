# Generated from spec.yaml (Nullable Body API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""Types of the schemas the spec declares. They are TypedDicts and aliases: plain dicts and values at run time."""

from __future__ import annotations

from typing import Optional

from typing_extensions import NotRequired, TypeAlias, TypedDict

__all__ = [
    "Note",
    "NoteObject",
]


Note: TypeAlias = Optional["NoteObject"]


class NoteObject(TypedDict):
    text: NotRequired[str]
    pinned: NotRequired[bool]
