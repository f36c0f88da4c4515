// Helpers of the Python template set (loaded by the generator through `helpersModule`). Every Python name, type
// and literal is decided here, once for the whole model; templates only lay the results out.
import {
  allChannels,
  allOperations,
  allResources,
  type ApiModel,
  type Channel,
  type ChannelCommand,
  type ErrorClass,
  type Helper,
  type Operation,
  type Resource,
  type Schema,
  type SecurityScheme,
} from 'openapi-client-generator/helpers';
import {
  buildChannel,
  channelDoc,
  channelQueryDict,
  channelSignatureLines,
  commandCall,
  commandParameters,
  wrapParameters,
  type PyChannel,
} from './helpers/channels.js';
import { docText, indentRest, pyComment, pyDocstring, pyLiteral, pyString, type DocInput } from './helpers/literals.js';
import { classMembers, pythonNaming, type ClassMembers, type PyNaming } from './helpers/naming.js';
import { pyDistributionName, pyImportName, pySnakeName, TYPE_BUILTINS } from './helpers/names.js';
import {
  callArguments,
  methodDoc,
  returnTypes,
  runtimeMethod,
  signatureLines,
  buildOperation,
  type PyOperation,
} from './helpers/operations.js';
import { renderDeclaration, typingImports } from './helpers/render.js';
import { PyTypePrinter, type Declaration } from './helpers/types.js';
import { channelData, operationData, runtimeConfig } from './helpers/config.js';
import { importBlock, RUNTIME_IMPORTS, type ImportSet } from './helpers/imports.js';
import { PyGuide } from './helpers/guide.js';
import { callPrefix, constructorDoc, errorExports, PACKAGE_RUNTIME_EXPORTS, pyPackageVersion } from './helpers/package.js';

export class PythonHelpers {
  readonly naming: PyNaming;
  readonly printer: PyTypePrinter;
  readonly named: Declaration[];
  readonly members = new Map<Resource | ApiModel, ClassMembers>();
  readonly operations = new Map<Operation, PyOperation>();
  readonly channels = new Map<Channel, PyChannel>();
  readonly guide: PyGuide;

  constructor(readonly model: ApiModel) {
    this.guide = new PyGuide(model);
    this.naming = pythonNaming(model);
    this.printer = new PyTypePrinter(model, (n) => this.typeName(n), this.naming.names);
    // Named schemas first, so that the inline objects inside them are hoisted under names derived from theirs.
    this.named = model.schemas.map((s) => this.printer.named(s));
    this.members.set(model, classMembers(model.resources, model.rootOperations, [], true));
    for (const r of allResources(model.resources)) this.members.set(r, classMembers(r.resources, r.operations, r.channels, false));
    const shadowedIn = (classes: ClassMembers[]): Set<string> => new Set(TYPE_BUILTINS.filter((b) => classes.some((c) => c.all.has(b))));
    const rootShadowed = shadowedIn([this.members.get(model)!]);
    for (const op of model.rootOperations) this.operations.set(op, buildOperation(op, this.printer, rootShadowed));
    for (const top of model.resources) {
      const shadowed = shadowedIn(allResources([top]).map((r) => this.members.get(r)!));
      for (const op of allOperations(top)) this.operations.set(op, buildOperation(op, this.printer, shadowed));
      for (const channel of allChannels(top))
        this.channels.set(
          channel,
          buildChannel(
            channel,
            this.printer,
            (n) => this.typeName(n),
            (n) => this.naming.names.allocate(n),
            shadowed,
          ),
        );
    }
  }

  typeName(irName: string): string {
    return this.naming.types.get(irName) ?? irName;
  }

  /** Every declaration of models.py: named schemas, then hoisted and decoded types, then channel types. */
  declarations(): Declaration[] {
    return [...this.named, ...this.printer.declarations, ...[...this.channels.values()].flatMap((c) => c.declarations)];
  }

  /** Python attribute path of an operation or channel from the client (`['agents', 'metrics', 'add_to_agent']`). */
  attributePath(item: Operation | Channel): string[] {
    const out: string[] = [];
    let level: Resource[] = this.model.resources;
    let owner: ApiModel | Resource = this.model;
    for (const segment of item.resourcePath) {
      const next = level.find((r) => r.name === segment)!;
      out.push(this.members.get(owner)!.resources.get(next)!);
      owner = next;
      level = next.resources;
    }
    const members = this.members.get(owner)!;
    out.push(('method' in item ? members.operations.get(item) : members.channels.get(item))!);
    return out;
  }

  /** Python attribute path of a resource from the client (`['agents', 'metrics']`). */
  resourceAttributePath(resource: Resource): string[] {
    const out: string[] = [];
    let owner: ApiModel | Resource = this.model;
    let level = this.model.resources;
    for (const segment of resource.path) {
      const next = level.find((r) => r.name === segment)!;
      out.push(this.members.get(owner)!.resources.get(next)!);
      owner = next;
      level = next.resources;
    }
    return out;
  }

  /** Model names, runtime names and typing names a resource module (or the client module) needs. */
  moduleImports(resource: Resource | undefined): {
    models: string[];
    typeOnlyModels: boolean;
    typing: string[];
    typingExtensions: string[];
    builtins: boolean;
    runtime: { module: string; names: string[] }[];
  } {
    const ops = (resource ? allOperations(resource) : this.model.rootOperations).map((o) => this.operations.get(o)!);
    const channels = (resource ? allChannels(resource) : []).map((c) => this.channels.get(c)!);
    const models = new Set<string>();
    const texts: string[] = [];
    texts.push(
      resource
        ? 'SyncAPIClient SyncAPIResource AsyncAPIClient AsyncAPIResource'
        : 'SyncAPIClient AsyncAPIClient client_config Mapping Optional',
    );
    for (const op of ops) {
      for (const ref of op.refs) models.add(ref);
      texts.push(...signatureLines(op), ...callArguments(op), returnTypes(op).sync, returnTypes(op).async, 'operation_spec(');
      if (op.kind === 'json') texts.push('cast(');
    }
    for (const channel of channels) {
      for (const ref of channel.refs) models.add(ref);
      texts.push(...channelSignatureLines(channel), ...channel.commands.map(commandParameters), 'channel_spec(');
      texts.push(`AsyncChannelConnection[${channel.asyncSession}]`);
      if (channel.channel.context) texts.push('ContextSession SocketContext AsyncContextSession AsyncSocketContext Optional[');
      else texts.push('SocketSession AsyncSocketSession');
      if (channel.oneShot) texts.push(oneShotParameters(channel));
    }
    if (models.size > 0) texts.push('TYPE_CHECKING');
    const all = texts.join('\n');
    const { typing, typingExtensions } = typingImports(all);
    const bare = all.replace(/"(?:[^"\\]|\\.)*"/g, '""');
    const runtime = RUNTIME_IMPORTS.map(([module, names]) => ({
      module,
      names: names.filter((n) => new RegExp(`(?<![\\w.])${n}\\b`).test(bare)).sort(),
    })).filter((m) => m.names.length > 0);
    return { models: [...models].sort(), typeOnlyModels: true, typing, typingExtensions, builtins: /\bbuiltins\./.test(all), runtime };
  }

  /** Models the error body type names (imported by errors.py for the type checker only). */
  errorBodyRefs(): string[] {
    const refs = new Set<string>();
    if (this.model.errors.schema) this.printer.print(this.model.errors.schema, { use: 'response', hint: 'ErrorBody', quote: true, refs });
    return [...refs].sort();
  }

  helpers(): Record<string, Helper> {
    const op = (o: Operation): PyOperation => this.operations.get(o)!;
    const ch = (c: Channel): PyChannel => this.channels.get(c)!;
    return {
      pyString: (value: unknown) => pyString(value),
      pyLiteral: (value: unknown) => pyLiteral(value),
      pyComment: (text: unknown) => pyComment(text),
      pyDocstring: (doc: DocInput | string | undefined, indent: unknown) =>
        pyDocstring(doc, typeof indent === 'number' ? ' '.repeat(indent) : ''),
      pyIndent: (text: unknown, spaces: unknown) => indentRest(String(text ?? ''), Number(spaces)),
      pyDistributionName: () => pyDistributionName(this.model.client.packageName),
      pyPackage: () => pyImportName(this.model.client.packageName),
      pyModuleName: (resource: Resource) => this.members.get(this.model)!.resources.get(resource)!,
      pyClientName: () => this.naming.client,
      pyAsyncClientName: () => this.naming.asyncClient,
      pyErrorClassName: (cls: ErrorClass | string) => this.naming.errors.get(typeof cls === 'string' ? cls : cls.name) ?? String(cls),
      pyErrorBodyType: () =>
        this.model.errors.schema
          ? this.printer.print(this.model.errors.schema, { use: 'response', hint: 'ErrorBody', quote: true })
          : 'Any',
      pyDeclarations: () => this.declarations(),
      pyDeclaration: (decl: Declaration) => renderDeclaration(decl),
      pyModelsImports: () => {
        const text = this.declarations().map(renderDeclaration).join('\n');
        const models = [/\(BaseModel\):/.test(text) ? 'BaseModel' : '', /(= |\[|, )Field\(/.test(text) ? 'Field' : ''].filter(Boolean);
        return {
          ...typingImports(text),
          files: /\bFileTypes\b/.test(text),
          prefix: '.',
          runtime: models.length > 0 ? [{ module: '_models', names: models }] : [],
        };
      },
      pyModelNames: () => this.declarations().map((d) => d.name),
      pyModuleImports: (resource: Resource | undefined) => this.moduleImports(resource && 'path' in resource ? resource : undefined),
      pyConfig: () => pyLiteral(runtimeConfig(this.model)),
      pyResourceMembers: (owner: Resource | ApiModel) => {
        const members = this.members.get(owner)!;
        const resources = 'path' in owner ? owner.resources : this.model.resources;
        return resources.map((r) => ({
          name: members.resources.get(r)!,
          type: this.typeName(r.typeName),
          asyncType: this.typeName(`Async${r.typeName}`),
          resource: r,
        }));
      },
      pyResourceDoc: (resource: Resource) =>
        resource.description ?? `The \`${['client', ...this.resourceAttributePath(resource)].join('.')}\` resource.`,
      pyOperations: (owner: Resource | ApiModel) => ('path' in owner ? owner.operations : owner.rootOperations).map(op),
      pyChannels: (resource: Resource) => resource.channels.map(ch),
      pyAllOperationsOf: (resource: Resource | ApiModel) =>
        ('path' in resource ? allOperations(resource) : resource.rootOperations).map(op),
      pyAllChannelsOf: (resource: Resource) => allChannels(resource).map(ch),
      pyMethodName: (o: PyOperation) => this.attributePath(o.op).slice(-1)[0]!,
      pyMethodPath: (item: PyOperation | PyChannel) => ['client', ...this.attributePath('op' in item ? item.op : item.channel)].join('.'),
      pyOperationSpec: (o: PyOperation) => pyLiteral(operationData(o.op)),
      pySignature: (o: PyOperation) => signatureLines(o).join('\n'),
      pySyncReturn: (o: PyOperation) => returnTypes(o).sync,
      pyAsyncReturn: (o: PyOperation) => returnTypes(o).async,
      pyRuntimeMethod: (o: PyOperation) => runtimeMethod(o),
      pyCallArguments: (o: PyOperation) => callArguments(o).join('\n'),
      pyMethodDoc: (o: PyOperation) => methodDoc(o),
      pyChannelMethodName: (c: PyChannel) => this.attributePath(c.channel).slice(-1)[0]!,
      pyChannelSpec: (c: PyChannel) => pyLiteral(channelData(c.channel)),
      pyChannelSignature: (c: PyChannel) => channelSignatureLines(c).join('\n'),
      pyChannelQuery: (c: PyChannel) => channelQueryDict(c),
      pyChannelDoc: (c: PyChannel) =>
        `${channelDoc(c.channel)}\n\nReturns once the socket is open; use the session with \`with\`, or \`close()\` it.`,
      pyCommandParameters: (command: PyChannel['commands'][number]) => commandParameters(command),
      pyCommandCall: (command: PyChannel['commands'][number], c: PyChannel) => commandCall(command, c),
      pyCommandDoc: (command: PyChannel['commands'][number]) =>
        command.command.description ?? `Sends the \`${command.command.name}\` command.`,
      pyCredentialOption: (scheme: SecurityScheme) => pySnakeName(scheme.option),
      pyUsableSchemes: () => this.model.auth.schemes.filter((s) => s.transport !== 'none'),
      pyHasChannels: () => this.model.channels.length > 0,
      pyLicense: () => this.model.info.license?.identifier ?? this.model.info.license?.name ?? '',
      pySummary: () => this.model.info.summary ?? `Typed client for the ${this.model.info.title}.`,
      pyExampleOperation: () => {
        const first = this.model.operations.find(
          (o) => o.parameters.path.length === 0 && !o.requestBody && !o.parameters.query.some((p) => p.required),
        );
        return first ? op(first) : undefined;
      },
      pyErrorsTyping: () =>
        typingImports(
          `Tuple ${this.model.errors.schema ? this.printer.print(this.model.errors.schema, { use: 'response', hint: 'ErrorBody', quote: true }) : 'Any'}`,
        )
          .typing.concat('Tuple', this.errorBodyRefs().length > 0 ? ['TYPE_CHECKING'] : [])
          .sort(),
      pyErrorBodyImports: () => this.errorBodyRefs(),
      pyClientVariants: () => [
        { name: this.naming.client, base: 'SyncAPIClient', async: false },
        { name: this.naming.asyncClient, base: 'AsyncAPIClient', async: true },
      ],
      pyClientDoc: (variant: { async: boolean }) =>
        docText({
          summary: `${variant.async ? 'Asynchronous' : 'Synchronous'} client of the ${this.model.info.title}.`,
          ...(this.model.info.description ? { description: this.model.info.description } : {}),
          extra: [
            variant.async
              ? 'Use it with `async with`, or `await client.close()` when done.'
              : 'Use it with `with`, or call `close()` when done.',
          ],
        }),
      pyConstructorDoc: () => constructorDoc(this.model),
      pyCallPrefix: (o: PyOperation, mode: string) => callPrefix(o, mode === 'async'),
      pyCallSuffix: (o: PyOperation) => (o.kind === 'json' ? ')' : ''),
      pyDocText: (text: unknown) => pyDocstring(String(text ?? '')).replace(/^"""|"""$/g, ''),
      pyPackageVersion: () => pyPackageVersion(this.model.client.version),
      pyErrorNames: () => errorExports(this),
      pyExportNames: () => [
        this.naming.client,
        this.naming.asyncClient,
        ...PACKAGE_RUNTIME_EXPORTS.filter((n) => n !== 'CloseInfo' || this.model.channels.length > 0),
        ...errorExports(this),
        ...this.declarations().map((d) => d.name),
      ],
      pyResourceSummary: (resource: Resource) =>
        resource.description?.split(/\n\s*\n/)[0] ?? `The \`${['client', ...this.resourceAttributePath(resource)].join('.')}\` resource.`,
      pyImportBlock: (imports: ImportSet) => importBlock(imports),
      pyClientImports: () => {
        const imports = this.moduleImports(undefined);
        const resources = this.model.resources
          .map((r) => {
            const module = this.members.get(this.model)!.resources.get(r)!;
            return `from .resources.${module} import ${[this.typeName(`Async${r.typeName}`), this.typeName(r.typeName)].sort().join(', ')}`;
          })
          .sort();
        // The constructors' `log_level` and `logger` options.
        const runtime = [...(imports.runtime ?? []), { module: '_logging', names: ['LogLevel'] }];
        return importBlock({
          ...imports,
          // Aliased: a resource named `logging` would shadow the module inside the client class.
          stdlib: ['logging as _logging'],
          runtime: runtime.sort((a, b) => a.module.localeCompare(b.module)),
          prefix: '.',
          thirdParty: ['import httpx'],
          local: ['from .errors import ERROR_CLASSES'],
          after: resources,
        });
      },
      pyResourceClasses: (top: Resource) =>
        [false, true].flatMap((async) =>
          allResources([top]).map((resource) => ({
            resource,
            async,
            name: this.typeName(async ? `Async${resource.typeName}` : resource.typeName),
            base: async ? 'AsyncAPIResource' : 'SyncAPIResource',
            clientType: async ? 'AsyncAPIClient' : 'SyncAPIClient',
          })),
        ),
      pyAsyncChannelDoc: (c: PyChannel) =>
        `${channelDoc(c.channel)}\n\nAwait it for the session, or use it with \`async with\` to close the session on exit.`,
      pyOneShotParameters: (c: PyChannel) => oneShotParameters(c),
      pyWrapParameters: (parameters: string, ...prefix: unknown[]) => wrapParameters(String(parameters), prefix.join('').length),
      pyFirstScheme: () => this.model.auth.schemes.find((s) => s.transport !== 'none'),
      pyAllOperations: () => this.model.operations.map(op),
      pyExampleEnv: () => this.model.auth.schemes.find((s) => s.env)?.env ?? '',
      // The README's task guide (the picks are the language-neutral `guide…` helpers).
      pyGuideCall: (o: Operation, result: unknown, indent: unknown, file: unknown) => {
        const pad = ' '.repeat(Number(indent) || 0);
        return `${pad}${String(result)} = ${this.guide.operationCall(op(o), ['client', ...this.attributePath(o)].join('.'), pad, String(file ?? ''))}`;
      },
      pyGuideChannelCall: (c: Channel) => this.guide.channelCall(c, ['client', ...this.attributePath(c)].join('.'), ''),
      pyGuideSettings: (c: Channel, indent: unknown) => this.guide.settings(c, ' '.repeat(Number(indent) || 0)),
      pyGuideCommand: (c: Channel, command: ChannelCommand) =>
        [...this.channels.values()].find((x) => x.channel.id === c.id)?.commands.find((x) => x.command === command)?.method ??
        pySnakeName(command.name),
      pyAllChannels: () => [...this.channels.values()],
      // The import an example call of the operation needs for its file argument (a `Path`), if it has one.
      pyGuideFileImport: (o: Operation | undefined) =>
        o?.requestBody?.fields.some((f) => f.isFile && f.required) ? 'from pathlib import Path\n' : '',
      // Whether the Python client has a method for the channel (channels outside every resource have none yet).
      pyHasChannel: (c: Channel) => [...this.channels.keys()].some((x) => x.id === c.id),
      // A command method's parameters as a reader sees them (without `self`).
      pyCommandSignature: (command: PyChannel['commands'][number]) => commandParameters(command).replace(/^self(, )?/, ''),
    };
  }
}

/** How the conformance runner calls an operation: attribute path, and the Python name of each wire name. */
export function pythonCallNaming(model: ApiModel): Record<string, { path: string[]; args: Record<string, string>; pathArgs: string[] }> {
  const helpers = new PythonHelpers(model);
  const out: Record<string, { path: string[]; args: Record<string, string>; pathArgs: string[] }> = {};
  for (const op of model.operations) {
    const py = helpers.operations.get(op)!;
    out[[...op.resourcePath, op.name].join('.')] = {
      path: helpers.attributePath(op),
      args: Object.fromEntries(py.args.filter((a) => a.location !== 'path').map((a) => [a.wire || 'body', a.name])),
      pathArgs: py.args.filter((a) => a.location === 'path').map((a) => a.name),
    };
  }
  return out;
}

/** Parameters of a context session's one-call `generate`: the one-shot argument, the id, the settings. */
function oneShotParameters(channel: PyChannel): string {
  const arg = channel.oneShot!.argument!;
  const first = arg.default === undefined ? `${arg.name}: ${arg.type}` : `${arg.name}: ${arg.type} = ${arg.default}`;
  return `${first}, *, id: Optional[str] = None, **settings: Unpack[${channel.settings!.name}]`;
}

export default function pythonHelpers(model: ApiModel): Record<string, Helper> {
  return new PythonHelpers(model).helpers();
}

export type { Schema };
