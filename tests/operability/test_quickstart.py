"""The README's quickstarts run verbatim against a live demo server."""
import os
import shutil
import subprocess
import sys

import pytest

from config import PROJECT_ROOT

EXAMPLES = PROJECT_ROOT / "examples"
pytestmark = pytest.mark.slow


def run(command, demo_server, **extra_env):
    env = {**os.environ, "BASE": demo_server.url, "CREDENTIALS": str(demo_server.credentials_path), **extra_env}
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def check_walk(out: str) -> None:
    assert "status submitted" in out
    assert "public security: accepted" in out
    assert "history: submitted → received → accepted" in out
    assert "by searching 消防通道" in out
    assert "access log:" in out


@pytest.mark.parametrize("json_reader", ["jq", "python3"])
def test_shell_quickstart(demo_server, json_reader):
    if json_reader == "jq" and not shutil.which("jq"):
        pytest.skip("jq is not installed")
    out = run(["bash", str(EXAMPLES / "quickstart.sh")], demo_server,
              JQ="jq" if json_reader == "jq" else "no-such-jq")
    check_walk(out)


def test_python_quickstart(demo_server):
    out = run([sys.executable, str(EXAMPLES / "quickstart.py")], demo_server)
    check_walk(out)
    assert "referrals.action.accept 200" in out


def test_the_shell_quickstart_stops_at_an_unexpected_status(demo_server, tmp_path):
    wrong = tmp_path / "credentials.json"
    wrong.write_text(demo_server.credentials_path.read_text().replace('"client_secret": "', '"client_secret": "x'))
    env = {**os.environ, "BASE": demo_server.url, "CREDENTIALS": str(wrong)}
    done = subprocess.run(["bash", str(EXAMPLES / "quickstart.sh")], env=env, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode != 0 and "POST /oauth/token: expected 200, got 401" in done.stderr


def test_sample_pdf_is_a_pdf():
    data = (EXAMPLES / "sample.pdf").read_bytes()
    assert data.startswith(b"%PDF-1.") and data.rstrip().endswith(b"%%EOF") and len(data) < 4096
