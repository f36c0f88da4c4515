// The names a TypeScript package's entry module exports, each with where it is declared and whether users get a
// value (class, function, constant) or only a type, following `export *` and `export { .. } from` chains.
import { Node, Project, type SourceFile } from 'ts-morph';

export interface ExportedName {
  kind: 'value' | 'type';
  /** File that declares it. */
  file: string;
  /** Its name where declared (differs from the exported name for `export { A as B }`). */
  declaredAs: string;
}

export function readExports(entry: string): Map<string, ExportedName> {
  const project = new Project({ skipAddingFilesFromTsConfig: true, compilerOptions: { allowJs: false } });
  const file = project.addSourceFileAtPath(entry);
  project.resolveSourceFileDependencies();
  const names = new Map<string, ExportedName>();
  collect(file, false, names, new Set());
  return names;
}

function collect(file: SourceFile, typeOnly: boolean, names: Map<string, ExportedName>, seen: Set<string>): void {
  if (seen.has(file.getFilePath())) return;
  seen.add(file.getFilePath());
  for (const declaration of file.getExportDeclarations()) {
    const target = declaration.getModuleSpecifierSourceFile();
    const onlyTypes = typeOnly || declaration.isTypeOnly();
    if (declaration.isNamespaceExport() && target) {
      collect(target, onlyTypes, names, new Set(seen));
      continue;
    }
    for (const specifier of declaration.getNamedExports()) {
      const exported = specifier.getAliasNode()?.getText() ?? specifier.getName();
      const symbol = specifier.getSymbol()?.getAliasedSymbol() ?? specifier.getSymbol();
      const original = symbol?.getDeclarations()[0];
      if (!original) continue;
      names.set(exported, {
        kind: onlyTypes || specifier.isTypeOnly() || !isValue(original) ? 'type' : 'value',
        file: original.getSourceFile().getFilePath(),
        declaredAs: symbol!.getName(),
      });
    }
  }
  for (const [name, declarations] of localExports(file)) {
    const original = declarations[0]!;
    names.set(name, { kind: typeOnly || !isValue(original) ? 'type' : 'value', file: file.getFilePath(), declaredAs: name });
  }
}

/** Declarations the module itself exports (not re-exports). */
function localExports(file: SourceFile): [string, Node[]][] {
  const out: [string, Node[]][] = [];
  for (const statement of file.getStatements()) {
    if (!Node.isExportable(statement) || !statement.isExported()) continue;
    if (Node.isVariableStatement(statement)) for (const d of statement.getDeclarations()) out.push([d.getName(), [d]]);
    else if (Node.hasName(statement)) out.push([statement.getName(), [statement]]);
  }
  return out;
}

function isValue(node: Node): boolean {
  return (
    Node.isClassDeclaration(node) || Node.isFunctionDeclaration(node) || Node.isVariableDeclaration(node) || Node.isEnumDeclaration(node)
  );
}
