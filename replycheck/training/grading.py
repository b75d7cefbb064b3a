"""Grade a trainee's reply to an exercise: rubric elements, forbidden findings, feedback, rewrite.

Required elements (acknowledgement, apology, next step, alternative, close) are
found by the element packs in ``rules/<lang>/training/*.yaml`` — the same rule
schema and engine as the core checks, run by their own :class:`Checker` with
``bundled="training"``.  Forbidden findings come from the core checker.  Everything
is deterministic: the time the reply is written is ``now``, else the
exercise's ``now``, else :data:`DEFAULT_NOW`.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from typing import Any

from ..checker import Checker
from ..folding import fold, fold_keep_length
from ..language import detect_language
from ..models import Finding, Report
from ..pipeline import build_nlp
from .models import ELEMENTS, CriterionResult, CriterionSpec, Exercise, Grade, Span

DEFAULT_NOW = datetime(2026, 3, 2, 9, 0)
"""The time used when neither the caller nor the exercise gives ``now`` (a Monday morning)."""

CLOSE_WINDOW = 3
"""A close counts only in the reply's last this-many sentences."""

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "acknowledgement": "Acknowledges the problem",
        "apology": "Apologises for the company's fault",
        "next_step": "Concrete next step with a time",
        "alternative": "Offers an alternative",
        "close": "Thanks / a proper close",
        "no_jargon": "No jargon for this customer",
        "no_condescension": "No condescension",
        "no_negative_framing": "No negative framing",
        "no_missing_timeline": "No vague or missing time frame",
        "no_unkept_promise": "No promise that may not be kept",
    },
    "tr": {
        "acknowledgement": "Sorunu kabul ediyor",
        "apology": "Şirketin hatası için özür diliyor",
        "next_step": "Zamanı belli somut bir sonraki adım",
        "alternative": "Alternatif sunuyor",
        "close": "Teşekkür / düzgün bir kapanış",
        "no_jargon": "Bu müşteri için jargon yok",
        "no_condescension": "Küçümseme yok",
        "no_negative_framing": "Olumsuz çerçeve yok",
        "no_missing_timeline": "Belirsiz ya da eksik zaman yok",
        "no_unkept_promise": "Tutulamayabilecek söz yok",
    },
}

_TEXT: dict[str, dict[str, str]] = {
    "en": {
        "missing.acknowledgement": "No acknowledgement of the customer's problem.",
        "missing.apology": "No apology, although the company is at fault.",
        "missing.next_step": "No next step that you own.",
        "untimed.next_step": "The next step has no concrete time.",
        "missing.alternative": "No alternative offered.",
        "missing.close": "No thanks or close at the end.",
        "fb.acknowledgement": "Acknowledge the problem before you solve it: name what went wrong for the customer.",
        "fb.apology": "The company is at fault here, so apologise plainly.",
        "fb.next_step": "Say what happens next and when: a step you own with a concrete day or time.",
        "fb.untimed": "Your next step “{text}” has no time: add a day or a time, such as “by Thursday 5 pm”.",
        "fb.alternative": "When you can't do what the customer asks, offer something you can do instead.",
        "fb.close": "End with thanks or an open door (“Let me know if …”) and a sign-off.",
        "fb.hint": "For example: “{hint}”",
        "fb.finding": "Change “{text}”: {message}",
        "fb.try": "Try “{replacement}”.",
        "fb.drop": "{fix_title}.",
        "fb.term": "“{text}” is jargon for this customer: say it in plain words.",
        "fb.term_note": "“{text}” is jargon for this customer.",
        "fb.passed": "Well done: the reply meets every point of the rubric.",
        "fb.summary_pass": "Score {score}/100: passed. Polish these points:",
        "fb.summary_fail": "Score {score}/100: not passed yet (pass mark {mark}). Change these points:",
        "fb.language": "This exercise is in English, but the reply looks like {other}.",
        "lang.tr": "Turkish",
        "lang.en": "English",
    },
    "tr": {
        "missing.acknowledgement": "Müşterinin sorunu kabul edilmiyor.",
        "missing.apology": "Hata şirkette olduğu hâlde özür yok.",
        "missing.next_step": "Sahibi belli bir sonraki adım yok.",
        "untimed.next_step": "Sonraki adımın somut bir zamanı yok.",
        "missing.alternative": "Alternatif sunulmuyor.",
        "missing.close": "Sonda teşekkür ya da kapanış yok.",
        "fb.acknowledgement": "Çözmeden önce sorunu kabul edin: müşteri için neyin ters gittiğini söyleyin.",
        "fb.apology": "Hata şirkette, bu yüzden açıkça özür dileyin.",
        "fb.next_step": "Bundan sonra ne olacağını ve ne zaman olacağını söyleyin: üstlendiğiniz bir adım ve somut bir gün ya da saat.",
        "fb.untimed": "“{text}” adımının zamanı yok: “perşembe saat 17:00'ye kadar” gibi bir gün ya da saat ekleyin.",
        "fb.alternative": "Müşterinin istediğini yapamıyorsanız yerine yapabileceğiniz bir şey önerin.",
        "fb.close": "Yanıtı teşekkürle ya da açık bir kapıyla (“Başka bir sorunuz olursa …”) ve bir kapanış selamıyla bitirin.",
        "fb.hint": "Örneğin: “{hint}”",
        "fb.finding": "“{text}” ifadesini değiştirin: {message}",
        "fb.try": "Şunu deneyin: “{replacement}”.",
        "fb.drop": "{fix_title}.",
        "fb.term": "“{text}” bu müşteri için jargon: sade bir dille söyleyin.",
        "fb.term_note": "“{text}” bu müşteri için jargon.",
        "fb.passed": "Tebrikler: yanıt değerlendirme ölçütlerinin hepsini karşılıyor.",
        "fb.summary_pass": "Puan {score}/100: geçti. Şu noktaları iyileştirin:",
        "fb.summary_fail": "Puan {score}/100: henüz geçmedi (geçme notu {mark}). Şu noktaları değiştirin:",
        "fb.language": "Bu alıştırma Türkçe, ama yanıt {other} görünüyor.",
        "lang.tr": "Türkçe",
        "lang.en": "İngilizce",
    },
}


_core: Checker | None = None
_elements: Checker | None = None
_nlps: dict[str, Any] = {}


def core_checker() -> Checker:
    """The shared checker for forbidden findings (the bundled packs), loaded on first use."""
    global _core
    if _core is None:
        _core = Checker()
    return _core


def element_checker() -> Checker:
    """The shared checker of the element packs only, loaded on first use."""
    global _elements
    if _elements is None:
        _elements = Checker(bundled="training")
    return _elements


def _sentences(text: str, lang: str) -> list[tuple[int, int]]:
    nlp = _nlps.get(lang)
    if nlp is None:
        nlp = _nlps[lang] = build_nlp(lang)
    return [(s.start_char, s.end_char) for s in nlp(text).sents if s.text.strip()]


def _sentence_of(offset: int, sents: list[tuple[int, int]]) -> int:
    for i, (start, end) in enumerate(sents):
        if start <= offset < end:
            return i
    return len(sents) - 1


def _span(reply: str, start: int, end: int) -> Span:
    return Span(start=start, end=end, text=reply[start:end])


def grade(
    exercise: Exercise,
    reply: str,
    now: datetime | None = None,
    *,
    checker: Checker | None = None,
    elements: Checker | None = None,
) -> Grade:
    """Grade ``reply`` against ``exercise``; the same reply always gets the same grade.

    Raises :class:`replycheck.InputError` for an empty or over-long reply.
    """
    lang = exercise.lang
    when = now or exercise.now or DEFAULT_NOW
    report = (checker or core_checker()).check(reply, lang=lang, thread=exercise.full_thread(), now=when)
    found = (elements or element_checker()).check(reply, lang=lang, now=when)
    text = _TEXT[lang]
    sents = _sentences(reply, lang)
    by_category: dict[str, list[Finding]] = {}
    for f in found.findings:
        by_category.setdefault(f.category, []).append(f)

    results: list[CriterionResult] = []
    feedback: list[str] = []
    for cid, spec in exercise.criteria().items():
        if cid in ELEMENTS:
            result, advice = _element(cid, spec, reply, by_category, sents, lang)
        else:
            result, advice = _forbidden(cid, spec, reply, report, lang)
        results.append(result)
        feedback += advice

    total = sum(r.weight for r in results)
    score = round(100 * sum(r.weight for r in results if r.passed) / total) if total else 100
    passed = score >= exercise.pass_mark
    if all(r.passed for r in results):
        summary = [text["fb.passed"]]
    else:
        key = "fb.summary_pass" if passed else "fb.summary_fail"
        summary = [text[key].format(score=score, mark=exercise.pass_mark)]
    detected = detect_language(reply, ("en", "tr"))
    if detected != lang:
        summary.insert(0, text["fb.language"].format(other=text[f"lang.{detected}"]))
    return Grade(
        exercise=exercise.id,
        language=lang,
        score=score,
        passed=passed,
        criteria=results,
        findings=report.findings,
        feedback=summary + feedback,
        rewrite=report.rewrite,
    )


def _with_hint(sentence: str, spec: CriterionSpec, lang: str) -> str:
    if spec.hint:
        return f"{sentence} {_TEXT[lang]['fb.hint'].format(hint=spec.hint)}"
    return sentence


def _element(
    cid: str,
    spec: CriterionSpec,
    reply: str,
    by_category: dict[str, list[Finding]],
    sents: list[tuple[int, int]],
    lang: str,
) -> tuple[CriterionResult, list[str]]:
    text = _TEXT[lang]
    label = LABELS[lang][cid]
    hits = by_category.get(cid, [])
    if cid == "next_step":
        times = by_category.get("time", [])
        for hit in hits:
            i = _sentence_of(hit.start, sents)
            timed = [t for t in times if _sentence_of(t.start, sents) in (i, i + 1)]
            if timed:
                start, end = min(hit.start, timed[0].start), max(hit.end, timed[0].end)
                return CriterionResult(id=cid, label=label, passed=True, weight=spec.weight, span=_span(reply, start, end)), []
        if hits:
            first = hits[0]
            note = text["untimed.next_step"]
            advice = _with_hint(text["fb.untimed"].format(text=first.text), spec, lang)
            return (
                CriterionResult(id=cid, label=label, passed=False, weight=spec.weight,
                                span=_span(reply, first.start, first.end), note=note),
                [advice],
            )
    elif cid == "close":
        last = max(0, len(sents) - CLOSE_WINDOW)
        hits = [h for h in hits if _sentence_of(h.start, sents) >= last]
    if hits:
        first = hits[0]
        return CriterionResult(id=cid, label=label, passed=True, weight=spec.weight, span=_span(reply, first.start, first.end)), []
    return (
        CriterionResult(id=cid, label=label, passed=False, weight=spec.weight, note=text[f"missing.{cid}"]),
        [_with_hint(text[f"fb.{cid}"], spec, lang)],
    )


def _term_hits(reply: str, terms: list[str], lang: str) -> list[tuple[int, int]]:
    folded = fold_keep_length(reply, lang)
    spans = []
    for term in terms:
        found = re.search(rf"(?<!\w){re.escape(fold(term, lang))}", folded)
        if found:
            spans.append((found.start(), found.end()))
    return sorted(spans)


def _forbidden(
    cid: str, spec: CriterionSpec, reply: str, report: Report, lang: str
) -> tuple[CriterionResult, list[str]]:
    text = _TEXT[lang]
    category = cid.removeprefix("no_")
    bad = [f for f in report.findings if f.category == category]
    advice: list[str] = []
    for f in bad:
        sentence = text["fb.finding"].format(text=f.text, message=f.message.rstrip(". ") + ".")
        edit = f.suggestions[0] if f.suggestions else None
        if edit is not None and edit.replacement.strip():
            sentence += " " + text["fb.try"].format(replacement=edit.replacement.strip())
        elif f.fix_title:
            sentence += " " + text["fb.drop"].format(fix_title=f.fix_title.rstrip("."))
        advice.append(sentence)
    spans = [(f.start, f.end) for f in bad]
    note = bad[0].message if bad else ""
    if category == "jargon" and spec.terms:
        terms = _term_hits(reply, spec.terms, lang)
        covered = [s for s in terms if not any(a < s[1] and s[0] < b for a, b in spans)]
        for start, end in covered:
            advice.append(_with_hint(text["fb.term"].format(text=reply[start:end]), spec, lang))
        if covered and not note:
            note = text["fb.term_note"].format(text=reply[covered[0][0]:covered[0][1]])
        spans = sorted(spans + covered)
    label = LABELS[lang][cid]
    if not spans:
        return CriterionResult(id=cid, label=label, passed=True, weight=spec.weight), []
    start, end = spans[0]
    return (
        CriterionResult(id=cid, label=label, passed=False, weight=spec.weight, span=_span(reply, start, end), note=note),
        advice,
    )
