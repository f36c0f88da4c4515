// Realtime channels in Python: the method that opens one (handshake query parameters as keyword arguments),
// the event type with base64 fields as bytes, the settings of a multiplexed context, and each command method.
import type { Channel, ChannelCommand } from 'openapi-client-generator/helpers';
import { docText, pyInlineLiteral, pyString } from './literals.js';
import { ArgumentNames, commandMethodName, settingsIrName } from './naming.js';
import { pyConstName, pyPascalName } from './names.js';
import { argumentAnnotation, type PyArgument } from './operations.js';
import type { Declaration, PrintContext, PyTypePrinter } from './types.js';

export interface PyCommand {
  command: ChannelCommand;
  method: string;
  /** The command's argument (the field its first parameter fills), typed, with its default. */
  argument?: { wire: string; name: string; type: string; default?: string };
  /** TypedDict of the remaining fields, passed as keyword arguments. */
  fields?: Declaration;
}

export interface PyChannel {
  channel: Channel;
  constName: string;
  args: PyArgument[];
  session: string;
  asyncSession: string;
  context: string;
  asyncContext: string;
  event: string;
  settings?: Declaration;
  commands: PyCommand[];
  /** The command the one-call `generate` helper sends. */
  oneShot?: PyCommand;
  declarations: Declaration[];
  refs: Set<string>;
}

export function buildChannel(
  channel: Channel,
  printer: PyTypePrinter,
  typeName: (irName: string) => string,
  allocate: (name: string) => string,
  shadowed: ReadonlySet<string>,
): PyChannel {
  const refs = new Set<string>();
  const base = channel.typeNames.params.replace(/Params(\d*)$/, '$1');
  const ctx = (use: 'request' | 'response', hint: string, extra: Partial<PrintContext> = {}): PrintContext => ({
    use,
    hint,
    quote: false,
    refs,
    shadowed,
    ...extra,
  });
  const names = new ArgumentNames(['channel_options']);
  const args: PyArgument[] = channel.query.map((p) => ({
    wire: p.name,
    name: names.allocate(p.name),
    location: 'query',
    type: printer.print(p.schema, ctx('request', `${base}${pyPascalName(p.name)}`)),
    required: p.required,
    description: p.description ?? '',
  }));
  const declarations: Declaration[] = [];
  const event = typeName(channel.typeNames.event);
  const decode = channel.receive.base64Fields;
  const eventExpr = printer.print(
    channel.receive.schema,
    ctx('response', `${event}Message`, { quote: true, ...(decode.length > 0 ? { decode } : {}) }),
  );
  declarations.push({
    name: event,
    kind: 'alias',
    doc: `Messages the server sends on \`${channel.path}\`${decode.length > 0 ? ', with base64 fields as bytes' : ''}.`,
    fields: [],
    functional: false,
    expr: eventExpr,
  });
  refs.add(event);
  const context = channel.context;
  const filled = new Set<string>(context ? [context.idField] : []);
  const fixedOf = (command: ChannelCommand): string[] => [
    ...Object.keys(command.set),
    ...(command.argument ? [command.argument] : []),
    ...(context ? [context.idField] : []),
  ];
  for (const command of channel.send.filter((c) => c.withSettings)) for (const f of fixedOf(command)) filled.add(f);
  let settings: Declaration | undefined;
  if (context) {
    const name = typeName(settingsIrName(channel));
    settings = printer.typedDict(
      name,
      `Settings a context of \`${channel.path}\` is opened with; its commands repeat them.`,
      printer.shape(context.settings),
      { use: 'request', hint: name, quote: false },
      [...filled].sort(),
    );
    declarations.push(settings);
    refs.add(name);
  }
  const owner = context ? typeName(channel.typeNames.context) : typeName(channel.typeNames.session);
  const commands = channel.send.map((command): PyCommand => {
    const method = commandMethodName(command);
    const out: PyCommand = { command, method };
    if (command.argument) {
      const shape = printer.shape(command.schema);
      const schema = shape.properties.get(command.argument)?.[0];
      out.argument = {
        wire: command.argument,
        name: new ArgumentNames(['fields']).allocate(command.argument),
        type: printer.print(schema, ctx('request', `${owner}${pyPascalName(command.name)}Argument`)),
        ...(command.argumentDefault !== undefined ? { default: pyInlineLiteral(command.argumentDefault) } : {}),
      };
    }
    if (command.kind === 'json' && command.schema) {
      const shape = printer.shape(command.schema);
      const omit = fixedOf(command);
      if ([...shape.properties.keys()].some((k) => !omit.includes(k))) {
        const name = allocate(`${owner}${pyPascalName(command.name)}Fields`);
        out.fields = printer.typedDict(
          name,
          `Further fields of the \`${command.name}\` command of \`${channel.path}\`.`,
          shape,
          { use: 'request', hint: name, quote: false },
          omit,
          command.withSettings,
        );
        declarations.push(out.fields);
        refs.add(name);
      }
    }
    return out;
  });
  const oneShot = commands.find((c) => c.command.name === context?.oneShot && c.argument);
  return {
    channel,
    constName: `_${pyConstName(`${base}Channel`)}`,
    args,
    session: typeName(channel.typeNames.session),
    asyncSession: typeName(`Async${channel.typeNames.session}`),
    context: typeName(channel.typeNames.context),
    asyncContext: typeName(`Async${channel.typeNames.context}`),
    event,
    ...(settings ? { settings } : {}),
    commands,
    ...(oneShot ? { oneShot } : {}),
    declarations,
    refs,
  };
}

/** The keyword parameters of the method that opens the channel. */
export function channelSignatureLines(channel: PyChannel): string[] {
  return ['self,', '*,', ...channel.args.map((a) => `${argumentAnnotation(a)},`), 'channel_options: Optional[ChannelOptions] = None,'];
}

export function channelQueryDict(channel: PyChannel): string {
  return channel.args.length === 0 ? '{}' : `{${channel.args.map((a) => `${pyString(a.wire)}: ${a.name}`).join(', ')}}`;
}

/**
 * A parameter list for a `def` line: inline when the line stays short, else one parameter per line (for a method of a
 * class, so parameters are indented by 8 and the closing parenthesis by 4).
 */
export function wrapParameters(parameters: string, lineLength: number): string {
  if (lineLength + parameters.length <= 110) return parameters;
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < parameters.length; i++) {
    const c = parameters[i]!;
    if (c === '[' || c === '(') depth++;
    else if (c === ']' || c === ')') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(parameters.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(parameters.slice(start).trim());
  return `\n${parts.map((p) => `        ${p},`).join('\n')}\n    `;
}

/** The parameters of a command method (after `self`). */
export function commandParameters(command: PyCommand): string {
  const parts = ['self'];
  if (command.argument) {
    const { name, type } = command.argument;
    parts.push(command.argument.default === undefined ? `${name}: ${type}` : `${name}: ${type} = ${command.argument.default}`);
  }
  if (command.fields) parts.push(`**fields: Unpack[${command.fields.name}]`);
  return parts.join(', ');
}

/** The statement a command method runs (without `await`/`return`). */
export function commandCall(command: PyCommand, channel: PyChannel): string {
  const c = command.command;
  if (c.kind === 'text') return `self.send_text(${pyString(c.text)})`;
  const entries = [
    ...(command.fields ? ['**fields'] : []),
    ...(command.argument ? [`${pyString(command.argument.wire)}: ${command.argument.name}`] : []),
  ];
  const fields = `{${entries.join(', ')}}`;
  const set = pyInlineLiteral(c.set);
  if (channel.channel.context)
    return `self._command(${fields}, ${set}, with_settings=${c.withSettings ? 'True' : 'False'}${c.endsContext ? ', ends_context=True' : ''})`;
  return `self.send_json({${[...entries, ...Object.entries(c.set).map(([k, v]) => `${pyString(k)}: ${pyInlineLiteral(v)}`)].join(', ')}})`;
}

export function channelDoc(channel: Channel): string {
  return docText({
    ...(channel.summary ? { summary: channel.summary } : {}),
    ...(channel.description ? { description: channel.description } : {}),
    extra: [`WebSocket \`${channel.path}\``],
  });
}
