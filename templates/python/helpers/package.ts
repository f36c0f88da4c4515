// Package-level facts of the Python set: the names `__init__` exports, the package version, client and credential
// documentation, and how a method hands its call to the runtime.
import type { ApiModel, SecurityScheme } from 'openapi-client-generator/helpers';
import { pySnakeName } from './names.js';
import { pyString } from './literals.js';
import type { PyOperation } from './operations.js';

/** The part of the helpers these functions read. */
interface NamingSource {
  model: ApiModel;
  naming: { errors: Map<string, string> };
}

export const PACKAGE_RUNTIME_EXPORTS = [
  'APIResponse',
  'AsyncBinaryResponse',
  'AsyncEventStream',
  'AsyncPage',
  'AsyncPager',
  'BinaryResponse',
  'ChannelOptions',
  'CloseInfo',
  'EventStream',
  'FileTypes',
  'NOT_GIVEN',
  'NamedFile',
  'NotGiven',
  'RequestOptions',
  'SSEParser',
  'ServerSentEvent',
  'SyncPage',
  'to_file',
];

export const RUNTIME_ERRORS = [
  'APIConnectionError',
  'APIConnectionTimeoutError',
  'APIError',
  'APIResponseParseError',
  'APIUserAbortError',
  'BackpressureError',
  'ClientError',
  'ConfigurationError',
  'ErrorBody',
  'InsecureTransportError',
  'InvalidRequestError',
  'MissingCredentialError',
  'ProtocolError',
  'RedirectError',
  'ResponseTooLargeError',
  'SocketClosedError',
  'StreamEventError',
];

export function errorExports(helpers: NamingSource): string[] {
  return [...RUNTIME_ERRORS, ...helpers.model.errors.classes.map((c) => helpers.naming.errors.get(c.name) ?? c.name)];
}

/** The package version, when it is a valid PEP 440 version; `0.0.0` otherwise (wheels require one). */
export function pyPackageVersion(version: string): string {
  return /^([1-9][0-9]*!)?(0|[1-9][0-9]*)(\.(0|[1-9][0-9]*))*((a|b|rc)(0|[1-9][0-9]*))?(\.post(0|[1-9][0-9]*))?(\.dev(0|[1-9][0-9]*))?$/.test(
    version,
  )
    ? version
    : '0.0.0';
}

export function callPrefix(op: PyOperation, isAsync: boolean): string {
  const wait = isAsync && op.kind !== 'page' ? 'await ' : '';
  // Quoted: the resource modules import the models for the type checker only.
  if (op.kind === 'json') return `return cast(${pyString(op.valueType)}, ${wait}`;
  if (op.kind === 'none') return wait;
  return `return ${wait}`;
}

export function constructorDoc(model: ApiModel): string {
  const env = model.client.environment;
  const lines = ['Args:'];
  for (const scheme of model.auth.schemes.filter((s) => s.transport !== 'none'))
    lines.push(`    ${pySnakeName(scheme.option)}: ${credentialDoc(scheme)}`);
  lines.push(
    `    base_url: Overrides the server${model.servers[0] ? ` (default ${model.servers[0].defaultUrl})` : ''}${env.baseUrl ? ` and the \`${env.baseUrl}\` environment variable` : ''}. Plain http is refused for credentials unless the host is loopback.`,
  );
  if (model.servers[0]?.variables.length) lines.push('    server_variables: Values for the variables of the server URL.');
  lines.push(
    `    timeout: Seconds allowed for each step of an attempt: connect, write, each wait for bytes (default ${model.client.timeoutMs / 1000}; float("inf") for none).`,
    `    max_retries: Retries after the first attempt (default ${model.retry.maxRetries}).`,
    '    default_headers: Headers sent with every request; None removes one the client would send.',
    model.apiVersion
      ? `    version: API version to pin instead of ${model.apiVersion.default}.`
      : '    version: Unused: the API is not versioned by header.',
    `    log_level: "off", "error", "warn", "info" (retries, WebSocket connects and closes) or "debug" (every request and response, credentials masked)${env.logLevel ? `; defaults to the \`${env.logLevel}\` environment variable, else "warn"` : '; default "warn"'}.`,
    "    logger: The logging.Logger to write to (default: the package's own named logger).",
    '    http_client: Your own httpx client (its pool, proxies, transport); you close it.',
  );
  return lines.join('\n');
}

export function credentialDoc(scheme: SecurityScheme): string {
  const extra: string[] = [];
  if (scheme.env) extra.push(`Defaults to the \`${scheme.env}\` environment variable.`);
  if (scheme.transport === 'bearer') extra.push('Sent as `Authorization: Bearer <value>`.');
  else if (scheme.transport === 'basic') extra.push('Given as `user:password`; sent as `Authorization: Basic ...`.');
  else if (scheme.transport === 'apiKey') extra.push(`Sent in the ${scheme.in} \`${scheme.parameterName}\`.`);
  return [scheme.description ?? '', ...extra].filter(Boolean).join(' ');
}
