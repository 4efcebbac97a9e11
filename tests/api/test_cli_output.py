"""The command line for people and for programs: --version, --json, progress and a summary on a terminal."""
import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

BIN = Path(sys.executable).with_name("referral-service")


def environment(settings) -> dict:
    return {**os.environ, "REFERRAL_DATABASE_URL": settings.database_url,
            "REFERRAL_INSTANCE_PATH": str(settings.instance_path), "COLUMNS": "120"}


def on_terminal(settings, *args) -> tuple[int, str]:
    """Run with stdout and stderr on a pseudo-terminal, as a person at a shell does."""
    controller, terminal = pty.openpty()
    process = subprocess.Popen([str(BIN), *args], env=environment(settings), stdout=terminal, stderr=terminal,
                               stdin=subprocess.DEVNULL)
    os.close(terminal)
    chunks = []
    while True:
        try:
            chunk = os.read(controller, 4096)
        except OSError:  # the terminal closes when the process exits
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(controller)
    return process.wait(timeout=120), b"".join(chunks).decode()


def test_version(settings):
    done = subprocess.run([str(BIN), "--version"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.strip() == "referral-service, version 0.1.0"


@pytest.mark.slow
def test_verify_shows_progress_and_a_summary_on_a_terminal(app, client, settings, token_for):
    token_for("HD-ZFJD")  # a few access-log entries
    status, out = on_terminal(settings, "audit", "verify")
    assert status == 0
    assert "verifying the access log" in out
    assert out.strip().splitlines()[-1].startswith("access log intact: ")

    status, out = on_terminal(settings, "--json", "audit", "verify")
    assert status == 0 and "verifying" not in out
    assert json.loads(out.strip())["ok"] is True


def test_programs_get_json_when_stdout_is_not_a_terminal(app, settings, token_for):
    token_for("HD-ZFJD")
    done = subprocess.run([str(BIN), "audit", "verify"], env=environment(settings), capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0 and done.stderr == ""
    verdict = json.loads(done.stdout)
    assert verdict["ok"] is True and verdict["checked"] == 1  # the one token request


def test_refused_input_exits_2(app, settings):
    done = subprocess.run([str(BIN), "audit", "archive", "--before", "2999-01-01", "--to", "x.gz"],
                          env=environment(settings), capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and "retention period" in done.stderr
