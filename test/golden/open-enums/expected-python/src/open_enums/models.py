# Generated from spec.yaml (Open Enums 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""Types of the schemas the spec declares: pydantic models for what the client receives, TypedDicts (plain dicts at run
time) for what it sends, and type aliases."""

from __future__ import annotations

from typing import Literal, Optional, Union

from typing_extensions import NotRequired, TypeAlias, TypedDict

from ._core._models import BaseModel

__all__ = [
    "Container",
    "Language",
    "ModelId",
    "SampleRate",
    "SpeakRequest",
    "Speech",
]


Container: TypeAlias = Literal["raw", "wav"]


Language: TypeAlias = Optional[Union[Literal["en", "fr"], str]]


ModelId: TypeAlias = Union[Literal["sonic-3", "sonic-2"], str]
"""A model id."""


SampleRate: TypeAlias = Union[Literal[22050, 44100], int]


class SpeakRequest(TypedDict):
    model_id: ModelId
    language: NotRequired[Language]
    sample_rate: NotRequired[SampleRate]
    container: Container
    accent: NotRequired[Union[Literal["us", "uk"], str]]
    """An inline open enum."""
    emotion: NotRequired[Union[Literal["calm", "sad"], str]]


class Speech(BaseModel):
    model_id: Optional[ModelId] = None
    container: Optional[Container] = None
