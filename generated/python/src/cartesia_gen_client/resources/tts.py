# Generated from cartesia.yaml (Cartesia API 0.1.0) by openapi-client-generator. Do not edit: regenerate instead.
"""Text-to-speech: turn text into audio, returned as a byte stream or as server-sent events."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional, Union

from typing_extensions import Unpack

from .._core._async_client import AsyncAPIClient, AsyncAPIResource
from .._core._async_session import AsyncChannelConnection, AsyncContextSession, AsyncSocketContext
from .._core._binary import AsyncBinaryResponse, BinaryResponse
from .._core._spec import channel_spec, operation_spec
from .._core._streaming import AsyncEventStream, EventStream
from .._core._sync_client import SyncAPIClient, SyncAPIResource
from .._core._sync_session import ContextSession, SocketContext
from .._core._types import ChannelOptions, NOT_GIVEN, NotGiven, RequestOptions

if TYPE_CHECKING:
    from ..models import (
        ContextID,
        GenerationConfig,
        ModelSpeed,
        OutputFormat,
        SSEOutputFormat,
        SupportedLanguage,
        TTSModel,
        TTSRequestVoiceSpecifier,
        TTSSSEEventDecoded,
        TTSWebSocketResponseDecoded,
        TtsWebsocketContextEndFields,
        TtsWebsocketContextFlushFields,
        TtsWebsocketContextPushFields,
        TtsWebsocketEvent,
        TtsWebsocketSettings,
    )

_TTS_BYTES = operation_spec(
    {
        "method": "POST",
        "path": "/tts/bytes",
        "body": {"encoding": "json", "content_type": "application/json", "merged": True, "required": True},
        "response": {"kind": "binary", "accept": "audio/wav"},
        "security": [["TokenAuth"], ["APIKeyAuth"]],
    }
)

_TTS_SSE = operation_spec(
    {
        "method": "POST",
        "path": "/tts/sse",
        "body": {"encoding": "json", "content_type": "application/json", "merged": True, "required": True},
        "response": {"kind": "event-stream", "accept": "text/event-stream", "base64_fields": ["data"]},
        "security": [["TokenAuth"], ["APIKeyAuth"]],
    }
)

_TTS_WEBSOCKET_CHANNEL = channel_spec(
    {
        "path": "/tts/websocket",
        "security": [["TokenAuth"], ["APIKeyAuth"]],
        "base64_fields": ["data"],
        "context": {"id_field": "context_id", "end_field": "done"},
    }
)


class Tts(SyncAPIResource):
    """Text-to-speech: turn text into audio, returned as a byte stream or as server-sent events."""

    def bytes(
        self,
        *,
        model_id: TTSModel,
        transcript: str,
        voice: TTSRequestVoiceSpecifier,
        language: Union[Optional[SupportedLanguage], NotGiven] = NOT_GIVEN,
        locale: Union[Optional[str], NotGiven] = NOT_GIVEN,
        normalization: Union[Optional[str], NotGiven] = NOT_GIVEN,
        generation_config: Union[GenerationConfig, NotGiven] = NOT_GIVEN,
        output_format: OutputFormat,
        save: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        pronunciation_dict_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        speed: Union[ModelSpeed, NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> BinaryResponse:
        """Text-to-Speech (Bytes)

        Synthesizes speech and streams back the audio bytes; the simplest of the TTS options. [Compare TTS Endpoints](https://docs.cartesia.ai/use-the-api/compare-tts-endpoints) explains how it differs from the others.

        `POST /tts/bytes`

        Returns once the response headers arrive; the body streams (iterate it, or `read()` it whole).

        Args:
            transcript: Text to turn into speech.
            language: Language of the transcript. Set `language` or `locale`, not both.
            locale: Language or locale to generate in, such as `en` or `en-GB`; it takes the same values as `language`. Set `language` or `locale`, not both.
            normalization: Text normalization: `auto` (the default) runs the locale-aware normalizer, `off` skips it, and a locale code such as `en-IN` fixes the normalizer independently of the generation language.
            save: Store the generated audio as a file; the response then names it in the `Cartesia-File-ID` header.
            pronunciation_dict_id: ID of a pronunciation dictionary to apply while generating. Requires a `sonic-3` or newer model.
        """
        return self._client._request_binary(
            _TTS_BYTES,
            {},
            {},
            {
                "model_id": model_id,
                "transcript": transcript,
                "voice": voice,
                "language": language,
                "locale": locale,
                "normalization": normalization,
                "generation_config": generation_config,
                "output_format": output_format,
                "save": save,
                "pronunciation_dict_id": pronunciation_dict_id,
                "speed": speed,
            },
            request_options,
        )

    def sse(
        self,
        *,
        model_id: TTSModel,
        transcript: str,
        voice: TTSRequestVoiceSpecifier,
        output_format: SSEOutputFormat,
        generation_config: Union[GenerationConfig, NotGiven] = NOT_GIVEN,
        language: Union[Optional[SupportedLanguage], NotGiven] = NOT_GIVEN,
        locale: Union[Optional[str], NotGiven] = NOT_GIVEN,
        normalization: Union[Optional[str], NotGiven] = NOT_GIVEN,
        speed: Union[ModelSpeed, NotGiven] = NOT_GIVEN,
        add_timestamps: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        add_phoneme_timestamps: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        use_normalized_timestamps: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        pronunciation_dict_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        context_id: Union[Optional[ContextID], NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> EventStream[TTSSSEEventDecoded]:
        """Text-to-Speech (SSE)

        Synthesizes speech and sends it as server-sent events. Offers streaming, timestamps and `context_id` support without transcript buffering; [Compare TTS Endpoints](https://docs.cartesia.ai/use-the-api/compare-tts-endpoints) sets it against the other options.

        `POST /tts/sse`

        Args:
            transcript: Text to turn into speech.
            language: Language of the transcript. Set `language` or `locale`, not both.
            locale: Language or locale to generate in, such as `en` or `en-GB`; it takes the same values as `language`. Set `language` or `locale`, not both.
            normalization: Text normalization: `auto` (the default) runs the locale-aware normalizer, `off` skips it, and a locale code such as `en-IN` fixes the normalizer independently of the generation language.
            add_timestamps: Set to `true` to receive timestamp events with word-level timing; with `false`, the default, no word timestamps are produced.
            add_phoneme_timestamps: Set to `true` to receive timestamp events with phoneme-level timing; with `false`, the default, no phoneme timestamps are produced.
            use_normalized_timestamps: Choose normalized (`true`) or original (`false`) timestamps.
            pronunciation_dict_id: ID of a pronunciation dictionary to apply while generating. Requires a `sonic-3` or newer model.
            context_id: Context ID to attach to this request, if any.
        """
        return self._client._request_events(
            _TTS_SSE,
            {},
            {},
            {
                "model_id": model_id,
                "transcript": transcript,
                "voice": voice,
                "output_format": output_format,
                "generation_config": generation_config,
                "language": language,
                "locale": locale,
                "normalization": normalization,
                "speed": speed,
                "add_timestamps": add_timestamps,
                "add_phoneme_timestamps": add_phoneme_timestamps,
                "use_normalized_timestamps": use_normalized_timestamps,
                "pronunciation_dict_id": pronunciation_dict_id,
                "context_id": context_id,
            },
            request_options,
            "TTSSSEEventDecoded",
        )

    def websocket(
        self,
        *,
        channel_options: Optional[ChannelOptions] = None,
    ) -> TtsWebsocketSession:
        """Text-to-speech over a WebSocket.

        One socket carries many generations at once, each in its own context. Send the transcript of a context in pieces as it becomes available (for example as an LLM writes it) and receive its audio as it is produced, with word and phoneme timestamps on request.

        WebSocket `/tts/websocket`

        Returns once the socket is open; use the session with `with`, or `close()` it.
        """
        return self._client._open_channel(_TTS_WEBSOCKET_CHANNEL, {}, channel_options, TtsWebsocketSession)


class AsyncTts(AsyncAPIResource):
    """Text-to-speech: turn text into audio, returned as a byte stream or as server-sent events."""

    async def bytes(
        self,
        *,
        model_id: TTSModel,
        transcript: str,
        voice: TTSRequestVoiceSpecifier,
        language: Union[Optional[SupportedLanguage], NotGiven] = NOT_GIVEN,
        locale: Union[Optional[str], NotGiven] = NOT_GIVEN,
        normalization: Union[Optional[str], NotGiven] = NOT_GIVEN,
        generation_config: Union[GenerationConfig, NotGiven] = NOT_GIVEN,
        output_format: OutputFormat,
        save: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        pronunciation_dict_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        speed: Union[ModelSpeed, NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> AsyncBinaryResponse:
        """Text-to-Speech (Bytes)

        Synthesizes speech and streams back the audio bytes; the simplest of the TTS options. [Compare TTS Endpoints](https://docs.cartesia.ai/use-the-api/compare-tts-endpoints) explains how it differs from the others.

        `POST /tts/bytes`

        Returns once the response headers arrive; the body streams (iterate it, or `read()` it whole).

        Args:
            transcript: Text to turn into speech.
            language: Language of the transcript. Set `language` or `locale`, not both.
            locale: Language or locale to generate in, such as `en` or `en-GB`; it takes the same values as `language`. Set `language` or `locale`, not both.
            normalization: Text normalization: `auto` (the default) runs the locale-aware normalizer, `off` skips it, and a locale code such as `en-IN` fixes the normalizer independently of the generation language.
            save: Store the generated audio as a file; the response then names it in the `Cartesia-File-ID` header.
            pronunciation_dict_id: ID of a pronunciation dictionary to apply while generating. Requires a `sonic-3` or newer model.
        """
        return await self._client._request_binary(
            _TTS_BYTES,
            {},
            {},
            {
                "model_id": model_id,
                "transcript": transcript,
                "voice": voice,
                "language": language,
                "locale": locale,
                "normalization": normalization,
                "generation_config": generation_config,
                "output_format": output_format,
                "save": save,
                "pronunciation_dict_id": pronunciation_dict_id,
                "speed": speed,
            },
            request_options,
        )

    async def sse(
        self,
        *,
        model_id: TTSModel,
        transcript: str,
        voice: TTSRequestVoiceSpecifier,
        output_format: SSEOutputFormat,
        generation_config: Union[GenerationConfig, NotGiven] = NOT_GIVEN,
        language: Union[Optional[SupportedLanguage], NotGiven] = NOT_GIVEN,
        locale: Union[Optional[str], NotGiven] = NOT_GIVEN,
        normalization: Union[Optional[str], NotGiven] = NOT_GIVEN,
        speed: Union[ModelSpeed, NotGiven] = NOT_GIVEN,
        add_timestamps: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        add_phoneme_timestamps: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        use_normalized_timestamps: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        pronunciation_dict_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        context_id: Union[Optional[ContextID], NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> AsyncEventStream[TTSSSEEventDecoded]:
        """Text-to-Speech (SSE)

        Synthesizes speech and sends it as server-sent events. Offers streaming, timestamps and `context_id` support without transcript buffering; [Compare TTS Endpoints](https://docs.cartesia.ai/use-the-api/compare-tts-endpoints) sets it against the other options.

        `POST /tts/sse`

        Args:
            transcript: Text to turn into speech.
            language: Language of the transcript. Set `language` or `locale`, not both.
            locale: Language or locale to generate in, such as `en` or `en-GB`; it takes the same values as `language`. Set `language` or `locale`, not both.
            normalization: Text normalization: `auto` (the default) runs the locale-aware normalizer, `off` skips it, and a locale code such as `en-IN` fixes the normalizer independently of the generation language.
            add_timestamps: Set to `true` to receive timestamp events with word-level timing; with `false`, the default, no word timestamps are produced.
            add_phoneme_timestamps: Set to `true` to receive timestamp events with phoneme-level timing; with `false`, the default, no phoneme timestamps are produced.
            use_normalized_timestamps: Choose normalized (`true`) or original (`false`) timestamps.
            pronunciation_dict_id: ID of a pronunciation dictionary to apply while generating. Requires a `sonic-3` or newer model.
            context_id: Context ID to attach to this request, if any.
        """
        return await self._client._request_events(
            _TTS_SSE,
            {},
            {},
            {
                "model_id": model_id,
                "transcript": transcript,
                "voice": voice,
                "output_format": output_format,
                "generation_config": generation_config,
                "language": language,
                "locale": locale,
                "normalization": normalization,
                "speed": speed,
                "add_timestamps": add_timestamps,
                "add_phoneme_timestamps": add_phoneme_timestamps,
                "use_normalized_timestamps": use_normalized_timestamps,
                "pronunciation_dict_id": pronunciation_dict_id,
                "context_id": context_id,
            },
            request_options,
            "TTSSSEEventDecoded",
        )

    def websocket(
        self,
        *,
        channel_options: Optional[ChannelOptions] = None,
    ) -> AsyncChannelConnection[AsyncTtsWebsocketSession]:
        """Text-to-speech over a WebSocket.

        One socket carries many generations at once, each in its own context. Send the transcript of a context in pieces as it becomes available (for example as an LLM writes it) and receive its audio as it is produced, with word and phoneme timestamps on request.

        WebSocket `/tts/websocket`

        Await it for the session, or use it with `async with` to close the session on exit.
        """
        return self._client._open_channel(_TTS_WEBSOCKET_CHANNEL, {}, channel_options, AsyncTtsWebsocketSession)


class TtsWebsocketSession(ContextSession["TtsWebsocketEvent"]):
    """A session of `client.tts.websocket()`: one socket, many contexts (open one with `context()`)."""

    _event_type = "TtsWebsocketEvent"

    def context(self, settings: TtsWebsocketSettings, id: Optional[str] = None) -> TtsWebsocketContext:
        """Opens a context with these settings (and an id of your choosing, or a random one)."""
        return TtsWebsocketContext(self, settings, id)

    def generate(
        self,
        transcript: str = "",
        *,
        id: Optional[str] = None,
        **settings: Unpack[TtsWebsocketSettings],
    ) -> TtsWebsocketContext:
        """Sends a whole request in one call; iterate the returned context for its events, or `iter_bytes()` for the audio."""
        context = self.context(settings, id)
        context.end(transcript)
        return context


class AsyncTtsWebsocketSession(AsyncContextSession["TtsWebsocketEvent"]):
    """A session of `client.tts.websocket()` on the async client: one socket, many contexts."""

    _event_type = "TtsWebsocketEvent"

    def context(self, settings: TtsWebsocketSettings, id: Optional[str] = None) -> AsyncTtsWebsocketContext:
        """Opens a context with these settings (and an id of your choosing, or a random one)."""
        return AsyncTtsWebsocketContext(self, settings, id)

    async def generate(
        self,
        transcript: str = "",
        *,
        id: Optional[str] = None,
        **settings: Unpack[TtsWebsocketSettings],
    ) -> AsyncTtsWebsocketContext:
        """Sends a whole request in one call; iterate the returned context for its events, or `iter_bytes()` for the audio."""
        context = self.context(settings, id)
        await context.end(transcript)
        return context


class TtsWebsocketContext(SocketContext["TtsWebsocketEvent", "TtsWebsocketSettings"]):
    """One context of `client.tts.websocket()`: its commands carry its id, and only its events arrive here."""

    def push(self, transcript: str, **fields: Unpack[TtsWebsocketContextPushFields]) -> None:
        """Sends the next piece of the transcript; more will follow. Generation starts as soon as the server has enough text (see `max_buffer_delay_ms`)."""
        self._command({**fields, "transcript": transcript}, {"continue": True}, with_settings=True)

    def flush(self, **fields: Unpack[TtsWebsocketContextFlushFields]) -> None:
        """Asks the server to generate everything sent so far now. It answers with a `flush_done` event; later chunks carry the next `flush_id`."""
        self._command({**fields}, {"transcript": "", "continue": True, "flush": True}, with_settings=True)

    def end(self, transcript: str = "", **fields: Unpack[TtsWebsocketContextEndFields]) -> None:
        """Sends the last piece of the transcript (possibly empty); the context ends once its audio is done."""
        self._command({**fields, "transcript": transcript}, {"continue": False}, with_settings=True)

    def cancel(self) -> None:
        """Stops the context; the server generates nothing more for it."""
        self._command({}, {"cancel": True}, with_settings=False, ends_context=True)


class AsyncTtsWebsocketContext(AsyncSocketContext["TtsWebsocketEvent", "TtsWebsocketSettings"]):
    """One context of `client.tts.websocket()` on the async client."""

    async def push(self, transcript: str, **fields: Unpack[TtsWebsocketContextPushFields]) -> None:
        """Sends the next piece of the transcript; more will follow. Generation starts as soon as the server has enough text (see `max_buffer_delay_ms`)."""
        await self._command({**fields, "transcript": transcript}, {"continue": True}, with_settings=True)

    async def flush(self, **fields: Unpack[TtsWebsocketContextFlushFields]) -> None:
        """Asks the server to generate everything sent so far now. It answers with a `flush_done` event; later chunks carry the next `flush_id`."""
        await self._command({**fields}, {"transcript": "", "continue": True, "flush": True}, with_settings=True)

    async def end(self, transcript: str = "", **fields: Unpack[TtsWebsocketContextEndFields]) -> None:
        """Sends the last piece of the transcript (possibly empty); the context ends once its audio is done."""
        await self._command({**fields, "transcript": transcript}, {"continue": False}, with_settings=True)

    async def cancel(self) -> None:
        """Stops the context; the server generates nothing more for it."""
        await self._command({}, {"cancel": True}, with_settings=False, ends_context=True)
