"""No network at run time, ever: the whole pipeline runs with sockets blocked."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

DATA = Path(__file__).parent / "data"
GUARD = DATA / "no_network.py"


def test_whole_pipeline_runs_with_sockets_blocked(tmp_path, sources, case_toml):
    attempts = tmp_path / "attempts.log"
    env = {**os.environ, "HOME": str(tmp_path)}  # no cache from an earlier run helps it
    result = subprocess.run(
        [sys.executable, str(GUARD), str(attempts), "run", str(sources), "--case",
         str(case_toml), "--out", str(tmp_path / "pack"), "--accept-suggestions"],
        capture_output=True, text=True, env=env, timeout=600,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "pack" / "manifest.json").exists()
    assert not attempts.exists(), attempts.read_text()


def test_the_guard_catches_an_attempt(tmp_path):
    """So the test above cannot pass by guarding nothing."""
    attempts = tmp_path / "attempts.log"
    code = (
        f"import sys; sys.path.insert(0, {str(DATA)!r})\n"
        f"from no_network import block; block({str(attempts)!r})\n"
        "import urllib.request\n"
        "try:\n    urllib.request.urlopen('http://example.com', timeout=5)\n"
        "except OSError as e:\n    print(e)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60)
    assert "network blocked by the test" in result.stdout, result.stderr
    assert attempts.read_text().strip()
