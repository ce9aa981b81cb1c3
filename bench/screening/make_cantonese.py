"""Write `screening/data/cantonese.txt`: Han characters -> their Cantonese reading as Hong
Kong writes names.

    .venv/bin/pip install -e '.[bench]'
    .venv/bin/python bench/screening/make_cantonese.py

Hong Kong names are romanised from Cantonese in the Hong Kong Government's spelling
('譚耀宗' TAM Yiu-chung, where pinyin reads Tan Yaozong). Each character's first Jyutping
reading in `cantonese-romanisation`'s table (the LSHK scheme) is respelt by the rules of
that spelling: unaspirated initials written 'p', 't', 'k', 'ch' ('鄧' dang Tang, '基' gei
Kei), 'j' written 'y', long 'aa' 'a', 'oeng' 'eung' ('張' Cheung), 'eoi' 'ui' ('徐' Tsui),
'yun' 'uen' ('袁' Yuen), 'un' 'oon' ('滿' Moon), 'ou' 'o' ('高' Ko). One spelling a
character: where Hong Kong writes a syllable two ways ('Chan' and 'Tsang' for Jyutping
'c'), the commoner. Simplified characters read as their traditional forms. Built once
and shipped, so the screener needs no Cantonese table at run time.
"""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path

DATA = Path(__file__).parents[2] / "src/sanctionwatch/screening/data"
OUT = DATA / "cantonese.txt"

_INITIALS = {"b": "p", "d": "t", "g": "k", "gw": "kw", "z": "ch", "c": "ch", "j": "y"}
_FINALS = {
    "aa": "a",
    "aai": "ai",
    "aau": "au",
    "aam": "am",
    "aan": "an",
    "aang": "ang",
    "aap": "ap",
    "aat": "at",
    "aak": "ak",
    "oeng": "eung",
    "oek": "euk",
    "oe": "eu",
    "eoi": "ui",
    "eon": "un",
    "eot": "ut",
    "yu": "u",
    "yun": "uen",
    "yut": "uet",
    "un": "oon",
    "ou": "o",
}
# Whole syllables Hong Kong spells otherwise than the rules give: 'ts' for Jyutping 'z',
# 'c' before these finals ('曾' Tsang, '謝' Tse, '徐' Tsui, '曹' Tso), 'sh' before a
# rounded vowel ('孫' Suen but '信' Shun, '常' Sheung), 'Lee', 'Wah', 'Sze'.
_SYLLABLES = {
    "zang": "tsang",
    "cang": "tsang",
    "ze": "tse",
    "ce": "tse",
    "zeoi": "tsui",
    "ceoi": "tsui",
    "zo": "tso",
    "co": "tso",
    "cou": "tso",
    "syu": "shu",
    "seon": "shun",
    "soeng": "sheung",
    "soek": "sheuk",
    "lei": "lee",
    "waa": "wah",
    "si": "sze",
    "jyu": "yu",
    "jyun": "yuen",
    "jyut": "yuet",
}
_SYLLABLE = re.compile("(gw|kw|ng|[bpmfdtnlgkhwzcsj]?)([a-z]+)")


def hong_kong(jyutping: str) -> str:
    """One Jyutping syllable (tone digit dropped) in the Hong Kong Government's spelling."""
    syllable = jyutping.rstrip("123456")
    if syllable in _SYLLABLES:
        return _SYLLABLES[syllable]
    found = _SYLLABLE.fullmatch(syllable)
    if found is None or syllable in ("m", "ng"):
        return syllable
    initial, final = found.groups()
    if initial == "j" and final.startswith("y"):
        final = final[1:]
    return _INITIALS.get(initial, initial) + _FINALS.get(final, final)


def _table(name: str) -> dict[str, list[str]]:
    text = resources.files("cantoroman").joinpath("data", name).read_text("utf-8")
    return dict(json.loads(text))


def readings() -> dict[str, str]:
    """Each character's reading: the first of its Jyutping readings whose spelling is one
    the package lists for it in the Hong Kong Government's scheme ('華' faa1, waa4: Wah;
    '蔡' saat3, coi3: Choi), else its first."""
    spelt: dict[str, set[str]] = {}
    for roman, chars in _table("romanToChar.json").items():
        for char in chars:
            spelt.setdefault(char, set()).add(roman)
    out = {}
    for char, jyutping in _table("charToLshk.json").items():
        found = [hong_kong(j) for j in jyutping if re.fullmatch("[a-z]+[1-6]", j)]
        if len(char) == 1 and found:
            listed = spelt.get(char, set())
            out[char] = next((f for f in found if f in listed), found[0])
    for line in (DATA / "han_simplified.txt").read_text("utf-8").splitlines():
        if line and not line.startswith("#") and line[0] in out:
            out.setdefault(line[1], out[line[0]])  # '张' as '張' Cheung
    return out


def main() -> None:
    found = readings()
    lines = [
        "# Han character -> its Cantonese reading in the Hong Kong Government's spelling, one",
        "# a line, from cantonese-romanisation's Jyutping (bench/screening/make_cantonese.py;",
        "# regenerate, do not edit).",
        *(f"{c} {r}" for c, r in sorted(found.items())),
    ]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(found)} characters -> {OUT}")


if __name__ == "__main__":
    main()
