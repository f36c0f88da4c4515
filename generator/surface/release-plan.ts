// What a generation means for the package's users, decided before anything is rendered: the surface change against
// the record of the previous generation, the release it calls for, the package version, and the two files that
// carry them to the next run and to readers (`.api-surface.json`, `CHANGELOG.md`). `generate` and `--check` both
// run it against the same record, so a committed output checks clean.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Problem } from '../errors.js';
import type { ApiModel } from '../ir/types.js';
import { changelogText, CHANGELOG_FILE } from './changelog.js';
import { compareSurface, releaseOf, type MemberChange, type Release } from './compare-surface.js';
import { describeSurface, type RuntimeSurface } from './describe-surface.js';
import { readSurfaceRecord, serializeSurfaceRecord, SURFACE_FILE, SURFACE_FORMAT, type SurfaceRecord } from './surface-record.js';
import { nextVersion } from './version.js';

export interface ReleasePlan {
  packageName: string;
  /** Version of the previous generation; absent on a first generation. */
  previousVersion?: string;
  version: string;
  apiVersion?: string;
  /** Every change of the public surface, breaking ones first (empty on a first generation). */
  changes: MemberChange[];
  /** The release the changes call for; absent when nothing changed (or on a first generation). */
  release?: Release;
  /** Counts for an initial changelog entry. */
  size: { operations: number; schemas: number; channels: number };
  /** Files this generation adds to the output: output path → content. */
  files: Map<string, string>;
}

/**
 * Plans the release against the record in `outDir` (none: a first generation). `generated` says whether `outDir`
 * holds an earlier generation, for the warning when its record is missing.
 */
export function planRelease(
  model: ApiModel,
  runtime: RuntimeSurface,
  outDir?: string,
  generated = false,
): { plan: ReleasePlan; warnings: Problem[] } {
  const { record: previous, warning } = outDir ? readSurfaceRecord(outDir, generated) : {};
  const members = describeSurface(model, runtime);
  const irHash = hashModel(model);
  const changes = previous ? compareSurface(previous.members, members) : [];
  // Same surface but another IR (descriptions, defaults, conventions): what users get differs, so a patch.
  const release = previous ? (releaseOf(changes) ?? (previous.irHash !== irHash ? 'patch' : undefined)) : undefined;
  const version = nextVersion(previous?.version, release, model.info.version);
  const apiVersion = model.apiVersion?.default;
  const plan: ReleasePlan = {
    packageName: model.client.packageName,
    ...(previous ? { previousVersion: previous.version } : {}),
    version,
    ...(apiVersion !== undefined ? { apiVersion } : {}),
    changes,
    ...(release ? { release } : {}),
    size: { operations: model.operations.length, schemas: model.schemas.length, channels: model.channels.length },
    files: new Map(),
  };
  const record: SurfaceRecord = {
    format: SURFACE_FORMAT,
    package: plan.packageName,
    version,
    ...(apiVersion !== undefined ? { apiVersion } : {}),
    irHash,
    members,
  };
  const oldChangelog = outDir ? readText(path.join(outDir, CHANGELOG_FILE)) : undefined;
  plan.files.set(SURFACE_FILE, serializeSurfaceRecord(record));
  plan.files.set(CHANGELOG_FILE, changelogText(plan, previous === undefined, oldChangelog));
  return { plan, warnings: warning ? [warning] : [] };
}

/** The model's hash without the versions this plan decides (they would make every bump look like an IR change). */
function hashModel(model: ApiModel): string {
  const text = JSON.stringify({ ...model, info: { ...model.info, version: '' }, client: { ...model.client, version: '' } });
  return crypto.createHash('sha256').update(text).digest('hex').slice(0, 16);
}

function readText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
