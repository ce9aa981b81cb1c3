"""FtM's schema files read with libyaml: the same model, 0.4 s sooner.

`import followthemoney` builds its data model at once, parsing some 70 YAML files
with `yaml.safe_load`, PyYAML's pure-Python parser: about 1.4 of the 1.5 CPU-s of
that import, paid by every command and server that touches entities. PyYAML's
`CSafeLoader` is the same safe loader (same constructor and resolver) with libyaml's
scanner and parser, and builds the same mapping from these files
(`tests/test_ftmyaml.py` compares the two models). So while, and only while, the
`followthemoney` package itself is first executed, `yaml.safe_load` reads with
`CSafeLoader`; a PyYAML built without libyaml leaves everything as it was.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import sys
from types import ModuleType
from typing import Any


class _FtmFinder(importlib.abc.MetaPathFinder):
    """Finds nothing itself: wraps the normal spec of `followthemoney` once."""

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> Any:
        if name != "followthemoney":
            return None
        sys.meta_path.remove(self)  # once; the normal finders do the finding
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
            return spec
        exec_module = spec.loader.exec_module

        def exec_with_libyaml(module: ModuleType) -> None:
            import yaml

            if not getattr(yaml, "__with_libyaml__", False):
                exec_module(module)
                return
            safe_load = yaml.safe_load
            yaml.safe_load = _libyaml_safe_load  # type: ignore[assignment]
            try:
                exec_module(module)
            finally:
                yaml.safe_load = safe_load

        spec.loader.exec_module = exec_with_libyaml  # type: ignore[method-assign]
        return spec


def _libyaml_safe_load(stream: Any) -> Any:
    import yaml

    return yaml.load(stream, Loader=yaml.CSafeLoader)


def install() -> None:
    """Before the first `import followthemoney` of the process; a no-op after it."""
    if "followthemoney" in sys.modules or any(isinstance(f, _FtmFinder) for f in sys.meta_path):
        return
    sys.meta_path.insert(0, _FtmFinder())
