// Realtime channels → Go: a method that opens the socket, a session type (and a context type for multiplexed
// channels) with one method per command, typed by the channel's schemas. The runtime (internal/realtime) does the
// work; the generated code passes it the channel and commands as data (templates/go/runtime/realtime/doc.go).
import type { Channel, ChannelCommand, Parameter, Schema } from 'openapi-client-generator/helpers';
import { NameAllocator } from 'openapi-client-generator/helpers';
import { goComment, goDoc, goLiteral, goString } from './literals.js';
import { goExported, goLocal, localNames } from './names.js';
import type { GoTypePrinter, StructField } from './types.js';

export interface GoChannel {
  channel: Channel;
  /** The method of the service (or client) that opens it. */
  method: string;
  /** Everything but the method: descriptors, params, session and context types. */
  declarations: string;
  /** The opening method, for a receiver type. */
  methodCode: (receiver: string) => string;
  /** Lines of Go showing the channel in use, from the expression that reaches its method (`client.TTS`). */
  example: (access: string, pkg: string) => string[];
}

interface GoCommand {
  command: ChannelCommand;
  method: string;
  specVar: string;
  argument?: { local: string; type: string };
  /** The fields parameter: required (one value) or optional (variadic, at most one). */
  fields?: { type: string; optional: boolean };
}

export function buildChannel(channel: Channel, printer: GoTypePrinter, names: NameAllocator, method: string): GoChannel {
  const base = goExported(channel.typeNames.session.replace(/Session(\d*)$/, '$1'));
  const session = names.allocate(goExported(channel.typeNames.session));
  const contextType = channel.context ? names.allocate(goExported(channel.typeNames.context)) : undefined;
  const event = printer.expr(channel.receive.schema, goExported(channel.typeNames.event)).text;
  const specVar = names.allocate(`channel${base}`);
  const queryVar = channel.query.length > 0 ? names.allocate(`${specVar}Query`) : 'nil';
  const where = `${channel.id} (${channel.path})`;

  // Handshake parameters: a params struct, as for operations (json:"-": the runtime serializes them by wire name).
  let params: { name: string; fields: StructField[]; wire: { wire: string; field: string }[] } | undefined;
  if (channel.query.length > 0) {
    const name = names.allocate(goExported(channel.typeNames.params));
    const taken = new Set<string>();
    const fields: StructField[] = [];
    const wire: { wire: string; field: string }[] = [];
    for (const p of channel.query) {
      let field = goExported(p.name);
      for (let n = 2; taken.has(field.toLowerCase()); n++) field = `${goExported(p.name)}${n}`;
      taken.add(field.toLowerCase());
      const f = printer.field(field, p.name, p.schema, p.required && p.fixedValue === undefined, `${name}${field}`);
      fields.push({ ...f, json: '-', omit: '', ...(p.description ? { doc: p.description } : {}) });
      wire.push({ wire: p.name, field });
    }
    params = { name, fields, wire };
  }

  // Context settings: the settings schema without the fields the commands fill themselves.
  let settings: string | undefined;
  if (channel.context) {
    const filled = new Set<string>([channel.context.idField]);
    for (const c of channel.send.filter((c) => c.withSettings)) for (const f of fixedFields(c, channel)) filled.add(f);
    settings = channel.context.settings
      ? without(
          printer,
          channel.context.settings,
          [...filled],
          false,
          `${base}Settings`,
          `the settings a context of ${where} is opened with; the commands marked so repeat them.`,
        )
      : 'map[string]any';
  }

  const members = new NameAllocator(['ID', 'Recv', 'Events', 'Audio', 'Release', 'Ended', 'Close', 'CloseWith', 'Done']);
  for (const reserved of ['CloseInfo', 'IsOpen', 'SendAudio', 'StreamAudio', 'OpenContext', 'OpenContexts', 'Generate'])
    members.allocate(reserved);
  const commands: GoCommand[] = channel.send.map((command) => {
    const name = members.allocate(goExported(command.name));
    const cmd: GoCommand = { command, method: name, specVar: names.allocate(`command${base}${name}`) };
    if (command.kind === 'json') {
      // The argument must not shadow what the command and Generate methods declare themselves.
      const locals = localNames();
      for (const taken of ['fields', 'id', 'settings', 'inner', 'session']) locals.allocate(taken);
      if (command.argument) {
        const prop = command.schema ? objectProps(printer, command.schema).props.get(command.argument) : undefined;
        const type = prop ? printer.expr(prop, `${base}${name}${goExported(command.argument)}`).text : 'any';
        cmd.argument = { local: goLocal(command.argument, locals), type };
      }
      if (command.schema) {
        const fixed = fixedFields(command, channel);
        const { props, required } = objectProps(printer, command.schema);
        const rest = [...props.keys()].filter((k) => !fixed.includes(k));
        if (rest.length > 0) {
          const needed = !command.withSettings && rest.some((k) => required.has(k));
          cmd.fields = {
            type: without(
              printer,
              command.schema,
              fixed,
              command.withSettings,
              `${base}${name}Fields`,
              'the fields a command sends besides those it fills itself.',
            ),
            optional: !needed,
          };
        }
      }
    }
    return cmd;
  });

  const parts: string[] = [];
  if (params) parts.push(renderParams(params.name, params.fields, channel.id));
  const ctxSpec = channel.context
    ? `, Context: &realtime.ContextSpec{IDField: ${goString(channel.context.idField)}, EndField: ${goString(channel.context.endField ?? '')}}`
    : '';
  const b64 = channel.receive.base64Fields.length
    ? `, Base64Fields: []string{${channel.receive.base64Fields.map(goString).join(', ')}}`
    : '';
  const security = channel.security.length
    ? `, Security: [][]string{${channel.security.map((s) => `{${s.map(goString).join(', ')}}`).join(', ')}}`
    : '';
  parts.push(`var ${specVar} = &realtime.Channel{Path: ${goString(channel.path)}${security}${b64}${ctxSpec}}\n`);
  if (params) parts.push(`var ${queryVar} = []core.ParamSpec{${channel.query.map(paramSpec).join(', ')}}\n`);
  for (const c of commands) parts.push(`var ${c.specVar} = ${commandLiteral(c.command)}\n`);

  const sessionDoc = channel.context
    ? `a session of ${where}: one socket, many contexts (OpenContext). Close it when done.`
    : `a session of ${where}: read its events with Recv or Events${channel.audio ? ', send audio with SendAudio or StreamAudio' : ''}. Close it when done.`;
  const s = 'session';
  const forward = (recv: string, field: string, whose: string): string[] => [
    `// Recv is the next event${whose}; io.EOF once the stream has ended. ctx bounds this wait alone.\nfunc (s *${recv}) Recv(ctx context.Context) (${event}, error) { return s.${field}.Recv(ctx) }\n`,
    `// Events ranges over the events until the stream ends; an error ends it after being yielded.\nfunc (s *${recv}) Events(ctx context.Context) iter.Seq2[${event}, error] { return s.${field}.Events(ctx) }\n`,
  ];
  const sessionParts = [
    `${goDoc(session, sessionDoc, '')}type ${session} struct{ ${s} *realtime.Session[${event}] }\n`,
    `// Close closes the socket normally and waits for the session to end; streams still open end normally.\nfunc (s *${session}) Close() error { return s.${s}.Close() }\n`,
    `// CloseWith closes the socket with a close code and reason.\nfunc (s *${session}) CloseWith(code int, reason string) error { return s.${s}.CloseWith(code, reason) }\n`,
    `// Done is closed once the socket has closed and the session has ended.\nfunc (s *${session}) Done() <-chan struct{} { return s.${s}.Done() }\n`,
    `// CloseInfo is how the socket closed; false while it is open.\nfunc (s *${session}) CloseInfo() (CloseInfo, bool) { return s.${s}.CloseInfo() }\n`,
    `// IsOpen reports whether commands can still be sent.\nfunc (s *${session}) IsOpen() bool { return s.${s}.IsOpen() }\n`,
    ...forward(session, s, channel.context ? ' of no context' : ''),
  ];
  if (channel.receive.base64Fields.length && !channel.context)
    sessionParts.push(
      `// Audio ranges over the decoded base64 data of the events, in order.\nfunc (s *${session}) Audio(ctx context.Context) iter.Seq2[[]byte, error] { return s.${s}.Audio(ctx) }\n`,
    );
  if (channel.audio)
    sessionParts.push(
      `// SendAudio sends one binary frame of audio.\nfunc (s *${session}) SendAudio(ctx context.Context, chunk []byte) error { return s.${s}.SendAudio(ctx, chunk) }\n`,
      `// StreamAudio sends what r holds as binary frames of at most chunkSize bytes (0: 32 KiB), until EOF.\nfunc (s *${session}) StreamAudio(ctx context.Context, r io.Reader, chunkSize int) error {\n\treturn s.${s}.StreamAudio(ctx, r, chunkSize)\n}\n`,
    );
  if (channel.context && contextType) {
    sessionParts.push(
      `// OpenContext opens a context with these settings, named id (an empty id gets a random one).\nfunc (s *${session}) OpenContext(id string, settings ${settings}) (*${contextType}, error) {\n\tinner, err := s.${s}.OpenContext(id, settings)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\treturn &${contextType}{inner: inner}, nil\n}\n`,
      `// OpenContexts are the ids of the contexts still receiving.\nfunc (s *${session}) OpenContexts() []string { return s.${s}.OpenContexts() }\n`,
    );
    const oneShot = commands.find((c) => c.command.name === channel.context!.oneShot && c.argument);
    if (oneShot?.argument)
      sessionParts.push(
        `// Generate opens a context and sends the whole request at once (${oneShot.method}); read its events or audio.\nfunc (s *${session}) Generate(ctx context.Context, id string, settings ${settings}, ${oneShot.argument.local} ${oneShot.argument.type}) (*${contextType}, error) {\n\tc, err := s.OpenContext(id, settings)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tif err := c.${oneShot.method}(ctx, ${oneShot.argument.local}); err != nil {\n\t\tc.Release()\n\t\treturn nil, err\n\t}\n\treturn c, nil\n}\n`,
      );
    const c = 'inner';
    sessionParts.push(
      `${goDoc(contextType, `one context of ${where}: its commands carry its id, and only its events arrive here.`, '')}type ${contextType} struct{ ${c} *realtime.SocketContext[${event}] }\n`,
      `// ID names the context in every message.\nfunc (s *${contextType}) ID() string { return s.${c}.ID }\n`,
      ...forward(contextType, c, ' of the context'),
      `// Release stops receiving for the context and drops what of it is unread (the server goes on unless cancelled).\nfunc (s *${contextType}) Release() { s.${c}.Release() }\n`,
      `// Ended reports whether the context has ended and every event of it has been read.\nfunc (s *${contextType}) Ended() bool { return s.${c}.Ended() }\n`,
    );
    if (channel.receive.base64Fields.length)
      sessionParts.push(
        `// Audio ranges over the decoded base64 data of the context's events, in order; leaving the loop early releases the context.\nfunc (s *${contextType}) Audio(ctx context.Context) iter.Seq2[[]byte, error] { return s.${c}.Audio(ctx) }\n`,
      );
    for (const cmd of commands) sessionParts.push(commandMethod(cmd, contextType, c));
  } else {
    for (const cmd of commands) sessionParts.push(commandMethod(cmd, session, s));
  }
  parts.push(...sessionParts);

  const doc = [channel.summary, channel.description].filter(Boolean).join('\n\n') || `Opens ${channel.path}.`;
  const methodCode = (receiver: string): string => {
    const values = params ? `map[string]any{${params.wire.map((w) => `${goString(w.wire)}: params.${w.field}`).join(', ')}}` : 'nil';
    return (
      `${goDoc(method, doc, '')}//\n// ctx bounds the handshake only: the session lives until it is closed, by either side.\n` +
      `func (s *${receiver}) ${method}(ctx context.Context, ${params ? `params ${params.name}, ` : ''}opts ...option.RequestOption) (*${session}, error) {\n` +
      `\tsession, err := connectChannel[${event}](ctx, s.client, ${specVar}, ${queryVar}, ${values}, opts)\n` +
      `\tif err != nil {\n\t\treturn nil, err\n\t}\n\treturn &${session}{session: session}, nil\n}\n`
    );
  };
  const example = (access: string, pkg: string): string[] => {
    const lines = [
      `session, err := ${access}.${method}(ctx${params ? `, ${pkg}.${params.name}{ /* ... */ }` : ''})`,
      'if err != nil { /* ... */ }',
      'defer session.Close()',
    ];
    const calls = (target: string): string[] =>
      commands
        .filter((c) => !c.fields || c.fields.optional)
        .sort((a, b) => Number(!a.argument) - Number(!b.argument))
        .slice(0, 2)
        .map(
          (c) => `err = ${target}.${c.method}(ctx${c.argument ? `, ${c.argument.type === 'string' ? '"..."' : c.argument.local}` : ''})`,
        );
    if (channel.context && contextType) {
      lines.push(
        `c, err := session.OpenContext("", ${settings === 'map[string]any' ? settings : `${pkg}.${settings}`}{ /* ... */ })`,
        ...calls('c'),
      );
      lines.push(
        channel.receive.base64Fields.length
          ? 'for chunk, err := range c.Audio(ctx) { /* the decoded audio, in order */ }'
          : 'for event, err := range c.Events(ctx) { /* ... */ }',
      );
    } else {
      if (channel.audio) lines.push('go session.StreamAudio(ctx, audio, 0) // an io.Reader');
      lines.push(...calls('session'), 'for event, err := range session.Events(ctx) { /* ... */ }');
    }
    return lines;
  };
  return { channel, method, declarations: parts.join('\n'), methodCode, example };
}

function commandMethod(cmd: GoCommand, receiver: string, field: string): string {
  const args = ['ctx context.Context'];
  if (cmd.argument) args.push(`${cmd.argument.local} ${cmd.argument.type}`);
  if (cmd.fields) args.push(cmd.fields.optional ? `fields ...${cmd.fields.type}` : `fields ${cmd.fields.type}`);
  const fields = cmd.fields ? (cmd.fields.optional ? 'optionalFields(fields)' : 'fields') : 'nil';
  const doc = cmd.command.description ?? `sends the ${cmd.command.name} command.`;
  const extra = cmd.fields?.optional ? '\n\nfields are optional (at most one).' : '';
  return (
    `${goDoc(cmd.method, doc + extra, '')}func (s *${receiver}) ${cmd.method}(${args.join(', ')}) error {\n` +
    `\treturn s.${field}.Send(ctx, ${cmd.specVar}, ${cmd.argument ? cmd.argument.local : 'nil'}, ${fields})\n}\n`
  );
}

function commandLiteral(c: ChannelCommand): string {
  const parts: string[] = [];
  if (c.kind === 'text') parts.push(`Text: ${goString(c.text ?? '')}`);
  if (c.argument) parts.push(`Argument: ${goString(c.argument)}`);
  if (c.argumentDefault !== undefined) parts.push(`ArgumentDefault: ${goLiteral(c.argumentDefault)}`);
  const set = Object.entries(c.set);
  if (set.length) parts.push(`Set: map[string]any{${set.map(([k, v]) => `${goString(k)}: ${goLiteral(v)}`).join(', ')}}`);
  if (c.withSettings) parts.push('WithSettings: true');
  if (c.endsContext) parts.push('EndsContext: true');
  return `&realtime.Command{${parts.join(', ')}}`;
}

function paramSpec(p: Parameter): string {
  const parts = [`Name: ${goString(p.name)}`, `Style: ${goString(p.style)}`];
  if (p.explode) parts.push('Explode: true');
  if (p.fixedValue !== undefined) parts.push(`Fixed: ${goLiteral(p.fixedValue)}`);
  return `{${parts.join(', ')}}`;
}

function renderParams(name: string, fields: StructField[], id: string): string {
  const body = fields.map((f) => `${goComment(f.doc, '\t')}\t${f.name} ${f.type} \`json:"-"\`\n`).join('');
  return `${goDoc(name, `the handshake parameters of ${id}.`, '')}type ${name} struct {\n${body}}\n`;
}

/** Fields a command fills itself: the fixed ones, its argument, the context id. */
function fixedFields(command: ChannelCommand, channel: Channel): string[] {
  return [
    ...Object.keys(command.set),
    ...(command.argument ? [command.argument] : []),
    ...(channel.context ? [channel.context.idField] : []),
  ];
}

/** An object schema's properties, allOf parts merged in order, and which are required. */
function objectProps(printer: GoTypePrinter, raw: Schema): { props: Map<string, Schema>; required: Set<string> } {
  const schema = printer.resolve(raw);
  const props = new Map<string, Schema>();
  const required = new Set<string>(schema.required ?? []);
  for (const part of schema.allOf ?? []) {
    const merged = objectProps(printer, part);
    for (const [k, v] of merged.props) props.set(k, v);
    for (const r of merged.required) required.add(r);
  }
  for (const [k, v] of Object.entries(schema.properties ?? {})) props.set(k, v);
  return { props, required };
}

/** The Go type of an object schema without some properties (all optional when `partial`): the schema's own type when
 * nothing is left out, else a struct declared under `hint`. */
function without(printer: GoTypePrinter, schema: Schema, omitted: string[], partial: boolean, hint: string, doc: string): string {
  // Commands that leave out the same fields of the same schema share one type (push and end, say).
  const known = derivedTypes.get(printer) ?? new Map<string, string>();
  derivedTypes.set(printer, known);
  const key = JSON.stringify([schema, [...omitted].sort(), partial]);
  const found = known.get(key);
  if (found) return found;
  const type = derivedType(printer, schema, omitted, partial, hint, doc);
  known.set(key, type);
  return type;
}

const derivedTypes = new WeakMap<GoTypePrinter, Map<string, string>>();

function derivedType(printer: GoTypePrinter, schema: Schema, omitted: string[], partial: boolean, hint: string, doc: string): string {
  const { props, required } = objectProps(printer, schema);
  const kept = [...props.entries()].filter(([k]) => !omitted.includes(k));
  if (kept.length === props.size && !partial && props.size > 0) return printer.expr(schema, hint).text;
  const derived: Schema = {
    type: 'object',
    properties: Object.fromEntries(kept),
    ...(partial ? {} : { required: kept.map(([k]) => k).filter((k) => required.has(k)) }),
    description: doc,
  };
  if (kept.length === 0) return 'map[string]any';
  return printer.expr(derived, hint).text;
}
