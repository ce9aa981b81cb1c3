"""One listed party's names against one another: original script against its romanised
entry, and the Russian and Ukrainian forms of one person's names.

Entities are read from the shipped lists in ../shared/lists by the project's own
readers. Each case screens one of an entity's names against the same entity holding
only its other Latin-script names, as a list entry is met by a query written another
way. Every case here scored below the threshold before the change it names.
"""

from __future__ import annotations

from functools import cache

import pytest

from sanctionwatch.lists import read_list
from sanctionwatch.screening import THRESHOLD, Query, score
from sanctionwatch.screening.names import token_similarity
from sanctionwatch.screening.text import name_form
from tests.conftest import LISTS


@cache
def _entities(rel: str) -> dict[str, dict]:
    return {e["id"]: e for e in read_list(LISTS / rel).entities()}


def _latin(name: str) -> bool:
    return all(ord(c) < 0x0250 for c in name)  # Basic Latin to Latin Extended-B


@pytest.mark.parametrize(
    ("rel", "entity_id", "query", "why"),
    [
        # Arabic script
        (
            "un/consolidated.xml",
            "un-IQi.083",
            "أيمن سبعاوي إبراهيم حسن التكريتي",
            "the table reads أيمن 'imen'; letter by letter it is Ayman",
        ),
        (
            "australia/regulation8_consolidated.xlsx",
            "au-dfat-103",
            "شمس الدين",
            "an assimilated article: 'shms ldyn' is Shamsuddin",
        ),
        (
            "australia/regulation8_consolidated.xlsx",
            "au-dfat-7",
            "عبدالطیف منصور",
            "one lam for article and noun: 'bdltyf' is Abdul Latif",
        ),
        (
            "canada/sema-lmes.xml",
            "ca-89b4ad488e199b74",
            "عباسعلی کدخدایی",
            "one abjad word of four letters for two Latin words: Abbas-Ali",
        ),
        (
            "un/consolidated.xml",
            "un-TAi.036",
            "فيض",
            "ض read as Persian and Pashto read it, 'z': Faiz",
        ),
        # Arabic and Persian organisations, their words translated in the Latin name
        (
            "canada/sema-lmes.xml",
            "ca-5ed6591423d13bb7",
            "خبرگزاری فارس",
            "'خبرگزاری' is News Agency",
        ),
        (
            "canada/sema-lmes.xml",
            "ca-e74c31b1837af036",
            "بنیاد تعاون بسیج",
            "'بنیاد' is Foundation, and 'bsyj' is Basij, whose 'j' is no Cyrillic glide",
        ),
        (
            "canada/sema-lmes.xml",
            "ca-239dbfb8bd73d04f",
            "منظومة الصناعية الدفاعية",
            "Defence Industries System, word for word",
        ),
        (
            "un/consolidated.xml",
            "un-QDe.136",
            "شبكة محمد جمال",
            "'شبكة' is Network",
        ),
        # Russian organisations, their words translated in the Latin name
        (
            "canada/sema-lmes.xml",
            "ca-2b5e19822b5cd99c",
            'Публичное Акционерное Общество "Завод Тула"',
            "'завод' is Plant",
        ),
        (
            "canada/sema-lmes.xml",
            "ca-0ce59cf2b79deb70",
            "Конкорд Менеджмент и консалтинг",
            "'и' is and",
        ),
        (
            "canada/sema-lmes.xml",
            "ca-e9362fad998fbc5c",
            'Открытое акционерное общество "АЛЕВКУРП"/ ОАО "АЛЕВКУРП',
            "two names parted by a slash with a space on one side",
        ),
        # Ukrainian and Russian forms of one person's names
        (
            "australia/regulation8_consolidated.xlsx",
            "au-dfat-7263",
            "Pavlo Ihorovych FILIPCHUK",
            "Pavlo is Pavel, -ovych is -evich",
        ),
        (
            "canada/sema-lmes.xml",
            "ca-a1e95d9e2495c94f",
            "Павло Ігорович Філіпчук",
            "Ukrainian Cyrillic: Pavlo is Pavel, Ihorovych Igorevich",
        ),
    ],
)
def test_a_listed_name_meets_its_other_form(rel: str, entity_id: str, query: str, why: str) -> None:
    entity = _entities(rel)[entity_id]
    props = entity["properties"]
    names = props.get("name", []) + props.get("alias", [])
    assert query in names, (entity_id, names)
    latin = [n for n in names if _latin(n) and n != query]
    assert latin, entity_id
    listed = Query(names=latin, schema=entity["schema"])
    got = score(Query(names=[query], schema=entity["schema"]), listed)
    assert got.score >= THRESHOLD, (why, query, latin, got.features)


def test_patronymics_compare_by_the_fathers_name() -> None:
    # The Russian and Ukrainian forms of one patronymic are one name; the tokens keep
    # their letters, against which typos and truncations are measured.
    assert token_similarity("volodymyrovych", "vladimirovich") >= 0.9
    assert token_similarity("oleksandrivna", "aleksandrovna") >= 0.9
    assert name_form("Volodymyrovych", "person").tokens == ("volodymyrovych",)
    assert token_similarity("vladimirovich", "vladimirovna") < 0.9  # son and daughter
    assert token_similarity("mykolaiovych", "vladimirovich") == 0.0


def test_an_initial_stands_for_any_spelling_of_its_name() -> None:
    # 'Oleksandr' is spelt 'aleksandr' by the table; 'O.' still stands for it.
    assert token_similarity("o", "aleksandr") == 0.8
    assert token_similarity("b", "aleksandr") == 0.0


def test_legal_form_typos_between_legal_words() -> None:
    # A short word one typo from a legal word is mended between two of them ...
    assert name_form("IVK JOINT TOCK COMPANY", "org").tokens == ("ivk",)
    assert name_form("Planar Open Joit Stock Company", "org").tokens == ("planar",)
    # ... or of five letters or six before two, after the name's first word (OFAC's 'IVK
    # JOINT STOCK COMPANY', 'SVETLANA ROST JOINT STOCK COMPANY') ...
    assert name_form("IVK KOINT STOCK COMPANY", "org").tokens == ("ivk",)
    assert name_form("SVETLANA ROST EOINT STOCK COMPANY", "org").tokens == ("svetlana", "rost")
    # ... and elsewhere stays the name it may be.
    assert name_form("Stok Public Company", "org").tokens[0] == "stok"
    assert name_form("Joint Stock Company Stok", "org").tokens == ("stok",)
    assert name_form("Gold Stok Joint Stock Company", "org").tokens == ("gold", "stok")


def test_short_legal_forms_with_a_letter_doubled() -> None:
    # OFAC's 'Rosbank PJSC', OOO 'Romashka': a doubled letter leaves the form a form.
    assert name_form("Rosbank PJJSC", "org").tokens == ("rosbank",)
    assert name_form("OOOO Romashka", "org").tokens == ("romashka",)
    assert name_form("Book Trading", "org").tokens == ("book", "trading")


def test_legal_form_typos_in_longer_legal_words() -> None:
    # One typo from a legal word of seven letters or more, wherever it stands.
    unitary = name_form("FEDERAL STATE UNITARY ENTERPRLSE DUKHOV", "org")
    assert unitary.tokens == name_form("FEDERAL STATE UNITARY ENTERPRISE DUKHOV", "org").tokens
    sp = name_form("ISSA EMPRESA UKIPERSONAL", "org")
    assert sp.tokens == name_form("ISSA EMPRESA UNIPERSONAL", "org").tokens


def test_russian_words_of_persons_stay_names() -> None:
    # 'Банк' is read 'bank' in an organisation's name only.
    assert name_form("Завод Тула", "org").tokens == ("plant", "tula")
    assert name_form("Иван Заводов", "person").tokens == ("ivan", "zavodov")
