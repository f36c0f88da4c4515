// What a client runtime interprets, as plain language-neutral data built once for every template set: the
// descriptor of each operation and channel (method, path, parameters with their serialization, body encoding,
// response kind) and the client's configuration (servers, conventions, credentials). A set prints the data with
// its own literal printer; `key` names the data's own keys in the set's convention (camelCase by default), and
// never touches names that come from the spec (field names, parameter names, variable names).
import type { ApiModel, Channel, Operation, Parameter, Server } from '../../ir/types.js';

/** Spells one of the descriptor's own keys (`contentType`) in a set's convention (`content_type`). */
export type KeyStyle = (key: string) => string;

const camel: KeyStyle = (key) => key;

/** Builds an object from [key, value] pairs, leaving out undefined values and spelling keys with `key`. */
function object(key: KeyStyle, entries: [string, unknown][]): Record<string, unknown> {
  return Object.fromEntries(entries.filter(([, value]) => value !== undefined).map(([name, value]) => [key(name), value]));
}

/** A parameter's serialization: only what differs from the default of its location. */
function parameter(p: Parameter | (Omit<Parameter, 'location'> & { location: 'query' }), key: KeyStyle): Record<string, unknown> {
  const defaultStyle = p.location === 'query' || p.location === 'cookie' ? 'form' : 'simple';
  return object(key, [
    ['name', p.name],
    ['style', p.style !== defaultStyle ? p.style : undefined],
    ['explode', p.explode !== (p.style === 'form') ? p.explode : undefined],
    ['fixed', p.fixedValue],
  ]);
}

/**
 * The form fields whose encoding the spec declares, by name: `{ style, explode }`. Others take the runtime's
 * default by the value's shape (see FieldEncoding.declared); undefined when every field does.
 */
export function declaredFieldEncodings(op: Operation): Record<string, { style: string; explode: boolean }> | undefined {
  const declared = (op.requestBody?.fields ?? []).filter((f) => f.wire.declared);
  if (declared.length === 0) return undefined;
  return Object.fromEntries(declared.map((f) => [f.name, { style: f.wire.style, explode: f.wire.explode }]));
}

/** The runtime descriptor of an operation (OperationSpec in each runtime). */
export function operationDescriptor(op: Operation, key: KeyStyle = camel): Record<string, unknown> {
  const list = (params: Parameter[]) => (params.length > 0 ? params.map((p) => parameter(p, key)) : undefined);
  const body = op.requestBody;
  return object(key, [
    ['method', op.method],
    ['path', op.path],
    ['query', list(op.parameters.query)],
    ['headers', list(op.parameters.header)],
    ['cookies', list(op.parameters.cookie)],
    [
      'body',
      body &&
        object(key, [
          ['encoding', body.encoding],
          ['contentType', body.contentType],
          ['merged', body.merged],
          ['required', body.required],
          ['fields', declaredFieldEncodings(op)],
        ]),
    ],
    [
      'response',
      object(key, [
        ['kind', op.response.kind],
        ['accept', op.response.kind !== 'none' ? op.response.contentType || undefined : undefined],
        ['base64Fields', op.response.base64Fields],
      ]),
    ],
    ['security', op.security],
  ]);
}

/** The runtime descriptor of a realtime channel (ChannelSpec in each runtime). */
export function channelDescriptor(channel: Channel, key: KeyStyle = camel): Record<string, unknown> {
  const context = channel.context;
  return object(key, [
    ['path', channel.path],
    ['query', channel.query.length > 0 ? channel.query.map((p) => parameter({ ...p, location: 'query' }, key)) : undefined],
    ['security', channel.security],
    ['base64Fields', channel.receive.base64Fields.length > 0 ? channel.receive.base64Fields : undefined],
    [
      'context',
      context &&
        object(key, [
          ['idField', context.idField],
          ['endField', context.endField || undefined],
        ]),
    ],
  ]);
}

/**
 * The client's configuration: the first server, timeout, environment variables, API version header, transport,
 * retry and error conventions, credentials and pagination. A set adds what only its runtime has (the error classes,
 * a logger name) and converts units it states otherwise.
 */
export function clientConfig(model: ApiModel, key: KeyStyle = camel): Record<string, unknown> {
  const server = model.servers[0];
  const { apiVersion: version, errors, retry, transport, pagination } = model;
  const environment = model.client.environment;
  return object(key, [
    ['clientName', model.client.name],
    ['packageName', model.client.packageName],
    ['packageVersion', model.client.version],
    ['baseUrl', server?.defaultUrl ?? null],
    ['websocketBaseUrl', server?.websocketUrl],
    ['server', server && server.variables.length > 0 ? serverData(server, key) : undefined],
    ['timeoutMs', model.client.timeoutMs],
    [
      'environment',
      object(key, [
        ['logLevel', environment.logLevel || undefined],
        ['baseUrl', environment.baseUrl || undefined],
      ]),
    ],
    [
      'apiVersion',
      version &&
        object(key, [
          ['header', version.header],
          ['default', version.default],
          ['pattern', version.pattern || undefined],
          ['websocketQueryParameter', version.websocketQueryParameter || undefined],
        ]),
    ],
    [
      'transport',
      object(key, [
        ['tls', transport.tls],
        ['loopbackException', transport.loopbackException],
      ]),
    ],
    [
      'retry',
      object(key, [
        ['maxRetries', retry.maxRetries],
        ['initialDelayMs', retry.initialDelayMs],
        ['maxDelayMs', retry.maxDelayMs],
        ['statuses', retry.statuses],
        ['statusRanges', retry.statusRanges],
        ['onConnectionError', retry.onConnectionError],
        ['retryAfterHeaders', retry.retryAfterHeaders],
      ]),
    ],
    [
      'errors',
      object(key, [
        ['messageFields', errors.messageFields],
        ['requestIdHeaders', errors.requestIdHeaders],
        ['requestIdField', errors.requestIdField || undefined],
        ['statusField', errors.statusField || undefined],
        ['inStream', errors.inStream],
      ]),
    ],
    [
      'credentials',
      model.auth.schemes
        .filter((s) => s.transport !== 'none')
        .map((s) =>
          object(key, [
            ['scheme', s.key],
            ['option', s.option],
            ['transport', s.transport],
            ['in', s.in],
            ['parameterName', s.parameterName || undefined],
            ['env', s.env || undefined],
            ['browser', s.browser],
            ['websocketQueryParameter', s.websocketQueryParameter || undefined],
          ]),
        ),
    ],
    [
      'pagination',
      pagination &&
        object(
          key,
          Object.entries(pagination).filter(([name]) => name !== 'style'),
        ),
    ],
  ]);
}

/** The server URL template, its variables' defaults, and the values allowed for those with an `enum`. */
function serverData(server: Server, key: KeyStyle): Record<string, unknown> {
  const enums = server.variables.filter((v) => v.enum?.length).map((v) => [v.name, v.enum]);
  return object(key, [
    ['url', server.url],
    ['variables', Object.fromEntries(server.variables.map((v) => [v.name, v.default]))],
    ['enums', enums.length > 0 ? Object.fromEntries(enums) : undefined],
  ]);
}
