// generator/ knows no output language: everything TypeScript- or Python-specific lives in its template set
// (templates/<language>/, helpers included). This reads the code of every generator module (comments aside, which
// may name languages to explain) and refuses imports of a template set or a language's tooling, and identifiers or
// strings that carry a language's knowledge: its name, its file extensions, its keywords, its helpers' prefixes.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { REPO } from '../support/paths.js';

const GENERATOR = path.join(REPO, 'generator');
// Nothing is excluded: the format stage holds no layout of its own since issue 20 (prettier and a set's command).
const EXCLUDED: string[] = [];

/** Packages that are one output language's tooling. */
const LANGUAGE_PACKAGES = /^(typescript|openapi-typescript|ts-morph|tsx|@typescript\/|pydantic|@hey-api\/)/;
/** What names a language or carries its knowledge, in an identifier or a string of generator code. */
const LANGUAGE_TEXT: [RegExp, string][] = [
  [/typescript|python|pydantic|mypy|ts-?morph|pyproject|jsdoc|docstring/i, 'a language or its tooling'],
  [/\.(d\.ts|tsx?|mts|cts|py|pyi)\b/, "a language's file extension"],
  [/__init__|__all__|^None$/, "a language's names"],
  [/^(ts|py)[A-Z]/, "a language's helper prefix"],
  [/^(instanceof|typeof|readonly|namespace|declare|lambda|nonlocal|elif|def|async def|yield from)$/, "a language's keyword"],
];

/**
 * Code that names a language on purpose, each with why. A match is `file: text` (the identifier or string).
 */
const ALLOWED: Record<string, string> = {
  // `npm run generate` with no --templates renders the TypeScript set: a default folder, not knowledge of its language.
  'pipeline.ts: templates/typescript': 'the default --templates folder',
  'pipeline.ts: generated/typescript': 'the default --out folder',
  // Helpers modules are written in TypeScript, the generator's own language, whatever language a set outputs.
  'render/helpers-module.ts: /\\.[mc]?ts$/': 'a helpers module in TypeScript is compiled before it is imported',
  'render/template-set.ts: each set brings its own helpers: copy helpers.ts and helpers/ from templates/':
    'the hint for a manifest that names a built-in helper pack (now a set of its own)',
  'render/template-set.ts: with `helpersModule: helpers.ts`, and see templates/README.md': 'the same hint',
  'render/helpers-module.ts: the helpers module is TypeScript, and esbuild, which compiles it, is not installed':
    'the error that says a TypeScript helpers module cannot be compiled',
  'render/helpers-module.ts: index.ts': 'the generator helpers entry module, generator/render/helpers/index.ts',
  // prettier is the generic formatter a manifest may ask for (`format: prettier`); it names its parsers by language,
  // and the format stage maps a file's extension (and a Markdown fence) to one of them. No layout rule is here.
  'format/format-output.ts: TypeScript': "prettier's parser named in a syntax error",
  'format/format-output.ts: typescript': "prettier's parser name",
  'format/parsers.ts: typescript': 'the Markdown fence name prettier formats with a parser',
  'format/prettier-plugins.ts: TYPESCRIPT_IN_MARKDOWN': "a smaller parser standing in for prettier's in Markdown fences",
  'format/prettier-plugins.ts: typescript-in-markdown': 'the same',
  'format/prettier-plugins.ts: typescript': "prettier's parser name",
  // run.mjs compiles the generator's own TypeScript sources.
  'run.mjs: .ts': "the generator's sources",
  'run.mjs: cli.ts': "the generator's entry",
};

function sources(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? sources(path.join(dir, e.name)) : [path.join(dir, e.name)]))
    .filter((f) => /\.(ts|mjs)$/.test(f))
    .filter((f) => !EXCLUDED.some((x) => path.relative(GENERATOR, f).split(path.sep).join('/').startsWith(x)));
}

const parsed = new Map<string, { texts: string[]; imports: string[] }>();

/** The identifiers and literals of a module's code (comments left out), and the modules it imports. */
function tokens(file: string): { texts: string[]; imports: string[] } {
  const known = parsed.get(file);
  if (known) return known;
  const kind = file.endsWith('.mjs') ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, kind);
  const texts: string[] = [];
  const imports: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) texts.push(node.text);
    else if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) texts.push(node.text);
    else if (ts.isRegularExpressionLiteral(node)) texts.push(node.text);
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier))
      imports.push(node.moduleSpecifier.text);
    if (ts.isCallExpression(node) && node.arguments[0] && ts.isStringLiteralLike(node.arguments[0])) {
      const callee = node.expression;
      if (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require'))
        imports.push(node.arguments[0].text);
    }
    if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal))
      imports.push(node.argument.literal.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  parsed.set(file, { texts, imports });
  return { texts, imports };
}

describe('generator/ knows no output language', () => {
  const files = sources(GENERATOR);

  it('reads the generator modules (and only its own)', () => {
    expect(files.length).toBeGreaterThan(30);
    expect(files.some((f) => f.endsWith(path.join('render', 'render.ts')))).toBe(true);
  });

  it('imports no template set and no language tooling', () => {
    const found: string[] = [];
    for (const file of files) {
      for (const specifier of tokens(file).imports)
        if (/(^|\/)templates\//.test(specifier) || LANGUAGE_PACKAGES.test(specifier))
          found.push(`${path.relative(GENERATOR, file)}: ${specifier}`);
    }
    expect(found).toEqual([]);
  });

  it('holds no identifier or string that carries a language, except the allowed ones', () => {
    const found: string[] = [];
    for (const file of files) {
      const rel = path.relative(GENERATOR, file).split(path.sep).join('/');
      for (const text of new Set(tokens(file).texts)) {
        const rule = LANGUAGE_TEXT.find(([pattern]) => pattern.test(text));
        if (rule && !ALLOWED[`${rel}: ${text}`]) found.push(`${rel}: ${text} (${rule[1]})`);
      }
    }
    expect(found).toEqual([]);
  });

  it('allows nothing it does not need (each allowed match is still there)', () => {
    const present = new Set(
      files.flatMap((file) => tokens(file).texts.map((text) => `${path.relative(GENERATOR, file).split(path.sep).join('/')}: ${text}`)),
    );
    expect(Object.keys(ALLOWED).filter((entry) => !present.has(entry))).toEqual([]);
  });

  it('finds what it looks for (a module written for one language fails the check)', () => {
    const probe = path.join(REPO, 'node_modules', '.cache', `language-probe-${process.pid}.ts`);
    fs.mkdirSync(path.dirname(probe), { recursive: true });
    fs.writeFileSync(
      probe,
      "import x from '../../templates/python/helpers.js';\n// TypeScript in a comment is fine\nconst tsName = `${x}.py`;\n",
    );
    try {
      const { texts, imports } = tokens(probe);
      expect(imports).toEqual(['../../templates/python/helpers.js']);
      expect(texts.filter((t) => LANGUAGE_TEXT.some(([p]) => p.test(t)))).toEqual(['../../templates/python/helpers.js', 'tsName', '.py']);
    } finally {
      fs.rmSync(probe, { force: true });
    }
  });
});
