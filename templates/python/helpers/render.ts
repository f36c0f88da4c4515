// Python source for declarations (pydantic models, TypedDicts and type aliases) and the imports a block of code needs.
import { pyComment, pyDocstring, pyString } from './literals.js';
import { TYPING_EXTENSIONS_IMPORTS, TYPING_IMPORTS } from './names.js';
import type { Declaration } from './types.js';

/** A declaration of models.py, with its docstring (and one per field). */
export function renderDeclaration(decl: Declaration): string {
  const doc = pyDocstring(decl.doc);
  if (decl.kind === 'alias') return `${decl.name}: TypeAlias = ${decl.expr}${doc ? `\n${doc}` : ''}`;
  if (decl.kind === 'model') return renderModel(decl, doc);
  const type = (f: Declaration['fields'][number]): string => (f.required ? f.type : `NotRequired[${f.type}]`);
  if (decl.functional) {
    const entries = decl.fields.map((f) => {
      const comments = f.doc
        ? f.doc
            .split(/\r\n?|\n|[\u2028\u2029]/)
            .map(pyComment)
            .filter(Boolean)
            .map((line) => `        # ${line}\n`)
            .join('')
        : '';
      return `${comments}        ${pyString(f.key)}: ${type(f)},`;
    });
    const body = entries.length > 0 ? `{\n${entries.join('\n')}\n    }` : '{}';
    return `${decl.name} = TypedDict(\n    ${pyString(decl.name)},\n    ${body},\n)${doc ? `\n${doc}` : ''}`;
  }
  const lines = [`class ${decl.name}(TypedDict):`];
  if (doc) lines.push(pyDocstring(decl.doc, '    '));
  if (doc && decl.fields.length > 0) lines.push('');
  for (const f of decl.fields) {
    lines.push(`    ${f.key}: ${type(f)}`);
    const fieldDoc = pyDocstring(f.doc, '    ');
    if (fieldDoc) lines.push(fieldDoc);
  }
  if (!doc && decl.fields.length === 0) lines.push('    pass');
  return lines.join('\n');
}

/**
 * A pydantic model. A field the spec does not require defaults to None (absent and null stay apart through
 * `model_fields_set`); a wire key that is not a usable attribute name is the field's alias.
 */
function renderModel(decl: Declaration, doc: string): string {
  const lines = [`class ${decl.name}(BaseModel):`];
  if (doc) lines.push(pyDocstring(decl.doc, '    '));
  if (doc && decl.fields.length > 0) lines.push('');
  for (const f of decl.fields) {
    const alias = f.attr === f.key ? '' : `alias=${pyString(f.key)}`;
    if (f.required) lines.push(`    ${f.attr}: ${f.type}${alias ? ` = Field(${alias})` : ''}`);
    else lines.push(`    ${f.attr}: ${optionalType(f.type)} = ${alias ? `Field(default=None, ${alias})` : 'None'}`);
    const fieldDoc = pyDocstring(f.doc, '    ');
    if (fieldDoc) lines.push(fieldDoc);
  }
  if (!doc && decl.fields.length === 0) lines.push('    pass');
  return lines.join('\n');
}

function optionalType(type: string): string {
  return type === 'Any' || type === 'None' || type.startsWith('Optional[') ? type : `Optional[${type}]`;
}

/** Names of `typing` and `typing_extensions` that appear in the code (outside string literals). */
export function typingImports(code: string): { typing: string[]; typingExtensions: string[] } {
  const bare = code.replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/#[^\n]*/g, '');
  const used = (name: string): boolean => new RegExp(`(?<![\\w.])${name}\\b`).test(bare);
  return { typing: TYPING_IMPORTS.filter(used), typingExtensions: TYPING_EXTENSIONS_IMPORTS.filter(used) };
}
