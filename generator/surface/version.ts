// The package version of a generation: the previous one bumped by the advised step, or the spec's `info.version`
// when that is higher. Only `MAJOR.MINOR.PATCH` (optionally with a pre-release or build suffix) is understood.
import type { Release } from './compare-surface.js';

type Triple = [number, number, number];

function parse(version: string): Triple | undefined {
  const match = /^v?(\d+)\.(\d+)\.(\d+)(?:[-+].*)?$/.exec(version.trim());
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined;
}

function compareTriples(a: Triple, b: Triple): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

export function bump(version: string, release: Release): string | undefined {
  const v = parse(version);
  if (!v) return undefined;
  if (release === 'major') return `${v[0] + 1}.0.0`;
  if (release === 'minor') return `${v[0]}.${v[1] + 1}.0`;
  return `${v[0]}.${v[1]}.${v[2] + 1}`;
}

/**
 * `previous` bumped by `release` (unchanged when there is none), unless `specVersion` is higher. Without a previous
 * version, or when it is no semver, the spec's version is the answer.
 */
export function nextVersion(previous: string | undefined, release: Release | undefined, specVersion: string): string {
  if (previous === undefined || !parse(previous)) return specVersion;
  const bumped = release ? bump(previous, release)! : previous;
  const spec = parse(specVersion);
  return spec && compareTriples(spec, parse(bumped)!) > 0 ? specVersion : bumped;
}
