// Open enums (issue 18, point 3) in the Python client: code that passes a model id or language from a variable
// passes mypy --strict against generated/python, while a closed enum still rejects a value it does not list.
import { describe, expect, it } from 'vitest';
import { mypySnippet as mypy, PYTHON_PACKAGE as PACKAGE } from '../support/mypy.js';

// Ordinary user code. `--strict` warns about an unused `type: ignore`, so the closed-enum line must fail to check.
const USER_CODE = `
import os

from ${PACKAGE} import Cartesia
from ${PACKAGE}.models import AttachVoiceAccent, OutputFormatContainer, SupportedLanguage, TTSModel, VoiceAccent

client = Cartesia(api_key="sk-test")
model_id: str = os.environ.get("MODEL", "sonic-3")
language: str = os.environ.get("LANGUAGE", "en")


def speak() -> None:
    client.tts.bytes(
        model_id=model_id,
        language=language,
        transcript="Hello",
        voice="a0e99841-438c-4a64-b679-ae501e7d6091",
        output_format={"container": "raw", "encoding": "pcm_f32le", "sample_rate": 44100},
    )
    client.tts.bytes(
        model_id="sonic-latest",
        locale="en-GB",
        transcript="Hello",
        voice={"id": "a0e99841-438c-4a64-b679-ae501e7d6091"},
        output_format={"container": "wav", "encoding": "pcm_s16le", "sample_rate": 24000},
    )


known: TTSModel = "sonic-3"
newer: TTSModel = "sonic-4-not-yet-listed"
lang: SupportedLanguage = "ur"
# Accents are a growing catalog (GET /accents); any id type-checks, the known ones are offered.
accent: VoiceAccent = os.environ.get("ACCENT", "southern-us")
attach: AttachVoiceAccent = "british"
container: OutputFormatContainer = "ogg"  # type: ignore[assignment]
`;

describe('open enums in generated/python', () => {
  it('accept any str for model ids and languages, and keep closed enums closed, under mypy --strict', () => {
    const { status, output } = mypy(USER_CODE);
    expect(output).toContain('Success: no issues found');
    expect(status).toBe(0);
  }, 240_000);

  it('still reject an unlisted value of a closed enum (the check above is not vacuous)', () => {
    const { status, output } = mypy(USER_CODE.replace('  # type: ignore[assignment]', ''));
    expect(output).toMatch(/user\.py:\d+: error: Incompatible types in assignment \(expression has type "Literal\['ogg'\]"/);
    expect(output).toContain('Found 1 error');
    expect(status).toBe(1);
  }, 240_000);
});
