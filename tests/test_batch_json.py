"""`batch.indented_json`: the report files' text, byte for byte what json.dumps writes."""

import json
from pathlib import Path

import pytest

from sanctionwatch.batch import indented_json, run_extract

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def same(payload: object) -> None:
    assert indented_json(payload) == json.dumps(payload, ensure_ascii=False, indent=2)


def test_plain_values_nest_and_quote_as_json_writes_them() -> None:
    same({})
    same([])
    same({"a": [], "b": {}, "c": [{}], "d": [[]]})
    same({"name": 'Ōtsuka "Marine" \\ Ltd\n\t\u2028', "n": -3, "x": 0.1, "big": 1e300})
    same({"ok": True, "no": False, "none": None, "tuple": (1, "two", (3.5,))})
    same([1, [2, [3, {"deep": ["é", "\x00"]}]]])
    same("just a string")
    same(7)


def test_what_is_not_plain_json_is_left_to_json() -> None:
    same({"nan": float("nan"), "inf": [float("inf"), float("-inf")]})
    same({1: "int key", None: "none key", 2.5: "float key"})
    with pytest.raises(TypeError):
        indented_json({"a": {1, 2}})  # json's own error, as before


@pytest.mark.skipif(not (SHARED / "corpus" / "dev").is_dir(), reason="shared corpus missing")
def test_report_files_are_json_dumps_text(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run_extract([str(SHARED / "corpus" / "dev")], out)
    assert result.articles > 10 and result.actions > 0
    for path in out.glob("*.json"):
        text = path.read_text(encoding="utf-8")
        assert text == json.dumps(json.loads(text), ensure_ascii=False, indent=2) + "\n"
