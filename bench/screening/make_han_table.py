"""Write `screening/data/han_simplified.txt`: traditional Han characters -> simplified.

    .venv/bin/python bench/screening/make_han_table.py

pypinyin's phrase table, which reads a character as it is read in a word ('长安' Chang'an,
'重庆' Chongqing), holds simplified words: a name in traditional characters ('長安') is
read character by character and takes a polyphonic character's first reading ('zhang
an'). The screener folds traditional characters to simplified before reading them, by
this table: ICU's Traditional-Simplified transform (PyICU, which normality installs)
applied to each CJK ideograph alone, kept where it gives another single character. Built
once and shipped, so the screener needs no ICU at run time.
"""

from __future__ import annotations

from pathlib import Path

import icu

OUT = Path(__file__).parents[2] / "src/sanctionwatch/screening/data/han_simplified.txt"
BLOCKS = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF))  # Extension A, the Unified Ideographs


def pairs() -> list[tuple[str, str]]:
    fold = icu.Transliterator.createInstance("Traditional-Simplified")
    out = []
    for first, last in BLOCKS:
        for code in range(first, last + 1):
            char = chr(code)
            simple = fold.transliterate(char)
            if simple != char and len(simple) == 1:
                out.append((char, simple))
    return out


def main() -> None:
    found = pairs()
    lines = [
        "# Traditional Han character -> simplified, one pair a line, from ICU's",
        "# Traditional-Simplified transform (bench/screening/make_han_table.py; regenerate,",
        "# do not edit).",
        *(f"{t}{s}" for t, s in found),
    ]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(found)} characters -> {OUT}")


if __name__ == "__main__":
    main()
