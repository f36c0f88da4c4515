"""The Python runner of the conformance cases: every case in test/conformance/cases/*.yaml against the generated
Python client, sync and async, on the same loopback server as the TypeScript runner (test/conformance/serve.ts),
compared exactly as typescript-runner.test.ts compares them."""

from __future__ import annotations

import asyncio
import base64
import importlib
import json
import os
import subprocess
import urllib.request
from typing import Any, Dict, Iterator, List

import pytest

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))


def _node(script: str) -> "subprocess.Popen[str]":
    return subprocess.Popen(
        ["node", "--import", "tsx", script],
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )


def _naming() -> Dict[str, Any]:
    """Cases and Python names, from the Python template set's own helpers (see naming.ts)."""
    out = subprocess.run(
        ["node", "--import", "tsx", "test/conformance/python/naming.ts"], cwd=REPO, check=True, capture_output=True, text=True
    )
    return dict(json.loads(out.stdout))


NAMING = _naming()
CASES: List[Dict[str, Any]] = NAMING["cases"]
SDK = importlib.import_module(NAMING["package"])


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    process = _node("test/conformance/serve.ts")
    assert process.stdout is not None and process.stdin is not None
    url = process.stdout.readline().strip()
    assert url.startswith("http://127.0.0.1:"), url
    yield url
    process.stdin.close()
    process.wait(timeout=10)
    process.stdout.close()


def _control(url: str, path: str, body: object = None) -> Any:
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url + path, data=data, method="POST" if data is not None else "GET")
    with urllib.request.urlopen(request, timeout=10) as response:
        text = response.read().decode()
        return json.loads(text) if text else None


def comparable(received: Dict[str, Any], expected: Dict[str, Any]) -> Dict[str, Any]:
    """The part of a received request a case checks (as server.ts's `comparable`)."""
    out: Dict[str, Any] = {"method": received["method"], "path": received["path"]}
    if "query" in expected:
        out["query"] = received["query"]
    if "headers" in expected:
        out["headers"] = {h: received["headers"].get(h.lower()) for h in expected["headers"]}
    if "json" in expected:
        out["json"] = received.get("json")
    if "multipart" in expected:
        out["multipart"] = received.get("multipart")
    return out


def expected_shape(expected: Dict[str, Any]) -> Dict[str, Any]:
    """What the case expects, in the same shape (as server.ts's `expectedShape`)."""
    out: Dict[str, Any] = {"method": expected["method"], "path": expected["path"]}
    if "query" in expected:
        out["query"] = expected["query"]
    if "headers" in expected:
        out["headers"] = {k: _text(v) for k, v in expected["headers"].items()}
    if "json" in expected:
        out["json"] = expected["json"]
    if "multipart" in expected:
        multipart = expected["multipart"]
        out["multipart"] = {"fields": multipart.get("fields", {}), "files": multipart.get("files", {})}
    return out


def _text(value: object) -> str:
    return ("true" if value else "false") if isinstance(value, bool) else str(value)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _call(case: Dict[str, Any], client: Any) -> Any:
    """The method and the arguments of the case's call, in the Python calling convention."""
    call = case["call"]
    naming = NAMING["operations"][call["method"]]
    target: Any = client
    for attribute in naming["path"]:
        target = getattr(target, attribute)
    kwargs: Dict[str, Any] = {naming["args"][wire]: value for wire, value in (call.get("params") or {}).items()}
    for field, file in (call.get("files") or {}).items():
        kwargs[naming["args"][field]] = SDK.to_file(base64.b64decode(file["base64"]), file["filename"])
    if call.get("options"):
        kwargs["request_options"] = {NAMING["requestOptions"][k]: v for k, v in call["options"].items()}
    return target, list(call.get("path") or []), kwargs


def _event(event: Any) -> Dict[str, Any]:
    return {k: _b64(v) if isinstance(v, bytes) else v for k, v in _wire(event).items()}


def _wire(value: Any) -> Any:
    """A result as the wire had it: models (the client returns pydantic models) by wire names, with what was sent."""
    if hasattr(value, "to_dict"):
        return _wire(value.to_dict())
    if isinstance(value, list):
        return [_wire(v) for v in value]
    if isinstance(value, dict):
        return {k: _wire(v) for k, v in value.items()}
    return value


def _client_options(case: Dict[str, Any], url: str) -> Dict[str, Any]:
    options = {NAMING["options"][k]: v for k, v in case["client"].items()}
    options["base_url"] = url
    return options


def run_sync(case: Dict[str, Any], url: str) -> Any:
    with getattr(SDK, NAMING["client"])(**_client_options(case, url)) as client:
        method, args, kwargs = _call(case, client)
        result = method(*args, **kwargs)
        collect = case["call"].get("collect", "value")
        if collect == "items":
            return _wire(list(result))
        if collect == "bytes":
            return _b64(result.read())
        if collect == "events":
            return [_event(e) for e in result]
        return _wire(result)


async def run_async(case: Dict[str, Any], url: str) -> Any:
    async with getattr(SDK, NAMING["asyncClient"])(**_client_options(case, url)) as client:
        method, args, kwargs = _call(case, client)
        collect = case["call"].get("collect", "value")
        if collect == "items":
            return _wire([item async for item in method(*args, **kwargs)])
        result = await method(*args, **kwargs)
        if collect == "bytes":
            return _b64(await result.read())
        if collect == "events":
            return [_event(e) async for e in result]
        return _wire(result)


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_case(case: Dict[str, Any], mode: str, server: str) -> None:
    _control(server, "/__conformance/script", case["responses"])
    result: Any = None
    error: BaseException | None = None
    try:
        result = run_sync(case, server) if mode == "sync" else asyncio.run(run_async(case, server))
    except Exception as exc:  # the case says whether the call must fail
        error = exc
    received = _control(server, "/__conformance/received")
    requests = case["requests"]
    assert [comparable(r, requests[i] if i < len(requests) else requests[-1]) for i, r in enumerate(received)] == [
        expected_shape(r) for r in requests
    ]
    expected_error = case["expect"].get("error")
    if expected_error:
        assert error is not None, "the call must fail"
        name = NAMING["errors"].get(expected_error["type"], expected_error["type"])
        assert type(error).__name__ == name, repr(error)
        if "status" in expected_error:
            assert getattr(error, "status") == expected_error["status"]
        if "request_id" in expected_error:
            assert getattr(error, "request_id") == expected_error["request_id"]
        if "message_contains" in expected_error:
            assert expected_error["message_contains"] in str(error)
    else:
        assert error is None, repr(error)
        assert result == case["expect"]["result"]
