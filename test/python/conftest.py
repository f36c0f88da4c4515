"""Shared fixtures of the Python behaviour tests: the generated package on sys.path, and loopback servers."""

from __future__ import annotations

import os
import sys

# The generated package is imported from its source folder: no bytecode may land in the committed output.
sys.dont_write_bytecode = True
from typing import Iterator

import pytest

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SOURCE = os.path.join(REPO, "generated", "python", "src")
if SOURCE not in sys.path:
    sys.path.insert(0, SOURCE)
sys.path.insert(0, os.path.dirname(__file__))

from support import Server  # noqa: E402


@pytest.fixture
def server() -> Iterator[Server]:
    with Server() as running:
        yield running


@pytest.fixture(autouse=True)
def no_env_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests say which credential they use; one in the environment would change what the client sends.
    monkeypatch.delenv("CARTESIA_API_KEY", raising=False)
