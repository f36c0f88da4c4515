# Generated from spec.yaml (Imports API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
"""The `client.tracks` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional, Union

from typing_extensions import Unpack

from .._core._async_client import AsyncAPIClient, AsyncAPIResource
from .._core._async_session import AsyncChannelConnection, AsyncSocketSession
from .._core._pagination import AsyncPager, SyncPage
from .._core._spec import channel_spec, operation_spec
from .._core._sync_client import SyncAPIClient, SyncAPIResource
from .._core._sync_session import SocketSession
from .._core._types import ChannelOptions, NOT_GIVEN, NotGiven, RequestOptions

if TYPE_CHECKING:
    from ..models import (
        AlbumId,
        Mode,
        Region,
        Session,
        SortOrder,
        Track,
        TrackEvent,
        TrackKind,
        TracksLiveEvent,
        TracksLiveSessionTagFields,
    )

_TRACKS_LIST = operation_spec(
    {
        "method": "GET",
        "path": "/albums/{albumId}/tracks/{kind}",
        "query": [{"name": "sort"}, {"name": "limit"}, {"name": "after"}],
        "headers": [{"name": "X-Region"}],
        "cookies": [{"name": "session"}],
        "response": {"kind": "json", "accept": "application/json"},
        "security": [],
    }
)

_TRACKS_LIVE_CHANNEL = channel_spec(
    {"path": "/tracks/live", "query": [{"name": "mode"}], "security": []}
)


class Tracks(SyncAPIResource):
    """The `client.tracks` resource."""

    def list(
        self,
        album_id: AlbumId,
        kind: TrackKind,
        *,
        sort: Union[SortOrder, NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        after: Union[str, NotGiven] = NOT_GIVEN,
        x_region: Union[Region, NotGiven] = NOT_GIVEN,
        session: Union[Session, NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> SyncPage[Track]:
        """`GET /albums/{albumId}/tracks/{kind}`

        Returns the first page; iterate it for every item across pages.
        """
        return self._client._request_page(
            _TRACKS_LIST,
            {"albumId": album_id, "kind": kind},
            {"sort": sort, "limit": limit, "after": after, "X-Region": x_region, "session": session},
            NOT_GIVEN,
            request_options,
            "Track",
        )

    def live(
        self,
        *,
        mode: Mode,
        channel_options: Optional[ChannelOptions] = None,
    ) -> TracksLiveSession:
        """WebSocket `/tracks/live`

        Returns once the socket is open; use the session with `with`, or `close()` it.
        """
        return self._client._open_channel(_TRACKS_LIVE_CHANNEL, {"mode": mode}, channel_options, TracksLiveSession)


class AsyncTracks(AsyncAPIResource):
    """The `client.tracks` resource."""

    def list(
        self,
        album_id: AlbumId,
        kind: TrackKind,
        *,
        sort: Union[SortOrder, NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        after: Union[str, NotGiven] = NOT_GIVEN,
        x_region: Union[Region, NotGiven] = NOT_GIVEN,
        session: Union[Session, NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> AsyncPager[Track]:
        """`GET /albums/{albumId}/tracks/{kind}`

        Returns the first page; iterate it for every item across pages.
        """
        return self._client._request_page(
            _TRACKS_LIST,
            {"albumId": album_id, "kind": kind},
            {"sort": sort, "limit": limit, "after": after, "X-Region": x_region, "session": session},
            NOT_GIVEN,
            request_options,
            "Track",
        )

    def live(
        self,
        *,
        mode: Mode,
        channel_options: Optional[ChannelOptions] = None,
    ) -> AsyncChannelConnection[AsyncTracksLiveSession]:
        """WebSocket `/tracks/live`

        Await it for the session, or use it with `async with` to close the session on exit.
        """
        return self._client._open_channel(_TRACKS_LIVE_CHANNEL, {"mode": mode}, channel_options, AsyncTracksLiveSession)


class TracksLiveSession(SocketSession["TracksLiveEvent"]):
    """A session of `client.tracks.live()`: iterate it for events."""

    _event_type = "TracksLiveEvent"

    def flush(self) -> None:
        """Sends the `flush` command."""
        self.send_text("FLUSH")

    def tag(self, **fields: Unpack[TracksLiveSessionTagFields]) -> None:
        """Sends the `tag` command."""
        self.send_json({**fields, "op": "tag"})


class AsyncTracksLiveSession(AsyncSocketSession["TracksLiveEvent"]):
    """A session of `client.tracks.live()` on the async client: `async for` it for events."""

    _event_type = "TracksLiveEvent"

    async def flush(self) -> None:
        """Sends the `flush` command."""
        await self.send_text("FLUSH")

    async def tag(self, **fields: Unpack[TracksLiveSessionTagFields]) -> None:
        """Sends the `tag` command."""
        await self.send_json({**fields, "op": "tag"})
