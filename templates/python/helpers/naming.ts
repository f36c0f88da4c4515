// Every Python name the templates print, decided once for the whole model: type names (one namespace, since the
// package exports them all), class members per resource, method arguments per operation.
import {
  allResources,
  NameAllocator,
  type ApiModel,
  type Channel,
  type ChannelCommand,
  type Operation,
  type Resource,
} from 'openapi-client-generator/helpers';
import { pyPascalName, PyNames, pySnakeName, RUNTIME_NAMES, TYPE_BUILTINS, TYPING_NAMES } from './names.js';

/** Public members of the runtime's client classes: an API member of the same name gets a trailing underscore. */
const CLIENT_MEMBERS = ['base_url', 'timeout', 'max_retries', 'version', 'close', 'with_options', 'request', 'with_raw_response'];

/** Members of the runtime's session and context classes: a command of the same name gets a `send_` prefix. */
const SESSION_MEMBERS = new Set([
  'socket',
  'spec',
  'events',
  'closed',
  'close_info',
  'is_open',
  'close',
  'send_json',
  'send_text',
  'send_audio',
  'stream_audio',
  'open_contexts',
  'context',
  'generate',
  'id',
  'settings',
  'session',
  'done',
  'audio',
  'receive',
]);

export interface PyNaming {
  /** IR type name (schema, resource, channel types) → Python name. */
  types: Map<string, string>;
  /** IR error class name → Python class name. */
  errors: Map<string, string>;
  client: string;
  asyncClient: string;
  /** Allocator of the shared type namespace, for names derived later (hoisted and decoded types). */
  names: PyNames;
}

export function pythonNaming(model: ApiModel): PyNaming {
  const names = new PyNames([...TYPING_NAMES, ...RUNTIME_NAMES, ...TYPE_BUILTINS]);
  const client = names.allocate(pyPascalName(model.client.name, 'Client'));
  const asyncClient = names.allocate(`Async${client}`);
  const errors = new Map<string, string>();
  for (const cls of model.errors.classes)
    errors.set(cls.name, names.has(cls.name) ? names.allocate(`${cls.name}Status`) : names.allocate(cls.name));
  const types = new Map<string, string>();
  const irNames = [
    ...model.schemas.map((s) => s.name),
    ...allResources(model.resources).flatMap((r) => [r.typeName, `Async${r.typeName}`]),
    ...model.channels.flatMap((c) => [
      c.typeNames.session,
      `Async${c.typeNames.session}`,
      c.typeNames.context,
      `Async${c.typeNames.context}`,
      c.typeNames.event,
      settingsIrName(c),
    ]),
  ];
  // Names already free keep their spelling; clashing ones get a suffix, as in the TypeScript set.
  const clashing = new Set(irNames.filter((n) => names.has(n)));
  for (const name of irNames) if (!clashing.has(name) && !types.has(name)) types.set(name, names.allocate(name));
  for (const name of clashing) if (!types.has(name)) types.set(name, names.allocate(`${name}Model`));
  return { types, errors, client, asyncClient, names };
}

/** The IR-style name of a channel's context settings type (`TtsWebsocketContext` → `TtsWebsocketSettings`). */
export function settingsIrName(channel: Channel): string {
  return channel.typeNames.context.replace(/Context(\d*)$/, 'Settings$1');
}

/** Member names of one class: sub-resources, then operations, then channels, each unique and never reserved. */
export interface ClassMembers {
  resources: Map<Resource, string>;
  operations: Map<Operation, string>;
  channels: Map<Channel, string>;
  all: Set<string>;
}

export function classMembers(resources: Resource[], operations: Operation[], channels: Channel[], onClient: boolean): ClassMembers {
  const allocator = new NameAllocator(onClient ? CLIENT_MEMBERS : []);
  const out: ClassMembers = { resources: new Map(), operations: new Map(), channels: new Map(), all: new Set() };
  const take = (name: string): string => {
    const snake = pySnakeName(name);
    const chosen = allocator.has(snake) ? allocator.allocate(`${snake}_`) : allocator.allocate(snake);
    out.all.add(chosen);
    return chosen;
  };
  for (const r of resources) out.resources.set(r, take(r.name));
  for (const op of operations) out.operations.set(op, take(op.name));
  for (const c of channels) out.channels.set(c, take(c.name));
  return out;
}

/** A command's method name on a session or context. */
export function commandMethodName(command: ChannelCommand): string {
  const name = pySnakeName(command.name);
  return SESSION_MEMBERS.has(name) ? `send_${name}` : name;
}

// Names a method's body evaluates (`return cast(Dict[str, int], ...)`): an argument of the same name would
// shadow them, so it takes a trailing underscore (`str_`).
const BODY_NAMES = new Set(['cast', ...TYPE_BUILTINS]);

/** Python argument names for wire names, unique within one signature (`self` and `request_options` are taken). */
export class ArgumentNames {
  private readonly allocator: NameAllocator;
  constructor(reserved: string[]) {
    this.allocator = new NameAllocator(['self', ...reserved]);
  }
  allocate(wire: string): string {
    const name = pySnakeName(wire);
    return this.allocator.allocate(BODY_NAMES.has(name) ? `${name}_` : name);
  }
}
