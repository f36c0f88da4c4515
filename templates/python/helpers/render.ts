// Python source for declarations (TypedDicts and type aliases) and the imports a block of code needs.
import { pyComment, pyDocstring, pyString } from './literals.js';
import { TYPING_EXTENSIONS_IMPORTS, TYPING_IMPORTS } from './names.js';
import type { Declaration } from './types.js';

/** A declaration of models.py, with its docstring (and one per field). */
export function renderDeclaration(decl: Declaration): string {
  const doc = pyDocstring(decl.doc);
  if (decl.kind === 'alias') return `${decl.name}: TypeAlias = ${decl.expr}${doc ? `\n${doc}` : ''}`;
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

/** Names of `typing` and `typing_extensions` that appear in the code (outside string literals). */
export function typingImports(code: string): { typing: string[]; typingExtensions: string[] } {
  const bare = code.replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/#[^\n]*/g, '');
  const used = (name: string): boolean => new RegExp(`(?<![\\w.])${name}\\b`).test(bare);
  return { typing: TYPING_IMPORTS.filter(used), typingExtensions: TYPING_EXTENSIONS_IMPORTS.filter(used) };
}
