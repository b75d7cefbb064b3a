"""The Checker: load rule packs once, check one draft or many."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from .errors import InputError, UnsupportedLanguageError
from .language import detect_language
from .matching import CompiledPack, Hit
from .models import SEVERITY_RANK, Draft, Finding, Message, Report, Severity, Suggestion
from .pipeline import build_nlp
from .readability import readability
from .rewrite import append_sentence, apply_counting, delete, insert_end, replace
from .rulepack import LoadedRule, builtin_languages, load_pack
from .business_calendar import BusinessCalendar
from .folding import fold
from .promises import PromiseHit, check_deadlines, check_thread
from .timeframe import format_day

MAX_CHARS = 20_000
"""The longest draft accepted, in characters; longer text is an :class:`InputError`."""

_PENALTY = {"info": 2, "warning": 10, "error": 20}
_MAX_FIX_PASSES = 3


class Checker:
    """Loads the rule packs once and checks drafts with them.

    ``langs`` limits the languages loaded (default: every bundled pack);
    ``rule_dirs`` adds team packs from ``<dir>/<lang>/*.yaml`` (with
    ``bundled=False`` they replace the bundled packs); ``disable``
    turns off rules by code or category; ``fail_on`` is the lowest severity
    that makes a report fail; ``calendar`` is the team's business calendar
    (time zone, working days and hours, holidays, default response time).
    """

    def __init__(
        self,
        langs: Sequence[str] | None = None,
        rule_dirs: Iterable[str | Path] = (),
        disable: Iterable[str] = (),
        fail_on: Severity = "warning",
        max_chars: int = MAX_CHARS,
        bundled: bool = True,
        calendar: BusinessCalendar | None = None,
    ) -> None:
        available = builtin_languages()
        wanted = list(langs) if langs else available
        for lang in wanted:
            if lang not in available:
                raise UnsupportedLanguageError(lang, available)
        if fail_on not in SEVERITY_RANK:
            raise InputError(f"fail_on must be one of {', '.join(SEVERITY_RANK)}, not {fail_on!r}")
        self.fail_on: Severity = fail_on
        self.max_chars = max_chars
        self.calendar = calendar or BusinessCalendar()
        # Working days and hours are only judged when the team said what they are.
        self._judge_working_time = calendar is not None
        self.disabled = frozenset(disable)
        rule_dirs = list(rule_dirs)
        self._packs: dict[str, CompiledPack] = {
            lang: CompiledPack(load_pack(lang, rule_dirs, bundled), build_nlp(lang)) for lang in wanted
        }

    @property
    def languages(self) -> list[str]:
        """Languages this checker can check."""
        return list(self._packs)

    def rules(self, lang: str | None = None) -> list[LoadedRule]:
        """The loaded rules, of one language or all."""
        langs = [lang] if lang else self.languages
        return [item for code in langs for item in self._packs[code].loaded]

    def check(
        self,
        text: str,
        lang: str | None = None,
        thread: Sequence[Message | dict[str, Any]] | None = None,
        now: datetime | None = None,
        id: str | None = None,
    ) -> Report:
        """Check one draft."""
        draft = Draft(id=id, text=text, lang=lang, thread=thread, now=now)  # type: ignore[arg-type]
        return self.check_many([draft])[0]

    def check_many(self, drafts: Iterable[str | Draft | dict[str, Any]], batch_size: int = 256) -> list[Report]:
        """Check many drafts, batching each language through ``nlp.pipe``; reports come in input order."""
        items = [self._prepare(d, i) for i, d in enumerate(drafts)]
        reports: list[Report | None] = [None] * len(items)
        for lang, pack in self._packs.items():
            positions = [i for i, (draft, dlang) in enumerate(items) if dlang == lang]
            texts = (items[i][0].text for i in positions)
            for i, doc in zip(positions, pack.nlp.pipe(texts, batch_size=batch_size)):
                reports[i] = self._report(items[i][0], lang, pack, doc)
        return [r for r in reports if r is not None]

    def _prepare(self, draft: str | Draft | dict[str, Any], index: int) -> tuple[Draft, str]:
        if isinstance(draft, str):
            draft = Draft(text=draft)
        elif isinstance(draft, dict):
            draft = Draft.model_validate(draft)
        label = f"draft {draft.id!r}" if draft.id is not None else f"draft {index + 1}"
        if not draft.text.strip():
            raise InputError(f"{label} is empty; there is nothing to check")
        if len(draft.text) > self.max_chars:
            raise InputError(
                f"{label} has {len(draft.text):,} characters; the limit is {self.max_chars:,}"
            )
        if draft.lang:
            lang = draft.lang.lower().split("-")[0]
            if lang not in self._packs:
                raise UnsupportedLanguageError(draft.lang, self.languages)
        else:
            lang = detect_language(draft.text, tuple(self._packs))
        return draft, lang

    def _report(self, draft: Draft, lang: str, pack: CompiledPack, doc: Any) -> Report:
        text = draft.text
        customer_words = " ".join(
            fold(m.text, lang) for m in (draft.thread or []) if m.role == "customer"
        )
        calendar = self.calendar
        now = calendar.localize(draft.now) if draft.now else datetime.now(calendar.zone)
        deadline = format_day(calendar.default_deadline(now), lang)

        def findings_for(current: str, current_doc: Any) -> list[Finding]:
            found = self._findings(current, current_doc, pack, customer_words, deadline)
            found += self._promise_findings(current, draft, lang, pack, now, deadline)
            return sorted(found, key=lambda f: (f.start, f.end, f.rule_id))

        findings = findings_for(text, doc)
        rewrite, skipped = apply_counting(text, (f.suggestions[0] for f in findings))
        for _ in range(_MAX_FIX_PASSES - 1):
            if not skipped:
                break
            # Some edits overlapped; fix what is left in the rewritten text (like ruff's fix loop).
            again = findings_for(rewrite, pack.nlp(rewrite))
            rewrite, skipped = apply_counting(rewrite, (f.suggestions[0] for f in again))
        threshold = SEVERITY_RANK[self.fail_on]
        return Report(
            id=None if draft.id is None else str(draft.id),
            language=lang,
            score=max(0, 100 - sum(_PENALTY[f.severity] for f in findings)),
            passed=not any(SEVERITY_RANK[f.severity] >= threshold for f in findings),
            findings=findings,
            rewrite=rewrite,
            readability=readability(text, lang, sum(1 for _ in doc.sents)),
        )

    def _findings(self, text: str, doc: Any, pack: CompiledPack, customer_words: str, deadline: str) -> list[Finding]:
        return [
            self._finding(text, hit, pack.lang, deadline)
            for hit in pack.hits(doc, customer_words)
            if hit.rule.code not in self.disabled and hit.rule.category not in self.disabled
        ]

    def _promise_findings(
        self, text: str, draft: Draft, lang: str, pack: CompiledPack, now: datetime, deadline: str
    ) -> list[Finding]:
        """Findings of the ``thread`` check (needs a thread) and the ``deadline`` check (needs ``now``)."""
        hits: list[PromiseHit] = []
        for rule in pack.promise_rules:
            if rule.code in self.disabled or rule.category in self.disabled:
                continue
            template = rule.fix.replacement.replace("{deadline}", deadline)
            if rule.check == "thread" and draft.thread:
                hit = check_thread(rule, text, lang, draft.thread, now, self.calendar, template)
                hits += [hit] if hit else []
            elif rule.check == "deadline" and draft.now is not None:
                hits += check_deadlines(rule, text, lang, now, self.calendar, template, self._judge_working_time)
        return [
            Finding(
                rule_id=hit.rule.code,
                category=hit.rule.category,
                severity=hit.rule.severity,
                start=hit.start,
                end=hit.end,
                text=text[hit.start:hit.end],
                message=f"{hit.rule.message} {hit.detail}",
                why=hit.rule.why,
                fix_title=hit.rule.fix_title,
                suggestions=[Suggestion(start=hit.edit_start, end=hit.edit_end, replacement=hit.replacement)],
            )
            for hit in hits
        ]

    @staticmethod
    def _finding(text: str, hit: Hit, lang: str, deadline: str) -> Finding:
        rule = hit.rule
        sent_start, sent_end = hit.sent.start_char, hit.sent.end_char
        template = hit.replacement if hit.replacement is not None else rule.fix.replacement
        replacement = template.replace("{deadline}", deadline)
        action = rule.fix.action
        if action == "replace" and not replacement:
            action = "delete"
        if action == "delete":
            edit = delete(text, hit.start, hit.end, sent_start, sent_end, lang)
        elif action == "replace":
            edit = replace(text, hit.start, hit.end, replacement, sent_start, lang)
        elif action == "insert_end":
            edit = insert_end(text, sent_end, replacement)
        else:
            edit = append_sentence(text, sent_end, replacement)
        return Finding(
            rule_id=rule.code,
            category=rule.category,
            severity=rule.severity,
            start=hit.start,
            end=hit.end,
            text=text[hit.start:hit.end],
            message=rule.message,
            why=rule.why,
            fix_title=rule.fix_title,
            suggestions=[edit],
        )


_default: Checker | None = None


def check(
    text: str,
    lang: str | None = None,
    thread: Sequence[Message | dict[str, Any]] | None = None,
    now: datetime | None = None,
) -> Report:
    """Check one draft with a shared default :class:`Checker` (loaded on first use)."""
    global _default
    if _default is None:
        _default = Checker()
    return _default.check(text, lang=lang, thread=thread, now=now)
