"""CSV input of `compare` and `screen-file`: read as the standard `csv` module reads it."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from sanctionwatch.exc import SanctionWatchError
from sanctionwatch.screenfile import compare_pairs, read_rows


def _written(rows: list[list[str]], path: Path, delimiter: str = ",") -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, delimiter=delimiter).writerows(rows)
    return path


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_quotes_separators_and_line_breaks_survive(tmp_path: Path, delimiter: str) -> None:
    rows = [
        ["left", "right", "schema"],
        ['ООО "БАЙ"', "OOO BAI", "Company"],
        ["Smith, John; Jr.", "John Smith", "Person"],
        ["Line\nbreak | tab\there", "Line break", ""],
    ]
    src = _written(rows, tmp_path / "pairs.csv", delimiter)
    headers, read = read_rows(src)
    assert headers == rows[0]
    assert [[r[h] for h in headers] for r in read] == rows[1:]
    out = io.StringIO()
    result = compare_pairs(src, out)
    back = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [r["left"] for r in back] == [r[0] for r in rows[1:]]  # not 'ООО "БАЙ"""'
    assert back[0]["match"] == "true" and result.rows == 3


def test_headers_in_any_case(tmp_path: Path) -> None:
    src = _written([[" Left ", "RIGHT"], ["Gazprombank", "Gazprom Bank"]], tmp_path / "p.csv")
    out = io.StringIO()
    assert compare_pairs(src, out).rows == 1


def test_line_numbers_count_records_spanning_lines(tmp_path: Path) -> None:
    src = _written(
        [["left", "right"], ["a\nb", "x"], ["", "y"]],
        tmp_path / "p.csv",
    )
    result = compare_pairs(src, io.StringIO())
    assert [e.where for e in result.errors] == [f"{src}:4"]  # the empty row starts on line 4


def test_a_malformed_file_names_file_and_line(tmp_path: Path) -> None:
    src = tmp_path / "bad.csv"
    src.write_text('left,right\n"open quote,x\n', encoding="utf-8")
    with pytest.raises(SanctionWatchError, match=r"bad\.csv:2"):
        compare_pairs(src, io.StringIO())


def test_compare_scores_a_pair_alike_in_either_order(tmp_path: Path) -> None:
    # A listed name and its short alias: neither is the screened party, so the longer
    # name's extra words cost the same on either side.
    pair = ["HAMDAN, Fadel Mohammad Saleh", "HAMDAN, Fadel"]
    src = _written(
        [["left", "right", "schema"], [*pair, "Person"], [*pair[::-1], "Person"]],
        tmp_path / "p.csv",
    )
    out = io.StringIO()
    compare_pairs(src, out)
    scores = [r["score"] for r in csv.DictReader(io.StringIO(out.getvalue()))]
    assert scores[0] == scores[1] and float(scores[0]) >= 0.7, scores
