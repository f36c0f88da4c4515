// What a generation means for the package's users, decided around rendering: the surface change against the
// record of the previous generation, the release it calls for, the package version (rendered into the package),
// and the two files that carry them to the next run and to readers (`.api-surface.json`, `CHANGELOG.md`).
// `generate` and `--check` both run it against the same record, so a committed output checks clean.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Problem } from '../errors.js';
import type { ApiModel } from '../ir/types.js';
import { changelogText, CHANGELOG_FILE } from './changelog.js';
import { compareSurface, releaseOf, type MemberChange, type Release } from './compare-surface.js';
import { describeSurface, type RuntimeSurface, type SurfaceMembers } from './describe-surface.js';
import { readSurfaceRecord, serializeSurfaceRecord, SURFACE_FILE, SURFACE_FORMAT } from './surface-record.js';
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
  members: SurfaceMembers;
  /** Hash of the previous generation's rendered files, to tell a patch (same surface, other code) from no change. */
  previousOutputHash?: string;
  /** The spec's `info.version`, which wins over a bump when higher. */
  specVersion: string;
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
  const changes = previous ? compareSurface(previous.members, members) : [];
  const release = releaseOf(changes);
  const apiVersion = model.apiVersion?.default;
  const plan: ReleasePlan = {
    packageName: model.client.packageName,
    ...(previous ? { previousVersion: previous.version, previousOutputHash: previous.outputHash } : {}),
    version: nextVersion(previous?.version, release, model.info.version),
    ...(apiVersion !== undefined ? { apiVersion } : {}),
    changes,
    ...(release ? { release } : {}),
    size: { operations: model.operations.length, schemas: model.schemas.length, channels: model.channels.length },
    members,
    specVersion: model.info.version,
  };
  return { plan, warnings: warning ? [warning] : [] };
}

/**
 * With the surface unchanged, rendered files that differ from the previous generation's (descriptions, defaults,
 * a runtime fix) are a patch release: the plan with the patch version, to render again. Undefined when no patch.
 */
export function patchRelease(plan: ReleasePlan, outputHash: string): ReleasePlan | undefined {
  if (plan.release || plan.previousVersion === undefined || plan.previousOutputHash === outputHash) return undefined;
  return { ...plan, release: 'patch', version: nextVersion(plan.previousVersion, 'patch', plan.specVersion) };
}

/** The files the plan adds to the output (output path → content), given the hash of the files rendered with it. */
export function releaseFiles(plan: ReleasePlan, outputHash: string, outDir?: string): Map<string, string> {
  const record = serializeSurfaceRecord({
    format: SURFACE_FORMAT,
    package: plan.packageName,
    version: plan.version,
    ...(plan.apiVersion !== undefined ? { apiVersion: plan.apiVersion } : {}),
    outputHash,
    members: plan.members,
  });
  const oldChangelog = outDir ? readText(path.join(outDir, CHANGELOG_FILE)) : undefined;
  return new Map([
    [SURFACE_FILE, record],
    [CHANGELOG_FILE, changelogText(plan, plan.previousVersion === undefined, oldChangelog)],
  ]);
}

/** Hash of rendered files (path and content, in path order). */
export function hashOutput(files: Iterable<[string, { content: string }]>): string {
  const hash = crypto.createHash('sha256');
  for (const [file, { content }] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    hash.update(file).update('\0').update(content).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/** What a plan reads from `outDir` (record and changelog), as one string: to see whether another run changed it. */
export function releaseInputs(outDir: string): string {
  return [SURFACE_FILE, CHANGELOG_FILE].map((file) => readText(path.join(outDir, file)) ?? '\0').join('\0\0');
}

function readText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
