// Files the generator keeps between runs in node_modules/.cache (the helpers bundles, the compiled templates): where
// they go and how they are written.
import fs from 'node:fs';
import path from 'node:path';

/** `node_modules/.cache/openapi-client-generator/<kind>` in the node_modules that holds the package of `packageJson`
 * (the bundles' bare imports resolve from there). */
export function cacheFolder(packageJson: string, kind: string): string {
  return path.join(path.dirname(path.dirname(packageJson)), '.cache', 'openapi-client-generator', kind);
}

/** Written aside and renamed into place: a reader sees the whole file or none (and a hard link is never written through). */
export function writeAtomically(file: string, content: string | Uint8Array): void {
  const partial = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(partial, content);
  fs.renameSync(partial, file);
}
