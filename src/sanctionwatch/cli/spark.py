"""`sanctionwatch spark ...`: extraction and screening as Apache Spark jobs.

Registering the commands imports nothing heavy: PySpark loads only when one runs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from sanctionwatch.cli.common import DbOption, app, engine_for, err, report_error

spark_app = typer.Typer(
    help="Batch extraction and screening on Apache Spark (needs the `spark` extra and Java 17+).",
    no_args_is_help=True,
)
app.add_typer(spark_app, name="spark")

MasterOption = Annotated[
    str | None,
    typer.Option(
        "--master", help="Spark master URL (spark://host:7077, yarn, ...); default local[*]."
    ),
]
PartitionsOption = Annotated[
    int | None, typer.Option(min=1, help="Partitions of work; default 4 per core.")
]


@spark_app.command("extract")
def spark_extract_cmd(
    inputs: Annotated[
        list[str],
        typer.Argument(help="Article files or folders (txt, html, jsonl, gz) or Parquet files."),
    ],
    out: Annotated[
        Path, typer.Option("--out", "-o", help="OUT.jsonl (or - for stdout) or OUT.parquet.")
    ],
    master: MasterOption = None,
    partitions: PartitionsOption = None,
) -> None:
    """Extract reports from many articles on Spark: the same reports as `extract`, in order."""
    from sanctionwatch.sparkjobs import spark_extract

    result = spark_extract(inputs, out, master=master, partitions=partitions)
    for error in result.errors:
        report_error(error)
    err.print(f"{result.items} articles, {result.actions} actions, {len(result.errors)} failed")
    if result.errors:
        raise typer.Exit(1)


@spark_app.command("screen")
def spark_screen_cmd(
    parties: Annotated[
        Path, typer.Argument(help="Customer file: CSV, XLSX, ODS, or Parquet with a name column.")
    ],
    out: Annotated[
        Path, typer.Option("--out", "-o", help="OUT.csv (or - for stdout) or OUT.parquet.")
    ],
    threshold: Annotated[
        float, typer.Option(min=0.0, max=1.0, help="Score at or above which a hit is a match.")
    ] = 0.7,
    master: MasterOption = None,
    partitions: PartitionsOption = None,
    db: DbOption = None,
) -> None:
    """Screen a customer file against the stored lists on Spark: the rows of `screen-file`."""
    from sanctionwatch.sparkjobs import spark_screen

    if not parties.exists():
        raise typer.BadParameter(f"{parties}: no such file or directory", param_hint="PARTIES")
    result = spark_screen(
        engine_for(db), parties, out, threshold=threshold, master=master, partitions=partitions
    )
    for error in result.errors:
        err.print(f"[yellow]warning[/yellow] {error}", soft_wrap=True)
    err.print(
        f"{result.items} rows screened, {result.matches} matches, {len(result.errors)} skipped"
    )
