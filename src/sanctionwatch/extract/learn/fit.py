"""Training a judge: one labelled item per one-step sequence, in a seeded order.

The action, role and candidate judges are maximum-entropy models trained the same way
(python-crfsuite over sequences of length one); only their features and labels differ.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pycrfsuite


def fit(
    items: list[tuple[Any, str]],
    params: dict[str, Any],
    path: Path,
    seed: int,
    labels: tuple[str, ...],
) -> dict[str, int]:
    """Train on (features, label) items shuffled by `seed`; return the count per label."""
    trainer = pycrfsuite.Trainer(verbose=False)
    trainer.set_params(params)
    random.Random(seed).shuffle(items)
    for feats, label in items:
        trainer.append([feats], [label])
    trainer.train(str(path))
    return {label: sum(1 for _, y in items if y == label) for label in labels}
