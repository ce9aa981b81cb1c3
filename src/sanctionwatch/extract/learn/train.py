"""Train the extractor's learned parts from the annotated corpus.

    python -m sanctionwatch.extract.learn.train \\
        --corpus ../shared/corpus --lists ../shared/lists \\
        --extra corpus/written --out src/sanctionwatch/extract/data/models

Reads every gold article of the corpus folders (train, dev, seeds) and of the
training-only folders (`--extra`, default `corpus/written` when the source tree
has it; `--extra` with no folder uses none), runs the
rule stages on each, projects the gold target names onto the text as token
labels and trains the CRF tagger; builds the gazetteer from the official lists;
writes `record.json` saying which data, code (the rule stages' own and their data
files too) and parameters made the files.
Training is deterministic (L-BFGS from zero weights); `--seed` is recorded and
orders the articles.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import time
from pathlib import Path

from sanctionwatch.extract.document import Doc
from sanctionwatch.extract.entities import decoded_article
from sanctionwatch.extract.learn import actions, candidates, gazetteer, models, roles, tagger
from sanctionwatch.extract.learn.corpus import CorpusError, Example, default_extra, load_split
from sanctionwatch.extract.pipeline import DEFAULT_PIPELINE, run
from sanctionwatch.extract.vocabulary import DATA, PINYIN

RULE_STAGES = tuple(s for s in DEFAULT_PIPELINE if s != "learned_targets")
CODE = Path(__file__).resolve().parent
DEFAULT_SEED = 20261203


def rule_doc(example: Example) -> Doc:
    doc = Doc(decoded_article(example.article)[0])  # as extract() reads it
    doc.models = models.Models.empty()
    return run(doc, RULE_STAGES)


def digest(examples: list[Example]) -> str:
    h = hashlib.sha256()
    for ex in sorted(examples, key=lambda e: e.stem):
        h.update(ex.stem.encode())
        h.update(ex.article.text.encode())
        h.update(json.dumps(ex.gold, sort_keys=True).encode())
    return h.hexdigest()


def code_digest() -> str:
    h = hashlib.sha256()
    for path in sorted(CODE.glob("*.py")):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def rule_files() -> list[Path]:
    """What the rule stages that make the training docs read: the extract modules and
    their data files (not the models written here; the furniture model, trained before
    them, is one), and screening's pinyin syllables."""
    data = Path(str(DATA))
    return [
        *sorted(CODE.parent.glob("*.py")),
        *sorted(p for p in data.iterdir() if p.is_file()),
        Path(str(PINYIN)),
    ]


def rules_digest() -> str:
    h = hashlib.sha256()
    for path in rule_files():
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def training_docs(
    examples: list[Example], seed: int, rule_docs: dict[str, Doc]
) -> list[tuple[Doc, Example]]:
    """Each article with its rule output, in the seed's order (what every model reads);
    `rule_docs` caches the rule output by stem, filled here where missing."""
    order = sorted(examples, key=lambda e: e.stem)
    random.Random(seed).shuffle(order)
    for ex in order:
        if ex.stem not in rule_docs:
            rule_docs[ex.stem] = rule_doc(ex)
    return [(rule_docs[ex.stem], ex) for ex in order]


def train_all(
    examples: list[Example],
    out: Path,
    *,
    seed: int = DEFAULT_SEED,
    lists_dir: Path | None = None,
    names: list[str] | None = None,
    extra: list[Example] | None = None,
    rule_docs: dict[str, Doc] | None = None,
) -> dict[str, object]:
    """Train every model into `out` from `examples` plus the training-only `extra`
    articles; `names` (a built gazetteer) saves reading the lists; `rule_docs`, kept
    by the caller between calls (cross-validation's folds), holds each article's rule
    output by stem, filled here where missing (training only reads those docs)."""
    written = list(extra or [])
    examples = [*examples, *written]
    started = time.perf_counter()
    out.mkdir(parents=True, exist_ok=True)
    if names is None:
        if lists_dir is None:
            raise ValueError("give lists_dir or a built gazetteer")
        names = gazetteer.build(lists_dir)
    gazetteer.write(names, out / models.GAZETTEER_FILE)
    docs = training_docs(examples, seed, {} if rule_docs is None else rule_docs)
    index = gazetteer.Gazetteer(names)
    stats = tagger.train(docs, index, out / models.TAGGER_FILE, seed)
    # The action judge learns from the shared corpus only: with the written articles
    # it dropped real news actions (cross-validated, bench/cv.py), while the tagger
    # and the role model gain from them.
    mine = {ex.stem for ex in written}
    judged = actions.train(
        [(d, ex) for d, ex in docs if ex.stem not in mine], out / models.JUDGE_FILE, seed
    )
    roled = roles.train(docs, index, out / models.ROLES_FILE, seed)
    passed = candidates.train(docs, index, out / models.CANDIDATES_FILE, seed)
    record = {
        "seed": seed,
        "articles": len(examples),
        "written_articles": len(written),
        "stems": [ex.stem for ex in sorted(examples, key=lambda e: e.stem)],
        "corpus_sha256": digest(examples),
        "lists": list(gazetteer.LIST_FILES) if lists_dir else "given",
        "gazetteer_names": len(names),
        "tagger": {"params": tagger.PARAMS, "rule_dropout": tagger.RULE_DROPOUT, **stats},
        "judge": {"params": actions.PARAMS, "labels": judged},
        "roles": {"params": roles.PARAMS, "labels": roled},
        "candidates": {"params": candidates.PARAMS, "labels": passed},
        "code_sha256": code_digest(),
        "rules_sha256": rules_digest(),
    }
    # no time in the record: the same data and code give the same files, byte for byte
    (out / models.RECORD_FILE).write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
    return {**record, "seconds": round(time.perf_counter() - started, 1)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, required=True, help="folder with train/, dev/, seeds/")
    ap.add_argument("--lists", type=Path, required=True, help="the official list files")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument(
        "--extra",
        type=Path,
        nargs="*",
        help="training-only folders of articles we wrote (default: corpus/written if present)",
    )
    ap.add_argument("--limit", type=int, help="train on the first N articles only (tests)")
    args = ap.parse_args(argv)
    folders = [args.corpus / p for p in ("train", "dev", "seeds") if (args.corpus / p).is_dir()]
    if not folders:
        print(f"{args.corpus}: no train/, dev/ or seeds/ folder", file=sys.stderr)
        return 2
    extra_folders = default_extra() if args.extra is None else args.extra
    try:
        examples, written = load_split(folders, extra_folders)
    except CorpusError as exc:
        print(exc, file=sys.stderr)
        return 2
    if args.limit:
        examples, written = examples[: args.limit], []
    record = train_all(examples, args.out, seed=args.seed, lists_dir=args.lists, extra=written)
    print(
        f"trained on {record['articles']} articles ({record['written_articles']} written)"
        f" in {record['seconds']}s -> {args.out}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
