// The runtime's data as TypeScript: the client's configuration and the descriptors of operations and channels,
// built by the generator's language-neutral helpers (`clientConfig`, `operationDescriptor`, `channelDescriptor`)
// and printed here with what only TypeScript has (a RegExp, the error classes of errors.ts).
import { channelDescriptor, clientConfig, type ApiModel, type Channel } from 'openapi-client-generator/helpers';
import { tsString } from './naming.js';

/** Code written as is inside printed data (an expression, not a value). */
class Code {
  constructor(readonly text: string) {}
}

/**
 * Data as a TypeScript expression: keys quoted as JSON quotes them (prettier unquotes them when every key of the
 * object may be), strings safe anywhere (`tsString`), `Code` as written. The objects in `expanded` start a new line
 * after `{`, which prettier keeps: one key a line, even when the object would fit on one.
 */
export function tsData(value: unknown, expanded: ReadonlySet<unknown> = new Set()): string {
  if (value instanceof Code) return value.text;
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return tsString(value);
  if (Array.isArray(value)) return `[${value.map((item) => tsData(item, expanded)).join(', ')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}: ${tsData(item, expanded)}`);
    return expanded.has(value) ? `{\n${entries.map((entry) => `${entry},\n`).join('')}}` : `{ ${entries.join(', ')} }`;
  }
  return JSON.stringify(value);
}

/** The `ClientConfig` of the client module (see core/types.ts): URLs spelt `URL`, the pattern a RegExp. */
export function tsClientConfig(model: ApiModel): string {
  const config = clientConfig(model, (key) => key.replace(/Url$/, 'URL'));
  if (config.baseURL === null) config.baseURL = undefined;
  const version = config.apiVersion as Record<string, unknown> | undefined;
  if (typeof version?.pattern === 'string') version.pattern = new Code(`new RegExp(${tsString(version.pattern)})`);
  (config.errors as Record<string, unknown>).classes = new Code('errorClasses');
  // The configuration's own sections read one setting a line; the data inside them (lists, maps) stays compact.
  const sections = [config, config.server, config.environment, config.apiVersion, config.errors];
  return tsData(config, new Set(sections.filter(Boolean)));
}

/** A channel's descriptor for the TypeScript runtime, whose handshake query takes parameter names only. */
export function tsChannelSpec(channel: Channel): Record<string, unknown> {
  const spec = channelDescriptor(channel);
  if (Array.isArray(spec.query)) spec.query = spec.query.map(({ name }: { name: string }) => ({ name }));
  return spec;
}
