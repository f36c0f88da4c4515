// Python models (issue 19, point 6) as mypy sees them: user code reads responses, page items and events by
// attribute under mypy --strict against generated/python, and indexing a response like a dict is an error.
import { describe, expect, it } from 'vitest';
import { mypySnippet as mypy, PYTHON_PACKAGE as PACKAGE } from '../support/mypy.js';

// Ordinary user code. `--strict` warns about an unused `type: ignore`, so the indexing line must fail to check.
const USER_CODE = `
from typing import List, Optional

from ${PACKAGE} import AsyncCartesia, Cartesia, Voice
from ${PACKAGE}.models import PronunciationDictItemParam, TTSSSEChunkEventDecoded

client = Cartesia(api_key="sk-test")


def names() -> List[str]:
    return [voice.name for voice in client.voices.list(limit=20)]


def describe(voice_id: str) -> Optional[str]:
    voice: Voice = client.voices.get(voice_id)
    native: bool = voice.locales[0].is_native
    return voice.description if native else voice.country


def audio() -> bytes:
    out = b""
    for event in client.tts.sse(
        model_id="sonic-3",
        transcript="Hello, world.",
        voice="a0e99841-438c-4a64-b679-ae501e7d6091",
        output_format={"container": "raw", "encoding": "pcm_s16le", "sample_rate": 44100},
    ):
        if isinstance(event, TTSSSEChunkEventDecoded):
            out += event.data
    return out


async def status() -> bool:
    async with AsyncCartesia(api_key="sk-test") as aclient:
        return (await aclient.api_status.get()).ok


# Inputs stay keyword arguments with plain dicts, typed.
item: PronunciationDictItemParam = {"text": "Cartesia", "alias": "car-TEE-zhuh"}
client.pronunciation_dicts.create(name="brand", items=[item])

by_key = client.voices.get("v")["name"]  # type: ignore[index]
`;

describe('models in generated/python under mypy --strict', () => {
  it('read responses, page items and events by attribute, and take typed dicts as inputs', () => {
    const { status, output } = mypy(USER_CODE);
    expect(output).toContain('Success: no issues found');
    expect(status).toBe(0);
  }, 240_000);

  it('reject indexing a response like a dict (the check above is not vacuous)', () => {
    const { status, output } = mypy(USER_CODE.replace('  # type: ignore[index]', ''));
    expect(output).toMatch(/user\.py:\d+: error: Value of type "Voice" is not indexable/);
    expect(output).toContain('Found 1 error');
    expect(status).toBe(1);
  }, 240_000);
});
