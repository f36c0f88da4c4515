/**
 * The intermediate representation (IR): everything a template set may use to render a client, and nothing
 * tied to one target language. It is built once from a validated OpenAPI 3.0/3.1 document; OpenAPI version
 * differences end in the builder. A template set (TypeScript, Python, ...) renders from `ApiModel` alone.
 *
 * Conventions:
 * - Names meant to become identifiers are ASCII, start with a letter, and are unique where they share a
 *   namespace (`NamedSchema.name` and `Operation.typeNames` together; method and sub-resource names within
 *   a resource). Case styles: `name` fields of schemas and type names are PascalCase; resource and method
 *   names are camelCase. Language helpers still escape reserved words of their language. No member (method,
 *   channel or sub-resource) is named `then`: that would make its object thenable (it becomes `then2`).
 * - Wire names (parameter names, header names, property names) are kept exactly as the spec writes them.
 * - Schemas are JSON Schema 2020-12 objects in the OpenAPI 3.1 dialect (see `Schema`).
 */

/** Bumped whenever a field is removed or changes meaning; template sets can assert it. */
export const IR_VERSION = 1;

export interface ApiModel {
  irVersion: typeof IR_VERSION;
  /** Where the model came from. `specFile` is the root file's name (no folders, so output is portable). */
  source: { specFile: string; openapiVersion: string };
  info: ApiInfo;
  client: ClientInfo;
  /** Servers in spec order; the first is the default base URL. */
  servers: Server[];
  /** Header-based API versioning (`x-api-version`); absent when the API has none. */
  apiVersion?: ApiVersionConvention;
  transport: TransportPolicy;
  retry: RetryPolicy;
  errors: ErrorConvention;
  /** Cursor pagination convention (`x-pagination`); absent when the API has none. */
  pagination?: PaginationConvention;
  auth: AuthModel;
  /** Top-level resources; each holds its operations and nested resources. */
  resources: Resource[];
  /** Operations that live on the client itself rather than on a resource. */
  rootOperations: Operation[];
  /** Every WebSocket channel (`x-websockets`), in spec order. Same objects as in `resources`. */
  channels: Channel[];
  /** Every operation, in spec order (paths, then methods in OpenAPI order). Same objects as in `resources`. */
  operations: Operation[];
  /** Named schemas (components and hoisted external targets), sorted by `name`. */
  schemas: NamedSchema[];
}

export interface ApiInfo {
  title: string;
  summary?: string;
  description?: string;
  /** `info.version`: the version of the document; the package version starts from it (`ClientInfo.version`). */
  version: string;
  license?: { name: string; identifier?: string; url?: string };
}

export interface ClientInfo {
  /** PascalCase name of the client class, e.g. `Cartesia`. */
  name: string;
  /** Registry package name, e.g. `@cartesia-gen/client`. */
  packageName: string;
  /**
   * Package version: `info.version` on a first generation, then the previous generation's bumped by the release
   * its public-API change calls for (generator/surface/), or `info.version` when that is higher.
   */
  version: string;
  /** Default request timeout in milliseconds. */
  timeoutMs: number;
  /**
   * Environment variables the client reads on server runtimes (`x-client.environment`); each is absent when the
   * spec names none, and the client then reads no variable for it. Explicit client options always win.
   */
  environment: ClientEnvironment;
}

export interface ClientEnvironment {
  /** Log level (`off`, `error`, `warn`, `info`, `debug`), e.g. `CARTESIA_LOG`. */
  logLevel?: string;
  /** Base URL used when the caller passes none, e.g. `CARTESIA_BASE_URL`. */
  baseUrl?: string;
}

export interface Server {
  /** URL template as written, e.g. `https://{region}.example.com/v1`. */
  url: string;
  /** `url` with every variable replaced by its default. */
  defaultUrl: string;
  /** `defaultUrl` with `http` → `ws` and `https` → `wss`: where WebSocket channels live. */
  websocketUrl: string;
  description?: string;
  variables: ServerVariable[];
}

export interface ServerVariable {
  name: string;
  default: string;
  enum?: string[];
  description?: string;
}

export interface ApiVersionConvention {
  /** Header carrying the version on every request, e.g. `Cartesia-Version`. */
  header: string;
  /** Version the client pins by default. */
  default: string;
  /** Regular expression a user-supplied version must match (source text, no slashes). */
  pattern?: string;
  /**
   * Query parameter carrying the version on WebSocket handshakes where the header cannot be set (browsers);
   * clients that can set handshake headers send the header instead. The server accepts both.
   */
  websocketQueryParameter?: string;
}

export interface TransportPolicy {
  /** `required`: credentials are never sent over plain `http:`/`ws:`. */
  tls: 'required' | 'optional';
  /** Plain HTTP to loopback hosts stays allowed even when TLS is required. */
  loopbackException: boolean;
}

export interface RetryPolicy {
  maxRetries: number;
  initialDelayMs: number;
  maxDelayMs: number;
  /** Retried statuses: exact codes, and ranges as the first digit (`5` for 5XX). */
  statuses: number[];
  statusRanges: number[];
  onConnectionError: boolean;
  /** Response headers giving the delay, lower-cased, in priority order. */
  retryAfterHeaders: string[];
}

export interface ErrorConvention {
  /** Schema of a JSON error body, when the API documents one. */
  schema?: Schema;
  messageFields: string[];
  requestIdHeaders: string[];
  requestIdField?: string;
  /** Body field holding a status code (for errors delivered inside a stream, whose HTTP status is 200). */
  statusField?: string;
  /** How an error travels inside a stream (SSE event, WebSocket message): `field` equal to `value`. */
  inStream?: { field: string; value: string };
  /** Typed error classes, most specific first: exact statuses, then ranges (`4XX`, `5XX`). */
  classes: ErrorClass[];
}

export interface ErrorClass {
  /** PascalCase class name, e.g. `NotFoundError`. */
  name: string;
  /** Exact status, or the first digit of a range with `range: true`. */
  status: number;
  range: boolean;
}

export interface PaginationConvention {
  style: 'cursor';
  limitParameter?: string;
  afterParameter: string;
  beforeParameter?: string;
  itemsField: string;
  hasMoreField?: string;
  nextCursorField?: string;
  itemCursorField?: string;
}

export interface AuthModel {
  schemes: SecurityScheme[];
}

/** A credential the client can hold, and how it goes on the wire. */
export interface SecurityScheme {
  /** Key in `components.securitySchemes`. */
  key: string;
  /** OpenAPI scheme type as written. */
  type: 'http' | 'apiKey' | 'oauth2' | 'openIdConnect' | 'mutualTLS';
  /**
   * How the client sends it: `bearer` (`Authorization: Bearer <v>`; also oauth2 and openIdConnect tokens),
   * `basic` (`Authorization: Basic <v>`, v = `user:password`), `apiKey` (raw value in `in`/`parameterName`).
   */
  transport: 'bearer' | 'basic' | 'apiKey' | 'none';
  in?: 'header' | 'query' | 'cookie';
  parameterName?: string;
  /** camelCase client option that takes the credential, unique among schemes. */
  option: string;
  /** Environment variable read when the option is not given. */
  env?: string;
  /** `opt-in`: refused in browsers unless the user explicitly allows it. */
  browser: 'allowed' | 'opt-in';
  /**
   * Query parameter carrying the credential on WebSocket handshakes where headers cannot be set (browsers);
   * elsewhere clients send it as the scheme says (`transport`, `in`).
   */
  websocketQueryParameter?: string;
  bearerFormat?: string;
  description?: string;
}

export interface Resource {
  /** camelCase name of this level, e.g. `metrics`. */
  name: string;
  /** Names from the client root, e.g. `['agents', 'metrics']`. */
  path: string[];
  /** PascalCase unique name for the resource's class, e.g. `AgentsMetrics`. */
  typeName: string;
  description?: string;
  operations: Operation[];
  /** WebSocket channels opened from this resource (`client.tts.websocket()`). */
  channels: Channel[];
  resources: Resource[];
}

export type HttpMethod = 'GET' | 'PUT' | 'POST' | 'DELETE' | 'OPTIONS' | 'HEAD' | 'PATCH' | 'TRACE';

export interface Operation {
  /** `operationId` (`<id>2`, ... when it repeats on one resource), or one synthesized from method and path. */
  id: string;
  /** camelCase method name, unique in its resource. */
  name: string;
  resourcePath: string[];
  method: HttpMethod;
  /** Path template as written, e.g. `/voices/{id}`; a query string in the key is cut off (it is in `parameters.query`). */
  path: string;
  summary?: string;
  description?: string;
  deprecated: boolean;
  parameters: ParametersByLocation;
  requestBody?: RequestBody;
  /** What the method returns on success. */
  response: ResponseModel;
  /** Every declared response, for documentation. */
  responses: ResponseInfo[];
  /** Accepted credential sets: any one inner list suffices; `[]` means no authentication. */
  security: string[][];
  pagination?: OperationPagination;
  /** Unique PascalCase names for the language types this operation needs. */
  typeNames: { params: string };
}

export interface ParametersByLocation {
  /** In the order they appear in the path template. */
  path: Parameter[];
  query: Parameter[];
  header: Parameter[];
  cookie: Parameter[];
}

export type ParameterLocation = keyof ParametersByLocation;

export interface Parameter {
  /** Name on the wire, as written (`expand[]`, `Cartesia-Version`). */
  name: string;
  location: ParameterLocation;
  /** Required by the spec and not filled in automatically. */
  required: boolean;
  description?: string;
  deprecated: boolean;
  schema: Schema;
  /** OpenAPI serialization style, defaulted per location. */
  style: 'simple' | 'form' | 'spaceDelimited' | 'pipeDelimited' | 'deepObject' | 'label' | 'matrix';
  explode: boolean;
  /** A value the schema pins (single `enum` value or `const`): the client sends it unless overridden. */
  fixedValue?: string | number | boolean;
}

export type BodyEncoding = 'json' | 'multipart' | 'form' | 'binary' | 'text';

export interface RequestBody {
  required: boolean;
  contentType: string;
  encoding: BodyEncoding;
  description?: string;
  schema: Schema;
  /**
   * `true`: the body's top-level properties sit beside the parameters in one params object (it is an object
   * schema and no property name clashes with a parameter). `false`: the body is passed as `body`.
   */
  merged: boolean;
  /** Top-level properties the body schema requires (object schemas only). */
  requiredProperties: string[];
  /** Whether an empty object is a valid body (object schemas with nothing required on some branch). */
  emptyAllowed: boolean;
  /** Form fields, for `multipart` and `form` bodies with an object schema. */
  fields: BodyField[];
  /** Other content types the spec also accepts, for documentation. */
  otherContentTypes: string[];
}

export interface BodyField {
  name: string;
  required: boolean;
  /** A file part (`format: binary`, or an array of them). */
  isFile: boolean;
  isArray: boolean;
  description?: string;
  schema: Schema;
  /** How the field goes on the wire: the media type's OpenAPI `encoding` entry for it, else OpenAPI's default. */
  wire: FieldEncoding;
}

/**
 * How a form field's value becomes parts (multipart) or `name=value` pairs (urlencoded form), by `style`:
 * - `json`: one part of JSON text. OpenAPI's default for an object field of a multipart body (its default
 *   `contentType` is `application/json`), and what an `encoding.contentType` of JSON media asks for.
 * - `form`: a primitive is one text part; an array one part per item (`explode`) or one part of the items
 *   joined by `,`; an object one part per property, named by the property (`explode`), or one `k,v,k,v` part.
 * - `spaceDelimited`, `pipeDelimited`: as `form`, an unexploded array joined by ` ` or `|`.
 * - `deepObject`: an object as one text part per leaf value, named `field[prop]`, nested `field[a][b]`; a
 *   value bracket names cannot express (an array inside the object) is the caller's error, nothing sent.
 * Files are file parts whatever the style. Text values are written as in a query string (numbers in JSON form).
 */
export interface FieldEncoding {
  style: 'json' | 'form' | 'spaceDelimited' | 'pipeDelimited' | 'deepObject';
  explode: boolean;
  /** The entry's `contentType`, when the spec gives one. */
  contentType?: string;
  /**
   * `true` when the spec's `encoding` entry decides the style (by `style`, or a `contentType`). `false`: the
   * default, which a runtime applies by the value's shape: for multipart OpenAPI's (an object as JSON text,
   * an array as repeated parts); for a urlencoded body objects as `a[b]=v` (`deepObject`, what the clients
   * have always sent, where OpenAPI's default would be `form`) and arrays repeated.
   */
  declared: boolean;
}

export type ResponseKind = 'json' | 'binary' | 'text' | 'event-stream' | 'none';

export interface ResponseModel {
  /** Status whose response the method returns (the first declared 2xx), or 200 when none is declared. */
  status: number;
  kind: ResponseKind;
  contentType?: string;
  description?: string;
  /** JSON schema of the body (`json`), or of each event's `data` (`event-stream`). */
  schema?: Schema;
  /** Event fields holding base64 (`contentEncoding: base64`), which clients hand over decoded (`event-stream`). */
  base64Fields?: string[];
}

export interface ResponseInfo {
  /** `200`, `4XX`, `default`. */
  status: string;
  description?: string;
  contentTypes: string[];
}

export interface OperationPagination {
  /** Schema of one item of the page. */
  itemSchema: Schema;
  /** Response property holding the items. */
  itemsField: string;
}

/**
 * A JSON Schema 2020-12 object in the OpenAPI 3.1 dialect, normalized:
 * - 3.0 `nullable: true` is a type array with `'null'` (or `anyOf [.., {type: 'null'}]` next to a `$ref`);
 * - 3.0 `example` is `examples: [..]`; boolean `exclusiveMinimum`/`exclusiveMaximum` are numbers;
 * - every `$ref` is `#/components/schemas/<NamedSchema.name>`, also in `discriminator.mapping`;
 * - a discriminator's `mapping` also lists members that pin their own value (`const` or a one-value `enum`);
 * - binary content keeps `type: string, format: binary`.
 * Vendor extensions (`x-*`) are kept.
 */
export interface Schema {
  $ref?: string;
  type?: string | string[];
  format?: string;
  description?: string;
  deprecated?: boolean;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  additionalProperties?: boolean | Schema;
  enum?: unknown[];
  /** `true`: the enum is open (the API adds values over time): any string is valid and `enum` lists the known
   * ones, for autocompletion. Read from `x-extensible-enum` or `x-ms-enum.modelAsString` (spec/README.md). */
  'x-extensible-enum'?: true;
  const?: unknown;
  oneOf?: Schema[];
  anyOf?: Schema[];
  allOf?: Schema[];
  discriminator?: { propertyName: string; mapping?: Record<string, string> };
  default?: unknown;
  examples?: unknown[];
  readOnly?: boolean;
  writeOnly?: boolean;
  [keyword: string]: unknown;
}

export interface NamedSchema {
  /** Unique PascalCase name. */
  name: string;
  /** Name in the spec (component key, or last pointer segment of an external target). */
  originalName: string;
  description?: string;
  deprecated: boolean;
  /** Coarse shape, for templates that lay out types differently per kind. */
  kind: 'object' | 'enum' | 'union' | 'array' | 'primitive' | 'unknown';
  schema: Schema;
}

/**
 * A WebSocket channel (`x-websockets`): where it lives, how the handshake authenticates and versions itself,
 * what the client sends and what it receives. Documented in spec/README.md.
 */
export interface Channel {
  /** Key in `x-websockets`, e.g. `tts.websocket`. */
  id: string;
  /** camelCase method that opens it, unique in its resource. */
  name: string;
  resourcePath: string[];
  /** Path on the WebSocket server (`Server.websocketUrl`), e.g. `/tts/websocket`. */
  path: string;
  summary?: string;
  description?: string;
  /** Accepted credential sets, as for operations; sent as their `websocketQueryParameter`. */
  security: string[][];
  /** Handshake query parameters the caller supplies (the version and credential ones come from conventions). */
  query: Parameter[];
  /** The object schema `query` was read from, when the spec gives one (a named one stays a `$ref`). */
  querySchema?: Schema;
  /** The client streams binary frames (audio) to the server. */
  audio: boolean;
  /** Server → client JSON messages. */
  receive: { schema: Schema; base64Fields: string[] };
  /** Present when one socket multiplexes independent contexts. */
  context?: ChannelContext;
  /** Client → server commands, each a method of the session (or of a context, for multiplexed channels). */
  send: ChannelCommand[];
  /** Unique PascalCase names for the language types this channel needs. */
  typeNames: { params: string; session: string; context: string; event: string };
}

export interface ChannelContext {
  /** Message field naming the context, in both directions. */
  idField: string;
  /** Event field that, when `true`, ends its context. */
  endField?: string;
  /** Settings a context is opened with and that commands marked `withSettings` repeat. */
  settings?: Schema;
  /** The command that sends a whole request at once (for a one-call helper), when one is named. */
  oneShot?: string;
}

export interface ChannelCommand {
  /** camelCase method name. */
  name: string;
  /** `json`: a JSON text frame built from `set`, settings and arguments; `text`: the literal `text` frame. */
  kind: 'json' | 'text';
  text?: string;
  schema?: Schema;
  /** Field filled by the method's first argument. */
  argument?: string;
  /** Value of `argument` when the caller leaves it out (the argument is required when absent). */
  argumentDefault?: unknown;
  /** Multiplexed channels: the context is over once this command is sent (nothing more will arrive for it). */
  endsContext: boolean;
  /** Fields the command always sends with these values. */
  set: Record<string, unknown>;
  /** Multiplexed channels: the context's settings go into the message too. */
  withSettings: boolean;
  description?: string;
}
