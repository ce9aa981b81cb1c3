"""Build the two halves of the class bench: `tune.csv` (seed 101) and `heldout.csv` (seed 202).

    .venv/bin/python bench/screening/make_bench.py [--per-class 60]

Same row shape as `cases.csv` (see make_cases.py) plus innocent-name classes, whose rows
name no listed entity: for those `candidate_id` is the listed entity whose name is
nearest by rapidfuzz (what pairwise matchers are given) and the run counts any hit of
ours at the threshold as a false positive. The classes are written from how names vary
in the wild and from the schemes the lists use, not from the scorer's data files. Tune
on `tune.csv` only; `heldout.csv` is drawn from other entities with another seed.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from corpus import is_latin, load_entities
from make_cases import (
    _KOREAN_RULES,
    _KOREAN_SURNAMES,
    _case,
    _extras,
    _tokens,
    names,
    negatives,
    perturb,
    prop,
    to_cyrillic,
)

HERE = Path(__file__).parent
Entity = dict[str, Any]
Case = dict[str, str]
INNOCENT = json.loads((HERE / "data" / "innocent_names.json").read_text("utf-8"))
SCRIPT_INNOCENT = json.loads((HERE / "data" / "innocent_script.json").read_text("utf-8"))


def _letters(spaced: str) -> list[str]:
    return spaced.split(" ")


# Russian Cyrillic in the schemes the lists use (one table each, letter by letter).
_RU = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
_SCHEMES: dict[str, list[str]] = {
    # BGN/PCGN (ASCII use, as the UK and US lists write it)
    "bgn": _letters("a b v g d ye yo zh z i y k l m n o p r s t u f kh ts ch sh shch  y  e yu ya"),
    # ISO 9 with its diacritics
    "iso9": _letters("a b v g d e ë ž z i j k l m n o p r s t u f h c č š ŝ ʺ y ʹ è û â"),
    # GOST 7.79 system B (ASCII)
    "gost": _letters(
        "a b v g d e yo zh z i j k l m n o p r s t u f x c ch sh shh `` y` ` e` yu ya"
    ),
    # Passports (ICAO 9303, 2013 on)
    "passport": _letters(
        "a b v g d e e zh z i i k l m n o p r s t u f kh ts ch sh shch ie y  e iu ia"
    ),
    # French habits
    "french": _letters(
        "a b v g d e io j z i i k l m n o p r s t ou f kh ts tch ch chtch  y  e iou ia"
    ),
    # German habits
    "german": _letters(
        "a b w g d je jo sch s i i k l m n o p r ss t u f ch z tsch sch schtsch  y  e ju ja"
    ),
}
for _scheme, _table in _SCHEMES.items():
    assert len(_table) == len(_RU), (_scheme, len(_table))

_HOMOGLYPHS = {  # Latin letter -> a Cyrillic or Greek letter drawn alike
    "a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "y": "у", "x": "х", "i": "і",
    "A": "А", "B": "В", "E": "Е", "K": "К", "M": "М", "H": "Н", "O": "Ο", "P": "Р",
    "C": "С", "T": "Т", "X": "Χ", "I": "Ι", "N": "Ν", "Z": "Ζ",
}  # fmt: skip
_INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u00ad", "\ufeff", "\u2060"]
_PARTICLES_ADD = {
    "Person": ["al-", "bin ", "ibn ", "van ", "de ", "von ", "abu ", "el "],
}
_GENERIC_SPELLING = [  # one sound, another spelling (transliteration habits)
    ("kh", "h"), ("h", "kh"), ("y", "i"), ("i", "y"), ("ou", "u"), ("u", "ou"), ("j", "dj"),
    ("sh", "ch"), ("ch", "tch"), ("ks", "x"), ("x", "ks"), ("ph", "f"), ("f", "ph"),
    ("ee", "i"), ("ai", "ay"), ("ay", "ai"), ("q", "k"), ("k", "q"), ("w", "v"), ("v", "w"),
    ("dzh", "j"), ("zh", "j"), ("ie", "iye"), ("iy", "i"), ("ts", "tz"), ("c", "k"),
]  # fmt: skip
_IMO_FORMS = [
    "{n} IMO {i}", "{n} (IMO {i})", "IMO {i} {n}", "{n} IMO:{i}", "{n} {i}", "{n} - IMO No. {i}",
]  # fmt: skip
_PARTICLE_WORDS = ("al", "bin", "ibn", "van", "de", "von", "abu", "el", "ben")


def _entity_names(entity: Entity, latin: bool = True) -> list[str]:
    props = entity.get("properties", {})
    pool = props.get("name", []) + props.get("alias", [])
    return [n for n in pool if is_latin(n) == latin and n.strip()]


def _scripts(name: str) -> set[str]:
    return {unicodedata.name(c, "?").split()[0] for c in name if c.isalpha()}


_PERSIAN = set("پچژگکی")


def _original(entity: Entity, script: str) -> str | None:
    """A name of the entity in `script` (CYRILLIC, ARABIC, PERSIAN, CJK), if it has one."""
    for name in _entity_names(entity, latin=False):
        if len(name) > 80:
            continue  # several names in one string: no one query is written so
        found = _scripts(name)
        if script == "PERSIAN":
            if found == {"ARABIC"} and _PERSIAN & set(name):
                return name
        elif script == "ARABIC":
            if found == {"ARABIC"} and not _PERSIAN & set(name):
                return name
        elif found == {script}:
            return name
    return None


def _russian(entity: Entity) -> str | None:
    for name in _entity_names(entity, latin=False):
        if _scripts(name) == {"CYRILLIC"} and set(name.lower()) - set(" -,.") <= set(_RU):
            return name
    return None


def transliterate(name: str, scheme: str) -> str:
    table = dict(zip(_RU, _SCHEMES[scheme], strict=True))
    out = []
    for i, ch in enumerate(name):
        low = ch.lower()
        if low not in table:
            out.append(ch)
            continue
        latin = table[low]
        if scheme == "bgn" and low == "е" and (i == 0 or name[i - 1] in " -аеёиоуыэюяъь"):
            latin = "ye"
        elif scheme == "bgn" and low == "е":
            latin = "e"
        out.append(latin.capitalize() if ch.isupper() else latin)
    return "".join(out)


def _korean(entity: Entity, rng: random.Random) -> list[str] | None:
    """The words of a Korean person's name (surname first), or None."""
    if entity["schema"] != "Person":
        return None
    pool = names(entity)
    if not pool:
        return None
    words = [w.strip(",").capitalize() for w in _tokens(rng.choice(pool))]
    if not 2 <= len(words) <= 3 or words[0].lower() not in _KOREAN_SURNAMES:
        return None
    if any(len(w) > 6 for w in words):
        return None
    return words


def _korean_rr(words: list[str], rng: random.Random) -> list[str]:
    out = " ".join(words)
    for pattern, repl in rng.sample(_KOREAN_RULES, k=4):
        out = re.sub(pattern, repl, out)
    return out.split()


def _given(words: list[str], style: str) -> str:
    given = words[1:]
    if len(given) < 2:
        return " ".join(given)
    a, b = given[0], given[1]
    return {"space": f"{a} {b}", "hyphen": f"{a}-{b.lower()}", "joined": a + b.lower()}[style]


def _typo_at(rng: random.Random, word: str, k: int) -> str:
    op = rng.choice(["drop", "swap", "double", "replace"])
    if op == "drop":
        return word[:k] + word[k + 1 :]
    if op == "swap" and k + 1 < len(word):
        return word[:k] + word[k + 1] + word[k] + word[k + 2 :]
    if op == "double":
        return word[:k] + word[k] + word[k:]
    new = rng.choice([c for c in "aeioulnrstmkd" if c != word[k].lower()])
    return word[:k] + (new.upper() if word[k].isupper() else new) + word[k + 1 :]


def make(kind: str, rng: random.Random, entity: Entity) -> str | None:
    schema = entity["schema"]
    pool = names(entity)
    if not pool:
        return None
    name = rng.choice(pool)
    words = _tokens(name)
    if kind in ("korean_order", "korean_hyphen", "korean_combined", "korean_rr"):
        kw = _korean(entity, rng)
        if kw is None or (kind != "korean_rr" and len(kw) != 3):
            return None
        if kind == "korean_order":
            return " ".join([*kw[1:], kw[0]])
        if kind == "korean_hyphen":
            return f"{kw[0]} {_given(kw, rng.choice(['hyphen', 'joined']))}"
        if kind == "korean_rr":
            out = " ".join(_korean_rr(kw, rng))
            return out if out != " ".join(kw) else None
        rr = _korean_rr(kw, rng)
        given = _given(rr, rng.choice(["hyphen", "joined", "space"]))
        return f"{given} {rr[0]}" if rng.random() < 0.5 else f"{rr[0]} {given}"
    if kind == "homoglyph":
        letters = [i for i, c in enumerate(name) if c in _HOMOGLYPHS]
        if len(letters) < 2:
            return None
        chars = list(name)
        for i in rng.sample(letters, k=min(len(letters), rng.randint(1, 3))):
            chars[i] = _HOMOGLYPHS[chars[i]]
        return "".join(chars)
    if kind == "invisible":
        long = [w for w in words if len(w) >= 4]
        if not long:
            return None
        chars = list(name)
        for _ in range(rng.randint(1, 2)):
            pos = rng.randrange(1, len(chars))
            if chars[pos - 1].isalpha() and chars[pos].isalpha():
                chars.insert(pos, rng.choice(_INVISIBLE))
        out = "".join(chars)
        return out.replace(" ", "\u00a0", 1) if rng.random() < 0.3 else out
    if kind == "particles":
        if schema != "Person" or len(words) < 2:
            return None
        lowered = [w.lower().rstrip(",") for w in words]
        present = [
            i for i, w in enumerate(lowered) if w in _PARTICLE_WORDS or w.startswith(("al-", "el-"))
        ]
        if present:  # drop or change the particle
            i = rng.choice(present)
            w = words[i]
            if "-" in w and w.lower()[:3] in ("al-", "el-"):
                words[i] = rng.choice([w[3:], "Al " + w[3:], "El-" + w[3:], "Al" + w[3:].lower()])
            else:
                del words[i]
            return " ".join(words)
        i = rng.randrange(1, len(words))
        words[i] = rng.choice(_PARTICLES_ADD["Person"]) + words[i]
        return " ".join(words).replace("- ", "-")
    if kind.startswith("translit_ru_"):
        russian = _russian(entity)
        if russian is None or schema != "Person":
            return None
        return transliterate(russian, kind.removeprefix("translit_ru_"))
    if kind == "translit_generic":
        low = name.lower()
        options = [(a, b) for a, b in _GENERIC_SPELLING if a in low]
        if not options:
            return None
        out = low
        for a, b in rng.sample(options, k=min(len(options), rng.randint(1, 2))):
            out = out.replace(a, b, 1)
        return out.title() if out != low else None
    if kind.startswith("script_"):
        script = kind.removeprefix("script_").upper()
        if script == "CYRILLIC_GEN":
            return to_cyrillic(name) if schema == "Person" else None
        if script == "CHINESE":
            script = "CJK"
        return _original(entity, script)
    if kind == "dropped_token":
        if len(words) < 3:
            return None
        del words[rng.choice([0, len(words) - 1])]
        return " ".join(words)
    if kind in ("typo_first", "typo_single", "typo_two", "typo_any"):
        if kind == "typo_single":
            if len(words) != 1 or len(words[0]) < 5:
                return None
            return _typo_at(rng, words[0], rng.randrange(0, len(words[0]) - 1))
        long = [i for i, w in enumerate(words) if len(w) >= (4 if kind != "typo_two" else 7)]
        if not long:
            return None
        i = rng.choice(long)
        if kind == "typo_first":
            words[i] = _typo_at(rng, words[i], rng.randrange(0, 2))
        elif kind == "typo_two":
            w = _typo_at(rng, words[i], rng.randrange(0, len(words[i]) // 2))
            words[i] = _typo_at(rng, w, rng.randrange(len(w) // 2, len(w) - 1))
        else:
            words[i] = _typo_at(rng, words[i], rng.randrange(0, len(words[i]) - 1))
        return " ".join(words)
    if kind == "vowel_drop":
        long = [i for i, w in enumerate(words) if len(w) >= 6]
        if not long:
            return None
        i = rng.choice(long)
        w = words[i]
        words[i] = w[0] + re.sub(r"[aeiouAEIOU]", "", w[1:])
        return " ".join(words) if words[i] != w else None
    if kind == "vessel_imo_name":
        imo = prop(entity, "imoNumber").upper().removeprefix("IMO").strip()
        if schema != "Vessel" or not imo.isdigit():
            return None
        return rng.choice(_IMO_FORMS).format(n=name, i=imo)
    if kind == "vessel_former":
        former = entity.get("properties", {}).get("previousName", [])
        if schema != "Vessel" or not former:
            return None
        return f"{rng.choice(['', 'MV ', 'M/T ', 'LNG '])}{rng.choice(former)}"
    if kind == "case_punct":
        if len(words) < 2:
            return None
        out = name.replace(",", "").replace(".", "")
        inverted = f"{words[-1].upper()}, {' '.join(words[:-1])}"
        return rng.choice([out.upper(), out.lower(), inverted])
    # The classes of make_cases.py keep their names.
    return perturb(rng, kind, entity)


POSITIVE = [
    "script_cyrillic", "script_arabic", "script_persian", "script_chinese", "script_cyrillic_gen",
    "korean", "korean_order", "korean_hyphen", "korean_combined", "korean_rr",
    "arabic", "particles", "homoglyph", "invisible",
    "translit_ru_bgn", "translit_ru_iso9", "translit_ru_gost", "translit_ru_passport",
    "translit_ru_french", "translit_ru_german", "translit_generic",
    "token_order", "missing_middle", "dropped_token", "initials", "case_punct",
    "legal_form", "vessel", "vessel_imo_name", "vessel_former",
    "typo_any", "typo_first", "typo_single", "typo_two", "truncation", "vowel_drop",
]  # fmt: skip


def _nearest(index: Any, name: str) -> Entity | None:
    from rapidfuzz import fuzz, process

    found = process.extractOne(name, index[0], scorer=fuzz.token_sort_ratio)
    return index[1][found[2]] if found else None


def _innocent_name(rng: random.Random) -> tuple[str, str, str]:
    """(name, schema, country) of an innocent party from one culture."""
    if rng.random() < 0.15:
        c = INNOCENT["companies"]
        words = rng.sample(c["words"], k=rng.choice([1, 1, 2]))
        name = " ".join([*words, rng.choice(c["trades"]), rng.choice(c["forms"])]).strip()
        return name, "Company", rng.choice(c["countries"])
    culture = rng.choice([k for k in INNOCENT if k not in ("_note", "companies")])
    data = INNOCENT[culture]
    given, surname = rng.choice(data["given"]), rng.choice(data["surnames"])
    if culture == "russian" and rng.random() < 0.4:
        given = f"{given} {rng.choice(data['patronymics'])}"
    if culture == "arabic" and rng.random() < 0.3:
        given = f"{given} {rng.choice(data['given'])}"
    if culture in ("chinese", "korean"):
        order = rng.random()
        name = f"{surname} {given}" if order < 0.6 else f"{given} {surname}"
    elif culture == "hispanic" and rng.random() < 0.5:
        name = f"{given} {surname} {rng.choice(data['surnames'])}"
    else:
        name = f"{given} {surname}"
    return name, "Person", rng.choice(data["countries"])


def innocents(
    rng: random.Random, n: int, nearest: Callable[[str], Entity | None]
) -> Iterator[Case]:
    for i in range(n):
        name, schema, country = _innocent_name(rng)
        near = nearest(name)
        if near is None:
            continue
        extra = {"query_schema": schema}
        kind = "neg_innocent"
        if i % 2:
            kind = "neg_innocent_dob"
            year = str(rng.randrange(1945, 2004))
            extra |= {"query_country": country}
            extra |= {"query_birth_date": year if schema == "Person" else ""}
        row = _case(kind, 0, near, name, **extra)
        yield row


def _script_name(rng: random.Random, script: str) -> str:
    """An innocent person's name from `data/innocent_script.json`, written in its script."""
    data = SCRIPT_INNOCENT[script]
    if script == "cyrillic":
        female = rng.random() < 0.4
        given = rng.choice(data["given_f"] if female else data["given_m"])
        surname = rng.choice(data["surnames"]) + ("а" if female else "")
        patronymic = rng.choice(data["patronymic_roots"]) + ("на" if female else "ич")
        order = rng.random()
        if order < 0.5:
            return f"{given} {surname}"
        if order < 0.8:
            return f"{surname} {given} {patronymic}"
        return f"{given} {patronymic} {surname}"
    if script in ("chinese", "korean"):  # surname first, joined, as the scripts write them
        return rng.choice(data["surnames"]) + rng.choice(data["given"])
    given, surname = rng.choice(data["given"]), rng.choice(data["surnames"])
    if script == "arabic" and rng.random() < 0.3:  # with the father's name
        given = f"{given} {rng.choice(data['given'])}"
    return f"{given} {surname}"


SCRIPT_NEGATIVE = ["arabic", "persian", "cyrillic", "chinese", "korean"]


def script_innocents(
    seed: int, per_class: int, nearest: Callable[[str], Entity | None]
) -> Iterator[Case]:
    """`neg_script_*`: innocent persons' names in their own scripts, which should match no
    listed (Latin) name: the false positives of the script readings. Their own generator,
    drawn after every other class, so the other classes' rows stay as they were."""
    from anyascii import anyascii

    rng = random.Random(seed * 10 + 3)
    for script in SCRIPT_NEGATIVE:
        for i in range(per_class):
            name = _script_name(rng, script)
            near = nearest(anyascii(name))
            if near is None:
                continue
            extra = {"query_schema": "Person"}
            if i % 2:  # half with a birth year and a country, as the innocent classes
                year = str(rng.randrange(1945, 2004))
                country = rng.choice(SCRIPT_INNOCENT[script]["countries"])
                extra |= {"query_country": country, "query_birth_date": year}
            yield _case(f"neg_script_{script}", 0, near, name, **extra)


_FOLDS = [("tch", "ch"), ("x", "ks"), ("ph", "f"), ("kh", "h"), ("ck", "k"), ("q", "k")]


def _consonants(word: str) -> str:
    # Another spelling of one name keeps its consonants ('Aleksandrovich',
    # 'Alexsandrovitch'): no negative. Doubled letters count once, vowels not at all.
    for old, new in _FOLDS:
        word = word.replace(old, new)
    return re.sub(r"[aeiouyhw]", "", re.sub(r"(.)\1+", r"\1", word))


_PATRONYMIC_END = re.compile(r"(vich|vych|vna|ovna|evna|ich|ych|ovic|ova|eva)$")


def _surname_at(name: str) -> int | None:
    """Where the surname stands: before the comma, the word in capitals, or last."""
    words = _tokens(name)
    if "," in name:
        return len(_tokens(name.split(",")[0])) - 1
    upper = [i for i, w in enumerate(words) if w.isupper() and len(w) > 1]
    if upper and len(upper) < len(words):
        return upper[-1]
    return len(words) - 1


def _near_name(
    rng: random.Random, persons: list[Entity], by_len: dict[str, list[str]]
) -> Iterator[Case]:
    """A listed person's name with the surname swapped for another listed surname that
    looks alike (2-3 edits, other consonants): 'Vladimir Potanin' for 'Vladimir Putin'."""
    from rapidfuzz.distance import Levenshtein

    for e in persons:
        name = names(e)[0]
        words = _tokens(name)
        at = _surname_at(name)
        if len(words) < 2 or at is None or len(words[at]) < 5:
            continue
        last = words[at].lower()
        if _PATRONYMIC_END.search(last) or not last.isalpha():
            continue
        pool = by_len.get(last[0], [])
        sample = rng.sample(pool, k=min(len(pool), 400))
        others = [
            o
            for o in sample
            if 2 <= Levenshtein.distance(o, last) <= 3
            and _consonants(o) != _consonants(last)
            and not _PATRONYMIC_END.search(o)
        ]
        if not others:
            continue
        other = rng.choice(others)
        words[at] = other.upper() if words[at].isupper() else other.capitalize()
        yield _case("neg_near_name", 0, e, " ".join(words))


def build(seed: int, per_class: int, entities: list[Entity], part: int) -> list[Case]:
    """Cases for one half: entities whose position is `part` modulo 2, so halves differ."""
    rng = random.Random(seed)
    half = [e for i, e in enumerate(entities) if i % 2 == part]
    order = half[:]
    rng.shuffle(order)
    rows: list[Case] = []
    for kind in POSITIVE:
        made = 0
        rng.shuffle(order)  # each class its own entities
        for e in order:
            query = make(kind, rng, e)
            if not query or query == (names(e) or [""])[0]:
                continue
            extra = _extras(rng, e) if not kind.startswith("vessel") else {}
            rows.append(_case(kind, 1, e, query, **extra))
            made += 1
            if made >= per_class:
                break
    by_class: dict[str, list[Case]] = defaultdict(list)
    for case in negatives(rng, half):
        by_class[case["class"]].append(case)
    persons = [e for e in half if e["schema"] == "Person" and names(e)]
    surnames: dict[str, list[str]] = defaultdict(list)
    for e in entities:
        if e["schema"] == "Person" and names(e):
            last = _tokens(names(e)[0])[-1].lower()
            if last.isalpha():
                surnames[last[0]].append(last)
    for key in surnames:
        surnames[key] = sorted(set(surnames[key]))
    rng.shuffle(persons)
    for case in _near_name(rng, persons[:3000], surnames):
        by_class[case["class"]].append(case)
        if len(by_class["neg_near_name"]) >= per_class * 2:
            break
    for cases in by_class.values():
        rows += rng.sample(cases, min(len(cases), per_class))
    listed = [e for e in entities if names(e)]
    choices = [names(e)[0] for e in listed]
    for case in innocents(rng, per_class * 6, lambda n: _nearest((choices, listed), n)):
        rows.append(case)
    rows += script_innocents(seed, per_class, lambda n: _nearest((choices, listed), n))
    return rows


def write_halves(names: tuple[str, str], build_half: Any, key: str, what: str) -> None:
    """Write the tuning half (seed 101) and the held-out half (seed 202) as CSV beside
    this script, each from `build_half(seed, part)`, with a count per `key` on stderr."""
    for name, seed, part in ((names[0], 101, 0), (names[1], 202, 1)):
        rows = build_half(seed, part)
        with (HERE / f"{name}.csv").open("w", newline="", encoding="utf-8") as fh:
            writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
        counts: dict[str, int] = defaultdict(int)
        for row in rows:
            counts[row[key]] += 1
        print(f"{name}: {len(rows)} {what}: {dict(counts)}", file=sys.stderr)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-class", type=int, default=60)
    parser.add_argument(
        "--draw",
        type=int,
        metavar="SEED",
        help="instead: one draw from the tuning half's entities with this seed, written to "
        "--out: fresh cases to check a change on, when tune.csv has been tuned on",
    )
    parser.add_argument("--out", type=Path, help="where --draw writes its cases")
    args = parser.parse_args(argv)
    entities = [e for e in load_entities() if e["schema"] != "Sanction"]
    if args.draw is not None:
        if args.out is None:
            parser.error("--draw needs --out")
        rows = build(args.draw, args.per_class, entities, 0)
        with args.out.open("w", newline="", encoding="utf-8") as fh:
            writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
        print(f"{args.out}: {len(rows)} cases", file=sys.stderr)
        return
    write_halves(
        ("tune", "heldout"),
        lambda seed, part: build(seed, args.per_class, entities, part),
        "class",
        "cases",
    )


if __name__ == "__main__":
    main()
