"""The learned check: per-language sentence classifiers beside the rules.

- :mod:`.corpus` reads the labelled sentences (``training_data/<lang>/sentences.jsonl``),
  splits off the held-out part and fingerprints what a model is trained from;
- :mod:`.train` trains spaCy's ``textcat_multilabel`` (bag of n-grams) with a fixed seed
  and sets one threshold per category on the held-out split (``make model``);
- :mod:`.model` loads a shipped model and scores the sentences of a checked doc;
- :mod:`.check` turns scores into findings (LRN001–LRN005) where no rule of the category fired.
"""

from .check import CODES, LearnedCheck, load

__all__ = ["CODES", "LearnedCheck", "load"]
