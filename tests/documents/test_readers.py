"""Reading articles: formats, sidecars, and a clear error for each bad input."""

from __future__ import annotations

import gzip
import io
import json
from datetime import date
from pathlib import Path

import pytest

from sanctionwatch.documents.readers import read_articles, safe_stem
from sanctionwatch.exc import InputError
from sanctionwatch.model import Article
from tests.conftest import CORPUS

TEXT = "The Treasury on Monday designated three shipping firms for moving Iranian oil.\n"


def _read(*paths: object, **kw: object) -> tuple[list[Article], list[InputError]]:
    items = list(read_articles([str(p) for p in paths], **kw))  # type: ignore[arg-type]
    arts = [i for i in items if isinstance(i, Article)]
    errs = [i for i in items if isinstance(i, InputError)]
    return arts, errs


def test_txt_with_sidecar(tmp_path: Path) -> None:
    (tmp_path / "a1.txt").write_text(TEXT)
    meta = {"title": "T", "published": "2024-05-16", "url": "https://example.org/x"}
    (tmp_path / "a1.meta.json").write_text(json.dumps(meta))
    (tmp_path / "a1.gold.json").write_text("{}")  # not an article
    arts, errs = _read(tmp_path)
    assert errs == []
    assert [a.id for a in arts] == ["a1"]
    assert arts[0].published == date(2024, 5, 16)
    assert arts[0].source == "example.org"
    assert arts[0].text == TEXT


def test_directories_are_read_recursively(tmp_path: Path) -> None:
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "sub" / "deeper" / "b.txt").write_text(TEXT)
    (tmp_path / "notes.md").write_text("not an article")
    arts, errs = _read(tmp_path)
    assert [a.id for a in arts] == ["b"] and errs == []


def test_jsonl_streams_lines_with_ids_and_reports_bad_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "x/1", "text": TEXT, "title": "One", "published": "2024-01-12"}),
        "{not json",
        json.dumps({"text": TEXT + " again"}),
        json.dumps({"title": "no text"}),
    ]
    path = tmp_path / "feed.jsonl.gz"
    with gzip.open(path, "wt") as fh:
        fh.write("\n".join(lines) + "\n")
    arts, errs = _read(path)
    assert [a.id for a in arts] == ["x_1", "feed-3"]
    assert arts[0].published == date(2024, 1, 12)
    assert [e.where for e in errs] == [f"{path}:2", f"{path}:4"]
    assert "malformed JSON" in errs[0].message
    assert "no 'text'" in errs[1].message


def test_html_main_text(tmp_path: Path) -> None:
    body = "<p>" + TEXT * 3 + "</p>"
    html = (
        "<html><head><title>Oil</title></head>"
        f"<body><nav>Home</nav><article>{body}</article></body></html>"
    )
    (tmp_path / "p.html").write_text(html)
    arts, errs = _read(tmp_path / "p.html")
    assert errs == []
    assert "designated three shipping firms" in arts[0].text
    assert "<p>" not in arts[0].text


def test_html_of_scripts_only_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "s.html").write_text(
        "<html><head><script>var x=1;</script></head><body><script>go()</script></body></html>"
    )
    arts, errs = _read(tmp_path / "s.html")
    assert arts == [] and "no article text" in errs[0].message


@pytest.mark.parametrize(
    ("data", "needle"),
    [
        (TEXT.encode("cp1252").replace(b"oil", b"\x93oil\x94"), "\u201coil\u201d"),
        ("Caf\u00e9 owners sanctioned\n".encode("latin-1"), "Caf\u00e9"),
        (TEXT.encode("utf-16"), "shipping firms"),
    ],
    ids=["cp1252", "latin-1", "utf-16-bom"],
)
def test_other_encodings_are_decoded(tmp_path: Path, data: bytes, needle: str) -> None:
    (tmp_path / "e.txt").write_bytes(data)
    arts, errs = _read(tmp_path / "e.txt")
    assert errs == [] and needle in arts[0].text


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n", "empty file"),
        ("bin.txt", bytes(range(256)) * 10, "binary"),
    ],
)
def test_bad_files_give_one_clear_error(
    tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    (tmp_path / name).write_bytes(data)
    (tmp_path / "good.txt").write_text(TEXT)
    arts, errs = _read(tmp_path / name, tmp_path / "good.txt")
    assert [a.id for a in arts] == ["good"]  # the batch goes on
    assert len(errs) == 1 and errs[0].where == str(tmp_path / name) and message in errs[0].message


def test_oversized_file_is_refused_without_reading_it_whole(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_bytes(b"sanctions " * 6_000_000)  # 60 MB
    arts, errs = _read(tmp_path / "big.txt")
    assert (
        arts == [] and "larger than" in errs[0].message and "MAX_ARTICLE_BYTES" in errs[0].message
    )


def test_the_size_limit_counts_what_a_gz_unpacks_to(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # SECURITY.md: articles over SANCTIONWATCH_MAX_ARTICLE_BYTES, also unpacked from .gz,
    # are refused. 200 KB of text packs into well under the 50 KB limit set here.
    monkeypatch.setenv("SANCTIONWATCH_MAX_ARTICLE_BYTES", "50000")
    packed = gzip.compress(b"sanctions " * 20_000)
    assert len(packed) < 50_000
    (tmp_path / "bomb.txt.gz").write_bytes(packed)
    (tmp_path / "small.txt.gz").write_bytes(gzip.compress(TEXT.encode("utf-8")))
    arts, errs = _read(tmp_path / "bomb.txt.gz", tmp_path / "small.txt.gz")
    assert [a.id for a in arts] == ["small"]
    assert len(errs) == 1 and errs[0].where.endswith("bomb.txt.gz")
    assert "larger than 50,000 bytes" in errs[0].message


def test_missing_and_unsupported_paths(tmp_path: Path) -> None:
    (tmp_path / "x.pdf").write_bytes(b"%PDF-1.4")
    arts, errs = _read(tmp_path / "nope.txt", tmp_path / "x.pdf")
    assert arts == []
    assert "no such file" in errs[0].message
    assert "not an article file" in errs[1].message


def test_stdin_text_and_jsonl() -> None:
    arts, errs = _read("-", stdin=io.BytesIO(TEXT.encode()))
    assert [a.id for a in arts] == ["stdin"] and errs == []
    feed = (json.dumps({"id": "s1", "text": TEXT}) + "\n").encode()
    arts, _ = _read("-", stdin=io.BytesIO(feed))
    assert [a.id for a in arts] == ["s1"]


def test_bad_sidecar_date_is_dropped_not_fatal(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "d.txt").write_text(TEXT)
    (tmp_path / "d.meta.json").write_text(json.dumps({"published": "last Tuesday"}))
    arts, errs = _read(tmp_path)
    assert errs == [] and arts[0].published is None
    assert "not an ISO date" in caplog.text


def test_shared_corpus_reads_every_article(shared: Path) -> None:
    arts, errs = _read(CORPUS)
    assert errs == []
    assert len(arts) == len(list(CORPUS.rglob("*.gold.json")))
    dev2 = next(a for a in arts if a.id == "dev-02")
    assert dev2.published == date(2024, 12, 17) and dev2.source == "koreaherald.com"


def test_safe_stem() -> None:
    assert safe_stem("../../etc/passwd") == "etc_passwd"
    assert safe_stem("dev-01") == "dev-01"
