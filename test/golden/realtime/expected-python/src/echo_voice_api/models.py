# Generated from spec.yaml (Echo Voice API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""Types of the schemas the spec declares: pydantic models for what the client receives, TypedDicts (plain dicts at run
time) for what it sends, and type aliases."""

from __future__ import annotations

from typing import Annotated, Literal, Optional, Union

from typing_extensions import NotRequired, TypeAlias, TypedDict

from ._core._models import BaseModel, Field

__all__ = [
    "Audio",
    "Failure",
    "SayRequest",
    "SpeechMessage",
    "Stop",
    "AudioDecoded",
    "SpeechMessageDecoded",
    "SpeechLiveEvent",
    "SpeechLiveSettings",
    "SpeechLiveContextSayFields",
    "SpeechLiveContextAppendFields",
]


class Audio(BaseModel):
    kind: Literal["audio"]
    stream: str
    pcm: str
    last: Optional[bool] = None


class Failure(BaseModel):
    kind: Literal["failure"]
    reason: Optional[str] = None
    stream: Optional[str] = None


class SayRequest(TypedDict):
    voice: str
    text: str
    more: NotRequired[bool]
    stream: NotRequired[str]


SpeechMessage: TypeAlias = Annotated[Union["Audio", "Failure"], Field(discriminator="kind")]


class Stop(TypedDict):
    stream: str
    stop: bool


class AudioDecoded(BaseModel):
    """`Audio` as the client hands it over: `pcm` decoded from base64 to bytes."""

    kind: Literal["audio"]
    stream: str
    pcm: bytes
    last: Optional[bool] = None


SpeechMessageDecoded: TypeAlias = Annotated[Union["AudioDecoded", "Failure"], Field(discriminator="kind")]
"""`SpeechMessage` as the client hands it over: `pcm` decoded from base64 to bytes."""


SpeechLiveEvent: TypeAlias = "SpeechMessageDecoded"
"""Messages the server sends on `/speech/live`, with base64 fields as bytes."""


class SpeechLiveSettings(TypedDict):
    """Settings a context of `/speech/live` is opened with; its commands repeat them."""

    voice: str


class SpeechLiveContextSayFields(TypedDict):
    """Further fields of the `say` command of `/speech/live`."""

    voice: NotRequired[str]


class SpeechLiveContextAppendFields(TypedDict):
    """Further fields of the `append` command of `/speech/live`."""

    voice: NotRequired[str]
