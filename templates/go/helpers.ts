// Helpers of the Go template set (loaded by the generator through `helpersModule`). Every Go name, type and literal
// is decided here, once for the whole model, in the constructor; templates only lay the results out.
import type { ApiModel, Channel, ErrorClass, Operation, Resource, SecurityScheme } from 'openapi-client-generator/helpers';
import { NameAllocator } from 'openapi-client-generator/helpers';
import type { Helper } from 'openapi-client-generator/helpers';
import { buildChannel, type GoChannel } from './helpers/channels.js';
import { goComment, goDoc, goString } from './helpers/literals.js';
import { goExported, goFileName, goModulePath, goPackageName } from './helpers/names.js';
import { buildOperation, type GoOperation } from './helpers/operations.js';
import { renderDeclaration } from './helpers/render.js';
import { GoTypePrinter, type StructField } from './helpers/types.js';

/** Names the package declares itself (client.go, errors.go): no schema or hoisted type may take them. */
const ROOT_NAMES = [
  'Client',
  'NewClient',
  'Ptr',
  'Stream',
  'Page',
  'File',
  'Event',
  'APIError',
  'APIErrorOf',
  'ConfigurationError',
  'InsecureTransportError',
  'MissingCredentialError',
  'InvalidRequestError',
  'StreamEventError',
  'APIConnectionError',
  'APIConnectionTimeoutError',
  'APIUserAbortError',
  'APIResponseParseError',
  'ResponseTooLargeError',
  'RequestOption',
  'RedirectError',
  'clientSpec',
  'SocketClosedError',
  'ProtocolError',
  'CloseInfo',
  'realtimeSpec',
  'connectChannel',
  'optionalFields',
];

export interface GoService {
  /** `nil` for the client itself (root operations). */
  resource?: Resource;
  typeName: string;
  constructor: string;
  doc: string;
  children: { field: string; type: string; constructor: string; doc: string }[];
  operations: GoOperation[];
  channels: GoChannel[];
}

export class GoHelpers {
  readonly names: NameAllocator;
  readonly printer: GoTypePrinter;
  readonly services = new Map<Resource, GoService>();
  readonly root: GoService;
  readonly errorNames = new Map<ErrorClass, string>();
  readonly packageName: string;

  constructor(readonly model: ApiModel) {
    this.packageName = goPackageName(model.client.name);
    this.names = new NameAllocator(ROOT_NAMES);
    for (const c of model.errors.classes) this.errorNames.set(c, this.names.allocate(goExported(c.name)));
    this.printer = new GoTypePrinter(model, this.names);
    const paramsNames = new Map<Operation, string>();
    for (const op of model.operations) paramsNames.set(op, this.names.allocate(goExported(op.typeNames.params)));
    const typeNames = new Map<Resource, string>();
    const walk = (resources: Resource[]): void => {
      for (const r of resources) {
        typeNames.set(r, this.names.allocate(`${goExported(r.typeName)}Service`));
        walk(r.resources);
      }
    };
    walk(model.resources);
    for (const s of model.schemas) this.printer.declareNamed(s);
    const build = (
      resource: Resource | undefined,
      typeName: string,
      resources: Resource[],
      operations: Operation[],
      channels: Channel[],
    ): GoService => {
      const members = new NameAllocator(['client', 'Options']);
      const children = resources.map((r) => ({
        field: members.allocate(goExported(r.name)),
        type: typeNames.get(r)!,
        constructor: `new${typeNames.get(r)!}`,
        doc: r.description ?? `the ${r.path.join('.')} operations.`,
      }));
      const ops = operations.map((op) => {
        const method = members.allocate(goExported(op.name));
        const auto = op.pagination ? members.allocate(`${method}AutoPaging`) : undefined;
        return buildOperation(op, this.printer, this.names, paramsNames.get(op)!, method, auto);
      });
      const sockets = channels.map((ch) => buildChannel(ch, this.printer, this.names, members.allocate(goExported(ch.name))));
      return {
        ...(resource ? { resource } : {}),
        typeName,
        constructor: `new${typeName}`,
        doc: resource?.description ?? `the ${resource?.path.join('.') ?? 'client'} operations.`,
        children,
        operations: ops,
        channels: sockets,
      };
    };
    const rootChannels = model.channels.filter((c) => c.resourcePath.length === 0);
    this.root = build(undefined, 'Client', model.resources, model.rootOperations, rootChannels);
    const buildAll = (resources: Resource[]): void => {
      for (const r of resources) {
        this.services.set(r, build(r, typeNames.get(r)!, r.resources, r.operations, r.channels));
        buildAll(r.resources);
      }
    };
    buildAll(model.resources);
  }

  /** Every operation with the Go expression that reaches its service (`client.Agents.Metrics`). */
  calls(): { op: GoOperation; service: string }[] {
    const out: { op: GoOperation; service: string }[] = [];
    const walk = (service: GoService, path: string, resources: Resource[]): void => {
      for (const op of service.operations) out.push({ op, service: path });
      service.children.forEach((child, i) => {
        const r = resources[i]!;
        walk(this.services.get(r)!, `${path}.${child.field}`, r.resources);
      });
    };
    walk(this.root, 'client', this.model.resources);
    return out;
  }

  /** What the README's examples call: picks among the operations that take no path parameter. */
  guide(): Record<string, unknown> {
    const calls = this.calls().filter((c) => c.op.op.parameters.path.length === 0);
    const example = (c: { op: GoOperation; service: string } | undefined, auto = false) =>
      c && { call: `${c.service}.${auto ? c.op.autoPaging!.method : c.op.method}`, params: c.op.params?.name };
    const credential = this.credentialOptions().find((o) => o.scheme.env) ?? this.credentialOptions()[0];
    const notFound = [...this.errorNames].find(([c]) => c.status === 404 && !c.range)?.[1] ?? [...this.errorNames.values()][0];
    return {
      credential: credential && { option: credential.name, env: credential.scheme.env },
      list: example(
        calls.find((c) => c.op.autoPaging),
        true,
      ),
      events: example(calls.find((c) => c.op.op.response.kind === 'event-stream')),
      download: example(calls.find((c) => c.op.op.response.kind === 'binary')),
      errorClass: notFound,
    };
  }

  /** The services of a top-level resource and its sub-resources, depth first: one Go file. */
  servicesOf(resource: Resource): GoService[] {
    const out: GoService[] = [];
    const walk = (r: Resource): void => {
      out.push(this.services.get(r)!);
      r.resources.forEach(walk);
    };
    walk(resource);
    return out;
  }

  /** The Go code of services (types, constructors, params, descriptors and methods), without the package clause. */
  servicesCode(services: GoService[]): string {
    const parts: string[] = [];
    for (const s of services) {
      if (s.resource) {
        const fields = s.children.map((c) => `${goComment(c.doc, '\t')}\t${c.field} *${c.type}\n`).join('');
        parts.push(`${goDoc(s.typeName, s.doc, 'operations.')}type ${s.typeName} struct {\n\tclient *core.Client\n${fields}}\n`);
        parts.push(
          `func ${s.constructor}(c *core.Client) *${s.typeName} {\n\treturn &${s.typeName}{client: c${s.children.map((c) => `, ${c.field}: ${c.constructor}(c)`).join('')}}\n}\n`,
        );
      }
      for (const op of s.operations) parts.push(this.operationCode(s, op));
      for (const ch of s.channels) parts.push(ch.declarations, ch.methodCode(s.typeName));
    }
    return parts.join('\n');
  }

  operationCode(service: GoService, op: GoOperation): string {
    const parts: string[] = [];
    if (op.params) parts.push(renderParams(op.params.name, op.params.fields, op.op));
    parts.push(`var ${op.specVar} = ${op.specLiteral}\n`);
    const summary = [op.op.summary, op.op.description].filter(Boolean).join('\n\n');
    const deprecated = op.op.deprecated ? '\n\nDeprecated: the API marks this operation as deprecated.' : '';
    const doc = goDoc(op.method, `${summary || `${op.op.method} ${op.op.path}`}${deprecated}`, '');
    parts.push(`${doc}func (s *${service.typeName}) ${op.method}(${op.arguments}) ${op.results} {\n${indent(op.body)}\n}\n`);
    if (op.autoPaging)
      parts.push(
        `// ${op.autoPaging.method} yields every item of ${op.method}'s pages, fetching each page as the loop reaches it; an error ends it.\nfunc (s *${service.typeName}) ${op.autoPaging.method}(${op.arguments}) ${op.autoPaging.results} {\n${indent(op.autoPaging.body)}\n}\n`,
      );
    return parts.join('\n');
  }

  /** client.go: the Client, its constructor, the API's conventions and the root operations. */
  clientCode(): string {
    const children = this.root.children.map((c) => `${goComment(c.doc, '\t')}\t${c.field} *${c.type}\n`).join('');
    const env = this.credentialOptions()
      .filter((o) => o.scheme.env)
      .map((o) => `${o.scheme.env} (option.${o.name})`);
    const envDoc = [
      ...env,
      ...(this.model.client.environment.baseUrl ? [`${this.model.client.environment.baseUrl} (option.WithBaseURL)`] : []),
    ];
    const parts = [
      `${goDoc('Client', `the ${this.model.info.title} client. Create it with NewClient; it is safe for concurrent use.`, '')}type Client struct {\n\t// Options are the options the client was created with; each call's own options come after them.\n\tOptions []option.RequestOption\n\tclient  *core.Client\n${children}}\n`,
      `var clientSpec = ${this.clientSpec()}\n`,
      `// NewClient creates a client. ${envDoc.length ? `Unless an option says otherwise, it reads ${envDoc.join(', ')} from the environment.` : ''}\nfunc NewClient(opts ...option.RequestOption) *Client {\n\tc := core.NewClient(clientSpec, opts)\n\treturn &Client{Options: opts, client: c${this.root.children.map((c) => `, ${c.field}: ${c.constructor}(c)`).join('')}}\n}\n`,
      ...this.root.operations.map((op) => this.operationCode({ ...this.root, typeName: 'Client' }, op)),
      ...(this.model.channels.length > 0 ? [this.realtimeCode()] : []),
      ...this.root.channels.flatMap((ch) => [ch.declarations, ch.methodCode('Client')]),
    ];
    return parts.join('\n');
  }

  /** What every channel shares: the API's WebSocket conventions, and the connection with the client's options. */
  realtimeCode(): string {
    const m = this.model;
    const v = m.apiVersion;
    const options = new Map(this.credentialOptions().map((o) => [o.scheme, o.name]));
    const lines = [
      `DefaultBaseURL: ${goString(m.servers[0]?.defaultUrl ?? '')}`,
      `WebSocketBaseURL: ${goString(m.servers[0]?.websocketUrl ?? '')}`,
      ...(v
        ? [
            `APIVersion: &realtime.APIVersion{Header: ${goString(v.header)}, Pattern: ${goString(v.pattern ?? '')}, WebsocketQueryParameter: ${goString(v.websocketQueryParameter ?? '')}}`,
          ]
        : []),
      `Credentials: []realtime.Credential{\n${m.auth.schemes
        .map((s) => {
          const option = options.get(s);
          return `\t\t{Scheme: ${goString(s.key)}, Option: ${goString(option ? `option.${option}` : s.option)}, Transport: ${goString(s.transport)}, In: ${goString(s.in ?? '')}, ParameterName: ${goString(s.parameterName ?? '')}, WebsocketQueryParameter: ${goString(s.websocketQueryParameter ?? '')}},\n`;
        })
        .join('')}\t}`,
      `TLSRequired: ${m.transport.tls === 'required'}`,
      `LoopbackException: ${m.transport.loopbackException}`,
      ...(m.errors.inStream
        ? [`InStream: &realtime.InStream{Field: ${goString(m.errors.inStream.field)}, Value: ${goString(m.errors.inStream.value)}}`]
        : []),
    ];
    return [
      `// realtimeSpec holds the API's WebSocket conventions; each connection adds what the options resolve to.\nvar realtimeSpec = realtime.Config{\n${lines.map((l) => `\t${l},\n`).join('')}}\n`,
      `// connectChannel opens a channel's socket with the client's options, then the call's.\nfunc connectChannel[E any](ctx context.Context, c *core.Client, ch *realtime.Channel, query []core.ParamSpec, values map[string]any, opts []option.RequestOption) (*realtime.Session[E], error) {\n\tconn, err := c.Connection(opts)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tq, err := core.ChannelQuery(query, values, conn.Query)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tcfg := realtimeSpec\n\tcfg.BaseURL, cfg.HTTPClient, cfg.UserAgent = conn.BaseURL, conn.HTTPClient, conn.UserAgent\n\tcfg.Version, cfg.Held, cfg.Errors = conn.Version, conn.Held, core.ChannelErrors{Client: c}\n\treturn realtime.Connect[E](ctx, &cfg, ch, realtime.Options{Query: q, Header: conn.Header, Timeout: conn.Timeout})\n}\n`,
      `// optionalFields is a command's optional fields: the first given, or none.\nfunc optionalFields[T any](fields []T) any {\n\tif len(fields) == 0 {\n\t\treturn nil\n\t}\n\treturn fields[0]\n}\n`,
    ].join('\n');
  }

  /** The package comment's realtime paragraph: the first multiplexed channel (else the first channel) in use. */
  realtimeDoc(): string {
    const found: { access: string; channel: GoChannel }[] = [];
    const walk = (service: GoService, access: string): void => {
      for (const ch of service.channels) found.push({ access, channel: ch });
      service.resource?.resources.forEach((r, i) => walk(this.services.get(r)!, `${access}.${service.children[i]!.field}`));
    };
    for (const ch of this.root.channels) found.push({ access: 'client', channel: ch });
    this.model.resources.forEach((r, i) => walk(this.services.get(r)!, `client.${this.root.children[i]!.field}`));
    const chosen = found.find((f) => f.channel.channel.context) ?? found[0];
    if (!chosen) return '';
    const lines = chosen.channel.example(chosen.access, this.packageName);
    return `//\n// Realtime channels are WebSocket sessions, opened by a method and closed by Close:\n//\n${lines.map((l) => `//\t${l}\n`).join('')}`;
  }

  modelsCode(): string {
    return this.printer.declarations.map(renderDeclaration).join('\n');
  }

  /** Schemes the client can hold a credential for, with their option function names. */
  credentialOptions(): { scheme: SecurityScheme; name: string }[] {
    const taken = new NameAllocator([
      'WithBaseURL',
      'WithHTTPClient',
      'WithMaxRetries',
      'WithRequestTimeout',
      'WithHeader',
      'WithHeaderDel',
      'WithQuery',
      'WithVersion',
    ]);
    return this.model.auth.schemes
      .filter((s) => s.transport !== 'none')
      .map((scheme) => ({ scheme, name: taken.allocate(`With${goExported(scheme.option)}`) }));
  }

  clientSpec(): string {
    const m = this.model;
    const v = m.apiVersion;
    const p = m.pagination;
    const r = m.retry;
    const e = m.errors;
    const options = new Map(this.credentialOptions().map((o) => [o.scheme, o.name]));
    const list = (items: (string | number)[]) => items.map((i) => (typeof i === 'string' ? goString(i) : String(i))).join(', ');
    const lines = [
      `ClientName: ${goString(m.client.name)}`,
      `PackageVersion: ${goString(m.client.version)}`,
      `DefaultBaseURL: ${goString(m.servers[0]?.defaultUrl ?? '')}`,
      ...(m.client.environment.baseUrl ? [`BaseURLEnv: ${goString(m.client.environment.baseUrl)}`] : []),
      `TimeoutMs: ${m.client.timeoutMs}`,
      ...(v
        ? [
            `Version: &core.VersionSpec{Header: ${goString(v.header)}, Default: ${goString(v.default)}, Pattern: ${goString(v.pattern ?? '')}}`,
          ]
        : []),
      `TLSRequired: ${m.transport.tls === 'required'}`,
      `LoopbackOK: ${m.transport.loopbackException}`,
      `Retry: core.RetrySpec{MaxRetries: ${r.maxRetries}, InitialDelayMs: ${r.initialDelayMs}, MaxDelayMs: ${r.maxDelayMs}, Statuses: []int{${list(r.statuses)}}, StatusRanges: []int{${list(r.statusRanges)}}, OnConnectionError: ${r.onConnectionError}, RetryAfterHeaders: []string{${list(r.retryAfterHeaders)}}}`,
      `Errors: core.ErrorSpec{\n\t\tMessageFields: []string{${list(e.messageFields)}},\n\t\tRequestIDHeaders: []string{${list(e.requestIdHeaders)}},\n\t\tRequestIDField: ${goString(e.requestIdField ?? '')},\n\t\tStatusField: ${goString(e.statusField ?? '')},\n\t\tInStreamField: ${goString(e.inStream?.field ?? '')},\n\t\tInStreamValue: ${goString(e.inStream?.value ?? '')},\n\t\tClasses: []core.ErrorClass{\n${e.classes
        .map(
          (c) =>
            `\t\t\t{Status: ${c.status}, Range: ${c.range}, New: func(e *core.APIError) error { return &${this.errorNames.get(c)}{e} }},\n`,
        )
        .join('')}\t\t},\n\t}`,
      `Schemes: []core.SchemeSpec{\n${m.auth.schemes
        .map(
          (s) =>
            `\t\t{Key: ${goString(s.key)}, Option: ${goString(s.option)}, OptionFunc: ${goString(options.get(s) ?? '')}, Transport: ${goString(s.transport)}, In: ${goString(s.in ?? '')}, ParameterName: ${goString(s.parameterName ?? '')}, Env: ${goString(s.env ?? '')}},\n`,
        )
        .join('')}\t}`,
      ...(p
        ? [
            `Pagination: &core.PaginationSpec{LimitParameter: ${goString(p.limitParameter ?? '')}, AfterParameter: ${goString(p.afterParameter)}, BeforeParameter: ${goString(p.beforeParameter ?? '')}, ItemsField: ${goString(p.itemsField)}, HasMoreField: ${goString(p.hasMoreField ?? '')}, NextCursorField: ${goString(p.nextCursorField ?? '')}, ItemCursorField: ${goString(p.itemCursorField ?? '')}}`,
          ]
        : []),
    ];
    return `&core.ClientSpec{\n${lines.map((l) => `\t${l},\n`).join('')}}`;
  }
}

function renderParams(name: string, fields: StructField[], op: Operation): string {
  const body = fields
    .map((f) => {
      const tag = f.json === '-' ? '`json:"-"`' : `\`json:"${f.json}${f.omit ? `,${f.omit}` : ''}"\``;
      return `${goComment(f.doc, '\t')}\t${f.name} ${f.type} ${tag}\n`;
    })
    .join('');
  return `${goDoc(name, `the values ${op.id} takes besides its path parameters.`, '')}type ${name} struct {\n${body}}\n`;
}

function indent(code: string): string {
  return code
    .split('\n')
    .map((l) => (l === '' ? '' : `\t${l}`))
    .join('\n');
}

/** The standard and runtime packages a Go file's code uses: read from the code, strings and comments left out. */
export function importsOf(code: string, modulePath: string): string {
  const bare = code.replace(/\/\/[^\n]*/g, '').replace(/"(?:[^"\\\n]|\\.)*"|`[^`]*`/g, '""');
  const wanted: [string, string][] = [
    ['context', 'context'],
    ['json', 'encoding/json'],
    ['io', 'io'],
    ['iter', 'iter'],
    ['http', 'net/http'],
    ['time', 'time'],
    ['core', `${modulePath}/internal/core`],
    ['option', `${modulePath}/option`],
    ['realtime', `${modulePath}/internal/realtime`],
  ];
  const used = wanted.filter(([pkg]) => new RegExp(`(?<!\\w)(?<!\\w\\.)${pkg}\\.`).test(bare)).map(([, path]) => path);
  if (used.length === 0) return '';
  const std = used.filter((p) => !p.startsWith(modulePath)).sort();
  const local = used.filter((p) => p.startsWith(modulePath)).sort();
  const group = (paths: string[]) => paths.map((p) => `\t${goString(p)}\n`).join('');
  return `import (\n${group(std)}${std.length && local.length ? '\n' : ''}${group(local)})\n`;
}

export default function goHelpers(model: ApiModel): Record<string, Helper> {
  const go = new GoHelpers(model);
  const modulePath = goModulePath(model.client.packageName);
  const file = (code: string): string => {
    const imports = importsOf(code, modulePath);
    return `${imports}${imports ? '\n' : ''}${code}`;
  };
  return {
    goPackage: () => go.packageName,
    goModule: () => modulePath,
    goFileName: (r: Resource) => goFileName(r.name),
    goString: (text: string) => goString(String(text)),
    // Spec text inside a one-line comment or the header: line breaks and control characters become spaces.
    goLine: (text: unknown) => String(text ?? '').replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029\ufeff]+/g, ' '),
    goComment: (text: string) => goComment(text),
    goResourceFile: (r: Resource) => file(go.servicesCode(go.servicesOf(r))),
    goModelsFile: () => file(go.modelsCode()),
    goClientFile: () => file(go.clientCode()),
    goRealtimeDoc: () => go.realtimeDoc(),
    goErrorNames: () => [...go.errorNames.entries()].map(([c, name]) => ({ name, status: c.range ? `${c.status}xx` : String(c.status) })),
    goCredentialOptions: () =>
      go
        .credentialOptions()
        .map((o) => ({ name: o.name, option: o.scheme.option, doc: o.scheme.description ?? '', env: o.scheme.env ?? '' })),
    goHasVersion: () => model.apiVersion !== undefined,
    goGuide: () => go.guide(),
  };
}
