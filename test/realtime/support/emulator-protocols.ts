// The realtime channels' protocols as the emulator plays them: TTS contexts (audio, timestamps, flushes,
// cancels, failures on command) and STT (transcripts on finalize, or turn events from the audio itself).
// Each handler acts through the connection it serves (ProtocolHost); queueing and sending stay there.
import { audioPattern, bytesPerSample } from './emulator-helpers.js';
import type { Behaviour, ChannelId, Outgoing, TtsContextState } from './emulator-types.js';

/** What one connection holds for the STT channels: audio not transcribed yet, and the turn in progress. */
export interface SpeechState {
  pendingAudio: number;
  turn: { state: 'idle' | 'speaking' | 'eager'; words: string[]; spoken: number };
}

export function newSpeechState(): SpeechState {
  return { pendingAudio: 0, turn: { state: 'idle', words: [], spoken: 0 } };
}

/** The connection, as the protocol handlers use it. */
export interface ProtocolHost {
  readonly channelId: ChannelId;
  readonly requestId: string;
  readonly query: Record<string, string | string[]>;
  readonly contexts: Map<string, TtsContextState>;
  readonly behaviour: Behaviour;
  readonly retainPayloads: boolean;
  readonly speech: SpeechState;
  /** Queues an event (for a context when `contextId` is set). */
  reply(event: Record<string, unknown>, contextId?: string): void;
  enqueue(item: Outgoing): void;
  /** Forgets what is queued for a context; returns how many messages that was. */
  dropQueued(contextId: string): number;
  /** An error event of this channel, with these fields over the defaults. */
  errorEvent(fields: Record<string, unknown>): Record<string, unknown>;
}

export function onTtsMessage(host: ProtocolHost, message: Record<string, unknown>): void {
  const id = message.context_id as string;
  if (message.cancel === true) {
    const context = host.contexts.get(id);
    if (!context) return;
    context.cancelled = true;
    context.droppedByCancel += host.dropQueued(id);
    context.requests.push(message);
    return;
  }
  let context = host.contexts.get(id);
  if (!context) {
    context = {
      id,
      requests: [],
      transcripts: [],
      flushId: 1,
      audio: [],
      audioSent: 0,
      generated: 0,
      lastInputReceived: false,
      doneSent: false,
      cancelled: false,
      droppedByCancel: 0,
      sentAfterCancel: 0,
      errorSent: false,
    };
    host.contexts.set(id, context);
  }
  context.requests.push(message);
  if (context.cancelled || context.lastInputReceived || context.errorSent) return;
  if (host.behaviour.failContexts?.includes(id)) {
    context.errorSent = true;
    const fields = {
      status_code: 400,
      title: 'Context failed',
      message: `Generation failed for context ${id}.`,
      ...host.behaviour.contextError,
    };
    host.reply(host.errorEvent({ ...fields, context_id: id }), id);
    return;
  }
  const transcript = typeof message.transcript === 'string' ? message.transcript : '';
  if (transcript !== '') {
    context.transcripts.push(transcript);
    generate(host, context, transcript, message);
  }
  if (message.flush === true) {
    const flushId = context.flushId++;
    host.reply({ type: 'flush_done', context_id: id, status_code: 206, done: false, flush_done: true, flush_id: flushId }, id);
  }
  if (message.continue !== true) {
    context.lastInputReceived = true;
    if (!host.behaviour.neverFinish) {
      host.enqueue({
        contextId: id,
        event: () => {
          context.doneSent = true;
          return { type: 'done', context_id: id, status_code: 200, done: true };
        },
      });
    }
  }
}

function generate(host: ProtocolHost, context: TtsContextState, transcript: string, message: Record<string, unknown>): void {
  const total = host.behaviour.audioBytes ?? transcript.length * (host.behaviour.bytesPerChar ?? 64);
  const chunk = Math.max(1, host.behaviour.chunkBytes ?? 4096);
  const flushId = context.flushId;
  const start = context.generated;
  context.generated += total;
  for (let offset = 0; offset < total; offset += chunk) {
    const length = Math.min(chunk, total - offset);
    host.enqueue({
      contextId: context.id,
      event: () => {
        const audio = audioPattern(context.id, start + offset, length);
        context.audioSent += length;
        if (host.retainPayloads) context.audio.push(audio);
        return {
          type: 'chunk',
          context_id: context.id,
          status_code: 206,
          done: false,
          data: audio.toString('base64'),
          step_time: 1.5,
          flush_id: flushId,
        };
      },
    });
  }
  const settings = context.requests[0] ?? {};
  const format = (message.output_format ?? settings.output_format) as { sample_rate?: number; encoding?: string } | undefined;
  const seconds = total / ((format?.sample_rate ?? 24000) * bytesPerSample(format?.encoding));
  const words = transcript.split(/\s+/).filter(Boolean);
  const at = (i: number, n: number): number => Math.round(((seconds * i) / Math.max(n, 1)) * 1000) / 1000;
  if ((message.add_timestamps ?? settings.add_timestamps) === true) {
    const word_timestamps = { words, start: words.map((_, i) => at(i, words.length)), end: words.map((_, i) => at(i + 1, words.length)) };
    host.reply(
      { type: 'timestamps', context_id: context.id, status_code: 206, done: false, flush_id: flushId, word_timestamps },
      context.id,
    );
  }
  if ((message.add_phoneme_timestamps ?? settings.add_phoneme_timestamps) === true) {
    const phonemes = words
      .join('')
      .toLowerCase()
      .replace(/[^a-z]/g, '')
      .split('');
    const phoneme_timestamps = {
      phonemes,
      start: phonemes.map((_, i) => at(i, phonemes.length)),
      end: phonemes.map((_, i) => at(i + 1, phonemes.length)),
    };
    host.reply(
      { type: 'phoneme_timestamps', context_id: context.id, status_code: 206, done: false, flush_id: flushId, phoneme_timestamps },
      context.id,
    );
  }
}

// ---- STT (manual finalize, and turn detection) ------------------------------------------------------------

export function onAudio(host: ProtocolHost, bytes: Buffer): void {
  if (host.channelId === 'stt.websocket') {
    host.speech.pendingAudio += bytes.length;
    if (host.behaviour.interim) {
      const heard = host.speech.pendingAudio;
      host.reply({ type: 'transcript', request_id: host.requestId, text: `hearing ${heard} bytes`, is_final: false });
    }
    return;
  }
  // Turn detection, made predictable: a frame with any non-zero byte is speech, an all-zero frame silence.
  const speech = bytes.some((b) => b !== 0);
  const turn = host.speech.turn;
  const event = (type: string, withTranscript: boolean): void => {
    const transcript = turn.words.join(' ');
    host.reply({ type, request_id: host.requestId, ...(withTranscript ? { transcript } : {}) });
  };
  if (speech) {
    if (turn.state === 'idle') event('turn.start', false);
    if (turn.state === 'eager') event('turn.resume', false);
    turn.state = 'speaking';
    turn.words.push(`word${++turn.spoken}`);
    event('turn.update', true);
  } else if (turn.state === 'speaking') {
    turn.state = 'eager';
    event('turn.eager_end', true);
  } else if (turn.state === 'eager') {
    event('turn.end', true);
    turn.state = 'idle';
    turn.words = [];
  }
}

export function onTextCommand(host: ProtocolHost, text: string): void {
  if (text === 'finalize') {
    finalTranscript(host, true);
    host.reply({ type: 'flush_done', request_id: host.requestId });
  } else if (text === 'close') {
    if (host.behaviour.neverFinish) return;
    finalTranscript(host, false);
    host.reply({ type: 'done', request_id: host.requestId });
    host.enqueue({ close: { code: 1000, reason: '' } });
  }
}

function finalTranscript(host: ProtocolHost, always: boolean): void {
  const heard = host.speech.pendingAudio;
  if (heard === 0 && !always) return;
  host.speech.pendingAudio = 0;
  const rate = Number(host.query.sample_rate) || 16000;
  const duration = heard / (rate * bytesPerSample(String(host.query.encoding)));
  host.reply({
    type: 'transcript',
    request_id: host.requestId,
    text: `heard ${heard} bytes. `,
    is_final: true,
    duration,
    // The session's language (ISO-639-1, from the handshake), `en` when none was given.
    language: typeof host.query.language === 'string' ? host.query.language : 'en',
  });
}

export function onTurnsCommand(host: ProtocolHost, message: Record<string, unknown>): void {
  if (message.type !== 'close' || host.behaviour.neverFinish) return;
  if (host.speech.turn.state !== 'idle') {
    host.reply({ type: 'turn.end', request_id: host.requestId, transcript: host.speech.turn.words.join(' ') });
    host.speech.turn.state = 'idle';
    host.speech.turn.words = [];
  }
  host.enqueue({ close: { code: 1000, reason: '' } });
}
