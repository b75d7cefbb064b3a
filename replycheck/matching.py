"""The check types: compile a language's rules into spaCy matchers and find hits.

Two check types exist:

* ``match``: every match of the rule's phrases or token patterns is a hit,
  unless an ``unless`` antipattern overlaps it or an ``unless_sentence`` regex
  matches its sentence.
* ``pending``: like ``match``, but only when neither the sentence nor the next
  one gives a concrete time frame and no vague-time rule already fired there
  (the missing-timeline check).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from typing import Any

from spacy.attrs import IDX, LENGTH, NORM
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span

from .errors import RulePackError
from .folding import fold, fold_keep_length, fold_regex
from .inflection import inflect, suffix_case
from .pipeline import sentences as doc_sentences
from .rewrite import EMOJI
from .rulepack import LanguagePack, LoadedRule, Rule
from .timeexpr import find_times

_REFERENCE = datetime(2000, 1, 3)  # only the kind of a time expression matters here, not its date


_ONE_TOKEN = {
    "en": re.compile(r"[^\W_]+"),
    "tr": re.compile(r"[^\W_]+(?:['’][^\W_]+)?"),
}


def is_plain_word(nlp: Language, lang: str, word: str) -> bool:
    """A word the tokenizer keeps whole: letters (and, in Turkish, a suffix after an
    apostrophe) and no tokenizer special case such as ``cannot``."""
    pattern = _ONE_TOKEN.get(lang)
    special = nlp.tokenizer.rules or {}
    return bool(pattern and pattern.fullmatch(word)) and not {word, word.lower(), word.capitalize()} & special.keys()


# a possessive clitic and the word it owns, right after a span: "Like it says in the owner['s manual]"
_POSSESSIVE_S = re.compile(r"['’]s\s+[^\W\d_][\w-]*")
# a word whose "'s" is "is" or "us", not a possessive: "there's a", "it's", "let's"
_CONTRACTED_IS = re.compile(r"(?i)\b(?:there|here|where|it|that|this|what|who|he|she|let|everything|nothing|something"
                            r"|everyone|someone|one|how|why|when)$")
# a sentence that says what the term just named is: "That's the 15-digit serial number printed on the box"
_DEFINED_NEXT = re.compile(r"(?:that|this|it)(?:'s|’s| is) (?:the|a|an|your) (?:\S+ ){0,3}?(?:number|code|name|setting|part|"
                           r"switch|device|form|document|fee|charge|test|check|one|thing|kind|type|way)\b")
def defined_next(text: str, term_end: int, sent_end: int) -> bool:
    """Whether the sentence after a term's (which ends within a few words of it) says what the term is (English)."""
    return len(text[term_end:sent_end].split()) <= 6 and bool(
        _DEFINED_NEXT.match(text[sent_end:sent_end + 120].lstrip().lower()))


# a contraction glued to the word before it: "it['s]", "they['re]"
_CLITIC = re.compile(r"['’](?:s|re|ll|d|ve|m)\b", re.I)
# one emoji character (with joiners and variation selectors)
_EMOJI_CHAR = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF\U0001F1E6-\U0001F1FF\u200d\ufe0f]")


def _before_emoji_tail(text: str, start: int, end: int) -> int:
    """``end`` moved back over the emoji (and the space between them) that close ``text[start:end]``:
    "that's just how it works[ 🙂]" (one pass from the end, linear in the tail)."""
    at = end
    while at > start and (text[at - 1].isspace() or _EMOJI_CHAR.match(text, at - 1)):
        at -= 1
    return at if at < end and _EMOJI_CHAR.search(text, at, end) else end


@dataclass(frozen=True)
class Hit:
    """A rule matched ``doc.text[start:end]`` inside sentence ``sent``."""

    rule: Rule
    start: int
    end: int
    sent: Span
    replacement: str | None = None


@dataclass(frozen=True)
class _Pattern:
    """One token pattern of a rule, with what must occur near a sentence for it to have a chance.

    ``words``: for each required token with literal NORMs, the NORM hashes one of which must
    occur; ``regexes``: the pack-wide ids of the required tokens' NORM regexes.  ``anchor`` is
    the most selective of them (``("words", i)`` or ``("regex", id)``); the matcher runs only
    on sentences holding the anchor where every other requirement occurs too.  ``None``: every
    token is optional or open, so the pattern runs on the whole draft.
    """

    code: str
    matcher: Matcher
    words: tuple[frozenset[int], ...]
    regexes: tuple[int, ...]
    anchor: tuple[str, int] | None
    length: int | None  # the most tokens a match can span; None: no limit (a ``*`` or ``+``)


def _max_length(patterns: Iterable[list[dict[str, Any]]]) -> int | None:
    """The most tokens a match of any of ``patterns`` can span, or ``None`` when unbounded."""
    longest = 0
    for pattern in patterns:
        length = 0
        for token in pattern:
            op = token.get("OP")
            if op in ("*", "+"):
                return None
            repeat = re.fullmatch(r"\{(\d*)(?:,(\d*))?\}", op) if isinstance(op, str) else None
            if repeat is None:
                length += 1
            elif repeat.group(2) is None:
                length += int(repeat.group(1) or 0)  # {n}
            elif repeat.group(2):
                length += int(repeat.group(2))  # {n,m} or {,m}
            else:
                return None  # {n,}
        longest = max(longest, length)
    return longest


def _required(token: dict[str, Any]) -> bool:
    op = token.get("OP")
    return not (op in ("?", "*", "!") or (isinstance(op, str) and op.startswith("{0")))


def _literal_words(token: dict[str, Any]) -> set[str] | None:
    """The NORM values one of which a token needs, when they are literal."""
    value = token.get("NORM")
    orth = token.get("ORTH")
    if value is None and isinstance(orth, str) and orth.isdigit():
        value = orth  # a number's NORM is itself
    if isinstance(value, str):
        return {value}
    if isinstance(value, dict) and set(value) == {"IN"} and isinstance(value["IN"], list):
        return set(value["IN"])
    return None


def _norm_regex(token: dict[str, Any]) -> str | None:
    value = token.get("NORM")
    if isinstance(value, dict) and set(value) == {"REGEX"}:
        return str(value["REGEX"])
    return None


def _broad(regex: str) -> int:
    """How many words a NORM regex is likely to match: 1 when it starts with an open
    ``\\w`` (any word ending in …), 0 when it starts with literal letters or a list of them."""
    return 1 if re.match(r"\^?(?:\(\?!.*?\))?\\w", regex) else 0


# Words in nearly every reply make poor anchors: a pattern anchored on "we" runs on every draft.
_COMMON = frozenset(
    "i we you it they he she this that is are was were be been am will would can could not "
    "have has had do does did the a an to of for and or in on at with your our my me us as 's so if".split()
    + "ve bu bir da de icin ile ben biz siz o ne".split()
)


def _commonness(words: set[str]) -> tuple[int, int]:
    return sum(1 for w in words if w in _COMMON), len(words)


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError(
            f"token pattern value {value!r} is not text (quote words such as yes, no, on, off in YAML)"
        )
    return value


def _fold_text(value: Any, lang: str) -> str:
    return fold(_text(value), lang)


def _fold_pattern(pattern: list[dict[str, Any]], lang: str) -> list[dict[str, Any]]:
    """Rewrite LOWER/NORM values of a token pattern into folded NORM values."""
    folded = []
    for token in pattern:
        if not isinstance(token, dict):
            raise ValueError(f"a token pattern is a list of mappings, not {token!r}")
        out: dict[str, Any] = {}
        for key, value in token.items():
            if str(key).upper() in ("LOWER", "NORM"):
                key = "NORM"
                if isinstance(value, dict):
                    value = {
                        op: (
                            fold_regex(_text(arg)) if op == "REGEX"
                            else [_fold_text(v, lang) for v in arg] if isinstance(arg, list)
                            else arg
                        )
                        for op, arg in value.items()
                    }
                else:
                    value = _fold_text(value, lang)
            out[key] = value
        folded.append(out)
    return folded


@dataclass
class PhraseTable:
    """How a language's phrases were tokenised, to compile them again without spaCy docs (kept by
    :mod:`replycheck.pack_cache`): ``words`` maps a phrase to its folded NORM when the tokenizer keeps
    it as one plain word (else ``None``); ``tokens`` maps a phrase to its tokens' NORMs."""

    words: dict[str, str | None] = field(default_factory=dict)
    tokens: dict[str, tuple[str, ...]] = field(default_factory=dict)
    new: bool = False  # entries were added since the table was given


class CompiledPack:
    """One language's rules, compiled into matchers over a shared pipeline."""

    def __init__(self, pack: LanguagePack, nlp: Language, preferred: Iterable[str] = (),
                 phrases: PhraseTable | None = None) -> None:
        self.lang = pack.lang
        # how the phrases were tokenised (given by the pack cache, completed here): ``phrases.new`` says
        # whether this build added any
        self.phrase_table = PhraseTable(dict(phrases.words), dict(phrases.tokens)) if phrases else PhraseTable()
        self.nlp = nlp
        # rule codes whose hits win over overlapping hits of the same category (the team's glossary)
        self.preferred = frozenset(preferred)
        self.loaded = list(pack.rules)
        self.concrete_time = re.compile("|".join(f"(?:{p})" for p in pack.concrete_time) or r"(?!x)x")
        self.rules: dict[str, Rule] = {item.rule.code: item.rule for item in self.loaded}
        # Token patterns: one Matcher per pattern, run only on sentences holding everything the
        # pattern requires (an unanchored pattern always runs).  Antipatterns run only for rules that hit.
        self._patterns: list[_Pattern] = []
        self._regexes: list[re.Pattern[str]] = []  # NORM regexes of required pattern tokens, pack-wide
        self._regex_ids: dict[str, int] = {}
        self._norm_regexes: dict[int, frozenset[int]] = {}  # NORM hash → ids of the regexes matching it
        self._by_word: dict[int, list[int]] = {}  # NORM hash → patterns anchored on it
        self._by_regex: dict[int, list[int]] = {}  # regex id → patterns anchored on it
        self._unanchored: list[int] = []
        self._phrases = PhraseMatcher(nlp.vocab, attr="NORM")
        self._unless: dict[str, Matcher | PhraseMatcher] = {}
        self._unless_length: dict[str, int | None] = {}  # most tokens an antipattern match spans
        self._replacements: dict[str, str | None] = {}
        self._phrase_text: dict[str, str] = {}  # phrase key → the phrase as the pack writes it
        self._words: dict[int, list[str]] = {}  # folded NORM hash of one-token phrases → keys
        # phrases of ``inflect`` rules, by the folded NORM of their last word: (code, the words before
        # it, plain words); and every phrase those rules list as it is ("sla'yi" may have its own entry)
        self._inflected: dict[str, list[tuple[str, tuple[str, ...], str]]] = {}
        self._listed: set[tuple[str, ...]] = set()
        # per rule: the ``unless_sentence`` regexes, compiled, and those naming ``{match}``
        self._unless_sentence: dict[str, tuple[list[re.Pattern[str]], list[str]]] = {}
        self.promise_rules: list[Rule] = []
        for item in self.loaded:
            if not item.rule.enabled:
                continue
            if item.rule.check in ("thread", "deadline"):
                self.promise_rules.append(item.rule)
            elif item.rule.check == "open_jargon":
                continue  # finds its own terms: replycheck.open_jargon
            else:
                self._add(item)

    def _plain(self, word: str) -> bool:
        return is_plain_word(self.nlp, self.lang, word)

    def _docs(self, phrases: Iterable[str]) -> list[Doc | list[int]]:
        """Pattern docs for phrases.  A phrase of plain words is built from its words directly
        (what the tokenizer would give, checked for every bundled phrase by a test): loading
        thousands of Turkish surface forms then skips the tokenizer.  A phrase the
        :class:`PhraseTable` knows becomes its tokens' NORM hashes (what the PhraseMatcher keeps
        of a doc) without building a doc at all."""
        norm = self.nlp.get_pipe("replycheck_norm")
        strings = self.nlp.vocab.strings
        table = self.phrase_table
        docs: list[Doc | list[int]] = []
        for phrase in phrases:
            known = table.tokens.get(phrase)
            if known is not None:
                docs.append([strings.add(value) for value in known])
                continue
            words = phrase.split(" ")
            if all(self._plain(word) for word in words):
                doc = norm(Doc(self.nlp.vocab, words=words, spaces=[True] * (len(words) - 1) + [False]))
            else:
                doc = self.nlp(phrase)
            table.tokens[phrase] = tuple(token.norm_ for token in doc)
            table.new = True
            docs.append(doc)
        return docs

    def _one_word(self, phrase: str) -> str | None:
        """The folded NORM of a phrase the tokenizer keeps as one plain word, else ``None``."""
        table = self.phrase_table
        if phrase in table.words:
            return table.words[phrase]
        found = table.words[phrase] = fold(phrase, self.lang) if self._plain(phrase) else None
        table.new = True
        return found

    def _better_phrase(self, name: str, other: str, surface: str) -> bool:
        """Whether phrase ``name`` fits the draft's ``surface`` words better than ``other`` (same rule, same span)."""
        said = " ".join(surface.lower().replace("’", "'").split())
        mine, theirs = self._phrase_text.get(name, "").lower(), self._phrase_text.get(other, "").lower()
        if (mine == said) != (theirs == said):
            return mine == said
        return int(name.rsplit("|", 1)[1]) < int(other.rsplit("|", 1)[1])

    def _add(self, item: LoadedRule) -> None:
        rule = item.rule
        try:
            phrases = list(rule.phrases)
            longer: list[tuple[str, str]] = []
            for i, phrase in enumerate(phrases):
                key = f"{rule.code}|{i}"
                self._replacements[key] = rule.phrase_replacements.get(phrase)
                self._phrase_text[key] = phrase
                word = self._one_word(phrase)
                if word is not None:
                    # one token: a dictionary look-up on NORM, no tokenising at load time
                    norm = self.nlp.vocab.strings.add(word)
                    self._words.setdefault(norm, []).append(key)
                else:
                    longer.append((key, phrase))
            for (key, _), doc in zip(longer, self._docs(p for _, p in longer)):
                self._phrases.add(key, [doc])
            if rule.inflect:
                self._index_inflected(rule, phrases)
            for pattern in rule.patterns:
                self._index(self._compile_pattern(rule.code, _fold_pattern(pattern, self.lang)))
            unless_phrases = [u for u in rule.unless if isinstance(u, str)]
            unless_patterns = [_fold_pattern(u, self.lang) for u in rule.unless if not isinstance(u, str)]
            if unless_phrases:
                phrase_matcher = PhraseMatcher(self.nlp.vocab, attr="NORM")
                phrase_matcher.add(rule.code, self._docs(unless_phrases))
                self._unless[rule.code + "|phrases"] = phrase_matcher
            if unless_patterns:
                unless = Matcher(self.nlp.vocab, validate=True)
                unless.add(rule.code, unless_patterns)
                self._unless[rule.code] = unless
                self._unless_length[rule.code] = _max_length(unless_patterns)
        except (ValueError, KeyError, TypeError) as exc:
            raise RulePackError(item.path, item.line, f"rule {rule.code}: {exc}") from None
        if rule.unless_sentence:
            folded = [_word_start(fold_regex(p)) for p in rule.unless_sentence]
            self._unless_sentence[rule.code] = (
                [re.compile(p) for p in _alternation([p for p in folded if "{match}" not in p])],
                _alternation([p for p in folded if "{match}" in p]),
            )

    def _index_inflected(self, rule: Rule, phrases: list[str]) -> None:
        """Index an ``inflect`` rule's phrases by their last word, for suffixed forms."""
        for phrase in phrases:
            word = self._one_word(phrase)
            norms = (word,) if word is not None else self.phrase_table.tokens[phrase]
            self._listed.add(tuple(norms))
            if "'" in norms[-1]:
                continue  # a suffixed form listed on its own ("sla'yi"): it is not a stem
            plain = rule.phrase_replacements.get(phrase)
            if plain:
                self._inflected.setdefault(norms[-1], []).append((rule.code, tuple(norms[:-1]), plain))

    def _inflected_hits(self, doc: Doc) -> list[_Raw]:
        """Suffixed forms of ``inflect`` phrases not listed as they are: "cookie'lerde" → "çerezlerde"."""
        raw: list[_Raw] = []
        for token in doc:
            norm = token.norm_
            if "'" not in norm:
                continue
            stem, _, suffix = norm.partition("'")
            case = suffix_case(suffix)
            if case == "gen" and suffix in ("in", "un") and not (
                    token.i + 1 < len(doc) and _POSSESSED.search(doc[token.i + 1].norm_)):
                case = "poss2sg"  # "-In" with no possessed noun after it: "API key'in revoke edildi" (your key)
            entries = self._inflected.get(stem) if case else None
            for code, before, plain in entries or ():
                start = token.i - len(before)
                if start < 0 or tuple(t.norm_ for t in doc[start:token.i]) != before:
                    continue
                if (*before, norm) in self._listed:
                    continue  # listed as it is, with its own plain words
                rule = self.rules[code]
                # "rollback bug'ı biliniyor": after an English word the term heads a compound ("-ı" is its
                # possessive, not the accusative)
                head = (case == "acc" and start > 0 and _COMPOUND_HEAD_BEFORE.fullmatch(doc[start - 1].text) is not None
                        and token.i + 1 < len(doc) and _NO_OBJECT_VERB.match(doc[token.i + 1].norm_) is not None)
                replacement = inflect(plain, "poss3" if head else case, rule.soft_stems, rule.bare_nouns)
                if replacement is not None:
                    raw.append((code, start, token.i + 1, replacement, (start, token.i + 1)))
        return raw

    def _compile_pattern(self, code: str, pattern: list[dict[str, Any]]) -> _Pattern:
        matcher = Matcher(self.nlp.vocab, validate=True)
        matcher.add(code, [pattern])
        strings = self.nlp.vocab.strings
        words: list[frozenset[int]] = []
        regexes: list[int] = []
        best_words: tuple[int, set[str]] | None = None
        best_regex: tuple[int, str] | None = None
        for token in pattern:
            if not _required(token):
                continue
            literal = _literal_words(token)
            if literal:
                words.append(frozenset(strings.add(w) for w in literal))
                if best_words is None or _commonness(literal) < _commonness(best_words[1]):
                    best_words = (len(words) - 1, literal)
                continue
            regex = _norm_regex(token)
            if regex is not None:
                if regex not in self._regex_ids:
                    self._regex_ids[regex] = len(self._regexes)
                    self._regexes.append(re.compile(regex))
                regexes.append(self._regex_ids[regex])
                if best_regex is None or _broad(regex) < _broad(best_regex[1]):
                    best_regex = (self._regex_ids[regex], regex)
        anchor = ("words", best_words[0]) if best_words else ("regex", best_regex[0]) if best_regex else None
        return _Pattern(code, matcher, tuple(words), tuple(regexes), anchor, _max_length([pattern]))

    def _index(self, pattern: _Pattern) -> None:
        number = len(self._patterns)
        self._patterns.append(pattern)
        if pattern.anchor is None:
            self._unanchored.append(number)
        elif pattern.anchor[0] == "words":
            for norm in pattern.words[pattern.anchor[1]]:
                self._by_word.setdefault(norm, []).append(number)
        else:
            self._by_regex.setdefault(pattern.anchor[1], []).append(number)

    def forget(self) -> None:
        """Drop what was learnt about the words of checked drafts (their strings were freed)."""
        self._norm_regexes.clear()
        forget = getattr(self.nlp.tokenizer, "forget", None)
        if forget is not None:
            forget()

    def _regexes_of(self, norm: int) -> frozenset[int]:
        """Ids of the pattern regexes matching a NORM, worked out once per word."""
        if len(self._norm_regexes) > 20_000:  # a long-running service sees an open vocabulary
            self._norm_regexes.clear()
        text = self.nlp.vocab.strings[norm]
        found = self._norm_regexes[norm] = frozenset(i for i, rx in enumerate(self._regexes) if rx.search(text))
        return found

    def declines(self, code: str, sentence: str, term: str) -> bool:
        """Whether rule ``code``'s ``unless_sentence`` keeps it off ``term`` in ``sentence`` (both as
        written; folded here): a glossary term the glossary itself leaves alone in this sentence."""
        found = self._unless_sentence.get(code)
        if found is None:
            return False
        plain, templates = found
        folded_sentence = fold_keep_length(sentence, self.lang)
        needle = re.escape(fold_keep_length(term, self.lang))
        return any(p.search(folded_sentence) for p in plain) or any(
            _with_match(p, needle).search(folded_sentence) for p in templates)

    def hits(self, doc: Doc, customer_words: str = "", text: str | None = None) -> list[Hit]:
        """Every surviving hit in ``doc``, earliest first (``text``: ``doc.text`` when the caller has it)."""
        draft = self._draft(doc)
        raw = self._pattern_hits(doc, draft) + self._phrase_hits(doc, draft)
        blocked = self._blocked(doc, draft, raw)
        text = doc.text if text is None else text
        folded = fold_keep_length(text, self.lang)  # offsets into it are offsets into ``text``
        chars = doc.to_array([IDX, LENGTH]).tolist()  # each token's first character and length
        sentences = draft.sentences
        hits: list[Hit] = []
        blocking = {code: _Blocking(spans) for code, spans in blocked.items() if spans}
        for code, start, end, replacement, (first, last) in raw:
            spans = blocking.get(code)
            if spans is not None and spans.overlaps(first, last):
                continue
            start_char, end_char = chars[start][0], chars[end - 1][0] + chars[end - 1][1]
            end_char = _before_emoji_tail(text, start_char + 1, end_char)  # an open tail stops before closing emoji
            rule = self.rules[code]
            possessed = _POSSESSIVE_S.match(text, end_char) if (
                self.lang == "en" and rule.fix.action == "delete"
                and not _CONTRACTED_IS.search(text, max(0, end_char - 12), end_char)) else None
            if possessed is not None:
                end_char = possessed.end()  # deleting "in the owner['s manual]": the possessor goes with what it owns
            elif rule.fix.action == "delete" and end - start > 1 and _CLITIC.match(text, end_char) \
                    and _CONTRACTED_IS.search(text, max(0, end_char - 12), end_char):
                # "[you'd have known] it's no swimming": the pronoun stays with its "'s"
                end_char = len(text[:chars[end - 1][0]].rstrip())
            if rule.fix.action == "delete" and not replacement:
                # a deletion ends at a word's end, not inside "sign-up": "as stated in the terms you agreed to at sign-up"
                hyphenated = _HYPHENATED_TAIL.match(text, end_char) if end_char and text[end_char - 1].isalpha() else None
                end_char = hyphenated.end() if hyphenated else end_char
            hits.append(Hit(rule, start_char, end_char, sentences[draft.sentence_of[start]], replacement))

        # Answers per sentence (and per flagged text): a sentence of many hits is searched once
        # per rule, not once per hit.
        sentence_says: dict[tuple[str, int, int, str | None], bool] = {}
        customer_used: dict[str, bool] = {}
        signature: list[int] = []  # where the sign-off starts, found at the first jargon hit

        def in_signature(start: int) -> bool:
            """Whether ``start`` lies in the sign-off ("Raj | Ops desk"): a team's name there is not rewritten."""
            if not signature:
                from .open_jargon import _frame  # imported here: open_jargon builds on this module

                end = _frame(folded)[1]
                # only a sign-off on its own line: "…, Geri bildirimin için teşekkürler, feedback loop…" is the reply
                signature.append(end if end < len(folded) and folded[:end].rstrip(" \t").endswith("\n") else len(folded))
            return start >= signature[0]

        def blocked_by_sentence(code: str, sent: Span, needle: str | None, clause: tuple[int, int] | None = None) -> bool:
            start, end = clause or (sent.start_char, sent.end_char)
            key = (code, start, end, needle)
            found = sentence_says.get(key)
            if found is None:
                plain, templates = self._unless_sentence[code]
                sentence_text = folded[start:end]
                if needle is None:
                    found = any(p.search(sentence_text) for p in plain)
                else:
                    escaped = re.escape(needle)
                    found = any(_with_match(p, escaped).search(sentence_text) for p in templates)
                sentence_says[key] = found
            return found

        sentence_index = {sent.start: i for i, sent in enumerate(sentences)}
        code_prefixes: dict[str, bool] = {}

        def explained_elsewhere(hit: Hit) -> bool:
            """A term the reply explains in another sentence ("DNS — a kind of address book — …"),
            or an acronym that names a reference the reply quotes ("RMA numaranız: RMA-77120")."""
            word = text[hit.start:hit.end].split("'")[0].split("’")[0].split(" ")[0]
            if len(word) >= 2 and word.isupper():
                quoted = code_prefixes.get(word)
                if quoted is None:  # once per acronym: linear in the draft
                    quoted = code_prefixes[word] = re.search(rf"\b{re.escape(word)}-?\d", text) is not None
                if quoted:
                    return True
            if self.lang == "en" and defined_next(text, hit.end, hit.sent.end_char):
                return True  # "Could you confirm the IMEI number? That's the 15-digit serial number on the box."
            code = hit.rule.code
            if code not in self._unless_sentence or not self._unless_sentence[code][1]:
                return False
            needle = folded[hit.start:hit.end]
            at = sentence_index.get(hit.sent.start, 0)
            near = sentences[max(0, at - 2):at + 3]  # the sentences around it (bounded: linear in the draft)
            if any(sent.start != hit.sent.start and needle in folded[sent.start_char:sent.end_char]
                   and blocked_by_sentence(code, sent, needle) for sent in near):
                return True
            # a term matched with the word after it ("SPF kaydınız") explained on its own, in this sentence or
            # one nearby: "…; SPF, … gönderebileceğini belirten kısa bir ayar"
            head = folded[hit.start:hit.start + len(word)]
            return len(word) >= 2 and word.isupper() and head != needle and any(
                re.search(rf"(?<!\w){re.escape(head)}(?!\w)", folded[sent.start_char:sent.end_char])
                and blocked_by_sentence(code, sent, head) for sent in near)

        def passes(hit: Hit) -> bool:
            """The sentence-level exceptions: ``unless_sentence``, and jargon the customer used."""
            code = hit.rule.code
            if code in self._unless_sentence:
                # a time frame counts in the clause it times: "The first cases leave on Monday 7 December;
                # the rest … will be confirmed in due course" still leaves the rest without one
                clause = _semicolon_clause(folded, hit.sent.start_char, hit.sent.end_char, hit.start, hit.end) \
                    if hit.rule.category == "missing_timeline" else None
                if blocked_by_sentence(code, hit.sent, None, clause):
                    return False
                if self._unless_sentence[code][1] and blocked_by_sentence(code, hit.sent, folded[hit.start:hit.end]):
                    return False
            if hit.rule.category == "jargon" and (in_brackets(text, hit.start, hit.end) or in_gloss(text, hit.start, hit.end)
                                                  or explained_after(text, hit.end)
                                                  or in_quoted_name(text, hit.start, hit.end)
                                                  or in_place_name(text, hit.start, hit.end)):
                return False  # "the product code (SKU)", "A chargeback – our request to the merchant's bank –": an explanation
            if hit.rule.category == "jargon" and (FILE_AFTER.match(text, hit.end) or text[hit.start - 1:hit.start] in ("/", "\\", ".")
                                                  or names_a_key(text, hit.start, hit.end)):
                return False  # "crash.txt", "/var/cache", "the P2 button": a name the customer must type or press as it is
            if hit.rule.category == "jargon" and in_signature(hit.start):
                return False
            if hit.rule.category == "jargon" and explained_elsewhere(hit):
                return False
            if hit.rule.category == "jargon" and customer_words:
                term = folded[hit.start:hit.end]
                used = customer_used.get(term)
                if used is None:
                    used = customer_used[term] = _contains_term(customer_words, term)
                return not used
            return True

        return _resolve(text, sentences, hits, self.lang, self.concrete_time, passes, self.preferred)

    def _draft(self, doc: Doc) -> _Draft:
        """Where each word and each pattern regex occurs in ``doc``, sentence by sentence."""
        norms = doc.to_array(NORM).tolist()
        where: dict[int, list[int]] = {}
        for i, norm in enumerate(norms):
            if norm in where:
                where[norm].append(i)
            else:
                where[norm] = [i]
        sentences = doc_sentences(doc)
        starts = [sentence.start for sentence in sentences]
        ends = [*starts[1:], len(doc)]
        sentence_of = [0] * len(doc)
        for n, (first, last) in enumerate(zip(starts, ends)):
            sentence_of[first:last] = [n] * (last - first)
        draft = _Draft(norms, where, sentences, starts, ends, sentence_of)
        if self._regexes:
            known = self._norm_regexes
            for norm in where:
                found = known.get(norm)
                if found is None:
                    found = self._regexes_of(norm)
                for rid in found:
                    draft.regex_where.setdefault(rid, []).append(norm)
                    for i in where[norm]:
                        draft.sentence_regexes.setdefault(sentence_of[i], set()).add(rid)
        return draft

    def _pattern_hits(self, doc: Doc, draft: _Draft) -> list[_Raw]:
        """Matches of the token patterns, each run only where it can match (see ``_Pattern``)."""
        raw: list[_Raw] = []
        where, sentence_of, starts, ends = draft.where, draft.sentence_of, draft.starts, draft.ends
        anchors: dict[int, list[int]] = {}  # pattern number → its anchor's NORM hashes in the draft
        for norm in where:
            for number in self._by_word.get(norm, ()):
                anchors.setdefault(number, []).append(norm)
        for rid, found in draft.regex_where.items():
            for number in self._by_regex.get(rid, ()):
                anchors.setdefault(number, []).extend(found)
        present = set(where)
        for number in sorted([*anchors, *self._unanchored]):
            pattern = self._patterns[number]
            if pattern.anchor is None:
                scopes: list[Doc | Span] = [doc]
            else:
                if any(req.isdisjoint(present) for req in pattern.words) or any(
                    rid not in draft.regex_where for rid in pattern.regexes
                ):
                    continue  # something it needs is nowhere in the draft
                # only sentences holding the anchor and (with the next sentence) every other
                # requirement: a short span is far cheaper to match
                candidates = {
                    n for n in {sentence_of[i] for norm in anchors[number] for i in where[norm]}
                    if all(not req.isdisjoint(draft.nearby(n)) for req in pattern.words)
                    and (not pattern.regexes or set(pattern.regexes) <= draft.nearby_regexes(n))
                }
                if not candidates:
                    continue
                last_sentence = len(starts) - 1
                if pattern.length is None:
                    # each candidate sentence and the one after it (a sign-off such as "Best,\nSam"
                    # runs over a line break)
                    scopes = _windows(doc, [(starts[n], ends[min(n + 1, last_sentence)]) for n in candidates])
                else:
                    # a match holds an anchor: a window of ``length`` tokens around each one will do
                    windows = []
                    for norm in anchors[number]:
                        for i in where[norm]:
                            n = sentence_of[i]
                            if n not in candidates and n - 1 not in candidates:
                                continue
                            first = n - 1 if n - 1 in candidates else n
                            last = min(n + 1, last_sentence) if n in candidates else n
                            windows.append((max(starts[first], i - pattern.length + 1), min(ends[last], i + pattern.length)))
                    scopes = _windows(doc, windows)
            code = pattern.code
            mark = self.rules[code].mark
            for scope in scopes:
                offset = scope.start if isinstance(scope, Span) else 0
                if mark is None:  # alignments cost extra: only a rule with ``mark`` needs them
                    raw.extend((code, start + offset, end + offset, None, (start + offset, end + offset))
                               for _, start, end in pattern.matcher(scope))
                    continue
                for _, start, end, align in pattern.matcher(scope, with_alignments=True):
                    start, end = start + offset, end + offset
                    marked = [start + k for k, a in enumerate(align) if mark[0] <= a < mark[1]]
                    if marked:
                        raw.append((code, min(marked), max(marked) + 1, None, (start, end)))
        return raw

    def _phrase_hits(self, doc: Doc, draft: _Draft) -> list[_Raw]:
        """Matches of the phrases: one-word phrases by NORM look-up, longer ones by PhraseMatcher."""
        strings = self.nlp.vocab.strings
        raw: list[_Raw] = []
        chosen: dict[tuple[str, int, int], str] = {}
        for key, start, end in (self._phrases(doc) if len(self._phrases) else ()):
            name = strings[key]
            span = (name.split("|", 1)[0], start, end)
            # two phrases of a rule with the same NORMs ("don't panic", "do not panic") match the same words: the one
            # written as the draft writes it gives the replacement, else the one listed first (not hash order)
            if span in chosen and not self._better_phrase(name, chosen[span], doc[start:end].text):
                continue
            chosen[span] = name
        for (code, start, end), name in chosen.items():
            raw.append((code, start, end, self._replacements.get(name), (start, end)))
        for norm, positions in draft.where.items():
            for name in self._words.get(norm, ()):
                for i in positions:
                    raw.append((name.split("|", 1)[0], i, i + 1, self._replacements.get(name), (i, i + 1)))
        if self._inflected and ("'" in doc.text or "’" in doc.text):  # a suffix follows an apostrophe
            raw += self._inflected_hits(doc)
        return raw

    def _blocked(self, doc: Doc, draft: _Draft, raw: list[_Raw]) -> dict[str, list[tuple[int, int]]]:
        """Token spans of each rule's antipattern matches, looked for only near that rule's hits."""
        sentences = draft.sentences
        blocked: dict[str, list[tuple[int, int]]] = {}
        hit_sentences: dict[str, set[int]] = {}
        hit_windows: dict[str, list[tuple[int, int]]] = {}  # around each hit, within its sentence
        for code, start, _, _, (first, last) in raw:
            n = draft.sentence_of[start]
            hit_sentences.setdefault(code, set()).add(n)
            reach = self._unless_length.get(code)
            if reach is not None:
                hit_windows.setdefault(code, []).append(
                    (max(draft.starts[n], first - reach + 1), min(draft.ends[n], last + reach - 1))
                )
        for code, numbers in hit_sentences.items():
            phrases = self._unless.get(code + "|phrases")
            for n in sorted(numbers) if phrases is not None else ():
                # on a Span, PhraseMatcher gives offsets within the doc
                blocked.setdefault(code, []).extend((start, end) for _, start, end in phrases(sentences[n]))
            unless = self._unless.get(code)
            if unless is None:
                continue
            # antipatterns only where the rule hit: near each hit, or (unbounded ones) in its sentence
            scopes = _windows(doc, hit_windows[code]) if code in hit_windows else [sentences[n] for n in sorted(numbers)]
            for scope in scopes:
                # on a Span, Matcher gives offsets within the span
                blocked.setdefault(code, []).extend(
                    (start + scope.start, end + scope.start) for _, start, end in unless(scope)
                )
        return blocked


# (code, start, end, replacement, whole match): antipatterns are checked against the whole
# match; the flagged part may be narrower (``mark``)
_Raw = tuple[str, int, int, "str | None", tuple[int, int]]


@dataclass
class _Draft:
    """One draft's index for matching: NORM hashes by position and where each occurs, sentence
    bounds, and (filled in by ``CompiledPack._draft``) where each pattern regex matches."""

    norms: list[int]
    where: dict[int, list[int]]  # NORM hash → token positions
    sentences: list[Span]
    starts: list[int]  # first token of each sentence
    ends: list[int]  # end token of each sentence
    sentence_of: list[int]  # token → sentence number
    regex_where: dict[int, list[int]] = field(default_factory=dict)  # regex id → NORM hashes it matches
    sentence_regexes: dict[int, set[int]] = field(default_factory=dict)  # sentence → regex ids matching a word
    _near: dict[int, set[int]] = field(default_factory=dict)
    _near_regexes: dict[int, set[int]] = field(default_factory=dict)

    def nearby(self, n: int) -> set[int]:
        """NORM hashes of sentence ``n`` and the one after it."""
        found = self._near.get(n)
        if found is None:
            found = self._near[n] = set(self.norms[self.starts[n]:self.ends[min(n + 1, len(self.ends) - 1)]])
        return found

    def nearby_regexes(self, n: int) -> set[int]:
        """Ids of the regexes some word of sentence ``n`` or the one after it matches."""
        found = self._near_regexes.get(n)
        if found is None:
            following = min(n + 1, len(self.starts) - 1)
            found = self._near_regexes[n] = self.sentence_regexes.get(n, set()) | self.sentence_regexes.get(following, set())
        return found


_DEADLINE_LEAD = {
    "en": re.compile(r"\b(?:by|until|till|before|within|in|no later than|latest|from)\s+(?:the\s+)?$"),
    "tr": re.compile(r"(?!)"),
}
# a record dated by "from": "the blood test results from 28 November", "your email from Monday"
_PAST_RECORD = {
    "en": re.compile(r"\b(?:results?|messages?|e-?mails?|letters?|calls?|orders?|statements?|bills?|invoices?|reports?"
                     r"|visits?|appointments?|payments?|transfers?|tests?|scans?|photos?|receipts?|readings?|notes?)"
                     r"\s+from\s+(?:the\s+)?$"
                     # a thing from a day gone by: "flagging the broken mask from Sunday"
                     r"|\b(?:missing|lost|left|forgotten|damaged|broken|faulty|cracked|torn|wrong)\s+(?:[\w'-]+\s+){0,3}from\s+(?:the\s+)?$"),
    "tr": re.compile(r"(?!)"),
}
_WINDOW_END = {"en": re.compile(r"(?!)"), "tr": re.compile(r"\s*(?:arasinda|arasi)\b")}  # after the window's last time
_DEADLINE_TAIL = {"en": re.compile(r"(?!)"), "tr": re.compile(r"(?:kadar|icinde|icerisinde|sonra|zarfinda)$")}


def _windows(doc: Doc, ranges: list[tuple[int, int]]) -> list[Span]:
    """Spans over token ranges ``[start, end)``, merged where they overlap or touch."""
    merged: list[list[int]] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [Span(doc, start, end) for start, end in merged if start < end]


_VALIDITY = re.compile(r"\b(?:valid|remains? valid|expire[sd]?|expiry|gecerli\w*|son kullanma)\b")
# a sentence that opens on a condition ("If nobody's home, …", "Yansıdığında …", "Ulaşınca …")
# (Turkish: a condition on the customer opens it, "Kapıda olmazsanız kurye sizi arayıp …")
_IF_THEN = re.compile(r"(?i)\W*(?:if|when|once|should)\b|\W*(?:[\w']+\s+){0,2}[\w']+(?:sanız|seniz|saniz|san|sen)\b")
# Turkish: "Yansıdığında …", "Tutar yansıyınca …": the condition's verb stem, to find the event it waits on
_COMPOUND_HEAD_BEFORE = re.compile(r"[a-z]{3,}")  # an English word right before a suffixed term: a compound
# a verb that takes no object (passive, existential): the "-I" before it is a possessive, not the accusative
_NO_OBJECT_VERB = re.compile(r"(?:var|yok|mevcut|\w+(?:il|in|ul|un)(?:iyor|uyor|di|du|mis|mus|ecek|acak|ir|ur|mektedir|maktadir)\w*"
                             r"|olustu\w*|cikti\w*|yasaniyor\w*|devam)$")
_POSSESSED = re.compile(r"(?:[iu]|s[iu])(?:n[iu]|n[ae]|nd[ae]n?|n[iu]n)?$")  # "süresi", "kodunu": a genitive's noun
_TR_OUR_STEP = re.compile(r"\b\w+(?:[ae]c[ae][gğ]|[ıiuüae]r)(?:[ıiuü]z|[ıiuü]m)\b")  # değerlendiririz, göndereceğiz
_TR_EVENT_NOUN = re.compile(r"\W*(\w{3,}?)(?:me|ma)(?:si|s[ıi])?\s+(?:yapil|gerceklest|tamamlan|onaylan|ulas)\w*"
                            r"(?:[dt][ıiuü][ğg][ıiuü]nd[ae]|y?[ıiuü]nc[ae])\b")
_TR_WHEN = re.compile(r"(?i)\W*(?:[\w']+\s+){0,3}?(\w{3,}?)(?:[dt][ıiuü][ğg][ıiuü]nd[ae]|y?[ıiuü]nc[ae])\b")
# a Turkish sentence with a step still to come: a future or aorist verb, a deadline, a booking
# (a verb's tense at the word's end: not "kiralama", "donduruldu", whose letters only contain one; a negated future
# is no step: "hakkın kaybolmayacak")
_TR_NEXT_STEP = re.compile(r"\w+(?<!m[ae]y)(?:[ae]c[ae]k(?:t[ıi]r|s[ıi]n(?:[ıi]z)?|l[ae]r)?|[ae]c[ae][gğ][ıi](?:z|m)|[ae]c[ae]z"
                           r"|[ıiuü]r(?:[ıiuü]z|[ıiuü]m|s[ıiuü]n(?:[ıiuü]z)?|l[ae]r)?|[ae]r(?:[ıi]z|[ıi]m|s[ıi]n(?:[ıi]z)?|l[ae]r)?"
                           r"|[ıiuü]yor(?:[ıiuü]z|[ıiuü]m|s[ıiuü]n(?:[ıiuü]z)?|l[ae]r)?|[ae]bilir(?:s[ıi]n(?:[ıi]z)?|l[ae]r)?)"
                           r"(?:d[ıiuü]r|t[ıiuü]r)?\b|\b(?:kadar|icinde|itibaren|planland\w*|randevu\w*|bekle\w*|teslimat\w*|aralig\w*)\b"
                           # the work's duration: "ipek ürünlerde süre 5 iş günü"
                           r"|\bsure(?:si|miz)?:? (?:\d|bir |iki |uc |dort |bes )"
                           # days offered to the customer: "Salı veya Çarşamba öğleden sonra sizin için uygun mu?"
                           r"|\b(?:uygun mu|uyar mi|musait misiniz)\b")  # "Teslimat aralığınız bugün 18:00-20:00"
# (not any "should": "He can eat normally tonight and should keep taking the tablets" times no step of ours)
_EN_NEXT_STEP = re.compile(r"\b(?:will|'ll|shall|expect|hear|update|going to|by)\b|\bwe'll\b|\bi'll\b"
                           # the collection of what is being finished: "Pick-up is from Saturday 10am"
                           r"|\b(?:pick-?up|collection) (?:is|will be) (?:from|on|at|after)\b"
                           # the stock awaited, with its day: "The trellis is due back in stock on Friday"
                           r"|\b(?:is|are) due (?:back|in|to (?:arrive|land|be delivered))\b|\bback in stock (?:on|by|from)\b"
                           r"|\bshould (?:arrive|reach|be (?:with|back|ready|delivered|sorted|fixed|done|live|resolved)|hear|get|receive|land|go out)\b")


# a charge or credit timed by a bill or statement ("ilk faturanıza eklenecek"), folded
_ON_THE_BILL = {"tr": re.compile(r"\b(?:ilk|bir sonraki|sonraki|gelecek|onumuzdeki|bu ayki) (?:ay(?:ki|in)? )?(?:fatura|ekstre|bordro)\w*"
                                 r"(?: \w+){0,3} (?:eklen|yansi|dusul|mahsup|iade)\w*")}
# the outcome of pending work, announced: "the result", "a decision", "sonuç … bildirilecek"
# (or the proof of a refund: "Dekontunuz 3 iş günü içinde e-postanıza gelecek", "the refund confirmation")
_OUTCOME_WORD = re.compile(r"\b(?:sonuc\w*|karar\w*|bildiril\w*|dekont\w*|result\w*|decision\w*|outcome\w*|you'll hear|you will hear"
                           r"|bilgi verece\w*|haber verece\w*|donus yapaca\w*|update you|get back to you"
                           # the collection of what is being finished: "… then they'll be ready. … Pick-up is from Saturday 10am."
                           r"|pick-?up (?:is|will be)|collection (?:is|will be)|due back in stock|back in stock (?:on|by|from))\b")


# our own dated next update, said two sentences before other pending work, still times it (folded)
# our own next word, said in the next sentence (English): "I'll check the status again on Friday and message you by 4pm"
_OUR_NEXT_STEP_EN = re.compile(r"(?i)\b(?:i|we)(?:'ll| will) (?:check|message|email|e-mail|call|ring|phone|update|text|get back"
                               r"|let you know|confirm|chase|follow up|be in touch)\b")
_OUR_DATED_UPDATE = re.compile(r"\b(?:(?:we|i)(?:'ll| will) update you by|(?:gunune|tarihine) kadar (?:size|sana) bilgi verecegi[zm])\b")


# our own dated word on the matter, two sentences on (folded): "Yarın 14:00'e kadar durumu size yazacağım", "I'll email you
# by 5 pm today"
_OUR_DATED_CONTACT = re.compile(r"\b(?:(?:size|sana) (?:yazacagi[zm]|donecegi[zm]|bilgi verecegi[zm]|haber verecegi[zm])"
                                r"|durumu (?:size |sana )?(?:yazacagi[zm]|bildirecegi[zm]|iletecegi[zm])"
                                r"|(?:we|i)(?:'ll| will) (?:email|call|message|text|update|get back to) you\b)")


_HYPHENATED_TAIL = re.compile(r"(?:-[^\W\d_]+)+")


def _times_next_step(folded: str, lang: str) -> bool:
    """Whether a sentence after pending work may give it its time: it times a next step ("You'll
    hear from us by Friday"), not a fact ("Your policy renews on 2 January", "valid until 30 January")."""
    if _VALIDITY.search(folded):
        return False
    if lang == "tr":  # "Kargo 4 Aralık'ta yola çıkacak", not "ilk hata zamanı 2 Aralık 22:15" (a record's time)
        # (nor an offer meanwhile: "Bu arada dilerseniz aynı modeli bugün yeniden kargoya verebiliriz")
        # (nor a refusal: "14 Haziran için seçtiğiniz DJ'i o gün size veremiyoruz" times no step of ours)
        # (an aside after a semicolon is its own clause: "Yarın 10:00'a kadar bilgi vereceğim; bu arada …")
        first_clause = folded.split(";", 1)[0]
        clause = first_clause if _TR_NEXT_STEP.search(first_clause) else folded
        return bool(_TR_NEXT_STEP.search(clause)) and not re.search(r"\b(?:dilerseniz|isterseniz|bu arada)\b", clause) \
            and not (re.search(r"\b\w+[ae]m(?:iyor|az|ez|ayacak|eyecek)\w*", clause)
                     and not re.search(r"\b(?:ama|fakat|ancak)\b", clause))
    return lang != "en" or bool(_EN_NEXT_STEP.search(folded))


# a refusal right before a time, with no "but" after it (folded)
_REFUSED_BEFORE = re.compile(r"\b(?:can't|cannot|can not|unable to|not able to|won't be able to|couldn't)\b(?![^.;!?]*\b(?:but|however)\b)[^.;!?]*$")


def _announces_deadline(sentence: str, lang: str) -> bool:
    """Whether ``sentence`` sets a deadline: a time with "by/until/within …" before it, a
    duration, (Turkish) "…'e kadar / … içinde", or the end of a time window ("09:00–15:00
    arasında", "between 9 am and 3 pm")."""
    for found in find_times(sentence, lang, _REFERENCE):
        if found.kind != "deadline":
            continue
        before = fold(sentence[max(0, found.start - 20):found.start], lang)
        text = fold(found.text, lang)
        if _PAST_RECORD.get(lang, _PAST_RECORD["en"]).search(before):
            continue  # "your results from 28 November": the date of a record, not a deadline
        if re.match(r"['’]s\b", sentence[found.end:found.end + 3]):
            continue  # "missing from Saturday's box": a day that names a thing, not a deadline
        if lang == "en" and _REFUSED_BEFORE.search(fold(sentence[max(0, found.start - 40):found.start], lang)):
            continue  # "we can't fit you in this week": the time of what can't be done, not a deadline of ours
        if _DEADLINE_LEAD.get(lang, _DEADLINE_LEAD["en"]).search(before) or text.startswith(("within", "in ")):
            return True
        if _DEADLINE_TAIL.get(lang, _DEADLINE_TAIL["en"]).search(text):
            return True
        if _WINDOW_END.get(lang, _WINDOW_END["en"]).match(fold(sentence[found.end:found.end + 12], lang)):
            return True
    return False


def _word_start(pattern: str) -> str:
    """A sentence regex that opens with ``\\w+`` / ``\\w*`` tried only where a word starts: it
    finds a match exactly when the original does (the run of word characters can always
    reach back to the word's start), without retrying from every letter of every word."""
    return "(?<!\\w)" + pattern if pattern.startswith(("\\w+", "\\w*")) else pattern


def _alternation(patterns: list[str]) -> list[str]:
    """Several regexes as one alternation (one search instead of several), unless that
    could change what they mean: a backreference, or a global flag such as ``(?i)``."""
    if len(patterns) < 2 or any(re.search(r"\\[1-9]|\(\?P=", p) for p in patterns):
        return patterns
    combined = "|".join(f"(?:{p})" for p in patterns)
    try:
        re.compile(combined.replace("{match}", "x"))
    except re.error:
        return patterns
    return [combined]


FILE_AFTER = re.compile(r"\.[A-Za-z0-9]{2,4}\b|[/\\_]\w")  # the term is part of a file name or a path


def in_brackets(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` sits in a short bracket after words ("web server capacity
    (PHP-FPM pool)"): the term is explained in place."""
    opening = text.rfind("(", max(0, start - 40), start)
    closing = text.find(")", end, end + 40)
    return (opening >= 0 and closing >= 0 and ")" not in text[opening:start] and "(" not in text[end:closing]
            and bool(text[max(0, opening - 3):opening].strip()))


_QUOTED_NAME = re.compile(r"""(?:(?<=\s)'|[‘"“])([A-Z][^'’"”\n]{0,38}|[a-z0-9]+(?:[-_.][a-z0-9]+)+)(?:'|[’"”])(?!\w)""")


_TITLE_WORD = re.compile(r"[A-ZÇĞİÖŞÜ][a-zçğıöşü]{2,}")
_TITLE_BEFORE = re.compile(r"(?<![.!?:\n]\s)(?<![.!?:\n])\b[A-ZÇĞİÖŞÜ][a-zçğıöşü]+[ \t]+$")


def in_place_name(text: str, start: int, end: int) -> bool:
    """Whether a capitalised word sits inside a name of several capitalised words mid-sentence ("Kadıköy Hub 3
    no'lu masa", "our Data Hub"): a place or product the customer knows by that name, not the glossary's word."""
    return bool(_TITLE_WORD.fullmatch(text[start:end])) and _TITLE_BEFORE.search(text, max(0, start - 30), start) is not None


def in_quoted_name(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` sits inside a short quoted name ("your workspace 'Northwind Ops'",
    the button “Download CSV”): a label the customer must find as written."""
    for quoted in _QUOTED_NAME.finditer(text, max(0, start - 40), min(len(text), end + 40)):
        if quoted.start(1) <= start and end <= quoted.end(1):
            return True
    return False


_GLOSS_OPENING = re.compile(r"\s[–—]\s+(?:a|an|the|our|your|which|meaning|that is|i\.e\.|yani|kısaca|kisaca)\b", re.I)


def in_gloss(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` sits inside a dash aside that explains the term before it
    ("A chargeback – our formal request to the merchant's bank – wasn't needed")."""
    opening = None
    for found in _GLOSS_OPENING.finditer(text, max(0, start - 120), start):
        opening = found
    if opening is None or any(c in text[opening.end():start] for c in ".!?–—"):
        return False
    closing = re.search(r"\s[–—](?:\s|$)", text[end:end + 120])
    return closing is not None and not any(c in text[end:end + closing.start()] for c in ".!?")


# an appositive that says what the term is: "a loss adjuster, an independent specialist who looks at the damage"
_APPOSITIVE = re.compile(r"(?i),\s+(?:an?|the|our)\s+(?:[\w'’-]+\s+){0,4}?(?:who|that|which|to)\b")


# a key or button named by the term: "P2 tuşuna basıp", "press the P2 button" (a code with a digit printed on it;
# "the PWM button", "CTA butonu" still name a thing the customer may not know)
_KEY_AFTER = re.compile(r"(?i)['’]?\w{0,4}\s+(?:tuş|tus|düğme|dugme|buton|button|switch)")


def names_a_key(text: str, start: int, end: int) -> bool:
    """Whether the term at ``text[start:end]`` is a code with a digit printed on a key or button ("P2 tuşuna")."""
    return _KEY_AFTER.match(text, end) is not None and any(c.isdigit() for c in text[start:end])


def explained_after(text: str, end: int) -> bool:
    """Whether the words right after a term explain it as an appositive ("…, an independent specialist who …")."""
    return _APPOSITIVE.match(text, end, min(len(text), end + 80)) is not None


@lru_cache(maxsize=1024)
def _with_match(pattern: str, needle: str) -> re.Pattern[str]:
    """An ``unless_sentence`` regex with the hit put in for ``{match}``, compiled once."""
    return re.compile(pattern.replace("{match}", needle))


def _contains_term(haystack: str, term: str) -> bool:
    """Whether ``term`` occurs in ``haystack``; a Turkish suffix after an apostrophe
    is ignored on both sides (``TTL'i`` matches ``TTL'den``)."""
    stem = term.split("'", 1)[0] if "'" in term else term
    stem = re.sub(r"^(?:a|an|the)\s+(?=\S)", "", stem)  # "an RCD" after the customer's "my RCD keeps tripping"
    # (an English ending on the customer's word: "DBS checked" names the "DBS check")
    if re.search(rf"(?<!\w){re.escape(stem)}(?:s|es|ed|d|ing)?(?!\w)", haystack) is not None:
        return True
    words = stem.split()
    first = re.sub(r"(?:ing|ed)$", "", words[0]) if words else ""  # "porting request" after "port my mortgage"
    if len(words) > 1 and len(first) >= 4 and words[0].isascii() and words[0] not in _COMMON_FIRST and re.search(
            rf"(?<!\w){re.escape(first)}(?:s|es|ed|d|ing)?(?!\w)", haystack):
        return True  # "sync with the" after the customer's "Is the API sync broken?": their own word for it
    # a term with a generic head ("429 errors", "DNS settings", "deploy sonrası"): the customer named the term
    # itself ("a 429 rate limit error", "my DNS", "deploy'dan beri")
    coded = _CODED_TERM.fullmatch(stem)
    return coded is not None and re.search(rf"(?<!\w){re.escape(coded.group(1))}(?!\w)", haystack) is not None


# first words of a jargon phrase that say nothing of the term on their own ("take ownership", "have bandwidth")
_COMMON_FIRST = frozenset("take have make give keep with your their about from this that will would could should".split())
_CODED_TERM = re.compile(r"(\S+)\s+(?:errors?|codes?|status(?:es)?|responses?|messages?|settings?|records?|servers?|entr(?:y|ies)"
                         r"|lookups?|hatas[ıi]|kodu|ayarlar[ıi]|kayd[ıi]|sonras[ıi]|öncesi|oncesi|sırasında|sirasinda)")


class _Blocking:
    """Antipattern spans (which may overlap one another): sorted by start, with the furthest end
    reached so far, so that asking whether a hit overlaps one is a binary search."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self.starts = [start for start, _ in spans]
        self.reach: list[int] = []
        furthest = -1
        for _, end in spans:
            furthest = max(furthest, end)
            self.reach.append(furthest)

    def overlaps(self, first: int, last: int) -> bool:
        """Whether some span ``[s, e)`` has ``s < last`` and ``first < e``."""
        k = bisect_left(self.starts, last)  # the spans starting before ``last``
        return k > 0 and self.reach[k - 1] > first


class _Spans:
    """Spans that never overlap one another, kept sorted: an overlap test is two binary
    searches, so resolving many hits is a sweep, not a comparison of every pair."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps a span held (the first one ending after ``start``)."""
        i = bisect_right(self.ends, start)
        return i < len(self.starts) and self.starts[i] < end

    def add(self, start: int, end: int) -> None:
        """Hold ``[start, end)``, which overlaps no span held."""
        i = bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)


def _semicolon_clause(text: str, start: int, end: int, hit_start: int, hit_end: int) -> tuple[int, int]:
    """The part of the sentence ``text[start:end]`` between the semicolons (or the emoji that close a chat
    sentence: "… weird with slots today 😅 tech team are on it, should be sorted in a bit") around a hit."""
    before = text.rfind(";", start, hit_start)
    after = text.find(";", hit_end, end)
    emoji_before = [m.end() for m in EMOJI.finditer(text, max(start, before + 1), hit_start)]
    emoji_after = EMOJI.search(text, hit_end, after if after >= 0 else end)
    lo = emoji_before[-1] if emoji_before else (before + 1 if before >= 0 else start)
    return (lo, emoji_after.start() if emoji_after else (after if after >= 0 else end))


# a time that points back at one the reply named ("by then", "o saate kadar")
_BY_THEN = re.compile(r"\b(?:by then|by that time|before then|o zamana kadar|o saate kadar|o gune kadar|o tarihe kadar"
                      # after the dated step the sentence before names: "I've pencilled you in for Monday at 11. Let's
                      # touch base after that"
                      r"|after that|afterwards|after (?:the|your) (?:consult|consultation|appointment|visit|session|call|fitting))\b")


# the event a Turkish contact-back waits on (folded): "işlem tamamlandığında", "onarım bitince", "teslimattan sonra",
# "teslim edilir edilmez", "kargoya verildiğinde"
_TR_EVENT = re.compile(
    # (our own handing-over, by its object: "Takip numarasını [kargoya] verdiğimizde SMS ile ileteceğiz")
    r"\b(?:(\w{3,}(?:ya|ye|a|e)) (?:ver|gonder|teslim et|cikar)\w*[dt][iu]g[iu]m[iu]zd[ae]"
    r"|(\w{3,}) (?:tamamlan|bit|ol|gerceklest|yapil|sonuclan|ulas|veril|edil)\w*(?:[dt][ıiuü]g[ıiuü]nd[ae]|y?[ıiuü]nc[ae]|ir \w+m[ae]z)"
    r"|(\w{3,}?)(?:[dt][ıiuü]g[ıiuü]nd[ae]|y?[ıiuü]nc[ae])"
    r"|(\w{3,}?)(?:dan|den|tan|ten) sonra)\b")


def _event_dated_before(sentence: str, earlier: list[str], concrete_time: re.Pattern[str]) -> bool:
    """Whether a Turkish contact-back waits on an event that an earlier sentence (of the two before it) dates:
    "… en geç 4 Aralık Cuma günü hesabınıza işlenecek. … İşlem tamamlandığında size bilgi vereceğim", "… yarın
    09:00'da tesisatçımız onaracak … Onarım bitince size yazacağım": the time frame is that date."""
    found = _TR_EVENT.search(sentence)
    if not found:
        return False
    word = next(g for g in found.groups() if g)
    stem = word[:4]
    if len(stem) < 4:
        return False
    for before in earlier:
        # the event itself still to come there ("işlenecek", "onaracak", "teslim edilecek"), not a past one
        if concrete_time.search(before) and re.search(rf"\b{re.escape(stem)}\w*(?:[ae]c[ae][kgğ]\w*|\s+\w+[ae]c[ae][kgğ]\w*)", before):
            return True
    return False


def _waits_on_dated_event(sentence: str, previous: str, concrete_time: re.Pattern[str]) -> bool:
    """Whether a Turkish sentence's pending work hangs on an event the previous sentence dates
    ("… 4 Aralık'ta yansıyacak. Yansıdığında …", "… yarın 09:00'da adresinizde olacak. Contayı değiştireceğiz"):
    the time frame is that date."""
    if concrete_time.search(previous) is not None and (
            # the outcome of the dated step: "… bu akşam 22:00'de deploy edilecek. Sorun çözülecek"
            (_TR_OUTCOME_OF_STEP.search(sentence) and re.search(r"\w+(?:[ae]c[ae]k|[ae]c[ae]giz)\b", previous))
            # work we do on the dated visit: "Ustamız yarın 09:00'da adresinizde olacak. Contayı … değiştireceğiz"
            or (_TR_ON_SITE_WORK.match(sentence) and _TR_ARRIVING.search(previous))):
        return True
    # the end of work whose start the previous sentence dates: "… 4 Aralık 09:00'da işe başlayacak. İş bittiğinde …"
    if _END_OF_WORK.match(sentence) \
            and concrete_time.search(previous) is not None and re.search(r"\b(?:basla|gel|yapil|kurul|takil|monte)\w*(?:[ae]c[ae]k|[ae]c[ae]giz|[ıiuü]yor)\w*|\bhazir olacak"
                                                                          r"|\b(?:randevu|seans)\w* (?:yarin|bugun|\d)", previous):
        return True
    when = _TR_WHEN.match(sentence)
    if not when or concrete_time.search(previous) is None:
        return False
    # the same event dated ("yansıyacak … Yansıdığında"), or our own step dated just before
    # ("talebini aynı gün değerlendiririz. Yeni limitin onaylandığında …")
    if re.search(rf"\b{re.escape(when.group(1))}\w*(?:[ae]c[ae]k|[ıiuü]yor)\w*", previous) or _TR_OUR_STEP.search(previous):
        return True
    # the event named by its noun: "… 7 Aralık'ta IBAN'ınıza ödenecek. Ödeme yapıldığında …" ("ödeme" → "öde")
    noun = _TR_EVENT_NOUN.match(sentence)
    if noun is not None and re.search(rf"\b{re.escape(noun.group(1))}\w*(?:[ae]c[ae]k|[ıiuü]yor)\w*", previous) is not None:
        return True
    # money on its way on a dated day: "… 3.880 TL, 2 Aralık Çarşamba günü hesabınıza geçecek. Ödeme çıktığında …"
    return bool(_TR_MONEY_WHEN.match(sentence) and _TR_MONEY_DATED.search(previous))


# a notice on money arriving, and the money's dated arrival (folded)
_TR_MONEY_WHEN = re.compile(r"\W*(?:odeme|odemeniz|iade|iadeniz|para|paraniz|tutar|tutariniz|havale)\w*\s+(?:\w+\s+)?\w+"
                            r"(?:[dt][ıiuü][ğg][ıiuü]nd[ae]|y?[ıiuü]nc[ae])\b")
_TR_MONEY_DATED = re.compile(r"\b(?:hesabiniza|kartiniza|iban\w*)\s+(?:gec|yansi|yatiril|aktaril|odene)\w*[ae]c[ae]k")


# the end of the work opening a sentence (folded): "Bitince …", "İşlem tamamlanınca …"; an appointment the reply times
_END_OF_WORK = re.compile(r"\W*(?:\w+\s+){0,2}(?:bittiginde|bitince|tamamlandiginda|tamamlaninca|bitiminde|bittikten sonra"
                          r"|biter bitmez|tamamlanir tamamlanmaz)\b")
_TIMED_VISIT = re.compile(r"\b(?:randevu|seans)\w* (?:yarin|bugun|\d)[^.!?]*\b\d{1,2}[:.]\d{2}")
# a notice (folded): "sizi arayacak", "haber verecek"; a clock time: "16:30", "saat 4"
_TR_NOTICE = re.compile(r"\b(?:sizi|seni) (?:kendisi |kendileri |telefonla |hemen )?ar(?:ar|ayacak)\w*|\bhaber ver(?:ir|ecek)\w*|\bmesaj (?:atar|atacak)\w*")
_TR_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b|\bsaat \d")
# a notice on arrival (folded): "will text you when they arrive", "will call when he's outside"
_EN_ARRIVAL_NOTICE = re.compile(r"\b(?:text|call|ring|message|phone|buzz)\s+(?:you\s+)?(?:when|once|as soon as)\s+"
                                r"(?:they|he|she|the \w+|we)(?:'re|'s|\s+(?:are|is|get|gets|arrive|arrives|reach|reaches|pull up"
                                r"|pulls up))\s*(?:arrive|there|here|outside|on (?:their|his|her|the) way|nearby|close|\w*)\b")
# a notice on arrival (folded): "Usta varınca sizi arayacak", "Kurye kapıya gelince mesaj atar"
# (or on setting off, or when the timed job is done: "Yola çıktığımızda konum linkini paylaşacağız", "ödeme linki
# iş bitince SMS ile gelir")
_TR_ARRIVAL_NOTICE = re.compile(r"\W*(?:[\w']+\s+){0,3}?(?:(?:var|gel|ulas)(?:inca|ince|unca|dig\w*nd[ae]|dug\w*nd[ae])"
                                r"|yola cik(?:inca|tig\w*d[ae])|(?:is|isimiz|islem|montaj|temizlik|kurulum|tasima) (?:bitince|bittiginde"
                                r"|tamamlaninca|tamamlandiginda))\b"
                                r"[^.!?]*\b(?:ar(?:ar|ayacak)|haber ver(?:ir|ecek)|mesaj (?:atar|atacak)|yazar|yazacak|paylas(?:ir|acag)"
                                r"|gonder(?:ir|ecek)|(?:sms|e-posta|eposta|mesaj|whatsapp)\w* (?:ile |ile de )?gel(?:ir|ecek))\w*")
# the outcome a fix brings (folded): "Sorun çözülecek", "bağlantınız düzelecek"
_TR_OUTCOME_OF_STEP = re.compile(r"\b(?:cozulecek|duzelecek|giderilecek|normale donecek|eski haline donecek)\w*")
# work done on site by us, opening the sentence (folded): "Contayı ve vanayı komple değiştireceğiz"
# (or opening the clause after a semicolon: "Sızıntı … oluktan geliyor; orayı açıp kontrol edeceğiz")
_TR_ON_SITE_WORK = re.compile(r"(?:[^;]*;\s*)?\W*(?:\w+\s+){0,5}?(?:degistirecegiz|onaracagiz|tamir edecegiz|takacagiz|sokecegiz|kuracagiz"
                              r"|temizleyecegiz|bakacagiz|kontrol edecegiz|yenileyecegiz|monte edecegiz)\b")
# an arrival said with its time (folded): "25 dakika içinde kapınızda olur", "yarın 10:00'da gelecek", "gelip bakacak"
_TR_ARRIVING = re.compile(r"\b(?:kapinizda|adresinizde|yanizda|orada|burada|gelip)(?:y[iı]z|y[iı]m)?\b|\b(?:gel|var|ulas)\w*(?:[ae]c[ae]k|ir|ur)\b")


# a day that names what already happened, or a thing, not when the pending work comes (folded): "the milk missing
# from Saturday's box", "the double charge on 29 Nov", "dünkü siparişiniz", "Salı grubunun yeni saatleri"
DAY_NOT_WHEN = {
    "en": re.compile(r"(?<!\bbefore )(?<!\bby )(?<!\buntil )(?<!\btill )(?<!\bfor )(?<!\bon )\b(?:mon|tues|wednes|thurs|fri|satur|sun)day'?s\b"
                     # (but not the run a next step goes on: "waiting on the manifest for Thursday's collection")
                     r"|(?:(?<=\bfor )|(?<=\bon ))(?:mon|tues|wednes|thurs|fri|satur|sun)day'?s\b(?! (?:collection|delivery|dispatch"
                     r"|pickup|pick-up|run|van|shipment|post|round|slot)\b)|\byesterday'?s?\b|\blast (?:week|night|month|\w+day)\b"
                     # a thing from a day gone by: "the missing leotard from Saturday"
                     r"|\b(?:missing|lost|left|forgotten|damaged|broken) (?:\w+ ){0,3}from (?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
                     r"|\b(?:charge|charged|payment|paid|transaction|debit|debited|order|ordered|invoice|invoiced|booked) "
                     r"(?:on|from|dated) (?:the )?\d{1,2}(?:st|nd|rd|th)? \w+"
                     # a day that is over: "Sunday was called off", "Monday's session got cancelled"
                     r"|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day (?:was|were|got|has been) (?:called off|cancell?ed|postponed"
                     r"|rained off|scrapped|moved|a washout)\b"),
    # (not the visit the work is done at: "Salı günkü rutin ziyaretimizde kontrol edeceğiz")
    "tr": re.compile(r"\b(?:dunku|gecen (?:hafta|ay|\w+)|(?:pazartesi|sali|carsamba|persembe|cuma|cumartesi|pazar) gunku)\b"
                     r"(?! (?:\w+ )?(?:ziyaret|seans|randevu|gorusme|toplanti|bakim|kontrol|servis|kurulum|montaj|prova|ders)\w*(?:de|da|te|ta)\b)"
                     r"|\b(?:pazartesi|sali|carsamba|persembe|cuma|cumartesi|pazar) (?:grub|ders|sinif|seans|kurs|program|etkinlik"
                     r"|bulusma|pazar|acilis|mesai|calisma|kapanis)\w*\b(?<!(?:den|dan|ten|tan))(?! sonra\b)"
                     # (but a time after it is one: "Perşembe dersinden sonra … yazacağım")
                     # "Pazar günleri" is every Sunday, not a day anything is due
                     r"|\b(?:pazartesi|sali|carsamba|persembe|cuma|cumartesi|pazar) gunleri\b"
                     # "bugün yarın" is "any day now": no day at all
                     r"|\bbugun yarin\b"),
}


def _resolve(
    text: str, sents: list[Span], hits: list[Hit], lang: str, concrete_time: re.Pattern[str],
    passes: Callable[[Hit], bool] | None = None, preferred: frozenset[str] = frozenset(),
) -> list[Hit]:
    """Drop hits that fail ``passes``, overlapping hits of one category and pending hits that
    have a time frame.  ``passes`` is asked only about hits no kept hit overlaps: the same
    result as filtering first, without the cost for hits that would lose anyway.  Among
    overlapping hits of one category, a ``preferred`` rule's hit is kept (the team's glossary
    over a bundled term), else the earliest and longest."""
    hits.sort(key=lambda h: (h.rule.code not in preferred, h.start, -(h.end - h.start), h.rule.code))
    kept: list[Hit] = []
    taken: dict[str, _Spans] = {}  # category → spans of the hits kept so far
    for hit in hits:
        spans = taken.get(hit.rule.category)
        if spans is not None and spans.overlaps(hit.start, hit.end):
            continue
        if passes is not None and not passes(hit):
            continue
        kept.append(hit)
        if spans is None:
            spans = taken[hit.rule.category] = _Spans()
        spans.add(hit.start, hit.end)
    if preferred:
        kept.sort(key=lambda h: (h.start, -(h.end - h.start), h.rule.code))
    timed_sents = {h.sent.start for h in kept if h.rule.category == "missing_timeline" and h.rule.check == "match"}
    index = {s.start: i for i, s in enumerate(sents)}
    result: list[Hit] = []
    pending_sents: set[int] = set()
    for hit in kept:
        if hit.rule.check == "pending":
            i = index[hit.sent.start]
            previous = sents[i - 1].start if i > 0 else -1
            # one time frame per stretch of pending work: not again right after another
            if any(n in timed_sents or n in pending_sents for n in (hit.sent.start, previous)):
                continue
            nearby = [fold(text[s.start_char:s.end_char], lang) for s in sents[i:i + 3]]
            if _ON_THE_BILL.get(lang) and _ON_THE_BILL[lang].search(nearby[0]):
                continue  # "2.100 TL güvence bedeli ilk faturanıza eklenecek": the bill is its time (this sentence only)
            nearby[0] = DAY_NOT_WHEN[lang].sub(" ", nearby[0]) if lang in DAY_NOT_WHEN else nearby[0]
            if any(concrete_time.search(said) for n, said in enumerate(nearby)
                   if n == 0 or (_times_next_step(said, lang) and (n == 1 or _OUTCOME_WORD.search(said)
                                                                   or _OUR_DATED_CONTACT.search(said)))):
                # (the next sentence's time counts when it times a next step, not a validity or a fact; the one
                # after it only when it times the outcome: "Sonuç 5 iş günü içinde SMS ile bildirilecek")
                continue
            # a deadline just before also covers it ("I'll confirm by Friday. We'll keep you posted."),
            # but not a mere mention of a day ("Sorry for the long wait today.")
            if i > 0 and _announces_deadline(text[sents[i - 1].start_char:sents[i - 1].end_char], lang):
                continue
            if lang == "en" and any(_OUR_NEXT_STEP_EN.search(said) and _announces_deadline(said, lang) for said in (
                    text[s.start_char:s.end_char] for s in sents[i + 1:i + 3])):
                continue  # "… still waiting for PTO from the utility. … I'll check again on Friday and message you by 4pm."
            if _BY_THEN.search(nearby[0]) and any(concrete_time.search(fold(text[s.start_char:s.end_char], lang))
                                                  for s in sents[max(0, i - 2):i]):
                continue  # "Still on track for 5 pm — … I'll message you here by then either way.": that time
            two_before = fold(text[sents[i - 2].start_char:sents[i - 2].end_char], lang) if i > 1 else ""
            if _OUR_DATED_UPDATE.search(two_before) and concrete_time.search(two_before):
                continue  # "… 7 Aralık Pazartesi gününe kadar size bilgi vereceğiz. [Sorun …] Ekibimiz … dönüş yapacaktır."
            if i > 0 and _IF_THEN.match(text, hit.sent.start_char) and concrete_time.search(
                    fold(text[sents[i - 1].start_char:sents[i - 1].end_char], lang)):
                continue  # "… out for delivery tomorrow between 10 am and 2 pm. If nobody's home, the driver will text you …"
            if i > 0 and lang == "tr" and _event_dated_before(nearby[0], [
                    fold(text[s.start_char:s.end_char], lang) for s in sents[max(0, i - 2):i]], concrete_time):
                continue  # "… kayıt en geç 4 Aralık Cuma günü hesabınıza işlenecek. … İşlem tamamlandığında size bilgi vereceğim."
            if i > 0 and lang == "tr" and _TR_WHEN.match(nearby[0]) and _TR_NOTICE.search(nearby[0]) and any(
                    _TR_CLOCK.search(fold(text[s.start_char:s.end_char], lang)) for s in sents[max(0, i - 2):i]):
                continue  # "… 16:30 civarı size geçecek. […] Yola çıkınca sizi arayacak.": a notice on the way to a timed visit
            if i > 0 and lang == "en" and _EN_ARRIVAL_NOTICE.search(nearby[0]) and any(
                    concrete_time.search(said) or _announces_deadline(said, lang)
                    for said in (text[s.start_char:s.end_char] for s in sents[max(0, i - 3):i])):
                continue  # "… on Saturday at 7am to redo the kitchen. […] Agnieszka will text you when they arrive."
            if i > 0 and lang == "tr" and _TR_ARRIVAL_NOTICE.match(nearby[0]) and any(
                    concrete_time.search(said) and _TR_ARRIVING.search(said)
                    for said in (fold(text[s.start_char:s.end_char], lang) for s in sents[max(0, i - 3):i])):
                continue  # "… 25 dakika içinde kapınızda olur. […] Usta varınca sizi arayacak.": the arrival is timed
            if i > 1 and lang == "tr" and _END_OF_WORK.match(nearby[0]) and _TIMED_VISIT.search(
                    fold(text[sents[i - 2].start_char:sents[i - 2].end_char], lang)):
                continue  # "… randevusu yarın 11:00'de. İçiniz rahat olsun, … Bitince fotoğrafını atarım!"
            if i > 0 and lang == "tr" and _waits_on_dated_event(
                    fold(text[hit.sent.start_char:hit.sent.end_char], lang),
                    fold(text[sents[i - 1].start_char:sents[i - 1].end_char], lang), concrete_time):
                continue  # "Tutar 4 Aralık Cuma günü kartınıza yansıyacak. Yansıdığında size haber vereceğim."
            pending_sents.add(hit.sent.start)
        elif (lang == "en" and hit.rule.category == "missing_timeline" and fold(text[hit.start:hit.end], lang) == "as soon as"
              and _EN_NOTICE_BEFORE.search(text, hit.sent.start_char, hit.start)):
            i = index[hit.sent.start]
            if i > 0 and _EN_DAY_NAMED.search(fold(text[sents[i - 1].start_char:sents[i - 1].end_char], lang)):
                continue  # "… you should see the £1,150 by Wednesday 9 December. I'll email you as soon as they confirm it."
        result.append(hit)
    return result


# a day or a date the sentence before gives (not "right now")
_EN_DAY_NAMED = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight"
                           r"|\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
                           r"|within \d+ (?:working |business )?(?:hours?|days?))\b")
# our notice right before "as soon as" ("I'll email you as soon as …"): tied to the event the sentence before dates
_EN_NOTICE_BEFORE = re.compile(r"(?i)\b(?:i|we)(?:'ll|’ll| will)\s+(?:email|e-mail|text|message|call|ring|let you know|confirm|tell you)"
                               r"(?:\s+you)?\s+$")
