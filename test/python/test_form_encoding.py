"""Form fields as the spec's `encoding` declares them: infill's output_format as bracket parts on a real loopback
server, every style of the runtime (multipart and urlencoded), and values a style cannot express refused."""

from __future__ import annotations

import urllib.parse
from email.parser import BytesParser
from email.policy import HTTP
from typing import Dict, List, Tuple

from cartesia_gen_client import Cartesia, InvalidRequestError
from cartesia_gen_client._core._request import prepare_request
from cartesia_gen_client._core._spec import OperationSpec, operation_spec
from support import Reply, Server

import pytest

WAV = b"RIFF\x04\x00\x00\x00WAVE"


def test_infill_output_format_goes_as_bracket_parts(server: Server) -> None:
    server.script(Reply(body=WAV, headers={"content-type": "audio/wav"}))
    with Cartesia(api_key="sk", base_url=server.url) as client:
        audio = client.infill.bytes(
            left_audio=b"RIFF-left",
            transcript="in between",
            output_format={"container": "mp3", "sample_rate": 44100, "bit_rate": 128000},
        )
        assert audio.read() == WAV
    fields, files = server.received[0].multipart()
    assert fields == {
        "transcript": "in between",
        "output_format[container]": "mp3",
        "output_format[sample_rate]": "44100",
        "output_format[bit_rate]": "128000",
    }
    assert files["left_audio"][1] == b"RIFF-left"


def test_infill_output_format_with_a_list_inside_is_refused_and_nothing_is_sent(server: Server) -> None:
    with Cartesia(api_key="sk", base_url=server.url) as client:
        with pytest.raises(InvalidRequestError, match=r'"output_format\[sample_rate\]" holds a list'):
            client.infill.bytes(
                transcript="x",
                output_format={"container": "wav", "encoding": "pcm_s16le", "sample_rate": [8000, 16000]},  # type: ignore[arg-type]
            )
    assert server.received == []


def _op(encoding: str, fields: Dict[str, Dict[str, object]]) -> OperationSpec:
    content_type = "multipart/form-data" if encoding == "multipart" else "application/x-www-form-urlencoded"
    body = {"encoding": encoding, "content_type": content_type, "merged": True, "required": True, "fields": fields}
    return operation_spec({"method": "POST", "path": "/x", "body": body, "response": {"kind": "none"}})


FIELDS: Dict[str, Dict[str, object]] = {
    "meta": {"style": "deepObject", "explode": True},
    "opts": {"style": "json", "explode": True},
    "pipes": {"style": "pipeDelimited", "explode": False},
    "spaces": {"style": "spaceDelimited", "explode": False},
    "commas": {"style": "form", "explode": False},
    "repeat": {"style": "form", "explode": True},
    "point": {"style": "form", "explode": True},
    "pair": {"style": "form", "explode": False},
}
VALUES = {
    "meta": {"source": "cli", "origin": {"host": "h", "port": 8080}, "skip": None},
    "opts": {"dedupe": True, "n": [1, 2]},
    "pipes": ["a", "b"],
    "spaces": ["a", "b"],
    "commas": [1, 2],
    "repeat": ["x", "y"],
    "point": {"x": 1, "y": 2},
    "pair": {"k": "v", "n": 3},
    "loose": {"a": 1},
}
EXPECTED = [
    ("meta[source]", "cli"),
    ("meta[origin][host]", "h"),
    ("meta[origin][port]", "8080"),
    ("opts", '{"dedupe":true,"n":[1,2]}'),
    ("pipes", "a|b"),
    ("spaces", "a b"),
    ("commas", "1,2"),
    ("repeat", "x"),
    ("repeat", "y"),
    ("x", "1"),
    ("y", "2"),
    ("pair", "k,v,n,3"),
]


def _parts(content: bytes, content_type: str) -> List[Tuple[str, str]]:
    message = BytesParser(policy=HTTP).parsebytes(f"Content-Type: {content_type}\r\n\r\n".encode() + content)
    parts = []
    for part in message.iter_parts():
        payload = part.get_payload(decode=True)
        assert isinstance(payload, bytes)
        parts.append((str(part.get_param("name", header="content-disposition")), payload.decode()))
    return parts


def test_every_style_as_multipart_parts() -> None:
    prepared = prepare_request("http://h", _op("multipart", FIELDS), {}, {}, VALUES, {}, {}, [])
    # An undeclared object keeps OpenAPI's default: one part of JSON text.
    assert _parts(prepared.content or b"", prepared.headers["content-type"]) == EXPECTED + [("loose", '{"a":1}')]


def test_every_style_as_urlencoded_pairs() -> None:
    prepared = prepare_request("http://h", _op("form", FIELDS), {}, {}, VALUES, {}, {}, [])
    # An undeclared object keeps the historic urlencoded default: bracket pairs.
    assert urllib.parse.parse_qsl((prepared.content or b"").decode()) == EXPECTED + [("loose[a]", "1")]
    assert b"meta[origin][port]=8080" in (prepared.content or b"")


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("meta", {"tags": ["a"]}, r'"meta\[tags\]" holds a list'),
        ("meta", {"inner": {"clip": b"RIFF"}}, r'"meta\[inner\]\[clip\]" holds a file'),
        ("meta", ["a"], r"pass a mapping"),
        ("repeat", [{"a": 1}], r"cannot carry a nested mapping or list"),
        ("point", {"x": [1]}, r"at point\.x"),
    ],
)
def test_values_a_style_cannot_express_are_refused(field: str, value: object, message: str) -> None:
    with pytest.raises(InvalidRequestError, match=message):
        prepare_request("http://h", _op("multipart", FIELDS), {}, {}, {field: value}, {}, {}, [])


def test_a_file_in_a_urlencoded_field_is_refused() -> None:
    with pytest.raises(InvalidRequestError, match="urlencoded body cannot carry"):
        prepare_request("http://h", _op("form", FIELDS), {}, {}, {"repeat": [b"RIFF"]}, {}, {}, [])
