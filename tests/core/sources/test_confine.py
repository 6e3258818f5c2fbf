"""Confinement.check: a shared reader opens only what is inside its collection."""

from __future__ import annotations

import os

import pytest

from core.sources.confine import Confinement
from core.sources.resolve import Entry, SourceError, list_folder

TEXT = "The harbour board said on Monday that the ferry would sail again in June.\n"


@pytest.fixture
def shared(tmp_path):
    root = tmp_path / "desk"
    (root / "inner").mkdir(parents=True)
    (root / "a.txt").write_text(TEXT, encoding="utf-8")
    (root / "inner" / "b.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "secret.txt").write_text("not for the desk\n", encoding="utf-8")
    return root


@pytest.mark.parametrize(
    "value",
    [
        "/etc/passwd",
        "../secret.txt",
        "inner/../../secret.txt",
        "file:///etc/passwd",
        "FILE:/etc/passwd",
        "-",
        "~/secret.txt",
        "https://example.org/story",
    ],
)
def test_outside_or_not_a_file_is_refused(shared, value):
    with pytest.raises(SourceError) as err:
        Confinement.of(str(shared)).check(value)
    assert "\n" not in str(err.value) and value.strip() in str(err.value)


def test_inside_paths_are_opened_resolved(shared):
    c = Confinement.of(str(shared))
    assert c.check("a.txt") == str(shared / "a.txt")
    assert c.check("inner/../inner/b.txt") == str(shared / "inner" / "b.txt")
    assert c.check(str(shared / "a.txt")) == str(shared / "a.txt")  # absolute, but inside
    assert c.check("inner") == str(shared / "inner")


def test_a_symlink_out_is_refused_and_one_inside_is_not(shared, tmp_path):
    os.symlink(tmp_path / "secret.txt", shared / "out.txt")
    os.symlink(shared / "a.txt", shared / "alias.txt")
    c = Confinement.of(str(shared))
    with pytest.raises(SourceError, match="outside the shared collection"):
        c.check("out.txt")
    assert c.check("alias.txt") == str(shared / "a.txt")
    # The folder's listing drops the link out and keeps the rest.
    kept = c.confine(list_folder(shared), web=False)
    assert sorted(os.path.basename(e.source) for e in kept.entries) == ["a.txt", "alias.txt"]


def test_a_file_root_opens_only_itself(shared):
    c = Confinement.of(str(shared / "a.txt"))
    assert c.check("a.txt") == str(shared / "a.txt")
    with pytest.raises(SourceError):
        c.check("inner/b.txt")  # a sibling of the served file is not in the collection


def test_web_addresses_only_when_allowed(shared):
    assert Confinement.of(str(shared), allow_web=True).check(" https://example.org/s ") == (
        "https://example.org/s"
    )
    with pytest.raises(SourceError, match="--allow-web"):
        Confinement.of(str(shared)).check("http://127.0.0.1:1/")
    web = Entry(source="https://example.org/s", kind="url")
    assert not Confinement.of(str(shared)).keeps(web, web=False)
    assert Confinement.of(str(shared)).keeps(web, web=True)


def test_a_web_feed_root_opens_no_files():
    c = Confinement.of("https://example.org/feed.xml")
    with pytest.raises(SourceError, match="web feed"):
        c.check("a.txt")
