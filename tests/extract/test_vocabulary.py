"""The data files are the rules: they must load, compile and agree with each other."""

import re

from sanctionwatch.extract.pipeline import DEFAULT_PIPELINE, STAGES
from sanctionwatch.extract.vocabulary import load_json, vocabulary


def test_codes_are_iso_or_blocs() -> None:
    vocab = vocabulary()
    codes = set(vocab.country_names.values()) | set(vocab.country_adjectives.values())
    assert all(re.fullmatch(r"[A-Z]{2}|G7", c) for c in codes)


def test_agencies_belong_to_known_authorities() -> None:
    vocab = vocabulary()
    known = set(vocab.country_names.values())
    for agency in vocab.agencies.values():
        for code in (agency.authority, agency.default, agency.needs_context):
            assert code is None or code in known, agency.name


def test_a_name_means_one_country() -> None:
    seen: dict[str, str] = {}
    for code, entry in load_json("countries.json").items():
        if code.startswith("_"):
            continue
        for name in entry["names"]:
            assert seen.setdefault(name, code) == code, name


def test_frame_patterns_compile_and_every_stage_is_registered() -> None:
    data = load_json("frames.json")
    for found in data["triggers"].values():
        for pattern in found:
            re.compile(pattern, re.I)
    assert set(DEFAULT_PIPELINE) <= set(STAGES)
