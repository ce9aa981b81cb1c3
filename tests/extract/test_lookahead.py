"""The first-character lookahead changes no match of any pattern the extractor uses."""

import re
import string
import sys
from pathlib import Path

import pytest

from sanctionwatch.extract import counts, dates, lookahead, targets
from sanctionwatch.extract.vocabulary import grammar_entries, load_patterns, vocabulary

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
# the Basic Multilingual Plane: every character that IGNORECASE folds to a Latin letter
TARGET_PATTERNS = ("cues", "exclude_before", "negation", "title_phrase")
BMP = "".join(chr(c) for c in range(0x10000) if not 0xD800 <= c <= 0xDFFF)


def test_reads_the_first_characters_and_the_word_boundary() -> None:
    assert lookahead.lookahead(r"\bimpos(?:ed|es)\b|\bsanction", re.I) == r"(?=\b[is])"
    assert lookahead.lookahead(r"(?:re-?)?designat", re.I) == "(?=[dr])"
    assert lookahead.lookahead(r"\d{1,2}(?:st|nd)|first", re.I) == r"(?=[\df])"
    assert lookahead.lookahead(r"[A-Z][a-z]+ Act", 0) == "(?=[A-Z])"
    # a lookbehind is zero-width: the characters after it start the match; one that
    # excludes every word character before a word character is a word boundary
    assert lookahead.lookahead(r"(?<![.-])(?:US|UK)", 0) == "(?=[U])"
    assert lookahead.lookahead(r"(?<![\w.-])(?:US|UK)", 0) == r"(?=\b[U])"
    # a lookbehind ending in a space before a letter starts at a word boundary too
    assert lookahead.lookahead(r"\bimpos|(?<=\bto )designate", re.I) == r"(?=\b[di])"
    assert lookahead.lookahead(r"\bimpos|(?<=to)designate", re.I) == "(?=[di])"
    assert lookahead.lookahead(r"\bimpos|(?<=to )[.x]", re.I) == r"(?=[\.ix])"


@pytest.mark.parametrize(
    "pattern",
    [r"a?", r"x*|y", r".foo", r"[^a]bc", r"(?i:ab)", r"(a)?\1b", r"\bfoo|bar?|", r"\p"],
)
def test_leaves_a_pattern_it_cannot_read_as_written(pattern: str) -> None:
    assert lookahead.lookahead(pattern, re.I) is None
    try:
        expected = re.compile(pattern, re.I).pattern
    except re.error:
        with pytest.raises(re.error):
            lookahead.guarded(pattern, re.I)
        return
    assert lookahead.guarded(pattern, re.I).pattern == expected


def test_a_class_of_first_letters_matches_every_character_the_letters_match() -> None:
    """IGNORECASE folds beyond ASCII ("K" the Kelvin sign is "k"): the class must too."""
    for letter in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789":
        for flags in (re.I, 0):
            by_letter = re.findall(re.escape(letter), BMP, flags)
            by_class = re.findall(f"(?=[{letter}])(?:{re.escape(letter)})", BMP, flags)
            assert by_class == by_letter, (letter, flags)


def extractor_patterns() -> list[tuple[str, str, int]]:
    """(where, pattern, flags) of the patterns the extractor compiles through `guarded`."""
    found = [
        (key, entry["pattern"], re.I if entry.get("ignore_case") else 0)
        for key, entry in grammar_entries().items()
    ]
    found += [(f"measures.{k}", v, re.I) for k, v in load_patterns("measures.toml").items()]
    programs = load_patterns("programs.toml")["patterns"]
    found.append(("programs", "|".join(f"(?:{p})" for p in programs), re.I))
    frames = vocabulary().frames
    for kind, alternatives in frames["triggers"].items():
        found.append((f"triggers.{kind}", "|".join(f"(?:{p})" for p in alternatives), re.I))
    for name in ("not_action", "news", "speech", "context", "negation"):
        found.append((f"frames.{name}", frames[name], re.I))
    found.append(("frames.background", "|".join(frames["background"]), re.I))
    found += [(f"frames.modality.{k}", v, re.I) for k, v in frames["modality"].items()]
    found += [(f"frames.kind_keywords.{k}", v, 0) for k, v in frames["kind_keywords"].items()]
    compiled = {f"dates.{k}": getattr(dates, k) for k in ("EXPLICIT", "WEEKDAY", "RELATIVE")}
    compiled.update({f"targets.{k}": getattr(targets.patterns(), k) for k in TARGET_PATTERNS})
    compiled["dates.DAY_ONLY"] = dates.DAY_ONLY
    compiled.update({f"counts.{k}": getattr(counts.patterns(), k) for k in ("phrase", "other")})
    for where, pat in compiled.items():
        found.append((where, source_of(pat), pat.flags & ~re.UNICODE))
    return found


def source_of(compiled: re.Pattern[str]) -> str:
    """The pattern as written, before `guarded` put its lookahead in front."""
    text = compiled.pattern
    for at in range(len(text)):
        if text.startswith(")(?:", at) and text.endswith(")"):
            source = text[at + 4 : -1]
            if lookahead.lookahead(source, compiled.flags & ~re.UNICODE) == text[: at + 1]:
                return source
    raise AssertionError(f"no lookahead in front of {text[:60]!r}")


def same_spans(texts: list[str]) -> None:
    texts.append(BMP[:20000])  # accents, other scripts, symbols
    guarded_ones = 0
    for where, pattern, flags in extractor_patterns():
        plain = re.compile(pattern, flags)
        fast = lookahead.guarded(pattern, flags)
        guarded_ones += fast.pattern != plain.pattern
        for text in texts:
            expected = [(m.span(), m.groups()) for m in plain.finditer(text)]
            assert [(m.span(), m.groups()) for m in fast.finditer(text)] == expected, where
            assert bool(fast.match(text)) == bool(plain.match(text)), where
    assert guarded_ones > 50  # the lookahead is read for most of them


def corpus_texts() -> list[str]:
    return [
        p.read_text(encoding="utf-8")
        for p in sorted(CORPUS.glob("*/*.txt"))
        if p.name not in ("URLS.txt", "README.txt")
    ]


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not available")
def test_every_extractor_pattern_finds_the_same_spans_on_corpus_texts() -> None:
    same_spans(corpus_texts()[::6])


@pytest.mark.slow
@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not available")
def test_every_extractor_pattern_finds_the_same_spans_on_the_whole_corpus() -> None:
    same_spans(corpus_texts())


def test_guarded_compiles_the_program_the_lookahead_text_compiles() -> None:
    """`guarded` compiles its one parse; re would build the same program from the text."""
    from re import _compiler as compiler  # type: ignore[attr-defined]
    from re import _parser as parser  # type: ignore[attr-defined]

    for where, pattern, flags in extractor_patterns():
        fast = lookahead.guarded(pattern, flags)
        ahead = lookahead.lookahead(pattern, flags)
        text = pattern if ahead is None else f"{ahead}(?:{pattern})"
        ref = re.compile(text, flags)
        assert (fast.pattern, fast.flags, fast.groups) == (ref.pattern, ref.flags, ref.groups)
        assert fast.groupindex == ref.groupindex, where
        if ahead is not None:
            parsed = parser.parse(pattern, flags)
            joined = parser.SubPattern(parsed.state, [*parser.parse(ahead, flags), *parsed])
            assert compiler._code(joined, flags) == compiler._code(
                parser.parse(text, flags), flags
            ), where


def test_a_pattern_with_global_inline_flags_is_compiled_as_written() -> None:
    fast = lookahead.guarded(r"(?x) sanction | embargo", re.I)
    assert fast.pattern == r"(?x) sanction | embargo"
    assert [m.group() for m in fast.finditer("EU sanctions, an embargo")] == [
        "sanction",
        "embargo",
    ]


def test_found_anywhere_groups_alternatives_by_first_character() -> None:
    grouped = lookahead.found_anywhere(r"sanction|\bban|subject|eas(?:ed|es)|a+b|impos")
    assert grouped == r"s(?:anction|ubject)|b(?:(?<=\bb)an)|e(?:as(?:ed|es))|i(?:mpos)|a+b"
    assert lookahead.found_anywhere(r"(a)b|ac") == r"(a)b|ac"  # groups would renumber
    # under IGNORECASE a group opens with its letter's cases, which re checks first
    caseless = lookahead.found_anywhere(r"Sanction|\bset\b|kin", re.I)
    assert caseless == r"(?-i:[Ssſ])(?:anction|(?<=\bs)et\b)|" + "(?-i:[Kk\u212a])(?:in)"
    fast = re.compile(caseless, re.I)
    assert [bool(fast.search(t)) for t in ("SANCTIONS", "the SET", "reset", "ſet")] == [
        True,
        True,
        False,
        True,
    ]


def test_same_letter_holds_every_character_re_matches_to_the_letter() -> None:
    everything = "".join(map(chr, range(sys.maxunicode + 1)))
    for letter in string.ascii_lowercase:
        matched = re.findall(letter, everything, re.I)
        assert lookahead.same_letter(letter) == f"(?-i:[{''.join(sorted(matched))}])", letter


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not available")
def test_keyword_prefilters_match_where_the_plain_patterns_match() -> None:
    frames = vocabulary().frames
    keywords = [(frames["prefilter"], 0), *((k, 0) for k in frames["kind_keywords"].values())]
    keywords.append((frames["context"], re.I))
    texts = [t for text in corpus_texts()[::3] for t in text.split("\n")]
    texts += [t.lower() for t in texts]
    texts += [w for k, _ in keywords for w in lookahead.top_level_branches(k)]  # each word alone
    texts += [w.upper() for k, _ in keywords for w in lookahead.top_level_branches(k)]
    texts.append(BMP[:20000])
    for pattern, flags in keywords:
        plain = re.compile(pattern, flags)
        fast = lookahead.guarded(lookahead.found_anywhere(pattern, flags), flags)
        assert fast.pattern != plain.pattern
        for text in texts:
            assert bool(fast.search(text)) == bool(plain.search(text)), (pattern, text)


def test_dispatched_groups_branches_by_first_letter_in_written_order() -> None:
    fast = lookahead.dispatched([r"\bimpos\w*", r"\b[a-z]+ed\b", r"\bsanction"], re.I)
    assert fast.pattern.startswith(r"(?=\b[")
    # "[a-z]+ed" may start with any letter: it stands once, between the groups before
    # and after it
    assert fast.pattern.endswith(
        r"(?=[i])(?:(?:\bimpos\w*))|(?:\b[a-z]+ed\b)|(?=[s])(?:(?:\bsanction)))"
    )
    # letters that start the same branches share one group
    shared = lookahead.dispatched([r"\b(?:ab|cd)", "x", r"\b[ac]z"], re.I).pattern
    assert r"(?=[ac])(?:(?:\b(?:ab|cd))|(?:\b[ac]z))" in shared
    text = "Japan IMPOSED sanctions; it imposed and listed them."
    expected = re.compile(r"\bimpos\w*|\b[a-z]+ed\b|\bsanction", re.I).findall(text)
    assert fast.findall(text) == expected == ["IMPOSED", "sanction", "imposed", "listed"]
    # a capturing branch, or one whose first characters are not plain letters: as written
    assert (
        lookahead.dispatched([r"(a)b", "c"]).pattern == lookahead.guarded("(?:(a)b)|(?:c)").pattern
    )
    assert (
        lookahead.dispatched([r"\sx", "c"]).pattern == lookahead.guarded(r"(?:\sx)|(?:c)").pattern
    )
    # digits, written or as \d, share the one group of \d
    assert lookahead.dispatched([r"\d+th", "1st", "x"]).pattern.count("(?=[\\d])") == 1


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not available")
def test_dispatched_alternations_find_the_same_spans_as_the_plain_ones() -> None:
    frames = vocabulary().frames
    alternations = {f"triggers.{k}": v for k, v in frames["triggers"].items()}
    alternations["frames.background"] = frames["background"]
    alternations["programs"] = load_patterns("programs.toml")["patterns"]
    texts = [*corpus_texts()[::2], BMP[:20000], "in 2019 the 3rd package", "١٢th round"]
    for where, branches in alternations.items():
        plain = re.compile("|".join(f"(?:{b})" for b in branches), re.I)
        fast = lookahead.dispatched(branches, re.I)
        assert fast.pattern != plain.pattern, where
        for text in texts:
            assert [m.span() for m in fast.finditer(text)] == [
                m.span() for m in plain.finditer(text)
            ], where


def test_a_class_escape_is_no_letter() -> None:
    assert lookahead.lookahead(r"\bimpos|(?<=to )\s", re.I) == r"(?=[\si])"
    assert lookahead.lookahead(r"\bimpos|(?<=to )\W", re.I) == r"(?=[\Wi])"
    assert lookahead.lookahead(r"\bimpos|(?<=to )\d", re.I) == r"(?=\b[\di])"


def in_scan_set(items: list[tuple[object, object]], code: int) -> bool:
    from re import _constants as sre  # type: ignore[attr-defined]

    for op, arg in items:
        if op is sre.CHARSET and code < 256 and arg[code // 32] >> (code % 32) & 1:  # type: ignore[index]
            return True
        if op is sre.RANGE and arg[0] <= code <= arg[1]:  # type: ignore[index]
            return True
    return False


@pytest.mark.parametrize(
    ("ahead", "flags"),
    [(r"(?=\b[is])", re.I), (r"(?=[\dk])", re.I), ("(?=[A-Z“])", 0), (r"(?=[\s,;\-–])", 0)],
)
def test_the_scan_set_holds_every_character_the_lookahead_lets_start(
    ahead: str, flags: int
) -> None:
    """re skips the positions whose character is not in the set: it must hold each one
    the lookahead's class matches, IGNORECASE's folds beyond ASCII included ("K")."""
    items = lookahead.scan_set(ahead, flags)
    letting = re.compile(ahead[ahead.index("[") : -1], flags)
    assert all(in_scan_set(items, ord(c)) for c in BMP if letting.fullmatch(c))
    if flags & re.I and "k" in ahead:
        assert in_scan_set(items, 0x212A)  # the Kelvin sign, "k" folded


def test_a_guarded_program_notes_where_re_may_skip_ahead() -> None:
    """The program of a guarded pattern opens with re's note of first characters, as
    re writes it for a pattern that opens with a class; the matches stay re's."""
    from re import _constants as sre  # type: ignore[attr-defined]

    program = lookahead.program(r"\bsanction\w*|\bkeep", re.I)
    assert program is not None
    code = program[2]
    assert code[0] == sre.INFO and code[2] == sre.SRE_INFO_CHARSET
    fast = lookahead.guarded(r"\bsanction\w*|\bkeep", re.I)
    text = "EU SANCTIONS; \u212aeep the ſanctions (long s) and sanctioned firms"
    assert fast.findall(text) == re.findall(r"\bsanction\w*|\bkeep", text, re.I)
    assert fast.findall(text) == ["SANCTIONS", "\u212aeep", "ſanctions", "sanctioned"]


def alternative_count(pattern: str, flags: int, grouped: bool) -> int:
    """How many alternatives the pattern's first alternation has, letter groups or not."""
    from re import _parser as parser  # type: ignore[attr-defined]

    parsed = parser.parse(pattern, flags)
    if grouped:
        parsed = lookahead.letter_groups(parsed, bool(flags & re.I))
    return next(len(av[1]) for op, av in parsed if op is lookahead.sre.BRANCH)


def test_caseless_alternatives_are_grouped_by_letter_in_their_written_order() -> None:
    # "no" before "not" as written; "ſeize" (not an ASCII letter) ends a run: n and s,
    # "ſeize", then k, n and h ("(?:has|have)" opens with "ha"); "ſ" is an s and the
    # Kelvin sign a k under IGNORECASE
    pattern = r"\b(?:no|not|never|sanction|n't|ſeize|kit|nor|(?:has|have)\s+yet|nix)"
    assert alternative_count(pattern, re.I, grouped=False) == 10
    assert alternative_count(pattern, re.I, grouped=True) == 6
    plain = re.compile(pattern, re.I)
    grouped = lookahead.kept(pattern, re.I)
    texts = [
        "NOT now, not ever: No. NEVER; nor n't",
        "ſanctions, SEIZE the \u212aIT, Kit",
        "it HAS YET to nix them, have  yet",
        BMP[:20000],
    ]
    for text in texts:
        expected = [(m.span(), m.group()) for m in plain.finditer(text)]
        assert [(m.span(), m.group()) for m in grouped.finditer(text)] == expected
    assert [m.group() for m in grouped.finditer("NOT nor")] == ["NO", "no"]  # "no" first


def test_alternatives_where_case_counts_are_not_grouped() -> None:
    from re import _compiler as compiler  # type: ignore[attr-defined]
    from re import _parser as parser  # type: ignore[attr-defined]

    for pattern, flags in [(r"Bank|bond|Bill", 0), (r"(?-i:Bank|bond|Bill)", re.I)]:
        parsed = parser.parse(pattern, flags)
        grouped = lookahead.letter_groups(parsed, bool(flags & re.I))
        assert compiler._code(grouped, flags) == compiler._code(parsed, flags)
    assert lookahead.kept(r"(?-i:Bank|bond)s", re.I).search("BANKS bonds").group() == "bonds"


def test_a_negative_lookbehind_of_word_characters_gives_the_word_boundary() -> None:
    ahead = lookahead.lookahead(r"(?<![\w$.,-])(?:two|\d+)\s+ships", re.I)
    assert ahead is not None and ahead.startswith(r"(?=\b[")
    # "$" alone before the number: no word character excluded, no boundary read
    assert lookahead.lookahead(r"(?<![$])(?:two|\d+)", re.I) == r"(?=[\dt])"
    fast = lookahead.guarded(r"(?<![\w$.,-])(?:two|\d+)\s+ships", re.I)
    assert [m.start() for m in fast.finditer("Two ships, x2 ships, $2 ships, 12 ships")] == [
        0,
        31,
    ]
