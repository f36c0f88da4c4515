# Generated from spec.yaml (Nullable Body API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""Types of the schemas the spec declares: pydantic models for what the client receives, TypedDicts (plain dicts at run
time) for what it sends, and type aliases."""

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
