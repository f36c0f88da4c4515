# Generated from spec.yaml (Media API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""Types of the schemas the spec declares: pydantic models for what the client receives, TypedDicts (plain dicts at run
time) for what it sends, and type aliases."""

from __future__ import annotations

from typing import Annotated, Literal, Optional, Union

from typing_extensions import TypeAlias

from ._core._models import BaseModel, Field

__all__ = [
    "SpeechEvent",
    "SpeechEventChunk",
    "SpeechEventDone",
    "SpeechEventDecodedChunk",
    "SpeechEventDecodedDone",
    "SpeechEventDecoded",
    "ReportsGetResponse",
]


SpeechEvent: TypeAlias = Annotated[Union["SpeechEventChunk", "SpeechEventDone"], Field(discriminator="type")]


class SpeechEventChunk(BaseModel):
    type: Literal["chunk"]
    data: str


class SpeechEventDone(BaseModel):
    type: Literal["done"]


class SpeechEventDecodedChunk(BaseModel):
    type: Literal["chunk"]
    data: bytes


class SpeechEventDecodedDone(BaseModel):
    type: Literal["done"]


SpeechEventDecoded: TypeAlias = Annotated[Union["SpeechEventDecodedChunk", "SpeechEventDecodedDone"], Field(discriminator="type")]
"""`SpeechEvent` as the client hands it over: `data` decoded from base64 to bytes."""


class ReportsGetResponse(BaseModel):
    id: Optional[str] = None
