"""The data files are the rules: they must load, compile and agree with each other."""

import ast
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from sanctionwatch.extract import actors
from sanctionwatch.extract import vocabulary as vocabulary_module
from sanctionwatch.extract.dates import find_dates, publication_date
from sanctionwatch.extract.document import Doc
from sanctionwatch.extract.names import find_names
from sanctionwatch.extract.pipeline import DEFAULT_PIPELINE, STAGES, run
from sanctionwatch.extract.vocabulary import (
    alternation,
    filled,
    grammar_entries,
    grouped_alternation,
    load_json,
    load_lines,
    load_patterns,
    load_toml,
    rule,
    rule_text,
    vocabulary,
    word_lists,
)
from sanctionwatch.model import Article

EXTRACT_SOURCES = Path(vocabulary_module.__file__).parent


def test_codes_are_iso_or_blocs() -> None:
    vocab = vocabulary()
    codes = set(vocab.country_names.values()) | set(vocab.country_adjectives.values())
    # the bodies ANNOTATION.md names by name; no other code of more than two letters
    bodies = "G7|ECOWAS|AFRICAN_UNION|ARAB_LEAGUE|OAS|ASEAN"
    assert all(re.fullmatch(rf"[A-Z]{{2}}|{bodies}", c) for c in codes)


def test_grouped_place_alternation_finds_what_the_plain_one_finds() -> None:
    # the place pattern groups its words by first character for speed: every country,
    # people and agency word, alone, inflected, glued and in a run, is found the same
    vocab = vocabulary()
    words = [*vocab.country_names, *vocab.country_adjectives, *vocab.country_people]
    words += list(vocab.agencies)
    # (entries that open in lower case, "south Korea", are found too)
    plain = re.compile(r"(?<![\w.-])(?:" + alternation(words) + r")(?![\w$-])")
    assert plain.pattern != vocab.place_re.pattern
    assert grouped_alternation(["ab", "a", "b", "abc"]) == "a(?:bc|b|)|b(?:)"
    texts = [f"{w}, {w}s {w}-led {w}’s and {w}" for w in words] + [" ".join(words)]
    for text in texts:
        found = [(m.span(), m.group()) for m in vocab.place_re.finditer(text)]
        assert found == [(m.span(), m.group()) for m in plain.finditer(text)]


def test_agencies_belong_to_known_authorities() -> None:
    vocab = vocabulary()
    known = set(vocab.country_names.values())
    for agency in vocab.agencies.values():
        for code in (agency.authority, agency.default, agency.needs_context):
            assert code is None or code in known, agency.name


def test_a_name_means_one_country() -> None:
    seen: dict[str, str] = {}
    for code, entry in load_json("countries.json").items():
        if code.startswith("_"):
            continue
        for name in entry["names"]:
            assert seen.setdefault(name, code) == code, name


def test_every_stage_is_registered() -> None:
    assert set(DEFAULT_PIPELINE) <= set(STAGES)


def entries(value: Any, where: str = "") -> list[tuple[str, dict[str, Any]]]:
    """Every `{note, pattern}` table of a pattern file, with where it stands."""
    if isinstance(value, dict) and "pattern" in value:
        return [(where, value)]
    if isinstance(value, list):
        return [e for i, v in enumerate(value) for e in entries(v, f"{where}[{i}]")]
    return [e for k, v in value.items() for e in entries(v, f"{where}.{k}")]


@pytest.mark.parametrize("name", ["grammar.toml", "frames.toml", "measures.toml", "programs.toml"])
def test_every_pattern_compiles_and_says_what_it_is_for(name: str) -> None:
    found = entries(load_toml(name))
    assert len(found) >= 9
    for where, entry in found:
        assert entry["note"].strip(), f"{name} {where}: no note"
        assert set(entry) <= {"pattern", "note", "ignore_case"}, f"{name} {where}"
        try:
            re.compile(entry["pattern"], re.I)
        except re.error as exc:
            pytest.fail(f"{name} {where}: {exc}")


def test_frame_patterns_keep_the_shape_the_stages_read() -> None:
    frames = vocabulary().frames
    assert set(frames["triggers"]) == {"lift", "threat", "propose", "impose", "weak"}
    assert all(isinstance(p, str) for kind in frames["triggers"].values() for p in kind)
    assert isinstance(frames["modality"]["threatened"], str)
    # written once in the file, a backslash reaches Python once: \b is a word boundary
    assert re.search(frames["negation"], "they did not act")
    assert not re.search(frames["negation"], "nothing")


def test_every_grammar_rule_is_used_by_a_stage() -> None:
    code = "\n".join(p.read_text(encoding="utf-8") for p in EXTRACT_SOURCES.rglob("*.py"))
    patterns = "\n".join(entry["pattern"] for entry in grammar_entries().values())
    uses = ('rule("{}")', 'rule_text("{}")')
    unused = [
        key
        for key in grammar_entries()
        if not any(use.format(key) in code for use in uses) and f"{{{{{key}}}}}" not in patterns
    ]
    assert not unused, f"patterns no stage reads: {unused}"


def test_a_pattern_without_a_note_is_refused_naming_file_and_entry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "bad.toml").write_text(
        "[[triggers.lift]]\nnote = 'Delisted.'\npattern = '''\\bdelisted\\b'''\n"
        "[[triggers.lift]]\npattern = '''\\bunfroze\\b'''\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(vocabulary_module, "DATA", tmp_path)
    with pytest.raises(ValueError, match=r"bad\.toml \[triggers\.lift\[1\]\]: .*note"):
        load_patterns("bad.toml")


def test_every_grammar_note_quotes_an_example() -> None:
    # a note says what its pattern finds and why, with a quoted example to check it by
    bare = [
        key for key, entry in grammar_entries().items() if not re.search("[\"“']", entry["note"])
    ]
    assert not bare, f"grammar notes without an example: {bare}"


def literal_calls(source: str, functions: tuple[str, ...]) -> list[tuple[int, str]]:
    """(line, pattern) of the `re.<function>("...")` calls on a literal pattern in `source`."""
    return [
        (node.lineno, node.args[0].value)
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in functions
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id == "re"
        and node.args
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
    ]


def literal_patterns(source: str) -> list[int]:
    """Lines of `re.compile("...")` calls on a literal pattern in `source`."""
    return [line for line, _ in literal_calls(source, ("compile",))]


INLINE = ("search", "match", "fullmatch", "sub", "subn", "split", "findall", "finditer")
# what a pattern writes that is no word of the text: an escape (\b, \s), a group's name,
# inline flags, a set of characters ([A-Z]); a word of two letters or more is then text
REGEX_SYNTAX = re.compile(
    r"\\.|\(\?(?:P<\w+>|P=\w+\)|[aiLmsux-]+[:)]|[:=!]|<[=!])|\[(?:\\.|[^]\\])*]"
)


def content_words(pattern: str) -> list[str]:
    """The words of the text a pattern names that are not function words ("and",
    "which", "the": the code's own grammar of a splitter), e.g. "alongside"."""
    function_words = {w for line in load_lines("function_words.txt") for w in line.split()}
    words = re.findall(r"[A-Za-z]{2,}", REGEX_SYNTAX.sub(" ", pattern))
    return [w for w in words if w.lower() not in function_words]


def test_the_stages_compile_no_grammar_of_their_own() -> None:
    # the language of sanctions news lives in grammar.toml with a note (`rule(...)`);
    # a stage (learn/ too) compiles a literal pattern only for mechanics it says so of
    # (a token splitter, a prefilter), and matches one inline only with no words but
    # function words ("and" splitting "A and B"); patterns built from data/ are not literal
    unmarked = []
    for path in sorted(EXTRACT_SOURCES.rglob("*.py")):
        if path.name in ("lookahead.py", "patterncache.py"):  # the pattern machinery
            continue
        source = path.read_text(encoding="utf-8")
        lines = source.splitlines()
        where = path.relative_to(EXTRACT_SOURCES).as_posix()
        unmarked += [
            f"{where}:{n}" for n in literal_patterns(source) if "# mechanics" not in lines[n - 1]
        ]
        unmarked += [
            f"{where}:{n} {content_words(pattern)}"
            for n, pattern in literal_calls(source, INLINE)
            if content_words(pattern) and "# mechanics" not in lines[n - 1]
        ]
    assert not unmarked, f"grammar in code, not in grammar.toml: {unmarked}"


def test_the_literal_pattern_finder_finds_one() -> None:
    source = 'import re\nA = re.compile(r"\\bsanctioned\\b", re.I)\nB = re.compile(WORDS)\n'
    assert literal_patterns(source) == [2]
    inline = 'import re\nif re.search(\n    r"\\bjointly with\\b", gap\n):\n    re.split(sep, x)\n'
    assert literal_calls(inline, INLINE) == [(2, r"\bjointly with\b")]


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"\band\b|&|as well as|together with|alongside", ["well", "together", "alongside"]),
        (r"^(?:on|this|last)\s+|['’]s$", ["last"]),
        # the pattern's own syntax is no word: escapes, sets, group names, flags
        (r"\s+(?:and|&)\s+", []),
        (r"(?P<reason>[^,;]+)\bof\b(?i:the)", []),
        (r"(?<![\w.-])[A-Z]{2,}s(?=\W)", []),
        (r"\d{4}[-/]\d\d(?P=reason)", []),
    ],
)
def test_content_words_are_the_pattern_s_words_but_function_words(
    pattern: str, words: list[str]
) -> None:
    assert content_words(pattern) == words


def test_a_part_named_in_a_pattern_is_filled_in_as_written() -> None:
    entries = {
        "targets.relations": {"pattern": "owned by|linked to"},
        "targets.direct_role": {"pattern": r"\b(?:with|{{targets.relations}})\s+$"},
        "targets.loop": {"pattern": "a{0,2}|{{targets.loop}}"},
        "targets.lost": {"pattern": "{{targets.nowhere}}"},
    }
    assert filled("targets.direct_role", entries) == r"\b(?:with|owned by|linked to)\s+$"
    with pytest.raises(ValueError, match=r"\[targets\.loop\]: names itself"):
        filled("targets.loop", entries)
    with pytest.raises(ValueError, match=r"\[targets\.lost\]: no entry \{\{targets\.nowhere\}\}"):
        filled("targets.lost", entries)
    # in the data: "owned by" is a relation before a name, and a part of two patterns
    assert rule("targets.direct_role").search("a tanker owned by the ")
    assert not rule("targets.direct_role").search("a tanker owned by Iran")


def test_every_word_list_says_what_it_is_for_and_is_read() -> None:
    lists = word_lists("name_words.toml")
    code = (EXTRACT_SOURCES / "names.py").read_text(encoding="utf-8")
    for key, entry in load_toml("name_words.toml").items():
        assert entry["note"].strip() and lists[key], key
        assert f'NAME_WORDS["{key}"]' in code, f"name_words.toml [{key}]: no stage reads it"


def test_a_word_list_without_a_note_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "bad.toml").write_text("[weekdays]\nwords = ['Monday']\n", encoding="utf-8")
    monkeypatch.setattr(vocabulary_module, "DATA", tmp_path)
    with pytest.raises(ValueError, match=r"bad\.toml \[weekdays\]"):
        word_lists("bad.toml")


def test_the_lebanese_forms_are_read_from_name_words_and_keep_offshore_in_the_name() -> None:
    forms = word_lists("name_words.toml")["lebanese_forms"]
    assert forms, "name_words.toml [lebanese_forms] is empty"
    for form in forms:
        text = f"The EU on Thursday listed Cedar Crest Holding {form} (offshore) and Vega LLC."
        assert [n.text for n in find_names(text)] == [
            f"Cedar Crest Holding {form} (offshore)",
            "Vega LLC",
        ]


def test_the_same_day_words_are_read_from_calendar_json_and_take_the_speaker_s_day() -> None:
    calendar = load_json("calendar.json")
    same_day = calendar["same_day"]
    # a same-day word the relative-date pattern does not find would never apply
    assert same_day and set(same_day) <= set(calendar["relative_days"])
    friday, wednesday = date(2026, 12, 4), date(2026, 12, 2)
    for word in same_day:
        text = f"\u201cWe act {word},\u201d the minister said on Wednesday."
        assert [d.value for d in find_dates(text, friday)] == [wednesday, wednesday], word
    # a word that names another day keeps its own: "yesterday" is the page's day before
    text = "\u201cWe acted yesterday,\u201d the minister said on Wednesday."
    assert find_dates(text, friday)[0].value == date(2026, 12, 3)


def test_the_stamp_and_night_before_words_are_read_from_calendar_json() -> None:
    calendar = load_json("calendar.json")
    assert calendar["stamp_words"], "calendar.json stamp_words is empty"
    line = "Sanctions news on the Council and its latest Russia listings of the week"
    for word in [*calendar["stamp_words"], "shared"]:
        stamped = publication_date(f"{line}, {word} 5 March 2025\nBody.")
        expected = date(2025, 3, 5) if word in calendar["stamp_words"] else None
        assert stamped == expected, word  # a line this long is a stamp only by its word
    night = calendar["night_before"]
    assert night and set(night) <= set(calendar["relative_days"])
    for word in calendar["relative_days"]:
        found = find_dates(f"The Treasury sanctioned six firms {word}.", date(2026, 12, 4))
        assert [d.value for d in found] == [date(2026, 12, 3 if word in night else 4)], word


def test_the_day_count_words_have_their_values_in_counts_json() -> None:
    # dates.later and assembly.days_later/days_after read "two days later" by these
    numbers = vocabulary().counts["numbers"]
    words = ["a", "one", "two", "three", "four", "five", "six"]
    assert [numbers[w] for w in words] == [1, 1, 2, 3, 4, 5, 6]


@pytest.mark.parametrize("noun", rule_text("actors.plural_state_nouns").split("|"))
def test_each_plural_state_noun_passes_the_quick_check_and_names_the_states(noun: str) -> None:
    # actors.plural_references passes over a sentence without these nouns before trying
    # actors.plural_states: both read one list, and a noun of it names the states
    assert re.fullmatch(r"[a-z]+", noun), "plain words only: the quick check reads them so"
    assert "{{actors.plural_state_nouns}}" in grammar_entries()["actors.plural_states"]["pattern"]
    assert noun in actors.PLURAL_STATE_NOUNS
    text = f"Estonia, Latvia and Lithuania met on Monday. The three {noun} banned 14 officials."
    doc = run(Doc(Article(id="t", text=text)), ["clean", "published", "sentences", "mentions"])
    phrase = f"The three {noun}"
    assert sorted(m.code for m in doc.mentions[1] if m.text == phrase) == ["EE", "LT", "LV"]
