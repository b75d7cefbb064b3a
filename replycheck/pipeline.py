"""spaCy blank pipelines with replycheck's folded NORM and sentence starts; built once per language."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from typing import Any

import numpy
import spacy
from spacy.attrs import IDX, IS_PUNCT, NORM, ORTH, SENT_START
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.strings import hash_string
from spacy.tokens import Doc, Span

from .folding import fold

_PUNCT_CHARS = frozenset(Sentencizer.default_punct_chars)
# a mixed-case word ending in a capital keeps its full stop as one token ("the DoS.", "on iOS."), so do a
# seat or code ("seat 32C.") and a number of three digits or more that is not a year ("… 7788 4410."); the
# stop still ends the sentence ("Dr.", "U.S." and "a.m." are abbreviations, and "7." an ordinal: not matched)
_GLUED_STOP = re.compile(r"\w*[a-zçğıöşü]\w*[A-ZÇĞİÖŞÜ]\.|\d+[A-ZÇĞİÖŞÜ]\.|(?!(?:19|20)\d\d\.)\d{3,}\.")
_STARTS = "replycheck_sentence_starts"  # key in Doc.user_data: token index of each sentence start
# a sign before a number whose stop ends no sentence when a number follows ("Baileys No. 4"; not "the answer is no.")
_NUMBER_SIGNS = ("No", "NO", "Nos", "Nr", "nr")

MAX_SENTENCE_TOKENS = 200
"""A sentence longer than this many tokens is cut (a window): every check that reads a
hit's sentence then costs a bounded amount, so a draft of one endless sentence stays linear."""
MAX_SENTENCE_CHARS = 1_000
"""…or longer than this many characters (real sentences are far shorter: 400 at most in the corpora)."""
LONG_RUN = 200
"""A run without whitespace longer than this is cut into short pieces before spaCy's tokenizer
sees it: the tokenizer strips prefixes and suffixes one at a time, quadratic in the run's length
(the longest run in the evaluation corpora, a URL, has 161 characters)."""
_LONG_RUN = re.compile(rf"(?<!\S)\S{{{LONG_RUN + 1},}}")
# pieces of a long run: a word (letters and digits, with dots, slashes, hyphens … inside it,
# as in a URL or a code) of at most LONG_RUN characters, or one other character
_PIECE = re.compile(rf"[^\W_](?:[\w.,:;/@%&=?+~'’-]{{0,{LONG_RUN - 2}}}[^\W_])?|.", re.S)
_SPACE_RUN = re.compile(r"\s*")
_SOFT_BREAKS = frozenset(",;:–—")
# an opening bracket or quote after a sentence's end starts the next one ("… warehouse. (1/2)")
_OPENERS = frozenset("([{“‘«")
# a token of emoji only (with their joiners and variation selectors): "🙂", "👍🏻", "❤️"
_EMOJI = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF\U0001F1E6-\U0001F1FF\u200d\ufe0f]+")


class FoldNorm:
    """Folds every token's NORM and marks sentence starts, in one pass over attribute arrays.

    NORM: English keeps spaCy's norms first (``ca`` + ``n't`` → ``can`` +
    ``not``); Turkish folds the raw text with Turkish casing and no diacritics.
    Sentences follow spaCy's ``Sentencizer`` rule (a sentence ends after its
    punctuation characters, an opening bracket or quote after them starting the
    next) and also start after a line break; whitespace never starts one.  Each distinct word is folded once per vocabulary.  Doing this
    on arrays instead of running the ``sentencizer`` component too halves the
    per-reply cost (the sentencizer builds a Python object per token).
    """

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._source = 1 if lang == "en" else 0  # column of the array to fold: NORM or ORTH
        self._folded: dict[int, int] = {}
        self._kinds: dict[int, tuple[bool, bool, bool]] = {}
        self._emoji: set[int] = set()  # the tokens (among those in _kinds) that are emoji
        self._soft = frozenset(hash_string(char) for char in _SOFT_BREAKS)
        self._openers = frozenset(hash_string(char) for char in _OPENERS)
        self._stop = hash_string(".")
        self._number_signs = frozenset(hash_string(word) for word in _NUMBER_SIGNS)

    def _fold(self, doc: Doc, key: int) -> int:
        strings = doc.vocab.strings
        folded = self._folded[key] = strings.add(fold(strings[key], self.lang))
        return folded

    def _kind(self, doc: Doc, orth: int) -> tuple[bool, bool, bool]:
        """(ends a sentence, whitespace only, contains a line break) for a token text."""
        text = doc.vocab.strings[orth]
        ends = text in _PUNCT_CHARS or bool(_GLUED_STOP.fullmatch(text))
        kind = self._kinds[orth] = (ends, not text.strip(), "\n" in text)
        if _EMOJI.fullmatch(text):
            self._emoji.add(orth)
        return kind

    @contextmanager
    def memory_zone(self, mem: Any = None) -> Iterator[Any]:
        """Part of ``nlp.memory_zone()``: the fold caches hold hashes of strings freed with the zone."""
        try:
            yield mem
        finally:
            self._folded.clear()
            self._kinds.clear()
            self._emoji.clear()

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        array = doc.to_array([ORTH, NORM, IS_PUNCT])
        folded, kinds = self._folded, self._kinds
        norms = [folded.get(key) or self._fold(doc, key) for key in array[:, self._source].tolist()]
        starts = [-1] * len(doc)
        noted: list[int] = []
        seen_end = number_sign = after_emoji = False
        first = first_char = 0  # the current sentence's first token and character
        soft = -1  # the last token after which a long sentence may be cut (a comma, a dash …)
        idx = doc.to_array(IDX).tolist() if len(doc) > MAX_SENTENCE_TOKENS else None
        orths = array[:, 0].tolist()
        for i, (orth, is_punct) in enumerate(zip(orths, array[:, 2].tolist())):
            ends, is_space, has_break = kinds[orth] if orth in kinds else self._kind(doc, orth)
            if after_emoji and not is_space:
                # an emoji closes a sentence when a capital follows it ("… how it works 🙂 But I …")
                seen_end = seen_end or doc.vocab.strings[orth][:1].isupper()
                after_emoji = False
            if not is_space and orth in self._emoji:
                after_emoji = True
            if is_space:
                seen_end = seen_end or has_break
            elif seen_end and number_sign and doc.vocab.strings[orth][:1].isdigit():
                seen_end = number_sign = False  # "Baileys No. 4": the number the sign stands before, same sentence
            elif i == 0 or (seen_end and (not is_punct or orth in self._openers) and not ends):
                starts[i] = 1
                noted.append(i)
                seen_end = False
                first, first_char, soft = i, (idx[i] if idx is not None else 0), -1
            elif idx is not None and (i - first >= MAX_SENTENCE_TOKENS or idx[i] - first_char >= MAX_SENTENCE_CHARS):
                # an endless sentence: cut it after its last comma in the second half, else here
                cut = soft + 1 if soft >= first + MAX_SENTENCE_TOKENS // 2 and starts[soft + 1] != 1 else i
                while cut < i and kinds[orths[cut]][1]:
                    cut += 1  # never start a sentence on whitespace
                starts[cut] = 1
                noted.append(cut)
                first, first_char, soft = cut, idx[cut], -1
                seen_end = ends
            elif ends:
                seen_end = True
                number_sign = orth == self._stop and i > 0 and orths[i - 1] in self._number_signs
            elif idx is not None and orth in self._soft:
                soft = i
        if not noted:
            starts[0] = 1
        doc.user_data[_STARTS] = noted if noted[:1] == [0] else [0, *noted]
        out = numpy.column_stack(
            [numpy.asarray(norms, dtype=array.dtype), numpy.asarray(starts, dtype=numpy.int64).view(array.dtype)]
        )
        doc.from_array([NORM, SENT_START], out)
        return doc


def sentences(doc: Doc) -> list[Span]:
    """The sentences of ``doc``: the same spans as ``doc.sents``, from the starts noted by
    ``FoldNorm`` (``doc.sents`` builds a Python object per token)."""
    starts = doc.user_data.get(_STARTS)
    if starts is None:
        return list(doc.sents)
    bounds = [*starts, len(doc)]
    return [Span(doc, first, last) for first, last in zip(bounds, bounds[1:])]


def sentence_count(doc: Doc) -> int:
    """How many sentences ``doc`` has (see :func:`sentences`)."""
    starts = doc.user_data.get(_STARTS)
    return len(starts) if starts is not None else sum(1 for _ in doc.sents)


@Language.factory("replycheck_norm", default_config={"lang": "en"})
def _make_fold_norm(nlp: Language, name: str, lang: str) -> FoldNorm:
    return FoldNorm(lang)


class CachingTokenizer:
    """spaCy's tokenizer, with every whitespace-separated chunk of a draft in its cache,
    and linear in the length of the text whatever it holds.

    spaCy stops caching the rest of a text's chunks once the text has used a special
    case such as "I'm" (spaCy issue #1250), so most chunks of an English reply were
    split with the prefix, suffix and infix regexes again on every reply.  A chunk
    met for the first time is tokenized on its own first, which caches it; the draft
    is then tokenized as usual, with the same tokens, about three times faster.

    A run without whitespace longer than :data:`LONG_RUN` characters (``"{{{{…"``, a wall of
    emoji) is cut into words and single characters, each tokenized on its own, and the
    doc is put together from their tokens: the text, offsets and norms are those of the
    input, and the rest of the text is tokenized exactly as spaCy would.
    """

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer
        self._seen: set[str] = set()
        self._pieces: dict[str, tuple[list[str], list[bool], list[int]]] = {}

    def __call__(self, text: str) -> Doc:
        seen, tokenizer = self._seen, self.tokenizer
        if len(seen) > 500_000:  # a long-running service meets an open vocabulary
            seen.clear()
        long_run = False
        caching = not tokenizer.vocab.in_memory_zone  # (spaCy caches nothing inside a memory zone)
        for chunk in text.split():
            if not caching:
                long_run = long_run or len(chunk) > LONG_RUN
            elif chunk not in seen:
                if len(chunk) > LONG_RUN:
                    long_run = True
                    continue
                tokenizer(chunk)
                seen.add(chunk)
        return self._assemble(text) if long_run else tokenizer(text)

    def _tokens(self, text: str) -> tuple[list[str], list[bool], list[int]]:
        """Words, trailing spaces and norms of a short text, tokenized once per text."""
        found = self._pieces.get(text)
        if found is None:
            if len(self._pieces) > 50_000:
                self._pieces.clear()
            doc = self.tokenizer(text)
            found = ([t.text for t in doc], [bool(t.whitespace_) for t in doc], doc.to_array(NORM).tolist())
            if len(text) <= LONG_RUN:
                self._pieces[text] = found
        return found

    def _assemble(self, text: str) -> Doc:
        """The doc of a text holding long runs: the text between them is tokenized as usual
        (cut only where whitespace gives way to a word, where spaCy's tokenizer starts afresh
        anyway), each long run piece by piece, the whitespace after it with its last piece."""
        words: list[str] = []
        spaces: list[bool] = []
        norms: list[int] = []

        def add(part: str) -> None:
            found = self._tokens(part)
            words.extend(found[0])
            spaces.extend(found[1])
            norms.extend(found[2])

        position = 0
        for run in _LONG_RUN.finditer(text):
            if position < run.start():
                add(text[position:run.start()])
            pieces = _PIECE.findall(run.group())
            for piece in pieces[:-1]:
                add(piece)
            after = _SPACE_RUN.match(text, run.end()).end()  # type: ignore[union-attr]
            add(pieces[-1] + text[run.end():after])
            position = after
        if position < len(text):
            add(text[position:])
        doc = Doc(self.tokenizer.vocab, words=words, spaces=spaces)
        doc.from_array([NORM], numpy.asarray(norms, dtype=numpy.uint64).reshape(-1, 1))
        return doc

    def forget(self) -> None:
        """Drop the caches (the strings they point at were freed with a memory zone)."""
        self._seen.clear()
        self._pieces.clear()

    def __getattr__(self, name: str) -> Any:  # rules, explain …: spaCy's tokenizer answers
        return getattr(self.tokenizer, name)


# abbreviations that stand before a reference or number and never end a sentence ("no." may: "the answer is no.")
_ABBREVIATIONS = {"en": tuple(f"{w}." for base in ("ref", "approx", "tel", "ext", "incl", "acc", "inv", "cf")
                              for w in (base, base.capitalize(), base.upper()))}


def build_nlp(lang: str) -> Language:
    """A blank ``lang`` pipeline: tokenizer, then folded norms and sentence starts."""
    nlp = spacy.blank(lang)
    for abbreviation in _ABBREVIATIONS.get(lang, ()):  # "(ref. WA-11982)": the stop ends no sentence
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    nlp.tokenizer = CachingTokenizer(nlp.tokenizer)
    nlp.add_pipe("replycheck_norm", config={"lang": lang})
    return nlp


STRINGS_PER_ZONE = 20_000
"""New strings (words of checked drafts) a pipeline takes in before :class:`VocabGuard` frees them."""


class VocabGuard:
    """Keeps the memory of a long-lived pipeline flat.

    spaCy keeps every string and lexeme it ever saw (a service meeting new words grew from
    165 MB to 5.7 GB).  Drafts are checked inside a spaCy memory zone that stays open across
    calls; once the zone has taken in :data:`STRINGS_PER_ZONE` new strings it is closed, which
    frees them with the tokenizer's cache, the fold caches (``forget`` drops the caller's
    own), and a fresh zone opens.  Use ``with guard:`` around checking; never keep a doc
    made inside it.  Not for concurrent use: one thread at a time (the Checker holds a lock).
    """

    def __init__(self, nlp: Language, forget: Callable[[], None] | None = None, limit: int | None = None) -> None:
        self.nlp = nlp
        self.limit = STRINGS_PER_ZONE if limit is None else limit
        self._forget = forget
        self._zone: ExitStack | None = None
        self._base = 0
        self.zones = 0  # how many zones were closed (their strings freed)
        # Warm-up: the first ``limit`` new strings are kept for good, outside any zone, because
        # spaCy's tokenizer caches nothing inside a memory zone; the chunks met then (most of
        # a team's everyday vocabulary) stay cached, and memory is still bounded (by 2 × limit).
        self._warm_until = len(nlp.vocab.strings) + self.limit

    def __enter__(self) -> VocabGuard:
        if self._zone is None and len(self.nlp.vocab.strings) < self._warm_until:
            return self
        if self._zone is None:
            zone = ExitStack()
            zone.enter_context(self.nlp.memory_zone())
            self._zone, self._base = zone, len(self.nlp.vocab.strings)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._zone is not None and (exc[0] is not None or len(self.nlp.vocab.strings) - self._base > self.limit):
            self.release()

    def release(self) -> None:
        """Close the zone now: free the strings taken in since it opened."""
        zone, self._zone = self._zone, None
        if zone is not None:
            zone.close()
            self.zones += 1
            if self._forget is not None:
                self._forget()
