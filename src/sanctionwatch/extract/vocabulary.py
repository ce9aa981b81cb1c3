"""Vocabularies and patterns loaded once from the data files beside this module.

Every list of words the extractor knows (countries, agencies, titles, trigger
phrases, count nouns, measures, programmes) lives in `data/`; this module only
reads those files and compiles them into regular expressions at import time, so
the per-article stages do no setup work.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from sanctionwatch.extract import patterncache
from sanctionwatch.extract.literals import Gated, GatedPattern
from sanctionwatch.extract.lookahead import guarded, kept, skips_ahead

DATA = resources.files("sanctionwatch.extract") / "data"
# the one data file extraction reads from outside DATA: screening's pinyin syllables
PINYIN = resources.files("sanctionwatch") / "screening" / "data" / "pinyin.txt"


def load_json(name: str) -> dict[str, Any]:
    with (DATA / name).open(encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


def load_toml(name: str) -> dict[str, Any]:
    """A TOML file, parsed; the parse (tomllib, 60 ms of start-up for grammar.toml and
    frames.toml) is kept between runs by `patterncache` under a digest of the text."""
    text = (DATA / name).read_text(encoding="utf-8")
    key = ("toml", patterncache.content(text.encode("utf-8")))

    def parse() -> dict[str, Any]:
        import tomllib  # only when nothing was kept: its import is start-up time too

        return tomllib.loads(text)

    data: dict[str, Any] = patterncache.loaded(key, parse)
    return data


PATTERN_KEYS = frozenset({"pattern", "note", "ignore_case"})


def is_entry(value: Any) -> bool:
    """A pattern entry: a table holding one `pattern` (and its `note`)."""
    return isinstance(value, dict) and "pattern" in value


def check_entry(name: str, where: str, entry: dict[str, Any]) -> None:
    """Every pattern states what it is for; a typo in a key is no silent default."""
    unknown = set(entry) - PATTERN_KEYS
    if unknown:
        raise ValueError(f"{name} [{where}]: unknown keys {sorted(unknown)}")
    if not isinstance(entry["pattern"], str) or not str(entry.get("note", "")).strip():
        raise ValueError(f"{name} [{where}]: needs a string `pattern` and a `note`")


def load_patterns(name: str) -> Any:
    """A pattern file (TOML) in the shape its users read: every entry table
    `{note, pattern}` becomes its pattern string; tables and arrays keep their shape."""

    def strip(value: Any, where: str) -> Any:
        if is_entry(value):
            check_entry(name, where, value)
            return value["pattern"]
        if isinstance(value, list):
            return [strip(v, f"{where}[{i}]") for i, v in enumerate(value)]
        if isinstance(value, dict):
            return {k: strip(v, f"{where}.{k}" if where else k) for k, v in value.items()}
        raise ValueError(f"{name} [{where}]: expected a pattern table, got {value!r}")

    return strip(load_toml(name), "")


@cache
def word_lists(name: str) -> dict[str, list[str]]:
    """A word-list file (TOML) by list: one table per list, its `words` and a `note` on
    what they are for; a list without a note, or a typo in a key, is refused."""
    out: dict[str, list[str]] = {}
    for key, entry in load_toml(name).items():
        if not isinstance(entry, dict) or set(entry) != {"note", "words"}:
            raise ValueError(f"{name} [{key}]: needs exactly `note` and `words`")
        if not str(entry["note"]).strip() or not all(isinstance(w, str) for w in entry["words"]):
            raise ValueError(f"{name} [{key}]: needs a `note` and a list of words")
        out[key] = entry["words"]
    return out


def load_lines(name: str) -> list[str]:
    """Non-empty lines of a plain-text list, skipping `#` comments."""
    text = (DATA / name).read_text(encoding="utf-8")
    return [s.strip() for s in text.splitlines() if s.strip() and not s.lstrip().startswith("#")]


@cache
def pinyin_syllables() -> frozenset[str]:
    """The toneless pinyin syllables screening reads Chinese names by (its
    `data/pinyin.txt`, one list for both): "Guangming" is guang + ming."""
    lines = PINYIN.read_text(encoding="utf-8").splitlines()
    return frozenset(s.strip() for s in lines if s.strip() and not s.startswith("#"))


def alternation(words: list[str]) -> str:
    """A regex alternation of literal words, longest first so the longest wins."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w) for w in ordered)


def grouped_alternation(words: list[str]) -> str:
    """`alternation(words)` with the words grouped by first character, for a
    case-sensitive pattern: re tries the branches of an alternation one by one at
    each position, so a thousand words cost a thousand tries where a few dozen
    groups do. Only words with the same first character can match at one position,
    and their order is kept, so the same word wins everywhere."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    groups: dict[str, list[str]] = {}
    for word in ordered:
        groups.setdefault(word[:1], []).append(word[1:])
    return "|".join(
        re.escape(first) + "(?:" + "|".join(re.escape(rest) for rest in tails) + ")"
        for first, tails in groups.items()
    )


@dataclass(frozen=True, slots=True)
class Agency:
    name: str  # the form as written in the vocabulary
    authority: str | None  # fixed authority, or None when a qualifier decides
    default: str | None  # authority when nothing qualifies it
    department: str | None  # actions split by department
    label: str | None
    needs_context: str | None  # authority only if it is mentioned elsewhere


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """All compiled vocabularies; built once by `vocabulary()`."""

    country_names: dict[str, str]  # name -> code
    country_adjectives: dict[str, str]
    country_people: dict[str, str]
    agencies: dict[str, Agency]
    place_re: re.Pattern[str]  # names, adjectives, people and agencies in one pass
    titles: frozenset[str]
    regions: frozenset[str]
    outlets: frozenset[str]
    org_words: frozenset[str]
    non_target_heads: frozenset[str]
    stopwords: frozenset[str]
    frames: dict[str, Any]
    counts: dict[str, Any]
    measures: dict[str, re.Pattern[str]]
    programs: Gated  # each programme tried only where its words are (`literals`)
    names: dict[str, Any]


def _agencies(raw: dict[str, Any]) -> dict[str, Agency]:
    out: dict[str, Agency] = {}
    for entry in raw["agencies"]:
        for name in entry["names"]:
            out[name] = Agency(
                name=name,
                authority=entry.get("authority"),
                default=entry.get("default"),
                department=entry.get("department"),
                label=entry.get("label"),
                needs_context=entry.get("default_if_mentioned"),
            )
    return out


@cache
def vocabulary() -> Vocabulary:
    countries = load_json("countries.json")
    names: dict[str, str] = {}
    adjectives: dict[str, str] = {}
    people: dict[str, str] = {}
    for code, entry in countries.items():
        if code.startswith("_"):
            continue
        names.update(dict.fromkeys(entry["names"], code))
        adjectives.update(dict.fromkeys(entry["adjectives"], code))
        # shouted forms in scraped text: "RUSSIA", "SOUTH KOREA"
        names.update(dict.fromkeys((n.upper() for n in entry["names"] if len(n) > 4), code))
        people.update(dict.fromkeys(entry["people"], code))
    agencies = _agencies(load_json("agencies.json"))
    every = list(names) + list(adjectives) + list(people) + list(agencies)
    capital = [w for w in every if w[:1].isupper()]
    # case-sensitive: "US" the country must not match "us" the pronoun
    # most entries start with a capital: the lookahead skips other positions fast; the
    # few that do not (state media's "puppet south Korea") are a branch of their own
    place_re = kept(
        r"(?<![\w.-])(?:(?=[A-Z])(?:"
        + grouped_alternation(capital)
        + r")|"
        + grouped_alternation([w for w in every if not w[:1].isupper()])
        + r")(?![\w$-])"
    )
    names_data = load_json("names.json")
    frames = load_patterns("frames.toml")
    measures_raw: dict[str, str] = load_patterns("measures.toml")
    programs_raw: dict[str, list[str]] = load_patterns("programs.toml")
    return Vocabulary(
        country_names=names,
        country_adjectives=adjectives,
        country_people=people,
        agencies=agencies,
        place_re=place_re,
        titles=frozenset(load_lines("titles.txt")),
        regions=frozenset(load_lines("regions.txt")),
        outlets=frozenset(load_lines("outlets.txt")),
        org_words=frozenset(names_data["org_words"]),
        non_target_heads=frozenset(names_data["non_target_heads"]),
        stopwords=frozenset(names_data["stopwords"]),
        frames=frames,
        counts=load_json("counts.json"),
        measures={k: guarded(v, re.I) for k, v in measures_raw.items()},
        # one alternation: the leftmost programme wins, the earlier pattern on a tie
        programs=Gated(programs_raw["patterns"], re.I),
        names=names_data,
    )


@cache
def grammar_entries() -> dict[str, dict[str, Any]]:
    """The entries of `data/grammar.toml` by key, "<module>.<name>" (read once: `grammar`
    and `rule_text` share them; neither changes them)."""
    entries: dict[str, dict[str, Any]] = {}
    for module, table in load_toml("grammar.toml").items():
        for name, entry in table.items():
            key = f"{module}.{name}"
            if not is_entry(entry):
                raise ValueError(f"grammar.toml [{key}]: expected a pattern table")
            check_entry("grammar.toml", key, entry)
            entries[key] = entry
    return entries


# "{{targets.relations}}" in a grammar pattern stands for that entry's pattern as written:
# a word list several patterns share is written once, with its own note
PART = re.compile(r"\{\{(\w+\.\w+)\}\}")  # mechanics: the loader's own syntax


def filled(key: str, entries: dict[str, dict[str, Any]], seen: tuple[str, ...] = ()) -> str:
    """The pattern of entry `key` with every part it names filled in."""
    if key in seen:
        raise ValueError(f"grammar.toml [{key}]: names itself through {' -> '.join(seen)}")
    if key not in entries:
        raise ValueError(f"grammar.toml [{seen[-1] if seen else key}]: no entry {{{{{key}}}}}")
    pattern: str = entries[key]["pattern"]
    return PART.sub(lambda m: filled(m.group(1), entries, (*seen, key)), pattern)


@cache
def grammar() -> dict[str, re.Pattern[str]]:
    """The compiled patterns of `data/grammar.toml`."""
    entries = grammar_entries()
    return {
        key: grammar_pattern(filled(key, entries), re.I if entry.get("ignore_case") else 0)
        for key, entry in entries.items()
    }


def grammar_pattern(pattern: str, flags: int) -> re.Pattern[str]:
    """One grammar pattern, compiled with `guarded`'s first-character lookahead; or as
    written where re's own program already skips to where a match may start (a literal
    prefix or a set of first characters: "[.!?]$", "\\sfor\\s+$"), which the lookahead
    would hide, testing every position instead. Which one is kept between runs."""
    flags = int(flags)
    if patterncache.derived(("skips", pattern, flags), lambda: skips_ahead(pattern, flags)):
        return kept(pattern, flags)
    return guarded(pattern, flags)


def rule_text(key: str) -> str:
    """One grammar pattern as text, for a pattern code builds around it from data/."""
    return filled(key, grammar_entries())


def rule(key: str) -> re.Pattern[str]:
    """One grammar pattern by its key, e.g. "actors.target_prep"."""
    return grammar()[key]


def gated_rule(key: str) -> GatedPattern:
    """`rule(key)`, run only on text that holds the words its matches need: for the
    long word lists that are tried on most clauses and match few ("banks|insurers|...")."""
    return GatedPattern(rule(key))
