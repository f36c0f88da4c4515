// Generated from spec.yaml (Echo Voice API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { ContextSession, SocketContext } from '../core/channel-contexts.js';
import type { DecodeBase64 } from '../core/streaming.js';
import type { SayRequest, SpeechMessage, Stop } from '../models.js';

/** Messages the server sends on `client.speech.live()`, with base64 fields as bytes. */
export type SpeechLiveEvent = DecodeBase64<SpeechMessage, 'pcm'>;

/** Settings a context of `client.speech.live()` is opened with; its commands repeat them. */
export type SpeechLiveSettings = Omit<SayRequest, 'more' | 'stream' | 'text'>;

/** A session of `client.speech.live()`: one socket, many contexts. */
export class SpeechLiveSession extends ContextSession<SpeechLiveEvent> {
  /** Opens a context with these settings (and an id of your choosing, or a random one). */
  context(settings: SpeechLiveSettings, id?: string): SpeechLiveContext {
    return new SpeechLiveContext(this, settings, id);
  }

  /** Sends a whole request in one call; iterate the returned context for its events, or its `bytes()` for the binary payloads (audio). */
  async generate(
    request: SpeechLiveSettings & { text: SayRequest['text'] },
    id?: string,
  ): Promise<SpeechLiveContext> {
    const { text: value, ...settings } = request;
    const context = this.context(settings, id);
    await context.say(value);
    return context;
  }
}

/** One context of `client.speech.live()`: its commands carry its id, and only its events arrive here. */
export class SpeechLiveContext extends SocketContext<SpeechLiveEvent, SpeechLiveSettings> {
  say(
    text: SayRequest['text'],
    fields: Partial<Omit<SayRequest, 'more' | 'text' | 'stream'>> = {},
  ): Promise<void> {
    return this.command({ ...fields, text }, { more: false }, true);
  }

  append(
    text: SayRequest['text'],
    fields: Partial<Omit<SayRequest, 'more' | 'text' | 'stream'>> = {},
  ): Promise<void> {
    return this.command({ ...fields, text }, { more: true }, true);
  }

  stop(fields: Omit<Stop, 'stop' | 'stream'> = {}): Promise<void> {
    return this.command({ ...fields }, { stop: true }, false, true);
  }
}
