// Calls for the README's task guide, with example arguments: Python keyword arguments from the spec's examples
// (or values built from the schemas), a file argument as a `Path`.
import { BINARY_EXAMPLE, ExampleBuilder, type ApiModel, type Channel } from 'openapi-client-generator/helpers';
import { pyLiteral } from './literals.js';
import { pySnakeName } from './names.js';
import type { PyOperation } from './operations.js';

// Stands where a file goes while the value is printed, then becomes a `Path`.
const FILE_MARK = '__example_file__';

/** `file` stands for the file an example uploads (also inside a list or a dict). */
export function pyExampleValue(value: unknown, indent: string, file: string): string {
  return pyLiteral(markFiles(value), indent, 100)
    .split(JSON.stringify(FILE_MARK))
    .join(`Path(${JSON.stringify(file)})`);
}

function markFiles(value: unknown): unknown {
  if (value === BINARY_EXAMPLE) return FILE_MARK;
  if (Array.isArray(value)) return value.map(markFiles);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, markFiles(v)]));
  return value;
}

/** `client.a.b(x=1, y="z")`, laid out one argument a line when it would not fit in one. */
export function pyCall(target: string, args: [string, unknown][], indent: string, file: string): string {
  const inline = `${target}(${args.map(([k, v]) => `${k}=${pyExampleValue(v, '', file)}`).join(', ')})`;
  if (indent.length + inline.length <= 100 && !inline.includes('\n')) return inline;
  const inner = `${indent}    `;
  return `${target}(\n${args.map(([k, v]) => `${inner}${k}=${pyExampleValue(v, inner, file)},`).join('\n')}\n${indent})`;
}

export class PyGuide {
  private readonly examples: ExampleBuilder;

  constructor(model: ApiModel) {
    this.examples = new ExampleBuilder(model);
  }

  /** An operation's call with its required arguments. */
  operationCall(py: PyOperation, target: string, indent: string, file: string): string {
    const params = this.examples.params(py.op) ?? {};
    const args: [string, unknown][] = [];
    for (const arg of py.args) {
      if (arg.location === 'path') {
        const param = py.op.parameters.path.find((p) => p.name === arg.wire);
        args.push([arg.name, this.examples.value(param?.schema, arg.wire)]);
      } else if (arg.location === 'whole-body' && arg.required) args.push([arg.name, params.body]);
      else if (arg.required && arg.wire in params) args.push([arg.name, params[arg.wire]]);
    }
    return pyCall(target, args, indent, file);
  }

  /** A channel's opening call with its required handshake parameters. */
  channelCall(channel: Channel, target: string, indent: string): string {
    const args: [string, unknown][] = channel.query
      .filter((p) => p.required)
      .map((p) => [pySnakeName(p.name), this.examples.value(p.schema, p.name)]);
    return pyCall(target, args, indent, '');
  }

  /** Example settings of a context channel (without what its commands fill in). */
  settings(channel: Channel, indent: string): string {
    const value = this.examples.value(channel.context?.settings, 'settings');
    // What the commands set themselves (the context id, their argument, their fixed fields) is not a setting.
    const filled = new Set<string>(channel.context ? [channel.context.idField] : []);
    for (const command of channel.send.filter((c) => c.withSettings))
      for (const field of [command.argument, ...Object.keys(command.set)]) if (field) filled.add(field);
    const kept = value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).filter(([k]) => !filled.has(k))) : {};
    return pyLiteral(kept, indent, 100);
  }
}
