// The TypeScript runtime's chunk reader (templates/typescript/runtime/body-stream.ts): what a caller sees of a
// streamed body, and that the request's resources are freed exactly once however the reading ends.
import { describe, expect, it } from 'vitest';
import { readChunks } from '../../templates/typescript/runtime/body-stream.js';

const bytes = (...values: number[]): Uint8Array => new Uint8Array(values);

/** A body that gives `chunks` (an Error is thrown at its place), and records whether it was cancelled. */
function body(chunks: (Uint8Array | Error)[]): { stream: ReadableStream<Uint8Array>; cancelled: () => boolean } {
  let cancelled = false;
  let i = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks[i++];
      if (next === undefined) controller.close();
      else if (next instanceof Error) controller.error(next);
      else controller.enqueue(next);
    },
    cancel() {
      cancelled = true;
    },
  });
  return { stream, cancelled: () => cancelled };
}

describe('readChunks', () => {
  it('gives every non-empty chunk in order, then ends once', async () => {
    let ends = 0;
    const { stream } = body([bytes(1, 2), bytes(), bytes(3)]);
    const iterator = readChunks(stream, { onEnd: () => ends++ });
    const seen: number[][] = [];
    for await (const chunk of iterator) seen.push([...chunk]);
    expect(seen).toEqual([[1, 2], [3]]);
    expect(ends).toBe(1);
    expect(await iterator.next()).toEqual({ done: true, value: undefined });
    expect(ends).toBe(1);
    expect(stream.locked).toBe(false);
  });

  it('ends at once for a body-less response', async () => {
    let ends = 0;
    const iterator = readChunks(null, { onEnd: () => ends++ });
    expect(ends).toBe(1);
    expect(await iterator.next()).toEqual({ done: true, value: undefined });
  });

  it('maps a read failure to the caller’s error, and ends once without cancelling', async () => {
    let ends = 0;
    const { stream, cancelled } = body([bytes(1), new Error('reset')]);
    const seen: number[] = [];
    const read = async (): Promise<void> => {
      for await (const chunk of readChunks(stream, {
        onEnd: () => ends++,
        mapError: (e) => new TypeError(`mapped: ${(e as Error).message}`),
      }))
        seen.push(...chunk);
    };
    await expect(read()).rejects.toThrow('mapped: reset');
    expect(seen).toEqual([1]);
    expect(ends).toBe(1);
    expect(cancelled()).toBe(false);
  });

  it('cancels the rest of the body when the loop is left early, and ends once', async () => {
    let ends = 0;
    const { stream, cancelled } = body([bytes(1), bytes(2), bytes(3)]);
    for await (const chunk of readChunks(stream, { onEnd: () => ends++ })) {
      expect([...chunk]).toEqual([1]);
      break;
    }
    expect(cancelled()).toBe(true);
    expect(ends).toBe(1);
    expect(stream.locked).toBe(false);
  });
});
