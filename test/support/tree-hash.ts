// One hash of a folder's files (names and bytes), to say "byte for byte the same tree" in one comparison.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { listFiles } from '../../generator/render/template-set.js';

export function treeHash(dir: string): string {
  const hash = crypto.createHash('sha256');
  for (const file of listFiles(dir))
    hash
      .update(file)
      .update('\0')
      .update(fs.readFileSync(path.join(dir, file)))
      .update('\0');
  return hash.digest('hex');
}
