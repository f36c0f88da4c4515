# Generated from cartesia.yaml (Cartesia API 0.1.0) by openapi-client-generator. Do not edit: regenerate instead.
"""Speech-to-text: transcribe recorded audio files into text."""

from __future__ import annotations

from typing import TYPE_CHECKING, List, Literal, Optional, Union, cast

from typing_extensions import Unpack

from .._core._async_client import AsyncAPIClient, AsyncAPIResource
from .._core._async_session import AsyncChannelConnection, AsyncSocketSession
from .._core._files import FileTypes
from .._core._spec import channel_spec, operation_spec
from .._core._sync_client import SyncAPIClient, SyncAPIResource
from .._core._sync_session import SocketSession
from .._core._types import ChannelOptions, NOT_GIVEN, NotGiven, RequestOptions

if TYPE_CHECKING:
    from ..models import (
        STTAutoFinalizeModel,
        STTAutoFinalizeWebSocketResponse,
        STTBatchModel,
        STTEncoding,
        STTManualFinalizeModel,
        STTManualFinalizeWebSocketResponse,
        SttTurnsWebsocketEvent,
        SttTurnsWebsocketSessionConfigureFields,
        SttWebsocketEvent,
        TimestampGranularity,
        TranscriptionResponse,
    )

_STT_TRANSCRIBE = operation_spec(
    {
        "method": "POST",
        "path": "/stt",
        "query": [{"name": "encoding"}, {"name": "sample_rate"}],
        "body": {
            "encoding": "multipart",
            "content_type": "multipart/form-data",
            "merged": True,
            "required": True,
        },
        "response": {"kind": "json", "accept": "application/json"},
        "security": [["TokenAuth"], ["APIKeyAuth"]],
    }
)

_STT_WEBSOCKET_CHANNEL = channel_spec(
    {
        "path": "/stt/websocket",
        "query": [
            {"name": "model"},
            {"name": "encoding"},
            {"name": "sample_rate"},
            {"name": "language"},
            {"name": "min_volume"},
            {"name": "max_silence_duration_secs"},
            {"name": "keyterm"},
        ],
        "security": [["TokenAuth"], ["APIKeyAuth"]],
    }
)

_STT_TURNS_WEBSOCKET_CHANNEL = channel_spec(
    {
        "path": "/stt/turns/websocket",
        "query": [
            {"name": "model"},
            {"name": "encoding"},
            {"name": "sample_rate"},
            {"name": "language"},
            {"name": "turn_start_threshold"},
            {"name": "turn_eager_end_threshold"},
            {"name": "turn_end_threshold"},
            {"name": "turn_end_timeout_ms"},
            {"name": "keyterm"},
        ],
        "security": [["TokenAuth"], ["APIKeyAuth"]],
    }
)


class Stt(SyncAPIResource):
    """Speech-to-text: transcribe recorded audio files into text."""

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.turns = SttTurns(client)

    def transcribe(
        self,
        *,
        encoding: Union[Optional[STTEncoding], NotGiven] = NOT_GIVEN,
        sample_rate: Union[Optional[int], NotGiven] = NOT_GIVEN,
        file: FileTypes,
        model: STTBatchModel,
        language: Union[Literal["en", "zh", "de", "es", "ru", "ko", "fr", "ja", "pt", "tr", "pl", "ca", "nl", "ar", "sv", "it", "id", "hi", "fi", "vi", "he", "uk", "el", "ms", "cs", "ro", "da", "hu", "ta", "no", "th", "ur", "hr", "bg", "lt", "la", "mi", "ml", "cy", "sk", "te", "fa", "lv", "bn", "sr", "az", "sl", "kn", "et", "mk", "br", "eu", "is", "hy", "ne", "mn", "bs", "kk", "sq", "sw", "gl", "mr", "pa", "si", "km", "sn", "yo", "so", "af", "oc", "ka", "be", "tg", "sd", "gu", "am", "yi", "lo", "uz", "fo", "ht", "ps", "tk", "nn", "mt", "sa", "lb", "my", "bo", "tl", "mg", "as", "tt", "haw", "ln", "ha", "ba", "jw", "su", "yue"], NotGiven] = NOT_GIVEN,
        timestamp_granularities: Union[List[TimestampGranularity], NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> TranscriptionResponse:
        """Speech-to-Text (Batch)

        Transcribes an uploaded audio file to text. Accepted formats: flac, m4a, mp3, mp4, mpeg, mpga, oga, ogg, wav and webm. More in [the STT reference](https://docs.cartesia.ai/api-reference/stt/transcribe).

        `POST /stt`

        Args:
            sample_rate: Audio sample rate in hertz.
            language: ISO-639-1 code of the language spoken in the audio; `en` if omitted.
            timestamp_granularities: Which timestamp granularities to include in the result; only `word` is available for now.
        """
        return cast("TranscriptionResponse", self._client._request(
            _STT_TRANSCRIBE,
            {},
            {"encoding": encoding, "sample_rate": sample_rate},
            {
                "file": file,
                "model": model,
                "language": language,
                "timestamp_granularities[]": timestamp_granularities,
            },
            request_options,
            "TranscriptionResponse",
        ))

    def websocket(
        self,
        *,
        model: STTManualFinalizeModel,
        encoding: STTEncoding,
        sample_rate: int,
        language: Union[str, NotGiven] = NOT_GIVEN,
        min_volume: Union[float, NotGiven] = NOT_GIVEN,
        max_silence_duration_secs: Union[float, NotGiven] = NOT_GIVEN,
        keyterm: Union[List[str], NotGiven] = NOT_GIVEN,
        channel_options: Optional[ChannelOptions] = None,
    ) -> SttWebsocketSession:
        """Streaming speech-to-text with manual finalization.

        Send audio as binary frames and receive transcript deltas as they are recognized. Send `finalize` when the speaker pauses to get the final text of what is buffered, and `end` to flush everything and close.

        WebSocket `/stt/websocket`

        Returns once the socket is open; use the session with `with`, or `close()` it.
        """
        return self._client._open_channel(_STT_WEBSOCKET_CHANNEL, {"model": model, "encoding": encoding, "sample_rate": sample_rate, "language": language, "min_volume": min_volume, "max_silence_duration_secs": max_silence_duration_secs, "keyterm": keyterm}, channel_options, SttWebsocketSession)


class SttTurns(SyncAPIResource):
    """The `client.stt.turns` resource."""

    def websocket(
        self,
        *,
        model: STTAutoFinalizeModel,
        encoding: STTEncoding,
        sample_rate: int,
        language: Union[str, NotGiven] = NOT_GIVEN,
        turn_start_threshold: Union[float, NotGiven] = NOT_GIVEN,
        turn_eager_end_threshold: Union[float, NotGiven] = NOT_GIVEN,
        turn_end_threshold: Union[float, NotGiven] = NOT_GIVEN,
        turn_end_timeout_ms: Union[int, NotGiven] = NOT_GIVEN,
        keyterm: Union[List[str], NotGiven] = NOT_GIVEN,
        channel_options: Optional[ChannelOptions] = None,
    ) -> SttTurnsWebsocketSession:
        """Streaming speech-to-text with turn detection, for voice agents.

        Send audio as binary frames; the server detects when the user starts and stops speaking and sends `turn.start`, cumulative `turn.update`s, a preview `turn.eager_end`, `turn.resume` and the final `turn.end`.

        WebSocket `/stt/turns/websocket`

        Returns once the socket is open; use the session with `with`, or `close()` it.
        """
        return self._client._open_channel(_STT_TURNS_WEBSOCKET_CHANNEL, {"model": model, "encoding": encoding, "sample_rate": sample_rate, "language": language, "turn_start_threshold": turn_start_threshold, "turn_eager_end_threshold": turn_eager_end_threshold, "turn_end_threshold": turn_end_threshold, "turn_end_timeout_ms": turn_end_timeout_ms, "keyterm": keyterm}, channel_options, SttTurnsWebsocketSession)


class AsyncStt(AsyncAPIResource):
    """Speech-to-text: transcribe recorded audio files into text."""

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.turns = AsyncSttTurns(client)

    async def transcribe(
        self,
        *,
        encoding: Union[Optional[STTEncoding], NotGiven] = NOT_GIVEN,
        sample_rate: Union[Optional[int], NotGiven] = NOT_GIVEN,
        file: FileTypes,
        model: STTBatchModel,
        language: Union[Literal["en", "zh", "de", "es", "ru", "ko", "fr", "ja", "pt", "tr", "pl", "ca", "nl", "ar", "sv", "it", "id", "hi", "fi", "vi", "he", "uk", "el", "ms", "cs", "ro", "da", "hu", "ta", "no", "th", "ur", "hr", "bg", "lt", "la", "mi", "ml", "cy", "sk", "te", "fa", "lv", "bn", "sr", "az", "sl", "kn", "et", "mk", "br", "eu", "is", "hy", "ne", "mn", "bs", "kk", "sq", "sw", "gl", "mr", "pa", "si", "km", "sn", "yo", "so", "af", "oc", "ka", "be", "tg", "sd", "gu", "am", "yi", "lo", "uz", "fo", "ht", "ps", "tk", "nn", "mt", "sa", "lb", "my", "bo", "tl", "mg", "as", "tt", "haw", "ln", "ha", "ba", "jw", "su", "yue"], NotGiven] = NOT_GIVEN,
        timestamp_granularities: Union[List[TimestampGranularity], NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> TranscriptionResponse:
        """Speech-to-Text (Batch)

        Transcribes an uploaded audio file to text. Accepted formats: flac, m4a, mp3, mp4, mpeg, mpga, oga, ogg, wav and webm. More in [the STT reference](https://docs.cartesia.ai/api-reference/stt/transcribe).

        `POST /stt`

        Args:
            sample_rate: Audio sample rate in hertz.
            language: ISO-639-1 code of the language spoken in the audio; `en` if omitted.
            timestamp_granularities: Which timestamp granularities to include in the result; only `word` is available for now.
        """
        return cast("TranscriptionResponse", await self._client._request(
            _STT_TRANSCRIBE,
            {},
            {"encoding": encoding, "sample_rate": sample_rate},
            {
                "file": file,
                "model": model,
                "language": language,
                "timestamp_granularities[]": timestamp_granularities,
            },
            request_options,
            "TranscriptionResponse",
        ))

    def websocket(
        self,
        *,
        model: STTManualFinalizeModel,
        encoding: STTEncoding,
        sample_rate: int,
        language: Union[str, NotGiven] = NOT_GIVEN,
        min_volume: Union[float, NotGiven] = NOT_GIVEN,
        max_silence_duration_secs: Union[float, NotGiven] = NOT_GIVEN,
        keyterm: Union[List[str], NotGiven] = NOT_GIVEN,
        channel_options: Optional[ChannelOptions] = None,
    ) -> AsyncChannelConnection[AsyncSttWebsocketSession]:
        """Streaming speech-to-text with manual finalization.

        Send audio as binary frames and receive transcript deltas as they are recognized. Send `finalize` when the speaker pauses to get the final text of what is buffered, and `end` to flush everything and close.

        WebSocket `/stt/websocket`

        Await it for the session, or use it with `async with` to close the session on exit.
        """
        return self._client._open_channel(_STT_WEBSOCKET_CHANNEL, {"model": model, "encoding": encoding, "sample_rate": sample_rate, "language": language, "min_volume": min_volume, "max_silence_duration_secs": max_silence_duration_secs, "keyterm": keyterm}, channel_options, AsyncSttWebsocketSession)


class AsyncSttTurns(AsyncAPIResource):
    """The `client.stt.turns` resource."""

    def websocket(
        self,
        *,
        model: STTAutoFinalizeModel,
        encoding: STTEncoding,
        sample_rate: int,
        language: Union[str, NotGiven] = NOT_GIVEN,
        turn_start_threshold: Union[float, NotGiven] = NOT_GIVEN,
        turn_eager_end_threshold: Union[float, NotGiven] = NOT_GIVEN,
        turn_end_threshold: Union[float, NotGiven] = NOT_GIVEN,
        turn_end_timeout_ms: Union[int, NotGiven] = NOT_GIVEN,
        keyterm: Union[List[str], NotGiven] = NOT_GIVEN,
        channel_options: Optional[ChannelOptions] = None,
    ) -> AsyncChannelConnection[AsyncSttTurnsWebsocketSession]:
        """Streaming speech-to-text with turn detection, for voice agents.

        Send audio as binary frames; the server detects when the user starts and stops speaking and sends `turn.start`, cumulative `turn.update`s, a preview `turn.eager_end`, `turn.resume` and the final `turn.end`.

        WebSocket `/stt/turns/websocket`

        Await it for the session, or use it with `async with` to close the session on exit.
        """
        return self._client._open_channel(_STT_TURNS_WEBSOCKET_CHANNEL, {"model": model, "encoding": encoding, "sample_rate": sample_rate, "language": language, "turn_start_threshold": turn_start_threshold, "turn_eager_end_threshold": turn_eager_end_threshold, "turn_end_threshold": turn_end_threshold, "turn_end_timeout_ms": turn_end_timeout_ms, "keyterm": keyterm}, channel_options, AsyncSttTurnsWebsocketSession)


class SttWebsocketSession(SocketSession["SttWebsocketEvent"]):
    """A session of `client.stt.websocket()`: iterate it for events; send audio with `send_audio` or `stream_audio`."""

    _event_type = "SttWebsocketEvent"

    def finalize(self) -> None:
        """Transcribes the audio buffered so far; the server answers with the final text and `flush_done`."""
        self.send_text("finalize")

    def end(self) -> None:
        """Transcribes everything buffered, then ends the session (the server sends `done` and closes)."""
        self.send_text("close")


class AsyncSttWebsocketSession(AsyncSocketSession["SttWebsocketEvent"]):
    """A session of `client.stt.websocket()` on the async client: `async for` it for events."""

    _event_type = "SttWebsocketEvent"

    async def finalize(self) -> None:
        """Transcribes the audio buffered so far; the server answers with the final text and `flush_done`."""
        await self.send_text("finalize")

    async def end(self) -> None:
        """Transcribes everything buffered, then ends the session (the server sends `done` and closes)."""
        await self.send_text("close")


class SttTurnsWebsocketSession(SocketSession["SttTurnsWebsocketEvent"]):
    """A session of `client.stt.turns.websocket()`: iterate it for events; send audio with `send_audio` or `stream_audio`."""

    _event_type = "SttTurnsWebsocketEvent"

    def configure(self, **fields: Unpack[SttTurnsWebsocketSessionConfigureFields]) -> None:
        """Tunes turn detection while the session runs."""
        self.send_json({**fields, "type": "config"})

    def end(self) -> None:
        """Processes all buffered audio into events, then closes the session."""
        self.send_json({"type": "close"})


class AsyncSttTurnsWebsocketSession(AsyncSocketSession["SttTurnsWebsocketEvent"]):
    """A session of `client.stt.turns.websocket()` on the async client: `async for` it for events."""

    _event_type = "SttTurnsWebsocketEvent"

    async def configure(self, **fields: Unpack[SttTurnsWebsocketSessionConfigureFields]) -> None:
        """Tunes turn detection while the session runs."""
        await self.send_json({**fields, "type": "config"})

    async def end(self) -> None:
        """Processes all buffered audio into events, then closes the session."""
        await self.send_json({"type": "close"})
