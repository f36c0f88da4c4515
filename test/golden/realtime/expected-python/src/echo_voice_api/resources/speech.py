# Generated from spec.yaml (Echo Voice API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""The `client.speech` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional, Union

from typing_extensions import Unpack

from .._core._async_client import AsyncAPIClient, AsyncAPIResource
from .._core._async_session import AsyncChannelConnection, AsyncContextSession, AsyncSocketContext
from .._core._spec import channel_spec, operation_spec
from .._core._streaming import AsyncEventStream, EventStream
from .._core._sync_client import SyncAPIClient, SyncAPIResource
from .._core._sync_session import ContextSession, SocketContext
from .._core._types import ChannelOptions, NOT_GIVEN, NotGiven, RequestOptions

if TYPE_CHECKING:
    from ..models import (
        SpeechLiveContextAppendFields,
        SpeechLiveContextSayFields,
        SpeechLiveEvent,
        SpeechLiveSettings,
        SpeechMessageDecoded,
    )

_SPEECH_STREAM = operation_spec(
    {
        "method": "POST",
        "path": "/speech/stream",
        "body": {"encoding": "json", "content_type": "application/json", "merged": True, "required": True},
        "response": {"kind": "event-stream", "accept": "text/event-stream", "base64_fields": ["pcm"]},
        "security": [["Secret"]],
    }
)

_SPEECH_LIVE_CHANNEL = channel_spec(
    {
        "path": "/speech/live",
        "security": [["Secret"]],
        "base64_fields": ["pcm"],
        "context": {"id_field": "stream", "end_field": "last"},
    }
)


class Speech(SyncAPIResource):
    """The `client.speech` resource."""

    def stream(
        self,
        *,
        voice: str,
        text: str,
        more: Union[bool, NotGiven] = NOT_GIVEN,
        stream: Union[str, NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> EventStream[SpeechMessageDecoded]:
        """`POST /speech/stream`"""
        return self._client._request_events(
            _SPEECH_STREAM,
            {},
            {},
            {"voice": voice, "text": text, "more": more, "stream": stream},
            request_options,
            "SpeechMessageDecoded",
        )

    def live(
        self,
        *,
        channel_options: Optional[ChannelOptions] = None,
    ) -> SpeechLiveSession:
        """Multiplexed speech synthesis.

        WebSocket `/speech/live`

        Returns once the socket is open; use the session with `with`, or `close()` it.
        """
        return self._client._open_channel(_SPEECH_LIVE_CHANNEL, {}, channel_options, SpeechLiveSession)


class AsyncSpeech(AsyncAPIResource):
    """The `client.speech` resource."""

    async def stream(
        self,
        *,
        voice: str,
        text: str,
        more: Union[bool, NotGiven] = NOT_GIVEN,
        stream: Union[str, NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> AsyncEventStream[SpeechMessageDecoded]:
        """`POST /speech/stream`"""
        return await self._client._request_events(
            _SPEECH_STREAM,
            {},
            {},
            {"voice": voice, "text": text, "more": more, "stream": stream},
            request_options,
            "SpeechMessageDecoded",
        )

    def live(
        self,
        *,
        channel_options: Optional[ChannelOptions] = None,
    ) -> AsyncChannelConnection[AsyncSpeechLiveSession]:
        """Multiplexed speech synthesis.

        WebSocket `/speech/live`

        Await it for the session, or use it with `async with` to close the session on exit.
        """
        return self._client._open_channel(_SPEECH_LIVE_CHANNEL, {}, channel_options, AsyncSpeechLiveSession)


class SpeechLiveSession(ContextSession["SpeechLiveEvent"]):
    """A session of `client.speech.live()`: one socket, many contexts (open one with `context()`)."""

    _event_type = "SpeechLiveEvent"

    def context(self, settings: SpeechLiveSettings, id: Optional[str] = None) -> SpeechLiveContext:
        """Opens a context with these settings (and an id of your choosing, or a random one)."""
        return SpeechLiveContext(self, settings, id)

    def generate(
        self,
        text: str,
        *,
        id: Optional[str] = None,
        **settings: Unpack[SpeechLiveSettings],
    ) -> SpeechLiveContext:
        """Sends a whole request in one call; iterate the returned context for its events, or `iter_bytes()` for the audio."""
        context = self.context(settings, id)
        context.say(text)
        return context


class AsyncSpeechLiveSession(AsyncContextSession["SpeechLiveEvent"]):
    """A session of `client.speech.live()` on the async client: one socket, many contexts."""

    _event_type = "SpeechLiveEvent"

    def context(self, settings: SpeechLiveSettings, id: Optional[str] = None) -> AsyncSpeechLiveContext:
        """Opens a context with these settings (and an id of your choosing, or a random one)."""
        return AsyncSpeechLiveContext(self, settings, id)

    async def generate(
        self,
        text: str,
        *,
        id: Optional[str] = None,
        **settings: Unpack[SpeechLiveSettings],
    ) -> AsyncSpeechLiveContext:
        """Sends a whole request in one call; iterate the returned context for its events, or `iter_bytes()` for the audio."""
        context = self.context(settings, id)
        await context.say(text)
        return context


class SpeechLiveContext(SocketContext["SpeechLiveEvent", "SpeechLiveSettings"]):
    """One context of `client.speech.live()`: its commands carry its id, and only its events arrive here."""

    def say(self, text: str, **fields: Unpack[SpeechLiveContextSayFields]) -> None:
        """Sends the `say` command."""
        self._command({**fields, "text": text}, {"more": False}, with_settings=True)

    def append(self, text: str, **fields: Unpack[SpeechLiveContextAppendFields]) -> None:
        """Sends the `append` command."""
        self._command({**fields, "text": text}, {"more": True}, with_settings=True)

    def stop(self) -> None:
        """Sends the `stop` command."""
        self._command({}, {"stop": True}, with_settings=False, ends_context=True)


class AsyncSpeechLiveContext(AsyncSocketContext["SpeechLiveEvent", "SpeechLiveSettings"]):
    """One context of `client.speech.live()` on the async client."""

    async def say(self, text: str, **fields: Unpack[SpeechLiveContextSayFields]) -> None:
        """Sends the `say` command."""
        await self._command({**fields, "text": text}, {"more": False}, with_settings=True)

    async def append(self, text: str, **fields: Unpack[SpeechLiveContextAppendFields]) -> None:
        """Sends the `append` command."""
        await self._command({**fields, "text": text}, {"more": True}, with_settings=True)

    async def stop(self) -> None:
        """Sends the `stop` command."""
        await self._command({}, {"stop": True}, with_settings=False, ends_context=True)
