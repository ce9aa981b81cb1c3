"""One name normaliser and one legal-form table, shared by extraction and screening."""

from __future__ import annotations

from sanctionwatch import names
from sanctionwatch.extract import names as extract_names
from sanctionwatch.extract import sentences
from sanctionwatch.extract.learn import roles, stage
from sanctionwatch.screening import text


def test_extraction_and_screening_read_the_one_legal_form_table() -> None:
    assert text.ORG_TYPES is names.ORG_TYPES
    assert extract_names.LEGAL_FORMS is names.NAME_ENDINGS
    assert sentences.LEGAL_ABBREVIATIONS is names.DOTTED_FORMS
    # every form a name may end in or be written with a dot is a legal form of the table
    assert {"llc", "ltd", "gmbh", "ooo"} <= names.ORG_TYPES
    assert names.DOTTED_FORMS <= names.NAME_ENDINGS


def test_extraction_keys_use_the_shared_tokens() -> None:
    name = "Kim Yong-bok (Ким Ён Бок)"
    assert stage.key(name) == frozenset(names.name_tokens(name))
    assert " ".join(sorted(names.name_tokens(name))) in roles.keys(name)
    assert roles.keys(name) >= names.name_keys(name)
