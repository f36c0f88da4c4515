// What the spec says the realtime channels accept, as checks: the handshake (path, version, credential, the
// channel's query parameters) and every message either side sends, against the generator's IR compiled with
// ajv (JSON Schema 2020-12). No test framework in here: the emulator and benchmarks use it as they are.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Ajv2020, ValidateFunction } from 'ajv/dist/2020.js';
import { absoluteRefs, describeAjvErrors, irAjv } from '../../support/ir-schemas.js';
import { buildModel } from '../../../generator/pipeline.js';
import type { ApiModel, Channel, ChannelCommand, Schema } from '../../../generator/ir/types.js';

export const DEFAULT_SPEC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../spec/cartesia.yaml');

const LOCAL_REF = /^#\/components\/schemas\//;

export interface Verdict {
  valid: boolean;
  /** ajv's errors as readable lines ('' when valid). */
  errors: string;
}

export interface HandshakeVerdict {
  channel: Channel | undefined;
  /** Every way the handshake breaks the spec ([] when it is valid). */
  problems: string[];
  /** The HTTP status the service would refuse it with (undefined when valid). */
  status: number | undefined;
  /**
   * The credential the client sent, when exactly one was sent: the query parameter it came in, or for a header,
   * the query parameters of every scheme that shares that header (two bearer schemes look alike on the wire).
   */
  credential: { parameter: string; value: string; via: 'query' | 'header'; parameters: string[] } | undefined;
}

const models = new Map<string, ApiModel>();

/** Loads (once per file) the IR the generator builds from the spec. */
export function loadModel(specFile = DEFAULT_SPEC): ApiModel {
  let model = models.get(specFile);
  if (!model) {
    model = buildModel(specFile).model;
    models.set(specFile, model);
  }
  return model;
}

export class SpecChecker {
  readonly model: ApiModel;
  private readonly ajv: Ajv2020;
  // Handshake values arrive as text: this instance coerces them to the schema's types first.
  private readonly queryAjv: Ajv2020;
  private readonly cache = new Map<string, ValidateFunction>();

  constructor(model: ApiModel = loadModel()) {
    this.model = model;
    this.ajv = newAjv(model, false);
    this.queryAjv = newAjv(model, true);
  }

  /** The channel served at `pathname`. */
  channelAt(pathname: string): Channel | undefined {
    return this.model.channels.find((channel) => channel.path === pathname);
  }

  /**
   * Checks a handshake (request target, and headers) against the spec: the version and one credential come in
   * the query (browsers) or in headers as the security scheme says (other runtimes); both are accepted.
   */
  checkHandshake(target: string, headers: Record<string, string | string[] | undefined> = {}): HandshakeVerdict {
    const url = new URL(target, 'http://emulator.invalid');
    const channel = this.channelAt(url.pathname);
    if (!channel) return { channel, problems: [`no channel at ${url.pathname}`], status: 404, credential: undefined };
    const problems: string[] = [];
    let status: number | undefined;
    const fail = (code: number, problem: string): void => {
      problems.push(problem);
      status ??= code;
    };

    const credentialParams = this.credentialParameters(channel);
    const given = credentialParams.filter((name) => url.searchParams.has(name));
    const inHeaders = this.credentialHeaders(channel, headers);
    let credential: HandshakeVerdict['credential'];
    if (given.length + inHeaders.length !== 1) {
      const sent = [...given, ...inHeaders.map((h) => `header ${h.header}`)];
      fail(
        401,
        `expected exactly one of ${credentialParams.join(', ')} or a credential header; got ${sent.length === 0 ? 'none' : sent.join(', ')}`,
      );
    } else if (inHeaders.length === 1) {
      const { value, parameters } = inHeaders[0]!;
      if (value === '') fail(401, `${inHeaders[0]!.header} must not be empty`);
      else credential = { parameter: parameters[0]!, value, via: 'header', parameters };
    } else {
      const values = url.searchParams.getAll(given[0]!);
      if (values.length !== 1 || values[0] === '') fail(401, `${given[0]} must be given once, not empty`);
      else credential = { parameter: given[0]!, value: values[0]!, via: 'query', parameters: [given[0]!] };
    }

    const version = this.model.apiVersion;
    if (version?.websocketQueryParameter) {
      // The query parameter wins over the header (spec/README.md); one of them must be there.
      const values = url.searchParams.getAll(version.websocketQueryParameter);
      const header = headers[version.header.toLowerCase()];
      const name = values.length > 0 || header === undefined ? version.websocketQueryParameter : version.header;
      const sent = values.length > 0 || header === undefined ? values : [header].flat();
      if (sent.length !== 1)
        fail(400, `${version.websocketQueryParameter} (or the ${version.header} header) must be given exactly once; got ${sent.length}`);
      else if (version.pattern && !new RegExp(version.pattern).test(sent[0]!))
        fail(400, `${name}=${sent[0]} does not match ${version.pattern}`);
    }

    const query: Record<string, unknown> = {};
    for (const param of channel.query) {
      const values = url.searchParams.getAll(param.name);
      if (values.length === 0) continue;
      query[param.name] = values.length === 1 && !isArraySchema(this.model, param.schema) ? values[0] : values;
    }
    const verdict = this.run(this.queryAjv, `query:${channel.id}`, queryObjectSchema(channel), query);
    if (!verdict.valid) fail(400, `query parameters: ${verdict.errors}`);
    return { channel, problems, status, credential };
  }

  /** Checks a JSON text frame from the client against the channel's JSON commands; names the first that fits. */
  checkCommand(channel: Channel, message: unknown): Verdict & { command: ChannelCommand | undefined } {
    const commands = channel.send.filter((c) => c.kind === 'json' && c.schema);
    const failures: string[] = [];
    for (const command of commands) {
      const verdict = this.run(this.ajv, `send:${channel.id}:${command.name}`, command.schema!, message);
      if (verdict.valid) return { valid: true, errors: '', command };
      failures.push(`as ${command.name}: ${verdict.errors}`);
    }
    return { valid: false, errors: failures.join('\n') || 'the channel takes no JSON commands', command: undefined };
  }

  /** The literal text commands of a channel (`finalize`, `close`). */
  textCommands(channel: Channel): string[] {
    return channel.send.filter((c) => c.kind === 'text' && c.text !== undefined).map((c) => c.text!);
  }

  /** Whether the channel takes JSON commands (rather than literal text ones). */
  takesJson(channel: Channel): boolean {
    return channel.send.some((c) => c.kind === 'json');
  }

  /** Checks a message the server sends against the channel's receive schema. */
  checkEvent(channel: Channel, message: unknown): Verdict {
    return this.run(this.ajv, `receive:${channel.id}`, channel.receive.schema, message);
  }

  /** Query parameters that carry a credential this channel accepts. */
  credentialParameters(channel: Channel): string[] {
    const names = new Set<string>();
    for (const set of channel.security) {
      for (const key of set) {
        const parameter = this.model.auth.schemes.find((s) => s.key === key)?.websocketQueryParameter;
        if (parameter) names.add(parameter);
      }
    }
    return [...names];
  }

  /** Credentials sent in headers, as the channel's security schemes place them (bearer, basic, apiKey in a header). */
  credentialHeaders(
    channel: Channel,
    headers: Record<string, string | string[] | undefined>,
  ): { header: string; value: string; parameters: string[] }[] {
    const found = new Map<string, { header: string; value: string; parameters: string[] }>();
    for (const key of new Set(channel.security.flat())) {
      const scheme = this.model.auth.schemes.find((s) => s.key === key);
      if (!scheme) continue;
      let header: string;
      let prefix = '';
      if (scheme.transport === 'bearer' || scheme.transport === 'basic') {
        header = 'authorization';
        prefix = scheme.transport === 'bearer' ? 'Bearer ' : 'Basic ';
      } else if (scheme.transport === 'apiKey' && scheme.in === 'header' && scheme.parameterName)
        header = scheme.parameterName.toLowerCase();
      else continue;
      const raw = headers[header];
      if (typeof raw !== 'string' || !raw.startsWith(prefix)) continue;
      let value = raw.slice(prefix.length);
      if (scheme.transport === 'basic') value = Buffer.from(value, 'base64').toString('utf8');
      const entry = found.get(header) ?? { header, value, parameters: [] };
      entry.parameters.push(scheme.websocketQueryParameter ?? scheme.key);
      found.set(header, entry);
    }
    return [...found.values()];
  }

  private run(ajv: Ajv2020, key: string, schema: Schema, value: unknown): Verdict {
    let validate = this.cache.get(key);
    if (!validate) {
      validate = ajv.compile(absoluteRefs(schema) as object);
      this.cache.set(key, validate);
    }
    const valid = validate(value) as boolean;
    return { valid, errors: valid ? '' : describeAjvErrors(validate.errors ?? [], 8, '; ') };
  }
}

function newAjv(model: ApiModel, coerce: boolean): Ajv2020 {
  return irAjv(model, { coerce, validateFormats: true });
}

/** The channel's query parameters as one object schema (required ones required; others may be added). */
function queryObjectSchema(channel: Channel): Schema {
  return {
    type: 'object',
    properties: Object.fromEntries(channel.query.map((p) => [p.name, p.schema])),
    required: channel.query.filter((p) => p.required).map((p) => p.name),
  };
}

function isArraySchema(model: ApiModel, schema: Schema): boolean {
  let current: Schema | undefined = schema;
  for (let depth = 0; current?.$ref && depth < 10; depth++) {
    const name: string = current.$ref.replace(LOCAL_REF, '');
    current = model.schemas.find((s) => s.name === name)?.schema;
  }
  return current?.type === 'array';
}
