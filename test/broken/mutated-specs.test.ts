// Property test: valid specs, mutated at random (keys dropped, values swapped for values of other types,
// references pointed elsewhere), either generate a client that type-checks or end in a clean GeneratorError.
// Never an uncaught exception, and never a partial write of the output folder.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GeneratorError } from '../../generator/errors.js';
import { generate } from '../../generator/pipeline.js';
import { REPO, TS_TEMPLATES, tempDir } from '../support/paths.js';
import { typecheckPackages } from '../support/typecheck.js';
import { treeHash } from '../support/tree-hash.js';

const SEEDS = ['schemas', 'json-body', 'query-params', 'multipart', 'responses', 'read-write', 'realtime'].map((name) =>
  parse(fs.readFileSync(path.join(REPO, 'test/golden', name, 'spec.yaml'), 'utf8')),
);
const RUNS = Number(process.env.MUTATION_RUNS ?? 40);
const SEED = Number(process.env.MUTATION_SEED ?? 20261124);

type Json = unknown;
type Mutation = { kind: 'drop' | 'replace' | 'retarget' | 'rename'; pick: number; value: Json };

/** Every [container, key] pair in a document, in a stable order. */
function slots(doc: Json): [Record<string, Json> | Json[], string | number][] {
  const out: [Record<string, Json> | Json[], string | number][] = [];
  const visit = (node: Json): void => {
    if (Array.isArray(node)) node.forEach((v, i) => (out.push([node, i]), visit(v)));
    else if (node && typeof node === 'object')
      for (const [k, v] of Object.entries(node)) (out.push([node as Record<string, Json>, k]), visit(v));
  };
  visit(doc);
  return out;
}

function mutate(doc: Json, mutations: Mutation[]): Json {
  const copy = structuredClone(doc);
  for (const mutation of mutations) {
    const all = slots(copy);
    if (all.length === 0) break;
    const [container, key] = all[mutation.pick % all.length]!;
    const target = container as Record<string | number, Json>;
    if (mutation.kind === 'drop') {
      if (Array.isArray(container)) container.splice(key as number, 1);
      else delete target[key];
    } else if (mutation.kind === 'replace') {
      target[key] = mutation.value;
    } else if (mutation.kind === 'retarget') {
      target[key] = { $ref: `#/components/schemas/${String(mutation.value).slice(0, 12) || 'X'}` };
    } else if (!Array.isArray(container)) {
      target[`${String(key)}_${String(mutation.value).slice(0, 4)}`] = target[key];
      delete target[key];
    }
  }
  return copy;
}

const value = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 }), { maxKeys: 2 }),
);
const mutation = fc.record({
  kind: fc.constantFrom('drop', 'replace', 'retarget', 'rename'),
  pick: fc.nat(),
  value,
}) as fc.Arbitrary<Mutation>;

let work: ReturnType<typeof tempDir>;
beforeAll(() => {
  work = tempDir('mutated-');
});
afterAll(() => (process.env.KEEP_MUTATED ? undefined : work.cleanup()));

describe('mutated specs', () => {
  it(`${RUNS} random mutations: a client that type-checks, or a clean error with the previous output intact`, async () => {
    const generated: string[] = [];
    const outcomes = { generated: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(fc.nat(SEEDS.length - 1), fc.array(mutation, { minLength: 1, maxLength: 4 }), async (seed, mutations) => {
        const dir = path.join(work.dir, `case-${generated.length + outcomes.refused}`);
        fs.mkdirSync(dir, { recursive: true });
        const spec = path.join(dir, 'spec.yaml');
        fs.writeFileSync(spec, stringify(mutate(SEEDS[seed], mutations)));
        const out = path.join(dir, 'out');
        // A previous output, which a failed run must leave exactly as it was.
        fs.mkdirSync(out, { recursive: true });
        fs.writeFileSync(path.join(out, 'previous.txt'), 'previous output');
        const before = treeHash(out);
        try {
          await generate({ spec, templates: TS_TEMPLATES, out });
          outcomes.generated++;
          generated.push(out);
        } catch (error) {
          if (!(error instanceof GeneratorError)) throw error; // an uncaught exception is the failure we look for
          outcomes.refused++;
          expect(error.problems.length).toBeGreaterThan(0);
          for (const problem of error.problems) expect(problem.location?.file).toBeTruthy();
          expect(treeHash(out)).toBe(before);
        }
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    expect(outcomes.generated + outcomes.refused).toBe(RUNS);
    // Every client that was generated must type-check (one program for all of them).
    expect(typecheckPackages(generated)).toEqual([]);
  }, 300_000);
});
