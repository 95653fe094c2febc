"""Test-wide set-up: offscreen Qt, cheap key derivation, an isolated data folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("KIMBAI_LANG", "vi")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from kimbai_desktop.storage import keyslots  # noqa: E402

FAST_KDF = keyslots.KdfParams(memory_kib=1024, time_cost=1, parallelism=1)


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Argon2id at 64 MiB costs ~0.5 s; tests use tiny parameters (each slot stores its own)."""
    monkeypatch.setattr(keyslots, "DEFAULT_KDF", FAST_KDF)


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("KIMBAI_DATA_DIR", raising=False)
    monkeypatch.setenv("KIMBAI_LANG", "vi")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"
