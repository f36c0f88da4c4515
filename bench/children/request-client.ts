// One request-overhead measurement in a fresh process: N requests of one kind through one client.
import createClient from 'openapi-fetch';
import { DICT_REQUEST, loadOfficial, loadOurs, rawHeaders, type ClientName, type ClientPaths } from './clients.js';
import { DICTIONARY, JSON_HEADERS, VOICES_PAGE } from './payloads.js';

export interface RequestJob extends ClientPaths {
  client: ClientName;
  op: 'GET' | 'POST';
  /** `in-memory`: sequential, through a fetch that answers at once without a network (client CPU only). */
  mode: 'sequential' | 'batched' | 'in-memory';
  n: number;
  warmup: number;
  batch: number;
  baseURL: string;
  /** Paired: every client of `clients` in this one process, in alternating rounds of n / rounds requests each
   * (`client` is then ignored), so that the conditions of the process apply to all of them alike. */
  paired?: { clients: ClientName[]; rounds: number };
}

export interface RequestOutcome {
  usPerRequest: number;
  totalMs: number;
  /** Paired jobs: µs per request of each client, round by round. */
  rounds?: Partial<Record<ClientName, number[]>>;
}

type Call = () => Promise<unknown>;

/** Answers like the loopback server, without a network: what is left is each client's own work. */
const inMemoryFetch = (op: RequestJob['op']): typeof fetch => {
  const payload = op === 'GET' ? VOICES_PAGE : DICTIONARY;
  return async () => new Response(payload, { status: 200, headers: JSON_HEADERS });
};

async function makeCall(job: RequestJob, client: ClientName): Promise<Call> {
  const { baseURL, op } = job;
  const dictBody = JSON.stringify(DICT_REQUEST);
  const stub = job.mode === 'in-memory' ? inMemoryFetch(op) : undefined;
  const fetchImpl = stub ?? fetch;
  switch (client) {
    case 'raw fetch':
      return op === 'GET'
        ? async () => (await fetchImpl(`${baseURL}/voices?limit=10`, { headers: rawHeaders(false) })).json()
        : async () =>
            (await fetchImpl(`${baseURL}/pronunciation-dicts/`, { method: 'POST', headers: rawHeaders(true), body: dictBody })).json();
    case 'raw fetch + timeout': {
      // The floor of any client with per-request timeouts: an AbortController and a timer around each call.
      const timed = async (url: string, init: RequestInit): Promise<unknown> => {
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), 60_000);
        try {
          return await (await fetchImpl(url, { ...init, signal: controller.signal })).json();
        } finally {
          clearTimeout(timer);
        }
      };
      return op === 'GET'
        ? () => timed(`${baseURL}/voices?limit=10`, { headers: rawHeaders(false) })
        : () => timed(`${baseURL}/pronunciation-dicts/`, { method: 'POST', headers: rawHeaders(true), body: dictBody });
    }
    case 'this client': {
      const client = await loadOurs(job, baseURL, stub);
      return op === 'GET' ? () => client.voices.list({ limit: 10 }) : () => client.pronunciationDicts.create(DICT_REQUEST);
    }
    case 'official client': {
      const client = await loadOfficial(job, baseURL, stub);
      return op === 'GET' ? () => client.voices.list({ limit: 10 }) : () => client.pronunciationDicts.create(DICT_REQUEST);
    }
    case 'openapi-fetch': {
      // Untyped here: the parent type-checks these same calls against openapi-typescript's types of the spec.
      type Loose = (path: string, init: unknown) => Promise<{ data?: unknown }>;
      const client = createClient({ baseUrl: baseURL, headers: rawHeaders(false), ...(stub ? { fetch: stub } : {}) }) as unknown as {
        GET: Loose;
        POST: Loose;
      };
      return op === 'GET'
        ? async () => (await client.GET('/voices', { params: { query: { limit: 10 } } })).data
        : async () => (await client.POST('/pronunciation-dicts/', { body: DICT_REQUEST })).data;
    }
  }
}

/** The answer must be what the server sent: a page of 10 voices, or the created dictionary. */
function check(op: RequestJob['op'], value: unknown): void {
  const record = value as { data?: unknown[]; id?: string } | undefined;
  const ok = op === 'GET' ? record?.data?.length === 10 : record?.id === 'pdict_1';
  if (!ok) throw new Error(`unexpected ${op} result: ${JSON.stringify(value)?.slice(0, 200)}`);
}

async function run(job: RequestJob, call: Call, count: number): Promise<void> {
  if (job.mode !== 'batched') {
    for (let i = 0; i < count; i++) await call();
    return;
  }
  for (let i = 0; i < count; i += job.batch) {
    await Promise.all(Array.from({ length: Math.min(job.batch, count - i) }, call));
  }
}

/** Every client in turn, the order reversed every other round; µs per request of each, round by round. */
async function runPaired(job: RequestJob, clients: ClientName[], rounds: number): Promise<RequestOutcome> {
  const calls = new Map<ClientName, Call>();
  for (const client of clients) {
    const call = await makeCall(job, client);
    check(job.op, await call());
    await run(job, call, job.warmup);
    calls.set(client, call);
  }
  const perRound = Math.max(job.batch, Math.round(job.n / rounds / job.batch) * job.batch);
  const times: Partial<Record<ClientName, number[]>> = {};
  const start = performance.now();
  for (let round = 0; round < rounds; round++) {
    for (const client of round % 2 === 0 ? clients : [...clients].reverse()) {
      const roundStart = performance.now();
      await run(job, calls.get(client)!, perRound);
      (times[client] ??= []).push(((performance.now() - roundStart) * 1000) / perRound);
    }
  }
  const totalMs = performance.now() - start;
  for (const call of calls.values()) check(job.op, await call());
  return { usPerRequest: NaN, totalMs, rounds: times };
}

const job = JSON.parse(process.argv[2] ?? '{}') as RequestJob;
if (job.paired) {
  console.log(JSON.stringify(await runPaired(job, job.paired.clients, job.paired.rounds)));
} else {
  const call = await makeCall(job, job.client);
  check(job.op, await call());
  await run(job, call, job.warmup);
  const start = performance.now();
  await run(job, call, job.n);
  const totalMs = performance.now() - start;
  check(job.op, await call());
  const outcome: RequestOutcome = { usPerRequest: (totalMs * 1000) / job.n, totalMs };
  console.log(JSON.stringify(outcome));
}
