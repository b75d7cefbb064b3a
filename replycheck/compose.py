"""Compose the whole-reply rewrite sentence by sentence, gate it, re-check it.

1. Each finding's first suggestion has already passed the safety gate on its
   own (else it is ``manual``).  The applicable ones are applied in passes (a
   later pass fixes what overlapped an earlier edit), tracking where every
   original position went.
2. The draft is cut into chunks, one per sentence (with the space after it).
   Each changed chunk is compared with its original by the safety gate: a
   chunk that lost or flipped a fact is put back as it was.
3. The rewrite is checked again.  A changed chunk that still has a finding the
   rewrite was meant to fix, or a finding the draft did not have there, is put
   back too.  The findings of every chunk put back become ``manual``.

A clean draft has no edits and comes back byte-identical.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from .models import Finding, Suggestion
from .rewrite import Applied, apply_tracked
from .safety import problems, refusal_in
from .transforms import OPENING, TR_NEVER_TAG, is_dead_end, refuses

CORE_CATEGORIES = frozenset({"jargon", "condescension", "negative_framing", "missing_timeline", "unkept_promise"})


def map_position(position: int, applied: Applied) -> int:
    """Where ``position`` of the text before a pass is in the text after it (before any
    insertion made exactly there; inside a replaced span: at the replacement's start)."""
    return map_positions([position], applied)[0]


def map_positions(positions: Sequence[int], applied: Applied) -> list[int]:
    """:func:`map_position` for ascending ``positions``, in one sweep over the edits."""
    out: list[int] = []
    shift = 0
    k = 0
    for position in positions:
        while k < len(applied) and applied[k][1] <= position and applied[k][0] < position:
            start, end, length = applied[k]
            shift += length - (end - start)
            k += 1
        if k < len(applied) and applied[k][0] < position < applied[k][1]:
            out.append(applied[k][0] + shift)
        else:
            out.append(position + shift)
    return out


@dataclass
class Chunk:
    """One sentence of the draft (with the space after it) and what the rewrite made of it."""

    start: int
    end: int
    findings: list[Finding] = field(default_factory=list)


def chunks_of(text: str, sentence_starts: Sequence[int], findings: Sequence[Finding]) -> list[Chunk]:
    """The draft cut at sentence starts; a finding belongs to the chunks of its words and of its edit."""
    bounds = sorted({0, *(s for s in sentence_starts if 0 < s < len(text))})
    chunks = [Chunk(start, end) for start, end in zip(bounds, [*bounds[1:], len(text)])]
    for finding in findings:
        places = {finding.start}
        if finding.suggestions:
            places.add(finding.suggestions[0].start)
        for index in sorted({max(0, bisect_right(bounds, at) - 1) for at in places}):
            chunks[index].findings.append(finding)
    return chunks


LONG_DRAFT = 5_000
"""Characters above which overlapping edits get no further pass (each pass checks the whole draft again)."""


@dataclass
class GateContext:
    """What the gate may allow for a chunk."""

    lang: str
    update_sentences: tuple[str, ...] = ()   # the next-update texts a missing time frame may add
    refusal_rules: frozenset[str] = frozenset()  # rules whose fix may turn a refusal into its condition
    whole_draft_rules: frozenset[str] = frozenset()  # thread checks: they judge the whole draft, not a chunk
    pack_rules: frozenset[str] | None = None  # the re-check holds a rewrite to these (a learned check only advises)
    date_rules: frozenset[str] = frozenset()  # deadline checks: they replace a day that can't be kept
    windows: bool = False  # plain text: re-check only around the changed chunks


def added_texts(candidates: Sequence[str], after: str, before: str) -> str:
    """The update texts the rewrite added, as often as it added them: occurrences in ``after``
    beyond those in ``before``, less those inside a longer one ("by Monday" inside "We'll update
    you by Monday.")."""
    chosen: dict[str, int] = {}  # text → times added, longest first
    for u in sorted({u.strip() for u in candidates if u.strip() and u.strip() in after}, key=len, reverse=True):
        inside = sum(other.count(u) * times for other, times in chosen.items())
        times = after.count(u) - before.count(u) - inside
        if times > 0:
            chosen[u] = times
    return " ".join(" ".join([u] * times) for u, times in chosen.items())


def _only_recapitalises(replacement: str) -> bool:
    """A deletion's replacement: nothing, or the capital of the word that now opens the sentence."""
    kept = replacement.strip()
    return not kept or (len(kept) == 1 and kept.isalpha() and kept.isupper())


def _own_words(finding: Finding, before: str, offset: int) -> str:
    """What a judging phrase's edit writes of its own: not the draft's words it carries along
    ("[Surely you noticed] the cartridge wasn't in?" → "The cartridge wasn't in.")."""
    edit = finding.suggestions[0]
    carried = before[max(0, finding.end - offset):max(0, edit.end - offset)].rstrip("?!. ").strip()
    return edit.replacement.replace(carried, " ", 1) if edit.end > finding.end and len(carried) > 3 else edit.replacement


def _chunk_problems(before: str, after: str, chunk: Chunk, gate: GateContext) -> list[str]:
    if any(f.category not in CORE_CATEGORIES for f in chunk.findings):
        return []  # a team pack's own check: its author vouches for its edits
    removable = [f.text for f in chunk.findings]
    update = added_texts(gate.update_sentences, after, before)
    polarity = any(f.rule_id in gate.refusal_rules for f in chunk.findings)
    # words that only judge, explain or assure may go with their own "not" or "please"
    judging = [f for f in chunk.findings if f.suggestions and f.suggestions[0].applicability != "manual" and (
        f.category in ("condescension", "jargon", "missing_timeline")
        or (f.category == "negative_framing" and (not f.suggestions[0].replacement.strip() or (
            # a deletion that recapitalises the next word leaves its sentence ("That's not my department — [r]oom …")
            _only_recapitalises(f.suggestions[0].replacement) and len(re.findall(r"\w+", after)) >= 3
            and re.search(r"(?i)\bnot (?:my|our) (?:department|area|problem|remit)\b", f.text)))
            # (a dead end goes only where the refusal it repeats stays: drop_dead_end)
            and (not refusal_in(f.text, gate.lang) or is_dead_end(f.text, gate.lang))))]
    # the flagged words each edit replaces (their own "not", "please", "no doubt" go with them)
    exempt = (" ".join(f.text[max(0, f.suggestions[0].start - f.start):max(0, f.suggestions[0].end - f.start)]
                       for f in judging)
              # the words an edit takes just before its finding ("[bu kadar] panik yapmanıza gerek yok")
              + " " + " ".join(before[max(0, f.suggestions[0].start - chunk.start):max(0, f.start - chunk.start)]
                               for f in judging if f.suggestions[0].start < f.start)
              # a hedged Turkish guarantee drops a clause that only vouched for someone ("…, kargo asla gecikmez")
              + " " + (" ".join(m.group() for m in TR_NEVER_TAG.finditer(before)) if gate.lang == "tr" and any(
                  f.category == "unkept_promise" and f.suggestions and f.suggestions[0].applicability != "manual"
                  for f in chunk.findings) else ""),
              # a judging phrase's own plain words count neither way ("don't panic" → "don't worry")
              " ".join(_own_words(f, before, chunk.start) for f in judging if f.category == "condescension"))
    # a judging phrase deleted with the words that say when it was said ("like I said yesterday,")
    # (a deletion may recapitalise the word after it: "[It's easy to see if you read the FAQ; w]e'll …" → "W")
    for f in judging:
        gone = before[max(0, f.suggestions[0].start - chunk.start):max(0, f.suggestions[0].end - chunk.start)]
        kept = f.suggestions[0].replacement.strip().lower()
        if f.category == "condescension" and (not kept or (len(kept) <= 2 and gone.lower().endswith(kept))):
            removable.append(gone)
        elif f.category == "condescension" and f.suggestions[0].start < f.start:
            # "[if you'd had a look at the Help section, you'd have seen that] X" → "X": the condition goes too
            removable.append(before[max(0, f.suggestions[0].start - chunk.start):max(0, f.start - chunk.start)])
    dates = [f.text for f in chunk.findings if f.rule_id in gate.date_rules]
    return problems(before, after, gate.lang, removable=removable, added_update=update,
                    polarity_may_change=polarity, exempt=exempt, replaced_dates=dates)


def compose(
    text: str,
    findings: list[Finding],
    edits: Callable[[list[Finding]], list[Suggestion]],
    recheck: Callable[[str], list[Finding]],
    sentence_starts: Sequence[int],
    gate: GateContext,
    passes: int = 3,
) -> tuple[str, set[int]]:
    """The rewrite of ``text`` and the indexes (into ``findings``) of findings whose edit was
    put back (they become manual).  ``edits`` picks the edits to apply from a list of
    findings; ``recheck`` finds the findings of a rewritten text."""
    current = text
    maps: list[Applied] = []
    rewritten, skipped, applied = apply_tracked(current, edits(findings))
    maps.append(applied)
    if len(text) > LONG_DRAFT:
        passes = 1  # a wall of text: overlapping edits wait for the agent rather than another whole check
    for _ in range(passes - 1):
        if not skipped:
            break
        current = rewritten
        rewritten, skipped, applied = apply_tracked(current, edits(recheck(current)))
        maps.append(applied)
    if rewritten == text:
        return text, set()

    # an edit that spans sentences (an alternative moved ahead of a refusal) makes them one chunk
    spans = [(f.suggestions[0].start, f.suggestions[0].end) for f in findings
             if f.suggestions and f.suggestions[0].applicability != "manual"]
    chunks = chunks_of(text, _joined(sentence_starts, spans), findings)
    starts = [c.start for c in chunks]
    for applied in maps:
        starts = map_positions(starts, applied)
    images = list(zip(starts, [*starts[1:], len(rewritten)]))
    pieces: list[str] = []
    reverted: set[int] = set()
    for index, (chunk, (start, end)) in enumerate(zip(chunks, images)):
        before, after = text[chunk.start:chunk.end], rewritten[start:end]
        if after != before and after.strip() == before.strip():
            after = before  # only the space at its edge moved with a neighbour's edit: the sentence is as written
        if after != before and _chunk_problems(before, after, chunk, gate):
            after = before
            reverted.add(index)
        pieces.append(after)
    result = "".join(pieces)
    head = result.strip().rstrip(".!")
    if not any(c.isalnum() for c in result) or (
            head and text.lstrip().startswith(head + ",")
            and (OPENING.fullmatch(head + ", ") or (len(head.split()) <= 3 and all(w[:1].isupper() for w in head.split())))):
        # every sentence was judging words ("Hi Ann, you'd have spotted it on the invoice."): a reply needs
        # more than its greeting, so the draft stays and the agent writes it
        return text, _finding_indexes(findings, chunks, set(range(len(chunks))))
    if result == text:
        return text, _finding_indexes(findings, chunks, reverted)
    # Re-check: a changed chunk must keep only findings the rewrite left to the agent.
    offsets = []
    position = 0
    for piece in pieces:
        offsets.append((position, position + len(piece)))
        position += len(piece)
    again = _recheck_around_changes(result, pieces, offsets, [
        i for i, chunk in enumerate(chunks) if i not in reverted and pieces[i] != text[chunk.start:chunk.end]],
        recheck, gate.windows)
    for index, (chunk, (start, end)) in enumerate(zip(chunks, offsets)):
        if index in reverted or pieces[index] == text[chunk.start:chunk.end]:
            continue
        left = {f.rule_id for f in chunk.findings if _is_manual(f)}
        before = text[chunk.start:chunk.end]
        # our own update follows: a period named in the sentence ("next sprint") may stay; a refusal
        # turned into its condition ("once we have your ID, we'll …") waits on the customer, not on us
        updated = any(u.strip() and u.strip() in pieces[index] and u.strip() not in before
                      for u in gate.update_sentences[:4]) or any(
            f.rule_id in gate.refusal_rules and not _is_manual(f) for f in chunk.findings)
        # the draft's own alternative now leads: its refusal, stated after it, keeps the decision
        leads = leads_with_plan(before, pieces[index], gate.lang) or _refusal_moved_back(before, pieces[index], chunk, gate.lang)
        inside = {f.rule_id for f in again if start <= f.start < end and f.rule_id not in gate.whole_draft_rules
                  and (gate.pack_rules is None or f.rule_id in gate.pack_rules)
                  and not (leads and f.category == "negative_framing" and f.start >= start + _first_sentence_end(pieces[index]))
                  and not (updated and f.category == "missing_timeline")}
        if inside - left:
            pieces[index] = text[chunk.start:chunk.end]
            reverted.add(index)
    return "".join(pieces), _finding_indexes(findings, chunks, reverted)


def _recheck_around_changes(
    result: str, pieces: list[str], offsets: list[tuple[int, int]], changed: list[int],
    recheck: Callable[[str], list[Finding]], windows: bool,
) -> list[Finding]:
    """The findings of the rewrite that matter: those in its changed chunks.  With ``windows``
    (plain text), only the changed chunks are checked again, each with the chunk before and
    after it for context; a rewrite changed over most of its length is checked whole."""
    if not windows or not changed:
        return recheck(result)
    spans: list[list[int]] = []
    for i in changed:
        lo, hi = max(0, i - 1), min(len(pieces) - 1, i + 1)
        if spans and lo <= spans[-1][1] + 1:
            spans[-1][1] = hi
        else:
            spans.append([lo, hi])
    covered = sum(offsets[hi][1] - offsets[lo][0] for lo, hi in spans)
    if covered * 10 >= len(result) * 7:
        return recheck(result)
    found: list[Finding] = []
    for lo, hi in spans:
        base = offsets[lo][0]
        for f in recheck(result[base:offsets[hi][1]]):
            found.append(f.model_copy(update={"start": f.start + base, "end": f.end + base}))
    return found


def _first_sentence_end(text: str) -> int:
    """Where the first sentence of ``text`` ends."""
    found = re.search(r"[.!?]+(?:\s|$)", text)
    return found.end() if found else len(text)


def leads_with_plan(before: str, after: str, lang: str) -> bool:
    """The rewrite's first sentence says what can be done where the draft's opened with a refusal."""
    first, now = before[:_first_sentence_end(before)], after[:_first_sentence_end(after)]
    return refuses(first, lang) and not refuses(now, lang)


def _refusal_moved_back(before: str, after: str, chunk: Chunk, lang: str) -> bool:
    """The draft's first sentence was a refusal a finding flagged ("Pazar günleri sevkiyat yapmıyoruz"), and the
    rewrite opens with something else that refuses nothing (the draft's own alternative, moved ahead of it)."""
    first, now = before[:_first_sentence_end(before)], after[:_first_sentence_end(after)]
    flagged = [f.text for f in chunk.findings
               if f.category == "negative_framing" and f.start - chunk.start < len(first)]
    return bool(flagged) and first.strip() != now.strip() and not refusal_in(now, lang) \
        and not any(text in now for text in flagged)


def _joined(sentence_starts: Sequence[int], spans: Sequence[tuple[int, int]]) -> list[int]:
    """Sentence starts without those inside an edit's span (one sweep over both, sorted)."""
    ordered = sorted(spans)
    kept, k, reach = [], 0, -1
    for start in sorted(sentence_starts):
        while k < len(ordered) and ordered[k][0] < start:
            reach = max(reach, ordered[k][1])
            k += 1
        if not start < reach:
            kept.append(start)
    return kept


def _is_manual(finding: Finding) -> bool:
    return not finding.suggestions or finding.suggestions[0].applicability == "manual"


def _finding_indexes(findings: list[Finding], chunks: list[Chunk], reverted: set[int]) -> set[int]:
    ids = {id(f) for i in reverted for f in chunks[i].findings}
    return {i for i, f in enumerate(findings) if id(f) in ids}
