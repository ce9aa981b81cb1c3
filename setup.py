"""Compiles the screening and extraction hot paths with mypyc when the package is installed.

Everything else about the package is in pyproject.toml. The modules below are plain,
mypy-clean Python; mypyc turns each into a C extension that `pip install -e .` builds in
place, beside its source (`src/sanctionwatch/screening/names.cpython-311-*.so`, and
mypyc's shared `src/*__mypyc.*.so`), where it shadows the .py. `make setup` rebuilds
them when a source changes and the test session refuses to start on a stale one
(tests/conftest.py, `sanctionwatch/compiled.py`).

SANCTIONWATCH_PURE=1 installs pure Python (and removes extensions built before); so
does a machine without a C compiler or mypy (one warning, and the install goes on;
`make setup` says which it got, `python -m sanctionwatch.compiled`).
"""

from __future__ import annotations

import importlib.util
import json
import os
import sys
from pathlib import Path
from typing import Any

from setuptools import setup
from setuptools.command.build_ext import build_ext

# The screening modules that scoring a candidate spends its time in (profile of
# bench/queries.py, distinct queries): token and name similarity, the scorer, name forms;
# and retrieval (index.py), whose Index stays a Python class (`mypyc_attr(native_class=
# False)`: the index file reads and sets its attributes through its __dict__).
# Not query.py: compiled, a Python class's cached_property is read through the function
# every time, never from the instance (mypyc 2.4.1), so a Query's name forms would be made
# again at each read (queries 2-3x slower) and those an index file restored ignored.
COMPILED = [
    "src/sanctionwatch/screening/names.py",
    "src/sanctionwatch/screening/pairs.py",
    "src/sanctionwatch/screening/scorer.py",
    "src/sanctionwatch/screening/features.py",
    "src/sanctionwatch/screening/text.py",
    "src/sanctionwatch/screening/script.py",
    "src/sanctionwatch/screening/index.py",
    # Extraction (issue 11): the stages' Python-level loops, per token and per clause
    # (profile of bench/extract.py, distinct articles), and the Doc classes they all
    # read (document.py: native attribute access). Not gazetteer.py (cached properties
    # need a __dict__, and its tests replace `Gazetteer.__init__`), nor vocabulary.py,
    # lookahead.py or patterncache.py (their tests replace module globals, which
    # compiled callers would not see).
    "src/sanctionwatch/extract/names.py",
    "src/sanctionwatch/extract/learn/features.py",
    "src/sanctionwatch/extract/learn/tagger.py",
    "src/sanctionwatch/extract/frames.py",
    "src/sanctionwatch/extract/zones.py",
    "src/sanctionwatch/extract/triggers.py",
    "src/sanctionwatch/extract/assembly.py",
    "src/sanctionwatch/extract/actors.py",
    "src/sanctionwatch/extract/targets.py",
    "src/sanctionwatch/extract/counts.py",
    "src/sanctionwatch/extract/literals.py",
    "src/sanctionwatch/extract/dates.py",
    "src/sanctionwatch/extract/cleaning.py",
    "src/sanctionwatch/extract/attributes.py",
    "src/sanctionwatch/extract/document.py",
    "src/sanctionwatch/extract/mentions.py",
    "src/sanctionwatch/extract/sentences.py",
    "src/sanctionwatch/extract/enumerations.py",
    "src/sanctionwatch/extract/furniture.py",
    "src/sanctionwatch/extract/learn/stage.py",
    "src/sanctionwatch/extract/learn/candidates.py",
    "src/sanctionwatch/extract/learn/actions.py",
    "src/sanctionwatch/extract/learn/roles.py",
    "src/sanctionwatch/extract/learn/places.py",
]


# What each compiled module was built from, written beside the package once the C build
# succeeds; `sanctionwatch.compiled.stale()` compares it with the sources. Its record's
# path and digest come from that module (standard library only), read from its file:
# the package itself is not importable while it is being built.
_spec = importlib.util.spec_from_file_location("_compiled", "src/sanctionwatch/compiled.py")
assert _spec is not None and _spec.loader is not None
_compiled = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_compiled)
RECORD: str = _compiled.RECORD
FAILED: str = _compiled.FAILED
_digests: dict[str, str] = {}


def _warn(why: object) -> None:
    print(f"sanctionwatch: hot paths not compiled ({why}); installing pure Python", file=sys.stderr)


def _remove_built(keep: list[str]) -> None:
    """Extensions in src/ (built in place by an editable install) but those of `keep`'s
    modules; mypyc's shared library (its name a digest of the module list) goes too."""
    for built in Path("src").rglob("*.so"):
        source = built.parent / (built.name.split(".")[0] + ".py")
        if source.as_posix() not in keep or "__mypyc" in built.name:
            built.unlink()


class OptionalBuildExt(build_ext):
    """A failed C build leaves the pure-Python package, which works the same, only slower."""

    def run(self) -> None:
        _remove_built(keep=COMPILED)  # one no longer listed would shadow its source
        try:
            super().run()
        except Exception as exc:  # noqa: BLE001 - no compiler, no headers: any C build failure
            _warn(exc)
            # A module's extension without the group's shared one would not import: none.
            _remove_built(keep=[])
            return
        if not _digests:
            return
        record = json.dumps(_digests, indent=1, sort_keys=True) + "\n"
        # pip install -e copies the extensions beside their source; a wheel keeps them
        # in build_lib: the record goes to both.
        for base in (Path("src"), Path(self.build_lib)):
            if (base / "sanctionwatch").is_dir():
                (base / RECORD).write_text(record)


def extensions() -> list[Any]:
    if os.environ.get("SANCTIONWATCH_PURE"):
        _remove_built(keep=[])
        return []
    try:
        from mypyc.build import mypycify
    except ImportError as exc:
        _warn(exc)
        return []
    (Path("src") / FAILED).unlink(missing_ok=True)
    for path in COMPILED:  # the sources as mypyc reads them now
        _digests[path.removeprefix("src/")] = _compiled.source_digest(Path(path))
    try:
        # Third-party libraries may be absent from pip's isolated build environment:
        # their values are then typed Any, which compiles to the same behaviour.
        return mypycify(["--ignore-missing-imports", *COMPILED], opt_level="3")
    except (Exception, SystemExit) as exc:  # noqa: BLE001 - SystemExit: a type error
        _warn(exc)
        # Not a machine without the tools but our source that mypy or mypyc refuses:
        # `python -m sanctionwatch.compiled` (the end of `make setup`) fails on this file.
        why = f"mypy or mypyc stopped, status {exc.code}" if isinstance(exc, SystemExit) else exc
        (Path("src") / FAILED).write_text(f"mypyc could not compile the hot paths ({why})\n")
        # No extension to build, so build_ext never runs: extensions of an earlier build
        # would shadow the sources they no longer match.
        _remove_built(keep=[])
        return []


setup(ext_modules=extensions(), cmdclass={"build_ext": OptionalBuildExt})
