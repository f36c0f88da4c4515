// Contract tests: every operation of spec/cartesia.yaml, called through the generated client against a Prism
// mock of the same spec. Prism validates each request (422 when invalid) and its own mock response (500 with
// `sl-violations` when the spec's examples or schemas disagree). The test then checks that the request left
// the client with every value it was given (support/sent.ts) and that the client returned the declared type,
// validating JSON against the response schema with ajv (support/verify.ts). Cases come from the IR, not a list
// (support/cases.ts); the client's `fetch` is the global one, wrapped only to record requests and to stand in
// for the event streams Prism cannot write (support/fetch.ts). CONTRACT_VERBOSE=1 prints what each case got.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildModel } from '../../generator/pipeline.js';
import { Cartesia } from '../../generated/typescript/src/index.js';
import { CaseBuilder, invoke, type ContractCase } from './support/cases.js';
import { contractFetch } from './support/fetch.js';
import { CONTRACT_SPEC, usePrism } from './support/prism.js';
import { SchemaValidator, specExamples } from './support/schemas.js';
import { verifyBracketFields, verifySent } from './support/sent.js';
import { describeFailure, verifyResult } from './support/verify.js';

const { model } = buildModel(CONTRACT_SPEC);
const validator = new SchemaValidator(model);
const formValidator = new SchemaValidator(model, { coerce: true });
const builder = new CaseBuilder(model);
const prism = usePrism();

/** Cases per operation id; an operation whose cases cannot be built gets the error instead. */
const plan = model.operations.map((op) => {
  try {
    return { op, cases: builder.casesFor(op), error: undefined };
  } catch (error) {
    return { op, cases: [] as ContractCase[], error: error as Error };
  }
});
const passed = new Set<string>();

function clientFor(custom: typeof fetch): Cartesia {
  return new Cartesia({ apiKey: 'test-key', baseURL: prism.server.url, maxRetries: 0, fetch: custom });
}

async function runCase(c: ContractCase): Promise<string> {
  if (c.op.requestBody && c.bodyForSchema !== undefined) {
    const verdict = validator.check(c.op.requestBody.schema, c.bodyForSchema);
    expect(
      verdict.valid,
      `the synthesized request body of ${c.op.id} fails its own schema (a bug of the synthesizer):\n${verdict.errors}`,
    ).toBe(true);
  }
  const mark = prism.server.log().length;
  const events = c.op.response.kind === 'event-stream' ? builder.eventsFor(c.op) : undefined;
  const wire = contractFetch(events);
  try {
    const { data, response } = await invoke(clientFor(wire.fetch), c).withResponse();
    expect(wire.sent, 'one request, no retries').toHaveLength(1);
    await verifySent(c, wire.sent[0]);
    verifyBracketFields(c, wire.sent[0]!, formValidator);
    const outcome = await verifyResult(validator, c.op, data, response);
    if (wire.replaced() > 0) {
      expect(outcome.events, 'every event the spec describes reaches the caller').toBe(events!.length);
      return `${outcome.summary} (request checked by Prism; events from the spec, which Prism cannot stream)`;
    }
    return outcome.summary;
  } catch (error) {
    await new Promise((resolve) => setTimeout(resolve, 100)); // let Prism's log of this request arrive
    throw new Error(describeFailure(error, prism.server.logSince(mark)));
  }
}

describe('every operation is accepted by Prism and returns its declared type', () => {
  for (const { op, cases, error } of plan) {
    if (error) {
      it(`${op.id} (cannot build a call)`, () => {
        throw error;
      });
      continue;
    }
    for (const c of cases) {
      it(c.title, async () => {
        const summary = await runCase(c);
        expect(summary).toBeTruthy();
        if (process.env.CONTRACT_VERBOSE) console.log(`${c.title}: ${summary}`);
        passed.add(c.title);
      });
    }
  }
});

describe('spec examples', () => {
  it('every example in the spec matches the schema it illustrates', () => {
    const examples = specExamples(model);
    expect(examples.length).toBeGreaterThan(0);
    const wrong = examples
      .map(({ where, schema, example }) => ({ where, verdict: validator.check(schema, example) }))
      .filter(({ verdict }) => !verdict.valid)
      .map(({ where, verdict }) => `${where}:\n${verdict.errors}`);
    expect(wrong, wrong.join('\n\n')).toEqual([]);
  });
});

describe('coverage', () => {
  it('every operation in the spec file is an operation of the IR', () => {
    const document = parse(fs.readFileSync(CONTRACT_SPEC, 'utf8')) as { paths: Record<string, Record<string, unknown>> };
    const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
    const inSpec = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.keys(item)
        .filter((key) => methods.includes(key))
        .map((method) => `${method.toUpperCase()} ${path}`),
    );
    const inModel = model.operations.map((op) => `${op.method} ${op.path}`);
    expect(new Set(inModel)).toEqual(new Set(inSpec));
  });

  it('every operation of the IR has contract cases that ran and passed', () => {
    const ids = model.operations.map((op) => op.id);
    const covered = plan.filter(({ cases }) => cases.length > 0 && cases.every((c) => passed.has(c.title))).map(({ op }) => op.id);
    const missing = ids.filter((id) => !covered.includes(id));
    expect(missing, `operations without a passing contract case: ${missing.join(', ')}`).toEqual([]);
    expect(new Set(covered)).toEqual(new Set(ids));
  });
});
