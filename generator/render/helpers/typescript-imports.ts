// What each generated TypeScript module imports: model types, runtime types and values, and the session
// types of realtime channels, grouped by the module that declares them.
import { COMPONENT_PREFIX } from '../../ir/schemas.js';
import type { Channel, Operation } from '../../ir/types.js';
import { namedParameters } from './core.js';
import type { TypeScriptHelpers } from './typescript.js';

export interface ModuleImports {
  /** Names from `models.ts`. */
  models: string[];
  /** Type-only imports from the runtime (`core/<module>.ts`). */
  runtime: { module: string; names: string[] }[];
  /** Value imports from the runtime. */
  values: { module: string; names: string[] }[];
  /** Type-only imports from channel modules (`realtime/<module>.ts`). */
  realtime: { module: string; names: string[] }[];
}

/** The runtime module that declares each name the templates import. */
const RUNTIME_MODULES: Record<string, string> = {
  ChannelOptions: 'types',
  ChannelSpec: 'channel-session',
  SocketSession: 'channel-session',
  ContextSession: 'channel-contexts',
  SocketContext: 'channel-contexts',
  DecodeBase64: 'streaming',
  RequestOptions: 'types',
  OperationSpec: 'types',
  APIPromise: 'api-promise',
  PagePromise: 'pagination',
  BinaryResponse: 'binary',
  EventStream: 'streaming',
  Uploadable: 'uploads',
};

export class TypeScriptImports {
  constructor(private readonly ts: TypeScriptHelpers) {}

  /** A resource module: model and runtime types, and the session types of its channels (whose classes live
   * in modules of their own, loaded when a channel is first opened). */
  forResource(operations: Operation[], channels: Channel[] = []): ModuleImports {
    const models = new Set<string>();
    const runtime = new Set<string>(operations.length > 0 ? ['RequestOptions'] : []);
    const realtime = channels.map((channel) => ({
      module: this.ts.channels.moduleName(channel),
      names: [channel.typeNames.session, ...(channel.query.length > 0 ? [channel.typeNames.params] : [])].map((n) => this.ts.typeName(n)),
    }));
    if (channels.length > 0) ['ChannelOptions', 'ChannelSpec'].forEach((name) => runtime.add(name));
    for (const op of operations) {
      runtime.add('OperationSpec');
      runtime.add(op.pagination ? 'PagePromise' : 'APIPromise');
      if (op.response.kind === 'binary') runtime.add('BinaryResponse');
      if (op.response.kind === 'event-stream') runtime.add('EventStream');
      if (op.response.base64Fields?.length) runtime.add('DecodeBase64');
      // A paginated method returns items, so the page wrapper's type is not needed.
      const result = op.pagination ? op.pagination.itemSchema : op.response.schema;
      // Path parameters are positional arguments, typed by their schema too (a named one must be imported).
      const parameters = [...op.parameters.path, ...namedParameters(op)];
      const schemas = [...parameters.map((p) => p.schema), op.requestBody?.schema, result];
      for (const schema of schemas) collectRefs(schema, models);
      if (this.ts.hasParams(op) && this.ts.paramsType(op).includes('Uploadable')) runtime.add('Uploadable');
    }
    const modelNames = [...models].map((n) => this.ts.typeName(n)).sort();
    return { models: modelNames, runtime: groupByModule(runtime), values: [], realtime };
  }

  /** A channel's own module: the session classes it extends, and the types of its messages. */
  forChannel(channel: Channel): ModuleImports {
    const values = new Set(channel.context ? ['ContextSession', 'SocketContext'] : ['SocketSession']);
    const runtime = new Set(channel.receive.base64Fields.length > 0 ? ['DecodeBase64'] : []);
    const models = this.ts.channels.modelRefs(channel).map((n) => this.ts.typeName(n));
    return { models: models.sort(), runtime: groupByModule(runtime), values: groupByModule(values), realtime: [] };
  }
}

function groupByModule(names: Set<string>): { module: string; names: string[] }[] {
  const byModule = new Map<string, string[]>();
  for (const name of [...names].sort()) {
    const module = RUNTIME_MODULES[name] ?? 'types';
    byModule.set(module, [...(byModule.get(module) ?? []), name]);
  }
  return [...byModule].sort(([a], [b]) => (a < b ? -1 : 1)).map(([module, list]) => ({ module, names: list }));
}

/** Names of the schemas a schema refers to directly (not transitively). */
export function collectRefs(schema: unknown, into: Set<string>): void {
  if (Array.isArray(schema)) return schema.forEach((s) => collectRefs(s, into));
  if (schema === null || typeof schema !== 'object') return;
  for (const [key, value] of Object.entries(schema)) {
    if (key === '$ref' && typeof value === 'string' && value.startsWith(COMPONENT_PREFIX)) into.add(value.slice(COMPONENT_PREFIX.length));
    else if (key !== 'examples' && key !== 'default' && key !== 'enum' && key !== 'const') collectRefs(value, into);
  }
}
