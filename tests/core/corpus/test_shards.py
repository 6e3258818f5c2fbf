"""Dask over JSONL shards: the workers read their byte ranges and write their parts themselves.

Real shards in a temporary folder, a real LocalCluster of worker processes (they, not this
process, open the shards and write OUT), and the single-process run as the reference.
"""

from __future__ import annotations

import io
import json
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from core.corpus.extract import run
from core.corpus.shards import Block, blocks_of, extract_block, list_shards
from tests.core.corpus.test_batch import article_text, write_jsonl
from tests.core.corpus.test_extract import newsreader

distributed = pytest.importorskip("distributed")
psutil = pytest.importorskip("psutil")  # a dependency of distributed

# Smaller than a few lines, and not a multiple of any: blocks start and end inside lines.
BLOCKSIZE = "700"


@pytest.fixture(scope="module")
def scheduler():
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        yield cluster.scheduler_address


def rows(prefix: str, n: int, start: int = 0) -> list[dict | str]:
    return [
        {"id": f"{prefix}{i}", "text": article_text(start + i), "title": f"{prefix} {i}"}
        for i in range(n)
    ]


@pytest.fixture
def shards(tmp_path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    write_jsonl(folder / "s0.jsonl", rows("a", 5))
    write_jsonl(folder / "s1.jsonl", [*rows("b", 2, 5), "   ", *rows("c", 4, 7)])  # a blank line
    (folder / "s2.jsonl").write_bytes(b"")  # an empty shard still has its (empty) part
    write_jsonl(folder / "s3.jsonl", rows("d", 3, 11))
    return folder


def single_process(*paths: Path) -> tuple[int, str, set[str]]:
    """The reference: exit code, output and stderr lines of the one-process run."""
    out, err = io.StringIO(), io.StringIO()
    saved, sys.stderr = sys.stderr, err
    try:
        code = run([str(p) for p in paths], out=out)
    finally:
        sys.stderr = saved
    return code, out.getvalue(), messages(err.getvalue())


def messages(stderr: str) -> set[str]:
    return {line.removeprefix("newsreader: ") for line in stderr.splitlines()}


def parts(out: Path) -> list[Path]:
    return sorted(out.glob("part-*.jsonl"))


def cat(out: Path) -> str:
    return "".join(p.read_text(encoding="utf-8") for p in parts(out))


def ids(text: str) -> list[str]:
    return [json.loads(line)["article"]["source"] for line in text.splitlines()]


def test_each_part_is_one_block_and_their_concatenation_is_the_single_process_run(
    tmp_path, shards, scheduler, capsys
):
    out = tmp_path / "out"
    glob = str(shards / "*.jsonl")
    code = run([glob, "--scheduler", scheduler, "--blocksize", BLOCKSIZE, "-o", str(out)])
    assert code == 0, capsys.readouterr().err
    files = sorted(shards.glob("*.jsonl"))
    ref_code, reference, _ = single_process(*files)
    assert ref_code == 0
    assert cat(out) == reference
    assert len(ids(reference)) == 14
    # Part N holds exactly the lines that start in block N, in their order.
    blocks = blocks_of(list_shards(glob)[0], int(BLOCKSIZE))
    assert [p.name for p in parts(out)] == [f"part-{n:05d}.jsonl" for n in range(len(blocks))]
    for block, part in zip(blocks, parts(out), strict=True):
        data = Path(block.url).read_bytes()
        starts = [0, *[i + 1 for i, b in enumerate(data) if b == 0x0A][:-1]]
        expected = [
            json.loads(data[s : data.index(b"\n", s)])["id"]
            for s in starts
            if block.offset <= s < block.offset + block.length and data[s : s + 1] == b"{"
        ]
        assert ids(part.read_text(encoding="utf-8")) == expected
    assert not list(out.glob(".*.tmp"))
    # The folder of shards names the same shards, in the same order, in both modes.
    assert single_process(shards)[1] == reference
    capsys.readouterr()


def test_bad_lines_are_named_by_shard_and_line_and_the_rest_is_written(tmp_path, scheduler, capsys):
    folder = tmp_path / "corpus"
    folder.mkdir()
    good = write_jsonl(folder / "good.jsonl", rows("g", 3))
    bad = folder / "bad.jsonl"
    lines = [json.dumps(r) for r in rows("b", 8)]
    lines[5] = '{"id": "b5", "text": '  # cut off: line 6, several blocks into the shard
    lines[6] = json.dumps({"id": "b6", "text": 17})  # line 7: no text
    bad.write_bytes(
        b"".join(
            (line.encode() if i != 7 else b'{"id": "b7", "text": "caf\xe9"}') + b"\n"
            for i, line in enumerate(lines)  # line 8: Latin-1, not UTF-8
        )
    )
    missing = folder / "missing.jsonl"
    argv = [str(good), str(missing), str(bad)]
    out = tmp_path / "o"
    code = run([*argv, "--scheduler", scheduler, "--blocksize", BLOCKSIZE, "-o", str(out)])
    err = messages(capsys.readouterr().err)
    assert code == 1
    ref_code, reference, ref_err = single_process(good, missing, bad)
    assert ref_code == 1
    assert cat(out) == reference
    assert ids(reference) == ["g0", "g1", "g2", "b0", "b1", "b2", "b3", "b4"]
    # The same messages as the one-process run, naming the shard and the line.
    assert err == ref_err
    assert ref_err == {
        f"{missing}: cannot read (No such file or directory)",
        f"{bad}:6: not a JSON line (Expecting value at column 1)",
        f'b6: {bad}:7: no "text" string',
        f"{bad}:8: not valid UTF-8 (byte 25 of the line)",
    }


def test_a_shard_the_worker_cannot_open_writes_no_part(tmp_path):
    # A worker that does not see the storage the client listed: reported, nothing marked done.
    block = Block("gone.jsonl", str(tmp_path / "gone.jsonl"), 0, 100)
    (tmp_path / "out").mkdir()
    result = extract_block(block, str(tmp_path / "out"), 3)
    assert result.unreadable and result.unreadable.startswith("gone.jsonl: cannot read (")
    assert "the workers must see the shards" in result.unreadable
    assert not list((tmp_path / "out").iterdir())


def test_a_rerun_skips_finished_parts_and_redoes_the_rest(tmp_path, shards, scheduler, capsys):
    out = tmp_path / "out"
    argv = [str(shards), "--scheduler", scheduler, "--blocksize", BLOCKSIZE, "-o", str(out)]
    assert run(argv) == 0
    whole = cat(out)
    names = parts(out)
    assert len(names) >= 6
    # As a killed run leaves OUT: a part never renamed (its temporary file half written), a part
    # renamed whose record was lost with it, and the parts before them finished.
    names[2].unlink()
    (out / f".{names[2].name}.dead.tmp").write_text('{"article": {"sour', encoding="utf-8")
    (out / f".{names[4].stem}.json").unlink()
    inodes = {p.name: p.stat().st_ino for p in names if p.exists()}
    assert run(argv) == 0
    assert cat(out) == whole
    redone = {p.name for p in parts(out) if p.stat().st_ino != inodes.get(p.name)}
    assert redone == {names[2].name, names[4].name}
    assert not list(out.glob(".*.tmp"))
    # A changed shard no longer matches OUT's parts: refused, nothing touched.
    with (shards / "s3.jsonl").open("a", encoding="utf-8") as fh:
        fh.write("oops\n")
    capsys.readouterr()
    assert run(argv) == 2
    assert "holds the parts of other shards" in capsys.readouterr().err
    assert cat(out) == whole
    # Errors of a finished part are said again on every rerun, so the exit code stays 1.
    out2 = tmp_path / "out2"
    argv2 = [str(shards), "--scheduler", scheduler, "-o", str(out2)]
    assert run(argv2) == 1
    assert run(argv2) == 1
    err = capsys.readouterr().err
    assert err.count(f"{shards / 's3.jsonl'}:4: not a JSON line") == 2


def test_inputs_that_name_no_shard_stop_with_exit_2(tmp_path, capsys):
    nothing = str(tmp_path / "none" / "*.jsonl")
    assert run([nothing, "--engine", "dask", "-o", str(tmp_path / "o")]) == 2
    assert capsys.readouterr().err == f"newsreader: {nothing}: no JSONL shards match\n"
    assert run([nothing]) == 2  # the one-process run says the same
    assert capsys.readouterr().err == f"newsreader: {nothing}: no JSONL shards match\n"
    assert not (tmp_path / "o").exists()
    shard = write_jsonl(tmp_path / "s.jsonl", rows("a", 1))
    assert run([str(shard), "--engine", "dask", "--partition-size", "5", "-o", str(tmp_path)]) == 2
    assert "--blocksize" in capsys.readouterr().err
    assert run([str(shard), "--engine", "dask", "--blocksize", "lots", "-o", str(tmp_path)]) == 2
    assert "not a size" in capsys.readouterr().err
    # OUT made by a run that read its input here: its parts are not blocks of these shards.
    (tmp_path / "old").mkdir()
    (tmp_path / "old" / "part-00000.jsonl").write_text("", encoding="utf-8")
    assert run([str(shard), "--engine", "dask", "-o", str(tmp_path / "old")]) == 2
    assert "--read-here" in capsys.readouterr().err


def test_killing_the_client_midway_then_rerunning_writes_every_article_once(tmp_path, shards):
    # The user's command (its own LocalCluster), killed with SIGKILL once some parts are done.
    write_jsonl(shards / "s4.jsonl", rows("e", 30, 14))
    out = tmp_path / "out"
    argv = ["extract", str(shards), "--engine", "dask", "--jobs", "1", "--blocksize", "600"]
    exe = shutil.which("newsreader", path=str(Path(sys.executable).parent))
    assert exe
    proc = subprocess.Popen([exe, *argv, "-o", str(out)], stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 240
    while proc.poll() is None and len(parts(out)) < 3 and time.monotonic() < deadline:
        time.sleep(0.05)
    tree = psutil.Process(proc.pid).children(recursive=True) if proc.poll() is None else []
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    blocks = blocks_of(list_shards(str(shards))[0], 600)
    assert 3 <= len(parts(out)) < len(blocks)  # killed midway, not after the end
    # The cluster's processes end with their client rather than run on as orphans.
    _, alive = psutil.wait_procs(tree, timeout=60)
    for orphan in alive:
        orphan.kill()
    assert not alive
    result = newsreader(*argv, "-o", str(out))
    assert result.returncode == 0, result.stderr
    _, reference, _ = single_process(*sorted(shards.glob("*.jsonl")))
    assert cat(out) == reference
    assert len(ids(reference)) == len(set(ids(reference))) == 44
    assert not list(out.glob(".*.tmp"))


# ---- issue 19 on shards: a byte-order mark, ids repeated across shards, two runs at once -----


def test_a_shard_starting_with_a_bom_reads_its_first_record(tmp_path, scheduler, capsys):
    folder = tmp_path / "corpus"
    folder.mkdir()
    marked = folder / "marked.jsonl"
    write_jsonl(marked, rows("m", 3))
    marked.write_bytes(b"\xef\xbb\xbf" + marked.read_bytes())  # as some editors save UTF-8
    out = tmp_path / "out"
    code = run([str(marked), "--scheduler", scheduler, "--blocksize", BLOCKSIZE, "-o", str(out)])
    assert code == 0, capsys.readouterr().err
    assert ids(cat(out)) == ["m0", "m1", "m2"]
    assert cat(out) == single_process(marked)[1]
    capsys.readouterr()


def test_ids_repeated_across_shards_are_said_by_shard_and_line(tmp_path, scheduler, capsys):
    folder = tmp_path / "corpus"
    folder.mkdir()
    first = write_jsonl(folder / "s0.jsonl", rows("a", 4))
    again = rows("b", 5)
    again[3] = {**rows("a", 3)[2], "text": article_text(40)}  # a2 again, another article
    second = write_jsonl(folder / "s1.jsonl", again)
    out = tmp_path / "out"
    argv = [str(first), str(second), "--scheduler", scheduler, "--blocksize", BLOCKSIZE]
    assert run([*argv, "-o", str(out)]) == 0
    err = messages(capsys.readouterr().err)
    said = f"{second}:4: duplicate id 'a2' (first at {first}:3); both analyses are in OUT under it"
    assert err == {said}
    assert ids(cat(out)).count("a2") == 2  # nothing dropped
    # A rerun with every part done still says it.
    assert run([*argv, "-o", str(out)]) == 0
    assert messages(capsys.readouterr().err) == {said}


def test_a_second_run_on_the_same_folder_is_refused_naming_the_first(tmp_path, shards):
    write_jsonl(shards / "s4.jsonl", rows("e", 20, 14))
    out = tmp_path / "out"
    argv = ["extract", str(shards), "--engine", "dask", "--jobs", "1", "--blocksize", "600"]
    exe = shutil.which("newsreader", path=str(Path(sys.executable).parent))
    assert exe
    first = subprocess.Popen([exe, *argv, "-o", str(out)], stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 240
        while first.poll() is None and not parts(out) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert first.poll() is None, "the first run ended before the second could start"
        before = {p.name: p.read_bytes() for p in parts(out)}
        second = newsreader(*argv, "-o", str(out))
        assert second.returncode == 2, second.stderr
        assert second.stderr.count("\n") == 1
        assert f"another newsreader extract (pid {first.pid}) is writing it" in second.stderr
        assert all(out.joinpath(n).read_bytes() == b for n, b in before.items())  # untouched
    finally:
        first.wait(300)
    assert first.returncode == 0
    _, reference, _ = single_process(*sorted(shards.glob("*.jsonl")))
    assert cat(out) == reference  # every article once
    assert not (tmp_path / ".out.lock").exists()
