// Locations every test shares.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const TS_TEMPLATES = path.join(REPO, 'templates/typescript');
export const CARTESIA_SPEC = path.join(REPO, 'spec/cartesia.yaml');
export const CARTESIA_OUT = path.join(REPO, 'generated/typescript');
export const SHARED = path.resolve(REPO, '../shared');
export const REFERENCE_SPEC = path.join(SHARED, 'reference/cartesia-openapi.yaml');
export const CORPUS = path.join(SHARED, 'corpus');

/** A fresh temporary folder, removed by the returned cleanup. */
export function tempDir(prefix = 'ocg-'): { dir: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** Writes `{ relative path: content }` under `dir`. */
export function writeTree(dir: string, files: Record<string, string>): void {
  for (const [rel, content] of Object.entries(files)) {
    const full = path.join(dir, rel);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, content);
  }
}
