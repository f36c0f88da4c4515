// The loopback server every conformance runner talks to: it answers with a case's canned responses and records
// what arrived, decoded the same way for every language (query as lists of strings, JSON, multipart parts).
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import fs from 'node:fs';
import path from 'node:path';
import busboy from 'busboy';
import { parse } from 'yaml';

export interface CannedResponse {
  status: number;
  headers?: Record<string, string>;
  json?: unknown;
  text?: string;
  base64?: string;
  sse?: string[];
}

export interface ExpectedRequest {
  method: string;
  path: string;
  query?: Record<string, string[]>;
  headers?: Record<string, string>;
  json?: unknown;
  multipart?: { fields?: Record<string, string>; files?: Record<string, { filename: string; base64: string }> };
}

export interface ConformanceCase {
  name: string;
  description: string;
  client: Record<string, unknown>;
  call: {
    method: string;
    path?: unknown[];
    params?: Record<string, unknown>;
    files?: Record<string, { filename: string; base64: string }>;
    options?: Record<string, unknown>;
    collect?: 'value' | 'items' | 'bytes' | 'text' | 'events';
  };
  requests: ExpectedRequest[];
  responses: CannedResponse[];
  expect: { result?: unknown; error?: { type: string; status?: number; request_id?: string; message_contains?: string } };
}

export interface ReceivedRequest {
  method: string;
  path: string;
  query: Record<string, string[]>;
  headers: http.IncomingHttpHeaders;
  json?: unknown;
  multipart?: { fields: Record<string, string>; files: Record<string, { filename: string; base64: string }> };
}

export const CASES_DIR = path.join(path.dirname(new URL(import.meta.url).pathname), 'cases');

export function loadCases(): ConformanceCase[] {
  return fs
    .readdirSync(CASES_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({
      name: f.replace(/\.yaml$/, ''),
      ...(parse(fs.readFileSync(path.join(CASES_DIR, f), 'utf8')) as Omit<ConformanceCase, 'name'>),
    }));
}

export class ConformanceServer {
  readonly received: ReceivedRequest[] = [];
  private responses: CannedResponse[] = [];
  private readonly server = http.createServer((req, res) => void this.handle(req, res));
  private readonly sockets = new Set<Socket>();

  constructor() {
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
  }

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Starts a case: forgets what arrived, and answers with its responses (the last one repeats). */
  script(responses: CannedResponse[]): void {
    this.received.length = 0;
    this.responses = [...responses];
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const body = await readBody(req);
    // Control routes, so that runners in other languages drive the same server over HTTP.
    if (req.url === '/__conformance/script' && req.method === 'POST') {
      this.script(JSON.parse(body.toString('utf8')) as CannedResponse[]);
      return void res.writeHead(204).end();
    }
    if (req.url === '/__conformance/received') {
      res.writeHead(200, { 'content-type': 'application/json' });
      return void res.end(JSON.stringify(this.received));
    }
    const url = new URL(req.url!, 'http://localhost');
    const query: Record<string, string[]> = {};
    for (const [key, value] of url.searchParams) (query[key] ??= []).push(value);
    const rawPath = req.url!.split('?')[0]!;
    const received: ReceivedRequest = { method: req.method!, path: rawPath, query, headers: req.headers };
    const type = req.headers['content-type'] ?? '';
    if (type.includes('application/json') && body.length > 0) received.json = JSON.parse(body.toString('utf8'));
    if (type.includes('multipart/form-data')) received.multipart = await parseMultipart(req.headers, body);
    this.received.push(received);
    const response = this.responses.length > 1 ? this.responses.shift()! : this.responses[0]!;
    res.writeHead(response.status, response.headers ?? {});
    if (response.json !== undefined) res.end(JSON.stringify(response.json));
    else if (response.text !== undefined) res.end(response.text);
    else if (response.base64 !== undefined) res.end(Buffer.from(response.base64, 'base64'));
    else if (response.sse !== undefined) res.end(response.sse.map((event) => `${event}\n\n`).join(''));
    else res.end();
  }
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function parseMultipart(headers: http.IncomingHttpHeaders, body: Buffer): Promise<NonNullable<ReceivedRequest['multipart']>> {
  return new Promise((resolve, reject) => {
    const result: NonNullable<ReceivedRequest['multipart']> = { fields: {}, files: {} };
    const parser = busboy({ headers });
    parser.on('field', (name, value) => {
      // A repeated field keeps its values joined by commas, as every language's runner compares it.
      result.fields[name] = name in result.fields ? `${result.fields[name]},${value}` : value;
    });
    parser.on('file', (name, stream, info) => {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => (result.files[name] = { filename: info.filename ?? '', base64: Buffer.concat(chunks).toString('base64') }));
    });
    parser.on('close', () => resolve(result));
    parser.on('error', reject);
    parser.end(body);
  });
}

/** The part of a received request a case checks, for a readable comparison. */
export function comparable(received: ReceivedRequest, expected: ExpectedRequest): Record<string, unknown> {
  const out: Record<string, unknown> = { method: received.method, path: received.path };
  if (expected.query) out.query = received.query;
  if (expected.headers) out.headers = Object.fromEntries(Object.keys(expected.headers).map((h) => [h, received.headers[h.toLowerCase()]]));
  if (expected.json !== undefined) out.json = received.json;
  if (expected.multipart) out.multipart = received.multipart;
  return out;
}

export function expectedShape(expected: ExpectedRequest): Record<string, unknown> {
  const out: Record<string, unknown> = { method: expected.method, path: expected.path };
  if (expected.query) out.query = expected.query;
  if (expected.headers) out.headers = Object.fromEntries(Object.entries(expected.headers).map(([k, v]) => [k, String(v)]));
  if (expected.json !== undefined) out.json = expected.json;
  if (expected.multipart) out.multipart = { fields: expected.multipart.fields ?? {}, files: expected.multipart.files ?? {} };
  return out;
}
