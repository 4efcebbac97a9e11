"""`make run HOST=… PORT=…` reaches the server, and `serve` gives the workers an empty metrics folder."""
import subprocess
from pathlib import Path

from config import PROJECT_ROOT
from referral_service.serving import prepare_metrics_dir


def test_make_run_passes_host_and_port_to_the_demo():
    done = subprocess.run(["make", "-n", "run", "HOST=0.0.0.0", "PORT=18799"], cwd=PROJECT_ROOT,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert ".venv/bin/referral-service demo --host 0.0.0.0 --port 18799" in done.stdout


def test_a_given_metrics_folder_is_emptied_of_old_counts(tmp_path, monkeypatch):
    folder = tmp_path / "metrics"
    folder.mkdir()
    (folder / "counter_1234.db").write_bytes(b"stale")
    monkeypatch.setenv("PROMETHEUS_MULTIPROC_DIR", str(folder))
    assert prepare_metrics_dir() == str(folder)
    assert list(folder.iterdir()) == []


def test_without_one_a_fresh_temporary_folder_is_made(monkeypatch):
    monkeypatch.setenv("PROMETHEUS_MULTIPROC_DIR", "")  # empty is unset; monkeypatch restores the original
    folder = Path(prepare_metrics_dir())
    try:
        assert folder.is_dir() and list(folder.iterdir()) == []
    finally:
        folder.rmdir()
