// What a contract case asserts about the client's result: the declared kind and, for JSON, the declared
// schema. Each check throws an Error naming what differs; the tests add Prism's log to it.
import type { Operation, Schema } from '../../../generator/ir/types.js';
import { APIError, BinaryResponse, Page } from '../../../generated/typescript/src/index.js';
// A type-only export of the package (its code loads with the first stream): the class is here.
import { EventStream } from '../../../generated/typescript/src/core/streaming.js';
import type { SchemaValidator } from './schemas.js';

export interface Outcome {
  /** What the check looked at, for the test's log: item counts, bytes, events. */
  summary: string;
  /** Events read from an event stream. */
  events?: number;
}

function fail(op: Operation, message: string): never {
  throw new Error(`${op.id} (${op.method} ${op.path}): ${message}`);
}

function expectValid(validator: SchemaValidator, op: Operation, schema: Schema | undefined, value: unknown, what: string): void {
  if (!schema) fail(op, `the IR gives no schema for ${what}`);
  const verdict = validator.check(schema, value);
  if (!verdict.valid) fail(op, `${what} does not match its schema:\n${verdict.errors}\nvalue: ${JSON.stringify(value).slice(0, 2_000)}`);
}

/** Base64 text again for the fields the client decoded to bytes, so events compare with their schema. */
function reencode(event: unknown, fields: readonly string[]): unknown {
  if (typeof event !== 'object' || event === null) return event;
  const copy: Record<string, unknown> = { ...(event as Record<string, unknown>) };
  for (const field of fields) {
    const value = copy[field];
    if (value instanceof Uint8Array) copy[field] = Buffer.from(value).toString('base64');
  }
  return copy;
}

/** Checks the result of a successful call against what the operation declares. */
export async function verifyResult(validator: SchemaValidator, op: Operation, data: unknown, response: Response): Promise<Outcome> {
  if (response.status !== op.response.status) fail(op, `expected status ${op.response.status}, got ${response.status}`);
  switch (op.response.kind) {
    case 'json': {
      if (op.pagination) {
        if (!(data instanceof Page)) fail(op, `a paginated method must resolve to a Page, got ${describe(data)}`);
        const page = data as Page<unknown>;
        expectValid(validator, op, op.response.schema, page.body, 'the page body');
        if (!Array.isArray(page.body[op.pagination.itemsField])) fail(op, `the page body has no array "${op.pagination.itemsField}"`);
        page.data.forEach((item, i) => expectValid(validator, op, op.pagination!.itemSchema, item, `page.data[${i}]`));
        return { summary: `page of ${page.data.length} item(s), has more: ${page.hasNextPage()}` };
      }
      expectValid(validator, op, op.response.schema, data, 'the response body');
      return { summary: `json ${JSON.stringify(data).slice(0, 80)}` };
    }
    case 'binary': {
      if (!(data instanceof BinaryResponse)) fail(op, `expected a BinaryResponse, got ${describe(data)}`);
      const bytes = await (data as BinaryResponse).bytes();
      if (!(bytes instanceof Uint8Array)) fail(op, 'BinaryResponse.bytes() did not give bytes');
      return { summary: `${bytes.byteLength} byte(s) of ${(data as BinaryResponse).contentType}` };
    }
    case 'text': {
      if (typeof data !== 'string') fail(op, `expected a string, got ${describe(data)}`);
      return { summary: `text of ${(data as string).length} character(s)` };
    }
    case 'event-stream': {
      if (!(data instanceof EventStream)) fail(op, `expected an EventStream, got ${describe(data)}`);
      let count = 0;
      for await (const event of data as EventStream<unknown>) {
        expectValid(validator, op, op.response.schema, reencode(event, op.response.base64Fields ?? []), `event ${count}`);
        count += 1;
      }
      return { summary: `${count} event(s), read to the end`, events: count };
    }
    case 'none': {
      if (data !== undefined) fail(op, `expected undefined, got ${describe(data)}`);
      return { summary: 'no body' };
    }
  }
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (typeof value === 'object') return value.constructor?.name ?? 'object';
  return `${typeof value} ${JSON.stringify(value).slice(0, 80)}`;
}

/** An error thrown by a call, with what Prism said about it (its problem body lists the violations). */
export function describeFailure(error: unknown, prismLog: string): string {
  const lines: string[] = [];
  if (error instanceof APIError) {
    lines.push(`${error.name} ${error.status}: ${error.message}`);
    const violations = error.headers.get('sl-violations');
    if (violations) lines.push(`sl-violations: ${violations}`);
    lines.push(`body: ${typeof error.body === 'string' ? error.body : JSON.stringify(error.body, null, 2)}`);
  } else {
    lines.push(error instanceof Error ? (error.stack ?? error.message) : String(error));
  }
  lines.push('--- prism log for this request ---', prismLog.trim() || '(nothing)');
  return lines.join('\n');
}
