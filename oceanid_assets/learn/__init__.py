"""A sequence labeller that learns from SME-verified spans: tokens (tokens.py), their features
(features.py), a CRF trained and applied with python-crfsuite (crf.py) and a train/holdout split
by document (split.py). Plain Python, CPU only, nothing downloaded."""

from oceanid_assets.learn.crf import (
    LabelledPage,
    TrainedExtractor,
    bio_tags,
    evaluate_extractor,
    exact_f1,
    spans_from_tags,
    train,
)
from oceanid_assets.learn.split import split_by_document
from oceanid_assets.learn.tokens import Token, tokenize

__all__ = [
    "LabelledPage",
    "Token",
    "TrainedExtractor",
    "bio_tags",
    "evaluate_extractor",
    "exact_f1",
    "spans_from_tags",
    "split_by_document",
    "tokenize",
    "train",
]
