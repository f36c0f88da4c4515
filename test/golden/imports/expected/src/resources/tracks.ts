// Generated from spec.yaml (Imports API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { PagePromise } from '../core/pagination.js';
import type { ChannelOptions, RequestOptions } from '../core/types.js';
import { tracksListOperation, tracksLiveChannel } from '../descriptors.js';
import type { AlbumId, Track, TrackKind, TracksListParams } from '../models.js';
import type { TracksLiveSession, TracksLiveParams } from '../realtime/tracks-live.js';

export class Tracks extends APIResource {
  /**
   * `GET /albums/{albumId}/tracks/{kind}`
   *
   * Await it for one page, or iterate it with `for await` for every item across pages.
   */
  list(
    albumId: AlbumId,
    kind: TrackKind,
    params: TracksListParams = {},
    options?: RequestOptions,
  ): PagePromise<Track> {
    return this._client._requestPage<Track>(tracksListOperation, { albumId, kind }, params, options);
  }

  /**
   * WebSocket `/tracks/live`
   *
   * Resolves once the socket is open; close it with `close()`.
   */
  live(params: TracksLiveParams, options: ChannelOptions = {}): Promise<TracksLiveSession> {
    // The session classes load with the first socket: programs that never open one do not carry them.
    return this._client.openChannel(tracksLiveChannel, params, options, () =>
      import('../realtime/tracks-live.js').then((m) => m.TracksLiveSession),
    );
  }
}
