// The runtime's view of the API's conventions: plain data rendered into the client module as a dict literal
// (see `client_config` in the runtime), with Python's snake_case keys.
import type { ApiModel, Channel, Operation, Server } from '../../../generator/ir/types.js';
import { declaredFieldEncodings } from '../../../generator/render/helpers/core.js';
import { pyDistributionName, pyImportName, pySnakeName } from './names.js';

export function runtimeConfig(model: ApiModel): Record<string, unknown> {
  const server = model.servers[0];
  const version = model.apiVersion;
  const errors = model.errors;
  const pagination = model.pagination;
  const environment = model.client.environment;
  return {
    client_name: model.client.name,
    package_name: pyDistributionName(model.client.packageName),
    package_version: model.client.version,
    base_url: server?.defaultUrl ?? null,
    ...(server ? { websocket_base_url: server.websocketUrl } : {}),
    ...(server && server.variables.length > 0 ? { server: serverData(server) } : {}),
    timeout: model.client.timeoutMs / 1000,
    logger_name: pyImportName(model.client.packageName),
    ...(environment.logLevel || environment.baseUrl
      ? {
          environment: {
            ...(environment.logLevel ? { log_level: environment.logLevel } : {}),
            ...(environment.baseUrl ? { base_url: environment.baseUrl } : {}),
          },
        }
      : {}),
    ...(version
      ? {
          api_version: {
            header: version.header,
            default: version.default,
            ...(version.pattern ? { pattern: version.pattern } : {}),
            ...(version.websocketQueryParameter ? { websocket_query_parameter: version.websocketQueryParameter } : {}),
          },
        }
      : {}),
    transport: { tls: model.transport.tls, loopback_exception: model.transport.loopbackException },
    retry: {
      max_retries: model.retry.maxRetries,
      initial_delay_ms: model.retry.initialDelayMs,
      max_delay_ms: model.retry.maxDelayMs,
      statuses: model.retry.statuses,
      status_ranges: model.retry.statusRanges,
      on_connection_error: model.retry.onConnectionError,
      retry_after_headers: model.retry.retryAfterHeaders,
    },
    errors: {
      message_fields: errors.messageFields,
      request_id_headers: errors.requestIdHeaders,
      ...(errors.requestIdField ? { request_id_field: errors.requestIdField } : {}),
      ...(errors.statusField ? { status_field: errors.statusField } : {}),
      ...(errors.inStream ? { in_stream: errors.inStream } : {}),
    },
    credentials: model.auth.schemes
      .filter((s) => s.transport !== 'none')
      .map((s) => ({
        scheme: s.key,
        option: pySnakeName(s.option),
        transport: s.transport,
        ...(s.in ? { in: s.in } : {}),
        ...(s.parameterName ? { parameter_name: s.parameterName } : {}),
        ...(s.env ? { env: s.env } : {}),
        ...(s.websocketQueryParameter ? { websocket_query_parameter: s.websocketQueryParameter } : {}),
      })),
    ...(pagination
      ? {
          pagination: Object.fromEntries(
            Object.entries(pagination)
              .filter(([k]) => k !== 'style')
              .map(([k, v]) => [pySnakeName(k), v]),
          ),
        }
      : {}),
  };
}

/** The server URL template, its variables' defaults, and the values allowed for those with an `enum`. */
function serverData(server: Server): Record<string, unknown> {
  const enums = server.variables.filter((v) => v.enum !== undefined).map((v) => [v.name, v.enum]);
  return {
    url: server.url,
    variables: Object.fromEntries(server.variables.map((v) => [v.name, v.default])),
    ...(enums.length > 0 ? { enums: Object.fromEntries(enums) } : {}),
  };
}

/** The runtime descriptor of an operation (see `OperationSpec` in the runtime). */
export function operationData(op: Operation): Record<string, unknown> {
  const param = (p: { name: string; style: string; explode: boolean; location: string; fixedValue?: unknown }) => ({
    name: p.name,
    ...(p.style !== (p.location === 'query' || p.location === 'cookie' ? 'form' : 'simple') ? { style: p.style } : {}),
    ...(p.explode !== (p.style === 'form') ? { explode: p.explode } : {}),
    ...(p.fixedValue !== undefined ? { fixed: p.fixedValue } : {}),
  });
  const body = op.requestBody;
  return {
    method: op.method,
    path: op.path,
    ...(op.parameters.query.length > 0 ? { query: op.parameters.query.map(param) } : {}),
    ...(op.parameters.header.length > 0 ? { headers: op.parameters.header.map(param) } : {}),
    ...(op.parameters.cookie.length > 0 ? { cookies: op.parameters.cookie.map(param) } : {}),
    ...(body ? { body: bodyData(op) } : {}),
    response: {
      kind: op.response.kind,
      ...(op.response.kind !== 'none' && op.response.contentType ? { accept: op.response.contentType } : {}),
      ...(op.response.base64Fields ? { base64_fields: op.response.base64Fields } : {}),
    },
    security: op.security,
  };
}

function bodyData(op: Operation): Record<string, unknown> {
  const body = op.requestBody!;
  const fields = declaredFieldEncodings(op);
  return {
    encoding: body.encoding,
    content_type: body.contentType,
    merged: body.merged,
    required: body.required,
    ...(fields ? { fields } : {}),
  };
}

/** The runtime descriptor of a channel (see `ChannelSpec` in the runtime). */
export function channelData(channel: Channel): Record<string, unknown> {
  const param = (p: { name: string; style: string; explode: boolean; fixedValue?: unknown }) => ({
    name: p.name,
    ...(p.style !== 'form' ? { style: p.style } : {}),
    ...(p.explode !== (p.style === 'form') ? { explode: p.explode } : {}),
    ...(p.fixedValue !== undefined ? { fixed: p.fixedValue } : {}),
  });
  return {
    path: channel.path,
    ...(channel.query.length > 0 ? { query: channel.query.map(param) } : {}),
    security: channel.security,
    ...(channel.receive.base64Fields.length > 0 ? { base64_fields: channel.receive.base64Fields } : {}),
    ...(channel.context
      ? { context: { id_field: channel.context.idField, ...(channel.context.endField ? { end_field: channel.context.endField } : {}) } }
      : {}),
  };
}
