# Generated from spec.yaml (Media API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""Types of the schemas the spec declares. They are TypedDicts and aliases: plain dicts and values at run time."""

from __future__ import annotations

from typing import Literal, Union

from typing_extensions import NotRequired, TypeAlias, TypedDict

__all__ = [
    "SpeechEvent",
    "SpeechEventChunk",
    "SpeechEventDone",
    "SpeechEventDecodedChunk",
    "SpeechEventDecodedDone",
    "SpeechEventDecoded",
    "ReportsGetResponse",
]


SpeechEvent: TypeAlias = Union["SpeechEventChunk", "SpeechEventDone"]


class SpeechEventChunk(TypedDict):
    type: Literal["chunk"]
    data: str


class SpeechEventDone(TypedDict):
    type: Literal["done"]


class SpeechEventDecodedChunk(TypedDict):
    type: Literal["chunk"]
    data: bytes


class SpeechEventDecodedDone(TypedDict):
    type: Literal["done"]


SpeechEventDecoded: TypeAlias = Union["SpeechEventDecodedChunk", "SpeechEventDecodedDone"]
"""`SpeechEvent` as the client hands it over: `data` decoded from base64 to bytes."""


class ReportsGetResponse(TypedDict):
    id: NotRequired[str]
