// Helpers of the TypeScript template set: the type and signature of every method, what each module imports,
// and the helper table the templates call (loaded by the generator through `helpersModule`). Names and literals
// come from helpers/naming.ts, types from helpers/types.ts.
import {
  allChannels,
  allOperations,
  COMPONENT_PREFIX,
  ExampleBuilder,
  NameAllocator,
  namedParameters,
  type ApiInfo,
  type ApiModel,
  type Channel,
  type ChannelCommand,
  type Helper,
  type Operation,
  type Parameter,
  type RequestBody,
  type Resource,
  type Schema,
  type SecurityScheme,
  type ServerVariable,
} from 'openapi-client-generator/helpers';

/** Members of TypeScript's `Object` interface, which every object type, `{}` included, is seen to have. */
const OBJECT_MEMBERS = new Set([
  'constructor',
  'toString',
  'toLocaleString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
]);
import { commandName, TypeScriptChannelHelpers } from './helpers/channels.js';
import { tsChannelSpec, tsClientConfig } from './helpers/runtime-data.js';
import { TypeScriptImports, type ModuleImports } from './helpers/imports.js';
import {
  jsdoc,
  tsClientErrorName,
  tsClientName,
  tsCoreClientName,
  tsIdentifier,
  tsLiteral,
  tsMemberName,
  tsPropertyKey,
  tsString,
  typescriptNaming,
  type DocInput,
  type TypeScriptNaming,
} from './helpers/naming.js';
import { PrintedDeclarations, printedData } from './helpers/printed.js';
import { TypeScriptTypePrinter, type TypeUse } from './helpers/types.js';

/** What printed types name: declared types to import, and helper declarations a module writes itself. */
export interface TypeReferences {
  names: Set<string>;
  declarations: Set<string>;
}

export class TypeScriptHelpers {
  readonly naming: TypeScriptNaming;
  readonly printer: TypeScriptTypePrinter;
  readonly channels: TypeScriptChannelHelpers;
  readonly examples: ExampleBuilder;
  private readonly moduleImports: TypeScriptImports;
  private readonly printed: PrintedDeclarations;
  private readonly importsByModule = new WeakMap<Resource | ApiModel, ModuleImports>();
  private readonly schemasByName: Map<string, Schema>;
  /** Printed types by schema object and use: each is printed once for its module's imports, then reused. */
  private readonly printedTypes = new WeakMap<Schema, Partial<Record<TypeUse, ReturnType<TypeScriptTypePrinter['inlineType']>>>>();
  /** While `referencedTypes` runs: what the printed types name and need declared. */
  private recording: TypeReferences | undefined;

  constructor(model: ApiModel) {
    this.naming = typescriptNaming(model);
    this.printer = new TypeScriptTypePrinter(model, this.naming.types);
    this.channels = new TypeScriptChannelHelpers(this);
    this.examples = new ExampleBuilder(model);
    this.moduleImports = new TypeScriptImports(this);
    this.printed = new PrintedDeclarations(this);
    this.schemasByName = new Map(model.schemas.map((s) => [s.name, s.schema]));
  }

  /** Properties a schema requires, through `$ref`s and `allOf`. */
  requiredProperties(schema: Schema): string[] {
    const out = new Set<string>();
    const visit = (node: Schema | undefined, depth: number): void => {
      if (!node || depth > 20) return;
      if (node.$ref?.startsWith(COMPONENT_PREFIX)) visit(this.schemasByName.get(node.$ref.slice(COMPONENT_PREFIX.length)), depth + 1);
      for (const name of node.required ?? []) out.add(name);
      for (const part of node.allOf ?? []) visit(part, depth + 1);
    };
    visit(schema, 0);
    return [...out];
  }

  /** Whether a schema admits null, through `$ref`s, `anyOf` and `oneOf`. */
  mayBeNull(schema: Schema | undefined, depth = 0): boolean {
    if (!schema || depth > 20) return false;
    if (typeof schema.$ref === 'string' && schema.$ref.startsWith(COMPONENT_PREFIX))
      return this.mayBeNull(this.schemasByName.get(schema.$ref.slice(COMPONENT_PREFIX.length)), depth + 1);
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (types.includes('null') || schema.const === null || (Array.isArray(schema.enum) && schema.enum.includes(null))) return true;
    return [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])].some((part) => this.mayBeNull(part, depth + 1));
  }

  typeName(irName: string): string {
    return this.naming.types.get(irName) ?? irName;
  }

  type(schema: Schema | undefined, use: TypeUse = 'response'): string {
    if (schema === undefined) return 'unknown';
    const byUse = this.printedTypes.get(schema) ?? {};
    const printed = (byUse[use] ??= this.printer.inlineType(schema, use));
    this.printedTypes.set(schema, byUse);
    this.note(printed.references, printed.declarations);
    return printed.text;
  }

  /** Notes, for the module being printed (`referencedTypes`), types a printed declaration names and needs. */
  note(names: Iterable<string>, declarations: Iterable<string>): void {
    for (const name of names) this.recording?.names.add(name);
    for (const declaration of declarations) this.recording?.declarations.add(declaration);
  }

  /** The declared types (models, `Uploadable`) named by the types that `print` prints, and the helper types
   * they need: a module's imports are computed by printing what the module prints, so they cannot miss a type
   * or name one left unused. */
  referencedTypes(print: () => void): TypeReferences {
    const outer = this.recording;
    const found: TypeReferences = { names: new Set(), declarations: new Set() };
    this.recording = found;
    try {
      print();
    } finally {
      this.recording = outer;
      found.names.forEach((name) => outer?.names.add(name));
      found.declarations.forEach((declaration) => outer?.declarations.add(declaration));
    }
    return found;
  }

  /** Positional arguments for the path parameters, named from the spec, unique, never reserved. */
  pathArguments(op: Operation): { param: Parameter; identifier: string }[] {
    const names = new NameAllocator(['params', 'options']);
    return op.parameters.path.map((param) => ({ param, identifier: names.allocate(tsIdentifier(param.name)) }));
  }

  hasParams(op: Operation): boolean {
    return namedParameters(op).length > 0 || op.requestBody !== undefined;
  }

  /** The params object may be left out when nothing in it is required. */
  paramsOptional(op: Operation): boolean {
    if (namedParameters(op).some((p) => p.required)) return false;
    const body = op.requestBody;
    if (!body) return true;
    return body.merged ? body.emptyAllowed : !body.required;
  }

  /** The params type's body, as models.ts declares it (helpers/printed.ts). */
  paramsType(op: Operation): string {
    return this.printed.paramsType(op);
  }

  /** How a method is called: `client.voices.list`. */
  methodPath(op: Operation, clientVar = 'client'): string {
    return [clientVar, ...[...op.resourcePath, op.name].map(tsMemberName)].join('.');
  }

  /** The schema a body's type is printed from. A form whose files sit behind a `$ref` is printed from the named
   * schema itself, so its files are uploads (`Uploadable`): the model, shared with responses, has them as Blob. */
  bodySchema(body: RequestBody): Schema {
    let schema = body.schema;
    if (!body.fields.some((field) => field.isFile)) return schema;
    for (let depth = 0; depth < 20 && typeof schema.$ref === 'string' && schema.$ref.startsWith(COMPONENT_PREFIX); depth++) {
      const target = this.schemasByName.get(schema.$ref.slice(COMPONENT_PREFIX.length));
      if (!target) break;
      schema = target;
    }
    return schema;
  }

  methodArguments(op: Operation): string {
    const args = this.pathArguments(op).map(({ param, identifier }) => `${identifier}: ${this.type(param.schema, 'request')}`);
    if (this.hasParams(op)) {
      const type = this.typeName(op.typeNames.params);
      // TypeScript gives `{}` the members of Object: a parameter named `toString` makes `{}` not assignable.
      const empty = namedParameters(op).some((p) => OBJECT_MEMBERS.has(p.name)) ? `{} as ${type}` : '{}';
      args.push(this.paramsOptional(op) ? `params: ${type} = ${empty}` : `params: ${type}`);
    }
    args.push('options?: RequestOptions');
    return args.join(', ');
  }

  pathValues(op: Operation): string {
    const entries = this.pathArguments(op).map(({ param, identifier }) =>
      param.name === identifier ? identifier : `${tsPropertyKey(param.name)}: ${identifier}`,
    );
    return entries.length > 0 ? `{ ${entries.join(', ')} }` : '{}';
  }

  /** The type the awaited method resolves to (the item type for paginated lists). */
  resultType(op: Operation): string {
    if (op.pagination) return this.type(op.pagination.itemSchema, 'response');
    switch (op.response.kind) {
      case 'json':
        return this.type(op.response.schema, 'response');
      case 'binary':
        return 'BinaryResponse';
      case 'text':
        return 'string';
      case 'event-stream': {
        const event = this.type(op.response.schema, 'response');
        const fields = op.response.base64Fields ?? [];
        return `EventStream<${fields.length > 0 ? `DecodeBase64<${event}, ${fields.map((f) => tsString(f)).join(' | ')}>` : event}>`;
      }
      case 'none':
        return 'void';
    }
  }

  returnType(op: Operation): string {
    return op.pagination ? `PagePromise<${this.resultType(op)}>` : `APIPromise<${this.resultType(op)}>`;
  }

  /** What a resource module (or the client module, for root operations) imports; asked at its top and its end. */
  imports(module: Resource | ApiModel): ModuleImports {
    let imports = this.importsByModule.get(module);
    if (!imports) {
      imports =
        'path' in module
          ? this.moduleImports.forResource(allOperations(module), allChannels(module))
          : this.moduleImports.forResource(module.rootOperations);
      this.importsByModule.set(module, imports);
    }
    return imports;
  }

  /** What a channel's own module imports. */
  channelImports(channel: Channel): ModuleImports {
    return this.moduleImports.forChannel(channel);
  }

  /** A call with example arguments, for documentation (it type-checks: the README test proves it). */
  exampleCall(op: Operation, clientVar = 'client'): string {
    const args = this.pathArguments(op).map(({ param }) => tsLiteral(this.examples.value(param.schema, param.name)));
    const params = this.examples.params(op);
    if (params) args.push(tsLiteral(params));
    return `${this.methodPath(op, clientVar)}(${args.join(', ')})`;
  }

  /** Name of the constant holding an operation's runtime descriptor (in descriptors.ts). */
  operationConst(op: Operation): string {
    const base = op.typeNames.params.replace(/Params(\d*)$/, 'Operation$1');
    return base.charAt(0).toLowerCase() + base.slice(1);
  }

  methodDoc(op: Operation): { summary?: string; description?: string; deprecated: boolean; extra: string[] } {
    const extra = [`\`${op.method} ${op.path}\``];
    if (op.response.kind === 'binary') extra.push('Resolves when the response headers arrive; the body streams (see `BinaryResponse`).');
    if (op.pagination) extra.push('Await it for one page, or iterate it with `for await` for every item across pages.');
    return {
      ...(op.summary ? { summary: op.summary } : {}),
      ...(op.description ? { description: op.description } : {}),
      deprecated: op.deprecated,
      extra,
    };
  }

  credentialDoc(scheme: SecurityScheme): { description?: string; extra: string[] } {
    const extra: string[] = [];
    if (scheme.env) extra.push(`Defaults to the \`${scheme.env}\` environment variable (server runtimes only).`);
    if (scheme.transport === 'bearer') extra.push('Sent as `Authorization: Bearer <value>`.');
    else if (scheme.transport === 'basic') extra.push('Given as `user:password`; sent as `Authorization: Basic ...`.');
    else if (scheme.transport === 'apiKey') extra.push(`Sent in the ${scheme.in} \`${scheme.parameterName}\`.`);
    if (scheme.browser === 'opt-in') extra.push('Refused in browsers unless `dangerouslyAllowBrowser` is set.');
    return { ...(scheme.description ? { description: scheme.description } : {}), extra };
  }

  helpers(): Record<string, Helper> {
    return {
      tsOperationConst: (op: Operation) => this.operationConst(op),
      tsMethodDoc: (op: Operation) => this.methodDoc(op),
      tsMethodPath: (op: Operation) => this.methodPath(op),
      tsMemberName: (name: string) => tsMemberName(String(name)),
      tsResourcePath: (resource: Resource) => resource.path.map(tsMemberName).join('.'),
      tsMethodArgumentNames: (op: Operation) =>
        [
          ...this.pathArguments(op).map((a) => a.identifier),
          ...(this.hasParams(op) ? [this.paramsOptional(op) ? 'params?' : 'params'] : []),
          'options?',
        ].join(', '),
      tsServerVariableType: (variable: ServerVariable) =>
        variable.enum?.length ? variable.enum.map((v) => tsString(v)).join(' | ') : 'string',
      tsServerVariableDoc: (variable: ServerVariable) => ({
        ...(variable.description ? { description: variable.description } : {}),
        extra: [`@default ${JSON.stringify(variable.default)}`],
      }),
      tsClientName: (model: ApiModel) => tsClientName(model),
      tsClientErrorName: (model: ApiModel) => tsClientErrorName(model),
      tsCoreClientName: (model: ApiModel) => tsCoreClientName(model),
      tsErrorClassName: (name: string) => this.naming.errors.get(name) ?? name,
      tsCredentialDoc: (scheme: SecurityScheme) => this.credentialDoc(scheme),
      tsClientDoc: (model: ApiModel) => ({
        summary: `Client of the ${model.info.title}.`,
        ...(model.info.description ? { description: model.info.description } : {}),
      }),
      // The models a type printed with `tsType` names, and the helper types it needs (the errors module's ErrorBody).
      tsModelRefs: (schema: Schema | undefined) => [...this.referencedTypes(() => this.type(schema)).names].sort(),
      tsTypeDeclarations: (schema: Schema | undefined) => [...this.referencedTypes(() => this.type(schema)).declarations].sort(),
      tsPackageDescription: (model: ApiModel) => model.info.summary ?? `Typed client for the ${model.info.title}.`,
      tsLicense: (license: NonNullable<ApiInfo['license']>) => license.identifier ?? license.name,
      tsType: (schema: Schema, use: unknown) => this.type(schema, use === 'request' ? 'request' : 'response'),
      tsNamedType: (name: string) => this.printer.namedType(name),
      tsTypeName: (name: string) => this.typeName(name),
      tsTypeFooter: () => this.printer.footer(),
      tsString: (value: unknown) => tsString(value),
      tsPropertyKey: (name: string) => tsPropertyKey(String(name)),
      jsdoc: (doc: DocInput) => jsdoc(doc ?? {}),
      tsParamsDeclarations: (model: ApiModel) => this.printed.paramsDeclarations(model),
      tsModelsImports: (model: ApiModel) => this.moduleImports.forModels(this.printed.paramsReferences(model)),
      tsData: (value: unknown) => printedData(value),
      tsHasParams: (op: Operation) => this.hasParams(op),
      tsMethodArguments: (op: Operation) => this.methodArguments(op),
      tsPathValues: (op: Operation) => this.pathValues(op),
      tsReturnType: (op: Operation) => this.returnType(op),
      tsResultType: (op: Operation) => this.resultType(op),
      tsExampleCall: (op: Operation) => this.exampleCall(op),
      tsExample: (schema: Schema | undefined) => tsLiteral(this.examples.value(schema, 'value')),
      tsImports: (module: Resource | ApiModel) => this.imports(module),
      tsChannelImports: (channel: Channel) => this.channelImports(channel),
      tsChannelModule: (channel: Channel) => this.channels.moduleName(channel),
      tsChannelExports: (channel: Channel) => this.channels.exportedNames(channel),
      channelSpec: (channel: Channel) => tsChannelSpec(channel),
      tsClientConfig: (model: ApiModel) => tsClientConfig(model),
      tsChannelPath: (channel: Channel) => ['client', ...[...channel.resourcePath, channel.name].map(tsMemberName)].join('.') + '()',
      tsChannelExample: (channel: Channel) =>
        ['client', ...[...channel.resourcePath, channel.name].map(tsMemberName)].join('.') +
        (channel.query.length > 0 ? `(${this.channels.paramsExample(channel)})` : '()'),
      tsChannelSettingsExample: (channel: Channel) => this.channels.settingsExample(channel),
      tsChannelDoc: (channel: Channel) => ({
        ...(channel.summary ? { summary: channel.summary } : {}),
        ...(channel.description ? { description: channel.description } : {}),
        extra: [`WebSocket \`${channel.path}\``, 'Resolves once the socket is open; close it with `close()`.'],
      }),
      tsChannelConst: (channel: Channel) => this.channels.constName(channel),
      tsChannelEventType: (channel: Channel) => this.channels.eventType(channel),
      tsChannelParamsType: (channel: Channel) => this.channels.paramsType(channel),
      tsChannelParamsOptional: (channel: Channel) => this.channels.paramsOptional(channel),
      tsChannelSettingsType: (channel: Channel) => this.channels.settingsType(channel),
      tsChannelSettingsName: (channel: Channel) => this.channels.settingsName(channel),
      tsChannelOneShot: (channel: Channel) => this.channels.oneShot(channel),
      tsChannelOneShotType: (channel: Channel) => this.channels.oneShotType(channel),
      tsCommandName: (command: ChannelCommand) => commandName(command),
      tsCommandArguments: (command: ChannelCommand, channel: Channel) => this.channels.commandArguments(command, channel),
      tsCommandBody: (command: ChannelCommand, channel: Channel) => this.channels.commandBody(command, channel),
    };
  }
}

export default function typescriptHelpers(model: ApiModel): Record<string, Helper> {
  return new TypeScriptHelpers(model).helpers();
}
