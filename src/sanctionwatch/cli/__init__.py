"""The `sanctionwatch` command: thin commands over library calls.

The commands are typer commands (`commands.py` builds the app from each area's
module). Building that app and parsing through it costs a fifth of a second (typer
inspects every command and coerces each value with pydantic), which the commonest
write, `sanctionwatch ingest FILES --db STORE`, is spared: `main` runs that plain
form itself (`quick.py`) and hands every other command line, or anything it does not
read exactly as typer would, to the typer app. `app` is imported on first use.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

from sanctionwatch.exc import SanctionWatchError

if TYPE_CHECKING:
    from typer import Typer

    app: Typer

__all__ = ["app", "main"]


def __getattr__(name: str) -> Any:
    if name != "app":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from sanctionwatch.cli.commands import app

    return app


def main() -> None:
    try:
        from sanctionwatch.cli.quick import quick_ingest

        if quick_ingest(sys.argv[1:]):
            return
        from sanctionwatch.cli.commands import run

        run()
    except BrokenPipeError:  # `sanctionwatch actions | head` closes stdout early
        sys.stderr.close()
        sys.exit(0)
    except SanctionWatchError as exc:
        from sanctionwatch.cli.output import err

        err.print(f"[red]error[/red] {exc}")
        sys.exit(2)


if __name__ == "__main__":
    main()
