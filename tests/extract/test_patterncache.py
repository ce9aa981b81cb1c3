"""Kept pattern programs: the same patterns as compiling them, and a bad file is ignored."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from sanctionwatch.extract import lookahead, patterncache

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
TEXT = "The EU imposed sanctions on 3 firms; Japan froze assets and designated two banks."
BRANCHES = [r"\bimpos\w*", r"\b[a-z]+ed\b", r"\bsanction", r"\bfr[oe]z\w*", r"\d+ firms?"]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh process's view of a cache folder of its own."""
    monkeypatch.setenv("SANCTIONWATCH_PATTERN_CACHE", str(tmp_path))
    monkeypatch.setattr(patterncache, "_path", None)
    restart(monkeypatch)
    return tmp_path


def restart(monkeypatch: pytest.MonkeyPatch) -> None:
    """What a new process starts from: nothing read yet."""
    monkeypatch.setattr(patterncache, "_programs", None)
    monkeypatch.setattr(patterncache, "_made", {})
    monkeypatch.setattr(patterncache, "_new", {})


def compile_all() -> list[re.Pattern[str]]:
    return [
        lookahead.guarded(r"\bimpos(?:ed|es)\b|\bsanction", re.I),
        lookahead.guarded(r"(?P<n>\d+) (?P<what>firms|banks)"),
        lookahead.dispatched(BRANCHES, re.I),
        lookahead.kept(r"(?<![\w.-])(?=[A-Z])(?:EU|Japan)(?![\w$-])"),
    ]


def described(pattern: re.Pattern[str]) -> tuple[object, ...]:
    found = [(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(TEXT)]
    return (pattern.pattern, pattern.flags, pattern.groups, pattern.groupindex, found)


def test_a_kept_program_is_the_pattern_compiled_afresh(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh = compile_all()
    patterncache.save()
    (kept_file,) = cache.iterdir()
    restart(monkeypatch)
    assert len(patterncache.programs()) == 4  # read back, so nothing is compiled now
    monkeypatch.setattr(lookahead, "program", lambda *a: pytest.fail("compiled again"))
    again = compile_all()
    assert [described(p) for p in again] == [described(p) for p in fresh]
    plain = re.compile("|".join(f"(?:{b})" for b in BRANCHES), re.I)
    assert [m.span() for m in again[2].finditer(TEXT)] == [m.span() for m in plain.finditer(TEXT)]
    assert kept_file.stat().st_size > 0


@pytest.mark.parametrize("damage", ["flip", "truncate", "foreign"])
def test_a_damaged_or_foreign_file_is_ignored(
    cache: Path, monkeypatch: pytest.MonkeyPatch, damage: str
) -> None:
    fresh = [described(p) for p in compile_all()]
    patterncache.save()
    (kept_file,) = cache.iterdir()
    data = bytearray(kept_file.read_bytes())
    if damage == "flip":
        data[-40] ^= 0x01  # one bit of a program: the checksum no longer holds
    elif damage == "truncate":
        data = data[: len(data) // 2]
    else:
        monkeypatch.setattr(patterncache, "BUILD", "another Python")
    kept_file.write_bytes(bytes(data))
    restart(monkeypatch)
    # a damaged entry fails its own checksum; a damaged index or another build, all
    readable = len(patterncache.programs().blobs())
    assert readable == (3 if damage == "flip" else 0 if damage == "foreign" else readable)
    assert readable < 4
    assert [described(p) for p in compile_all()] == fresh
    assert len(patterncache._new) == 4 - readable  # built again, written again at exit


def test_off_keeps_nothing(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("SANCTIONWATCH_PATTERN_CACHE", "off")
    assert patterncache.cache_file() is None
    monkeypatch.setenv("SANCTIONWATCH_PATTERN_CACHE", str(tmp_path))
    assert patterncache.cache_file() is not None
    assert patterncache.cache_file().parent == tmp_path  # type: ignore[union-attr]


def test_an_invalid_pattern_raises_re_error_and_is_not_kept(cache: Path) -> None:
    with pytest.raises(re.error):
        lookahead.guarded(r"(unclosed", re.I)
    with pytest.raises(re.error):
        lookahead.kept(r"[z-a]")
    assert len(patterncache.programs()) == 0
    assert patterncache._new == {}


def test_a_later_process_adds_to_the_file(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lookahead.guarded(r"\bembargo\b", re.I)
    patterncache.save()
    restart(monkeypatch)
    lookahead.guarded(r"\basset freeze\b", re.I)  # the first pattern is not asked for
    patterncache.save()
    restart(monkeypatch)
    path = patterncache.cache_file()
    assert path is not None
    assert {key[1] for key in patterncache.read(path)} == {r"\bembargo\b", r"\basset freeze\b"}


def test_past_the_bound_a_writer_keeps_what_it_read_and_drops_the_oldest(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # two checkouts of different versions share one file: each keeps the programs the
    # other still uses, as long as the bound allows
    monkeypatch.setattr(patterncache, "MOST", 3)
    for text in (r"\bembargo\b", r"\bblacklist\b"):
        lookahead.guarded(text, re.I)
    patterncache.save()
    restart(monkeypatch)
    lookahead.guarded(r"\bembargo\b", re.I)  # read from the file
    for text in (r"\bvisa ban\b", r"\basset freeze\b"):
        lookahead.guarded(text, re.I)
    patterncache.save()
    path = patterncache.cache_file()
    assert path is not None
    kept = {key[1] for key in patterncache.read(path)}
    assert kept == {r"\bembargo\b", r"\bvisa ban\b", r"\basset freeze\b"}
    restart(monkeypatch)
    lookahead.guarded(r"\btravel ban\b", re.I)  # reads none: the oldest goes
    patterncache.save()
    assert {key[1] for key in patterncache.read(path)} == {
        r"\bvisa ban\b",
        r"\basset freeze\b",
        r"\btravel ban\b",
    }


def test_a_pattern_asked_for_twice_is_made_once(cache: Path) -> None:
    first = lookahead.guarded(r"\bblacklist\w*", re.I)
    assert lookahead.guarded(r"\bblacklist\w*", re.I) is first
    assert len(patterncache._new) == 1


def test_derived_data_is_kept_for_a_later_process(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []

    def build() -> tuple[tuple[str, ...], ...]:
        calls.append(1)
        return (("impos",), ("blacklist", "sanction"))

    key = ("required", 1, r"\bimpos\w*", 2)
    assert patterncache.derived(key, build) == (("impos",), ("blacklist", "sanction"))
    patterncache.save()
    restart(monkeypatch)
    assert patterncache.derived(key, build) == (("impos",), ("blacklist", "sanction"))
    assert calls == [1]  # the later process read it from the file
    # None is kept as None, not built again
    assert patterncache.derived(("required", 1, "x*", 0), lambda: None) is None
    assert patterncache.derived(("required", 1, "x*", 0), build) is None


# a child process: extract the articles named in argv, then say how many programs and
# kept values it built itself (`patterncache._new`, written to the file at exit)
BUILT = """
import sys
from sanctionwatch.batch import read_articles
from sanctionwatch.extract import extract, patterncache
for article in read_articles(sys.argv[1:]):
    extract(article)
print(len(patterncache._new))
"""


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not available")
def test_a_process_with_another_hash_seed_finds_every_pattern_kept(tmp_path: Path) -> None:
    """Pattern texts built from data (alternations of words) come out the same in every
    process, whatever order the string hash gives a set, so a later process compiles
    none of them again (nor rewrites the file at exit)."""
    articles = [str(p) for p in sorted((CORPUS / "dev").glob("*.txt"))[:25]]

    def built(seed: str) -> int:
        env = {**os.environ, "SANCTIONWATCH_PATTERN_CACHE": str(tmp_path), "PYTHONHASHSEED": seed}
        run = subprocess.run(
            [sys.executable, "-c", BUILT, *articles],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        return int(run.stdout.split()[-1])

    assert built("1") > 100
    assert built("2") == 0
