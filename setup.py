"""Compiles the screening hot path with mypyc when the package is installed.

Everything else about the package is in pyproject.toml. The modules below are plain,
mypy-clean Python; mypyc turns each into a C extension that `pip install -e .` builds in
place, beside its source (`src/sanctionwatch/screening/names.cpython-311-*.so`), where it
shadows the .py. `make setup` rebuilds them when a source changes and the test session
refuses to start on a stale one (tests/conftest.py, `sanctionwatch/compiled.py`).

SANCTIONWATCH_PURE=1 installs pure Python; so does a machine without a C compiler or
mypy (one warning, and the install goes on).
"""

from __future__ import annotations

import os
import sys
from typing import Any

from setuptools import setup
from setuptools.command.build_ext import build_ext

# The screening modules that scoring a candidate spends its time in (profile of
# bench/queries.py, distinct queries): token and name similarity, the scorer, name forms.
COMPILED = [
    "src/sanctionwatch/screening/names.py",
    "src/sanctionwatch/screening/pairs.py",
    "src/sanctionwatch/screening/scorer.py",
    "src/sanctionwatch/screening/features.py",
    "src/sanctionwatch/screening/text.py",
    "src/sanctionwatch/screening/script.py",
    "src/sanctionwatch/screening/query.py",
    "src/sanctionwatch/screening/index.py",
]


def _warn(why: object) -> None:
    print(f"sanctionwatch: screening not compiled ({why}); installing pure Python", file=sys.stderr)


class OptionalBuildExt(build_ext):
    """A failed C build leaves the pure-Python package, which works the same, only slower."""

    def run(self) -> None:
        try:
            super().run()
        except Exception as exc:  # no compiler, missing headers: any failure of the C build
            _warn(exc)

    def build_extension(self, ext: Any) -> None:
        try:
            super().build_extension(ext)
        except Exception as exc:
            _warn(exc)


def extensions() -> list[Any]:
    if os.environ.get("SANCTIONWATCH_PURE"):
        return []
    try:
        from mypyc.build import mypycify
    except ImportError as exc:
        _warn(exc)
        return []
    try:
        return mypycify(COMPILED, opt_level="3")
    except BaseException as exc:  # mypycify exits (SystemExit) when the type check fails
        _warn(exc)
        return []


setup(ext_modules=extensions(), cmdclass={"build_ext": OptionalBuildExt})
