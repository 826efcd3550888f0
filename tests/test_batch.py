"""`batch` on a Dask LocalCluster (in this process, one worker): the batch directory reads back as the records of a
local run, is reused on a second run, keeps what was written when a partition fails, and refuses what it must."""
from __future__ import annotations

import io
import json
import logging
import sys

import pytest
from distributed import Client, LocalCluster

from newsfigures import batch
from newsfigures.cli import main
from newsfigures.ingest import load_path

from conftest import DATA, SEED_A, SHARED


@pytest.fixture(scope="module")
def scheduler():
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=":0",
                      silence_logs=logging.ERROR) as cluster:
        yield cluster.scheduler_address


def run(argv):
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def _paths() -> list[str]:
    """The seeds, and a small current-events thread when ../shared is present: a handful of articles."""
    thread = SHARED / "corpora" / "current-events" / "myanmar_earthquake_2025"
    return [str(DATA)] + ([str(thread)] if thread.exists() else [])


def test_batch_records_identical_to_a_local_extract(scheduler, tmp_path):
    out = tmp_path / "batch"
    code, _, err = run(["batch", *_paths(), "--out", str(out), "--scheduler", scheduler, "--partition", "2"])
    assert code == 0, err
    n = len(load_path(*_paths())[0])
    assert err.splitlines()[-1] == f"newsfigures: {n} articles: {n} extracted, 0 reused from the store"
    assert len(list((out / "figures").glob("*.parquet"))) == len(list((out / "articles").glob("*.parquet"))) == -(-n // 2)
    code, local, err_local = run(["extract", *_paths(), "--no-store"])
    assert code == 0, err_local
    code, stored, err = run(["extract", "--store", str(out)])
    assert code == 0, err
    assert err.splitlines()[-1] == f"newsfigures: {n} articles: 0 extracted, {n} reused from the store"
    assert [json.loads(line) for line in stored.splitlines()] == [json.loads(line) for line in local.splitlines()]
    assert len(local.splitlines()) > 10


def test_batch_reuses_what_the_directory_holds(scheduler, tmp_path):
    out = str(tmp_path / "batch")
    assert run(["batch", str(SEED_A), "--out", out, "--scheduler", scheduler])[0] == 0
    code, _, err = run(["batch", str(DATA), "--out", out, "--scheduler", scheduler])
    assert code == 0, err
    assert err.splitlines()[-1] == "newsfigures: 2 articles: 1 extracted, 1 reused from the store"
    code, metrics_out, err = run(["metrics", "--store", out])
    assert code == 0 and "soldiers killed" in metrics_out, err


def test_batch_failed_partition_keeps_the_others(scheduler, tmp_path, monkeypatch):
    arts = load_path(DATA)[0]
    real = batch.extract_many

    def failing(articles, nlp, workers=None):
        if any(a.id == arts[1].id for a in articles):
            raise RuntimeError("worker lost")
        return real(articles, nlp, workers=workers)

    monkeypatch.setattr(batch, "extract_many", failing)  # the in-process worker runs this module's function
    with Client(scheduler) as client:
        with pytest.raises(batch.BatchError, match=r"1 of 2 partition\(s\) failed.*worker lost.*the 1 written are kept"):
            batch.run_batch(arts, tmp_path / "b", client, partition=1)
        monkeypatch.setattr(batch, "extract_many", real)
        again = batch.run_batch(arts, tmp_path / "b", client, partition=1)
    assert (again.extracted, again.reused, again.partitions) == (1, 1, 1)


def test_batch_refuses_a_folder_that_is_not_a_batch_directory(scheduler, tmp_path):
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    code, _, err = run(["batch", str(SEED_A), "--out", str(tmp_path), "--scheduler", scheduler])
    assert code == 2
    assert f"{tmp_path} exists and is not a batch directory" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_batch_unreachable_scheduler_is_named(tmp_path, monkeypatch):
    monkeypatch.setattr(batch, "CONNECT_TIMEOUT", 1)
    code, _, err = run(["batch", str(SEED_A), "--out", str(tmp_path / "b"), "--scheduler", "tcp://127.0.0.1:9"])
    assert code == 2
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in err
    assert not (tmp_path / "b").exists()


def test_batch_without_dask_says_how_to_install_it(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed now fails as when not installed
    code, _, err = run(["batch", str(SEED_A), "--out", str(tmp_path / "b"), "--workers", "1"])
    assert code == 2
    assert "batch needs Dask: pip install 'dask[distributed]'" in err


@pytest.mark.parametrize("argv, message", [
    (["batch", str(SEED_A), "--out", "x", "--workers", "2", "--scheduler", "tcp://h:8786"], "not allowed with argument"),
    (["batch", str(SEED_A), "--out", "x", "--partition", "0"], "expected a whole number of at least 1"),
])
def test_batch_options_are_checked(argv, message, capsys):
    with pytest.raises(SystemExit):
        main(argv)
    assert message in capsys.readouterr().err


def test_batch_app_and_cli_import_without_dask():
    import subprocess

    code = ("import sys; sys.modules['dask'] = sys.modules['distributed'] = None\n"
            "import newsfigures.app, newsfigures.cli, newsfigures.batch\n"
            "assert 'distributed' not in [m for m in sys.modules if sys.modules[m] is not None]\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=str(DATA.parent), capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
