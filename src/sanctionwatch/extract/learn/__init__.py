"""Learned parts of the extractor, trained from the annotated corpus.

- `corpus`: gold articles as training data, folds for cross-validation;
- `gazetteer`: names from the official lists, a compact shipped set;
- `features`: tokens of a sentence and their features for the tagger;
- `tagger`: a CRF (python-crfsuite) that marks target mentions and their kind;
- `models`: the trained files a run of the extractor uses (shipped in `data/models/`);
- `train`: `python -m sanctionwatch.extract.learn.train` rebuilds them (`make train`).
"""
