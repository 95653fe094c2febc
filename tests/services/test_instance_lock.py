"""A second start on the same data folder is refused politely; another folder is fine."""

from __future__ import annotations

import subprocess
import sys

import pytest

from kimbai_desktop.domain.errors import AlreadyOpen
from kimbai_desktop.services.instance import InstanceLock


def test_second_lock_in_the_same_process(data_dir):
    first = InstanceLock(data_dir)
    first.acquire()
    try:
        with pytest.raises(AlreadyOpen) as info:
            InstanceLock(data_dir).acquire()
        assert "open on this computer; close it first" in info.value.message
        InstanceLock(data_dir.parent / "other").acquire()
    finally:
        first.release()
    with InstanceLock(data_dir):
        pass


def test_second_lock_from_another_process(data_dir):
    with InstanceLock(data_dir):
        code = (
            "import sys\n"
            "from kimbai_desktop.services.instance import InstanceLock\n"
            "from kimbai_desktop.domain.errors import AlreadyOpen\n"
            "try:\n    InstanceLock(sys.argv[1]).acquire()\nexcept AlreadyOpen:\n    sys.exit(3)\n"
        )
        result = subprocess.run([sys.executable, "-c", code, str(data_dir)], timeout=60)
        assert result.returncode == 3
    result = subprocess.run([sys.executable, "-c", code, str(data_dir)], timeout=60)
    assert result.returncode == 0
