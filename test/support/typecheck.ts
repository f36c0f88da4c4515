// Type-checks generated TypeScript as a program, with ts-morph, under the strictest settings users might use.
import path from 'node:path';
import { Project, ts } from 'ts-morph';

export const STRICT_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  types: [],
  strict: true,
  noUncheckedIndexedAccess: true,
  noImplicitOverride: true,
  noImplicitReturns: true,
  noUnusedLocals: true,
  noUnusedParameters: true,
  noFallthroughCasesInSwitch: true,
  exactOptionalPropertyTypes: false,
  isolatedModules: true,
  noEmit: true,
  skipLibCheck: false,
};

/** Type-checks every `src/**\/*.ts` under the given package folders in one program; returns readable diagnostics. */
export function typecheckPackages(roots: string[], options: ts.CompilerOptions = STRICT_OPTIONS): string[] {
  const project = new Project({ compilerOptions: options, skipAddingFilesFromTsConfig: true });
  for (const root of roots) project.addSourceFilesAtPaths(`${root}/src/**/*.ts`);
  const diagnostics = project.getPreEmitDiagnostics();
  return diagnostics.map((d) => {
    const file = d.getSourceFile()?.getFilePath() ?? '';
    const line = d.getLineNumber() ?? 0;
    const message = ts.flattenDiagnosticMessageText(d.getMessageText() as string | ts.DiagnosticMessageChain, '\n');
    return `${file}:${line}: ${message}`;
  });
}

/** The compiler options of a generated package's own tsconfig.json, without emitting. Without `rootDir` and
 * `outDir`, which only place emitted files and would tie one program to one package, or the file's own path. */
export function packageCompilerOptions(root: string): ts.CompilerOptions {
  const file = path.join(root, 'tsconfig.json');
  const read = ts.readConfigFile(file, (f) => ts.sys.readFile(f));
  const parsed = read.error ? undefined : ts.parseJsonConfigFileContent(read.config, ts.sys, root, undefined, file);
  const errors = read.error ? [read.error] : parsed!.errors;
  if (errors.length > 0) throw new Error(`${file}: ${errors.map((e) => ts.flattenDiagnosticMessageText(e.messageText, ' ')).join('; ')}`);
  const { rootDir: _rootDir, outDir: _outDir, configFilePath: _configFilePath, ...options } = parsed!.options;
  return { ...options, noEmit: true };
}
