"""Request bodies as the IR says: JSON (merged into keyword arguments), multipart with files from bytes, paths and
file objects, and the form, text and binary encodings of the runtime."""

from __future__ import annotations

import asyncio
import io
import pathlib
import urllib.parse

from cartesia_gen_client import AsyncCartesia, Cartesia, InvalidRequestError, NOT_GIVEN, to_file
from cartesia_gen_client._core._request import prepare_request
from cartesia_gen_client._core._spec import operation_spec
from support import Reply, Server

import pytest

VOICE = {"id": "v", "name": "n"}


def test_json_body_from_keyword_arguments(server: Server) -> None:
    server.script(Reply(json=VOICE))
    with Cartesia(api_key="sk", base_url=server.url) as client:
        client.voices.update("v", name="Calm", description=None)
        client.voices.update("v", name="Calm", description=NOT_GIVEN)
        client.voices.update("v", name="Calm", request_options={"body": {"extra": 1}})
    assert [r.json() for r in server.received] == [
        {"name": "Calm", "description": None},
        {"name": "Calm"},
        {"name": "Calm", "extra": 1},
    ]
    assert server.received[0].headers["content-type"] == "application/json"
    assert server.received[0].method == "PATCH"


def test_multipart_files_from_bytes_paths_file_objects_and_tuples(server: Server, tmp_path: pathlib.Path) -> None:
    path = tmp_path / "speech.wav"
    path.write_bytes(b"RIFF-path")
    server.script(Reply(json=VOICE))
    with Cartesia(api_key="sk", base_url=server.url) as client:
        client.voices.clone(clip=b"RIFF-bytes", name="a", language="en")
        client.voices.clone(clip=path, name="b", language="en")
        with open(path, "rb") as handle:
            client.voices.clone(clip=handle, name="c", language="en")
        client.voices.clone(clip=("named.mp3", io.BytesIO(b"ID3"), "audio/mpeg"), name="d", language="en")
        client.voices.clone(clip=to_file(b"RIFF", "clip.wav"), name="e", description="x\r\ny", language="en")
    parts = [r.multipart() for r in server.received]
    assert [p[1]["clip"][:2] for p in parts] == [
        ("upload", b"RIFF-bytes"),
        ("speech.wav", b"RIFF-path"),
        ("speech.wav", b"RIFF-path"),
        ("named.mp3", b"ID3"),
        ("clip.wav", b"RIFF"),
    ]
    assert parts[3][1]["clip"][2] == "audio/mpeg"
    assert parts[1][1]["clip"][2] in ("audio/x-wav", "audio/wav")
    assert parts[4][0] == {"name": "e", "description": "x\r\ny", "language": "en"}
    assert server.received[0].headers["content-type"].startswith("multipart/form-data; boundary=")


def test_multipart_arrays_repeat_and_objects_are_json(server: Server) -> None:
    server.script(Reply(json={"text": "hi"}))
    with Cartesia(api_key="sk", base_url=server.url) as client:
        client.stt.transcribe(file=b"\x00\x01", model="ink-whisper", timestamp_granularities=["word", "word"], encoding="pcm_s16le")
    fields, files = server.received[0].multipart()
    assert fields == {"model": "ink-whisper", "timestamp_granularities[]": "word,word"}
    assert files["file"][1] == b"\x00\x01"
    assert server.received[0].query == {"encoding": ["pcm_s16le"]}


def test_async_multipart_upload(server: Server) -> None:
    async def main() -> None:
        async with AsyncCartesia(api_key="sk", base_url=server.url) as client:
            await client.datasets.files.upload("ds", file=to_file(b"abc", "a.txt", "text/plain"), purpose="fine_tune")

    asyncio.run(main())
    fields, files = server.received[0].multipart()
    assert files == {"file": ("a.txt", b"abc", "text/plain")} and fields == {"purpose": "fine_tune"}
    assert server.received[0].raw_path == "/datasets/ds/files"


def test_a_file_must_be_a_file(server: Server) -> None:
    with Cartesia(api_key="sk", base_url=server.url) as client:
        with pytest.raises(InvalidRequestError, match="Cannot send"):
            client.voices.clone(clip=to_file(123, "x"), name="a", language="en")  # type: ignore[arg-type]
    assert server.received == []


def _prepare(encoding: str, body: object, merged: bool = True) -> tuple[bytes, str]:
    op = operation_spec(
        {
            "method": "POST",
            "path": "/x",
            "body": {"encoding": encoding, "content_type": "text/plain" if encoding == "text" else "application/octet-stream", "merged": merged, "required": True},
            "response": {"kind": "none"},
        }
    )
    prepared = prepare_request("http://h", op, {}, {}, body, {}, {}, [])
    return prepared.content or b"", prepared.headers.get("content-type", "")


def test_form_text_and_binary_encodings() -> None:
    content, kind = _prepare("form", {"a": "x y", "b": [1, 2], "c": {"d": True}, "e": NOT_GIVEN})
    assert kind == "application/x-www-form-urlencoded"
    assert urllib.parse.parse_qs(content.decode()) == {"a": ["x y"], "b": ["1", "2"], "c[d]": ["true"]}
    assert _prepare("text", "héllo", merged=False) == ("héllo".encode(), "text/plain")
    assert _prepare("binary", io.BytesIO(b"\x00\xff"), merged=False) == (b"\x00\xff", "application/octet-stream")
    with pytest.raises(InvalidRequestError):
        _prepare("binary", 42, merged=False)
