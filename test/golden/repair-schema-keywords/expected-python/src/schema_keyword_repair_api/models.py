# Generated from spec.yaml (Schema Keyword Repair API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""Types of the schemas the spec declares. They are TypedDicts and aliases: plain dicts and values at run time."""

from __future__ import annotations

from typing_extensions import NotRequired, TypedDict

__all__ = [
    "Note",
]


class Note(TypedDict):
    id: str
    title: str
    body: NotRequired[str]
    kind: NotRequired[str]
    score: NotRequired[float]
