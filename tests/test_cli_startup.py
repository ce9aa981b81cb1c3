"""The command starts light: each area loads its libraries only when one of its
commands runs, so `--help` and `extract` never pay for the store, the API or FtM."""

import json
import subprocess
import sys

HEAVY = ("fastapi", "sqlalchemy", "alembic", "followthemoney", "trafilatura", "uvicorn")

ARTICLE = (
    "Britain sanctions shipping firm\n\n"
    "LONDON, March 3 (Reuters) - Britain on Tuesday imposed sanctions on Sovcomflot, "
    "the Russian state shipping company, the Foreign Office said.\n"
)


def loaded_after(code: str, stdin: str = "") -> dict[str, object]:
    """Run `code` in a fresh interpreter; which heavy modules it loaded, and its output."""
    probe = f"""
import json, sys
{code}
print(json.dumps({{"heavy": [m for m in {HEAVY!r} if m in sys.modules], "out": out}}))
"""
    done = subprocess.run(
        [sys.executable, "-c", probe], input=stdin, capture_output=True, text=True, check=True
    )
    result: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    return result


def test_importing_the_command_loads_no_area_library() -> None:
    assert loaded_after("import sanctionwatch.cli\nout = None")["heavy"] == []


def test_help_lists_every_area_without_loading_them() -> None:
    result = loaded_after(
        "from typer.testing import CliRunner\n"
        "from sanctionwatch.cli import app\n"
        "out = CliRunner().invoke(app, ['--help']).output"
    )
    assert result["heavy"] == []
    for command in ("extract", "ingest", "lists", "screen", "serve", "watch"):
        assert command in str(result["out"])


def test_extract_of_one_text_loads_no_store_api_or_ftm() -> None:
    result = loaded_after(
        "from typer.testing import CliRunner\n"
        "from sanctionwatch.cli import app\n"
        "r = CliRunner().invoke(app, ['extract', '-'], input=sys.stdin.read())\n"
        "out = r.stdout",
        stdin=ARTICLE,
    )
    assert result["heavy"] == []
    report = json.loads(str(result["out"]).splitlines()[0])
    assert [a["authority"] for a in report["actions"]] == ["GB"]


def test_screen_on_a_warm_store_loads_neither_alembic_nor_the_api(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from typer.testing import CliRunner

    from sanctionwatch.cli import app
    from tests.conftest import LISTS

    db = tmp_path / "s.db"
    zala = LISTS / "ftm" / "yente-zala" / "entities.ftm.json"
    loaded = CliRunner().invoke(app, ["lists", "load", str(zala), "--db", str(db)])
    assert loaded.exit_code == 0, loaded.output
    # `lists load` wrote the screening index and the API snapshot for the new state
    from sanctionwatch.api.prepare import prepared
    from sanctionwatch.store import get_engine

    assert prepared(get_engine(f"sqlite:///{db}"))
    result = loaded_after(
        "from typer.testing import CliRunner\n"
        "from sanctionwatch.cli import app\n"
        f"r = CliRunner().invoke(app, ['screen', 'Maria Osetrova', '--db', {str(db)!r}])\n"
        "out = r.stdout",
    )
    assert "alembic" not in result["heavy"] and "fastapi" not in result["heavy"]
    assert "sqlalchemy" not in result["heavy"]  # the index file and two sqlite3 reads
    assert "Osetrova" in str(result["out"])


def test_screen_answers_the_same_from_the_index_file_as_through_the_store(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from sanctionwatch.store.profiles import build_profiles
    from tests.api.conftest import _entity, demo_store, load_list

    db = tmp_path / "p.db"
    engine = demo_store(f"sqlite:///{db}")  # no index file written yet
    kim = _entity("uk-kim", "Person", name=["KIM, Yong Bok"], birthDate=["1961-03-02"])
    load_list(engine, "uk", [kim], "u1")
    build_profiles(engine)  # demo-kim and uk-kim: one party, shown once
    runs = []
    for fmt in ("json", "json", "table", "table"):
        runs.append(
            loaded_after(
                "from typer.testing import CliRunner\n"
                "from sanctionwatch.cli import app\n"
                f"args = ['screen', 'Kim Yong Bok', '--db', {str(db)!r}, '--format', {fmt!r}]\n"
                "out = CliRunner().invoke(app, args).stdout",
            )
        )
    built, kept, _, kept_table = runs
    assert "sqlalchemy" in built["heavy"]  # no index file: built through the store
    assert "sqlalchemy" not in kept["heavy"] and "sqlalchemy" not in kept_table["heavy"]
    assert kept["out"] == built["out"]
    assert kept_table["out"] == runs[2]["out"]
    ids = [json.loads(line)["id"] for line in str(kept["out"]).splitlines()]
    assert len({"demo-kim", "uk-kim"} & set(ids)) == 1
