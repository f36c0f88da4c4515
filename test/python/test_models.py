"""Responses as pydantic models (issue 19, point 6), on a loopback server: attribute access, fields the server adds
kept, to_dict()/model_dump() round trips, absent told from null, aliases for wire names that are Python keywords,
lenient parsing of what does not match the spec, unknown union variants, and models loaded only when first used."""

from __future__ import annotations

import asyncio
import base64
import json
import os
import subprocess
import sys
from typing import Any, Dict

from cartesia_gen_client import AsyncCartesia, Cartesia, Voice
from cartesia_gen_client.models import AgentCall, FineTune, TelephonyParams, TTSSSEChunkEventDecoded, VoiceLocale
from pydantic import BaseModel
from support import Reply, Server

VOICE: Dict[str, Any] = {
    "id": "694f9389-aac1-45b6-b726-9d9369183238",
    "is_owner": True,
    "access": "private",
    "visibility": "owner",
    "tagline": "Calm narrator",
    "name": "Sarah",
    "description": "A calm, warm voice for narration.",
    "created_at": "2025-01-01T00:00:00Z",
    "language": "en",
    "locales": [{"locale": "en_US", "is_native": True}],
}
TTS: Dict[str, Any] = {
    "model_id": "sonic-3",
    "transcript": "Hello, world.",
    "voice": VOICE["id"],
    "output_format": {"container": "raw", "encoding": "pcm_s16le", "sample_rate": 44100},
}


def test_a_response_is_a_model_read_by_attribute_with_fields_the_server_added_kept(server: Server) -> None:
    added = {**VOICE, "mood": "calm", "gender": "feminine"}
    server.script(Reply(json=added), Reply(json=added))
    with Cartesia(api_key="sk", base_url=server.url) as client:
        voice = client.voices.get(VOICE["id"])
    assert isinstance(voice, Voice) and isinstance(voice, BaseModel)
    assert voice.name == "Sarah" and voice.is_owner is True and voice.gender == "feminine"
    assert isinstance(voice.locales[0], VoiceLocale) and voice.locales[0].is_native is True
    # A field the spec does not declare stays readable and goes back out with the rest.
    assert voice.model_extra == {"mood": "calm"} and getattr(voice, "mood") == "calm"
    assert voice.to_dict() == added

    async def main() -> Voice:
        async with AsyncCartesia(api_key="sk", base_url=server.url) as client:
            return await client.voices.get(VOICE["id"])

    assert asyncio.run(main()) == voice


def test_to_dict_model_dump_and_to_json_round_trip(server: Server) -> None:
    server.script(Reply(json={**VOICE, "country": None, "mood": "t"}))
    with Cartesia(api_key="sk", base_url=server.url) as client:
        voice = client.voices.get(VOICE["id"])
    assert Voice.model_validate(voice.to_dict()) == voice
    assert Voice.model_validate(voice.model_dump(by_alias=True, exclude_unset=True)) == voice
    assert Voice.model_validate_json(voice.to_json()) == voice
    assert json.loads(voice.to_json()) == {**VOICE, "country": None, "mood": "t"}
    # Every field, the ones the server left out as None, when asked.
    assert voice.to_dict(exclude_unset=False)["preview_file_url"] is None


def test_absent_and_null_stay_apart(server: Server) -> None:
    server.script(Reply(json={**VOICE, "country": None}), Reply(json=VOICE))
    with Cartesia(api_key="sk", base_url=server.url) as client:
        sent_null = client.voices.get("a")
        left_out = client.voices.get("b")
    assert sent_null.country is None and left_out.country is None
    assert "country" in sent_null.model_fields_set and "country" not in left_out.model_fields_set
    assert "country" in sent_null.to_dict() and "country" not in left_out.to_dict()


def test_a_wire_name_that_is_a_keyword_is_an_alias(server: Server) -> None:
    call = {"id": "c", "agent_id": "a", "status": "completed", "telephony_params": {"to": "+15550100", "from": "+15550199"}}
    server.script(Reply(json=call))
    with Cartesia(api_key="sk", base_url=server.url) as client:
        got = client.agents.calls.get("c")
    assert isinstance(got, AgentCall) and isinstance(got.telephony_params, TelephonyParams)
    assert got.telephony_params.from_ == "+15550199"
    assert got.to_dict() == call
    # Built by attribute name or by wire name alike.
    assert TelephonyParams(to="1", from_="2") == TelephonyParams.model_validate({"to": "1", "from": "2"})


def test_a_response_that_does_not_match_the_spec_is_kept_as_sent_not_raised(server: Server) -> None:
    odd = {"id": "v", "name": 42, "is_owner": "maybe", "locales": [{"locale": "en_US", "is_native": True}, "??"], "extra": [1]}
    server.script(Reply(json=odd), Reply(json=odd))
    with Cartesia(api_key="sk", base_url=server.url) as client:
        voice = client.voices.get("v")
    # Still a Voice: what validates is parsed, what does not is kept as the server sent it.
    assert isinstance(voice, Voice)
    assert voice.id == "v" and voice.name == 42 and voice.is_owner == "maybe"  # type: ignore[comparison-overlap]
    assert isinstance(voice.locales[0], VoiceLocale) and voice.locales[1] == "??"  # type: ignore[comparison-overlap]
    assert voice.model_fields_set == {"id", "name", "is_owner", "locales", "extra"}
    assert voice.to_dict() == odd

    async def main() -> Voice:
        async with AsyncCartesia(api_key="sk", base_url=server.url) as client:
            return await client.voices.get("v")

    assert asyncio.run(main()).to_dict() == odd


def test_open_enum_values_the_spec_does_not_list_yet_are_accepted(server: Server) -> None:
    tune = {"id": "f", "name": "n", "description": "", "language": "xx", "model_id": "sonic-9", "dataset": "d", "status": "queued"}
    server.script(Reply(json=tune))
    with Cartesia(api_key="sk", base_url=server.url) as client:
        got = client.fine_tunes.get("f")
    assert isinstance(got, FineTune) and got.model_id == "sonic-9" and got.status == "queued"  # type: ignore[comparison-overlap]


def _sse(*payloads: Dict[str, Any]) -> Reply:
    body = "".join(f"data: {json.dumps(p)}\n\n" for p in payloads).encode()
    return Reply(body=body, headers={"content-type": "text/event-stream"})


CHUNK = {"type": "chunk", "done": False, "data": base64.b64encode(b"\x00\x01").decode(), "step_time": 1.5, "status_code": 206}


def test_events_are_models_and_an_unknown_variant_is_kept(server: Server) -> None:
    new_kind = {"type": "emotion_marker", "done": False, "emotion": "calm", "at": 0.5}
    server.script(_sse(CHUNK, new_kind, {"type": "done", "done": True, "status_code": 200}))
    with Cartesia(api_key="sk", base_url=server.url) as client:
        events = list(client.tts.sse(**TTS))
    chunk, unknown, done = events
    assert isinstance(chunk, TTSSSEChunkEventDecoded) and chunk.data == b"\x00\x01" and chunk.step_time == 1.5
    # A variant the spec does not know: a model all the same, every field readable.
    assert isinstance(unknown, BaseModel) and getattr(unknown, "emotion") == "calm" and unknown.to_dict() == new_kind  # type: ignore[union-attr]
    assert done.type == "done"
    # Bytes go to JSON as base64 and come back.
    assert TTSSSEChunkEventDecoded.model_validate_json(chunk.to_json()) == chunk


def test_page_items_are_models_and_the_page_body_is_as_received(server: Server) -> None:
    server.script(Reply(json={"data": [VOICE, {**VOICE, "id": "second", "mood": "x"}], "has_more": False}))
    with Cartesia(api_key="sk", base_url=server.url) as client:
        page = client.voices.list()
        assert [type(v) for v in page.data] == [Voice, Voice] and page.data[1].model_extra == {"mood": "x"}
        assert page.body["data"][1]["id"] == "second"
        assert [v.id for v in page] == [VOICE["id"], "second"]


def test_importing_and_constructing_the_client_loads_neither_pydantic_nor_the_models() -> None:
    code = (
        "import sys\n"
        "import cartesia_gen_client as sdk\n"
        "sdk.Cartesia(api_key='k', base_url='http://127.0.0.1:9')\n"
        "print(sorted(m for m in ('pydantic', 'cartesia_gen_client.models') if m in sys.modules))\n"
        "sdk.Voice\n"
        "print(sorted(m for m in ('pydantic', 'cartesia_gen_client.models') if m in sys.modules))\n"
    )
    source = os.path.dirname(os.path.dirname(sys.modules[Cartesia.__module__].__file__ or ""))
    env = {**os.environ, "PYTHONPATH": source, "PYTHONDONTWRITEBYTECODE": "1"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.split("\n")[:2] == ["[]", "['cartesia_gen_client.models', 'pydantic']"]
