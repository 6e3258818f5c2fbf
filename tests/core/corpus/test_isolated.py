"""The reader's analysis process (core/corpus/isolated.py): the same analysis as in this
process; ended at once by stop(); an error, a killed child and a dead parent each end cleanly
(issue 19, item 3)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time

import pytest

from core.corpus.cache import ArticleTooLong, counts_for
from core.corpus.isolated import AnalysisProcess, AnalysisStopped
from core.model import Article

TEXT = (
    "Harbour Closes Early\n\n"
    "Mayor Ana Ruiz said on Monday that the old harbour would close at noon. "
    '"We cannot keep the ferries running in this wind," she told reporters.'
)


def _gone(pid: int, within: float) -> bool:
    """Whether process `pid` has ended within `within` seconds (a hang guard, not a timing)."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            with open(f"/proc/{pid}/stat") as stat:
                if stat.read().rsplit(")", 1)[1].split()[0] == "Z":
                    return True  # ended, not yet reaped by its parent
        except FileNotFoundError:
            return True
        time.sleep(0.05)
    return False


@pytest.fixture(scope="module")
def process():
    analyzer = AnalysisProcess(use_cache=False)
    yield analyzer
    analyzer.stop()


def test_the_child_gives_the_analysis_this_process_gives(process, nlp):
    from core.analyze import analyze

    article = Article(source="harbour.txt", text=TEXT, title="Harbour Closes Early")
    there = process(article)
    here = analyze(article, nlp)
    assert there.to_dict() == here.to_dict()
    assert there.quotes  # really analysed
    assert there.article is article  # the reader matches results to its article by identity
    assert process.pid is not None and process.pid != os.getpid()
    # The library counts what the reader analysed, here as when it ran in this process.
    assert counts_for("harbour.txt") is not None
    assert counts_for("harbour.txt").quotes == len(there.quotes)


def test_an_error_in_the_child_comes_back_as_itself(process):
    with pytest.raises(ArticleTooLong, match="more than the pipeline takes"):
        process(Article(source="long.txt", text="word " * 250_000))
    assert process(Article(source="again.txt", text=TEXT)).quotes  # and the child serves on


def test_stop_ends_a_running_analysis_at_once(process):
    # A long article: the parse takes far longer than this test waits for it.
    article = Article(source="long.txt", text="\n\n".join([TEXT] * 2500))
    process(Article(source="warm.txt", text=TEXT))  # the pipeline is loaded
    pid = process.pid
    assert pid is not None
    outcome: list[BaseException | object] = []

    def call() -> None:
        try:
            outcome.append(process(article))
        except BaseException as err:
            outcome.append(err)

    caller = threading.Thread(target=call)
    caller.start()
    time.sleep(1.0)  # well into the parse
    assert not outcome
    process.stop()
    caller.join(10)
    assert not caller.is_alive()
    assert isinstance(outcome[0], AnalysisStopped)
    assert "SIGKILL" in str(outcome[0])
    assert _gone(pid, within=5)
    # The next call starts another child.
    assert process(Article(source="after.txt", text=TEXT)).quotes
    assert process.pid not in (None, pid)


def test_a_child_killed_from_outside_mid_analysis_is_said_and_replaced(process):
    process(Article(source="warm.txt", text=TEXT))  # the pipeline is loaded
    pid = process.pid
    assert pid is not None
    outcome: list[BaseException | object] = []

    def call() -> None:
        try:
            outcome.append(process(Article(source="long.txt", text="\n\n".join([TEXT] * 2500))))
        except BaseException as err:
            outcome.append(err)

    caller = threading.Thread(target=call)
    caller.start()
    time.sleep(1.0)  # well into the parse
    os.kill(pid, signal.SIGKILL)  # as the out-of-memory killer would
    caller.join(10)
    assert isinstance(outcome[0], AnalysisStopped)
    assert "the analysis process was stopped (SIGKILL)" in str(outcome[0])
    # The next call starts another child.
    assert process(Article(source="y.txt", text=TEXT)).quotes
    assert process.pid not in (None, pid)


def test_a_changed_environment_gets_a_fresh_child(process, monkeypatch, tmp_path):
    process(Article(source="warm.txt", text=TEXT))
    before = process.pid
    monkeypatch.setenv("NEWSREADER_CACHE_DIR", str(tmp_path))
    process(Article(source="z.txt", text=TEXT))
    assert process.pid != before


def test_the_child_ends_when_its_parent_is_killed(tmp_path):
    # A parent that starts the child, says its pid, and is then killed outright.
    script = (
        "import sys, time\n"
        "from core.corpus.isolated import AnalysisProcess\n"
        "a = AnalysisProcess(use_cache=False)\n"
        "a.start()\n"
        "print(a.pid, flush=True)\n"
        "time.sleep(120)\n"
    )
    parent = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert parent.stdout is not None
    child = int(parent.stdout.readline())
    parent.kill()
    parent.wait()
    assert _gone(child, within=10)
