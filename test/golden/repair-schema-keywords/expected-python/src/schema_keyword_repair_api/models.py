# Generated from spec.yaml (Schema Keyword Repair API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""Types of the schemas the spec declares: pydantic models for what the client receives, TypedDicts (plain dicts at run
time) for what it sends, and type aliases."""

from __future__ import annotations

from typing import Optional

from typing_extensions import NotRequired, TypedDict

from ._core._models import BaseModel

__all__ = [
    "Note",
    "NoteParam",
]


class Note(BaseModel):
    id: str
    title: str
    body: Optional[str] = None
    kind: Optional[str] = None
    score: Optional[float] = None


class NoteParam(TypedDict):
    id: str
    title: str
    body: NotRequired[str]
    kind: NotRequired[str]
    score: NotRequired[float]
