// Helpers every template set can use: comparisons, case conversion, data shaping. Language-neutral.
import { Guide, guideFileName } from './guide.js';
import { camelCase, kebabCase, pascalCase, snakeCase } from '../../ir/names.js';
import type { ApiModel, Channel, Operation, Parameter, Resource, SecurityScheme } from '../../ir/types.js';
import { alignMarkdownTables } from './markdown-table.js';
import { declaredFieldEncodings, operationDescriptor } from './runtime-data.js';

// Earlier names, for helpers modules written before runtime-data.ts: new code imports `operationDescriptor` and
// `declaredFieldEncodings` from openapi-client-generator/helpers.
export { declaredFieldEncodings };
export const operationSpec = (op: Operation): Record<string, unknown> => operationDescriptor(op);

export type Helper = (...args: never[]) => unknown;

/** Every operation of a resource and its sub-resources, depth first. */
export function allOperations(resource: Resource): Operation[] {
  return [...resource.operations, ...resource.resources.flatMap(allOperations)];
}

/** Every channel of a resource and its sub-resources, depth first. */
export function allChannels(resource: Resource): Channel[] {
  return [...resource.channels, ...resource.resources.flatMap(allChannels)];
}

/** Every resource below (and including) the given ones, depth first. */
export function allResources(resources: Resource[]): Resource[] {
  return resources.flatMap((r) => [r, ...allResources(r.resources)]);
}

/** Parameters the caller passes in a params object (everything but path parameters). */
export function namedParameters(op: Operation): Parameter[] {
  return [...op.parameters.query, ...op.parameters.header, ...op.parameters.cookie];
}

/** Spec prose inside a line of Markdown (a list item): its whitespace collapsed to single spaces. */
export function markdownInline(text: unknown): string {
  return String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The first sentence of a text, on one line, with table pipes escaped: for Markdown table cells. */
export function markdownCell(text: unknown): string {
  if (typeof text !== 'string') return '';
  const flat = markdownInline(text);
  const sentence = /^(.+?[.!?])(\s|$)/.exec(flat)?.[1] ?? flat;
  return sentence.replace(/\|/g, '\\|');
}

/**
 * Spec prose as a Markdown block of its own: trimmed, without trailing spaces, at most one blank line in a row
 * (the layout prettier gives it; the text itself is Markdown and stays as written).
 */
export function markdownBlock(text: unknown): string {
  if (typeof text !== 'string') return '';
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The operation an example should show first: the first one without required inputs, else the first. */
export function firstOperation(model: ApiModel): Operation | undefined {
  const simple = model.operations.find(
    (op) => op.parameters.path.length === 0 && !op.requestBody && !namedParameters(op).some((p) => p.required),
  );
  return simple ?? model.operations[0];
}

/** The credential a server-side example uses: one read from the environment, else the first. */
export function serverCredential(schemes: SecurityScheme[]): SecurityScheme | undefined {
  const usable = schemes.filter((s) => s.transport !== 'none');
  return usable.find((s) => s.env) ?? usable.find((s) => s.browser === 'opt-in') ?? usable[0];
}

/**
 * A small vocabulary of logic, text and data helpers, like Handlebars' own built-ins: every set gets them, whether
 * or not its templates call each one (the test that every helper is called exempts only these).
 */
export const basicHelpers: Record<string, Helper> = {
  eq: (a: unknown, b: unknown) => a === b,
  ne: (a: unknown, b: unknown) => a !== b,
  not: (a: unknown) => !a,
  and: (...args: unknown[]) => args.every(Boolean),
  // Like JavaScript's `||`: the first truthy argument (so it can pick a value), else the last.
  or: (...args: unknown[]) => args.find(Boolean) ?? args[args.length - 1],
  gt: (a: number, b: number) => a > b,
  camelCase: (s: string) => camelCase(String(s)),
  pascalCase: (s: string) => pascalCase(String(s)),
  kebabCase: (s: string) => kebabCase(String(s)),
  snakeCase: (s: string) => snakeCase(String(s)),
  upper: (s: string) => String(s).toUpperCase(),
  lower: (s: string) => String(s).toLowerCase(),
  json: (value: unknown) => JSON.stringify(value ?? null),
  jsonPretty: (value: unknown) => JSON.stringify(value ?? null, null, 2),
  join: (items: unknown[], separator: string) => (Array.isArray(items) ? items.join(typeof separator === 'string' ? separator : ', ') : ''),
  length: (items: unknown) => (Array.isArray(items) ? items.length : 0),
  isEmpty: (value: unknown) => value === undefined || value === null || (Array.isArray(value) && value.length === 0) || value === '',
  concat: (...parts: unknown[]) => parts.join(''),
  // Every occurrence of `from` in `text` replaced by `to` (a template adapting an example another helper printed).
  replace: (text: unknown, from: unknown, to: unknown) =>
    String(text ?? '')
      .split(String(from))
      .join(String(to)),
  // A value that may be absent: `(opt servers 0 "variables")` is servers[0].variables, or undefined where a step is
  // missing. Templates compile in strict mode, where a plain path through a missing value is an error.
  opt: (value: unknown, ...keys: unknown[]) =>
    keys.reduce(
      (at, key) =>
        at !== null && typeof at === 'object' && Object.hasOwn(at, String(key)) ? (at as Record<string, unknown>)[String(key)] : undefined,
      value,
    ),
  lines: (text: unknown) => (typeof text === 'string' ? text.split(/\r?\n/) : []),
  // Any line terminator (CR, LF, U+2028, U+2029) becomes a space: safe inside a line comment.
  oneLine: (text: unknown) => String(text ?? '').replace(/[\r\n\u2028\u2029]+/g, ' '),
};

/** Helpers about the IR and its documentation that every set gets; each is called by some set's templates. */
export const modelHelpers: Record<string, Helper> = {
  // An operation's runtime descriptor with the default (camelCase) keys; a set with another key style builds its
  // own from `operationDescriptor` (runtime-data.ts).
  operationSpec: (op: Operation) => operationDescriptor(op),
  allResources: (resources: Resource[]) => allResources(resources),
  markdownCell: (text: unknown) => markdownCell(text),
  markdownBlock: (text: unknown) => markdownBlock(text),
  markdownInline: (text: unknown) => markdownInline(text),
  // Inline code in a Markdown table: one line, pipes escaped.
  markdownCode: (text: unknown) =>
    String(text ?? '')
      .replace(/\s+/g, ' ')
      .replace(/\|/g, '\\|'),
  firstOperation: (model: ApiModel) => firstOperation(model),
  firstPaginatedOperation: (model: ApiModel) => model.operations.find((op) => op.pagination),
  // The task guide's picks (see guide.ts); each is undefined when the API has nothing of the kind.
  guideDownload: (model: ApiModel) => new Guide(model).download(),
  guideEvents: (model: ApiModel) => new Guide(model).events(),
  guideUpload: (model: ApiModel) => new Guide(model).upload(),
  guideAudioChannel: (model: ApiModel) => new Guide(model).audioChannel(),
  guideContext: (model: ApiModel) => new Guide(model).context(),
  guideAudioEnd: (model: ApiModel, channel: Channel) => new Guide(model).audioEnd(channel),
  guideFileName: (op: Operation) => guideFileName(op),
  serverCredential: (schemes: SecurityScheme[]) => serverCredential(schemes),
  // A credential meant for browsers, when the API has both kinds (a secret one is then opt-in there).
  browserCredential: (schemes: SecurityScheme[]) =>
    schemes.some((s) => s.browser === 'opt-in') ? schemes.find((s) => s.browser === 'allowed' && s.transport !== 'none') : undefined,
};

export const coreHelpers: Record<string, Helper> = { ...basicHelpers, ...modelHelpers };

/** Block helpers, `{{#name}}…{{/name}}`: each gets the text its block rendered to and returns what replaces it. */
export const coreBlockHelpers: Record<string, (body: string) => string> = {
  // The Markdown tables inside, columns padded as prettier pads them (see markdown-table.ts).
  markdownTable: (body) => alignMarkdownTables(body),
};
