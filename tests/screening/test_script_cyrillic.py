"""Belarusian and Russian names in Cyrillic against the Latin names the Canadian list
gives the same entity (../shared/lists, read by the project's reader)."""

from __future__ import annotations

import pytest

from sanctionwatch.lists import read_list
from sanctionwatch.screening import THRESHOLD, Query, score
from sanctionwatch.screening.script import cyrillic_words, russian_of_belarusian
from sanctionwatch.screening.text import name_form
from tests.conftest import LISTS

CANADA = LISTS / "canada/sema-lmes.xml"


@pytest.fixture(scope="module")
def canada() -> dict[str, dict]:
    return {e["id"]: e for e in read_list(CANADA).entities()}


def _pair(entity: dict, written: str) -> tuple[Query, Query]:
    """The entity's name `written` in Cyrillic, and the entity with its Latin names alone."""
    props = entity["properties"]
    names = props.get("name", []) + props.get("alias", [])
    assert written in names, names
    latin = [n for n in names if not any("\u0400" <= c <= "\u04ff" for c in n)]
    assert latin
    schema = entity["schema"]
    return Query(names=[written], schema=schema), Query(names=latin, schema=schema)


@pytest.mark.parametrize(
    ("entity_id", "written"),
    [
        # Belarusian '-аў' of a surname is Russian '-ов', the Latin form the list gives.
        ("ca-f2c61134bd504997", "Алег Анатольевіч Эйбатаў"),  # Oleg Anatolyevich EIBATOV
        ("ca-9c5c25a38fc6daa1", "Уладзіслаў Леанідавіч Бруеў"),  # Vladislav ... BRUEV
        ("ca-e6d5dcf05ec13a70", "Юрый Віктаравіч Назараў"),  # Yury Victorovych NAZAROV
        ("ca-18b4a5143bc933c5", "Марозаў Уладзімір Міхайлавіч"),  # Vladimir ... MOROZOV
    ],
)
def test_belarusian_name_meets_its_russian_romanisation(
    canada: dict[str, dict], entity_id: str, written: str
) -> None:
    query, listed = _pair(canada[entity_id], written)
    got = score(query, listed)
    assert got.score >= THRESHOLD, (written, got.features)


def test_belarusian_read_in_russian_spelling() -> None:
    assert russian_of_belarusian("Алег Анатольевіч Эйбатаў") == "Алег Анатольевич Эйбатов"
    # Given names in '-слаў' are '-слав', no surname's '-ов'.
    assert russian_of_belarusian("Уладзіслаў") == "Уладислав"
    assert russian_of_belarusian("Дзмітрый") == "Дмитрый"
    assert russian_of_belarusian("Игорь Владимирович Осипов") is None  # Russian already


def test_latin_i_inside_a_cyrillic_word_is_read_cyrillic(canada: dict[str, dict]) -> None:
    # ca-5b825441bafea728 types Belarusian 'і' as a Latin 'i': the words were read as Latin
    # look-alikes ('uladzimipavich', 'kapcheucki') and met neither Latin form.
    written = "Сяргей Уладзiмiравiч Карчэўскi"
    assert cyrillic_words(written) == "Сяргей Уладзіміравіч Карчэўскі"
    assert name_form(written, "person").tokens[1:] == ("uladzimiravich", "karcheuski")
    query, listed = _pair(canada["ca-5b825441bafea728"], written)
    assert score(query, listed).score >= THRESHOLD
    # A Latin name with a stray Cyrillic look-alike is still read Latin.
    assert cyrillic_words("Ahmаd") == "Ahmаd"


@pytest.mark.parametrize(
    ("entity_id", "written"),
    [
        # The list leaves the Russian words as written: 'Zavod', no 'plant'.
        ("ca-911bd3baf8ad21bc", "Акционерное Общество «Завод «Фиолент»"),  # Zavod Fiolent AO
        ("ca-ed5475ef0e56bc8f", 'Акционерное Общество "Брянский Автомобильный Завод"'),
        # ... or translates them: 'Командование' command, 'ОКБ' design bureau.
        ("ca-a0d2f2c75787458d", "Командование военно-транспортной авиации"),
        ("ca-78ace094e9557c57", "АО «ОКБ «Аэрокосмические системы»"),
        # The Prosecutor General's Office of the Russian Federation
        ("ca-b8823e9130bd75ab", "Генеральная Прокуратура Российской Федерации"),
        # Development Bank of the Republic of Belarus OJSC
        (
            "ca-339ef6dd6cbe58ac",
            'Открытое акционерное общество "Банк развития Республики Беларусь"',
        ),
        # Ural Bank for Reconstruction and Development
        ("ca-5f565b0407c3cbeb", "Уральский банк реконструкции и развития (УБРиР)"),
    ],
)
def test_russian_organisation_meets_its_listed_latin_name(
    canada: dict[str, dict], entity_id: str, written: str
) -> None:
    query, listed = _pair(canada[entity_id], written)
    got = score(query, listed)
    assert got.score >= THRESHOLD, (written, got.features)
