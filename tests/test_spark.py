"""Spark jobs give what the single-process commands give, record for record (local mode)."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from sanctionwatch.batch import run_extract
from sanctionwatch.exc import SanctionWatchError
from sanctionwatch.lists import read_list
from sanctionwatch.screenfile import screen_file
from sanctionwatch.served import load_served
from sanctionwatch.store import get_engine
from sanctionwatch.store.lists import ListVersionInfo, store_list_version
from tests.conftest import CORPUS, EXAMPLES, LISTS

pytest.importorskip("pyspark", reason="the `spark` extra is not installed")

from sanctionwatch import sparkjobs


@pytest.fixture(scope="module", autouse=True)
def _one_session() -> Any:
    spark = sparkjobs.session("local[2]")
    yield spark
    spark.stop()


def _corpus_records() -> list[dict[str, Any]]:
    out = []
    for path in sorted((CORPUS / "dev").glob("*.txt")):
        out.append({"id": path.stem, "text": path.read_text(encoding="utf-8")})
    return out


@pytest.fixture(scope="module")
def articles(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Example articles, a JSON lines file long enough to be sliced, and bad items."""
    folder = tmp_path_factory.mktemp("articles")
    records = _corpus_records()[:15]
    lines = [json.dumps(r) for r in records * 2]
    lines.insert(7, "{not json")
    lines.insert(25, json.dumps({"title": "no text"}))
    (folder / "many.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    return folder


def _extract_lines(paths: list[str]) -> tuple[list[str], list[tuple[str, str]]]:
    lines: list[str] = []
    errors: list[tuple[str, str]] = []
    run_extract(
        paths, None, write_line=lines.append, on_error=lambda e: errors.append((e.where, e.message))
    )
    return lines, errors


def test_spark_extract_gives_the_reports_of_extract(
    articles: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sparkjobs, "JSONL_SLICE", 6)  # the JSON lines file in 6 slices
    paths = [str(EXAMPLES / "news"), str(articles)]
    units = sparkjobs.plan_units(paths)
    assert sum(u.path.endswith("many.jsonl") for u in units) == 6  # 32 lines in slices of 6
    expected, expected_errors = _extract_lines(paths)
    assert len(expected) > 30 and len(expected_errors) == 3
    out = tmp_path / "reports.jsonl"
    result = sparkjobs.spark_extract(paths, out, master="local[2]", partitions=5)
    assert out.read_text(encoding="utf-8").splitlines() == expected  # same reports, same order
    assert sorted((e.where, e.message) for e in result.errors) == sorted(expected_errors)
    assert result.items == len(expected)


def test_slices_seek_to_their_lines_as_extract_counts_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A slice starts at its byte offset: lines over the size limit, blank lines and a
    last line without a newline are numbered (and reported) as `extract` numbers them."""
    monkeypatch.setattr(sparkjobs, "JSONL_SLICE", 4)
    monkeypatch.setenv("SANCTIONWATCH_MAX_ARTICLE_BYTES", "6000")
    records = [r for r in _corpus_records() if len(r["text"]) < 5000][:10]
    lines = [json.dumps(r) for r in records]
    lines.insert(5, json.dumps({"id": "long", "text": "word " * 2000}))  # over the limit
    lines.insert(9, "")
    src = tmp_path / "sliced.jsonl"
    src.write_text("\n".join(lines), encoding="utf-8")  # no newline after the last line
    units = sparkjobs.plan_units([str(src)])
    assert [(u.first, u.last) for u in units] == [(1, 4), (5, 8), (9, 12)]
    data = src.read_bytes()
    assert all(u.offset == 0 or data[u.offset - 1 : u.offset] == b"\n" for u in units)
    expected, expected_errors = _extract_lines([str(src)])
    assert len(expected) == 10 and [w for w, _ in expected_errors] == [f"{src}:6"]
    out = tmp_path / "reports.jsonl"
    result = sparkjobs.spark_extract([str(src)], out, master="local[2]", partitions=3)
    assert out.read_text(encoding="utf-8").splitlines() == expected
    assert [(e.where, e.message) for e in result.errors] == expected_errors
    assert result.actions == sum(len(json.loads(line)["actions"]) for line in expected)


def test_spark_extract_reads_and_writes_parquet(articles: Path, tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    records = _corpus_records()[:12]
    src = tmp_path / "articles.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    expected, _ = _extract_lines([str(src)])
    pq.write_table(pa.Table.from_pylist(records), tmp_path / "articles.parquet")
    out = tmp_path / "reports.parquet"
    sparkjobs.spark_extract([str(tmp_path / "articles.parquet")], out, master="local[2]")
    table = pq.read_table(out).to_pylist()
    assert sorted(r["report"] for r in table) == sorted(expected)
    assert {r["id"] for r in table} == {r["id"] for r in records}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Any:
    engine = get_engine(f"sqlite:///{tmp_path_factory.mktemp('spark') / 'lists.db'}")
    for path, name in (
        (LISTS / "ftm" / "yente-zala" / "entities.ftm.json", "zala"),
        (LISTS / "ftm" / "yente-t1" / "entities.ftm.json", "t1"),
    ):
        read = read_list(path)
        info = ListVersionInfo(name=name, format=read.format, source=str(path), sha256=name)
        store_list_version(engine, info, read.entities())
    return engine


def _customers(path: Path, served: Any) -> None:
    names = sorted(e.caption for e in served.entities.values())
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(["Full Name", "Type", "Country"])
        for n, name in enumerate(names):
            typed = "individual" if n % 3 == 0 else ""
            writer.writerow([name if n % 2 else name.upper().replace("A", "E", 1), typed, ""])
        writer.writerow(["", "person", "KP"])
        writer.writerow(["Jane Doe", "person", "GB"])


def test_spark_screen_gives_the_rows_of_screen_file(store: Any, tmp_path: Path) -> None:
    served = load_served(store)
    src = tmp_path / "customers.csv"
    _customers(src, served)
    expected = io.StringIO()
    single = screen_file(served, src, expected, engine=store)  # as the CLI runs it
    out = tmp_path / "hits.csv"
    result = sparkjobs.spark_screen(store, src, out, threshold=0.7, master="local[2]", partitions=3)
    assert out.read_text(encoding="utf-8") == expected.getvalue()  # byte for byte
    assert (result.items, result.matches) == (single.rows, single.matches)
    assert [str(e) for e in result.errors] == [str(e) for e in single.errors]
    assert single.rows > 30 and single.matches > 10 and len(single.errors) == 1


def test_spark_screen_reads_and_writes_parquet(store: Any, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    served = load_served(store)
    src = tmp_path / "customers.csv"
    _customers(src, served)
    expected = list(csv.DictReader(io.StringIO(_screened(served, src))))
    rows = list(csv.DictReader(src.open(encoding="utf-8"), delimiter=";"))
    import pyarrow as pa

    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "customers.parquet")
    out = tmp_path / "hits.parquet"
    sparkjobs.spark_screen(store, tmp_path / "customers.parquet", out, threshold=0.7)
    got = [{k: v or "" for k, v in r.items()} for r in pq.read_table(out).to_pylist()]
    assert got == expected


def _screened(served: Any, src: Path) -> str:
    out = io.StringIO()
    screen_file(served, src, out)
    return out.getvalue()


def test_without_pyspark_the_error_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyspark", None)
    with pytest.raises(SanctionWatchError, match=r"pip install 'sanctionwatch\[spark\]'"):
        sparkjobs.require_pyspark()
