// What each generated TypeScript module imports: model types, runtime types and values, and the session
// types of realtime channels, grouped by the module that declares them.
import type { Channel, Operation } from 'openapi-client-generator/helpers';
import type { TypeReferences, TypeScriptHelpers } from '../helpers.js';

export interface ModuleImports {
  /** Names from `models.ts`. */
  models: string[];
  /** The descriptors of the module's operations and channels, from `descriptors.ts`. */
  descriptors: string[];
  /** Type-only imports from the runtime (`core/<module>.ts`). */
  runtime: { module: string; names: string[] }[];
  /** Value imports from the runtime. */
  values: { module: string; names: string[] }[];
  /** Type-only imports from channel modules (`realtime/<module>.ts`). */
  realtime: { module: string; names: string[] }[];
  /** Helper types the module's types are written with (openapi-typescript's `WithRequired`), declared at its end. */
  declarations: string[];
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
    const runtime = new Set<string>(operations.length > 0 ? ['RequestOptions'] : []);
    const realtime = channels.map((channel) => ({
      module: this.ts.channels.moduleName(channel),
      names: [channel.typeNames.session, ...(channel.query.length > 0 ? [channel.typeNames.params] : [])].map((n) => this.ts.typeName(n)),
    }));
    if (channels.length > 0) runtime.add('ChannelOptions');
    for (const op of operations) {
      runtime.add(op.pagination ? 'PagePromise' : 'APIPromise');
      if (op.response.kind === 'binary') runtime.add('BinaryResponse');
      if (op.response.kind === 'event-stream') runtime.add('EventStream');
      if (op.response.base64Fields?.length) runtime.add('DecodeBase64');
    }
    // Every type the module's methods print (the method partial); their params types are declared in models.ts.
    const referenced = this.ts.referencedTypes(() => {
      for (const op of operations) {
        this.ts.methodArguments(op);
        this.ts.returnType(op);
      }
    });
    for (const op of operations) if (this.ts.hasParams(op)) referenced.names.add(this.ts.typeName(op.typeNames.params));
    const descriptors = [
      ...operations.map((op) => this.ts.operationConst(op)),
      ...channels.map((channel) => this.ts.channels.constName(channel)),
    ];
    return { ...this.declared(referenced, runtime), descriptors: descriptors.sort(), values: [], realtime };
  }

  /** models.ts: the runtime types its params types name (an upload is an `Uploadable`). */
  forModels(referenced: string[]): { module: string; names: string[] }[] {
    return groupByModule(new Set(referenced.filter((name) => Object.hasOwn(RUNTIME_MODULES, name))));
  }

  /** A channel's own module: the session classes it extends, and the types of its messages. */
  forChannel(channel: Channel): ModuleImports {
    const values = new Set(channel.context ? ['ContextSession', 'SocketContext'] : ['SocketSession']);
    const runtime = new Set(channel.receive.base64Fields.length > 0 ? ['DecodeBase64'] : []);
    // Every type the channel-types partial prints.
    const helpers = this.ts.channels;
    const referenced = this.ts.referencedTypes(() => {
      helpers.eventType(channel);
      if (channel.query.length > 0) helpers.paramsType(channel);
      if (channel.context) helpers.settingsType(channel);
      if (helpers.oneShot(channel)) helpers.oneShotType(channel);
      for (const command of channel.send) helpers.commandArguments(command, channel);
    });
    return { ...this.declared(referenced, runtime), descriptors: [], values: groupByModule(values), realtime: [] };
  }

  /** Sorts printed type names into runtime types (added to `runtime`) and models. */
  private declared(referenced: TypeReferences, runtime: Set<string>): Pick<ModuleImports, 'models' | 'runtime' | 'declarations'> {
    const models: string[] = [];
    for (const name of referenced.names) {
      if (Object.hasOwn(RUNTIME_MODULES, name)) runtime.add(name);
      else models.push(name);
    }
    return { models: models.sort(), runtime: groupByModule(runtime), declarations: [...referenced.declarations].sort() };
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
