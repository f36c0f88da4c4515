// The surface record (`.api-surface.json` in the output folder): the description of the generation it sits beside,
// with the package version it was given. The next run compares its IR against this record, so no generated code
// is read back. The format is documented in README.md ("Public API report, changelog and version").
//
//   { "format": 1, "package": "<name>", "version": "<semver>", "apiVersion": "<default>", "outputHash": "<16 hex>",
//     "members": { "<section>:<IR name>": { "value": bool, "flow": ..., "type": ..., ... }, ... } }
//
// Members are sorted and written one per line, so the file diffs well and the same generation writes the same bytes.
import fs from 'node:fs';
import path from 'node:path';
import { problem, type Problem } from '../errors.js';
import type { SurfaceMember, SurfaceMembers } from './describe-surface.js';

export const SURFACE_FILE = '.api-surface.json';
/** Bumped when the record's layout or the meaning of a member field changes. */
export const SURFACE_FORMAT = 1;

export interface SurfaceRecord {
  format: typeof SURFACE_FORMAT;
  package: string;
  version: string;
  apiVersion?: string;
  /** Hash of the rendered files: a change here and none in `members` is a patch (descriptions, defaults, runtime). */
  outputHash: string;
  members: SurfaceMembers;
}

const MEMBER_KEYS: (keyof SurfaceMember)[] = [
  'value',
  'flow',
  'location',
  'required',
  'nullable',
  'readOnly',
  'writeOnly',
  'type',
  'values',
  'open',
  'streaming',
];

export function serializeSurfaceRecord(record: SurfaceRecord): string {
  const head = {
    format: record.format,
    package: record.package,
    version: record.version,
    apiVersion: record.apiVersion,
    outputHash: record.outputHash,
  };
  const lines = Object.keys(record.members)
    .sort()
    .map((key) => {
      const member = record.members[key]!;
      const ordered = Object.fromEntries(MEMBER_KEYS.filter((k) => member[k] !== undefined).map((k) => [k, member[k]]));
      return `    ${JSON.stringify(key)}: ${JSON.stringify(ordered)}`;
    });
  const headText = JSON.stringify(head).slice(1, -1);
  return `{${headText},\n  "members": {\n${lines.join(',\n')}\n  }\n}\n`;
}

/**
 * The record in `outDir`, or a warning saying why there is none to compare with. `generated` says whether the folder
 * holds an earlier generation (then a missing record is worth a warning; in a fresh folder it is not).
 */
export function readSurfaceRecord(outDir: string, generated: boolean): { record?: SurfaceRecord; warning?: Problem } {
  const file = path.join(outDir, SURFACE_FILE);
  const warn = (code: string, message: string): { warning: Problem } => ({
    warning: problem(
      code,
      message,
      'this generation is treated as the first: its version is info.version and its changelog entry is an initial one',
      { file },
      'warning',
    ),
  });
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return generated ? warn('surface-record-missing', 'the earlier generation here has no surface record') : {};
    return warn('surface-record-unreadable', `the surface record cannot be read (${code ?? 'error'})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return warn('surface-record-invalid', 'the surface record is not valid JSON');
  }
  if (!isObject(data)) return warn('surface-record-invalid', 'the surface record is not a JSON object');
  if (data.format !== SURFACE_FORMAT)
    return warn(
      'surface-record-format',
      `the surface record has format ${JSON.stringify(data.format) ?? 'none'}, this generator reads format ${SURFACE_FORMAT}`,
    );
  const { version, members, outputHash, apiVersion } = data;
  if (typeof version !== 'string' || typeof outputHash !== 'string' || !isObject(members) || !Object.values(members).every(isMember))
    return warn('surface-record-invalid', 'the surface record lacks a version, an outputHash or well-formed members');
  return {
    record: {
      format: SURFACE_FORMAT,
      package: typeof data.package === 'string' ? data.package : '',
      version,
      ...(typeof apiVersion === 'string' ? { apiVersion } : {}),
      outputHash,
      members: members as SurfaceMembers,
    },
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isMember(value: unknown): value is SurfaceMember {
  if (!isObject(value) || typeof value.value !== 'boolean') return false;
  const strings = ['flow', 'type', 'location', 'streaming'].every((k) => value[k] === undefined || typeof value[k] === 'string');
  const flags = ['required', 'nullable', 'readOnly', 'writeOnly', 'open'].every(
    (k) => value[k] === undefined || typeof value[k] === 'boolean',
  );
  const values = value.values === undefined || (Array.isArray(value.values) && value.values.every((v) => typeof v === 'string'));
  return strings && flags && values;
}
