import pytest

from core.sources.files import ArticleError, expand_paths, read_article, seed_paths


def test_the_seed_is_bundled():
    assert [p.name for p in seed_paths()] == ["2023-04-27-xi-zelensky-call.txt"]


def test_reads_utf8_and_drops_a_bom(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes("\ufeffHeadline\n\nBody “quoted”.".encode())
    article = read_article(p)
    assert article.text == "Headline\n\nBody “quoted”."
    assert article.title == "Headline"
    assert article.source == str(p)


@pytest.mark.parametrize(
    ("data", "needle"),
    [(b"   \n\n", "empty"), (b"ab\x00cd", "binary"), (b"\xff\xfe\xfa", "UTF-8")],
)
def test_unreadable_input_gives_a_one_line_message(tmp_path, data, needle):
    p = tmp_path / "x.txt"
    p.write_bytes(data)
    with pytest.raises(ArticleError, match=needle) as info:
        read_article(p)
    assert "\n" not in str(info.value)


def test_huge_files_are_refused_before_reading(tmp_path):
    p = tmp_path / "big.txt"
    p.write_bytes(b"a" * 2000)
    with pytest.raises(ArticleError, match="too large"):
        read_article(p, max_bytes=1000)


def test_folder_and_missing_file(tmp_path):
    with pytest.raises(ArticleError, match="folder"):
        read_article(tmp_path)
    with pytest.raises(ArticleError, match="no such file"):
        read_article(tmp_path / "nope.txt")
    assert expand_paths([str(tmp_path)]) == []
