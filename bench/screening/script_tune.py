"""The class bench with another table of Arabic-script words: an honest tuning figure.

    .venv/bin/python bench/screening/learn_script.py --exclude bench/screening/tune.csv \\
        --out /tmp/words.txt
    .venv/bin/python bench/screening/script_tune.py /tmp/words.txt --cases bench/screening/tune.csv

`data/script_words.txt` is learned from the tuning half's entities, the ones `tune.csv`
queries: on its script classes the table reads words it learned from the very names
queried. Learned without them (`learn_script.py --exclude`), it meets the tuning queries
as it meets the held-out ones, so a change to the script readings can be judged on the
tuning half without flattering it. Any other argument goes to `classes.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import classes

from sanctionwatch.screening import script


def use_table(path: Path) -> None:
    """Replace the learned table in this process (the hand-written words stay)."""
    learned = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            word, spelt, _ = line.split("\t")
            learned[word] = spelt
    script.WORDS.clear()
    script.WORDS.update(learned)
    for line in script.data_lines("arabic_names.txt"):  # as `script._load` adds them
        word, spelt = line.split(" ")
        script.WORDS.setdefault(script.script_key(word), spelt)


if __name__ == "__main__":
    use_table(Path(sys.argv[1]))
    classes.main(sys.argv[2:])
