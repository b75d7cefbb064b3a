"""Rule packs: YAML files validated by pydantic, errors naming file and line.

A pack file holds ``rules:``, a list of rules.  Each rule picks one check type
(``match`` or ``pending``), says what it matches (``phrases`` and/or spaCy
token ``patterns``), where it must not fire (``unless``, ``unless_sentence``),
how to fix it (``fix``) and carries its own examples.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from . import pack_cache
from .data import rules_root
from .errors import RulePackError
from .models import Severity

MARK = re.compile(r"<m>(.*?)</m>", re.S)
CATEGORY_PREFIX = {
    "jargon": "JRG",
    "condescension": "CND",
    "negative_framing": "NEG",
    "missing_timeline": "TML",
    "unkept_promise": "PRM",
}
TokenPattern = list[dict[str, Any]]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Example(_Strict):
    """A flagged example (``<m>…</m>`` marks the exact span, ``rewrite`` the expected fix, or
    ``manual: true`` when no safe rewrite exists) or a clean one."""

    flagged: str | None = None
    rewrite: str | None = None
    manual: bool = False  # no safe rewrite: the finding's suggestion is a template for the agent
    clean: str | None = None
    lang: str | None = None
    thread: list[dict[str, Any]] | None = None
    now: datetime | None = None

    @model_validator(mode="after")
    def _one_kind(self) -> "Example":
        if (self.flagged is None) == (self.clean is None):
            raise ValueError("an example has exactly one of 'flagged' or 'clean'")
        if self.flagged is not None:
            if len(MARK.findall(self.flagged)) != 1:
                raise ValueError("a flagged example marks exactly one span with <m>…</m>")
            if (self.rewrite is None) != self.manual:
                raise ValueError("a flagged example needs the expected 'rewrite', or 'manual: true' (and no rewrite)")
        elif self.rewrite is not None or self.manual:
            raise ValueError("a clean example has no 'rewrite' and is not 'manual'")
        return self

    @property
    def text(self) -> str:
        """The example text without the marker."""
        return MARK.sub(r"\1", self.flagged if self.flagged is not None else self.clean or "")

    @property
    def span(self) -> tuple[int, int] | None:
        """Character span of the marked text, in :attr:`text`."""
        if self.flagged is None:
            return None
        found = MARK.search(self.flagged)
        assert found is not None
        start = found.start()
        return start, start + len(found.group(1))


class Fix(_Strict):
    """How a finding is fixed.

    ``replace``: the span becomes ``replacement`` (or the phrase's own replacement);
    ``delete``: the span goes, with spacing, punctuation and capitals repaired;
    ``insert_end``: ``replacement`` goes before the sentence's final punctuation;
    ``append_sentence``: ``replacement`` is added as a sentence after this one;
    ``acknowledge``: ``replacement`` is put at the start of the reply's body
    (after the greeting) — for the ``thread`` check.
    ``{deadline}`` in a replacement becomes the concrete day the team follows up
    by (from ``now`` and the calendar's default response time); ``{promised}``
    the deadline an earlier message gave.

    ``transform`` names a sentence transform applied after the span edit (see
    :mod:`replycheck.transforms`): ``hedge`` an over-promise, give pending work
    the agent's ``own_update``, give an ownerless promise its owner (``own_promise``: "I'll
    arrange for someone … to"), ``reframe`` a refusal with its condition first,
    or leave it ``manual`` (the agent completes ``template``).
    """

    action: Literal["replace", "delete", "insert_end", "append_sentence", "acknowledge"]
    replacement: str = ""
    fallback: str = ""  # acknowledge: used when no deadline is known (only the customer says it was missed)
    named: str = ""  # acknowledge: used when the missed promise can be named again; ``{missed}`` says which one
    missed_call: str = ""  # acknowledge: the missed promise was a call on a day the thread wrote out (``{missed}``)
    under_way: str = ""  # acknowledge: the draft says the promised step is under way ("takes 3–5 days to appear")
    named_step: str = ""  # acknowledge: the missed step said again in the thread's words (Turkish: the clause; English: an outcome, "your card would be posted by …")
    transform: Literal["hedge", "own_update", "own_promise", "reframe", "manual"] | None = None
    template: str = ""  # what the agent is asked to write when no safe rewrite exists ("What I can do is …")

    @model_validator(mode="after")
    def _needs_text(self) -> "Fix":
        if self.action in ("insert_end", "append_sentence") and not self.replacement:
            raise ValueError(f"fix action {self.action!r} needs a 'replacement'")
        return self


class Rule(_Strict):
    """One rule of a pack."""

    code: str = Field(pattern=r"^[A-Z]{2,5}\d{3}$")
    name: str = Field(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
    category: str = Field(pattern=r"^[a-z_]+$")
    severity: Severity = "warning"
    enabled: bool = True
    check: Literal["match", "pending", "thread", "deadline", "open_jargon"] = "match"
    message: str = Field(min_length=1)
    why: str = Field(min_length=1)
    fix_title: str = Field(min_length=1)
    phrases: list[str] | dict[str, str] = Field(default_factory=list)
    # Turkish: each phrase also matches with a case, possessive or plural suffix after an apostrophe
    # ("SLA'yı", "API key'inizi"), and its plain words take the same suffix (replycheck.inflection)
    inflect: bool = False
    soft_stems: dict[str, str] = Field(default_factory=dict)  # a plain word's stem before a vowel: "kayıt": "kayd"
    # plain last words that end like a possessive (-ı/-i/-u/-ü) but are bare nouns: "sunucu" → "sunucuyu"
    bare_nouns: list[str] = Field(default_factory=list)
    # a term whose plain words hold in one trade only ("NAS": a network storage drive, not a vinyl grade's remark):
    # its replacement applies only when the draft has one of these words (lower-case, matched at a word's start);
    # otherwise the finding asks the agent to explain it
    gloss_cues: dict[str, list[str]] = Field(default_factory=dict)
    patterns: list[TokenPattern] = Field(default_factory=list)
    mark: tuple[int, int] | None = None
    unless: list[str | TokenPattern] = Field(default_factory=list)
    unless_sentence: list[str] = Field(default_factory=list)
    commitment: list[str] = Field(default_factory=list)
    acknowledge: list[str] = Field(default_factory=list)
    broken_claim: list[str] = Field(default_factory=list)
    chase: list[str] = Field(default_factory=list)
    # customer words after a promise that say it was kept ("got the proof, thanks", "teknisyen geldi")
    confirmed: list[str] = Field(default_factory=list)
    fix: Fix
    examples: list[Example] = Field(min_length=2)

    @model_validator(mode="after")
    def _consistent(self) -> "Rule":
        prefix = CATEGORY_PREFIX.get(self.category)
        if prefix and not self.code.startswith(prefix):
            raise ValueError(f"code {self.code} does not start with {prefix}, the prefix of {self.category}")
        if self.check in ("thread", "deadline"):
            if not self.commitment:
                raise ValueError(f"a '{self.check}' rule needs 'commitment' regexes")
            if self.check == "thread" and not self.acknowledge:
                raise ValueError("a 'thread' rule needs 'acknowledge' regexes")
        elif self.check == "open_jargon":
            if self.phrases or self.patterns:
                raise ValueError("an 'open_jargon' rule finds its own terms; it takes no 'phrases' or 'patterns'")
        elif not self.phrases and not self.patterns:
            raise ValueError("a rule needs 'phrases' or 'patterns' to match")
        if self.inflect and not isinstance(self.phrases, dict):
            raise ValueError("'inflect' needs 'phrases' with their plain words (a mapping)")
        if self.mark is not None and not self.patterns:
            raise ValueError("'mark' selects tokens of 'patterns'; this rule has none")
        if not any(e.flagged for e in self.examples) or not any(e.clean for e in self.examples):
            raise ValueError("a rule needs at least one flagged and one clean example")
        return self

    @field_validator("patterns", "unless")
    @classmethod
    def _token_regexes_compile(cls, value: list[Any]) -> list[Any]:
        """Every ``{"REGEX": …}`` of a token pattern compiles (else the pack fails at load, with its line)."""
        for pattern in value:
            for token in pattern if isinstance(pattern, list) else ():
                for attr in token.values() if isinstance(token, dict) else ():
                    regex = attr.get("REGEX") if isinstance(attr, dict) else None
                    if regex is None:
                        continue
                    if not isinstance(regex, str):
                        raise ValueError(f"REGEX {regex!r} is not text")
                    try:
                        re.compile(regex)
                    except re.error as exc:
                        raise ValueError(f"REGEX {regex!r} does not compile: {exc}") from exc
        return value

    @field_validator("unless_sentence", "commitment", "acknowledge", "broken_claim", "chase")
    @classmethod
    def _regexes_compile(cls, value: list[str]) -> list[str]:
        for pattern in value:
            try:
                re.compile(pattern.replace("{match}", "x"))
            except re.error as exc:
                raise ValueError(f"regex {pattern!r} does not compile: {exc}") from exc
        return value

    @property
    def phrase_replacements(self) -> dict[str, str]:
        """Phrase → replacement, for phrases that bring their own."""
        return self.phrases if isinstance(self.phrases, dict) else {}


class PackFile(_Strict):
    """The top level of a pack file.

    ``concrete_time`` lists regexes (on lower-cased, diacritic-free text) that
    count as a concrete time frame for the ``pending`` check.  Keys starting
    with ``x-`` may hold YAML anchors to reuse in rules.
    """

    rules: list[Rule] = Field(default_factory=list)
    concrete_time: list[str] = Field(default_factory=list)

    @model_validator(mode="before")
    @classmethod
    def _drop_extension_keys(cls, data: Any) -> Any:
        """Top-level ``x-…`` keys hold YAML anchors shared by several rules; they are not read."""
        if isinstance(data, dict):
            return {k: v for k, v in data.items() if not str(k).startswith("x-")}
        return data

    @field_validator("concrete_time")
    @classmethod
    def _times_compile(cls, value: list[str]) -> list[str]:
        for pattern in value:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"concrete_time regex {pattern!r} does not compile: {exc}") from exc
        return value


class LoadedRule(BaseModel):
    """A rule with where it came from, for error messages."""

    model_config = ConfigDict(frozen=True)
    rule: Rule
    path: str
    line: int


_FastSafeLoader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


MAX_ALIAS_NODES = 100_000
"""How many nodes YAML aliases may add to a document when expanded (a 309-byte alias bomb adds billions)."""


class YamlTooBig(ValueError):
    """A composed YAML document expands to too many nodes through aliases, or refers to itself."""

    def __init__(self, line: int, problem: str) -> None:
        super().__init__(problem)
        self.line = line
        self.problem = problem


def check_yaml_budget(node: yaml.Node | None, limit: int = MAX_ALIAS_NODES) -> None:
    """Raise :class:`YamlTooBig` (with the 1-based line of the culprit) when expanding the aliases of
    ``node`` would add more than ``limit`` nodes, or when an alias refers to a node that contains it.

    Linear in the number of distinct nodes (each is sized once), and iterative, so no document can
    make this slow or deep.
    """
    if node is None:
        return
    size: dict[int, int] = {}
    distinct = 0
    stack: list[tuple[yaml.Node, bool]] = [(node, False)]
    open_nodes: set[int] = set()
    while stack:
        current, done = stack.pop()
        key = id(current)
        children = _children(current)
        if done:
            open_nodes.discard(key)
            total = 1 + sum(size[id(c)] for c in children)
            size[key] = total
            distinct += 1
            if total - distinct > limit:
                raise YamlTooBig(current.start_mark.line + 1,
                                 f"YAML aliases expand to more than {limit:,} extra nodes (an alias bomb?)")
            continue
        if key in size:
            continue
        if key in open_nodes:
            raise YamlTooBig(current.start_mark.line + 1, "a YAML alias refers to a node that contains it")
        open_nodes.add(key)
        stack.append((current, True))
        for child in reversed(children):
            if id(child) in open_nodes:
                raise YamlTooBig(child.start_mark.line + 1, "a YAML alias refers to a node that contains it")
            if id(child) not in size:
                stack.append((child, False))


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def compose_all_safely(text: str, path: str, limit: int = MAX_ALIAS_NODES) -> list[yaml.Node]:
    """The composed documents of a YAML text (safe loader), aliases bounded; a :class:`RulePackError`
    naming ``path`` and the line for invalid, too deep or alias-bomb YAML."""
    with _yaml_errors(path):
        documents = [d for d in yaml.compose_all(text, Loader=_FastSafeLoader) if d is not None]
        for document in documents:
            check_yaml_budget(document, limit)
    return documents


@contextmanager
def _yaml_errors(path: str) -> Iterator[None]:
    """Invalid, too deep or alias-bomb YAML as a :class:`RulePackError` naming ``path`` and the line."""
    try:
        yield
    except YamlTooBig as exc:
        raise RulePackError(path, exc.line, exc.problem) from None
    except RecursionError:
        raise RulePackError(path, None, "YAML nested too deeply") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        raise RulePackError(path, mark.line + 1 if mark else None, f"invalid YAML: {problem}") from None


class _PackLoader(_FastSafeLoader):  # type: ignore[misc, valid-type]
    """YAML 1.2 booleans: only true/false, so ``on``, ``no``, ``yes`` in word lists stay words.
    Aliases are bounded (:func:`check_yaml_budget`) before anything is built from the document."""

    def get_single_node(self) -> yaml.Node | None:
        node = super().get_single_node()
        check_yaml_budget(node)
        return node


_PackLoader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
for _first in "tTfF":
    _PackLoader.add_implicit_resolver(
        "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list(_first)
    )
_RULE_START = re.compile(r"^[ \t]*-[ \t]+code:", re.M)


def _line_of(node: yaml.Node, loc: tuple[Any, ...]) -> int:
    """The 1-based line of the YAML node that a pydantic error location points at."""
    for key in loc:
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                if k.value == key:
                    node = v
                    break
            else:
                break
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
        else:
            break
    return node.start_mark.line + 1


class LanguagePack(BaseModel):
    """Everything the packs of one language say: rules and concrete-time vocabulary."""

    model_config = ConfigDict(frozen=True)
    lang: str
    rules: list[LoadedRule]
    concrete_time: list[str]


def parse_pack(text: str, path: str) -> tuple[list[LoadedRule], list[str]]:
    """Validate one pack file's text; raise :class:`RulePackError` naming ``path`` and the line."""
    with _yaml_errors(path):
        data = yaml.load(text, Loader=_PackLoader)
    if not isinstance(data, dict):
        raise RulePackError(path, 1, "a rule pack is a mapping with a 'rules:' list")
    try:
        pack = PackFile.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = tuple(first["loc"])
        where = ".".join(str(part) for part in loc) or "top level"
        node = yaml.compose(text, Loader=_PackLoader)  # only now: the line of the mistake
        raise RulePackError(path, _line_of(node, loc), f"{where}: {first['msg']}") from None
    starts = [text.count("\n", 0, m.start()) + 1 for m in _RULE_START.finditer(text)]
    if len(starts) != len(pack.rules):  # an unusual layout: ask the YAML composer
        node = yaml.compose(text, Loader=_PackLoader)
        rules_node = next((v for k, v in node.value if k.value == "rules"), node)
        starts = [_line_of(rules_node, (i,)) for i in range(len(pack.rules))]
    rules = [LoadedRule(rule=rule, path=path, line=line) for rule, line in zip(pack.rules, starts)]
    return rules, pack.concrete_time


def _pack_files(directory: Traversable) -> list[Traversable]:
    return sorted(
        (entry for entry in directory.iterdir() if entry.name.endswith((".yaml", ".yml"))),
        key=lambda entry: entry.name,
    )


def builtin_languages() -> list[str]:
    """Languages with a bundled rule pack."""
    root = rules_root()
    return sorted(entry.name for entry in root.iterdir() if entry.is_dir() and not entry.name.startswith("_"))


def load_pack(lang: str, extra_dirs: Iterable[str | Path] = (), bundled: bool | str = True) -> LanguagePack:
    """All rules for ``lang``: the bundled pack ``rules/<lang>/*.yaml`` (none when
    ``bundled`` is false; ``rules/<lang>/<bundled>/*.yaml`` when it names a
    sub-folder, e.g. ``"training"``), then ``<dir>/<lang>/*.yaml`` of each extra
    directory."""
    sources: list[tuple[Traversable, str]] = []
    folder = rules_root() / lang
    label = f"rules/{lang}"
    if isinstance(bundled, str):
        folder, label = folder / bundled, f"{label}/{bundled}"
    if bundled and folder.is_dir():
        sources += [(f, f"{label}/{f.name}") for f in _pack_files(folder)]
    for directory in extra_dirs:
        folder = Path(directory)
        if not folder.is_dir():
            raise RulePackError(str(folder), None, "rule directory does not exist")
        sub = folder / lang
        if sub.is_dir():
            sources += [(f, str(f)) for f in _pack_files(sub) if f.is_file()]
    name = _cache_name(lang, bundled, sources)
    if name is None:
        return _parse_sources(lang, sources)
    return pack_cache.cached(name, lambda: _parse_sources(lang, sources), LanguagePack)


def _cache_name(lang: str, bundled: bool | str, sources: list[tuple[Traversable, str]]) -> str | None:
    """The pack cache's name for these files (their names and bytes), or ``None`` when the cache is
    off or a file cannot be read (then the uncached path reports it as it always did)."""
    if not pack_cache.enabled():
        return None
    try:
        parts: list[bytes | str] = [lang, repr(bundled)]
        for source, label in sources:
            parts += [label, source.read_bytes()]
    except OSError:
        return None
    return pack_cache.key(f"pack-{lang}", parts, libraries=("pydantic", "yaml"))


def _parse_sources(lang: str, sources: list[tuple[Traversable, str]]) -> LanguagePack:
    """Parse and validate pack files in order: a rule code used twice is an error."""
    loaded: list[LoadedRule] = []
    times: list[str] = []
    seen: dict[str, LoadedRule] = {}
    for source, label in sources:
        try:
            text = source.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise RulePackError(label, None, "not valid UTF-8") from None
        rules, concrete = parse_pack(text, label)
        times += concrete
        for item in rules:
            if item.rule.code in seen:
                first = seen[item.rule.code]
                raise RulePackError(
                    label, item.line, f"rule code {item.rule.code} is already used at {first.path}:{first.line}"
                )
            seen[item.rule.code] = item
            loaded.append(item)
    return LanguagePack(lang=lang, rules=loaded, concrete_time=times)
