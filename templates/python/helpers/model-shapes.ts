// What decides how an object schema becomes a pydantic model: attribute names pydantic and Python allow, which
// schemas print differently when sent and received, and which unions can be tagged unions.
import { COMPONENT_PREFIX, type Schema } from 'openapi-client-generator/helpers';
import { isPyIdentifier, PY_KEYWORDS, pySnakeName, TYPE_BUILTINS, TYPING_NAMES } from './names.js';

/** What these functions need of the type printer: refs resolved, and object shapes flattened. */
export interface SchemaReader {
  resolve(schema: Schema | undefined): Schema | undefined;
  shape(schema: Schema | undefined): { properties: Map<string, Schema[]>; required: Set<string> };
}

/** Keys that would shadow a name the TypedDict's own annotations use (class syntax binds them in its scope). */
export const RISKY_KEYS = new Set([
  ...TYPE_BUILTINS,
  ...TYPING_NAMES,
  'None',
  'FileTypes',
  'builtins',
  'BaseModel',
  'Field',
  ...PY_KEYWORDS,
]);

/** Attributes of pydantic's BaseModel and of the runtime's base model: a field may not take them. */
const MODEL_MEMBERS = new Set(
  (
    'model_config model_fields model_computed_fields model_extra model_fields_set model_construct model_copy model_dump ' +
    'model_dump_json model_json_schema model_parametrized_name model_post_init model_rebuild model_validate ' +
    'model_validate_json model_validate_strings dict json parse_obj parse_raw parse_file from_orm construct copy schema ' +
    'schema_json validate update_forward_refs to_dict to_json'
  ).split(' '),
);

/**
 * The attribute of a model field: the wire key when Python and pydantic allow it, else a snake_case name. A field
 * named like a type of the module (`Arn: Optional[Arn] = None`) would bind that name in the class body, where later
 * annotations read it: it takes a trailing underscore too.
 */
export function modelAttribute(key: string, taken: Set<string>, isTypeName: (name: string) => boolean): string {
  let name = isPyIdentifier(key) ? key : pySnakeName(key, 'field');
  name = name.replace(/^_+/, '') || 'field';
  if (RISKY_KEYS.has(name) || MODEL_MEMBERS.has(name) || isTypeName(name)) name = `${name}_`;
  while (taken.has(name)) name = `${name}_`;
  taken.add(name);
  return name;
}

/** True when a schema holds an object with properties (which prints differently when sent and received). */
export function reachesObject(reader: SchemaReader, schema: Schema | undefined, seen = new Set<Schema>()): boolean {
  if (!schema || seen.has(schema)) return false;
  seen.add(schema);
  if (isObjectWithProperties(schema)) return true;
  if (schema.$ref?.startsWith(COMPONENT_PREFIX)) return reachesObject(reader, reader.resolve(schema), seen);
  const extra = typeof schema.additionalProperties === 'object' ? [schema.additionalProperties] : [];
  return [schema.items, ...extra, ...(schema.allOf ?? []), ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])].some((m) =>
    reachesObject(reader, m, seen),
  );
}

/**
 * The discriminator property of a union whose members are all models that pin it to distinct string values in a
 * required field (what pydantic's tagged unions need), or undefined.
 */
export function discriminatorOf(reader: SchemaReader, schema: Schema, members: Schema[]): string | undefined {
  const name = schema.discriminator?.propertyName;
  if (!name || !isPyIdentifier(name) || RISKY_KEYS.has(name) || MODEL_MEMBERS.has(name) || name.startsWith('_')) return undefined;
  const seen = new Set<unknown>();
  for (const member of members) {
    const node = reader.resolve(member);
    if (!node || isNullable(node) || !isObjectWithProperties(node)) return undefined;
    const shape = reader.shape(member);
    const props = shape.properties.get(name) ?? [];
    const prop = props.length === 1 ? reader.resolve(props[0]) : undefined;
    if (!prop || !shape.required.has(name) || isNullable(prop) || prop['x-extensible-enum'] === true) return undefined;
    const values = prop.const !== undefined ? [prop.const] : Array.isArray(prop.enum) ? prop.enum : [];
    if (values.length === 0 || values.some((v) => typeof v !== 'string' || seen.has(v))) return undefined;
    for (const value of values) seen.add(value);
  }
  return name;
}

export function typesOf(schema: Schema): string[] {
  return Array.isArray(schema.type) ? schema.type.map(String) : typeof schema.type === 'string' ? [schema.type] : [];
}

export function isNullable(schema: Schema): boolean {
  return typesOf(schema).includes('null');
}

export function isObjectWithProperties(schema: Schema): boolean {
  return (schema.type === undefined || typesOf(schema).includes('object')) && Object.keys(schema.properties ?? {}).length > 0;
}
