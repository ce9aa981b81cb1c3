"""Loading lists end to end: files, a local HTTP mirror of the official URLs, and bad input.

The "official" server is http.server on 127.0.0.1 serving ../shared/lists: the
update path is exercised for real without touching the internet.
"""

from __future__ import annotations

import functools
import json
import os
import sys
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from sanctionwatch.cli import app
from sanctionwatch.exc import SanctionWatchError
from sanctionwatch.loading import yielding
from sanctionwatch.store import get_engine
from sanctionwatch.store.lists import list_status
from tests.conftest import LISTS

runner = CliRunner()


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def mirror() -> Iterator[str]:
    handler = functools.partial(_Quiet, directory=str(LISTS))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def _status(db: str) -> dict[str, dict[str, object]]:
    return {s["name"]: s for s in list_status(get_engine(db))}


def test_update_fetches_each_source_and_reports_failures(
    mirror: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, store_url: str
) -> None:
    cons = "ofac/consolidated/2025-12"
    sources = [
        {"name": "un_sc", "url": f"{mirror}/un/consolidated.xml"},
        {
            "name": "us_ofac_cons",
            "urls": [
                f"{mirror}/{cons}/{f}" for f in ("cons_prim.csv", "cons_add.csv", "cons_alt.csv")
            ],
        },
        {"name": "broken", "url": f"{mirror}/un/missing.xml"},
    ]
    config = tmp_path / "sources.json"
    config.write_text(json.dumps(sources))
    monkeypatch.setenv("SANCTIONWATCH_LIST_SOURCES", str(config))
    db = store_url
    result = runner.invoke(app, ["lists", "update", "--db", db])
    assert result.exit_code == 1  # one source failed ...
    assert "error broken:" in result.output and f"{mirror}/un/missing.xml" in result.output
    assert "404" in result.output and "previous version keeps serving" in result.output
    status = _status(db)  # ... the others loaded
    assert status["un_sc"]["entities"] == 2006 and status["un_sc"]["list_date"] == "2026-02-27"
    assert status["us_ofac_cons"]["records"] == 442
    assert status["un_sc"]["source"] == f"{mirror}/un/consolidated.xml"
    again = runner.invoke(app, ["lists", "update", "un_sc", "--db", db])
    assert again.exit_code == 0 and "unchanged" in again.output
    unknown = runner.invoke(app, ["lists", "update", "nope", "--db", db])
    assert unknown.exit_code == 2 and "unknown list nope" in unknown.output


def test_bad_files_keep_the_previous_version_serving(tmp_path: Path, store_url: str) -> None:
    db = store_url
    good = LISTS / "un" / "consolidated.xml"
    assert runner.invoke(app, ["lists", "load", str(good), "--db", db]).exit_code == 0
    truncated = tmp_path / "un.xml"
    truncated.write_bytes(good.read_bytes()[:50_000])
    html = tmp_path / "error.xml"
    html.write_text("<!DOCTYPE html><html><body><h1>503 Service Unavailable</h1></body></html>")
    empty_list = tmp_path / "empty.xml"
    empty_list.write_text(
        '<?xml version="1.0"?><CONSOLIDATED_LIST dateGenerated="2026-03-01T00:00:00Z">'
        "<INDIVIDUALS/><ENTITIES/></CONSOLIDATED_LIST>"
    )
    for path in (truncated, html, empty_list):
        result = runner.invoke(app, ["lists", "load", str(path), "--name", "un_sc", "--db", db])
        assert result.exit_code == 1, path
        assert path.name in result.output, result.output
        assert _status(db)["un_sc"]["version"] == 1  # still the good one
    forced = runner.invoke(
        app, ["lists", "load", str(empty_list), "--name", "un_sc", "--force", "--db", db]
    )
    assert forced.exit_code == 0 and _status(db)["un_sc"]["entities"] == 0


def test_diff_after_a_newer_edition(store_url: str) -> None:
    db = store_url
    older = LISTS / "ofac" / "consolidated" / "2025-06" / "consolidated.xml"
    newer = LISTS / "ofac" / "consolidated" / "2025-12"
    assert (
        runner.invoke(app, ["lists", "load", str(older), "--name", "cons", "--db", db]).exit_code
        == 0
    )
    assert (
        runner.invoke(app, ["lists", "load", str(newer), "--name", "cons", "--db", db]).exit_code
        == 0
    )
    diff = runner.invoke(app, ["lists", "diff", "cons", "--db", db, "--format", "json"])
    body = json.loads(diff.stdout)
    assert (body["from_version"], body["to_version"]) == (1, 2)
    assert (body["from_format"], body["to_format"]) == ("ofac_xml", "ofac_csv")
    # The same list, six months apart, in two formats: only real edits remain (the
    # comma-only address, the reordered names, the remarks cut into notes are not).
    changed = {row["id"]: row for row in body["changed"]}
    assert len(changed) < 0.05 * 442, len(changed)
    assert "ofac-9640" not in changed  # 'Mohammed ABU TEIR' vs 'ABU TEIR, Mohammed'
    assert "ofac-17022" in changed  # Rosneft: RUSSIA-EO14024 added to its listing
    [rosneft] = changed["ofac-17022"]["changes"]
    assert rosneft["field"] == "listing.program"
    assert rosneft["new"] == ["RUSSIA-EO14024", "UKRAINE-EO13662"]
    assert "notes" in body["not_compared"]
    assert [r["id"] for r in body["removed"]] == ["ofac-26182"]  # no captionless Sanction rows
    text = runner.invoke(app, ["lists", "diff", "cons", "--db", db, "--country", "RU"])
    assert "listing.program: UKRAINE-EO13662 -> RUSSIA-EO14024; UKRAINE-EO13662" in text.stdout
    assert "KAYAKIRAN" not in text.stdout  # a Turkish party, filtered out
    csv_out = runner.invoke(app, ["lists", "diff", "cons", "--db", db, "--format", "csv"])
    assert csv_out.stdout.startswith("change,id,caption,schema,programs,countries,field,old,new")


def _niceness() -> int:
    return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="niceness per thread: Linux")
def test_yielding_runs_the_work_at_lower_priority_and_leaves_the_caller_as_it_was() -> None:
    before = _niceness()
    assert yielding(_niceness, 3) == min(19, before + 3)
    assert _niceness() == before  # the caller's thread (and the process) keep theirs
    assert yielding(_niceness, 0) == before  # 0: here, as it is

    def fails() -> None:
        raise SanctionWatchError("list refused")

    with pytest.raises(SanctionWatchError, match="list refused"):
        yielding(fails, 3)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="niceness per thread: Linux")
def test_lists_load_stores_and_prepares_at_the_load_niceness(
    store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A server on the host keeps the cores: the list is stored and the serving files
    prepared at SANCTIONWATCH_LOAD_NICENESS more than the caller."""
    from sanctionwatch import loading
    from sanctionwatch.api import prepare

    seen: dict[str, int] = {}

    def noting(name: str, real: Any) -> Any:
        def run(*args: Any, **kwargs: Any) -> Any:
            seen[name] = _niceness()
            return real(*args, **kwargs)

        return run

    monkeypatch.setattr(loading, "load_source", noting("store", loading.load_source))
    monkeypatch.setattr(prepare, "prepare", noting("prepare", prepare.prepare))
    monkeypatch.setenv("SANCTIONWATCH_LOAD_NICENESS", "4")
    before = _niceness()
    good = LISTS / "un" / "consolidated.xml"
    result = runner.invoke(app, ["lists", "load", str(good), "--db", store_url])
    assert result.exit_code == 0, result.output
    assert _status(store_url)["un_sc"]["version"] == 1
    expected = min(19, before + 4)
    assert seen["store"] == expected
    if "prepare" in seen:  # a store that keeps its files (SQLite): prepared after the load
        assert seen["prepare"] == expected
    assert _niceness() == before
