// Raw responses and the generic request in the Python client are typed (issue 19, point 5): under mypy --strict,
// `with_raw_response(method)` keeps the method's parameters and `.parse()` its result type, sync and async.
import { describe, expect, it } from 'vitest';
import { mypySnippet as mypy, PYTHON_PACKAGE as PACKAGE } from '../support/mypy.js';

// Ordinary user code; the two marked lines must fail to check (`--strict` reports an unused `type: ignore`).
const USER_CODE = `
from typing import Any, Optional

import httpx

from ${PACKAGE} import APIResponse, AsyncCartesia, BinaryResponse, Cartesia
from ${PACKAGE}.models import Voice

client = Cartesia(api_key="sk-test")


def sync_use() -> None:
    raw: APIResponse[Voice] = client.with_raw_response(client.voices.get)("voice-id", expand=["preview_file_url"])
    voice: Voice = raw.parse()
    status: int = raw.status_code
    headers: httpx.Headers = raw.headers
    request_id: Optional[str] = raw.request_id
    body: Optional[bytes] = raw.content
    audio: BinaryResponse = client.with_raw_response(client.tts.bytes)(
        model_id="sonic-3",
        transcript="Hello, world.",
        voice="voice-id",
        output_format={"container": "wav", "encoding": "pcm_s16le", "sample_rate": 44100},
    ).parse()
    anything: Any = client.request("GET", "/beta/things", query={"limit": 2})
    generic: APIResponse[Any] = client.with_raw_response(client.request)("POST", "/beta/things", body={"a": 1})
    wrong_result: int = client.with_raw_response(client.voices.get)("voice-id").parse()  # type: ignore[assignment]
    client.with_raw_response(client.voices.get)(42)  # type: ignore[arg-type]


async def async_use(async_client: AsyncCartesia) -> None:
    raw = await async_client.with_raw_response(async_client.voices.get)("voice-id")
    voice: Voice = raw.parse()
    anything: Any = await async_client.request("DELETE", "/beta/things/1", response_kind="none")
`;

describe('raw responses and client.request() in generated/python', () => {
  it('type-check under mypy --strict, sync and async', () => {
    const { status, output } = mypy(USER_CODE);
    expect(output).toContain('Success: no issues found');
    expect(status).toBe(0);
  }, 240_000);

  it("keep the method's result type and parameters (the check above is not vacuous)", () => {
    const { status, output } = mypy(USER_CODE.replace(/ {2}# type: ignore\[[a-z-]+\]/g, ''));
    // The result keeps the model type (mypy spells a TypedDict out), not Any.
    expect(output).toMatch(
      /user\.py:\d+: error: Incompatible types in assignment \(expression has type "(Voice|TypedDict\(\{.id.: str).*variable has type "int"\)/,
    );
    expect(output).toMatch(/user\.py:\d+: error: Argument 1 has incompatible type "int"; expected "str"/);
    expect(output).toContain('Found 2 errors');
    expect(status).toBe(1);
  }, 240_000);
});
