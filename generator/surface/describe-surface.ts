// The public surface of a client, described from the IR alone (no generated code is read), so every template set
// gets the same report. A description is a flat map of members keyed `<section>:<IR name>`; comparing two
// descriptions (compare-surface.ts) tells whether a regeneration is a major, minor or patch release.
import type { ApiModel, Channel, Operation, Parameter, Schema } from '../ir/types.js';
import { schemaFlows, type Flow } from './schema-flows.js';
import { typeParts } from './type-summary.js';

/** What kind of thing a member is; also the heading it is listed under in the report. */
export type Section =
  'client' | 'operation' | 'parameter' | 'response' | 'channel' | 'command' | 'event' | 'schema' | 'field' | 'enum' | 'error' | 'runtime';

export interface SurfaceMember {
  /** Users reach it as a value (a method, class, function or constant), not only as a type. */
  value: boolean;
  /** Which way its data goes: into the API (`input`), out of it (`output`), or `both`. Absent: not data. */
  flow?: Flow;
  /** Canonical type summary (type-summary.ts), `null` left out (see `nullable`). */
  type?: string;
  required?: boolean;
  nullable?: boolean;
  readOnly?: boolean;
  writeOnly?: boolean;
  /** Where a parameter goes: `path`, `query`, `header`, `cookie`, `body`, `message`. */
  location?: string;
  /** Enum values as JSON texts, sorted. */
  values?: string[];
  /** An open enum (`x-extensible-enum`): any string is valid besides `values`. */
  open?: boolean;
  /** How a response arrives: `json`, `binary`, `text`, `event-stream`, `none`, or `page` (paginated). */
  streaming?: string;
}

/** Names the template set's static runtime exports, which the IR cannot know (manifest `surface`). */
export interface RuntimeSurface {
  values: string[];
  types: string[];
}

/** `<section>:<name>` → member. */
export type SurfaceMembers = Record<string, SurfaceMember>;

export function memberKey(section: Section, name: string): string {
  return `${section}:${name}`;
}

export function splitKey(key: string): { section: Section; name: string } {
  const at = key.indexOf(':');
  return { section: key.slice(0, at) as Section, name: key.slice(at + 1) };
}

export function describeSurface(model: ApiModel, runtime: RuntimeSurface = { values: [], types: [] }): SurfaceMembers {
  const members: SurfaceMembers = {};
  const put = (section: Section, name: string, member: SurfaceMember): void => {
    members[memberKey(section, name)] = member;
  };
  const flows = schemaFlows(model);

  put('client', model.client.name, { value: true });
  if (model.apiVersion) put('client', 'apiVersion', { value: false, type: JSON.stringify(model.apiVersion.default) });
  if (model.servers.length > 0) put('client', 'servers', { value: false, type: model.servers.map((s) => s.url).join(' , ') });
  for (const scheme of model.auth.schemes) put('client', `auth.${scheme.option}`, { value: false, type: scheme.transport });
  if (model.pagination) put('client', 'pagination', { value: false, type: model.pagination.style });

  for (const op of model.operations) describeOperation(op, put);
  for (const channel of model.channels) describeChannel(channel, put);

  for (const named of model.schemas) {
    const flow = flows.get(named.name) ?? 'both';
    const schema = named.schema;
    if (Array.isArray(schema.enum) && !schema.properties) {
      const { parts, nullable } = typeParts({ ...schema, 'x-extensible-enum': undefined });
      put('enum', named.name, {
        value: false,
        flow,
        values: parts.filter((p) => p !== 'string').sort(),
        ...(schema['x-extensible-enum'] ? { open: true } : {}),
        ...(nullable ? { nullable } : {}),
      });
    } else if (schema.properties) {
      const extra = schema.additionalProperties;
      put('schema', named.name, {
        value: false,
        flow,
        ...(extra && extra !== true ? { type: `map<${typeParts(extra).parts.join(' | ')}>` } : {}),
      });
      const required = new Set(schema.required ?? []);
      for (const [field, fieldSchema] of Object.entries(schema.properties))
        put('field', `${named.name}.${field}`, data(fieldSchema, required.has(field), flow));
    } else put('schema', named.name, { ...data(schema, true, flow), value: false });
  }

  for (const cls of model.errors.classes) put('error', cls.name, { value: true, type: cls.range ? `${cls.status}XX` : String(cls.status) });
  for (const name of runtime.values) put('runtime', name, { value: true });
  for (const name of runtime.types) put('runtime', name, { value: false });
  return members;
}

type Put = (section: Section, name: string, member: SurfaceMember) => void;

/** A piece of data: its type, whether it must be there, and which way it goes. */
function data(schema: Schema, required: boolean, flow: Flow, location?: string): SurfaceMember {
  const { parts, nullable } = typeParts(schema);
  return {
    value: false,
    // A read-only field is only ever received, a write-only one only sent: each is held to that direction's rules.
    flow: schema.readOnly ? 'output' : schema.writeOnly ? 'input' : flow,
    type: parts.join(' | '),
    required,
    ...(nullable ? { nullable } : {}),
    ...(schema.readOnly ? { readOnly: true } : {}),
    ...(schema.writeOnly ? { writeOnly: true } : {}),
    ...(location ? { location } : {}),
  };
}

function parameterMember(p: Parameter): SurfaceMember {
  // A pinned value is sent by the client itself: the caller may leave it out.
  return data(p.schema, p.required && p.fixedValue === undefined, 'input', p.location);
}

function describeOperation(op: Operation, put: Put): void {
  const name = [...op.resourcePath, op.name].join('.');
  put('operation', name, { value: true });
  const { path, query, header, cookie } = op.parameters;
  for (const p of [...path, ...query, ...header, ...cookie]) put('parameter', `${name}(${p.name})`, parameterMember(p));
  const body = op.requestBody;
  if (body && body.fields.length > 0) {
    for (const field of body.fields) put('parameter', `${name}(${field.name})`, data(field.schema, field.required, 'input', 'body'));
  } else if (body?.merged && body.schema.properties) {
    const required = new Set(body.requiredProperties);
    for (const [field, schema] of Object.entries(body.schema.properties))
      put('parameter', `${name}(${field})`, data(schema, required.has(field), 'input', 'body'));
  } else if (body) put('parameter', `${name}(body)`, data(body.schema, body.required, 'input', 'body'));

  const response = op.response;
  const returned = op.pagination ? op.pagination.itemSchema : response.schema;
  put('response', name, {
    value: false,
    flow: 'output',
    streaming: op.pagination ? 'page' : response.kind,
    ...(returned ? { type: typeParts(returned).parts.join(' | ') } : {}),
  });
}

function describeChannel(channel: Channel, put: Put): void {
  const name = [...channel.resourcePath, channel.name].join('.');
  put('channel', name, { value: true });
  for (const p of channel.query) put('parameter', `${name}(${p.name})`, parameterMember(p));
  if (channel.context?.settings) put('parameter', `${name}(settings)`, data(channel.context.settings, false, 'input', 'message'));
  put('event', name, { value: false, flow: 'output', type: typeParts(channel.receive.schema).parts.join(' | ') });
  for (const command of channel.send) {
    const commandName = `${name}#${command.name}`;
    put('command', commandName, { value: true });
    const properties = command.schema?.properties ?? {};
    const required = new Set(command.schema?.required ?? []);
    for (const [field, schema] of Object.entries(properties)) {
      // Fields the command always sets, and the context id, are not the caller's to give.
      if (field in command.set || field === channel.context?.idField) continue;
      const given = required.has(field) && !(field === command.argument && command.argumentDefault !== undefined);
      put('parameter', `${commandName}(${field})`, data(schema, given, 'input', 'message'));
    }
  }
}
