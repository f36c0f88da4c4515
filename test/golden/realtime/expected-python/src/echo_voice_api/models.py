# Generated from spec.yaml (Echo Voice API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""Types of the schemas the spec declares. They are TypedDicts and aliases: plain dicts and values at run time."""

from __future__ import annotations

from typing import Literal, Union

from typing_extensions import NotRequired, TypeAlias, TypedDict

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


class Audio(TypedDict):
    kind: Literal["audio"]
    stream: str
    pcm: str
    last: NotRequired[bool]


class Failure(TypedDict):
    kind: Literal["failure"]
    reason: NotRequired[str]
    stream: NotRequired[str]


class SayRequest(TypedDict):
    voice: str
    text: str
    more: NotRequired[bool]
    stream: NotRequired[str]


SpeechMessage: TypeAlias = Union["Audio", "Failure"]


class Stop(TypedDict):
    stream: str
    stop: bool


class AudioDecoded(TypedDict):
    """`Audio` as the client hands it over: `pcm` decoded from base64 to bytes."""

    kind: Literal["audio"]
    stream: str
    pcm: bytes
    last: NotRequired[bool]


SpeechMessageDecoded: TypeAlias = Union["AudioDecoded", "Failure"]
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
