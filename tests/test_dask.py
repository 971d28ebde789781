"""--dask (issue 13 item 4): split, stats and convert-traditional on a Dask cluster give the
output of a local run. The cluster is a LocalCluster of 2 worker processes, started once; the
inputs are cut into many small partitions so that issue runs and batches straddle them.
The tests that need a cluster are marked slow (a cluster starts in seconds, and counting
words on it in so many small partitions takes seconds more): `-m slow` runs them, as CI does."""

from __future__ import annotations

import shutil
import subprocess
import sys

import orjson
import pytest

import newscli.distributed

from conftest import FIXTURES, SAMPLE, run, shell

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0", silence_logs=40
    ) as local:
        yield local.scheduler_address


@pytest.fixture
def small_partitions(monkeypatch):
    monkeypatch.setattr(newscli.distributed, "PARTITION_SIZE", 3000)
    monkeypatch.setattr(newscli.distributed, "MIN_PARTITION", 1000)
    monkeypatch.setattr(newscli.distributed, "INLINE_RECORDS", 7)


@pytest.fixture(scope="module")
def issues(tmp_path_factory):
    """A folder of raw issues (every fixture, four times) and a record file of them."""
    folder = tmp_path_factory.mktemp("dask") / "issues"
    folder.mkdir()
    for copy in range(4):
        for path in sorted(FIXTURES.glob("*.txt")):
            shutil.copy(path, folder / f"{copy}_{path.name}")
    records = run("split", folder)
    assert records.code == 0, records.stderr
    path = folder.parent / "records.jsonl"
    path.write_bytes(records.stdout)
    return folder, path


@pytest.mark.slow
def test_split_on_the_cluster_is_a_local_split(cluster, issues, small_partitions):
    folder, records = issues
    local = run("split", "-j", "1", folder, records)
    remote = run("split", "--dask", cluster, folder, records)
    assert remote.code == 0, remote.stderr
    assert remote.stdout == local.stdout


@pytest.mark.slow
def test_outdir_parts_join_to_the_local_output(cluster, issues, small_partitions, tmp_path):
    folder, _ = issues
    outdir = tmp_path / "parts"
    done = run("split", "--dask", cluster, "--outdir", outdir, folder)
    assert done.code == 0 and done.stdout == b"", done.stderr
    parts = sorted(outdir.glob("part-*.jsonl"))
    assert len(parts) >= 3
    assert b"".join(p.read_bytes() for p in parts) == run("split", folder).stdout
    again = run("split", "--dask", cluster, "--outdir", outdir, folder)
    assert again.code == 2 and "already holds part" in again.stderr


@pytest.mark.slow
@pytest.mark.parametrize(
    "by",
    [[], ["--by", "issue"], ["--by", "kind"], ["--by", "record"], ["--kind", "article"]],
    ids=str,
)
def test_stats_on_the_cluster_are_the_local_figures(by, cluster, issues, small_partitions):
    _, records = issues
    local = local_stats(*by, records)
    remote = run("stats", "-f", "json", "--dask", cluster, *by, records)
    assert remote.code == 0, remote.stderr
    assert orjson.loads(remote.stdout) == orjson.loads(local)
    assert remote.stdout == local


def local_stats(*args) -> bytes:
    code, stdout, stderr = local("stats", "-f", "json", *args)
    assert code == 0, stderr
    return stdout


def local(*args) -> tuple[int, bytes, str]:
    """A local run in a process of its own (jieba's dictionary is the process's: a user
    dictionary an earlier in-process test loaded would count here, not on the workers)."""
    done = shell("set +e; newscli " + " ".join(f"'{a}'" for a in args))
    return done.returncode, done.stdout, done.stderr.decode()


@pytest.mark.slow
def test_stats_of_raw_issues_and_standard_input(cluster, issues, small_partitions):
    folder, records = issues
    assert run("stats", "-f", "json", "--dask", cluster, folder).stdout == local_stats(folder)
    data = records.read_bytes()
    piped = shell(f"newscli stats -f json - < '{records}'")
    assert run("stats", "-f", "json", "--dask", cluster, input=data).stdout == piped.stdout


@pytest.mark.slow
def test_convert_on_the_cluster_with_report_and_phrases(
    cluster, issues, small_partitions, tmp_path
):
    _, records = issues
    phrases = tmp_path / "phrases.tsv"
    phrases.write_text("太原\t太原市\n", encoding="utf-8")
    args = ["--to", "tw", "--dict", phrases]
    local = run("convert-traditional", *args, "--report-file", tmp_path / "one.json", records)
    remote = run(
        "convert-traditional",
        *args,
        "--report-file",
        tmp_path / "two.json",
        "--dask",
        cluster,
        records,
    )
    assert remote.code == 0, remote.stderr
    assert remote.stdout == local.stdout
    assert (tmp_path / "two.json").read_bytes() == (tmp_path / "one.json").read_bytes()
    twice = run(
        "convert-traditional", "--dask", cluster, input=local.stdout
    )  # already traditional: a note
    assert (
        twice.stdout == local.stdout
        and twice.stderr == run("convert-traditional", input=local.stdout).stderr
    )


@pytest.mark.slow
def test_a_bad_line_is_named_as_locally(cluster, issues, small_partitions, tmp_path):
    _, records = issues
    lines = records.read_bytes().splitlines(keepends=True)
    assert len(lines) > 30
    lines[20] = b'{"id": "x", "paragraphs": "no list"}\n'
    lines[37] = b"{not json}\n"
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(b"".join(lines))
    for command in (["split"], ["stats", "-f", "json"], ["convert-traditional"]):
        remote = run(*command, "--dask", cluster, bad)
        assert (remote.code, remote.stdout, remote.stderr) == local(*command, bad)
        assert f"{bad}:21:" in remote.stderr
        remote = run(*command, "--skip-invalid", "--dask", cluster, bad)
        assert (remote.code, remote.stdout, remote.stderr) == local(*command, "--skip-invalid", bad)
        assert f"{bad}:21, {bad}:38" in remote.stderr


@pytest.mark.slow
def test_dask_local_starts_a_cluster_of_its_own(tmp_path):
    assert run("split", "--dask", "local", SAMPLE).stdout == run("split", SAMPLE).stdout


def test_no_scheduler_is_one_line(monkeypatch):
    monkeypatch.setattr(newscli.distributed, "CONNECT_TIMEOUT", "0.5s")
    result = run("split", "--dask", "tcp://127.0.0.1:9", SAMPLE)
    assert (
        result.code == 2
        and result.stderr.startswith("newscli: error: --dask: cannot reach")
        and result.stderr.count("\n") == 1
    )


def test_without_the_extra_a_one_line_hint(monkeypatch):
    monkeypatch.setitem(sys.modules, "dask.distributed", None)  # import fails as if not installed
    result = run("stats", "--dask", "local", SAMPLE)
    assert (result.code, result.stderr) == (
        2,
        "newscli: error: --dask needs Dask: pip install 'newscli[dask]'\n",
    )


def test_outdir_needs_dask():
    assert (
        run("split", "--outdir", "x", SAMPLE).stderr
        == "newscli: error: --outdir goes with --dask (the workers write the files)\n"
    )


def test_dask_is_imported_only_by_a_dask_run():
    code = "import sys; from newscli.cli.app import main; main(['split', '--help']); print(sorted(m for m in sys.modules if m.startswith(('dask', 'distributed'))))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stdout.rstrip().endswith("[]"), done.stdout[-300:]
