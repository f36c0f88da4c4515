// WebSocket channels (`x-websockets`): handshake, credentials, commands and events of each realtime channel,
// read from the spec so that another API's channel of the same shape needs no generator change.
import { problem, specName, type Problem } from '../errors.js';
import { joinPointer } from '../load/json-pointer.js';
import type { Origin, SpecSource } from '../load/load-spec.js';
import { memberIdentifier, typeIdentifier } from './names.js';
import { responseProperty } from './payloads.js';
import { isRecord, type SchemaRegistry } from './schemas.js';
import type { Channel, ChannelCommand, Parameter, SecurityScheme } from './types.js';

export interface ChannelBuildContext {
  source: SpecSource;
  schemas: SchemaRegistry;
  problems: Problem[];
  schemes: SecurityScheme[];
}

export function buildChannels(ctx: ChannelBuildContext): Channel[] {
  const root = ctx.source.root['x-websockets'];
  if (root === undefined) return [];
  if (!isRecord(root)) {
    ctx.problems.push(
      problem(
        'extension-shape',
        'x-websockets must map channel names to channels',
        'see spec/README.md',
        ctx.source.locateNode(root, '/x-websockets'),
      ),
    );
    return [];
  }
  const channels: Channel[] = [];
  for (const [id, raw] of Object.entries(root)) {
    const at: Origin = { file: ctx.source.rootFile, pointer: joinPointer('/x-websockets', id) };
    const channel = buildChannel(ctx, id, raw, at);
    if (channel) channels.push(channel);
  }
  return channels;
}

function buildChannel(ctx: ChannelBuildContext, id: string, raw: unknown, at: Origin): Channel | undefined {
  const fail = (pointer: string, message: string, hint = 'see spec/README.md for the fields of a channel'): undefined => {
    ctx.problems.push(problem('channel-invalid', message, hint, ctx.source.locateNode(undefined, pointer)));
    return undefined;
  };
  if (!isRecord(raw)) return fail(at.pointer, `channel${specName(id)} must be an object`);
  if (typeof raw.path !== 'string' || !raw.path.startsWith('/'))
    return fail(joinPointer(at.pointer, 'path'), `channel${specName(id)} needs a \`path\` starting with "/"`);
  const receive = isRecord(raw.receive) ? raw.receive : undefined;
  if (!receive || receive.schema === undefined)
    return fail(joinPointer(at.pointer, 'receive'), `channel${specName(id)} needs \`receive.schema\`, the messages the server sends`);
  const parts = id.split('.').map((p) => memberIdentifier(p));
  const resourcePath = parts.slice(0, -1);
  const name = parts[parts.length - 1]!;
  const sub = (...segments: (string | number)[]): Origin => ({ file: at.file, pointer: joinPointer(at.pointer, ...segments) });
  const schemaOf = (node: unknown, origin: Origin) => ctx.schemas.normalize(node, ctx.source.originOf(node) ?? origin);

  const send: ChannelCommand[] = [];
  (Array.isArray(raw.send) ? raw.send : []).forEach((entry, i) => {
    if (!isRecord(entry) || typeof entry.name !== 'string') {
      fail(joinPointer(at.pointer, 'send', i), 'each command needs a `name`');
      return;
    }
    const text = typeof entry.text === 'string' ? entry.text : undefined;
    if (text === undefined && entry.schema === undefined) {
      fail(
        joinPointer(at.pointer, 'send', i),
        `command${specName(entry.name)} needs a \`schema\` (JSON frame) or a \`text\` (literal frame)`,
      );
      return;
    }
    if (
      typeof entry.argument === 'string' &&
      entry.schema !== undefined &&
      !responseProperty(ctx, entry.schema, sub('send', i, 'schema'), entry.argument)
    ) {
      fail(
        joinPointer(at.pointer, 'send', i, 'argument'),
        `command${specName(entry.name)} fills${specName(entry.argument)}, which is not a property of its schema`,
        'name a property of the command schema in `argument`',
      );
      return;
    }
    send.push({
      name: memberIdentifier(entry.name),
      kind: text === undefined ? 'json' : 'text',
      ...(text !== undefined ? { text } : {}),
      ...(entry.schema !== undefined ? { schema: schemaOf(entry.schema, sub('send', i, 'schema')) } : {}),
      ...(typeof entry.argument === 'string' ? { argument: entry.argument } : {}),
      ...(entry.argumentDefault !== undefined ? { argumentDefault: entry.argumentDefault } : {}),
      endsContext: entry.endsContext === true,
      set: isRecord(entry.set) ? entry.set : {},
      withSettings: entry.withSettings === true,
      ...(typeof entry.description === 'string' ? { description: entry.description } : {}),
    });
  });

  const context = isRecord(raw.context) ? raw.context : undefined;
  if (context && typeof context.idField !== 'string')
    return fail(joinPointer(at.pointer, 'context'), 'a multiplexed channel needs `context.idField`');
  if (context && typeof context.oneShot === 'string') {
    const oneShot = send.find((c) => c.name === memberIdentifier(String(context.oneShot)));
    if (!oneShot)
      fail(
        joinPointer(at.pointer, 'context', 'oneShot'),
        `oneShot names${specName(context.oneShot)}, which is not one of the channel's commands`,
      );
    else if (!oneShot.argument || !oneShot.withSettings) {
      const hint = 'a one-call helper sends the settings and the argument in one command';
      fail(
        joinPointer(at.pointer, 'context', 'oneShot'),
        `the oneShot command${specName(oneShot.name)} must take an \`argument\` and use \`withSettings\``,
        hint,
      );
    }
  }
  const base = typeIdentifier(id);
  return {
    id,
    name,
    resourcePath,
    path: raw.path,
    ...(typeof raw.summary === 'string' ? { summary: raw.summary } : {}),
    ...(typeof raw.description === 'string' ? { description: raw.description } : {}),
    security: channelSecurity(ctx, raw.security ?? ctx.source.root.security, sub('security')),
    query: queryParameters(ctx, raw.query, sub('query')),
    ...(isRecord(raw.query) ? { querySchema: schemaOf(raw.query, sub('query')) } : {}),
    audio: raw.audio === true,
    receive: { schema: schemaOf(receive.schema, sub('receive', 'schema')), base64Fields: [] },
    ...(context
      ? {
          context: {
            idField: String(context.idField),
            ...(typeof context.endField === 'string' ? { endField: context.endField } : {}),
            ...(context.settings !== undefined ? { settings: schemaOf(context.settings, sub('context', 'settings')) } : {}),
            ...(typeof context.oneShot === 'string' ? { oneShot: memberIdentifier(context.oneShot) } : {}),
          },
        }
      : {}),
    send,
    typeNames: {
      params: ctx.schemas.reserveTypeName(`${base}Params`),
      session: ctx.schemas.reserveTypeName(`${base}Session`),
      context: ctx.schemas.reserveTypeName(`${base}Context`),
      event: ctx.schemas.reserveTypeName(`${base}Event`),
    },
  };
}

/** Handshake query parameters: an object schema whose properties are the parameters, or a parameter list. */
function queryParameters(ctx: ChannelBuildContext, node: unknown, at: Origin): Parameter[] {
  if (node === undefined) return [];
  const parameter = (name: string, schemaNode: unknown, origin: Origin, required: boolean): Parameter => {
    const schema = ctx.schemas.normalize(schemaNode, ctx.source.originOf(schemaNode) ?? origin);
    return {
      name,
      location: 'query',
      required,
      ...(typeof schema.description === 'string' ? { description: schema.description } : {}),
      deprecated: schema.deprecated === true,
      schema,
      style: 'form',
      explode: true,
    };
  };
  if (Array.isArray(node)) {
    return node.flatMap((raw, i) => {
      const { value } = ctx.source.deref<Record<string, unknown>>(raw, { file: at.file, pointer: joinPointer(at.pointer, i) });
      return isRecord(value) && typeof value.name === 'string'
        ? [parameter(value.name, value.schema, { file: at.file, pointer: joinPointer(at.pointer, i, 'schema') }, value.required === true)]
        : [];
    });
  }
  const { value, origin } = ctx.source.deref<Record<string, unknown>>(node, at);
  if (!isRecord(value) || !isRecord(value.properties)) {
    ctx.problems.push(
      problem(
        'channel-invalid',
        '`query` must be an object schema (its properties are the parameters) or a list of parameters',
        'see spec/README.md',
        ctx.source.locate(at),
      ),
    );
    return [];
  }
  const required = new Set(Array.isArray(value.required) ? value.required.map(String) : []);
  return Object.entries(value.properties).map(([name, schema]) =>
    parameter(name, schema, { file: origin.file, pointer: joinPointer(origin.pointer, 'properties', name) }, required.has(name)),
  );
}

/** Credential sets whose every scheme can travel in a handshake query parameter. */
function channelSecurity(ctx: ChannelBuildContext, raw: unknown, at: Origin): string[][] {
  if (!Array.isArray(raw)) return [];
  const usable = new Set(ctx.schemes.filter((s) => s.websocketQueryParameter).map((s) => s.key));
  const sets: string[][] = [];
  for (const requirement of raw) {
    if (!isRecord(requirement)) continue;
    const keys = Object.keys(requirement);
    if (keys.every((k) => usable.has(k))) sets.push(keys);
    else {
      const missing = keys.filter((k) => !usable.has(k));
      ctx.problems.push(
        problem(
          'channel-credential',
          `scheme(s)${missing.map((k) => specName(k) || ' (unnamed)').join(',')} have no \`x-credential.websocketQueryParameter\`, so they cannot authenticate a WebSocket handshake`,
          'add websocketQueryParameter to the scheme, or drop it from the channel',
          ctx.source.locateNode(requirement, at.pointer),
          'warning',
        ),
      );
    }
  }
  return sets;
}
