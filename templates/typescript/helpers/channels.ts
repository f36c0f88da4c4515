// TypeScript helpers for realtime channels: the types of a channel's events, handshake parameters and
// context settings, and the signature and body of each command method.
import { kebabCase, type Channel, type ChannelCommand } from 'openapi-client-generator/helpers';
import { tsIdentifier, tsLiteral, tsPropertyKey, tsString } from './naming.js';
import type { TypeScriptHelpers } from '../helpers.js';

// Members of the runtime's session and context classes: a command of the same name gets a `send` prefix.
const SESSION_MEMBERS = new Set([
  'socket',
  'spec',
  'runtime',
  'events',
  'closed',
  'isOpen',
  'close',
  'sendJson',
  'sendText',
  'sendAudio',
  'streamAudio',
  'attach',
  'detach',
  'openContexts',
  'context',
  'generate',
  'id',
  'settings',
  'session',
  'done',
  'bytes',
  'command',
  'receive',
  'abort',
]);

export function commandName(command: ChannelCommand): string {
  return SESSION_MEMBERS.has(command.name) ? `send${command.name.charAt(0).toUpperCase()}${command.name.slice(1)}` : command.name;
}

export class TypeScriptChannelHelpers {
  constructor(private readonly ts: TypeScriptHelpers) {}

  eventType(channel: Channel): string {
    const type = this.ts.type(channel.receive.schema, 'response');
    const fields = channel.receive.base64Fields;
    return fields.length > 0 ? `DecodeBase64<${type}, ${fields.map((f) => tsString(f)).join(' | ')}>` : type;
  }

  paramsType(channel: Channel): string {
    if (channel.query.length === 0) return 'Record<string, never>';
    return this.ts.paramsType({ parameters: { path: [], query: channel.query, header: [], cookie: [] } } as never);
  }

  paramsOptional(channel: Channel): boolean {
    return !channel.query.some((p) => p.required);
  }

  /** Settings of a context: its settings schema without the fields the commands fill themselves. */
  settingsType(channel: Channel): string {
    const settings = channel.context?.settings;
    if (!settings) return 'Record<string, unknown>';
    return omit(this.ts.type(settings, 'request'), this.filledBySettingsCommands(channel));
  }

  /** Parameters of a command method: the argument (if any), then the remaining fields. */
  commandArguments(command: ChannelCommand, channel: Channel): string {
    const args: string[] = [];
    // Printed only when the signature shows it: the module imports what its types print.
    const schemaType =
      command.schema && (command.argument || command.kind === 'json') ? this.ts.type(command.schema, 'request') : undefined;
    if (command.argument) {
      const type = schemaType ? `${schemaType}[${tsString(command.argument)}]` : 'unknown';
      args.push(
        command.argumentDefault === undefined
          ? `${tsIdentifier(command.argument)}: ${type}`
          : `${tsIdentifier(command.argument)}: ${type} = ${JSON.stringify(command.argumentDefault)}`,
      );
    }
    if (command.kind === 'json' && schemaType) {
      const fixed = this.fixedFields(command, channel);
      const rest = omit(schemaType, fixed);
      const needsFields = !command.withSettings && this.ts.requiredProperties(command.schema!).some((p) => !fixed.includes(p));
      args.push(command.withSettings ? `fields: Partial<${rest}> = {}` : needsFields ? `fields: ${rest}` : `fields: ${rest} = {}`);
    }
    return args.join(', ');
  }

  /** The expression a command method returns. */
  commandBody(command: ChannelCommand, channel: Channel): string {
    if (command.kind === 'text') return `this.sendText(${tsString(command.text)})`;
    const argument = command.argument
      ? `, ${tsPropertyKey(command.argument)}${tsPropertyKey(command.argument) === tsIdentifier(command.argument) ? '' : `: ${tsIdentifier(command.argument)}`}`
      : '';
    const fields = command.schema ? `{ ...fields${argument} }` : '{}';
    const pairs = Object.entries(command.set).map(([key, value]) => `${tsPropertyKey(key)}: ${JSON.stringify(value)}`);
    const set = `{ ${pairs.join(', ')} }`;
    if (channel.context) return `this.command(${fields}, ${set}, ${command.withSettings}${command.endsContext ? ', true' : ''})`;
    return `this.sendJson({ ${[...(command.schema ? [`...fields${argument}`] : []), ...pairs].join(', ')} })`;
  }

  /** The command a one-call helper sends, when the channel names one that takes an argument. */
  oneShot(channel: Channel): ChannelCommand | undefined {
    const command = channel.send.find((c) => c.name === channel.context?.oneShot);
    return command?.argument && command.schema ? command : undefined;
  }

  /** The one-call helper's argument type: the settings plus the one-shot command's argument. */
  oneShotType(channel: Channel): string {
    const command = this.oneShot(channel)!;
    const argumentType = `${this.ts.type(command.schema!, 'request')}[${tsString(command.argument!)}]`;
    return `${this.settingsName(channel)} & { ${tsPropertyKey(command.argument!)}${command.argumentDefault === undefined ? '' : '?'}: ${argumentType} }`;
  }

  /** Example settings for a context: the settings schema's example without the fields commands fill. */
  settingsExample(channel: Channel): string {
    const value = this.ts.examples.value(channel.context?.settings, 'settings');
    const filled = new Set(this.filledBySettingsCommands(channel));
    const kept = value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).filter(([k]) => !filled.has(k))) : {};
    return tsLiteral(kept);
  }

  /** Example handshake parameters (the required ones). */
  paramsExample(channel: Channel): string {
    return tsLiteral(
      Object.fromEntries(channel.query.filter((p) => p.required).map((p) => [p.name, this.ts.examples.value(p.schema, p.name)])),
    );
  }

  settingsName(channel: Channel): string {
    return this.ts.typeName(channel.typeNames.context).replace(/Context(\d*)$/, 'Settings$1');
  }

  /** Everything a channel's module declares, for the package index to re-export as types: the classes stay
   * out of the index's static imports, so bundlers and `import` leave the realtime code for the first socket. */
  exportedNames(channel: Channel): string[] {
    const { session, context, event, params } = channel.typeNames;
    return [
      this.ts.typeName(session),
      ...(channel.context ? [this.ts.typeName(context), this.settingsName(channel)] : []),
      this.ts.typeName(event),
      ...(channel.query.length > 0 ? [this.ts.typeName(params)] : []),
    ];
  }

  /** Name of the constant holding a channel's runtime descriptor (in descriptors.ts). */
  constName(channel: Channel): string {
    const base = channel.typeNames.params.replace(/Params(\d*)$/, 'Channel$1');
    return base.charAt(0).toLowerCase() + base.slice(1);
  }

  /** The module of a channel's session classes, under `src/realtime/` (`tts-websocket`). */
  moduleName(channel: Channel): string {
    return kebabCase(channel.typeNames.session.replace(/Session(\d*)$/, '$1'));
  }

  private fixedFields(command: ChannelCommand, channel: Channel): string[] {
    return [
      ...Object.keys(command.set),
      ...(command.argument ? [command.argument] : []),
      ...(channel.context ? [channel.context.idField] : []),
    ];
  }

  private filledBySettingsCommands(channel: Channel): string[] {
    const fields = new Set<string>(channel.context ? [channel.context.idField] : []);
    for (const command of channel.send.filter((c) => c.withSettings))
      for (const field of this.fixedFields(command, channel)) fields.add(field);
    return [...fields].sort();
  }
}

function omit(type: string, keys: string[]): string {
  return keys.length > 0 ? `Omit<${type}, ${keys.map((k) => tsString(k)).join(' | ')}>` : type;
}
