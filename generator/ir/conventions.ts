// The API's cross-cutting conventions: servers, credentials and the root `x-*` extensions documented in
// spec/README.md. Each reader applies the documented default when the spec is silent.
import { problem, specName, type Problem } from '../errors.js';
import { joinPointer } from '../load/json-pointer.js';
import type { SpecSource } from '../load/load-spec.js';
import { kebabCase, memberIdentifier, NameAllocator, typeIdentifier } from './names.js';
import { isRecord, type SchemaRegistry } from './schemas.js';
import type {
  ApiVersionConvention,
  ClientEnvironment,
  ClientInfo,
  ErrorConvention,
  PaginationConvention,
  RetryPolicy,
  SecurityScheme,
  Server,
  TransportPolicy,
} from './types.js';

export class ConventionReader {
  constructor(
    private readonly source: SpecSource,
    private readonly problems: Problem[],
  ) {}

  private get root(): Record<string, unknown> {
    return this.source.root;
  }

  private extension(name: string): Record<string, unknown> | undefined {
    const value = this.root[name];
    if (value === undefined) return undefined;
    if (!isRecord(value)) {
      this.warnShape(`/${name}`, `${name} must be an object`);
      return undefined;
    }
    return value;
  }

  private warnShape(pointer: string, message: string, hint = 'see spec/README.md for the fields of this extension'): void {
    this.problems.push(problem('extension-shape', message, hint, this.source.locateNode(undefined, pointer), 'error'));
  }

  private string(obj: Record<string, unknown>, key: string, at: string): string | undefined {
    const value = obj[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || value === '') {
      this.warnShape(joinPointer(at, key), `${key} must be a non-empty string`);
      return undefined;
    }
    return value;
  }

  private integer(obj: Record<string, unknown>, key: string, at: string, fallback: number): number {
    const value = obj[key];
    if (value === undefined) return fallback;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
      this.warnShape(joinPointer(at, key), `${key} must be a non-negative integer`);
      return fallback;
    }
    return value;
  }

  private stringList(obj: Record<string, unknown>, key: string, at: string, fallback: string[]): string[] {
    const value = obj[key];
    if (value === undefined) return fallback;
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
      this.warnShape(joinPointer(at, key), `${key} must be a list of strings`);
      return fallback;
    }
    return value as string[];
  }

  client(title: string, version: string): ClientInfo {
    const x = this.extension('x-client') ?? {};
    return {
      name: typeIdentifier(this.string(x, 'name', '/x-client') ?? title, 'Client'),
      packageName: this.string(x, 'packageName', '/x-client') ?? (kebabCase(title) || 'api-client'),
      version,
      timeoutMs: this.integer(x, 'timeoutMs', '/x-client', 60_000),
      environment: this.environment(x.environment),
    };
  }

  /**
   * `x-client.environment`: names of the variables a client reads. A malformed entry is dropped with a located
   * warning (`client-environment-invalid`): the client then reads no variable for it, and still works.
   */
  private environment(value: unknown): ClientEnvironment {
    const at = '/x-client/environment';
    const warn = (pointer: string, message: string): void => {
      const hint = 'give each of `logLevel` and `baseUrl` an environment variable name such as MY_API_LOG (spec/README.md, x-client)';
      this.problems.push(problem('client-environment-invalid', message, hint, this.source.locateNode(undefined, pointer), 'warning'));
    };
    if (value === undefined) return {};
    if (!isRecord(value)) {
      warn(at, 'x-client.environment is not an object; no environment variable is read for the log level or the base URL');
      return {};
    }
    const out: ClientEnvironment = {};
    for (const [key, name] of Object.entries(value)) {
      if (key !== 'logLevel' && key !== 'baseUrl') {
        warn(joinPointer(at, key), `x-client.environment has an unknown field${specName(key)}, ignored`);
        continue;
      }
      // A name every shell and runtime can set: letters, digits and underscores, not starting with a digit.
      if (typeof name !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
        warn(joinPointer(at, key), `x-client.environment.${key} is not an environment variable name; it is ignored`);
        continue;
      }
      out[key] = name;
    }
    return out;
  }

  apiVersion(): ApiVersionConvention | undefined {
    const x = this.extension('x-api-version');
    if (!x) return undefined;
    const header = this.string(x, 'header', '/x-api-version');
    const fallback = this.string(x, 'default', '/x-api-version');
    if (!header || !fallback) {
      this.warnShape('/x-api-version', 'x-api-version needs both `header` and `default`');
      return undefined;
    }
    const pattern = this.string(x, 'pattern', '/x-api-version');
    if (pattern !== undefined) {
      try {
        if (!new RegExp(pattern).test(fallback))
          this.warnShape('/x-api-version/default', `the default version${specName(fallback)} does not match \`pattern\``);
      } catch {
        this.warnShape('/x-api-version/pattern', 'pattern is not a valid regular expression');
      }
    }
    const ws = this.string(x, 'websocketQueryParameter', '/x-api-version');
    return { header, default: fallback, ...(pattern ? { pattern } : {}), ...(ws ? { websocketQueryParameter: ws } : {}) };
  }

  transport(): TransportPolicy {
    const x = this.extension('x-transport') ?? {};
    const tls = x.tls ?? 'required';
    if (tls !== 'required' && tls !== 'optional') this.warnShape('/x-transport/tls', 'tls must be `required` or `optional`');
    const loopback = x.loopbackException ?? true;
    if (typeof loopback !== 'boolean') this.warnShape('/x-transport/loopbackException', 'loopbackException must be true or false');
    return { tls: tls === 'optional' ? 'optional' : 'required', loopbackException: loopback !== false };
  }

  retry(): RetryPolicy {
    const x = this.extension('x-retry') ?? {};
    const statuses: number[] = [];
    const statusRanges: number[] = [];
    const raw = x.statuses ?? [408, 409, 429, '5XX'];
    if (!Array.isArray(raw)) this.warnShape('/x-retry/statuses', 'statuses must be a list of status codes or ranges such as 5XX');
    for (const [i, value] of (Array.isArray(raw) ? raw : []).entries()) {
      const parsed = parseStatus(value);
      if (!parsed)
        this.warnShape(
          joinPointer('/x-retry/statuses', i),
          `${specName(value).trim() || 'this'} is not a status code or a range such as 5XX`,
        );
      else (parsed.range ? statusRanges : statuses).push(parsed.status);
    }
    return {
      maxRetries: this.integer(x, 'maxRetries', '/x-retry', 2),
      initialDelayMs: this.integer(x, 'initialDelayMs', '/x-retry', 500),
      maxDelayMs: this.integer(x, 'maxDelayMs', '/x-retry', 8000),
      statuses: statuses.sort((a, b) => a - b),
      statusRanges: statusRanges.sort((a, b) => a - b),
      onConnectionError: x.onConnectionError !== false,
      retryAfterHeaders: this.stringList(x, 'retryAfterHeaders', '/x-retry', ['retry-after-ms', 'retry-after']).map((h) => h.toLowerCase()),
    };
  }

  errors(schemas: SchemaRegistry): ErrorConvention {
    const x = this.extension('x-errors') ?? {};
    const classes: ErrorConvention['classes'] = [];
    const rawClasses = x.classes ?? DEFAULT_ERROR_CLASSES;
    if (!isRecord(rawClasses)) this.warnShape('/x-errors/classes', 'classes must map status codes to class names');
    const names = new NameAllocator();
    for (const [status, name] of Object.entries(isRecord(rawClasses) ? rawClasses : {})) {
      const parsed = parseStatus(status);
      if (!parsed || parsed.status < 4 || (!parsed.range && parsed.status < 400)) {
        this.warnShape(
          joinPointer('/x-errors/classes', status),
          `${specName(status).trim() || 'this key'} is not an error status (4xx, 5xx) or range (4XX, 5XX)`,
        );
        continue;
      }
      if (typeof name !== 'string' || name === '') {
        this.warnShape(joinPointer('/x-errors/classes', status), 'the class name must be a non-empty string');
        continue;
      }
      classes.push({ name: names.allocate(typeIdentifier(name)), ...parsed });
    }
    // Exact statuses before ranges, so a lookup can stop at the first match.
    classes.sort((a, b) => Number(a.range) - Number(b.range) || a.status - b.status);
    const requestId = isRecord(x.requestId) ? x.requestId : {};
    const schemaNode = x.schema;
    const field = this.string(requestId, 'field', '/x-errors/requestId');
    const statusField = this.string(x, 'statusField', '/x-errors');
    const inStream = isRecord(x.inStream) ? x.inStream : undefined;
    if (inStream && (typeof inStream.field !== 'string' || typeof inStream.value !== 'string')) {
      this.warnShape('/x-errors/inStream', 'inStream needs a `field` and the `value` that marks an error');
    }
    return {
      ...(schemaNode !== undefined
        ? { schema: schemas.normalize(schemaNode, { file: this.source.rootFile, pointer: '/x-errors/schema' }) }
        : {}),
      messageFields: this.stringList(x, 'messageFields', '/x-errors', ['message', 'error', 'detail', 'title']),
      requestIdHeaders: this.stringList(requestId, 'headers', '/x-errors/requestId', ['x-request-id', 'request-id']).map((h) =>
        h.toLowerCase(),
      ),
      ...(field ? { requestIdField: field } : {}),
      ...(statusField ? { statusField } : {}),
      ...(inStream && typeof inStream.field === 'string' && typeof inStream.value === 'string'
        ? { inStream: { field: inStream.field, value: inStream.value } }
        : {}),
      classes,
    };
  }

  pagination(): PaginationConvention | undefined {
    const x = this.extension('x-pagination');
    if (!x) return undefined;
    const at = '/x-pagination';
    if ((x.style ?? 'cursor') !== 'cursor') {
      this.warnShape(joinPointer(at, 'style'), 'only `cursor` pagination is supported');
      return undefined;
    }
    const after = this.string(x, 'afterParameter', at);
    const items = this.string(x, 'itemsField', at);
    if (!after || !items) {
      this.warnShape(at, 'x-pagination needs `afterParameter` and `itemsField`');
      return undefined;
    }
    const optional = (key: string): Record<string, string> => {
      const value = this.string(x, key, at);
      return value ? { [key]: value } : {};
    };
    return {
      style: 'cursor',
      afterParameter: after,
      itemsField: items,
      ...optional('limitParameter'),
      ...optional('beforeParameter'),
      ...optional('hasMoreField'),
      ...optional('nextCursorField'),
      ...optional('itemCursorField'),
    };
  }

  servers(): Server[] {
    const raw = Array.isArray(this.root.servers) ? this.root.servers : [];
    const servers: Server[] = [];
    raw.forEach((entry, i) => {
      if (!isRecord(entry) || typeof entry.url !== 'string') {
        this.problems.push(
          problem(
            'server-invalid',
            'a server needs a `url` string',
            'write `- url: https://api.example.com`',
            this.source.locateNode(entry, `/servers/${i}`),
          ),
        );
        return;
      }
      const variables = Object.entries(isRecord(entry.variables) ? entry.variables : {}).map(([name, v]) => {
        const variable = isRecord(v) ? v : {};
        return {
          name,
          default: String(variable.default ?? ''),
          ...(Array.isArray(variable.enum) ? { enum: variable.enum.map(String) } : {}),
          ...(typeof variable.description === 'string' ? { description: variable.description } : {}),
        };
      });
      let defaultUrl = entry.url;
      for (const v of variables) defaultUrl = defaultUrl.split(`{${v.name}}`).join(v.default);
      servers.push({
        url: entry.url,
        defaultUrl,
        websocketUrl: defaultUrl.replace(/^http(s?):/i, 'ws$1:'),
        ...(typeof entry.description === 'string' ? { description: entry.description } : {}),
        variables,
      });
    });
    if (servers.length === 0) {
      this.problems.push(
        problem(
          'no-servers',
          'the spec declares no server, so the client has no default base URL',
          'add `servers: [{ url: https://... }]`; users must pass `baseURL` meanwhile',
          this.source.locateNode(this.root, ''),
          'warning',
        ),
      );
    }
    return servers;
  }

  securitySchemes(): SecurityScheme[] {
    const components = isRecord(this.root.components) ? this.root.components : {};
    const raw = isRecord(components.securitySchemes) ? components.securitySchemes : {};
    const options = new NameAllocator([
      'baseURL',
      'timeout',
      'maxRetries',
      'fetch',
      'defaultHeaders',
      'version',
      'dangerouslyAllowBrowser',
    ]);
    const schemes: SecurityScheme[] = [];
    for (const [key, value] of Object.entries(raw)) {
      const pointer = joinPointer('/components/securitySchemes', key);
      const resolved = this.source.deref<Record<string, unknown>>(value, { file: this.source.rootFile, pointer });
      const scheme = isRecord(resolved.value) ? resolved.value : {};
      const type = String(scheme.type ?? '') as SecurityScheme['type'];
      const x = isRecord(scheme['x-credential']) ? scheme['x-credential'] : {};
      const at = joinPointer(pointer, 'x-credential');
      const browser = x.browser ?? 'allowed';
      if (browser !== 'allowed' && browser !== 'opt-in')
        this.warnShape(joinPointer(at, 'browser'), 'browser must be `allowed` or `opt-in`');
      let transport: SecurityScheme['transport'] = 'none';
      const httpScheme = String(scheme.scheme ?? '').toLowerCase();
      if (type === 'http') transport = httpScheme === 'basic' ? 'basic' : httpScheme === 'bearer' ? 'bearer' : 'none';
      else if (type === 'apiKey') transport = 'apiKey';
      else if (type === 'oauth2' || type === 'openIdConnect') transport = 'bearer';
      if (transport === 'none') {
        this.problems.push(
          problem(
            'security-unsupported',
            `security scheme${specName(key)}${kindOfScheme(this.source.nameFrom(type, resolved.origin), this.source.nameFrom(httpScheme, resolved.origin))} cannot be sent by the client`,
            'operations using only this scheme are generated without authentication',
            this.source.locateNode(scheme, pointer),
            'warning',
          ),
        );
      }
      const option = options.allocate(memberIdentifier(this.string(x, 'option', at) ?? key));
      const where = scheme.in;
      schemes.push({
        key,
        type,
        transport,
        ...(transport === 'apiKey' && (where === 'header' || where === 'query' || where === 'cookie')
          ? { in: where, parameterName: String(scheme.name ?? '') }
          : {}),
        option,
        ...(this.string(x, 'env', at) ? { env: x.env as string } : {}),
        browser: browser === 'opt-in' ? 'opt-in' : 'allowed',
        ...(this.string(x, 'websocketQueryParameter', at) ? { websocketQueryParameter: x.websocketQueryParameter as string } : {}),
        ...(typeof scheme.bearerFormat === 'string' ? { bearerFormat: scheme.bearerFormat } : {}),
        ...(typeof scheme.description === 'string' ? { description: scheme.description } : {}),
      });
    }
    return schemes;
  }
}

/** ` of type "http", scheme "digest"` for a message, from names already filtered by `nameFrom`. */
function kindOfScheme(type: string, scheme: string): string {
  if (!type) return '';
  return ` of type${type}${scheme ? `, scheme${scheme}` : ''}`;
}

const DEFAULT_ERROR_CLASSES: Record<string, string> = {
  '400': 'BadRequestError',
  '401': 'AuthenticationError',
  '403': 'PermissionDeniedError',
  '404': 'NotFoundError',
  '409': 'ConflictError',
  '422': 'UnprocessableEntityError',
  '429': 'RateLimitError',
  '5XX': 'InternalServerError',
};

/** `404` → exact; `5XX` → range 5. */
export function parseStatus(value: unknown): { status: number; range: boolean } | undefined {
  const text = String(value).trim().toUpperCase();
  if (/^[1-5]\d\d$/.test(text)) return { status: Number(text), range: false };
  if (/^[1-5]XX$/.test(text)) return { status: Number(text[0]), range: true };
  return undefined;
}
