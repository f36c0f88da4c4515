// Summary statistics and number formatting shared by every section.

export interface Summary {
  median: number;
  min: number;
  max: number;
  n: number;
}

/** Median, min and max of a sample (NaN for an empty sample). */
export function summarize(values: readonly number[]): Summary {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return { median: NaN, min: NaN, max: NaN, n: 0 };
  const mid = Math.floor(n / 2);
  const median = n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted[n - 1]!, n };
}

/** `a / b`, NaN when either is missing (or `b` is 0). */
export function ratio(a: number, b: number): number {
  return Number.isFinite(a) && Number.isFinite(b) && b !== 0 ? a / b : NaN;
}

export function fmtNumber(value: number, digits = 0): string {
  if (!Number.isFinite(value)) return '—';
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** Milliseconds, with a precision that suits the magnitude. */
export function fmtMs(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  if (ms >= 10_000) return `${fmtNumber(ms / 1000, 1)} s`;
  if (ms >= 1000) return `${fmtNumber(ms / 1000, 2)} s`;
  if (ms >= 100) return `${fmtNumber(ms, 0)} ms`;
  if (ms >= 10) return `${fmtNumber(ms, 1)} ms`;
  return `${fmtNumber(ms, 2)} ms`;
}

export function fmtUs(us: number): string {
  if (!Number.isFinite(us)) return '—';
  return `${fmtNumber(us, us >= 100 ? 0 : 1)} µs`;
}

export function fmtBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return '—';
  if (bytes >= 1024 * 1024) return `${fmtNumber(bytes / (1024 * 1024), 1)} MiB`;
  if (bytes >= 1024) return `${fmtNumber(bytes / 1024, 1)} KiB`;
  return `${fmtNumber(bytes, 0)} B`;
}

export function fmtRatio(value: number): string {
  return Number.isFinite(value) ? `${fmtNumber(value, 2)}×` : '—';
}

/** `median (min–max)` in the given unit. */
export function fmtSummary(s: Summary, fmt: (v: number) => string): string {
  if (s.n === 0) return '—';
  if (s.n === 1) return `${fmt(s.median)} (n=1)`;
  return `${fmt(s.median)} (${fmt(s.min)}–${fmt(s.max)})`;
}

/** Fisher–Yates shuffle of a copy, for interleaving repetitions in a different order each round. */
export function shuffled<T>(items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** Reads a positive integer from the environment, else the default. */
export function envInt(name: string, fallback: number): number {
  const raw = process.env[name];
  const value = raw === undefined ? NaN : Number(raw);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}
