// The canned answers of the loopback server, shared with the in-memory fetch of the overhead benchmark.

const voice = (i: number) => ({
  id: `voice_${i}`,
  user_id: null,
  is_owner: false,
  access: 'public',
  visibility: 'all',
  name: `Voice ${i}`,
  tagline: 'Calm and clear',
  description: 'A calm, clear voice for benchmarks.',
  created_at: '2025-01-01T00:00:00Z',
  language: 'en',
  gender: 'feminine',
});

/** GET /voices: a page of 10 voices, no more pages. */
export const VOICES_PAGE = JSON.stringify({ data: Array.from({ length: 10 }, (_, i) => voice(i)), has_more: false, next_page: null });

/** POST /pronunciation-dicts/: the created dictionary. */
export const DICTIONARY = JSON.stringify({
  id: 'pdict_1',
  name: 'Benchmark dictionary',
  owner_id: 'user_1',
  pinned: false,
  items: [{ text: 'Cartesia', alias: 'car-TEE-zha' }],
  created_at: '2025-01-01T00:00:00Z',
});

export const JSON_HEADERS = { 'content-type': 'application/json', 'x-request-id': 'req_1' };
