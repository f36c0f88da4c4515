// Generated from cartesia.yaml (Cartesia API 0.1.0) by openapi-client-generator. Do not edit: regenerate instead.
import { ContextSession, SocketContext } from '../core/channel-contexts.js';
import type { DecodeBase64 } from '../core/streaming.js';
import type { CancelContextRequest, GenerationRequest, TTSWebSocketResponse } from '../models.js';

/** Messages the server sends on `client.tts.websocket()`, with base64 fields as bytes. */
export type TtsWebsocketEvent = DecodeBase64<TTSWebSocketResponse, 'data'>;

/** Settings a context of `client.tts.websocket()` is opened with; its commands repeat them. */
export type TtsWebsocketSettings = Omit<
  GenerationRequest,
  'context_id' | 'continue' | 'flush' | 'transcript'
>;

/** A session of `client.tts.websocket()`: one socket, many contexts. */
export class TtsWebsocketSession extends ContextSession<TtsWebsocketEvent> {
  /** Opens a context with these settings (and an id of your choosing, or a random one). */
  context(settings: TtsWebsocketSettings, id?: string): TtsWebsocketContext {
    return new TtsWebsocketContext(this, settings, id);
  }

  /** Sends a whole request in one call; iterate the returned context for its events, or its `bytes()` for the binary payloads (audio). */
  async generate(
    request: TtsWebsocketSettings & { transcript?: GenerationRequest['transcript'] },
    id?: string,
  ): Promise<TtsWebsocketContext> {
    const { transcript: value, ...settings } = request;
    const context = this.context(settings, id);
    await context.end(value);
    return context;
  }
}

/** One context of `client.tts.websocket()`: its commands carry its id, and only its events arrive here. */
export class TtsWebsocketContext extends SocketContext<TtsWebsocketEvent, TtsWebsocketSettings> {
  /**
   * Sends the next piece of the transcript; more will follow. Generation starts as soon as the server has enough text (see `max_buffer_delay_ms`).
   */
  push(
    transcript: GenerationRequest['transcript'],
    fields: Partial<Omit<GenerationRequest, 'continue' | 'transcript' | 'context_id'>> = {},
  ): Promise<void> {
    return this.command({ ...fields, transcript }, { continue: true }, true);
  }

  /**
   * Asks the server to generate everything sent so far now. It answers with a `flush_done` event; later chunks carry the next `flush_id`.
   */
  flush(
    fields: Partial<Omit<GenerationRequest, 'transcript' | 'continue' | 'flush' | 'context_id'>> = {},
  ): Promise<void> {
    return this.command({ ...fields }, { transcript: '', continue: true, flush: true }, true);
  }

  /**
   * Sends the last piece of the transcript (possibly empty); the context ends once its audio is done.
   */
  end(
    transcript: GenerationRequest['transcript'] = '',
    fields: Partial<Omit<GenerationRequest, 'continue' | 'transcript' | 'context_id'>> = {},
  ): Promise<void> {
    return this.command({ ...fields, transcript }, { continue: false }, true);
  }

  /**
   * Stops the context; the server generates nothing more for it.
   */
  cancel(fields: Omit<CancelContextRequest, 'cancel' | 'context_id'> = {}): Promise<void> {
    return this.command({ ...fields }, { cancel: true }, false, true);
  }
}
