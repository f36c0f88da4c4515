# Generated from spec.yaml (JSON Body API 2.1.0) by openapi-client-generator. Do not edit: regenerate instead.
"""Types of the schemas the spec declares. They are TypedDicts and aliases: plain dicts and values at run time."""

from __future__ import annotations

from typing import List

from typing_extensions import NotRequired, TypedDict

__all__ = [
    "NewNote",
    "Note",
    "NotesSearchBody",
]


class NewNote(TypedDict):
    title: str
    """Shown in lists; closes */ comments safely."""
    body: NotRequired[str]
    tags: NotRequired[List[str]]


class Note(TypedDict):
    title: str
    """Shown in lists; closes */ comments safely."""
    body: NotRequired[str]
    tags: NotRequired[List[str]]
    id: str
    created_at: NotRequired[str]


class NotesSearchBody(TypedDict):
    query: str
