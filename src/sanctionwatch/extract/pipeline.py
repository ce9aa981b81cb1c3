"""The extraction pipeline: named stages run in an order that is data.

A stage is a function `Doc -> Doc`. Stages are registered by name, so the order
(and any extra stage, such as a future model-backed one) is a list of names that
can come from configuration. Nothing here needs a model.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sanctionwatch.extract import assembly, cleaning, dates, frames, mentions, names, sentences
from sanctionwatch.extract.document import Doc
from sanctionwatch.extract.learn.stage import learned_targets
from sanctionwatch.extract.vocabulary import load_json

Stage = Callable[[Doc], Doc]

STAGES: dict[str, Stage] = {
    "clean": cleaning.clean,
    "published": dates.date_stage,
    "sentences": sentences.sentences,
    "mentions": mentions.mentions,
    "names": names.names,
    "frames": frames.frames,
    "assemble": assembly.assemble,
    "learned_targets": learned_targets,
}
# order is data: data/pipeline.json
DEFAULT_PIPELINE: tuple[str, ...] = tuple(load_json("pipeline.json")["stages"])


class UnknownStage(KeyError):
    """A pipeline names a stage that is not registered."""

    def __str__(self) -> str:
        return f"Unknown extraction stage: {self.args[0]!r}; known: {', '.join(sorted(STAGES))}"


def register(name: str, stage: Stage) -> None:
    """Add or replace a stage, e.g. a model-backed one placed after "names"."""
    STAGES[name] = stage


def get_stage(name: str) -> Stage:
    try:
        return STAGES[name]
    except KeyError:
        raise UnknownStage(name) from None


def run(doc: Doc, pipeline: Sequence[str] = DEFAULT_PIPELINE) -> Doc:
    """Run the named stages in order; each must return the Doc it was given."""
    for name in pipeline:
        result = get_stage(name)(doc)
        if not isinstance(result, Doc):
            raise TypeError(f"stage {name!r} returned {type(result).__name__}, not Doc")
        doc = result
    return doc
