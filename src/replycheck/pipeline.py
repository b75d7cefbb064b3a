"""spaCy blank pipelines with replycheck's folded NORM; built once per language."""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .folding import fold


class FoldNorm:
    """Sets every token's NORM to its folded form and starts a sentence after a line break.

    English keeps spaCy's norms first (``ca`` + ``n't`` → ``can`` + ``not``);
    Turkish folds the raw text with Turkish casing and no diacritics.
    """

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        lang = self.lang
        previous = None
        for token in doc:
            source = token.norm_ if lang == "en" else token.text
            token.norm_ = fold(source, lang)
            if previous is not None and previous.is_space and "\n" in previous.text and not token.is_space:
                token.is_sent_start = True
            previous = token
        return doc


@Language.factory("replycheck_norm", default_config={"lang": "en"})
def _make_fold_norm(nlp: Language, name: str, lang: str) -> FoldNorm:
    return FoldNorm(lang)


def build_nlp(lang: str) -> Language:
    """A blank ``lang`` pipeline: tokenizer, sentencizer, folded norms."""
    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("replycheck_norm", config={"lang": lang})
    return nlp
