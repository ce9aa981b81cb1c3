"""Data kept between runs for start-up (`patterncache.loaded`): the gazetteer's indexes
and parsed TOML files are those built afresh, and a changed file or changed code is
built again, never read from what was kept for the old one."""

import gzip
import tomllib
from pathlib import Path

import pytest

from sanctionwatch.extract import patterncache, vocabulary
from sanctionwatch.extract.learn import gazetteer
from sanctionwatch.extract.learn.models import GAZETTEER_FILE, MODELS_DIR

SHIPPED = MODELS_DIR / GAZETTEER_FILE


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SANCTIONWATCH_PATTERN_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(patterncache, "_path", None)
    restart(monkeypatch)
    return tmp_path


def restart(monkeypatch: pytest.MonkeyPatch) -> None:
    """A later process: writes what this one built, then starts from the file."""
    patterncache.save()
    monkeypatch.setattr(patterncache, "_programs", None)
    monkeypatch.setattr(patterncache, "_made", {})
    monkeypatch.setattr(patterncache, "_new", {})


def indexes(found: gazetteer.Gazetteer) -> tuple[object, ...]:
    return (found.names, found.longest, found.prefixes, found.loose_keys)


def fresh(path: Path) -> gazetteer.Gazetteer:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return gazetteer.Gazetteer(fh.read().split("\n"))


def no_build(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(self: gazetteer.Gazetteer, names: object) -> None:
        pytest.fail("built again")

    monkeypatch.setattr(gazetteer.Gazetteer, "__init__", refuse)


def test_a_kept_gazetteer_is_the_one_built(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    built = fresh(SHIPPED)
    first = gazetteer.read(SHIPPED)
    assert indexes(first) == indexes(built)
    restart(monkeypatch)
    with monkeypatch.context() as m:
        no_build(m)
        again = gazetteer.read(SHIPPED)
    assert indexes(again) == indexes(built)
    assert again.holds("Hasan Nasrallah") == built.holds("Hasan Nasrallah")
    words = ["the", "bank", "melli", "iran", "and", "islamic", "revolutionary", "guard", "corps"]
    assert again.spans(words) == built.spans(words)


def test_a_changed_list_file_or_code_is_built_again(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gazetteer.read(SHIPPED)
    restart(monkeypatch)
    other = cache / "gazetteer.txt.gz"
    gazetteer.write(["longevity shipping llc", "ocean star trading"], other)
    changed = gazetteer.read(other)  # not the shipped names kept under another digest
    assert changed.names == frozenset({"longevity shipping llc", "ocean star trading"})
    assert changed.loose_keys == fresh(other).loose_keys
    restart(monkeypatch)
    expected = indexes(fresh(SHIPPED))
    monkeypatch.setattr(gazetteer, "code_digest", lambda: "an edited gazetteer.py")
    built: list[int] = []
    init = gazetteer.Gazetteer.__init__

    def counted(self: gazetteer.Gazetteer, names: object) -> None:
        built.append(1)
        init(self, names)  # type: ignore[arg-type]

    monkeypatch.setattr(gazetteer.Gazetteer, "__init__", counted)
    assert indexes(gazetteer.read(SHIPPED)) == expected
    assert built == [1]


def test_a_kept_toml_file_is_its_parse_and_each_caller_gets_its_own(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parsed = tomllib.loads((vocabulary.DATA / "frames.toml").read_text(encoding="utf-8"))
    assert vocabulary.load_toml("frames.toml") == parsed
    restart(monkeypatch)
    with monkeypatch.context() as m:
        m.setattr(tomllib, "loads", lambda text: pytest.fail("parsed again"))
        first = vocabulary.load_toml("frames.toml")
    assert first == parsed
    first.clear()  # a caller's change is its own
    assert vocabulary.load_toml("frames.toml") == parsed


def test_an_edited_toml_file_is_parsed_again(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = cache / "data"
    folder.mkdir()
    (folder / "x.toml").write_text('[a]\nnote = "one"\n', encoding="utf-8")
    monkeypatch.setattr(vocabulary, "DATA", folder)
    assert vocabulary.load_toml("x.toml") == {"a": {"note": "one"}}
    restart(monkeypatch)
    (folder / "x.toml").write_text('[a]\nnote = "two"\n', encoding="utf-8")
    assert vocabulary.load_toml("x.toml") == {"a": {"note": "two"}}
    # a date is no data marshal keeps: parsed each time, not kept
    (folder / "x.toml").write_text("when = 2026-12-06\n", encoding="utf-8")
    assert str(vocabulary.load_toml("x.toml")["when"]) == "2026-12-06"
    restart(monkeypatch)
    assert str(vocabulary.load_toml("x.toml")["when"]) == "2026-12-06"


def test_kept_model_attributes_are_those_the_model_holds(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sanctionwatch.extract.learn import models

    path = models.MODELS_DIR / models.JUDGE_FILE
    tagger = models.Tagger()
    tagger.open(str(path))
    held = frozenset(tagger.info().attributes)
    assert models.attributes(path) == held
    restart(monkeypatch)
    with monkeypatch.context() as m:
        m.setattr(models, "read_attributes", lambda data: pytest.fail("walked again"))
        assert models.attributes(path) == held
    restart(monkeypatch)
    other = cache / "other.crfsuite"  # another file's bytes: its own entry
    other.write_bytes(path.read_bytes()[:-1] + b"\1")
    calls: list[int] = []
    walk = models.read_attributes
    monkeypatch.setattr(models, "read_attributes", lambda data: calls.append(1) or walk(data))
    assert models.attributes(other) == held  # the dictionary is not at the end
    assert calls == [1]


def test_off_parses_every_time_and_keeps_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SANCTIONWATCH_PATTERN_CACHE", "off")
    monkeypatch.setattr(patterncache, "_path", None)
    monkeypatch.setattr(patterncache, "_programs", None)
    monkeypatch.setattr(patterncache, "_new", {})
    parsed = tomllib.loads((vocabulary.DATA / "measures.toml").read_text(encoding="utf-8"))
    assert vocabulary.load_toml("measures.toml") == parsed
    assert patterncache._new == {}
