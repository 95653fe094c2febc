"""Guard against a PySide6 whose Signal.emit() corrupts reference counts (6.12.0 did: the
interpreter aborted after a few hundred emits from Python). Runs in a child process so that a
bad version fails this test instead of killing the whole run."""

from __future__ import annotations

import os
import subprocess
import sys

CODE = """
from PySide6.QtCore import QCoreApplication, QObject, Signal
app = QCoreApplication([])
class Probe(QObject):
    ping = Signal(str)
p = Probe()
p.ping.connect(lambda s: None)
for _ in range(5000):
    p.ping.emit("x")
print("ok")
"""


def test_many_emits_from_python_do_not_crash():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", CODE], capture_output=True, text=True, timeout=120, env=env
    )
    assert result.returncode == 0 and "ok" in result.stdout, result.stderr[-500:]
