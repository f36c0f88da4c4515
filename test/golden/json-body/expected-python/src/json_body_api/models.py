# Generated from spec.yaml (JSON Body API 2.1.0) by openapi-client-generator. Do not edit: regenerate instead.
"""Types of the schemas the spec declares: pydantic models for what the client receives, TypedDicts (plain dicts at run
time) for what it sends, and type aliases."""

from __future__ import annotations

from typing import List, Optional

from typing_extensions import NotRequired, TypedDict

from ._core._models import BaseModel

__all__ = [
    "NewNote",
    "Note",
    "NewNoteParam",
    "NotesSearchBody",
]


class NewNote(BaseModel):
    title: str
    """Shown in lists; closes */ comments safely."""
    body: Optional[str] = None
    tags: Optional[List[str]] = None


class Note(BaseModel):
    title: str
    """Shown in lists; closes */ comments safely."""
    body: Optional[str] = None
    tags: Optional[List[str]] = None
    id: str
    created_at: Optional[str] = None


class NewNoteParam(TypedDict):
    title: str
    """Shown in lists; closes */ comments safely."""
    body: NotRequired[str]
    tags: NotRequired[List[str]]


class NotesSearchBody(TypedDict):
    query: str
