// The public surface of a generated TypeScript client, read as an AST with ts-morph: every exported class with
// its public methods' signatures, and every exported type. Comparing two surfaces tells a maintainer whether a
// regeneration is a major, minor or patch release.
import { Node, Project, Scope, type SourceFile } from 'ts-morph';

/** Surface entry name (`Voices.list`, `type Voice`) → its signature text. */
export type Surface = Map<string, string>;

export interface SurfaceChange {
  added: string[];
  removed: string[];
  changed: string[];
  /** What the change means under semantic versioning. */
  release: 'major' | 'minor' | 'patch';
}

// Doc comments and layout are not part of the API: dropped, then whitespace folded.
const squash = (text: string): string =>
  text
    .replace(/\/\*\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Reads the surface of the rendered (not copied) TypeScript files: path → source text. */
export function readTypeScriptSurface(files: Map<string, string>): Surface {
  const project = new Project({ useInMemoryFileSystem: true, skipAddingFilesFromTsConfig: true, compilerOptions: { allowJs: false } });
  const surface: Surface = new Map();
  for (const [file, text] of files) if (file.endsWith('.ts')) project.createSourceFile(file, text, { overwrite: true });
  for (const file of project.getSourceFiles()) collect(file, surface);
  return surface;
}

function collect(file: SourceFile, surface: Surface): void {
  for (const cls of file.getClasses()) {
    if (!cls.isExported()) continue;
    const name = cls.getName() ?? 'default';
    surface.set(`class ${name}`, squash(cls.getExtends()?.getText() ?? ''));
    for (const method of cls.getMethods()) {
      if (method.getScope() !== Scope.Public || method.getName().startsWith('_')) continue;
      const params = method.getParameters().map((p) => squash(p.getText()));
      surface.set(`${name}.${method.getName()}`, `(${params.join(', ')}): ${squash(method.getReturnTypeNode()?.getText() ?? 'unknown')}`);
    }
    for (const property of cls.getProperties()) {
      if (property.getScope() !== Scope.Public || !property.isReadonly()) continue;
      surface.set(`${name}.${property.getName()}`, squash(property.getTypeNode()?.getText() ?? ''));
    }
  }
  for (const alias of file.getTypeAliases())
    if (alias.isExported()) surface.set(`type ${alias.getName()}`, squash(alias.getTypeNode()?.getText() ?? ''));
  for (const face of file.getInterfaces()) {
    if (!face.isExported()) continue;
    surface.set(
      `interface ${face.getName()}`,
      squash(
        face
          .getMembers()
          .map((m) => (Node.isJSDocable(m) ? m.getText() : m.getText()))
          .join('; '),
      ),
    );
  }
}

export function compareSurfaces(before: Surface, after: Surface): SurfaceChange {
  const added = [...after.keys()].filter((k) => !before.has(k)).sort();
  const removed = [...before.keys()].filter((k) => !after.has(k)).sort();
  const changed = [...after.keys()].filter((k) => before.has(k) && before.get(k) !== after.get(k)).sort();
  const release = removed.length > 0 || changed.length > 0 ? 'major' : added.length > 0 ? 'minor' : 'patch';
  return { added, removed, changed, release };
}
