// Builds IR from an inline spec, for unit tests of the load, validate and IR stages.
import fs from 'node:fs';
import path from 'node:path';
import { buildIR } from '../../generator/ir/build-ir.js';
import type { ApiModel } from '../../generator/ir/types.js';
import { loadSpec } from '../../generator/load/load-spec.js';
import type { Problem } from '../../generator/errors.js';
import { tempDir } from './paths.js';

const dirs: (() => void)[] = [];

/** Writes the given files (the first is the root) and returns the root path. */
export function specFiles(files: Record<string, string>): string {
  const { dir, cleanup } = tempDir('spec-');
  dirs.push(cleanup);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return path.join(dir, Object.keys(files)[0]!);
}

export function cleanupSpecs(): void {
  for (const cleanup of dirs.splice(0)) cleanup();
}

export function modelOf(yaml: string): { model: ApiModel; problems: Problem[] } {
  const { source, problems } = loadSpec(specFiles({ 'openapi.yaml': yaml }));
  const built = buildIR(source);
  return { model: built.model, problems: [...problems, ...built.problems] };
}

/** A minimal valid document around the given `paths:` and `components:` YAML. */
export function doc(body: string, version = '3.1.0'): string {
  return `openapi: ${version}\ninfo: { title: Test API, version: 1.0.0 }\nservers: [{ url: https://api.test }]\n${body}\n`;
}
