"""Named sentence transforms: how a finding's sentence is rewritten.

A rule's fix names its transform (``fix.action`` in the pack).  The span edits
(``delete``, ``replace``, ``insert_end``, ``append_sentence``) live in
:mod:`replycheck.rewrite`; the transforms here read the whole sentence:

- ``hedge`` — an over-promise becomes a realistic statement: the assurance
  frame goes ("I promise", "I'm certain that", "you can bank on it") and the
  claim's verb is hedged (``will`` → ``should``, ``-AcAk`` → ``-mAsI
  bekleniyor``), so "I promise it'll be there Friday" → "It should be there
  Friday".
- ``own_update`` — a missing time frame gets the agent's own next update: a
  contact-back ("we'll get back to you soon") gets the day; someone else's work
  keeps its words (a vague "soon" goes) and is followed by "We'll update you by
  …" — never a date on a third party's decision.
- ``reframe`` — a refusal with its condition leads with the condition ("We
  can't X without Y" → "As soon as we have Y, we'll X"); without a condition no
  safe rewrite exists and the finding is ``manual``.
- ``manual`` — the agent writes the fix; the suggestion is a template with a
  visible slot (:func:`template`), never applied to the rewrite.

Every transform returns a :class:`~replycheck.models.Suggestion` or ``None``
(no safe rewrite: the caller makes the finding manual).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from functools import lru_cache

from . import turkish
from .folding import fold
from .models import Suggestion
from .rewrite import EMOJI, emoji_tail, ends_with_emoji, lower_first, sentence_before, upper_first

# --- manual templates -------------------------------------------------------------------------

_TEMPLATES: dict[str, dict[str, str]] = {
    "en": {
        "negative_framing": "What I can do is …",
        "missing_timeline": "We'll update you by …",
        "unkept_promise": "It's scheduled to …, and I'll update you by …",
        # (a reminder of what was said has its own, "To recap, …": the rule's template)
        "condescension": "… (the same facts, without the judging words)",
        "jargon": "… (in plain words: …)",
    },
    "tr": {
        "negative_framing": "Bunun yerine …",
        "missing_timeline": "… gününe kadar size bilgi vereceğiz.",
        "unkept_promise": "… planlanıyor; … gününe kadar size bilgi vereceğiz.",
        "condescension": "… (aynı bilgi, yargılayan ifade olmadan)",
        "jargon": "… (yani …)",
    },
}


def template(category: str, lang: str, own: str = "") -> str:
    """The manual template for a finding: the rule's own, else the category's."""
    if own:
        return own
    table = _TEMPLATES.get(lang, _TEMPLATES["en"])
    return table.get(category, "…")


def manual(start: int, end: int, category: str, lang: str, own: str = "") -> Suggestion:
    """A suggestion the agent completes: shown, never applied."""
    return Suggestion(start=start, end=end, replacement=template(category, lang, own), applicability="manual")


# --- shared helpers ---------------------------------------------------------------------------

_FINAL = ".!?…"
_TRAIL = " \t\r\n"


def sentence_core(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence's words: without leading spaces, trailing spaces, a trailing dash (a
    sign-off like "… – Homely" is not part of the sentence's claim) or final punctuation."""
    while start < end and text[start] in _TRAIL:
        start += 1
    while end > start and text[end - 1] in _TRAIL:
        end -= 1
    if end - start > 1 and text[end - 1] in "–—-" and text[end - 2] in _TRAIL:
        end -= 1
        while end > start and text[end - 1] in _TRAIL:
            end -= 1
    initials = _INITIALS.search(text, start, end)
    if initials and initials.start() > start:  # "… for you, ^SO", "… via email.  *AN": the agent's initials
        end = initials.start()
        while end > start and text[end - 1] in _TRAIL + ",":
            end -= 1
    while end > start and text[end - 1] in _FINAL:
        end -= 1
    return start, end


# what closes a social post after its words: the agent's initials and a part counter ("… ^SO", "*RB 2/2", "(1/2)^HS")
_INITIALS = re.compile(r"\s(?:(?:[\^*]\s?[A-Z]{0,3}|\(?[1-9]/[1-9]\)?)\s*)+$")
# what may follow a post's last words: its punctuation, initials and a part counter ("… ^SO", "... 1/2", "(1/2)^HS")
_POST_END = re.compile(r"(?P<stop>\.\.\.|…|[.!?]+)?(?:\s*(?:[\^*]\s?[A-Z]{0,3}|\(?(?P<part>[1-9])/(?P<of>[1-9])\)?))*\s*")


def _cut_off(text: str, end: int) -> bool:
    """Whether the sentence whose words end at ``end`` is cut off and goes on in the next post: "…"
    ends the post ("I will reach out to Baggage... 1/2"), or it has no full stop and a part counter
    says more follows ("…any further insight or action until 1/2 ^RV")."""
    post_end = _POST_END.fullmatch(text, end)
    if post_end is None:
        return False
    if post_end.group("stop") in ("...", "…"):
        return True
    return not post_end.group("stop") and post_end.group("part") is not None and post_end.group("part") < post_end.group("of")


def _punctuation_end(text: str, core_end: int, limit: int) -> int:
    """Past the final punctuation that follows a sentence's words."""
    while core_end < limit and text[core_end] in _FINAL:
        core_end += 1
    return core_end


def _diff(old: str, new: str, offset: int) -> Suggestion:
    """The smallest single edit that turns ``old`` (at ``offset``) into ``new``."""
    head = 0
    limit = min(len(old), len(new))
    while head < limit and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < limit - head and old[len(old) - 1 - tail] == new[len(new) - 1 - tail]:
        tail += 1
    return Suggestion(start=offset + head, end=offset + len(old) - tail, replacement=new[head:len(new) - tail])


def _tidy(sentence: str, lang: str, capital: bool) -> str:
    """Spaces and punctuation left behind by a removal; a capital at the start when it had one."""
    sentence = re.sub(r"\s+([,.;:!?])(?!-?[)(DP](?:\s|$))", r"\1", sentence)  # not the ":" of a smiley ":)"
    sentence = re.sub(r"([,;:–—-])\s*([,.;:!?])(?!-?[)(DP](?:\s|$))", r"\2", sentence)
    sentence = re.sub(r"[,;:]\s*([–—])", r" \1", sentence)  # "this summer, – our tutors" → "this summer – our tutors"
    sentence = re.sub(r"\s*[–—]\s*$", "", sentence)
    sentence = re.sub(r"(?:,\s*)+$", "", sentence)
    sentence = re.sub(r",\s*(?=[\U0001F300-\U0001FAFF\u2600-\u27BF]+(?:\s|$)|[:;]-?[)(DP](?:\s|$))", " ", sentence)  # "…olacak, 😊" → "…olacak 😊"
    sentence = re.sub(r"(?<=\S)  (?=\S)", " ", sentence).strip()  # a removal's double space (blanked markup stays)
    sentence = re.sub(r"^[,;:–—-]\s*", "", sentence)
    return upper_first(sentence, lang) if capital else sentence


# --- hedge ------------------------------------------------------------------------------------

_EN_FRAME = re.compile(
    # ("I'll personally make sure this never happens again": a vow, as "I promise")
    # ("What I can promise is that …": the whole frame goes, not only "I can promise")
    r"(?i)(?<!what )\b(?:(?<!\w)what (?:I|we) can (?:promise|guarantee)(?: you)? is(?: that)?|"
    r"(?:I|we)(?:'ll|’ll| will)\s+personally\s+make sure|"
    r"(?:I|we)(?:'m| am|'re| are)?\s+"  # not "What I can tell you is that …": its clause would lose its verb
    r"(?:(?:can|do|will)\s+)?(?:(?:absolutely|totally|really|personally|100%|completely|fully)\s+)?"
    r"(?:promise|guarantee|assure|swear|certain|sure|confident|positive|tell you|give you my (?:personal )?"
    r"(?:word|assurance|guarantee|promise)|bet|can say))"
    r"(?:\s+(?:you|to you)(?!\s+(?:won't|will|wo|can|cannot|can't|should|shall|get|have|are|need|must|do|don't|may)\b))?"
    r"(?:\s+with (?:total|complete|absolute|full|100%) (?:certainty|confidence))?(?:\s+100\s?%)?"
    r"(?:\s+(?:this|one thing|that much)\s*:)?"  # "I guarantee you this: the team will …"
    # ("that" as a determiner stays: "I can promise you that roof will never leak again" → "that roof shouldn't …")
    r"(?:\s*,)?(?:\s+that(?!\s+(?!(?:it|they|he|she|we|you|i|this|there|the|your|our|my|his|her|their|everything|all|nothing"
    r"|no|none|every|each|a|an)\b)[a-z]+\s+(?:will|won't|wo|should|shall|can|cannot|can't)\b))?\s+"
)
_EN_TAG = re.compile(
    r"(?i)\s*(?:[,–—-]\s*|\band\s+)?(?:you can (?:bank|count|rely) on (?:it|that)|that's (?:a )?(?:certainty|guaranteed|a promise)"
    r"|(?:100\s?%\s+)?guaranteed|you have my word|mark my words|hand on heart|(?<=[,–—] )(?:full stop|period|end of story)(?=\s*(?:[.!?]|$))|(?:and )?i can promise you that|(?:and )?i promise you that|no doubt about it|no question about it|no ifs,? no buts"
    r"|(?:and )?i (?:can )?(?:guarantee|promise)(?: you)? (?:it|that|this)(?: 100\s?%)?(?=\s*(?:[.!?]|$))"
    r"|(?:and )?i (?:can )?(?:assure|promise|guarantee) you(?: of (?:it|that|this))?(?=\s*(?:[.!?]|$))"
    r"|whatever (?:happens(?: with [\w' ]{1,25})?|the \w+ (?:does|says)|the weather|[\w' ]{1,40})|come what may|come rain or shine"
    r"|rain or shine|(?:they|it|we) always (?:do|does)"
    r"|(?<=[,–—] )i(?:'ve| have) (?:made sure|seen to it|taken care) (?:of )?(?:it|that)?(?=\s*(?:[.!?]|$))"
    r"|no matter what(?: happens| [\w' ]{1,40})?|no matter (?:how|when|where) [\w' ]{1,40}|no problem|no problems|no worries"
    r"|(?<!is )(?<!are )(?<!was )(?<!at )(?<!of )(?<!by )(?<!to )(?<!a )100%|for sure|no question|no doubt|without fail|(?:you can )?take my word for it|without (?:a|any) doubt|(?:and )?that's a promise"
    r"|i'd (?:put|bet) my (?:house|life|money|job) on it)"
    r"(?=\s*[.!?]?\s*(?:[\U0001F300-\U0001FAFF\u2600-\u27BF]\s*)*$|\s*[,–—-])"
)
_EN_INTENSIFIER = re.compile(
    r"(?i)\s*\b(?:definitely|certainly|absolutely|surely|exactly|precisely|(?<!is )(?<!are )(?<!was )(?<!at )(?<!of )(?<!by )(?<!to )(?<!a )100%|100%(?=\s+\w)|100 per ?cent|without (?:a|any) doubt|for sure"
    r"|with (?:total|complete|absolute) certainty)(?!\w),?"
)
_EN_WILL = re.compile(
    r"(?i)\b(?:(?P<subj>it|they|he|she|we|you|this|that|there)(?P<ll>'ll|’ll)|will never|won't|will not|will|is going to"
    r"|are going to)\b"
)
_EN_SO_CLAIM = re.compile(
    r"(?i)[^.!?;]*?,?\s+so\s+(?:(?:your|the|our|this|that)\s+(?:\w+\s+){0,3}?\w+|it|this|that|everything|you|they)"
    r"(?P<verb>\s+is|\s+are|\s+will be|'s|’s)\s+"
    r"(?=(?:safe|covered|fine|sorted|all sorted|ok|okay|secure|guaranteed|all set|good to go)\b)")
_EN_FOREVER = re.compile(r"(?i)\s*\b(?:for good|forever|permanently|once and for all|ever(?= again\b))\b")
# a claim in the present right after an assurance frame: "I guarantee [it lands] by tomorrow" → "it should land"
_EN_PRESENT_CLAIM = re.compile(r"(?i)\s*(?P<subj>it|they|he|she|the [a-z]+|your [a-z]+)\s+(?P<verb>[a-z]{2,}?)(?P<s>ies|es|s)?\b"
                               # a noun before its verb ("the 3 banners will be …") is no verb
                               r"(?!\s+(?:will|won't|should|would|can|could|may|might|must|shall|are|is|were|was|have|has)\b)")
# an absolute in the present: "the campsite never floods", "it never fails"
_EN_NEVER_PRESENT = re.compile(r"(?i)\b(?:it|he|she|this|that|the [a-z]+|your [a-z]+|our [a-z]+)\s+(?P<never>never)\s+"
                               r"(?P<verb>[a-z]{2,}?)(?P<s>ies|es|s)\b")
# a settled state assured: "your site is 100% fixed now" → "your site should be fixed now"
_EN_ASSURED_STATE = re.compile(
    r"(?i)\b(?:is|are|'s|’s)\s+(?:100\s?%|definitely|absolutely|certainly)\s+"
    r"(?=(?:fixed|sorted|resolved|solved|working|safe|secure|covered|done|gone|ready|back|there)\b)")
# "it's guaranteed to reach you tomorrow" → "it should reach you tomorrow"
_EN_GUARANTEED_TO = re.compile(r"(?i)(?:\s+is|\s+are|'s|’s)\s+(?:absolutely\s+|100%\s+)?(?:guaranteed|certain|sure|bound) to(?=\s+\w)")
# "you're guaranteed an encounter" → "you have a very good chance of an encounter": an outcome as an object
_EN_GUARANTEED_OBJECT = re.compile(
    r"(?i)\byou(?:'re|’re| are)\s+(?:absolutely\s+|practically\s+|basically\s+|pretty much\s+|100%\s+)?"
    r"(?:guaranteed|certain)\s+(?=(?:a|an|some|sunshine|sightings|success)\b)")
# "it's 100% certain you won't see …": an impersonal frame around the claim
_EN_IT_FRAME = re.compile(r"(?i)\bit(?:'s|’s| is)\s+(?:100%\s+|absolutely\s+)?(?:certain|guaranteed|a certainty|a given)\s+(?:that\s+)?"
                          r"(?=\w+\s+(?:will|won't|'ll|’ll)|\w+(?:'ll|’ll)\b)")
_DANGLING_COPULA = re.compile(r"(?i)\b(?:is|are|was|were|be)\s*(?:[,.;!?]|$)")
# "…, and trust me, you won't …": an aside that vouches for the claim, not a clause of its own
_EN_ASIDE = re.compile(r"(?i)(?P<lead>,\s*)?\b(?:trust me|believe me)\b(?P<tail>\s*,)?\s*")


def _aside_gone(m: re.Match[str]) -> str:
    """The aside removed, with the punctuation it leaves: "last week, [trust me,] it" → "last week, it"."""
    at_end = m.end() == len(m.string) or m.string[m.end():].strip()[:1] in (".", "!", "?", "")
    return "" if at_end else (m.group("lead") or "")


# where a clause of a claim ends: an assurance in the same clause as a "will" covers that claim
_EN_CLAUSE_BREAK = re.compile(r"(?i)[,;:]|\s[–—-]\s|\b(?:and|but|so|while|because)\b")
_NOT_A_VERB = frozenset("really also always still just only never usually normally definitely certainly".split())


_PREPOSITIONS = frozenset("in on at of for with from to by under over after before around near inside outside across "
                          "behind between during through within without about".split())


def _present_claim(text: str, at: int) -> str | None:
    """``text`` with the present-tense claim starting at ``at`` hedged ("it lands" → "it should land")."""
    claim = _EN_PRESENT_CLAIM.match(text, at)
    if not claim or claim.group("verb").lower() + (claim.group("s") or "") in _NOT_A_VERB:
        return None
    verb, ending = claim.group("verb"), (claim.group("s") or "").lower()
    subject = claim.group("subj").lower()
    # ("the numbness", "the address": a singular noun in -ss; "the numbness in your hands": a preposition, no verb)
    plural = subject == "they" or (subject.endswith("s") and not subject.endswith("ss"))
    if verb.lower() in ("i", "wa", "ha") or (verb.lower() in ("is", "are", "a") and not ending) \
            or (verb + ending).lower() in _PREPOSITIONS:
        return None
    if ending == "ies":
        base = verb + "y"
    elif ending == "es" and not re.search(r"(?:ch|sh|ss|x|o|z)$", verb, re.I):
        base = verb + "e"  # "arrives" → "arrive"
    elif ending or plural:
        base = verb
    else:
        return None  # not a third-person present ("it landed", "the parcel arrived")
    if (claim.group("verb") + ending).lower() in ("is", "are"):
        base = "be"
    return text[:claim.start("verb")] + "should " + base + text[claim.end():]


def still_assures(sentence: str, lang: str = "en") -> bool:
    """Whether a sentence still carries an assurance ("guaranteed", "I promise", "for sure", "eminim")."""
    if lang == "tr":
        return bool(_TR_INTENSIFIER.search(sentence) or _PERCENT.search(sentence))
    return bool(_EN_FRAME.search(sentence) or _EN_TAG.search(sentence) or _EN_INTENSIFIER.search(sentence)
                or re.search(r"(?i)\bguarantee|100\s?%", sentence))


# a Turkish sentence that ends on a nominalised clause with no verb of its own ("… kazanacağımızı.")
# (also a verbal noun whose predicate went: "iş bulman [garanti]!", "yer bulmanız [garanti]")
_TR_HANGS = re.compile(r"(?i)\w+(?:[ae]c[ae][ğg]|[dt][ıiuü][ğg])\w*\W*$|\w{3,}m[ae](?:n|n[ıi]z|s[ıi])\W*$")


def hangs_tr(sentence: str) -> bool:
    """Whether a Turkish sentence ends on a "-AcAğI…/-DIğI…" clause left without its verb."""
    return bool(_TR_HANGS.search(sentence.strip()))


def frame_without_claim(sentence: str) -> bool:
    """An English assurance frame followed by a bare noun phrase, no verb ("I can guarantee you the window
    table and perfect weather!"): there is no claim to hedge, and the frame can't just go."""
    frame = _EN_FRAME.search(sentence)
    if frame is None:
        return False
    after = sentence[frame.end():]
    return not _EN_WILL.search(after) and not re.search(
        r"(?i)\b(?:is|are|was|were|be|been|has|have|had|can|should|must|may|might|'s|'re|\w+(?:ed|es))\b", after)


def _should_form(text: str, verb: re.Match[str]) -> tuple[str, int]:
    """The hedged form of the "will" ``verb`` and where the words it replaces end ("you'll never" → "you shouldn't")."""
    end = verb.end()
    never = re.match(r"(?i)\s+(?:hopefully\s+)?never\b", text[end:])
    if verb.group("ll") and never:
        return f"{verb.group('subj')} shouldn't", end + never.end()
    if verb.group("ll"):
        return f"{verb.group('subj')} should", end
    if verb.group().lower() in ("will never", "won't", "will not"):
        return "shouldn't", end
    return "should", end


def _assured_wills(sentence: str) -> list[bool]:
    """For each "will" of ``sentence`` in order, whether an absolute ("100%", "for sure", ", I guarantee it")
    stands in its clause; a "will" inside the assurance frame ("I will guarantee …") is not a claim."""
    frame = _EN_FRAME.search(sentence)
    markers = [m.start() for rx in (_EN_TAG, _EN_INTENSIFIER) for m in rx.finditer(sentence)]
    breaks = [m.start() for m in _EN_CLAUSE_BREAK.finditer(sentence)]
    found = []
    for verb in _EN_WILL.finditer(sentence):
        if frame and frame.start() <= verb.start() < frame.end():
            continue
        left = max([b for b in breaks if b < verb.start()], default=-1)
        right = min([b for b in breaks if b > verb.end()], default=len(sentence))
        found.append(any(left < at <= right for at in markers))
    return found


# what we grant the customer ourselves: "will be upgraded", "will be refunded in full"
_OUR_GRANT = re.compile(r"(?i)\s+be\s+(?:fully\s+)?(?:upgraded|credited|refunded|reimbursed|compensated|waived|comped|discounted)\b")


# "I'll make sure it never happens again": our own effort, promised as a certain outcome
_EN_MAKE_SURE_NEVER = re.compile(r"(?i)\b(i|we)(?:'ll|’ll| will) make sure (?:that )?(it|this|that) never happens? again\b")


def hedge_en(sentence: str, anchor: int) -> str | None:
    """Hedge the claim near ``anchor`` in an English sentence; ``None`` when no claim verb is found."""
    capital = sentence[:1].isupper()
    sure = _EN_MAKE_SURE_NEVER.search(sentence)
    if sure:
        # → "I'll do my best to make sure it doesn't happen again": the effort is ours to promise, the outcome is not
        who = sure.group(1)
        mine = "my" if who.lower() == "i" else "our"
        said = f"{who}'ll do {mine} best to make sure {sure.group(2)} doesn't happen again"
        return _tidy(sentence[:sure.start()] + said + sentence[sure.end():], "en", capital)
    draft = sentence
    sentence = _EN_IT_FRAME.sub("", _EN_GUARANTEED_TO.sub(" should", _EN_ASIDE.sub(_aside_gone, sentence)))
    sentence = _EN_GUARANTEED_OBJECT.sub(lambda m: ("You" if m.group()[0] == "Y" else "you") + " have a very good chance of ",
                                         sentence)
    sentence = _EN_ASSURED_STATE.sub(lambda m: "should be " if m.group().lower().startswith(("is", "are")) else
                                     " should be ", sentence)
    assured = _assured_wills(sentence)
    text = _EN_TAG.sub("", sentence)
    frame = _EN_FRAME.search(text)
    if frame and re.search(r"(?i)make sure\s*$", frame.group().strip()) and not re.match(
            r"(?i)[^.;!?,]*?\b(?:will|won't|wo|'ll|’ll|never|shall|ever)\b", text[frame.end():]):
        # "I'll personally make sure he's matched with a better tutor": without the frame the step would read as done
        return None
    text = _EN_FRAME.sub(" \x00", text, count=1)  # (a mark where the frame's claim starts, gone below)
    text = _EN_INTENSIFIER.sub("", text)
    text = _EN_FOREVER.sub("", text)
    frame_at = text.find("\x00")
    text = text.replace("\x00", "")
    anchor = min(anchor, len(text))
    verbs = list(_EN_WILL.finditer(text))
    present = _present_claim(text, frame_at) if frame else None
    if present is not None and verbs and _EN_PRESENT_CLAIM.match(text, frame_at).end() <= verbs[0].start():
        # "I promise it arrives tomorrow, and this will never happen again": both claims are hedged
        if anchor > frame_at:
            anchor += len(present) - len(text)
        text = present
        verbs = list(_EN_WILL.finditer(text))
    if not verbs:
        if present is not None:
            return _tidy(present, "en", capital)
        never = _EN_NEVER_PRESENT.search(text)
        if never and never.group("verb").lower() + never.group("s").lower() not in _NOT_A_VERB:
            # "the campsite never floods[, I can promise you that]" → "the campsite shouldn't flood"
            verb, ending = never.group("verb"), never.group("s").lower()
            base = verb + "y" if ending == "ies" else verb + "e" if ending == "es" and not re.search(
                r"(?:ch|sh|ss|x|o|z)$", verb, re.I) else verb
            return _tidy(text[:never.start("never")] + "shouldn't " + base + text[never.end():], "en", capital)
        if frame and frame_without_claim(sentence):
            return None  # "I can guarantee you [the window table and perfect weather]": no claim left to hedge
        if text == draft or len(_DANGLING_COPULA.findall(text)) > len(_DANGLING_COPULA.findall(draft)):
            return None  # "so your seat is [100% guaranteed]." : the absolute was the predicate
        return _tidy(text, "en", capital)
    after = [m for m in verbs if m.start() >= anchor - 2]
    verb = after[0] if after else verbs[-1]
    # "it will 100% be here on Monday, so you'll have it back on Tuesday for sure": every assured claim is hedged
    hedged = [v for k, v in enumerate(verbs) if v is verb or (len(verbs) == len(assured) and assured[k])]
    if len(verbs) == len(assured) and any(assured):
        # "Replacements will definitely be with you, and our warehouse will look into it": the claims the absolutes
        # stand beside are hedged, and the one the frame introduces ("I promise [it'll] …"), not our own next step
        claims = [v for k, v in enumerate(verbs) if assured[k]]
        framed = [v for v in verbs if frame and v.start() >= frame_at][:1]
        hedged = [v for v in verbs if v in claims or v in framed]
        verb = verb if verb in hedged else hedged[0]
    granted = [v for v in hedged if _OUR_GRANT.match(text, v.end())]
    if granted:
        # "your next stay will be upgraded to a sea-view suite, guaranteed": what we grant is ours to keep; the
        # assurance goes and the grant stays firm (hedging it would soften our own offer)
        hedged = [v for v in hedged if v not in granted]
        if not hedged:
            return _tidy(text, "en", capital) if text != draft else None
        verb = verb if verb in hedged else hedged[0]
    start = verb.start()
    for other in reversed(hedged):
        replacement, end = _should_form(text, other)
        text = text[:other.start()] + replacement + text[end:]
        if other is verb:
            new = replacement
        elif other.start() < verb.start():
            start += len(replacement) - (end - other.start())
    # the consequence drawn from the claim is no firmer than the claim: "…, so your restock is safe" → "should be safe"
    so = _EN_SO_CLAIM.match(text, start + len(new))
    if so:
        text = text[:so.start("verb")] + " should be " + text[so.end():]
    text = re.sub(r"(?i)\bshould(n't)? hopefully\b", r"should\1", text)
    if len(_DANGLING_COPULA.findall(text)) > len(_DANGLING_COPULA.findall(draft)):
        return None  # "so your seat is [100% guaranteed]." : the claim was the predicate
    text = re.sub(r"(?i)\bshould be (?:done|fixed|sorted|resolved) and dusted\b", "should be done", text)
    return _tidy(text, "en", capital or not text[:1].isalpha())


_TR_ASSURANCES = (
    "kesinlikle", "kesin olarak", "mutlaka", "şaşmadan", "garantili", "garanti olarak", "yüzde yüz", "%100", "ne olursa olsun",
    "hiç şüpheniz olmasın ki", "hiç şüpheniz olmasın", "şüpheniz olmasın", "(?:bundan |buna )?emin olabilirsiniz ki",
    "(?:bundan |buna )?emin olabilirsiniz", "size söz veriyorum", "söz veriyorum", "size garanti ediyorum",
    "garanti ediyorum ki", "garanti ederim ki", "söz veriyorum ki", "size garanti ediyorum ki",
    "garanti ediyorum", "garanti ederim", "garanti ediyoruz", "taahhüt ediyorum", "(?:bunun )?arkasındayım", "yemin ederim", "sözüm söz",
    "(?:buna|bana|bize) güvenebilirsiniz", "(?:buna|bana|bize) güvenebilirsin",  # "…bitmiş olacak, buna güvenebilirsiniz"
    r"adım gibi emin(?:im|iz)(?=\s*(?:[.!?]|$))",  # "…yarın açacak, adım gibi eminim."
    r"(?:yüzde yüz|%100|kesinlikle) emin(?:im|iz)",  # "bundan yüzde yüz eminim": one assurance, with its "bundan"
    r"hemen(?=\s+(?:[\w']+\s+)?[\w']+[ae]c[ae]k\b)",  # "raporu hemen gelecek": immediacy promised for others
    "(?:sizi |seni )?temin eder(?:im|iz)(?: ki)?",  # "Sizi temin ederim ki faturanız …"
    "yaz(?:ın)? bunu bir kenara", "bunu bir kenara yaz(?:ın)?", "yaz bir kenara",  # "mark my words"
    "(?:bunun )?garantisini (?:ben |biz )?veri(?:yorum|rim|yoruz|riz)",  # "…, bunun garantisini veriyorum"
    "(?:bunun )?garantisi (?:benden|bizden|bende|bizde)(?!\\w)",  # "…hiç çürümeyecek, garantisi bende!"
    "(?:bunun )?sözünü (?:size |sana )?veri(?:yorum|rim|yoruz|riz)",  # "…, bunun sözünü veriyorum"
    r"or[aı]s[ıi] kesin(?=\s*(?:[.!?]|$))",  # "…, orası kesin."
    # "ödemeniz kesin onaylanacak", "kesin gelip düzeltecek" (not "kesin bilgi")
    r"kesin(?!\s+(?:olarak|bir|tarih\w*|bilgi\w*|sonuç\w*|sonuc\w*|karar\w*|saat\w*|rakam\w*|tutar\w*)\b)(?=\s+(?:\S+\s+){0,7}\w+(?:[ae]c[ae]k(?:s[ıi]n(?:[ıi]z)?)?|[ae]c[ae]kt[ıi]r|[ıiuü]p)\b|\s+(?:\S+\s+){0,4}(?:eder|olur|gelir|yapar|biter|halleder|çıkar|cikar|\w{3,}(?:[ae]r|[ıiuü]r))\b)",
    r"garanti(?=\s*(?:[.!?]|[:;]-?[)(DP]|[\U0001F300-\U0001FAFF\u2600-\u27BF]|$))",  # "…aynı çıkacak, garanti." / "garanti :)"
    "(?:size |sana )?garanti veri(?:yorum|yoruz|rim|riz)",  # "…sorunsuz biter, size garanti veriyorum"
    r"(?:bunu |buna )?(?:size |sana )?söz verebilir(?:im|iz)(?=\s*(?:[.!?]|$))",  # "…, bunu size söz verebiliriz."
    r"(?<!sözüm )(?<!sozum )(?:benden |bizden )?söz(?=\s*(?:[.!?]|$))",  # "…yaşamayacaksın, söz.", "…, benden söz!" (not "sözüm söz")
    r"(?:emin(?:im|iz)|emin olabilirsin)(?=\s*(?:[.!?]|$))",  # "…, bundan eminim."
    r"(?:içiniz|için|icin|iciniz) rahat olsun(?=\s*(?:[.!?]|$))",  # "…kırılmaz, içiniz rahat olsun."
)
# each assurance also as typed without Turkish letters ("soz veriyorum"), longest first
_TR_ASSURANCE_WORDS = "|".join(sorted({form for a in _TR_ASSURANCES for form in (a, turkish.strip_diacritics(a))},
                                      key=len, reverse=True))
_TR_INTENSIFIER = re.compile(r"(?i)\s*(?<!\w)(?:" + _TR_ASSURANCE_WORDS + r")\b,?")
# a one-word assurance adverb inside the claim (not "ne olursa olsun", whose subject would be left hanging)
_TR_ADVERB = re.compile(r"(?i)\s*(?<!\w)(?:kesinlikle|mutlaka|muhakkak|şaşmadan|sasmadan|kesin(?:\s+olarak)?"
                        r"|%\s?100)(?!\w),?")


# a pronoun left before a clause-final assurance: "…, bundan [hiç şüpheniz olmasın];", "bunu ben [garanti ederim]."
_TR_ASSURANCE_STUB = re.compile(
    r"(?i)(?<!\w)(?:(?:bundan|buna|bunu|ben|biz|size|sana|şahsen|sahsen|bizzat|kişisel olarak|kisisel olarak|bu konuda)\s+){1,3}"
    r"(?:(?:yüzde yüz|yuzde yuz)\s+)?"  # ("bundan yüzde yüz emin olabilirsiniz": its "yüzde yüz" goes with it)
    r"(?=(?:" + _TR_ASSURANCE_WORDS + r")\b,?\s*(?:[,;.!?]|" + EMOJI.pattern + r"|$))")

# an assurance that announces its claim after a colon: "Ama [şunu garanti ederim: ]uyum ekibimiz …"
_TR_CATAPHORIC = re.compile(r"(?i)(?<!\w)(?:(?:size|sana)\s+)?(?:şunu|sunu)\s+(?:(?:size|sana|da|de)\s+){0,2}(?:" + _TR_ASSURANCE_WORDS + r")\s*:\s*")

_TR_CLAUSE_JOINT = re.compile(r"(?:[,;:!]|\s(?:ve|ama|fakat|ancak)\b)\s*")
# an assurance adverb on an outcome in the aorist or present ("vizeniz kesin çıkar", "kesinlikle yağmur yağmaz",
# "sınavı kesin geçiyorsun"), the verb ending its clause
_TR_LIKELY_OUTCOME = re.compile(
    r"(?i)(?<!\w)(kesinlikle|kesin|mutlaka|muhakkak|şaşmadan|sasmadan)(?!\w)(?:\s+[^\s,.;:!?]+){0,4}?\s+"
    r"\w+?(?:[aeıiuü]r|m[ae]z|[ıiuü]yorsun(?:uz)?)(?<![dt][ıiuü]r)(?=\s*(?:[,.;:!?…]|$)|\s+(?:ve|ama|yaz)\b|\s+[^\w\s])")
_TR_NEVER = re.compile(r"(?i)(?P<keep>\bbir daha\s+)?(?:asla|hiçbir zaman|hicbir zaman"
                       r"|(?<!\w)(?:hiç|hic)(?=\s+(?:[\w']+\s+){0,2}[\w']+m[ae]y[ae]c[ae]k))\s+")  # "hiç arıza yapmayacak"
# "bir daha böyle bir sorun yaşamayacaksınız", "hiçbir gecikme olmayacak": absolute without "asla"
_TR_AGAIN = re.compile(r"(?i)(?P<keep>\b(?:bir daha|tekrar|yeniden)\s+)(?=(?:[\w']+\s+){0,4}[\w']+m[ae](?:y[ae]c[ae]k|z\b))")
_TR_NONE = re.compile(r"(?i)\b(?:hiçbir|hicbir)\s+(?!(?:şey|sey)\b)(?=[\w']+\s+(?:ol|yaşan|yasan|çık|cik)m[ae](?:y[ae]c[ae]k|z\b))")
_TR_FRAMED = re.compile(
    r"(?i)\b(?P<stem>\w+?)(?P<neg>m[ae])?y?(?P<v>[ae])c[ae][ğg][ıi](?P<person>n[ıi]z[ıi]|n[ıi]z[ae]|n[ıi]|nd[ae]n|n[ae]|m[ıi]z[ıi])\s+(?:(?:d[ae]|şimdiden|simdiden|size|sana|hiç|hic)\s+){0,3}"
    r"(?P<frame>garanti ediyorum|garanti ederim|garanti ediyoruz|garanti ederiz|garanti edebilirim|garanti edebiliriz"
    r"|söz veriyorum|söz veriyoruz|soz veriyorum"
    r"|taahhüt ediyorum|taahhüt ediyoruz|eminim|eminiz|emin olabilirsiniz|şüpheniz olmasın|suphe(?:niz)? olmasin)\b")
# a present or past fact under an assurance: "orijinal olduğunu garanti ediyorum", "çalıştığından eminim"
_TR_FACT_FRAMED = re.compile(
    r"(?i)\b\w+?[dt][ıiuü][ğg][ıiuü](?:n[ıiuü]|ndan|nden|m[ıiuü]z[ıiuü])\s+(?:(?:d[ae]|size|sana)\s+){0,2}"
    r"(?P<frame>garanti ediyorum|garanti ederim|garanti ediyoruz|garanti ederiz|eminim|eminiz)\b")
_TR_HANGING = re.compile(
    r"(?i)\w+(?:[ae]c[ae][ğg][ıi]|[dt][ıiuü][ğg][ıiuü])n(?:[ıiuü]|d[ae]n|[ae])"
    r"(?:\s+(?:d[ae]|şimdiden|simdiden|size|sana|sizlere|bizzat|ben|biz))*\W*$")
_TR_COMPLEMENT = re.compile(
    r"(?i)\w+(?:[ae]c[ae][gğ][ıi]n(?:d[ae]n|[ıi])|[dt][ıiuü][gğ][ıiuü]n(?:d[ae]n|[ıiuü]))\s+(?:hiç\s+|hic\s+)?"
    r"(?:şüphe|suphe|emin|garanti|söz|soz|kesin)")
_TR_NEG_FUTURE = re.compile(r"\b(\w+?)(m[ae])(?:y([ae])c[ae]k(?:t[ıi]r)?|z)\b")  # "olmayacak", "olmaz"
_TR_NEG_FUTURE_YOU = re.compile(r"\b(\w+?)(m[ae])y[ae]c[ae]ks(ınız|iniz|ın|in)\b")


_TR_FUTURE = re.compile(r"(?i)(?:(?<!m[ae]y)(?<!m[ae])(?:[ae]c[ae]k(?:l[ae]r)?|[ae]c[ae]kt[ıi]r|[ae]c[ae]ks[ıi]n(?:[ıi]z)?)\b(?!\s+(?:şekilde|sekilde|gibi))"
                        # a claim in the aorist: "pazartesi çekilmiş olur", "yarın elinizde olur"
                        r"|\b(?:olur|gelir|çıkar|cikar|ulaşır|ulasir|biter|yapılır|yapilir|edilir|gönderilir|gonderilir"
                        r"|eder|halleder|yapar)\b"
                        # the customer's outcome in the aorist: "Pazartesi teslim alırsınız", "yarın görürsün"
                        r"|\b\w{2,}(?:[ıiuü]|[ae])rs(?:ınız|iniz|unuz|ünüz|ın|in|un|ün)\b)")
# where a clause starts (also "ve" after a finished verb or our own present step: "talebiniz iletildi ve …",
# "yeni seti bugün kargoya veriyoruz ve …")
_TR_JOINT = re.compile(r"(?i)(?:[,;:]\s*(?:ama|fakat|ancak|ve)?|\s(?:ama|fakat|ancak)"
                       r"|(?:(?<=[dt][ıiuü])|(?<=[dt][ıiuü][km])|(?<=yoruz)|(?<=yorum))\s+ve)\s+")
_TR_CONNECTIVE = re.compile(r"(?i)(?:yine de|ama|ancak|fakat|ayrıca|ayrica|bu arada|bu yüzden|bu yuzden|o yüzden|o yuzden)"
                            r",?\s+")
# a step of ours in the future, then "ve" and what we will achieve (folded): "bakacak ve kesinlikle bulacağız"
_TR_STEP_THEN_AND = re.compile(r"\b\w+(?:acak|ecek|acagiz|ecegiz|acagim|ecegim)\s+ve\s+(?:\w+\s+){0,3}\w+(?:acagiz|ecegiz|acagim"
                               r"|ecegim)\b")


def step_then_and_tr(before: str) -> bool:
    """Whether a Turkish sentence, up to its over-promise, states a step of ours in the future and goes on with "ve"
    ("personelimiz bir kez daha bakacak ve [kesinlikle] bulacağız"): no lead can hedge the outcome without putting
    the step in doubt, and no word deleted makes the outcome less promised."""
    return _TR_STEP_THEN_AND.search(fold_phrase(before)) is not None


_TR_AS_FAR_AS = "Şu anki bilgilere göre"  # "as things stand": the plan is stated, not promised
_TR_LEADS = (_TR_AS_FAR_AS, _TR_AS_FAR_AS[:1].lower() + _TR_AS_FAR_AS[1:])
_TR_CASUAL_LEADS = ("Şu an gördüğüm kadarıyla", "şu an gördüğüm kadarıyla")  # the same, in a sen chat
_TR_LIKELY_LEADS = ("Büyük ihtimalle", "büyük ihtimalle")  # the same, in an emoji chat
_CHATTY = re.compile(rf"{EMOJI.pattern}|!!")
# a schedule's time (folded): "yarın sabah kapınızda olacak" is a plan stated as things stand, not a likely outcome


_CALENDAR_WORD = (r"(?:pazartesi|sali|carsamba|persembe|cuma|cumartesi|pazar|ocak|subat|mart|nisan|mayis|haziran|temmuz"
                  r"|agustos|eylul|ekim|kasim|aralik)")
_TR_WHEN = re.compile(r"\d|\b(?:yarin|bugun|sabah|aksam|ogle\w*|gece|hafta\w*|saat\w*|gun(?:u|e|de|den|une|unde)?\b|ay\w* sonu"
                      r"|zamaninda|her (?:ay|hafta|gun)\b|" + _CALENDAR_WORD[3:] + r"\b")
# a step of ours under way (folded): "tutar iade edilecek", "kargonuz yarın kapınızda" is stated as things stand, not
# as a likely outcome
_TR_PROCESS = re.compile(r"\b(?:iade|kargo\w*|teslim|sevk|odeme\w*|yatirila\w*|yatacak|gonderil\w*|ulas\w*|kapinizda"
                         r"|elinizde)\b")


def _as_expected(sentence: str, anchor: int = 0) -> str:
    """A Turkish claim in the future stated as things stand ("Teknisyen yarın gelecek" →
    "Şu anki bilgilere göre teknisyen yarın gelecek"), after a greeting that opens the sentence;
    the first word keeps its capital when it is a name (an apostrophe, a capitalised word after it)."""
    greeting = OPENING.match(sentence)
    head, rest = (sentence[:greeting.end()], sentence[greeting.end():]) if greeting else ("", sentence)
    connective = _TR_CONNECTIVE.match(rest)
    if connective:  # "Yine de şu anki bilgilere göre …": the link to the sentence before stays first
        head, rest = head + rest[:connective.end()], rest[connective.end():]
    futures = list(_TR_FUTURE.finditer(rest)) or list(_TR_AORIST_END.finditer(rest))
    near = [m for m in futures if m.start() >= anchor - len(head)]  # the claim after the assurance
    future = near[0] if near else (futures[-1] if futures else None)
    joints = list(_TR_JOINT.finditer(rest, 0, future.start())) if future else []
    if joints:  # "…değiştiremiyoruz ama bir sonraki uçuşta yer açılacak": the clause with the claim
        head, rest = head + rest[:joints[-1].end()], rest[joints[-1].end():]
    # after an SMS's sender tag or a short lead-in ("FotoBaski: …", "Harika haber: …") a sentence opens; after a clause
    # ("… hiç dert etmeyin: …") the lead goes on in lower case and the word after it stays as written ("İstanbul")
    opens = not head or (head.rstrip().endswith(":") and len(head.split()) <= 2)
    lead = _TR_LEADS[0] if opens else _TR_LEADS[1]
    if is_plain_turkish(sentence):
        lead = strip_turkish_letters(lead)
    words = rest.split(maxsplit=2)
    name = bool(words) and ("'" in words[0] or "’" in words[0] or words[0].isupper()
                            or (len(words) > 1 and words[1][:1].isupper()
                                # (a day or a month is capitalised anyway: "Kolileriniz Cuma günü …")
                                and not re.match(_CALENDAR_WORD, strip_turkish_letters(turkish.lower(words[1]))))) \
        and words[0] not in _TR_NOT_A_NAME  # "O gün Göcek'te …": a pronoun before a place, not a name
    # ("Eğitmenimiz Ece'yle …": a noun with our possessive before a name is no name itself)
    name = name and not ("'" not in words[0] and re.search(r"(?:[ıiuü]m[ıiuü]z|[ıiuü]n[ıiuü]z)$", words[0]))
    if words and not name and opens:  # mid-sentence the word is as the draft wrote it ("…, Pazartesi teslim …")
        rest = lower_first(rest, "tr")  # (a weekday or a month keeps its capital: "… göre Pazartesi sabah …")
    return f"{head}{lead} {rest}"


_TR_NOT_A_NAME = frozenset("O Bu Şu Su Bir Her Bunun Onun Şunun Bundan Ondan Burada Orada Bugün Bugun Yarın Yarin".split())
# a fix reported as settled: "Siteniz %100 düzeldi" → "Şu anki bilgilere göre siteniz düzeldi"
_TR_SETTLED_PAST = re.compile(r"(?i)\b(?:düzel|duzel|çözül|cozul|gideril|halledil|onarıl|onaril|tamamlan|hallol)"
                              r"(?:d[ıiuü]|m[ıiuü]ş(?:t[ıiuü]r)?|m[ıiuü]s)\b")
# a claim in the aorist at the sentence's end: "Bu hafta içinde makineniz çalışır"
_TR_AORIST_END = re.compile(r"(?i)\b\w{2,}(?:[ae]r|[ıiuü]r)\s*[,;]?\s*[.!?]*\s*$")
_TR_WHATEVER = re.compile(r"(?i)(?<!\w)(?:hava|durum|sonuç|sonuc|koşullar|kosullar|trafik)\w*(?:\s+(?:koşulları|kosullari|durumu))?"
                          r"\s+ne olursa olsun\b,?\s*"
                          # a tag at the clause's end: "…, kargo ne yaparsa yapsın."
                          r"|\s*,\s*(?:\w+\s+)?ne (?:yaparsa yapsın|yaparsa yapsin|olursa olsun)(?=\s*[.!?]*\s*$)"
                          # "even if …" after the claim: "…, taş ocağından gecikme olsa bile" (the claim's absolute)
                          r"|\s*,\s*(?:[^\W\d_]+['’]?\w*\s+){1,4}(?:olsa bile|olsa da|bile olsa)(?=\s*(?:[,.!?…]|$))")
# a closing clause that vouches for someone's record with "never" in the aorist: ", kargo firması asla gecikmez"
TR_NEVER_TAG = re.compile(r"(?i),\s*(?:[^\W\d_]+\s+){0,3}(?:asla|hiçbir zaman|hicbir zaman)\s+[^\W\d_]+(?:maz|mez)(?:lar|ler)?"
                           r"(?=\s*[,.!?;]|\s*$)")
_TR_SETTLED = re.compile(r"(?i)(?<!\w)(?:tamamen|kalıcı olarak|kalici olarak|kökten|kokten)\s+"
                         r"(?=(?:çözüldü|cozuldu|giderildi|düzeldi|duzeldi)\b)")


def _removed(rx: re.Pattern[str], text: str, at: int) -> tuple[str, int]:
    """``text`` without ``rx``'s matches, and where the position ``at`` is afterwards."""
    pieces, cursor, shift = [], 0, 0
    for m in rx.finditer(text):
        pieces.append(text[cursor:m.start()])
        cursor = m.end()
        if m.end() <= at:
            shift += m.end() - m.start()
        elif m.start() < at:
            shift += at - m.start()
    pieces.append(text[cursor:])
    return "".join(pieces), at - shift


# a contact-back in the aorist (folded): "size ulaşır", "sizi arar", "size döner"
_TR_CONTACT_AORIST = re.compile(r"\b(?:size|sizi|sana|seni|sizinle|seninle)\s+(?:\w+\s+)?(?:ulasir|arar|doner|yazar|haber verir"
                                r"|bilgi verir|donus yapar|iletisime gecer)\b")
_TR_SPEED = re.compile(r"(?i)(?:hemen|derhal|anında|aninda|hemencecik)\b\s*")
_TR_OTHER_ABSOLUTE = re.compile(r"(?i)(?<!\w)(?:kesin\w*|garanti\w*|asla|mutlaka|muhakkak|söz\s+ver\w*|soz\s+ver\w*|%\s?100|100\s?%"
                                r"|hiçbir zaman|hicbir zaman|bir daha)(?!\w)")


# a thing guaranteed as the assurance's object, a noun in the accusative: "haritanın orijinalliğini garanti ediyorum"
# (not a pronoun standing for the claim before it: "bunu garanti ederim")
_TR_GUARANTEED_THING = re.compile(r"(?i)(?<!\w)(?!(?:bunu|onu|şunu|sunu|bunları|bunlari|onları|onlari)\s)(?P<thing>\w{3,}(?:[yn][ıiuü]|l[ıi]ğ[ıi]n[ıi]|l[uü]ğ[uü]n[uü]))"
                                  r"\s+garanti\s+(?:ediyorum|ederim|ediyoruz|ederiz|veriyorum|veririm|veriyoruz)(?!\w)")


def guarantees_a_thing(sentence: str) -> bool:
    """Whether a Turkish assurance has a noun as its object ("haritanın orijinalliğini garanti ediyorum"): the
    agent's own guarantee of a thing, which neither "büyük ihtimalle" nor "bekliyoruz" can say. A framed claim
    ("geleceğini garanti ediyorum") is not one."""
    thing = _TR_GUARANTEED_THING.search(sentence)
    return bool(thing) and not re.search(r"(?i)(?:[dt][ıiuü]ğ|[ae]c[ae]ğ)[ıiuü]n[ıiuü]$", thing.group("thing"))


def hedge_tr(sentence: str, anchor: int) -> str | None:
    """Turkish: the assurance words go and the claim stays a plain statement ("Tutar kesinlikle
    iade edilecek" → "Tutar iade edilecek"); a framed claim is expected ("geleceğini garanti
    ediyorum" → "gelmesini bekliyoruz") and an absolute negative is stated as things stand in its own
    clause ("…, şu anki bilgilere göre bu sorun bir daha yaşanmayacak")."""
    capital = sentence[:1].isupper()
    drafted = sentence  # (the sentence as written: a removal below counts as an edit)
    speed = _TR_SPEED.match(sentence, anchor) if 0 <= anchor < len(sentence) else None
    if speed and not _TR_OTHER_ABSOLUTE.search(sentence[:anchor] + sentence[speed.end():]):
        # "yol yardım firmamız hemen yanınızda olacak" → "… yanınızda olacak": only the speed was promised beyond
        # our control; "büyük ihtimalle" would put the help itself in doubt
        return _tidy(sentence[:anchor] + sentence[speed.end():], "tr", capital)
    if guarantees_a_thing(sentence):
        return None  # "haritanın orijinalliğini garanti ediyorum": a thing guaranteed, not a claim to hedge
    # "sorunlar tamamen çözüldü, bir daha …": the settled fact loses its absolute with the claim
    sentence = _TR_SETTLED.sub("", sentence)
    # "hava ne olursa olsun konser …": the assurance goes with its own subject
    sentence = _TR_WHATEVER.sub("", sentence)
    # "…, kargo firması asla gecikmez": a reassurance about someone's record adds no fact; it goes whole
    sentence = TR_NEVER_TAG.sub("", sentence)
    fact = _TR_FACT_FRAMED.search(sentence)
    if fact and not _TR_FRAMED.search(sentence):
        # "pulun orijinal olduğunu garanti ediyorum" → "… olduğunu düşünüyoruz": a present fact is what we think
        # ("olduğunu bekliyorum" would not be Turkish)
        mine = re.search(r"(?:[uıiü]m|[ıi]m)\b|\beminim\b|\bederim\b", fact.group("frame"))
        think = "düşünüyorum" if mine and turkish.address_form(sentence) == "sen" else "düşünüyoruz"
        think = strip_turkish_letters(think) if is_plain_turkish(sentence) else think
        text = _TR_ADVERB.sub("", sentence[:fact.start("frame")]).rstrip() + f" {think}" + sentence[fact.end("frame"):]
        return _tidy(text, "tr", capital)
    framed = _TR_FRAMED.search(sentence)
    if framed:
        # "Paketin yarın geleceğini garanti ediyorum" → "Paketin yarın gelmesini bekliyorum"; the customer's own outcome below
        person = framed.group("person").lower()
        if person.startswith(("nız", "niz")):
            # "iş bulacağınızı garanti ediyoruz" → "iş bulacağınızı düşünüyoruz": the customer's own outcome is what we
            # think ("bulmanızı bekliyoruz" would read as a demand on them)
            think = strip_turkish_letters("düşünüyoruz") if is_plain_turkish(sentence) else "düşünüyoruz"
            nominal = sentence[framed.start():framed.end("person")]
            if nominal[-1:] in "aeAE":  # "geçeceğinize söz veriyorum" → "geçeceğinizi düşünüyoruz" (the accusative)
                nominal = nominal[:-1] + {"a": "ı", "e": "i", "A": "I", "E": "İ"}[nominal[-1]]
            # ("bir daha asla böcek görmeyeceğinizi" → "bir daha böcek görmeyeceğinizi düşünüyoruz": no "never" left)
            before = re.sub(r"(?i)(?<!\w)(?:asla|hiçbir zaman|hicbir zaman)\s+", "", _TR_ADVERB.sub("", sentence[:framed.start()]))
            text = before + nominal + f" {think}" + sentence[framed.end():]
            return _tidy(text, "tr", capital)
        template = "mAmIzI" if person.startswith("m") else "mAsInI"
        nominal = turkish.suffix(framed.group("stem") + (framed.group("neg") or ""), template, proper=False,
                                 diacritics=not is_plain_turkish(sentence))
        mine = re.search(r"(?:[uıiü]m|[ıi]m)\b|\beminim\b|\bederim\b", framed.group("frame"))
        verb = "bekliyorum" if mine and turkish.address_form(sentence) == "sen" else "bekliyoruz"  # a letter: "we"
        # its own "kesinlikle", "mutlaka" go too: "kesinlikle hiçbir sorun çıkmamasını bekliyoruz" still assures
        text = _TR_ADVERB.sub("", sentence[:framed.start()]) + f"{nominal} {verb}" + sentence[framed.end():]
        return _tidy(text, "tr", capital)
    if _TR_COMPLEMENT.search(sentence):
        return None  # "Onay çıkacağından hiç şüpheniz olmasın": the clause hangs on the assurance
    likely = _TR_LIKELY_OUTCOME.search(sentence)
    if likely and _TR_CONTACT_AORIST.search(fold_phrase(sentence)) and _TR_ADVERB.search(sentence):
        # "… birisi size mutlaka ulaşır": a contact-back of ours only loses its "mutlaka" ("büyük ihtimalle" would put
        # the call itself in doubt)
        return _tidy(_TR_ADVERB.sub("", sentence, count=1), "tr", capital)
    if likely and not (_TR_NEVER.search(sentence) or _TR_AGAIN.search(sentence) or _TR_NONE.search(sentence)):
        # "vizeniz kesin çıkar" → "vizeniz büyük ihtimalle çıkar": an outcome in the aorist or present, likely rather
        # than assured, said in place ("şu anki bilgilere göre … çıkar" would still assure it)
        words = "buyuk ihtimalle" if is_plain_turkish(sentence) else "büyük ihtimalle"
        if likely.start(1) == 0 or sentence[:likely.start(1)].rstrip().endswith((".", "!", "?", ":")):
            words = words[:1].upper() + words[1:]
        text = sentence[:likely.start(1)] + "\x01" + sentence[likely.end(1):]
        for rx in (_TR_CATAPHORIC, _TR_ASSURANCE_STUB, _TR_INTENSIFIER):  # any other assurance in it goes
            text, _ = _removed(rx, text, 0)
        if not re.search(r"(?i)(?<!\w)(?:hemen|kesinlikle|kesin|mutlaka|muhakkak)(?!\w)", text):
            return _tidy(text.replace("\x01", words), "tr", capital)
        # (a second assurance this cannot place, "hemen … verilecek": the claim is stated as things stand, below)
    # (the anchor follows the removals: the claim after "söz veriyorum, …" is found where the words were)
    text, anchor = _removed(_TR_CATAPHORIC, sentence, anchor)
    text, anchor = _removed(_TR_ASSURANCE_STUB, text, anchor)
    text, anchor = _removed(_TR_INTENSIFIER, text, anchor)
    if text != drafted and _TR_HANGING.search(text):
        return None  # "… geçeceğini de garanti ederim" without its verb is not a sentence
    if text != drafted:
        # "1 hafta içinde kesin teslim ederiz, garanti veriyorum": the claim's own "kesin" goes with the assurance
        text = re.sub(r"(?i)(?<!\w)(?:kesin|kesinlikle|mutlaka|muhakkak)\s+(?=[^\W\d_]+\s+(?:eder|ed[ie]|yapar|yapaca|verir|verece"
                      r"|gönderir|gonderir|göndere|gondere|teslim|hallede|çözer|cozer))", "", text)
    absolute = _TR_NEVER.search(text) or _TR_AGAIN.search(text) or _TR_NONE.search(text)
    if not absolute and text != drafted:
        # "trafik ne olursa olsun [,] gecikme yaşanmayacak, garanti" → "gecikme yaşanmamasını bekliyoruz": the claim the
        # assurance stood on is a negative, what we expect (and an earlier claim that lost its assurance is stated
        # as things stand)
        expected = _expected_none(text)
        if expected is not None:
            new_text, clause_start = expected
            cut = len(os.path.commonprefix([text, sentence]))
            if cut < clause_start and _TR_FUTURE.search(text, 0, clause_start):
                new_text = _as_expected(new_text, 0)
            return _tidy(new_text, "tr", capital)
    if not absolute and text != drafted:
        # "bunlar bir hafta boyunca [kesinlikle] solmayacak": without its assurance the negative is still absolute,
        # so it is hedged as "asla" is ("… solmamasını bekliyoruz")
        absolute = _assured_negative(text, anchor)
    if not absolute and text != drafted and (_TR_FUTURE.search(text) or _TR_SETTLED_PAST.search(text)
                                              or _TR_AORIST_END.search(text)):
        # the lead covers the first claim an assurance stood in ("Onay çarşamba [kesin] çıkar, perşembe … , garanti")
        first_cut = len(os.path.commonprefix([text, sentence]))
        return _tidy(_as_expected(text, min(anchor, first_cut)), "tr", capital)
    if absolute:
        # "bir daha asla olmayacak": an absolute the hedge states as things stand (below)
        tail = text[absolute.end():]
        verb = _TR_NEG_FUTURE.search(tail)
        you = _TR_NEG_FUTURE_YOU.search(tail)
        # "bir daha asla yaşanmayacak" → "Şu anki bilgilere göre bir daha yaşanmayacak": the claim as things
        # stand ("-mAmalı" reads as "must not", and "-mAsInI beklemiyoruz" would need its subject in the genitive)
        if you and not verb or (you and verb and you.start() <= verb.start()):
            # "bir daha tek bir böcek görmeyeceksiniz" → "… görmeyeceğinizi düşünüyoruz": what we think, no absolute
            # ("görmemenizi bekliyoruz" reads as a demand on the customer)
            plain = is_plain_turkish(sentence)
            harmony = you.group(2)[-1]  # the negative's vowel: "me" → "meyeceğinizi", "ma" → "mayacağınızı"
            i = "ı" if harmony == "a" else "i"
            person = f"{i}n{i}z{i}" if you.group(3).lower() in ("ınız", "iniz") else f"{i}n{i}"
            ending = f"y{harmony}c{harmony}ğ{person}"
            think = "düşünüyoruz"
            if plain:
                ending, think = strip_turkish_letters(ending), strip_turkish_letters(think)
            verb_text = f"{you.group(1)}{you.group(2)}{ending} {think}"
            if re.match(r"\s+[^\W\d_]", tail[you.end():]):
                return None  # "… görmeyeceksiniz bizden": a word after the verb would follow "düşünüyoruz"
            head = text[:absolute.start()] + (absolute.groupdict().get("keep") or "")
            new = head + tail[:you.start()] + verb_text + tail[you.end():]
            return _tidy(new, "tr", capital)
        before_verb = text[:absolute.start()] + (absolute.groupdict().get("keep") or "") + (tail[:verb.start()] if verb else "")
        bare = re.search(r"(?i)(?:\b(?:daha|bir|hiçbir|hicbir|böyle bir|boyle bir)\s+)"
                         r"((?:(?!(?:daha|asla|hiç|hic|bir)\b)[^\W\d_]{2,}\s+){0,2}(?!(?:daha|asla|hiç|hic|bir)\b)[^\W\d_]{3,})\s+$",
                         before_verb) if verb and not you else None
        # one bare noun ("arıza"), or a compound whose head takes -(s)I ("kırık oyun ekipmanı"): no object, no genitive
        ending = (r"(?:[ıiuü]n|n[ıiuü]n|l[ae]r[ıi]|[ıiuü]m[ıiuü]z)$" if bare and " " in bare.group(1).strip()
                  else r"(?:[ıiuü]n|n[ıiuü]n|[ıiuü]|s[ıiuü]|l[ae]r)$")
        if bare and re.search(r"[dt][ae]n?$", bare.group(1).lower()):
            bare = None  # "bu araç bir daha [yolda] kalmayacak": a place, not the subject ("bu araç" would need "aracın")
        if bare and not re.search(ending, bare.group(1).lower()) \
                and _TR_NEG_FUTURE.fullmatch(verb.group()) and (verb.group(3) or "").lower() in ("a", "e") \
                and re.fullmatch(r"(?i)ol|çık|cik|yaşan|yasan|görül|gorul|tekrarlan|gerçekleş|gerceklesi?|kal|yaşa|yasa",
                                 verb.group(1)):  # (not "cihazınız arıza vermeyecek": the noun is an object there)
            # "bir daha arıza çıkmayacak" → "bir daha arıza çıkmamasını bekliyoruz": a bare noun subject needs no
            # genitive, so the claim becomes what we expect ("bu sorun yaşanmayacak" keeps the lead: "bu sorunun")
            nominal = _nominal_negative(verb, is_plain_turkish(sentence))
            head = text[:absolute.start()] + (absolute.groupdict().get("keep") or "")
            subject = tail[:verb.start()]
            if re.search(r"(?i)\b(?:böyle|boyle|bu tür|bu tur|bu türden|bu turden)\s+bir\s+" + re.escape(bare.group(1).strip()) + r"\s+$",
                         head + subject) and " " not in bare.group(1).strip():
                # "böyle bir kesinti" is a definite subject: "böyle bir kesintinin yaşanmamasını bekliyoruz"
                noun = bare.group(1).strip()
                genitive = turkish.suffix(noun, "nIn" if noun[-1].lower() in "aeıioöuü" else "In", proper=False,
                                          diacritics=not is_plain_turkish(sentence))
                where = (head + subject).rstrip().rfind(noun)
                joined = (head + subject)[:where] + genitive + " "
                new = joined + f"{nominal} bekliyoruz" + tail[verb.end():]
                return _tidy(new, "tr", capital)
            if turkish.lower(bare.group(1).strip()) == "kimse":
                # "bu sorunu bir daha kimse yaşamayacak" → "… kimsenin yaşamamasını bekliyoruz": a person takes the genitive
                at = subject.rstrip().rfind(bare.group(1).strip())
                subject = subject[:at] + bare.group(1).strip() + "nin" + subject[at + len(bare.group(1).strip()):]
            new = head + subject + f"{nominal} bekliyoruz" + tail[verb.end():]
            return _tidy(new, "tr", capital)
        expected = _expected_not(text, absolute, verb, sentence) if verb and not you else None
        if expected:
            cut = len(os.path.commonprefix([text, sentence])) if text != sentence else len(text)
            joints = list(_TR_CLAUSE_JOINT.finditer(text, 0, absolute.start()))
            if cut < (joints[-1].start() if joints else 0) and _TR_FUTURE.search(text, 0, absolute.start()):
                # an assurance went from an earlier claim too ("[kesinlikle] teslim edilecek, …"): it is stated as
                # things stand
                expected = _as_expected(expected, 0)
            return _tidy(expected, "tr", capital)
        if you or verb:
            # an assurance went from an earlier clause: "…, [kesin] elinde olur, hiçbir aksilik çıkmaz"
            cut = len(os.path.commonprefix([text, sentence])) if text != sentence else len(text)
            joints = list(_TR_CLAUSE_JOINT.finditer(text, 0, absolute.start()))
            earlier = cut < (joints[-1].start() if joints else 0)
            text = text[:absolute.start()] + (absolute.groupdict().get("keep") or "") + tail
            if earlier and _TR_FUTURE.search(text, 0, absolute.start()):
                # the lead goes before the first claim and covers the absolute after it too
                return _tidy(_as_expected(text, 0), "tr", capital)
            # the lead opens the clause that makes the claim ("güncelledik, [şu anki bilgilere göre] bu sorun …")
            joint = list(_TR_CLAUSE_JOINT.finditer(text, 0, absolute.start()))
            if not joint:
                return _tidy(_as_expected(text, anchor), "tr", capital)
            at = joint[-1].end()
            lead = _TR_LEADS[1]
            lead = strip_turkish_letters(lead) if is_plain_turkish(sentence) else lead
            return _tidy(f"{text[:at]}{lead} {text[at:]}", "tr", capital)  # mid-sentence, the word keeps its case
    if text == drafted:
        return None
    return _tidy(text, "tr", capital)


# what may open a clause before its subject: "bundan sonra", "yarından itibaren", "motoru değiştirdikten sonra"
_TR_FROM_NOW = re.compile(r"(?i)^(?:(?:bundan sonra|bundan böyle|bundan boyle|artık|artik|bu sefer|bu kez|inşallah|insallah"
                          r"|[\w']+ itibaren|(?:[\w']+\s+){0,3}[\w']+[dt][ıiuü]kt[ae]n sonra|[\w']+[dt][ae]n sonra)\s*,?\s+)+")
_TR_FROM_NOW_AFTER = re.compile(r"(?i)(?:\s+(?:bundan sonra|bundan böyle|bundan boyle|artık|artik|bu sefer|bu kez))+\s*$")
_TR_OWNED = re.compile(r"(?i)(?:[ıiuü]n[ıiuü]z|l[ae]r[ıi]n[ıi]z)$")  # "kapınız", "botlarınız": the customer's own thing
# a problem named as a subject: "bu sorun", "aynı hata", "böyle bir gecikme", "o uğultu", "kapınız"
_TR_PROBLEM = (r"sorun(?:lar)?|hata(?:lar)?|arıza|ariza|gecikme|kesinti|aksaklık|aksaklik|aksilik|problem|durum|olay|şey|sey"
               r"|yanlışlık|yanlislik|karışıklık|karisiklik|sıkıntı|sikinti")
_TR_SUBJECT = re.compile(
    r"(?i)^(?:(?P<det>bu|şu|su|o|aynı|ayni|böyle bir|boyle bir|bu tür bir|bu tur bir|bu türden bir|bu turden bir"
    r"|benzer bir)\s+)?(?P<noun>[^\W\d_]+)$")
_TR_CASE_END = re.compile(r"(?i)(?:[dt][ae]n?|[ny][ae]|[ny][ıiuü]|[bcçdfgğhjklmnprsştvyz][ae])$")


# what may stand in a negative claim before its verb without being its subject: a problem, a span of time, a place
_TR_NONE_WORD = re.compile(rf"(?i)(?:{_TR_PROBLEM}|bir|geç|gec|dakika|saniye|gun|gün|an|bile|de|da|hic|hiç|\w+['’]?(?:d|t)[ae])")


# our own decision in the negative, good news we keep as it stands: "ek ücret alınmayacak", "iade talep edilmeyecek"
_TR_OUR_DECISION = re.compile(r"(?i)(?:al[ıi]n|yans[ıi]t[ıi]l|uygulan|kesil|isten|edil|kapat[ıi]l|silin|yap[ıi]l"
                              r"|[üu]cretlendiril|faturaland[ıi]r[ıi]l)")
_HERE = re.compile(r"(?P<keep>)")  # an empty match: where a removed assurance stood


def _assured_negative(text: str, at: int) -> re.Match[str] | None:
    """Where an assurance stood (``at``, already removed) before a negative claim in the future, up to three
    words on in the same clause ("… boyunca [kesinlikle] solmayacak", "[kesinlikle] beklemeyeceksiniz"), as an
    empty match there; None when there is none, or when it is our own decision ("ücret alınmayacak")."""
    at = max(0, at)
    while at < len(text) and text[at].isspace():  # (the removal took the space before the word)
        at += 1
    verb = _TR_NEG_FUTURE_YOU.search(text, at) or _TR_NEG_FUTURE.search(text, at)
    if verb is None:
        return None
    between = text[at:verb.start()]
    if len(between.split()) > 3 or _TR_CLAUSE_JOINT.search(between) or _TR_OUR_DECISION.fullmatch(verb.group(1)):
        return None
    if not verb.group().lower().endswith(("cak", "cek", "caktır", "cektir", "caksınız", "ceksiniz", "caksın", "ceksin")):
        return None  # an aorist ("solmaz") is a property the likely-outcome path words
    return _HERE.match(text, at)


def _nominal_negative(verb: re.Match[str], plain: bool) -> str:
    """A negative future or aorist (``_TR_NEG_FUTURE``) as what is expected of it: "yaşanmayacak" → "yaşanmamasını",
    "gecikmez" → "gecikmemesini" (without Turkish letters in a plain-typed draft)."""
    harmony = verb.group(2)[-1]
    i = "ı" if harmony == "a" else "i"
    ending = f"m{harmony}s{i}n{i}"
    return f"{verb.group(1)}{verb.group(2)}{strip_turkish_letters(ending) if plain else ending}"


def _expected_none(text: str) -> tuple[str, int] | None:
    """The last clause of ``text`` when it is a negative claim with no subject of its own ("gecikme yaşanmayacak",
    "bir dakika bile gecikmez") as what we expect ("gecikme yaşanmamasını bekliyoruz"), and where the clause starts."""
    end = re.search(r"[\s.,;!?…\U0001F300-\U0001FAFF\u2600-\u27BF]*$", text).start()  # (an emoji may close it)
    verb = None
    for verb in _TR_NEG_FUTURE.finditer(text, 0, end):
        pass
    if verb is None or verb.end() != end or _TR_NEG_FUTURE_YOU.match(text, verb.start()):
        return None
    joints = list(_TR_CLAUSE_JOINT.finditer(text, 0, verb.start()))
    start = joints[-1].end() if joints else 0
    opening = OPENING.match(text, start)
    if opening and opening.end() <= verb.start():
        start = opening.end()
    adverbs = _TR_FROM_NOW.match(text[start:verb.start()])
    words = text[start + (adverbs.end() if adverbs else 0):verb.start()].split()
    if not words or len(words) > 4 or not all(_TR_NONE_WORD.fullmatch(w.strip(",")) for w in words):
        return None
    words_text = re.sub(r"(?i)\b(?:hiç|hic)\s+", "", text[start:verb.start()])  # "hiç" is the absolute that goes
    return text[:start] + words_text + f"{_nominal_negative(verb, is_plain_turkish(text))} bekliyoruz" + text[verb.end():], start


# a subject of two words whose head takes -(s)I: "verim kaybı", "kutunun ezilmesi (de)", after a time adverbial or not
_TR_COMPOUND_SUBJECT = re.compile(r"(?i)^(?:.*\b(?:sonra|önce|once|itibaren)\s+)?[^\W\d_]{2,}\s+(?P<head>[^\W\d_]{2,}?(?:s[ıiuü]|[ıiuü]))"
                                  r"(?:\s+(?:da|de))?$")
# a verb of something happening (its subject cannot be an object): "yaşanmayacak", "olmayacak", "tekrarlanmayacak"
_TR_HAPPENS = re.compile(r"(?i)ol|yaşan|yasan|tekrarlan|görül|gorul|gerçekleş|gerceklesi?|çık|cik")


def _expected_not(text: str, absolute: re.Match[str], verb: re.Match[str], sentence: str) -> str | None:
    """An absolute negative as what we expect: "bu sorun bir daha yaşanmayacak" → "bu sorunun bir daha
    yaşanmamasını bekliyoruz", "bundan sonra bir daha su sızdırmayacak" → "… su sızdırmamasını bekliyoruz";
    None unless the clause's subject is left out or is a named problem or the customer's own thing ("kapınız")."""
    keep = absolute.groupdict().get("keep") or ""
    tail = text[absolute.end():]
    between = tail[:verb.start()]
    if _TR_CLAUSE_JOINT.search(between) or len(between.split()) > 4:
        return None  # the verb belongs to another clause
    after = tail[verb.end():]
    if re.match(r"\s*[^\W\d_]", after):
        return None  # "… olmayacak bizden": a word after the verb would follow "bekliyoruz"
    joints = list(_TR_CLAUSE_JOINT.finditer(text, 0, absolute.start()))
    start = joints[-1].end() if joints else 0
    opening = OPENING.match(text, start)  # "Merhaba, …"
    if opening and opening.end() <= absolute.start():
        start = opening.end()
    pre = text[start:absolute.start()]
    adverbs = _TR_FROM_NOW.match(pre)
    cut = adverbs.end() if adverbs else 0
    later = _TR_FROM_NOW_AFTER.search(pre, cut)  # "Buzdolabınız bundan sonra bir daha …"
    subject = pre[cut:later.start() if later else len(pre)].strip()
    plain = is_plain_turkish(sentence)
    particle = re.match(r"(?i)(?:da|de)\s+", between)
    if particle:  # "…, asla da kaçmaz" → "…, kaçmamasını da bekliyoruz"
        between = between[particle.end():]
    words = between.split()
    if any(_TR_OWNED.search(w) for w in words[:-1]):
        return None  # "… programınız eski ayarına dönmeyecek": the subject stands before its object
    if words and _TR_OWNED.search(words[-1]):
        if subject:
            return None
        # "Bir daha sulama programınız sıfırlanmayacak" → "… programınızın sıfırlanmamasını bekliyoruz"
        at = between.rstrip().rfind(words[-1])
        between = between[:at] + turkish.suffix(words[-1], "(n)In", proper=False, diacritics=not is_plain_turkish(sentence)) \
            + between[at + len(words[-1]):]
    compound = None
    if subject:
        found = _TR_SUBJECT.match(subject)
        if not found:
            # "revizyondan sonra bu araç": a time adverbial before the subject stays as it is
            timed = re.match(r"(?i)^.*\b(?:sonra|önce|once|itibaren|için|icin)\s+(?P<rest>(?:bu|şu|su|o|aynı|ayni)\s+[^\W\d_]+)$", subject)
            found = _TR_SUBJECT.match(timed.group("rest")) if timed else None
        # (not when the subject follows the absolute: "ameliyat sonrası [asla] komplikasyon çıkmayacak")
        compound = None if found or between.strip() else _TR_COMPOUND_SUBJECT.match(subject)
        if compound and not _TR_HAPPENS.fullmatch(verb.group(1)):
            compound = None
        if not found and not compound:
            return None
    if compound:
        # "temizlikten sonra verim kaybı bir daha yaşanmayacak" → "… verim kaybının bir daha yaşanmamasını bekliyoruz",
        # "kutunun ezilmesi de …" → "kutunun ezilmesinin de …": a compound's head takes the genitive
        head_word = compound.group("head")
        at = pre.rfind(head_word)
        pre = pre[:at] + turkish.suffix(head_word, "(n)In", proper=False, diacritics=not plain) + pre[at + len(head_word):]
    elif subject:
        noun = found.group("noun")
        low = turkish.lower(noun)
        owned = _TR_OWNED.search(low)
        named = re.fullmatch(_TR_PROBLEM, low) or (found.group("det") and not _TR_CASE_END.search(low))
        pronoun = low in ("bu", "şu", "su") and not found.group("det")
        if not (owned or named or pronoun):
            return None
        genitive = turkish.suffix(noun, "(n)In", proper=False, diacritics=not plain)
        at = pre.find(noun, cut)
        pre = pre[:at] + genitive + pre[at + len(noun):]
    expect = " da bekliyoruz" if particle else " bekliyoruz"
    return text[:start] + pre + keep + between + _nominal_negative(verb, plain) + expect + after


_PERCENT = re.compile(r"100\s?%|%\s?100")
def others_decide(sentence: str, lang: str) -> bool:
    """Whether the sentence promises an approval or a payment someone else decides ("talebiniz onaylanacak")."""
    found = _OTHERS_DECIDE.get(lang)
    return bool(found and found.search(fold_phrase(sentence)))


# a person's safety promised (folded): "çocuğunuz … düşmez", "koltuk … oynamaz" (a child seat), "your child can't fall out"
_SAFETY_CLAIM = {"tr": re.compile(r"\b(?:cocug|bebe|bebeg|cocuk)\w*\b[^.!?]*\b(?:dus|yaralan|carp|kay|oyna)\w*m[ae]z\b"
                                  r"|\b(?:koltuk|kemer|file|korkuluk|kask)\w*\b[^.!?]*\b(?:oyna|kay|kop|yirtil|acil)\w*m[ae]z\b"),
                 "en": re.compile(r"\b(?:child|children|kids?|baby|toddler|son|daughter)\b[^.!?]*\b(?:can't|cannot|won't|will never)"
                                  r" (?:fall|slip|get hurt|be hurt|climb out)\b")}
# an approval or a decision someone else makes, promised as certain (folded)
_OTHERS_DECIDE = {
    "tr": re.compile(r"\b(?:talebiniz|basvurunuz|itiraziniz|dosyaniz|hasariniz|tazminat\w*)\b[^.;!?]*\b(?:onaylan|kabul edil|odenecek)\w*"
                     # a payout promised: "masraflarınız kuruşu kuruşuna karşılanacak"
                     r"|\b(?:masraf|zarar|hasar|bedel|fatura)\w*\b[^.;!?]*\b(?:karsilan|odenecek|tazmin edil)\w*"),
    "en": re.compile(r"\b(?:claim|application|appeal|request)\b[^.;!?]*\b(?:will (?:definitely |certainly )?be (?:approved|accepted|granted|paid out)"
                     r"|gets? (?:approved|accepted|granted|paid))\b"),
}
# a recovery, cure or healing claimed: "he'll make a full recovery", "tamamen iyileşecek"
_RECOVERY = {"en": re.compile(r"(?i)\b(?:full recovery|recover(?:s|ed)? (?:fully|completely)|be (?:completely |fully )?(?:cured|healed)"
                              r"|will (?:fully |completely )?(?:recover|heal))\b"),
             "tr": re.compile(r"(?i)\b(?:iyileş|iyiles|şifa|sifa|sağlığına kavuş|sagligina kavus)\w*"
                              r"|\bağrı\w*(?:\s+\S+){0,5}\s+(?:tamamen\s+)?geç\w*")}


# a kept "100%" that no longer reads: beside the hedge, alone at a clause's end, or before what we now only expect
_PERCENT_LEFT_ODD = re.compile(
    r"(?i)\bshould(?:n't)?\s+(?:\w+\s+){0,2}\x01|\x01\s*(?:[,.;:!?–—]|$)|^[^\w\x01]*\x01|\b(?:it|that|this)\s+\x01"
    r"|\x01\s+\w+(?:m[ae]s[ıi]n[ıi]|m[ae]n[ıi]z[ıi]|m[ae]m[ıi]z[ıi]|m[ae]n[ıi])\b|(?:göre|gore|kadarıyla|kadariyla)\s+(?:\w+\s+){0,3}\x01")


def claims_safety(sentence: str, lang: str) -> bool:
    """Whether the sentence promises a person's safety ("çocuğunuz asla düşmez", "your child can't fall out")."""
    found = _SAFETY_CLAIM.get(lang)
    return bool(found and found.search(fold_phrase(sentence)))


def claims_recovery(sentence: str, lang: str) -> bool:
    """Whether the sentence promises a recovery or cure ("she'll make a full recovery", "tamamen iyileşecek")."""
    return bool(_RECOVERY.get(lang, _RECOVERY["en"]).search(sentence))


def _keeping_percent(hedger: Callable[[str, int], str | None]) -> Callable[[str, int], str | None]:
    """``hedger`` that leaves "100%" where it is: a number is a fact the rewrite may not drop (the gate holds
    every number), so "The issue is 100% fixed and will never happen again" still gets "shouldn't happen again"
    and its "100%" stays for the agent."""
    def keeping(sentence: str, anchor: int) -> str | None:
        if not _PERCENT.search(sentence):
            return hedger(sentence, anchor)
        marks = _PERCENT.findall(sentence)
        marked = _PERCENT.sub("\x01", sentence)
        new = hedger(marked, anchor)
        if new is None or new.count("\x01") != len(marks) or (
                len(_PERCENT_LEFT_ODD.findall(new)) > len(_PERCENT_LEFT_ODD.findall(marked))):
            return None  # "should 100% be there", "…tomorrow, 100%.", "%100 geçmenizi bekliyoruz": the agent rewords it
        for mark in marks:
            new = new.replace("\x01", mark, 1)
        lang = "tr" if hedger is hedge_tr else "en"
        if lang == "en" and (_EN_FRAME.search(new) or _EN_TAG.search(new)):
            return None  # "I'm 100% sure …" still vouches for the claim
        return new
    return keeping


def hedge(
    text: str, sent_start: int, sent_end: int, anchor: int, lang: str, edited: str | None = None, hit: str | None = None,
) -> Suggestion | None:
    """The ``hedge`` transform on the sentence ``text[sent_start:sent_end]`` (``edited``: the same
    sentence after the rule's own span edit, if any); ``anchor`` is the hit's offset."""
    if hit is not None and _PERCENT.fullmatch(hit.strip()):
        return None  # "100%" is a number the rewrite keeps: the agent rewords it
    if _RECOVERY.get(lang, _RECOVERY["en"]).search(text[sent_start:sent_end]):
        return None  # "Max tamamen iyileşecek": a recovery no one can promise, hedged or not; the agent rewords it
    start, end = sentence_core(text, sent_start, sent_end)
    lead_emoji = re.match(rf"(?:{EMOJI.pattern}[\ufe0f\u200d]*\s*)+", text[start:end])
    if lead_emoji and lead_emoji.end() < end - start:
        start += lead_emoji.end()  # "… Selim Bey! 🙌 Kolileriniz kesinlikle …": the emoji closed the sentence before
    breaks = [m for m in _EMOJI_BREAK.finditer(text, start, max(start, min(anchor, end))) if m.end() < end]
    if breaks:
        # "Zeytin çok tatlı 😍 Programımızın sonunda asla …": the emoji closed the sentence before
        prefix = text[start:breaks[-1].end()]
        start = breaks[-1].end()
        if edited is not None:  # the rule's own edit of the sentence, from the same place
            edited = edited[len(prefix):] if edited.startswith(prefix) else None
    body, closing = emoji_tail(text[start:end])
    if closing and body.strip():
        edited_body, edited_closing = emoji_tail(edited) if edited is not None else ("", closing)
        if edited_closing.strip() == closing.strip():
            end = start + len(body.rstrip())  # "…, I guarantee it 😊": the emoji still closes the hedged sentence
            edited = edited_body.rstrip() if edited is not None else None
    if lang == "tr" and _PERCENT.search(text[start:end]):
        return None  # "Sorun %100 çözüldü, bir daha … vermez": the kept "%100" would still promise what the hedge takes back
    if others_decide(text[start:end], lang):
        return None  # "talebiniz kesinlikle onaylanacak": a decision someone else makes; "şu anki bilgilere göre" won't make it ours
    if claims_safety(text[start:end], lang):
        return None  # "çocuğunuz asla dışarı düşmez": a child's safety said to be only likely reads worse; the agent rewords it
    hedger = _keeping_percent(hedge_tr if lang == "tr" else hedge_en)
    new = None
    if edited is not None and hit is not None:
        # the assurance frame may cover the hit ("I give you my assurance that …"): hedge the draft's sentence
        whole = hedger(text[start:end], max(0, anchor - start))
        if whole is not None and (lang == "tr" or hit.lower() not in whole.lower()):
            new = whole
    if new is None:
        new = hedger(text[start:end] if edited is None else edited, max(0, anchor - start))
    if new is None or not new.strip():
        return None
    if lang == "en":
        # "We'll have someone sort it out, no question" → "We'll have someone sort it out": our own arrangement keeps
        # its "will" ("We should have someone …" reads as regret); only the absolute goes
        new = re.sub(r"(?i)\b(we|i) should (have|get) (someone|somebody|one of)\b", r"\1'll \2 \3", new)
        # "won't ever have a no-show again" hedged: "shouldn't have …", not "shouldn't ever have …"
        new = re.sub(r"\b(shouldn't|should not) ever\b", r"\1", new)
        # "nobody will get into that site again" hedged: "nobody should get in" reads as a rule, not what we expect
        new = re.sub(r"(?i)\b(nobody|no one|no-one) should (?:ever )?(?=[a-z])",
                     lambda m: ("We" if m.group(1)[:1].isupper() else "we") + " don't expect anyone to ", new)
        if not re.search(r"(?i)\b(it|them) \1\b", text[start:end]):
            # "Once we reseal it [I can promise you] it'll never …": the two clauses meet, so a comma goes between
            new = re.sub(r"(?i)\b(it|them) (\1)\b", r"\1, \2", new)
    if _PERCENT.search(text[start:end]) and len(_PERCENT_LEFT_ODD.findall(_PERCENT.sub("\x01", new))) > len(
            _PERCENT_LEFT_ODD.findall(_PERCENT.sub("\x01", text[start:end]))):
        return None  # "[I can promise you] 100% uptime from here on": the kept number no longer reads
    claim = fold_phrase(text[start:end]) if lang == "tr" else ""
    if lang == "tr" and not _TR_WHEN.search(claim) and not _TR_PROCESS.search(claim) \
            and (_CHATTY.search(text) or turkish.address_form(text) != "sen"):  # (a sen chat: "şu an gördüğüm kadarıyla")
        # an outcome with no schedule time ("bir sonraki partide renk aynı olacak", "bu ilaçla beyaz benek geçer") is
        # likely ("büyük ihtimalle"); "as things stand" reads as a forecast the team does not have and still assures it
        for formal, likely in zip(_TR_LEADS, _TR_LIKELY_LEADS):
            new = new.replace(formal, likely).replace(strip_turkish_letters(formal), strip_turkish_letters(likely))
    if lang == "tr" and turkish.address_form(text) == "sen":  # a chat: "şu an gördüğüm kadarıyla", not a letter's lead
        for formal, casual in zip(_TR_LEADS, _TR_CASUAL_LEADS):
            new = new.replace(formal, casual).replace(strip_turkish_letters(formal), strip_turkish_letters(casual))
    if lang == "tr" and is_plain_turkish(text):  # the lead it adds, typed like the rest of the chat
        for lead in (*_TR_LEADS, *_TR_CASUAL_LEADS):
            new = new.replace(lead, strip_turkish_letters(lead))
    if lang == "tr":
        new = _name_kept(text, start, new)
        folded_new = fold_phrase(new)
        likely = [folded_new.find(fold_phrase(lead)) for lead in _TR_LIKELY_LEADS if fold_phrase(lead) in folded_new]
        step = _TR_STEP_THEN_AND.search(folded_new)
        if likely and step and min(likely) < step.start():
            # "Yine de büyük ihtimalle personelimiz bir kez daha bakacak ve bulacağız": "likely" before our own step puts
            # the step in doubt and leaves what follows "ve" promised; the agent says what is done and when they will hear
            # ("şu anki bilgilere göre", the plan as things stand, may cover both)
            return None
    return _diff(text[start:end], new, start)


def _name_kept(text: str, start: int, new: str) -> str:
    """The sentence's first word keeps its capital after the lead when the draft writes it capitalised
    inside a sentence too: a name ("Arda sınavda …", after "oğlunuz Arda'nın …")."""
    first = re.match(r"[^\W\d_]+", text[start:])
    if not first or not first.group()[:1].isupper():
        return new
    word = first.group()
    inside = any(m.start() != start and text[:m.start()].rstrip()[-1:] not in ".!?:\n" and text[:m.start()].strip()
                 for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text))
    if not inside:
        return new
    lowered = turkish.lower(word[:1]) + word[1:]
    for lead in {*_TR_LEADS, *_TR_CASUAL_LEADS, *_TR_LIKELY_LEADS,
                 *(strip_turkish_letters(x) for x in (*_TR_LEADS, *_TR_CASUAL_LEADS, *_TR_LIKELY_LEADS))}:
        new = re.sub(rf"({re.escape(lead)},? ){re.escape(lowered)}(?!\w)", lambda m: m.group(1) + word, new)
    return new


# --- own_update -------------------------------------------------------------------------------

_EN_CONTACT = re.compile(
    # (a chat's subjectless "…, will update u when i hear back" too)
    r"(?i)(?:\b(?:we(?:'ll| will)|i(?:'ll| will)|we're going to|i'm going to)\s+|(?<=and )(?:will\s+)?|(?:(?<=, )|^)will\s+)"
    r"(?:(?:be|get) (?:back )?in touch(?: with you)?|ping (?:you|u)|report back|circle back|touch base(?: with you)?|loop back(?: with you)?"
    # (a chat's bare "Will update ASAP": the update is to the customer)
    r"|get back to (?:you|u)|come back to you|update (?:you|u)|update(?=\s+(?:asap|as soon as|soon|shortly|when|once)\b|\s*[.!]|\s*$)|let (?:you|u) know|reach out(?: to you)?|contact (?:you|u)|call (?:you|u)(?: back)?"
    r"|ring you(?: back)?|phone you(?: back)?|text (?:you|u)|message (?:you|u)|revert(?: back)?(?: to you)?"
    r"|email you|e-mail you|reply|respond|follow up(?: with you)?|send you an update|send (?:you )?(?:another|a further|a new|a fresh|one more) update|keep you (?:posted|updated|informed)"
    r"|send (?:you |over )?the details(?: over)?|be back (?:to you )?with (?:an|a full|a further|more of an|some) (?:update|answer|news)"
    r"|give you a (?:shout|call|ring|bell)|drop you an? (?:line|message|note|email|e-mail|text)|text (?:you )?back"
    # "we will advise (you) [in due course]" (not advice: "we'd advise you to keep the receipt")
    r"|advise(?: you)?(?! (?:you )?(?:to|that|on|against|of)\b)"
    # the verb alone before its condition: "We'll text once cleared"
    r"|(?:text|email|e-mail|call|ring|phone|message|write)(?= (?:once|when|whenever)\b))\b"
)
_EN_VAGUE = re.compile(
    r"(?i)\s*(?:,\s*)?\b(?:very |really |as )?(?:soon|shortly|asap|as soon as (?:possible|we can|we're able|they can)"
    r"|as quickly as (?:possible|we can|they can)|at (?:the )?earliest convenience|in due course|in the coming days"
    r"|at some point|promptly|swiftly|speedily|in a bit|any day now|before long)\b"
)
# a contact-back's "as it goes" ("update you as things progress"): no time frame, and no condition either
_EN_ALONG = r"(?:\s+(?:as (?:things|it|this|the work|work) (?:progress(?:es)?|moves? (?:along|forward)|develops?)|as we (?:learn|hear|find out|know) more|along the way))"
# the passive contact-backs ("size bilgi verilecektir"): said once, used by both patterns below
_TR_PASSIVE = r"bilgi verilecek|donus yapilacak|(?:geri )?donulecek|bilgilendirileceksiniz|aranacaksiniz|iletisime gecilecek|bildirilecek|donus saglanacak|haberdar edileceksiniz"
_TR_CONTACT = re.compile(
    r"\b(?:(?:donus (?:yapacag|saglayacag)|(?:geri )?doneceg|bilgi vereceg|bilgilendireceg|bildireceg|arayacag|yazacag|haber vereceg|haberdar edeceg"
    r"|iletisime gececeg|bilgi gececeg|ulasacag)(?:iz|im|ız|ım)"
    # the aorist ("dönüş gelince yazarım", "haber veririz") and the passive ("size bilgi verilecektir")
    r"|(?:donus yapar|doner|arar|yazar|haber verir|bilgi verir|bilgi gecer|iletisime gecer|haberdar eder|(?:sana|size) atar|(?:sana|size) ulasir|bildirir"
    r"|bilgilendirir)(?:im|iz)"
    # the present for a near future: "onaylar onaylamaz size dönüyoruz"
    r"|(?:(?:size|sana) (?:geri )?donuyor|donus yapiyor)(?:uz|um)"
    rf"|(?:{_TR_PASSIVE})(?:tir)?)\b")
# the result of the work as the contact-back's object ("sonucu", "karar hakkında"): not only an update
_TR_OUTCOME = re.compile(r"\b(?:sonuc|karar|cevab|cevap|yanit)\w*(?: hakkinda)?\s+(?:[\w']+\s+){0,4}$")
_TR_PASSIVE_CONTACT = re.compile(rf"(?:{_TR_PASSIVE})")
# work handed to someone else earlier in the sentence ("müdürümüze ilettik", "ekibine aktardım")
_TR_HANDOFF = re.compile(r"\b\w+(?:[ae]|[yn][ae]) (?:ilet|aktar|yonlendir|devret|havale et)\w*"
                         r"|\btarafindan\b")  # "yetkililer tarafından incelenip … dönüş sağlanacaktır": theirs
_TR_OWN_VERB = re.compile(r"\b\w+(?:[ae]c[ae][gğ][ıi](?:z|m)|[ıiuü]yoruz|[ıiuü]yorum)\b")


# a notice tied to the moment of something the sentence before timed ("He's on his way and should be with you at
# about 2:45 pm. I'll text you as soon as he's parked"): "as soon as" + a pronoun for it (folded)
# (the step's own end, not someone's answer: "once they respond" waits on others)
_POINTS_AT_TIMED = {"en": re.compile(r"(?:as soon as|once|when) (?:he|she|they|it)(?:'s|'re| is| are| has| have)?\s+(?:been\s+)?"
                                     r"(?:done|finished|ready|back|parked|there|here|arrived|arrives|delivered|leaves|left|fitted"
                                     r"|installed|sorted|on (?:his|her|their|its) way|out|dispatched|sent|complete|completed|reset"
                                     r"|fixed|collected|picked up|dropped off|set off|setting off|leave|leaving|on (?:the|their) way)\b"),
                    # the courier's or the technician's call on the visit the reply times: "kurye sizi arayıp bulacak"
                    "tr": re.compile(r"\b(?:kurye|teknisyen|usta|surucu|sofor|ekip sefi)\w*\b[^.!?]*\b(?:arayip|arayacak|arar)\b"
                                     # the call when setting off for the visit the reply times: "yola çıkarken sizi arayacak"
                                     r"|\byola (?:cikarken|ciktiginda|cikinca|cikmadan once)\b[^.!?]*\b(?:arayip|arayacak|arar|yazacak|haber verecek)\b"
                                     # the call once the timed work is done: "Çalışma bittiğinde sizi arayacağım"
                                     r"|\b(?:calisma|islem|kurulum|montaj|degisim|onarim|tamir)\w* (?:bittiginde|bitince|tamamlaninca|tamamlandiginda)\b"
                                     r"[^.!?]*\b(?:arayacag\w*|arayip|yazacag\w*|haber verecegi\w*|bilgi verecegi\w*)"
                                     # the step right after an arrival the reply times ("ETA'sı 5 iş günü. Parça gelir gelmez …")
                                     r"|\b(?:parca|urun|siparis|kargo|paket|cihaz|yedek parca)\w* (?:gelir gelmez|gelince|geldiginde"
                                     r"|ulasir ulasmaz|ulasinca|ulastiginda|elimize gecer gecmez)\b")}
# (not a time that names a thing: "the 9pm slot got double-booked")
_TIMED = {"en": re.compile(r"(?:\b\d{1,2}(?::\d{2})? ?(?:am|pm)\b|\b\d{1,2}:\d{2}\b|\b(?:today|tonight|this (?:morning|afternoon"
                           r"|evening)|within \d{1,2}(?:\s?[-–]\s?\d{1,2})? (?:working|business) days)\b)(?!\s*(?:slot|class|session|show|booking|appointment|reservation|train|flight|bus|ferry"
                           r"|sailing|table|game|match|performance|lesson|tour)s?\b)"),
          # (or a number of days for the arrival it points at: "tahmini varışı 5 iş günü", "within 5 working days")
          "tr": re.compile(r"\b\d{1,2}[:.]\d{2}\b|\b(?:bugun|bu aksam|bu sabah)\b|\b\d{1,2}(?:\s?[-–]\s?\d{1,2})? is gun\w*")}

def tied_to_timed_step(text: str, start: int, sent_start: int, sent_end: int, lang: str) -> bool:
    """Whether the sentence ``text[sent_start:sent_end]`` (searched from ``start``) is a notice tied to a step the
    reply times in the 300 characters before it ("… at about 2:45 pm. I'll text you as soon as he's parked"): the
    notice has its time frame."""
    return lang in _POINTS_AT_TIMED and bool(_POINTS_AT_TIMED[lang].search(fold(text[start:sent_end], lang))) \
        and bool(_TIMED[lang].search(fold(text[max(0, sent_start - 300):sent_start], lang)))


# a contact-back that brings someone's outcome: a day joined to it dates the outcome, not our update
_WITH_OUTCOME = re.compile(r"(?i)\bwith (?:a|an|the|your) (?:new )?(?:appointment|date|slot|visit|booking|quote|estimate)s?\b"
                           # a piece of work that may wait on others: "be in touch with your updated treatment plan"
                           r"|\bwith (?:a|an|the|your) (?:[\w-]+ ){0,2}?(?:plan|report|results?|findings|proposal|design|sample|mock-?up"
                           r"|drawings?|diagnosis|assessment|options|verdict|fix|solution|answer|resolution|decision|outcome)\b"
                           # (someone else's work product: "come back to you with numbers once she's had a look")
                           r"|\bwith (?:the |some |your |full )?(?:numbers|figures|prices|pricing|costs|costings|quotes|estimates)\b"
                           r"|\b(?:with|about) (?:(?:a|the|our|their|your) (?:final )?(?:decision|outcome|result|verdict|answer|offer)s?"
                           r"|(?:(?:their|the|your|some) )?feedback)\b")
_DECISION_WORD = re.compile(r"(?i)\b(?:decision|decide|outcome|verdict|result of (?:the|your) (?:review|appeal|claim))\b")
_EN_HOPE_LEAD = re.compile(r"(?i),?\s*\b(?:hopefully|fingers crossed|with any luck)\s*$")
_PURE_VAGUE = re.compile(
    r"(?:very |really |as )?(?:soon|shortly|asap|as soon as possible|as quickly as possible|promptly|swiftly|speedily"
    r"|in the (?:coming|next few) (?:days|weeks)|over the (?:coming|next few) (?:days|weeks)"
    r"|in a bit|later on|at some point|at some stage|in due course|before long|any day now|in a timely manner|at the earliest opportunity"
    r"|(?:over|in) the next little while|as (?:soon|quickly|fast) as (?:we|i|they) (?:can|are able)|as soon as we're able"
    r"|in (?:next to )?no time"
    r"|in the (?:not too distant|near) future|(?:once|when) things (?:settle|calm|quieten|quiet) down(?: a bit)?(?: here| there)?|when (?:they|we|he|she|i) can|when (?:we|i) get (?:a|the) (?:chance|minute)"
    r"|(?:when|whenever) (?:they|we|someone) (?:gets?|got) (?:a)?round to it"
    r"|(?:en |cok |çok )?kisa (?:surede|sure icinde|sure icerisinde|zamanda)|en kisa zamanda|en yakin zamanda|yakinda"
    r"|bir an once|mumkun olan en kisa surede|uygun bir zamanda|musait bir zamanda|ilk firsatta"
    r"|ivedilikle|en kisa surede|en kısa sürede|ilerleyen gunlerde|onumuzdeki gunlerde)"
)


# a vague time that is a clause of its own ("when she can", "as soon as we can"), and a verb going on after it
_OWN_CLAUSE = re.compile(r"(?:when|whenever|as soon as|as quickly as|as fast as) (?:they|we|he|she|i) (?:can|are able)")
# a Turkish arrival said right after the vague time ("önümüzdeki günlerde [elinizde olur]"): alone it dangles
TR_ARRIVES_AFTER = re.compile(r"(?i)\s+(?:(?:elinizde|elinize|kapınızda|kapinizda|kapınıza|kapiniza|hesabınızda|hesabinizda"
                              r"|hesabınıza|hesabiniza|adresinizde|adresinize|dönüş|donus)\s+(?:olur|olacak(?:tır|tir)?|ulaşır|ulasir|ulaşacak|ulasacak|gelir|gelecek"
                               r"|yansır|yansir|yansıyacak|yansiyacak)"
                               # a place said with the copula: "ilk fırsatta ekip oradadır" would read "the crew is there"
                               r"|(?:\w+\s+)?(?:orada|burada|kapınızda|kapinizda|adresinizde|yolda|yanınızda|yaninizda)(?:d[ıi]r|y[ıi]z|d[ıi]rlar)?)\s*[.!?…]*\s*$")
_EN_VERB_GOES_ON = re.compile(r"\s+(?!(?:and|or|but|so|then|too|though|with|for|about|on|as)\b)[a-z]")


def fold_phrase(text: str) -> str:
    """A phrase lower-cased, without Turkish letters, for comparing with :data:`_PURE_VAGUE`."""
    return strip_turkish_letters(turkish.lower(text.strip()))


_DONE_STATE = re.compile(
    r"(?i)\b(?:is|are|be|'s|'re)\s+(?:out|ready|back|done|fixed|available|live|resolved|sorted|up|over|in stock)\s*$"
    # "should land [any day now]", "will arrive [soon]": a bare arrival verb reads as done or odd without its time
    r"|\b(?:should|will|'ll|to)\s+(?:land|arrive|come through|go through|clear|reach you|show up|appear)\s*$")


def update_sentence(lang: str, deadline: str, plain: bool = False, sen: bool = False, singular: bool = False) -> str:
    """The agent's own next update, as a sentence, in the draft's voice: *I* where the draft
    speaks as I, *we* otherwise; Turkish also in its register (no Turkish letters in a chat typed
    without them, ``sana`` where the draft says *sen*)."""
    if lang == "tr":
        verb = "vereceğim" if singular else "vereceğiz"
        sentence = f"{deadline} gününe kadar {'sana' if sen else 'size'} bilgi {verb}."
        return strip_turkish_letters(sentence) if plain else sentence
    return f"{'I' if singular else 'We'}'ll update you by {deadline}."


_SINGULAR = {
    "en": (re.compile(r"\bI(?:'ll| will|'m|'ve| am| have)\b"), re.compile(r"(?i)\bwe(?:'ll| will|'re|'ve| are| have)?\b")),
    # ("Dağıtım", "eğitim", "yardım" are nouns; a letter signed "Saygılarımızla" speaks as we)
    "tr": (re.compile(r"(?i)\b(?!(?:dağıtım|dagitim|eğitim|egitim|yardım|yardim|yönetim|yonetim|üretim|uretim|iletim|tüketim"
                      r"|tuketim|satım|satim)\b)\w+(?:[ae]c[ae][ğg][ıi]m|[ıiuü]yorum|[dt][ıiuü]m)\b"
                      # the aorist "sana iletirim", "bakarım", "yazarım" (not a noun such as "birim")
                      r"|\b(?!(?:birim|kararım|kararim|bildirim|yatırım|yatirim|onarım|onarim|tarım|tarim|sarım|sarim|sunucum)\b)"
                      r"\w{3,}(?:[ae]r|[ıiuü]r)[ıiuü]m\b"),
           re.compile(r"(?i)\w+(?:[ae]c[ae][ğg][ıi]z|[ıiuü]yoruz|[dt][ıiuü]k)\b|\bsayg[ıi]lar[ıi]m[ıi]zla\b")),
}


@lru_cache(maxsize=512)
def register(text: str, lang: str) -> tuple[bool, bool, bool]:
    """(written without Turkish letters, says *sen*, speaks as *I* rather than *we*) for a draft."""
    me, us = _SINGULAR.get(lang, _SINGULAR["en"])
    singular = bool(me.search(text)) and not us.search(text)
    if lang != "tr":
        return False, False, singular
    return is_plain_turkish(text), turkish.address_form(text) == "sen", singular


strip_turkish_letters = turkish.strip_diacritics  # Turkish letters as written in a chat without them


def is_plain_turkish(text: str) -> bool:
    """A Turkish draft written without Turkish letters (``siparisiniz yarin``): not one Turkish
    letter, and words that need them written without (a draft whose words need none is not)."""
    if re.search(r"[çğıöşüÇĞİÖŞÜ]", text):
        return False
    return turkish.is_diacriticless(text)


_TR_VAGUE_LEAD = re.compile(r"(?i)\s*\b(?:çok|en|daha)\s*$")  # "en" of "en kısa sürede", left before the vague words


# an aorist clause the next clause repeats as its condition: "gelir, gelince", "çıkar, çıkınca"
_TR_ECHOED_CONDITION = re.compile(r"\b(\w{2,}?)(?:ir|ır|ur|ür|er|ar)\s*,\s*(\1(?:ince|ınca|unca|ünce)\b)")


def _latest_day_clause(text: str, lang: str, deadline: str, contact_back: str = "") -> str:
    """The agent's latest next update joined to a contact-back that waits on something:
    ", and in any case by …" (English: the contact-back is said once).  Turkish, after
    ``contact_back`` (the clause it joins): our own conditional one is not said twice (", her durumda
    en geç … günü"); after a passive one, one handed to someone else, or none, our update is said in
    full ("; her durumda … gününe kadar size bilgi vereceğiz")."""
    if lang == "en":
        if _EN_OUTCOME_OBJECT.search(contact_back) or _EN_TEAM_CONTACT.search(contact_back):
            # (or a team's contact-back, "Our ops team will be in touch once …": a day there would be theirs)
            # "We'll let you know the figure once he's had a look": a day there would promise the figure; ours is said
            return _in_any_case(update_sentence(lang, deadline, *register(text, lang)))
        return f", and in any case by {deadline}"
    folded = strip_turkish_letters(turkish.lower(contact_back))
    contact = _TR_CONTACT.search(folded)
    handed_off = contact is not None and bool(_TR_HANDOFF.search(folded, 0, contact.start()))
    # a passive one ("…bilgilendirileceksiniz") would hang our day on its own news: ours is said in full
    if contact and conditional(contact_back, lang) and not handed_off and not _TR_PASSIVE_CONTACT.match(contact.group()) \
            and not _TR_OUTCOME_CONTACT.search(folded) and not _TR_IF_EVENT.search(folded, 0, contact.start()) \
            and (not _TR_STEP_OR_OBJECT.search(folded[:contact.start()]) or contact.group().startswith("bilgi verece")):
        # (our update said in full would repeat the contact-back word for word: "… bilgi vereceğiz; … bilgi vereceğiz")
        return _said_once(text, deadline)
    return f"; her durumda {update_sentence(lang, deadline, *register(text, lang)).rstrip('.')}"


# a step or an outcome the contact-back carries (folded, right before it): "değişimi yapıp sizi bilgilendireceğiz",
# "yeni giriş saatinizi bildireceğiz": a day said once there would date the step or the outcome, so ours is said in full
_TR_STEP_OR_OBJECT = re.compile(r"(?:\b(?!(?:incele|bak|kontrol|arastir|sor|gorus|konus|danis|ogren|teyit|degerlendir|takip)\w*\b)"
                                r"\w+(?:[iu]p|y[iu]p)\s+(?:[\w']+\s+){0,2}"
                                r"|\b(?!(?:sizi|seni|bunu|onu|sonucu)\b)\w{3,}(?:[iu]n[iu]|s[iu]n[iu]|n[iu]z[iu])\s+)$")


def _said_once(text: str, deadline: str) -> str:
    """Our latest day after our own Turkish contact-back, which is not said again: ", her durumda en geç … günü"."""
    clause = f", {SAID_ONCE.format(deadline=deadline)}"
    return strip_turkish_letters(clause) if is_plain_turkish(text) else clause


SAID_ONCE = "her durumda en geç {deadline} günü"
SAID_BEFORE = "her durumda da en geç {deadline} günü"  # the same, before the verb: "olduğunda, her durumda da en geç … günü size yazarız"


def _lead(template: str) -> str:
    """A day clause's words before its day ("her durumda en geç")."""
    return template.split("{", 1)[0].strip()


# news that may never come, before our contact-back (folded): "bir iptal olursa … haber veririz" (a day said once there
# would date the cancellation; our own update is said in full)
_TR_IF_EVENT = re.compile(r"\b(?:iptal|yer|bosluk|kontenjan|stok|degisiklik)\w*\s+(?:olursa|acilirsa|cikarsa|gelirse)\b"
                          # any aorist condition: "muadil bir parça bulabilirsek size haber veririz"
                          r"|\b\w{3,}(?:irse|irsa|urse|ursa|arsa|erse)(?:k|m|niz|n)?\b"
                          # whether it happens at all: "yer açılıp açılmayacağını … bildireceğiz"
                          r"|\b\w+(?:ip|up)\s+\w+m[ae]y[ae]c[ae]g[iu]n[iu]\b")
# a Turkish contact-back that brings the outcome itself (folded): "size bir teklif ile dönüş yapacağız" (a day said
# once there would be the offer's; our own update is said in full)
_TR_OUTCOME_CONTACT = re.compile(r"\b(?:teklif|proposal|sonuc|karar|fiyat|rapor|cozum)\w*\s+(?:ile|ıle)\s+(?:size\s+|sizinle\s+)?"
                                 r"(?:donus|geri don|bilgi|iletisim)")
# a contact-back whose object is the outcome itself ("let you know the figure", "tell you what they decide")
# (the vague time may stand between: "let you know ASAP what they can offer" — a day there would be on their offer)
_EN_OUTCOME_OBJECT = re.compile(r"(?i)\b(?:let you know|tell you|confirm|send you|give you)\s+"
                                r"(?:(?:asap|soon|shortly|as soon as (?:possible|i can|we can)|in due course)\s+)?(?:the\s+(?:figure|price|cost|quote|"
                                r"result|outcome|decision|verdict|total|amount|date)|what (?:they|he|she|it) (?:decide|find|say|can|could|will|offer|quote|charge)"
                                r"|how much (?:they|he|she|it)|whether|if)\b")


# the customer addressed at the end of a sentence: "… size dönüş yapacağız Murat Bey"
_TR_VOCATIVE_END = re.compile(r",?\s+[A-ZÇĞİÖŞÜ][a-zçğıöşü]+ (?:Bey|Hanım|Hanim)$")


# a condition closing right before our contact-back and its object ("gelişme olduğunda [size] bilgi vereceğiz")
_TR_CONDITION_BEFORE = re.compile(
    r"\b(?:\w+(?:inca|ince|unca|unce|[dt][iu]g[iu](?:n|m[iu]z|n[iu]z)d[ae]|[dt][iu]g[iu] anda|rsa|rse|[dt][iu]kt[ae]n sonra)"
    r"|(\w+)[aeiu]r (?=\1)\w+m[ae]z)"  # "döner dönmez" (as soon as it is back)
    r"(?=(?:\s+(?:size|sizi|sana|seni|sizinle|seninle|tarafiniza|hemen|tekrar|yeniden|tekrardan))*\s*$)")
# a passive contact-back and the same one said by us ("size bilgi verilecektir" → "size bilgi vereceğiz"), with
# the object the active one needs when the draft has none before it
_TR_PASSIVE_AS_OURS = (
    (re.compile(r"bilgi verilecek(?:tir)?$"), "bilgi vereceğiz", ""),
    (re.compile(r"donus yapilacak(?:tir)?$"), "dönüş yapacağız", ""),
    (re.compile(r"donus saglanacak(?:tir)?$"), "dönüş sağlayacağız", ""),
    (re.compile(r"(?:geri )?donulecek(?:tir)?$"), "döneceğiz", "size"),
    (re.compile(r"bilgilendirileceksiniz$"), "bilgilendireceğiz", "sizi"),
    (re.compile(r"aranacaksiniz$"), "arayacağız", "sizi"),
    (re.compile(r"haberdar edileceksiniz$"), "haberdar edeceğiz", "sizi"),
    (re.compile(r"iletisime gecilecek(?:tir)?$"), "iletişime geçeceğiz", "sizinle"),
)
PASSIVE_AS_OURS = tuple(verb for _, verb, _ in _TR_PASSIVE_AS_OURS)  # the verbs the gate lets that edit add


def as_singular(verb: str) -> str:
    """A first-person plural Turkish verb as singular: "vereceğiz" → "vereceğim", "yapacağız" → "yapacağım"."""
    return verb[:-1] + "m" if verb.endswith(("ız", "iz", "uz", "üz")) else verb
_TR_OBJECT_BEFORE = re.compile(r"(?:size|sizi|sizinle|tarafiniza)\s*$")
_TR_UPDATE_IN_FULL = re.compile(r"^; her durumda (?P<day>.+?) (?:gününe|gunune) kadar (?:size|sana) bilgi (?:vereceğ|vereceg)(?P<me>iz|im)\.?$")


def _passive_as_ours(sentence: str, clause: str) -> str | None:
    """A conditional passive contact-back said as ours with its latest day before the verb: "Uygun personel
    belirlendiğinde size bilgi verilecektir" → "Uygun personel belirlendiğinde, her durumda da en geç 7 Aralık
    Pazartesi günü size bilgi vereceğiz" (not a second "bilgi vereceğiz" after the first).  ``None`` when the
    sentence names another party ("… tarafından") or has no condition right before the contact-back."""
    full = _TR_UPDATE_IN_FULL.match(clause)
    folded = strip_turkish_letters(turkish.lower(sentence))
    contact = _TR_CONTACT.search(folded)
    if full is None or contact is None or not _TR_PASSIVE_CONTACT.match(contact.group()) or "tarafindan" in folded:
        return None
    if any(c.isalnum() for c in sentence[contact.end():]) or _TR_HANDOFF.search(folded, 0, contact.start()):
        return None  # (handed to a unit: whose news it is stays as written)
    active = next(((verb, obj) for rx, verb, obj in _TR_PASSIVE_AS_OURS if rx.search(contact.group())), None)
    condition = _TR_CONDITION_BEFORE.search(folded[:contact.start()])
    if active is None or condition is None:
        return None
    verb, obj = active
    if full.group("me") == "im":
        verb = as_singular(verb)
    between = sentence[condition.end():contact.start()].strip()
    if obj and not _TR_OBJECT_BEFORE.search(strip_turkish_letters(turkish.lower(between))):
        between = f"{between} {obj}".strip()
    day = SAID_BEFORE.format(deadline=full.group("day"))
    plain = not re.search(r"[çğıöşüÇĞİÖŞÜ]", clause)  # the clause comes in the whole draft's register
    tail = f", {day} {between} {verb}".replace("  ", " ")
    return sentence[:condition.end()].rstrip(" ,") + (strip_turkish_letters(tail) if plain else tail)


def _after_contact(sentence: str, clause: str, lang: str) -> str:
    """``sentence`` with our latest day ``clause`` right after its Turkish contact-back when more follows it
    ("Makine dönünce size haber veririz[, her durumda …]; fiyatınız 4.500 TL'de sabit kalacak"): at the end it
    would time the last clause instead; elsewhere the clause closes the sentence."""
    if lang == "tr":
        # "Onay [yakında] gelir, gelince size dönüş yapılacak": without its time the first clause only repeats
        # the condition ("Onay gelince …")
        sentence = _TR_ECHOED_CONDITION.sub(r"\2", sentence)
    then = re.search(r"(?i)\s+(?:and then|then)\b(?=[^.!?]*\b(?:we|i)\b)", sentence) if lang == "en" else None
    if then is not None:
        # "We'll come back to you once we've got them[, and in any case by …] and then we can lock in the build
        # date": at the end the day would time the next step instead of our update
        return sentence[:then.start()] + clause.rstrip(".") + "," + sentence[then.start():]
    contact = _TR_CONTACT.search(strip_turkish_letters(turkish.lower(sentence))) if lang == "tr" else None
    ours = _passive_as_ours(sentence, clause) if lang == "tr" else None
    if ours is not None:
        return ours
    said_once = strip_turkish_letters(clause.lstrip(", ")).startswith(strip_turkish_letters(_lead(SAID_ONCE)))
    condition = _TR_CONDITION_BEFORE.search(strip_turkish_letters(turkish.lower(sentence[:contact.start()]))) \
        if contact is not None and said_once else None
    if condition is not None:
        # "Gelişme olduğunda size bilgi vereceğiz" → "Gelişme olduğunda, her durumda da en geç … günü size bilgi
        # vereceğiz": the latest day stands with the condition, before the verb (not tacked on after it)
        at = condition.end()
        day = clause.lstrip(", ").replace("her durumda", "her durumda da", 1)  # SAID_ONCE as SAID_BEFORE
        return f"{sentence[:at].rstrip(' ,')}, {day} {sentence[at:].lstrip()}"
    if contact is not None and said_once:
        # "…, size haber veririz" as a clause of its own: the latest day goes before it, not tacked on after the verb
        # (also with its object and "ayrıca" before it: "…, gelişmeleri size ayrıca bildiririz")
        # (not a "then" that sequences it: "…, ardından size dönüş yapacağım" keeps the day after the verb)
        lead = re.search(r"[,;]\s+(?:(?!(?:ardindan|sonra|sonrasinda|daha)\b)[a-z']+\s+)?(?:(?:size|sana|sizi|seni|sizinle)\s+)?"
                         r"(?:ayrica\s+)?$",
                         strip_turkish_letters(turkish.lower(sentence[:contact.start()])))
        if lead is not None:
            at = lead.start() + 1
            return f"{sentence[:at]} {clause.lstrip(', ').rstrip('.')} {sentence[at:].lstrip()}"
    if contact is None or not any(c.isalnum() for c in sentence[contact.end():]):
        body, emoji = emoji_tail(sentence)  # "… haber veririz[, her durumda …] 🙏": the emoji still closes it
        return body + (clause.rstrip(".") if emoji else clause) + emoji
    clause = clause.rstrip(".")
    if clause.startswith(";"):  # "; her durumda … bilgi vereceğiz" before more words: a comma joins it
        clause = "," + clause[1:]
    if _TR_VOCATIVE_END.fullmatch(emoji_tail(sentence[contact.end():])[0]):
        clause += ","  # "… dönüş yapacağız[, her durumda …], Murat Bey": the name the sentence ends on stays last
    return sentence[:contact.end()] + clause + sentence[contact.end():]


# another clause after the contact-back's condition ("…, and in the meantime please continue your dose"):
# a latest day appended there would time that clause, so our update is a sentence of its own
_MORE_AFTER = re.compile(r"[,;]\s*(?:and |but )?(?:in the meantime|meanwhile|please|you|your|if)\b"
                         # "…, and Dr. Shah will go through the options with you then": another's step follows
                         r"|[,;]\s*(?:and|but)\s+(?:[\w.'’]+\s+){1,3}(?:will|would|can|could|should|may|might)\b")


# a sentence that is our contact-back from its first word ("We'll let you know what they decide")
# our contact-back opening the sentence or its last clause ("… to review it and we'll let you know what they decide")
_EN_CONTACT_LAST = re.compile(r"(?i)(?:^|\band\s+)(?:(?:we|i)(?:'ll|’ll| will)|will)\s+(?:let you know|get back to you|come back to you"
                              r"|be in touch|update you|contact you)\b")
_EN_CLAUSE_JOIN = re.compile(r"(?i),\s+(?:and|so|but)\s+(?=(?:we|i)(?:'ll|’ll| will)\b)|;\s+")


# a busy spell that only says when things will be quieter: part of the vague time before it
_EN_BUSY_SPELL = re.compile(r"(?i)\s+after the (?:[\w-]+\s+){0,2}(?:rush|peak|busy (?:period|season|spell)|holidays?|festive season)\b")


# an emoji that closes a chat sentence before the next one starts ("… yapılacak 🙏 İyiliğiniz için teşekkürler!")
_EMOJI_BREAK = re.compile(rf"({EMOJI.pattern}\ufe0f?)\s+(?=[A-ZÇĞİÖŞÜ])")


# a bare contact-back: "We'll let you know.", "I'll let you know!"
_EN_BARE_LET_KNOW = re.compile(r"(?i)(\W*(?:we|i)(?:'ll| will)) let you know(\W*)")
# a step that waits on someone else or on an event, said in the sentence before
_EN_DEPENDS = re.compile(r"(?i)\b(?:depends?|depending|dependent) on\b|\bwhen (?:it|they) (?:comes?|arrives?) in\b")


# a Turkish relative clause right before a vague time, which it qualifies: "müsait olduğumuz (ilk fırsatta)"
_TR_RELATIVE_BEFORE = re.compile(r"(?i)(?:\b[^\W\d_]+\s+)?\b[^\W\d_]+(?:dığımız|diğimiz|duğumuz|düğümüz|tığımız|tiğimiz|tuğumuz"
                                 r"|tüğümüz|digimiz|dugumuz|tigimiz|tugumuz)\s+$")


def own_update(
    text: str, sent_start: int, sent_end: int, hit_start: int, hit_end: int, vague: bool, lang: str, deadline: str,
) -> tuple[Suggestion | None, bool]:
    """Give pending work the agent's own next update.

    Returns the edit and whether it added an update sentence (the caller adds at
    most one per reply).  A vague phrase in the agent's own contact-back becomes
    ``by <day>``; elsewhere it goes, and an update sentence follows.
    """
    start, end = sentence_core(text, sent_start, sent_end)
    chat_break = _EMOJI_BREAK.search(text, hit_end, end)
    if chat_break:  # "… dönüş yapılacak 🙏 İyiliğiniz için teşekkürler!": the emoji closed the sentence with the work
        end = sent_end = chat_break.end(1)
    sentence = text[start:end]
    rel_start, rel_end = hit_start - start, hit_end - start
    bare = _EN_BARE_LET_KNOW.fullmatch(sentence) if lang == "en" and not vague else None
    if bare and _EN_DEPENDS.search(sentence_before(text, sent_start)):
        # "…, so fitting dates depend on when it comes in from the supplier. We'll let you know.": what we'd let them know
        # is the supplier's date; our own update gets the day ("We'll update you by …"), not their date
        return _diff(sentence, f"{bare.group(1)} update you by {deadline}{bare.group(2)}", start), True
    relative = _TR_RELATIVE_BEFORE.search(sentence, 0, max(rel_start, 0)) if vague and lang == "tr" and rel_start > 0 else None
    if relative:
        rel_start = relative.start()  # "müsait olduğumuz [ilk fırsatta]": the clause that qualifies the vague time goes with it
    busy = _EN_BUSY_SPELL.match(sentence, rel_end) if vague and lang == "en" and rel_end >= 0 else None
    if busy and not re.search(r"\b[A-Z]", sentence[rel_end:busy.end()]):
        rel_end = busy.end()  # "once things calm down [after the holiday rush]": one vague time, not a condition
        # (a named season stays as the draft's time: "… [once things settle down] after the Christmas rush")
    contacts: list[re.Match[str]] = []
    if lang == "tr":
        # Turkish: a day goes only into our own contact-back ("dönüş yapacağız", "sizi arayacağım");
        # "sonucu paylaşacağız" may be someone else's result, so our own update is its own sentence
        folded_tr = strip_turkish_letters(turkish.lower(sentence))
        contact_tr = _TR_CONTACT.search(folded_tr)
        if contact_tr and _TR_PASSIVE_CONTACT.match(contact_tr.group()) and _TR_HANDOFF.search(folded_tr, 0, contact_tr.start()):
            # "müdürümüze ilettik, size dönüş yapılacak": the manager's contact-back, not ours; our latest
            # day joins it rather than repeating it in a sentence of its own
            if not vague and not names_a_day(sentence):
                return _diff(sentence, _after_contact(sentence, _latest_day_clause(text, lang, deadline, sentence), lang), start), True
            contact_tr = None
        if contact_tr and not vague and _TR_OUTCOME.search(folded_tr, 0, contact_tr.start()):
            # "Sonuç SMS ile bildirilecektir": no day inside it (it would date the result); ours joins it
            # ("…, her durumda en geç …" after our own contact-back) or follows
            if not _TR_PASSIVE_CONTACT.match(contact_tr.group()) and not names_a_day(sentence):
                return _diff(sentence, _after_contact(sentence, _said_once(text, deadline), lang), start), True
            contact_tr = None
        if contact_tr and vague and _TR_OUTCOME.search(folded_tr, 0, contact_tr.start()):
            # "Sonucu size en kısa sürede bildireceğiz": a day there would promise the result, which may be
            # someone else's; the vague words go and our own latest update joins the sentence
            head = _TR_VAGUE_LEAD.sub("", sentence[:rel_start])
            kept = _tidy(head.rstrip() + " " + sentence[rel_end:].lstrip(), lang, sentence[:1].isupper()) \
                if _PURE_VAGUE.fullmatch(fold_phrase(sentence[rel_start:rel_end])) else sentence
            return _diff(sentence, _after_contact(kept, _latest_day_clause(text, lang, deadline), lang), start), True
        own = bool(contact_tr)
        if own and vague and contact_tr and len(sentence[max(rel_end, 0):contact_tr.start()].split()) > 2:
            # "en kısa sürede kargoya verip sana haber vereceğiz": the vague time is the dispatch's, which gets
            # no day; our contact-back gets its latest day beside it
            head = _TR_VAGUE_LEAD.sub("", sentence[:rel_start])
            kept = _tidy(head.rstrip() + " " + sentence[rel_end:].lstrip(), lang, sentence[:1].isupper()) \
                if _PURE_VAGUE.fullmatch(fold_phrase(sentence[rel_start:rel_end])) else sentence
            return _diff(sentence, _after_contact(kept, _latest_day_clause(text, lang, deadline), lang), start), True
    else:
        contacts = [m for m in _EN_CONTACT.finditer(sentence) if _ours(sentence, m)
                    # (not "… the Lost & Found Dept. will contact you": an abbreviation's full stop split its subject off)
                    and not (m.start() == 0 and m.group()[:1] == "w" and _ABBREVIATION_END.search(text, 0, start))]
        own = any(m.start() <= max(rel_start, 0) + 1 and rel_start - m.end() <= 25 for m in contacts) \
            if vague else bool(contacts) and bool(re.search(
                _EN_CONTACT.pattern + r"(?:\s+(?:with|on|about) [\w' ]{1,30})?" + _EN_ALONG + r"?\s*$", sentence, re.I))
        if vague and not own and contacts and 0 <= rel_start < rel_end and contacts[-1].start() >= rel_end \
                and re.fullmatch(r"\s*,?\s*and\s+(?:then\s+)?", sentence[rel_end:contacts[-1].start()]) \
                and re.fullmatch(r"(?:\s+(?:with you|again))?\s*", sentence[contacts[-1].end():]) \
                and _PURE_VAGUE.fullmatch(fold_phrase(sentence[rel_start:rel_end])) \
                and not conditional(sentence, lang) and not _WITH_OUTCOME.search(sentence):
            # "We'll have a look at your filter [at some stage] and let you know" → "… and let you know by Tuesday
            # 8 December": the vague time goes, and our contact-back right after it takes the day
            new = f"{sentence[:rel_start].rstrip()} {sentence[rel_end:].lstrip()} by {deadline}"
            return _diff(sentence, _tidy(new, lang, sentence[:1].isupper()), start), False
    if lang == "en" and own and (_WITH_OUTCOME.search(sentence) or (vague and (
            _DECISION_WORD.search(sentence) or _EN_OUTCOME_OBJECT.search(sentence)))):
        # ("let you know what they say in due course": a day there would be on their answer)
        # "We'll be in touch with a decision", "passed to the tutor for a decision, and we will contact you
        # asap": a day beside the contact-back would promise the decision; our own update follows instead
        own = False
    if lang == "en" and not vague and contacts and conditional(sentence, lang) and not _MORE_AFTER.search(
            sentence, contacts[-1].end()) and not _WITH_OUTCOME.search(sentence):
        # "We'll let you know once they respond" → "…, and in any case by Monday";
        # "We'll update you once …, and in any case by Monday"
        # the contact-back is already said: only its latest day joins it (not a second "update you")
        body, emoji = emoji_tail(sentence)  # "… when it does[, and in any case by …] 👍": the emoji still closes it
        return _diff(sentence, _after_contact(body, _latest_day_clause(text, lang, deadline, sentence), lang) + emoji,
                     start), True
    hit_text = sentence[max(rel_start, 0):max(rel_end, 0)]
    condition_in_hit = conditional(hit_text, lang) and not _PURE_VAGUE.fullmatch(fold_phrase(hit_text))
    around_hit = sentence[:max(rel_start, 0)] + " " + sentence[max(rel_end, 0):]
    if lang == "en" and own and vague:
        # "We won't be able to release the funds until our cheque team has reviewed it, and we'll be in touch
        # soon": the condition is the other clause's; the contact-back's own clause has none
        joins = [m.end() for m in _EN_CLAUSE_JOIN.finditer(sentence, 0, max(rel_start, 0))]
        if joins:
            around_hit = sentence[joins[-1]:max(rel_start, 0)] + " " + sentence[max(rel_end, 0):]
    if own and (condition_in_hit or conditional(around_hit, lang)):
        own = False  # "… once they've decided" / "onay gelince …": no day inside it; our own update follows
        beside_contact = lang == "tr" and vague and contact_tr is not None and rel_end >= 0 and \
            len(re.sub(r"(?i)\b(?:size|sizi|sana|seni|sizinle|seninle|tarafınıza|tarafiniza)\b", "",
                       sentence[rel_end:contact_tr.start()]).split()) <= 1  # ("… üyelerimize duyuru yapacağız")
        if lang == "tr" and (not vague or condition_in_hit):
            # "Yer açılırsa size haber vereceğiz" → "…, her durumda en geç 7 Aralık Pazartesi günü"
            return _diff(sentence, _after_contact(sentence, _latest_day_clause(text, lang, deadline, sentence), lang), start), True
        if lang == "tr" and (_PURE_VAGUE.fullmatch(fold_phrase(hit_text)) or beside_contact):
            # "gelişme olduğunda en kısa sürede sizi bilgilendireceğiz" → "gelişme olduğunda sizi
            # bilgilendireceğiz, her durumda en geç …": the contact-back is said once (a period said of our own
            # contact-back goes too: "… tamamlayıp size [ilerleyen günlerde] bilgi vereceğiz")
            head = _TR_VAGUE_LEAD.sub("", sentence[:rel_start])
            kept = _tidy(head.rstrip() + " " + sentence[rel_end:].lstrip(), lang, sentence[:1].isupper())
            return _diff(sentence, _after_contact(kept, _latest_day_clause(text, lang, deadline, kept), lang), start), True
    if _cut_off(text, end):
        return None, False  # the post goes on in the next one: a day here would land inside its sentence
    if own and _ANAPHOR.match(text, _punctuation_end(text, end, sent_end)):
        return None, False  # "… come back to you. The rest of your move is confirmed for that day.": a day here would change "that day"
    if own:
        if lang == "tr" and not vague:
            # "size dönüş yapacağız" → "size 7 Aralık Pazartesi gününe kadar dönüş yapacağız"
            assert contact_tr is not None
            at = contact_tr.start()
            new = f"{sentence[:at]}{deadline} gününe kadar {sentence[at:]}"
            if is_plain_turkish(text):
                new = f"{sentence[:at]}{strip_turkish_letters(deadline)} gunune kadar {sentence[at:]}"
            return _diff(sentence, new, start), False
        if vague:
            phrase = f" {deadline} gününe kadar" if lang == "tr" else " by " + deadline
            if lang == "tr" and is_plain_turkish(text):
                phrase = strip_turkish_letters(phrase)
            head = sentence[:rel_start].rstrip()
            if lang == "tr":
                head = _TR_VAGUE_LEAD.sub("", head)
                new = f"{head}{phrase} {sentence[rel_end:].lstrip()}".strip() if head else \
                    upper_first(f"{phrase.strip()} {sentence[rel_end:].lstrip()}", lang)
            elif _EN_PERIOD_AFTER.match(sentence, rel_end):
                # "will revert [at some point] next week": the period named after the vague words is the time frame
                new = f"{head}{sentence[rel_end:]}"
            else:
                new = f"{head}{phrase}{sentence[rel_end:]}"
        elif re.search(_EN_CONTACT.pattern + r"\s*$", sentence, re.I):
            # "We'll keep you posted" → "We'll update you by …" ("keep you posted by Monday" doesn't read)
            new = re.sub(r"(?i)\bkeep you (?:posted|updated|informed)$", "update you", sentence) + f" by {deadline}"
        else:  # "we'll update you once the carrier replies": the condition stays, a latest day is added
            about = re.search(_EN_CONTACT.pattern + r"(?=\s+(?:about|on|regarding) [\w' ]{1,30}$)", sentence, re.I) \
                if not conditional(sentence, lang) else None
            # "will come back to you about a return visit" → "… come back to you by Monday 7 December about a return
            # visit": the day goes with the contact-back, not after the thing it is about
            # "… get back to you with a revised quote": the contact brings the outcome, which someone else makes;
            # our own update is what the day is for ("…, and in any case we'll update you by …")
            brings = _EN_BRINGS_OUTCOME.search(sentence) if not about else None
            new = f"{sentence[:about.end()]} by {deadline}{sentence[about.end():]}" if about else \
                f"{sentence}{_in_any_case(update_sentence(lang, deadline, *register(text, lang)))}" if brings else \
                f"{sentence}, and by {deadline} at the latest"
        return _diff(sentence, _tidy(new, lang, sentence[:1].isupper()), start), False
    new = sentence
    if vague and not _PURE_VAGUE.fullmatch(fold_phrase(sentence[rel_start:rel_end])):
        vague = False  # "next sprint", "ilerleyen günlerde" name a period: kept, and our own update follows
    if vague and lang == "en" and _DONE_STATE.search(sentence[:rel_start]):
        vague = False  # "a fix should be out any day now" without its time reads as "out already"
    if vague and lang == "en" and _EN_VERB_GOES_ON.match(sentence, rel_end) and _OWN_CLAUSE.fullmatch(
            fold_phrase(sentence[rel_start:rel_end])):
        vague = False  # "let you know when she can [squeeze you in]": the words are a clause whose verb goes on
    if vague and lang == "tr" and TR_ARRIVES_AFTER.match(sentence, rel_end):
        vague = False  # "…hazırlatıyorum, önümüzdeki günlerde elinizde olur" without its time reads as a loose end
    if vague:
        head = sentence[:rel_start]
        if lang == "tr":
            head = _TR_VAGUE_LEAD.sub("", head)
        else:
            head = _EN_HOPE_LEAD.sub("", head)  # "…if seats come up, hopefully soon" → "…if seats come up"
        clause = re.split(r"[,;:–—]", head)[-1] + " " + re.split(r"[,;:–—]", sentence[rel_end:])[0]
        if len(clause.split()) <= 1 and not (lang == "en" and head != sentence[:rel_start]):
            vague = False  # "…değerlendirmede, en kısa sürede sonuçlanacak": a lone verb would be left
        if lang == "tr" and re.fullmatch(r"(?i)\s*(?:o|bu|şu|su|onlar)\s+(?:da|de)\s+\w+\s*", clause):
            vague = False  # "…, o da yakında biter": "o da biter" would say nothing
    if vague:
        new = _tidy(head.rstrip() + " " + sentence[rel_end:].lstrip(), lang, sentence[:1].isupper())
    # a vague time that stays ("the code will come through soon") reads as a second time frame beside a bare
    # update sentence: our update joins it, as what happens in any case
    vague_kept = rel_start >= 0 and new == sentence and bool(_PURE_VAGUE.fullmatch(fold_phrase(sentence[rel_start:rel_end])))
    stop = _punctuation_end(text, end, sent_end)
    if text[stop:stop + 1] == "," and _INITIALS.match(text, stop + 1, sent_end):
        stop += 1  # "We're working on this for you, ^SO" → "… for you. We'll update you by …. ^SO"
    closer = text[end:stop].replace(",", "") or (
        "" if ends_with_emoji(sentence) or (sentence[-1:] and not sentence[-1].isalnum() and sentence[-1] not in ")\"'’”")
        else ".")  # "We'll get in touch! :) We'll update you by …"
    update = update_sentence(lang, deadline, *register(text, lang))
    meanwhile = _MEANWHILE.match(text, stop) or (_MEANWHILE_INSIDE.match(text, stop) if lang == "en" else None)
    if meanwhile:  # "O zamana kadar …" / "Until then …" still points at the draft's own event
        return _diff(text[start:meanwhile.end()], f"{new}{closer}{meanwhile.group()} {update}", start), True
    # (after a vague time dropped from it: "We'll contact you [in the coming weeks] when the service restarts")
    last_contact = ([*_EN_CONTACT_LAST.finditer(new)] or [None])[-1] if lang == "en" else None
    if (lang == "en" and contacts and closer == "." and not names_a_day(new)
            and last_contact is not None
            and not re.search(r"[,;:–—]|\band\b", new[last_contact.end():])):
        # "We'll let you know what they decide." → "We'll let you know what they decide, and in any case we'll
        # update you by Monday 7 December.": one sentence, which says the day is our update, not their decision
        # (also as the sentence's last clause: "I've asked our pricing team to review it and we'll let you know …")
        joiner = ", and in any case " if last_contact.start() == 0 else "; in any case "  # (no second "and")
        return _diff(text[start:stop], f"{new}{joiner}{update[:1].lower() if update.startswith('We') else update[:1]}{update[1:]}",
                     start), True
    # someone else's contact-back here or in the next sentence ("…; karar çıktığında tarafınıza iletilecektir",
    # "… NOC ekibine aktardık. … ekip inceleme tamamlandığında sizi bilgilendirecektir."): our own update joins it
    # at its end, said in full (a day of theirs would date their work), not a second update sentence beside
    # the news already promised
    joined = f"; her durumda {update.rstrip('.')}" if lang == "tr" else _in_any_case(update)
    if lang == "en" and their_contact(new, lang) and re.search(r"(?i)\bif\b", new) and _OTHER_PARTY["en"].search(
            fold(sentence_before(text, start) + " " + new, lang)):
        # "… go to the council's lost property office. They'll be in touch if your phone turns up": their news, which
        # may never come, on work we have no part in; an update of ours would promise a follow-up we can't give
        return None, False
    if their_contact(new, lang) and not names_a_day(new) and closer.strip():
        body, emoji = emoji_tail(new)
        if lang == "en" and re.match(r"(?i)\W*(?:[^,.!?]{0,30},\s*)?our\b", OPENING.sub("", body)):
            # "Our refurb team will update you" is our own company's: the day joins it, not a second "we'll update you"
            # (after a condition, "… once the new batch clears", the team's news waits on it: our own update is said)
            joined = f" by {deadline}" if re.search(
                r"(?i)\b(?:update you|let you know|be in touch|get back to you|contact you|call you)$", body.rstrip()) \
                else _in_any_case(update) if conditional(body, lang) else f", and in any case by {deadline}"
        return _diff(text[start:stop], f"{body}{_join_after(body, joined)}{emoji}{closer}", start), True
    following = _NEXT_CORE.match(text, stop)
    if following and their_contact(following.group(2), lang) and not names_a_day(following.group(2)):
        body, emoji = emoji_tail(following.group(2))
        return _diff(text[start:following.end(2)],
                     f"{new}{closer}{following.group(1)}{body}{_join_after(body, joined)}{emoji}", start), True
    if following and own_contact(following.group(2), lang) and not names_a_day(following.group(2)):
        # "… aktarılmıştır. Tamamlandığında bilgilendirileceksiniz." → the latest day joins that contact-back
        joined = _latest_day_clause(text, lang, deadline, following.group(2))
        return _diff(text[start:following.end(2)],
                     f"{new}{closer}{following.group(1)}{_after_contact(following.group(2), joined, lang)}", start), True
    body, emoji = emoji_tail(new)
    if lang == "en" and (vague_kept or (conditional(new, lang) and ";" not in new)) and closer == "." and not emoji:
        # (also after a step that waits on an event: "Once the part arrives, the engineer will fit it; in any case …")
        joined = "; in any case " if ";" not in new else ". In any case, "
        return _diff(text[start:stop], f"{new}{joined}{update[:1].lower() if update.startswith('We') else update[:1]}{update[1:]}",
                     start), True
    if lang == "tr" and conditional(new, lang) and closer == "." and not emoji and ";" not in new and _TR_CONTACT.search(
            strip_turkish_letters(turkish.lower(new))) and not names_a_day(new):
        # our own contact-back after the event it waits on: its latest day joins it, said once ("cevap gelince, her
        # durumda da en geç … size bilgi veririm"), not a second "bilgi vereceğiz"
        return _diff(text[start:stop], _after_contact(new, _latest_day_clause(text, lang, deadline, new), lang) + closer,
                     start), True
    if lang == "tr" and (vague_kept or conditional(new, lang)) and closer == "." and not emoji and ";" not in new:
        # (also after a step that waits on an event: "… sıra gelince ekip yönlendirilir; her durumda … bilgi vereceğiz.")
        # "… önümüzdeki günlerde elinizde olur; her durumda … size bilgi vereceğim."
        return _diff(text[start:stop], f"{new}; her durumda {turkish.lower(update[:1])}{update[1:]}", start), True
    if emoji and not closer.strip():
        # "… when it does 👍" → "… when it does. I'll update you by … 👍": our update goes before the emoji that
        # closes the chat message, not after it
        return _diff(text[start:stop], f"{body}{'' if body[-1:] in _FINAL else '.'} {update}{emoji}", start), True
    return _diff(text[start:stop], f"{new}{closer} {update}", start), True


# the contact-back that brings the outcome itself: "we'll get back to you with a revised quote"
_EN_BRINGS_OUTCOME = re.compile(r"(?i)\bwith (?:a|an|the|our|your|their) (?:[\w-]+ ){0,2}(?:quote|quotation|price|offer|answer"
                                r"|decision|results?|outcome|estimate|report|proposal|verdict|findings)\b[^,;.]*$")
_ABBREVIATION_END = re.compile(r"\b(?:[A-Z][a-z]{1,4}|[A-Z]{2,4})\.\s*$")  # "Dept.", "Co.", "Inc.", "HQ." before a split
# a period named right after a vague time ("at some point [next week]"), English
_EN_PERIOD_AFTER = re.compile(r"(?i)\s+(?:(?:early|late|later)\s+)?(?:next|this)\s+(?:week|month)\b|\s+(?:tomorrow|today|tonight)\b")
# a closing "and we'll update you" (before its vague time), after a clause of its own
_CONTACT_WORDS = _EN_CONTACT.pattern.removeprefix("(?i)")
_EN_TRAILING_CONTACT = re.compile(rf"(?i)(?<=[\w)]),?\s+and\s+(?=we\b|i\b)(?:{_CONTACT_WORDS})(?:\s+(?:with you|again))?\s*$")


def drop_vague(text: str, sent_start: int, sent_end: int, hit_start: int, hit_end: int, lang: str) -> Suggestion | None:
    """A pure vague time ("in due course", "en kısa sürede") deleted from its sentence, when the reply's
    dated update is already said elsewhere; ``None`` when the words name a period or the sentence
    would be left without its clause."""
    start, end = sentence_core(text, sent_start, sent_end)
    sentence = text[start:end]
    rel_start, rel_end = hit_start - start, hit_end - start
    if rel_start < 0 or rel_end > len(sentence) or not _PURE_VAGUE.fullmatch(fold_phrase(sentence[rel_start:rel_end])):
        return None
    head = sentence[:rel_start]
    if lang == "tr" and TR_ARRIVES_AFTER.match(sentence, rel_end):
        return None  # "ilk fırsatta ekip oradadır" without its time would read "the crew is there"
    if lang == "en" and not sentence[rel_end:].strip():
        trailing = _EN_TRAILING_CONTACT.search(head)
        if trailing:
            # "…is still with our device team and we'll update you shortly": the contact-back clause goes whole,
            # as the dated update is already said
            return _diff(sentence, head[:trailing.start()], start)
    if lang == "tr":
        head = _TR_VAGUE_LEAD.sub("", head)
    elif _DONE_STATE.search(head):
        return None  # "a fix should be out any day now" without its time reads as "out already"
    if lang == "en" and not sentence[rel_end:].strip(" .!?"):
        # "…to rebook the van for you, [should be] shortly": the tag that only carried the time goes with it
        head = re.sub(r"(?i)[,;–—-]\s*(?:it\s+|that\s+)?(?:should|will|'ll|would)\s+be\s*$", " ", head)
    clause = re.split(r"[,;:–—]", head)[-1] + " " + re.split(r"[,;:–—]", sentence[rel_end:])[0]
    if len(clause.split()) <= 1:
        return None
    return _diff(sentence, _tidy(head.rstrip() + " " + sentence[rel_end:].lstrip(), lang, sentence[:1].isupper()), start)


# a promise nobody owns: "someone from the warehouse will", "one of our engineers will", "somebody'll"
_EN_OWNERLESS = re.compile(
    r"(?i)\b(?P<actor>(?:someone|somebody)(?:\s+(?:from|at|in|on)\s+(?:(?:our|the|your)\s+)?[\w-]+(?:\s+[\w-]+)?)?"
    r"|one of (?:our|the|my|us)(?:\s+[\w-]+){0,2}?(?:\s+(?:from|at|in|on)\s+(?:(?:our|the)\s+)?[\w-]+)?)(?P<verb>\s+will|'ll|’ll|\s+(?:is|'s)\s+going to)\b(?!\s+(?:be|have)\b)")
# "someone will be out / round / in touch": a visit or a call said with "be"
_EN_OWNERLESS_VISIT = re.compile(
    r"(?i)\b(?P<actor>someone|somebody)(?:\s+will|'ll|’ll)\s+be\s+(?P<where>out|over|round|around|in touch|in contact)\b")
_EN_VISIT = {"out": "come out", "over": "come over", "round": "come round", "around": "come round",
             "in touch": "get in touch", "in contact": "get in touch"}
OWNER = "I'll have"  # the agent owns the ownerless promise: "I'll have someone … call you"
OWNERS = (OWNER, "We'll have", "we'll have")  # as the draft speaks: as I, or as we
# a contact-back the owned promise makes ("get back to you", "be in touch"): our day goes right after it
_EN_OWNED_CONTACT = re.compile(r"(?i)\b(?:get back to you|get in touch(?: with you)?|contact you|call you(?: back)?|ring you(?: back)?"
                               r"|email you|phone you(?: back)?|reply to you|message you|text you|give you a (?:ring|call|bell|buzz)(?: back)?"
                               r"|drop you (?:a|an) (?:line|message|note|email|text))\b")
# what a contact-back sends, right after it ("email you [a new one]"): the day goes after the thing, not between
_EN_SENT_OBJECT = re.compile(r"(?i)\s+(?!about\b|with\b|on\b|regarding\b|back\b|once\b|when\b|if\b|as\b|to\b|by\b)"
                             r"(?:a|an|the|your|some|our|this|that|it|them)\b[^,;.!?]*"
                             # (a bare "about it" goes before the day too: "give you a ring about it by …")
                             r"|\s+about (?:it|this|that|them)\b(?=\s*[,;.!?]|\s*$)")
# (with a tag that only carries the time: "…, should be shortly")
_EN_VAGUE_TAIL = re.compile(r"(?i)(?:\s*,\s*(?:it\s+|that\s+)?(?:should|will|'ll|would)\s+be)?"
                            r"\s+(?:very |really )?(?:soon|shortly|asap|as soon as possible|in due course|in the coming days"
                            r"|at some point|before long)\b(?=\s*(?:[.!?,;]|$))")


# a call that opens our next step (folded): "sizi arayıp saati ayarlayacağız", "sizinle iletişime geçip …"
_TR_CALL_FIRST = re.compile(r"\b(?:(?:sizi|seni) arayip|(?:sizinle|seninle) iletisime gecip)\b")
# a third-person future verb: "arayacak", "iletişime geçecek(tir)", "halledecek"
_TR_FUTURE_3SG = re.compile(r"(?i)\b(\w+?)([ae])c([ae])k(?:t[ıi]r)?\b")


# what the call itself settles, its last words before a comma (folded): "arayıp son durumu anlatacağız", "arayıp randevu
# vereceğiz", "iletişime geçip menüyü netleştireceğiz" (not someone's work after it: "arayıp kurulumu uzaktan yapacağız")
_TR_SAID_ON_THE_CALL = re.compile(r"\b(?:anlat|bilgi|haber|bildir|aktar|soyle|paylas|randevu|tarih|saat|ayarla|planla|gun)\w*\s+\w+$"
                                  r"|\b(?:anlat|bildir|aktar|soyle|paylas|ayarla|planla|netlestir|konus|gorus|belirle|kararlastir)\w*$")
# a passive stem ("ayarlan-", "yapıl-"): someone found or a thing done for us, no step we take (not "bağlan-",
# "ilgilen-", which we do)
_TR_PASSIVE_STEM = re.compile(r"(?i)(?:[ıiuü]l|(?:ayar|plan|karşı|karsi|hazır|hazir|düzen|duzen|temiz|iş|is|yeni|güncel|guncel)l[ae]n)$")
# a second future verb of the same actor, right after a comma or "ve" ("bakacak, ayarını yapacak"): up to two words
# before it that are its objects, not a new subject with its clitic ("…, parça da yarın gelecek") (not a passive, "yapılacak")
# (an object takes the accusative or the dative, "ayarını", "camı"; a bare or possessed subject, "zararınız", starts a new
# clause; a passive stem, "karşılan-", "yapıl-", and a negative one, "aksama-", are no step of ours)
_TR_NEXT_FUTURE_3SG = re.compile(r"(?i)^((?:,\s*|\s+ve\s+)(?:(?!(?:da|de|ise|o|bu)\b)\w*(?<!n[ıiuü]z)(?:[ıiuüae]|y[ıiuüae]|n[ıiuüae])\s+){0,2}?)"
                                 r"(\w+?)(?<!m[ae]y)([ae])c([ae])k(?!\w)")


def _we_future_ending(vowel: str, plain: bool) -> str:
    """The first person plural of a future verb after its "-AcA" ("yapacak" → "yapacağız"): "ağız" or "eğiz"."""
    if vowel.lower() == "a":
        return "agiz" if plain else "ağız"
    return "egiz" if plain else "eğiz"


def _ours_too(match: re.Match[str], plain: bool) -> str:
    """The second future verb of an actor made ours ("bakacak, ayarını yapacak" → "…, ayarını yapacağız"); a passive
    ("yapılacak", "ayarlanacak") stays someone else's."""
    if _TR_PASSIVE_STEM.search(match.group(2)):
        return match.group()
    return f"{match.group(1)}{match.group(2)}{match.group(3)}c{_we_future_ending(match.group(4), plain)}"


def _own_promise_tr(sentence: str, start: int, end: int, plain: bool) -> str | None:
    """Turkish: the ownerless actor goes and its future verb becomes ours ("Ekipten biri sizi arayacak"
    → "Sizi arayacağız"); ``None`` when no such verb follows."""
    if start < 0 or end > len(sentence):
        return None
    ours_from = re.search(r"(?i)\b(?:bizden|ekibimizden|ekibimden|ustalarımızdan|ustalarimizdan)\s+$", sentence[:start])
    if ours_from:
        start = ours_from.start()  # "bizden biri gelip bakacak" → "gelip bakacağız": someone of ours, so we
    elif re.search(r"(?i)\w+[dt][ae]n\s*$", sentence[:start]):
        return None  # "yetkili servisten biri gelecek": someone of another firm, not us
    if re.search(r"(?i)\w+(?:d[ae]|t[ae])ki\s*$", sentence[:start]) or re.search(
            r"(?i)\w{2,}(?:[ae]n|y[ae]n)\s*$", sentence[:start]) and not re.search(r"(?i)\b(?:ben|sen|an|en)\s*$", sentence[:start]):
        return None  # "Bölgenizdeki [ekipten biri]", "Bölgenize bakan [biri]": the modifier would be left without its noun
    verb = _TR_FUTURE_3SG.search(sentence, end)
    if verb is None or any(c in sentence[end:verb.start()] for c in ",;:"):
        return None
    if _TR_PASSIVE_STEM.search(verb.group(1)):
        return None  # "biri ayarlanacak": a passive, someone found for us, is no step we take
    ours = f"{verb.group(1)}{verb.group(2)}c{_we_future_ending(verb.group(3), plain)}"
    head = sentence[:start].rstrip()
    tail = _TR_NEXT_FUTURE_3SG.sub(lambda m: _ours_too(m, plain), sentence[verb.end():])
    rest = sentence[end:verb.start()].lstrip() + ours + tail
    clitic = re.match(r"(?i)(de|da)\b\s*", rest)
    if clitic:  # "…, biri de sizi arayıp … ayarlayacak" → "…, biz de sizi arayıp … ayarlayacağız": the clitic keeps a subject
        rest = f"biz {clitic.group(1)} {rest[clitic.end():]}"
    if not head or not any(c.isalnum() for c in head):
        return head + (" " if head else "") + upper_first(rest, "tr")
    return f"{head} {rest}"


# another party named in the sentence before an ownerless promise: its "someone" may be theirs, not ours
_OTHER_PARTY = {
    "tr": re.compile(r"\b(?:sigorta (?:sirket|firma)\w*|sigortaci\w*|eksper\w*|kurye\w*|kargo firma\w*|banka\w*|uretici\w*|tedarikci\w*|belediye\w*"
                     r"|operator\w*|yetkili servis\w*|distributor\w*|hastane\w*|laboratuvar\w*|noter\w*|avukat\w*"
                     # a firm or contractor that is not ours ("firmaya bildirildi", not "firmamız")
                     r"|firma(?!miz)(?:ya|ye|sina|lari|lara|lar)\b|yuklenici\w*|taseron\w*"
                     # the unit it was handed to ("ilgili birime aktardım"): the details are theirs to give
                     r"|ilgili (?:birim|departman|ekip)\w*)"),
    "en": re.compile(r"\b(?:insurers?|assessors?|loss adjusters?|couriers?|carriers?|banks?|manufacturers?|suppliers?"
                     r"|council|landlords?|airlines?|lab|laboratory|solicitors?|distributors?|installers? from"
                     # a fulfilment partner ("an issue on our 3PL's side"): its warehouse is theirs
                     r"|3pls?|third[- ]party|fulfil?ment partners?|logistics partners?|(?:the )?relevant (?:department|team))\b"),
}


# work handed over earlier in the sentence ("passed this on to …", "sigorta şirketine ilettik"), folded
_HANDED_TO = {"en": re.compile(r"\b(?:passed|forwarded|referred|handed|escalated|sent|gone)\b[^.;]{0,40}?\bto\b"),
              "tr": re.compile(r"\w+(?:[ae]|[yn][ae]) (?:ilet|aktar|yonlendir|devret|bildir)\w*")}


def own_promise(text: str, sent_start: int, sent_end: int, hit_start: int, hit_end: int, lang: str,
                update: str | None, deadline: str = "", merge_day: bool = True) -> Suggestion | None:
    """Give an ownerless promise its owner, the agent ("Someone from the warehouse will sort out the swap"
    → "I'll have someone from the warehouse sort out the swap"; "Ekipten biri sizi arayacak" →
    "Sizi arayacağız"), with ``update`` (the reply's dated next update) after the sentence, or its day in a
    Turkish contact-back when ``merge_day``; ``None`` when the words don't have that shape."""
    start, end = sentence_core(text, sent_start, sent_end)
    sentence = text[start:end]
    previous = sentence_before(text, sent_start)
    party = _OTHER_PARTY.get(lang)
    if party is not None and party.search(fold_phrase(previous)):
        return None  # "Sigorta şirketimiz ekspertiz için … Birisi gelip inceleyecek": the someone may be theirs
    handed = _HANDED_TO.get(lang)
    before = fold_phrase(text[sent_start:hit_start])
    if party is not None and handed is not None and any(party.search(before, m.start()) for m in handed.finditer(before)):
        return None  # "I've passed this on to the landlord, and someone will be round": the landlord's someone
    found: re.Match[str] | None = None
    if lang == "tr":
        new = _own_promise_tr(sentence, hit_start - start, hit_end - start, is_plain_turkish(text))
        if new is None:
            return None
    elif lang == "en":
        found = _EN_OWNERLESS.search(sentence, max(0, hit_start - start - 1))
        visit = _EN_OWNERLESS_VISIT.search(sentence, max(0, hit_start - start - 1)) if not found else None
        if visit and visit.start() <= hit_end - start:
            # "Someone will be out to sort it" → "I'll have someone come out to sort it"
            actor = visit.group("actor")
            new = (f"{sentence[:visit.start()]}{_owner(text, sentence[:visit.start()])} {actor[:1].lower()}{actor[1:]} "
                   f"{_EN_VISIT[visit.group('where').lower()]}{sentence[visit.end():]}")
            found = None
        elif not found or found.start() > hit_end - start:
            return None
    else:
        return None
    if lang == "en" and found is not None:
        actor = found.group("actor")
        rest = sentence[found.end():]
        new = f"{sentence[:found.start()]}{_owner(text, sentence[:found.start()])} {actor[:1].lower()}{actor[1:]}{rest}"
    folded_new = strip_turkish_letters(turkish.lower(new)) if lang == "tr" else ""
    contact = (_TR_CONTACT.search(folded_new)
               # "Sizi arayıp son durumu anlatacağız": the call is the contact-back, the day goes before it
               or _TR_CALL_FIRST.search(folded_new)) if (
        lang == "tr" and update and deadline and merge_day) else None
    if contact and re.search(r"\b\w+(?:[dt][iu]g[iu])\s+gun\b", folded_new[:contact.start()]):
        contact = None  # "geldiği gün biri sizi arayıp …": the call has its day, the event's; a second day would contradict it
    if contact and _TR_CALL_FIRST.match(folded_new, contact.start()) and not _TR_SAID_ON_THE_CALL.search(
            re.sub(r"[\s,.;!?…]+$", "", folded_new[contact.end():].split(",")[0])):
        # "Biri sizi arayıp kurulumu uzaktan yapacak": a day before the call would also date the set-up, the technician's
        # work; the call is ours now and our update follows in a sentence of its own
        contact = None
    if contact:
        # "Yeni tarih için biri size dönüş yapacak" → "Yeni tarih için 4 Aralık Cuma gününe kadar size dönüş
        # yapacağız": the contact-back is ours now, so the day goes into it
        at = contact.start()
        object_before = re.search(r"(?i)\b(?:size|sizi|sana|seni|sizinle|seninle)\s+$", new[:at])
        at = object_before.start() if object_before else at
        day = f"{deadline} gününe kadar "
        if is_plain_turkish(text):
            day = strip_turkish_letters(day)
        rest = new[at:]
        if not any(c.isalnum() for c in new[:at]):  # the day now opens the sentence
            day, rest = upper_first(day, "tr"), turkish.lower(rest[:1]) + rest[1:]
        return _diff(sentence, new[:at] + day + rest, start)
    if lang == "en" and update:
        # "…pop round to sort it [shortly]": the vague time goes where our dated update follows
        new = _tidy(_EN_VAGUE_TAIL.sub("", new), "en", new[:1].isupper())
        contact_en = _EN_OWNED_CONTACT.search(new)
        # (the sentence before handed the matter on, "Your request has gone to the clinical lead.": their call gets
        # no day of ours; our own update follows instead)
        # (or the same sentence: "I've passed your claim to our valuation team and someone will be in touch")
        handed_before = _HANDED_TO["en"].search(fold_phrase(previous)) or _HANDED_TO["en"].search(
            fold_phrase(text[start:max(start, hit_start)]))
        # (a call from another desk, "someone from the claims team / the workshop will ring you": a day on it would date
        # their work and what it settles; our own update follows instead)
        other_team = re.search(r"(?i)\b(?:someone|somebody|one of (?:our|the) [\w-]+) (?:from|at|in|on) (?!(?:the |our )?(?:team|us|here)\b)(?:the |our )?[\w-]+", new)
        if contact_en and deadline and merge_day and not _WITH_OUTCOME.match(new, contact_en.end() + 1) and not handed_before \
                and not other_team:
            # "We'll have someone get back to you about a date" → "… get back to you by Monday 7 December about a
            # date": the contact-back is ours now, so the day goes into it
            at = contact_en.end()
            sent = _EN_SENT_OBJECT.match(new, at)
            if sent:  # "… email you a new one" → "… email you a new one by Tuesday 8 December"
                at = sent.end()
            return _diff(sentence, f"{new[:at]} by {deadline}{new[at:]}", start)
    if not update:
        return _diff(sentence, new, start)
    if lang == "tr" and deadline and not merge_day and own_contact(new, lang):
        # "Marinaya gelip bakacağız, durumu netleşince haber veririz" → "…, her durumda en geç 7 Aralık Pazartesi
        # günü": our conditional contact-back gets its latest day, not a second update sentence after it
        return _diff(sentence, _after_contact(new, _latest_day_clause(text, lang, deadline, new), lang), start)
    stop = _punctuation_end(text, end, sent_end)
    closer = text[end:stop].replace(",", "") or ("" if ends_with_emoji(new) else ".")  # "sort it 👍 We'll …"
    return _diff(text[start:stop], f"{new}{closer} {update}", start)


def _owner(text: str, before: str) -> str:
    """Who takes on an ownerless promise, in the draft's voice: "I'll have" or "We'll have" ("we'll have"
    inside a sentence, after ``before``)."""
    if register(text, "en")[2]:
        return OWNER
    return OWNERS[1] if not any(c.isalnum() for c in before) else "we'll have"


_EN_FILLER = re.compile(
    r"(?i)\b(?:we|i|will|'ll|and|also|again|then|please|you|back|to|with (?:an |any |more |further )?"
    r"(?:update|updates|information|info|details|news)|on (?:this|that|it)|about (?:this|that|it))\b")
_TR_FILLER = re.compile(
    r"\b(?:size|sizi|sizinle|sana|seni|seninle|tekrar|yeniden|konuyla ilgili|bu konuyla ilgili|bu konuda|ayrica|ve|da|de)\b")


def redundant_contact(text: str, sent_start: int, sent_end: int, lang: str) -> Suggestion | None:
    """When the reply already gives a dated next update, a sentence that only promises a vague
    contact-back ("We'll be in touch soon.", "En kısa sürede size dönüş yapacağız.") says it
    again without the day: it goes, with the space after it.  ``None`` when the sentence says more."""
    start, end = sentence_core(text, sent_start, sent_end)
    sentence = text[start:end]
    if lang == "tr":
        folded = strip_turkish_letters(turkish.lower(sentence))
        rest = _TR_CONTACT.sub(" ", folded)
        if rest == folded:
            return None
        rest = _TR_FILLER.sub(" ", _PURE_VAGUE.sub(" ", rest))
    else:
        contacts = [m for m in _EN_CONTACT.finditer(sentence) if _ours(sentence, m)
                    # (not "… the Lost & Found Dept. will contact you": an abbreviation's full stop split its subject off)
                    and not (m.start() == 0 and m.group()[:1] == "w" and _ABBREVIATION_END.search(text, 0, start))]
        if not contacts:
            return None
        rest = _EN_CONTACT.sub(" ", sentence)
        rest = _EN_FILLER.sub(" ", _EN_VAGUE.sub(" ", rest))
    if re.search(r"\w", rest):
        return None
    stop = _punctuation_end(text, end, len(text))
    while stop < len(text) and text[stop] in " \t":
        stop += 1
    if stop >= len(text) or text[stop] in "\r\n":  # the last sentence of its line: the space before it goes
        while start > 0 and text[start - 1] in " \t":
            start -= 1
    return Suggestion(start=start, end=stop, replacement="")


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding ``text[start:end]``, by its punctuation (for a finding without its parse)."""
    before = max((m.end() for m in re.finditer(r"[.!?]+\s+|\n", text[:start])), default=0)
    after = re.search(r"[.!?]+|\n", text[end:])
    return before, end + after.end() if after else len(text)


_NEXT_CORE = re.compile(r"(\s+)([^.!?\n]+?)(?=[.!?]|\s*$)")  # the next sentence's words, before its full stop
_MONTH = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ocak|subat|mart|nisan|mayis|haziran|temmuz|agustos"
          r"|eylul|ekim|kasim|aralik)\w*")
# a day, a date, a clock time or a span of time: not any number ("card ending 0932", "order 4471")
# a day by its name or its date, not a clock time or a span ("Saturday 5 December", "yarın"; not "1 am", "3 days")
CALENDAR_DAY = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|pazartesi|sali|carsamba"
                          r"|persembe|cuma|cumartesi|pazar|yarin)\b"
                          rf"|\b\d{{1,2}}(?:st|nd|rd|th|\.)?\s+{_MONTH}|\b{_MONTH}\s+\d{{1,2}}\b")
_DATED = re.compile(CALENDAR_DAY.pattern + r"|\b\d{1,2}[:.]\d\d\b|\b\d{1,2}\s*(?:am|pm)\b|\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b"
                    r"|\b\d+\s+(?:(?:business|working|is|calendar)\s+)?(?:minute|hour|day|week|month|dakika|saat|gun|hafta|ay)\w*"
                    r"|\bsaat\s+\d")


# a weekday naming a thing, not a time: "your Thursday session", "the Saturday options"
_DAY_AS_MODIFIER = re.compile(r"(?<!\bbefore )(?<!\bby )(?<!\buntil )(?<!\btill )\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?=(?:options?|slots?|sessions?"
                              r"|class(?:es)?|shifts?|rota|timetable|schedule|services?|availability|bookings?|league|match(?:es)?"
                              r"|games?|menu|lessons?|courses?|clubs?|groups?|trips?|tours?|events?|workshops?|meetings?|market)\b)")


def names_a_day(text: str) -> bool:
    """Whether ``text`` names a day or a date ("by Thursday 10 December", "yarın")."""
    return bool(_DATED.search(_DAY_AS_MODIFIER.sub("", fold_phrase(text))))
# a next sentence that names "that day": a day put into this one would change what it means
_ANAPHOR = re.compile(r"(?i)\s+[^.!?\n]*\b(?:that day|the same day|that date|on that date|o gün|o gun|aynı gün|ayni gun"
                      r"|o tarih\w*)\b")
# a sentence that points back at the one before it in time: the update goes after it
# "Luna can eat normally until then": a later sentence that points back at the draft's event, anywhere in it
_MEANWHILE_INSIDE = re.compile(r"(?i)\s+[^.!?\n]{1,100}?\b(?:until then|till then|in the meantime|meanwhile)\b[^.!?\n]*[.!?]+")
_MEANWHILE = re.compile(
    r"(?i)\s+(?:o zamana (?:kadar|dek)|bu arada|bu süre\w*|bu sure\w*|o süre\w*|o sure\w*|bu süreç\w*|bu surec\w*"
    r"|until then|till then|in the meantime|meanwhile|during (?:this|that) time|for (?:now|the time being))\b"
    # to the sentence's end: not a stop inside "£20.50" or after "ref." / "No."
    r"(?:[^.!?\n]|(?<=\d)\.(?=\d)|(?:(?<=\bref)|(?<=\bRef)|(?<=\bREF)|(?<=\bno)|(?<=\bNo)|(?<=\bNO)|(?<=\btel)|(?<=\bTel)|(?<=\bnr)|(?<=\bNr))\.(?=\s*[\w#-]*\d))*[.!?]+")


_CONDITION = {
    # (not an indirect question: "I'll see if Hawthorn is free and get back to you" gets back in any case)
    "en": re.compile(r"(?i)\b(?:once|after|when|as soon as|until|(?<!\bsee )(?<!\bcheck )(?<!\bask )(?<!\bfind out )if|pending)\b"),
    "tr": re.compile(r"(?i)(?:\w+[dt][ıiuü]kt[ae]n sonra|\w+(?:[ıiuü]nca|[ıiuü]nce)\b|\w+(?:d[ıiuü]ğ|t[ıiuü]ğ)[ıiuü]nda\b"
                     r"|\w+(?:d[ıiuü]g|t[ıiuü]g)[ıiuü]nda\b|\w+[dt][ıiuü][ğg][ıiuü](?:n[ıiuü]z)?n[dt][ae]\b|\bbitince\b"
                     r"|\w+[dt][ıiuü][ğg][ıiuü]m[ıiuü]z[dt][ae]\b"  # "bulduğumuzda": when we find it
                     r"|\w+[dt][ıiuü]kl[ae]r[ıi]nd[ae]\b"  # "hazır olduklarında": when they are ready
                     r"|\b(\w{3,}?)(?:[aeıiuü]r|r) \1m[ae]z\b"  # "tamamlanır tamamlanmaz": as soon as it is done
                     r"|\w+d[ıiuü]kça\b|\w+[dt]ikçe\b|\w{2,}(?:[ae]r|[ıiuü]r|m[ae]z)s[ae](?:k|m|n[ıiuü]z)?\b|\w+(?:[ıiuü]|y[ıiuü])s[ae]\b"
                     r"|\bardından\b|\bardindan\b|\bsonrasında\b|\bsonrasinda\b|\bsonrası\b|\bsonrasi\b|\bsonra\b"
                     r"|\w+[dt][ıiuü][ğg][ıiuü]\s+(?:anda|an|zaman|sırada|sirada)\b"
                     # whether it will happen at all: "yer açılıp açılmayacağını bildireceğiz" (news that may not come;
                     # not "bir yol olup olmadığını soracağım", an answer that will come)
                     # (nor a question we put to someone: "istisna yapılıp yapılamayacağını hocamıza danışacağım")
                     r"|\b\w+(?:[ıiuü]p|y[ıiuü]p)\s+\w+m[ae]y[ae]c[ae][ğg][ıiuü]n[ıiuü]\b"
                     r"(?!\s+(?:\w+\s+){0,2}(?:sor|danış|danis|öğren|ogren|teyit|kontrol|bak|araştır|arastir)\w*))"),
}


def _ours(sentence: str, contact: re.Match[str]) -> bool:
    """An English contact-back is ours when it says we/I, or when its left-out subject is we/I
    ("we're checking and will be in touch"; not "our assessors are reviewing it and will be in touch")."""
    if re.match(r"(?i)(?:we|i)\b", contact.group()):
        return True
    ours = ("we", "i", "we're", "i'm", "we've", "i've", "we'll", "i'll")
    # the clause the contact-back closes: after a comma when one opens there ("…, so we're waiting on parts and
    # will update you"), else the sentence
    part = re.sub(r"(?i)^\s*(?:so|and|but|then)\s+", "", re.split(r"[.;!?,]", sentence[:contact.start()])[-1])
    subject = re.match(r"(?i)\s*(\w+(?:'\w+)?)", part)
    if subject and not re.fullmatch(r"(?i)\s*(?:and|but|so|then)?\s*", part):
        return subject.group(1).lower() in ours
    clause = OPENING.sub("", re.split(r"[.;!?]", sentence[:contact.start()])[-1].lstrip())
    subject = re.match(r"(?i)\s*(\w+(?:'\w+)?)", clause)
    if re.match(r"(?i)will\b", contact.group()) and (not sentence[:contact.start()].strip() or re.match(
            r"(?i)\s*(?:just\s+)?\w+ed\b", re.split(r"[.;!?,]", sentence[:contact.start()].rstrip(" ,"))[-1])):
        # a chat without subjects, the writer's: "Will let you know when a slot opens", "…, raised it w/ ops, will
        # update u when i hear back"
        return True
    return bool(subject) and subject.group(1).lower() in ours


def own_contact(sentence: str, lang: str) -> bool:
    """Whether the sentence holds the agent's own contact-back ("we'll get back to you", "size dönüş yapacağız")."""
    if lang == "tr":
        return bool(_TR_CONTACT.search(strip_turkish_letters(turkish.lower(sentence))))
    return any(_ours(sentence, m) for m in _EN_CONTACT.finditer(sentence))


# a team or desk that makes the contact-back, not "we" or "I": "Our ops team will be in touch once …"
_EN_TEAM_CONTACT = re.compile(r"(?i)\b(?:our|the) [\w-]+(?: [\w-]+)? (?:team|department|dept|office|desk|crew|warehouse)\s+"
                              r"(?:will|'ll|are going to|is going to)\b")


def _in_any_case(update: str) -> str:
    """Our English update sentence joined to a contact-back: ", and in any case we'll update you by …" ("I" keeps its capital)."""
    update = update.rstrip(".")
    return f", and in any case {update[:1].lower() if update.startswith('We') else update[:1]}{update[1:]}"


def _join_after(body: str, joined: str) -> str:
    """``joined`` ("; her durumda …") after ``body``; a sentence of its own where the body already has a semicolon."""
    if joined.startswith(";") and ";" in body:
        return f". {joined[2:3].upper()}{joined[3:]}"
    return joined


# someone else's contact-back ("ekip … sizi bilgilendirecektir", "They will contact you when it's done")
_THEIR_CONTACT = {
    "en": re.compile(r"(?i)\b(?:they|he|she|(?:the|our) (?:[\w-]+ ){0,2}(?:team|engineer|technician|department|desk|manager|"
                     r"specialist|courier|carrier|supplier|partner|insurer|underwriter|lab|office|agent|adviser|advisor))"
                     r"(?: will|'ll|’ll) (?:contact you|call you|be in touch|get in touch|get back to you|let you know|update you"
                     r"|e-?mail you|reach out)\b"),
    "tr": re.compile(r"\b(?:sizi|seni|size|sana|sizinle|seninle|tarafiniza)\s+(?:[\w']+\s+){0,2}?(?:bilgilendirecek|arayacak"
                     r"|donus (?:yapacak|saglayacak)|haber verecek|bilgi verecek|ulasacak|iletisime gececek|yazacak|iletilecek)"
                     r"(?:tir|lar|lerdir|lardir)?\b"
                     # after their step, with no pronoun: "Teknik ekip … karavanınıza bakıp bilgi verecek"
                     r"|\b\w+[iu]p\s+(?:bilgi verecek|haber verecek|donus yapacak|bilgilendirecek)(?:tir|ler|lar|lerdir|lardir)?\b"),
}


def their_contact(sentence: str, lang: str) -> bool:
    """Whether the sentence holds someone else's contact-back, not the agent's own."""
    if lang == "tr":
        folded = strip_turkish_letters(turkish.lower(sentence))
        return bool(_THEIR_CONTACT["tr"].search(folded)) and not _TR_CONTACT.search(folded)
    return bool(_THEIR_CONTACT["en"].search(sentence)) and not own_contact(sentence, lang)


def own_step(sentence: str, lang: str) -> bool:
    """Whether the sentence's pending work is the agent's own (we/I, first person)."""
    return bool((_TR_OWN_VERB if lang == "tr" else _EN_CONTACT).search(sentence))


def conditional(sentence: str, lang: str) -> bool:
    """Whether the sentence ties its pending work to a condition ("once …", "-dıktan sonra")."""
    return bool(_CONDITION.get(lang, _CONDITION["en"]).search(sentence))


# --- reframe (condition first) ----------------------------------------------------------------

_EN_CONDITION = re.compile(
    r"(?i)^(?P<lead>.*?)\b(?P<subj>we|I)\s*(?:can't|can’t|cannot|can not|are unable to|am unable to|aren't able to|am not able to"
    r"|are not able to|won't be able to|will not be able to|'re unable to|'m unable to|'re not able to|'m not able to"
    r"|won't|won’t|will not)\s+"
    r"(?P<x>(?:[^,;–—]|(?<=\d),(?=\d{3}))+?)\s+(?P<conj>without|until|unless)\s+(?P<y>(?:[^,;–—]|(?<=\d),(?=\d{3}))+?)\s*$"
)


# "We can't ship order #44120 yet as the distributor hasn't sent our stock": a step still to come, and why
_EN_NOT_YET = re.compile(
    r"(?i)^(?P<lead>.*?)\b(?P<subj>we|I)\s*(?:can't|can’t|cannot|can not|are unable to|am unable to|aren't able to"
    r"|are not able to|won't be able to|will not be able to|'re unable to|'re not able to)\s+"
    r"(?P<x>[^,;–—]+?)\s+yet\s*,?\s+(?:as|because|since)\s+(?P<y>(?:the|our|your|their|it|they|he|she)\b[^,;–—]*?)\s+"
    r"(?P<neg>hasn't|hasn’t|haven't|haven’t|has not|have not|isn't|isn’t|aren't|aren’t|is not|are not)\s+(?P<z>[^,;–—]+?)\s*$"
)


# a partial or early step refused until the condition: after it, the whole thing is done, not that step
_PARTIAL_STEP = {"en": re.compile(r"(?i)\b(?:part(?:ial(?:ly)?)?|early|earlier|separately|in advance|ahead(?! with\b))\b"),
                 "tr": re.compile(r"\b(?:kismi|parcali|kismen|erken|onceden|ayri ayri|ayrica)\b")}
# a decision that follows an assessment, not a step we simply take once the condition is met
_OUTCOME = re.compile(r"(?i)(?:pay|approve|accept|cover|reimburse|compensate|settle|authori[sz]e|grant|honou?r|upgrade|promote|prescribe|diagnose"
                      r"|admit|enrol|enroll)\b")


# a condition whose outcome is open: a review, an approval, a test, or the customer trying something first
_ASSESSED = re.compile(r"(?i)\b(?:review\w*|assess\w*|approv\w*|decid\w*|test\w*|inspect\w*|investigat\w*|verif\w*|report|results?"
                       r"|evaluat\w*|tried|try|trying|checked|checks|panel|committee|board|underwrit\w*)\b"
                       r"|\byou(?:'ve| have)? done (?:it|that|this)\b|\b(?:been|gone|goes|go) through (?:the|our|a|its) \w+")


def condition_first_en(sentence: str) -> str | None:
    """"We can't X without Y" → "As soon as we have Y, we'll X"; "until Y" → "We'll X as soon as Y";
    "unless Y" → "We can X as long as Y".  ``None`` when the sentence has another shape.  A clause of its own after
    it stays as written ("…, and we're still waiting to hear back from them")."""
    whole = _condition_first_en(sentence)
    if whole is None and (tag := _EN_HARD_LINE_TAG.search(sentence)):
        whole = _condition_first_en(sentence[:tag.start()])  # ("…, no exceptions": once the condition leads, the tag
        # only repeats that it is a condition)
    if whole is not None:
        return whole
    joint = _EN_OWN_CLAUSE_AFTER.search(sentence)
    if joint is None:
        return None
    head = _condition_first_en(sentence[:joint.start()])
    return head + sentence[joint.start():] if head is not None else None


# a tag that only insists on the refusal, no reason in it: "…, no exceptions", "… – that's our policy", "…, I'm afraid"
_EN_HARD_LINE_TAG = re.compile(r"(?i)\s*(?:,|\s[–—-])\s*(?:no exceptions|i'm afraid|i am afraid|sorry|that's (?:just )?how it works"
                               r"|that's (?:just )?(?:our|the|company|house) (?:policy|rules?))\s*$")


# a clause of its own after the refusal: "…, and we're still waiting to hear back from them"
# (not a consequence of the refusal: "…, so we've closed your enquiry" would contradict the condition put first)
_EN_OWN_CLAUSE_AFTER = re.compile(r"(?i),\s+and\s+(?:we're|we've|we are|we have|i'm|i've|i am|i have|it's|they're)\s+(?:still\s+)?"
                                  r"(?:waiting|chasing|checking|looking|in touch|speaking|talking)\b")


def _condition_first_en(sentence: str) -> str | None:
    """``condition_first_en`` on a sentence that is only the refusal and its condition."""
    found = _EN_CONDITION.match(sentence) or _EN_NOT_YET.match(sentence)
    if not found:
        return None
    lead = found.group("lead")
    if re.search(r"(?i)\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
                 r"|\b\d{1,2}(?::\d{2})?\s*(?:am|pm)\b|\b(?:today|tonight|tomorrow)\b", found.group("x")):
        return None  # "book your freight on the 12 December sailing until …": once Y comes, that day may have gone
    if lead.strip() and not re.fullmatch(r"(?i)\s*(?:(?:unfortunately|sadly|i'm afraid|i am afraid|regrettably)\s*,?\s*)+", lead):
        if not re.search(r"[,:]\s*$|,\s+and\s+$", lead):
            return None  # the refusal is inside a longer clause (not one of its own after ", and": "…has gone in, and
            # we can't go ahead until …" → "…has gone in, and we'll go ahead once …"; not after ", so", a consequence)
    greeting = lead if not re.fullmatch(r"(?i)\s*(?:(?:unfortunately|sadly|i'm afraid|i am afraid|regrettably)\s*,?\s*)+", lead) else ""
    greeting = re.sub(r"(?i)\b(?:unfortunately|sadly|i'm afraid|i am afraid|regrettably)\s*,?\s*$", "", greeting)
    subj = found.group("subj")
    we = "we" if subj.lower() == "we" else "I"
    will = "we'll" if we == "we" else "I'll"
    if "neg" in found.groupdict():
        # "We can't ship it yet as the distributor hasn't sent our stock" → "We'll ship it once the distributor has
        # sent our stock": the missing step, once done, is the condition
        x, y = found.group("x").strip(), found.group("y").strip()
        done = {"hasn't": "has", "has not": "has", "haven't": "have", "have not": "have", "isn't": "is", "is not": "is",
                "aren't": "are", "are not": "are"}[found.group("neg").lower().replace("’", "'")]
        z = re.sub(r"(?i)^yet\s+|\s+yet$", "", found.group("z").strip())
        if _OUTCOME.match(x) or _ASSESSED.search(z):
            return None  # "… yet as the adjuster hasn't reviewed it": the review may say no; paying would be a promise
        body = f"{will} {x} once {y} {done} {z}"
        if greeting.strip():
            return f"{greeting.rstrip()} {upper_first(body, 'en') if greeting.rstrip().endswith(':') else body}"
        return upper_first(body, "en")
    x, y, conj = found.group("x").strip(), found.group("y").strip(), found.group("conj").lower()
    if conj == "until" and re.match(r"(?i)(?:(?:next|this|the|end|of|mid|early|late|at|least|after)\s+){0,4}(?:(?:mon|tues|wednes|thurs"
                                    r"|fri|satur|sun)day|tomorrow|today|tonight|week|month|year|jan|feb|mar|apr|may|jun|jul|aug"
                                    r"|sep|oct|nov|dec|\d)", y):
        return None  # "until Friday 5 pm", "until next week": a time, not an event ("once Friday 5 pm" doesn't read)
    x = re.sub(r"(?i)\s+either$", "", x)  # "can't proceed with the referral [either] until …": "either" belongs to the negative
    if _OUTCOME.match(x):
        return None  # "we can't pay the claim until …": once Y comes, it is assessed; paying it would be a new promise
    if _PARTIAL_STEP["en"].search(x):
        return None  # "we can't ship part of the order until …": once Y comes the refused part is moot, not promised
    if re.search(r"(?i)\b(?:unless|until|without|if|except)\b", y):
        return None  # "without the receipt unless the manager agrees": two conditions, one of them an exception
    if re.fullmatch(r"(?i)(?:it|them|this|that|these|those|one|that one)", y):
        return None  # "We are unable to move you to B2 without it": "once we have it" names nothing the customer can see
    if conj == "without":
        if re.match(r"(?i)(?:(?:also|first|even|actually|properly|fully)\s+)?\w+ing\b", y) and not re.match(
                r"(?i)(?:a|an|the|your|our)\b", y):
            return None  # "without (also) replacing …": a gerund, not a thing we can have
        if re.search(r"(?i)\b(?:that|which|who)\s+(?:\w+\s+){0,2}\w+ed$|\b(?:missed|cancell?ed|booked|made|taken|left|returned)$", x):
            return None  # "refund lessons that were missed without 24 hours' notice": "without" tells which lessons
        if re.search(r"(?i)\b(?:from|to|for|at|in|on|into)\s+(?:\w+\s+)?\w+s$", x):
            return None  # "pick up from buildings without a concierge": "without" tells which buildings, not what we need
        body = f"once {we} have {y}, {will} {x}"
    elif conj == "until":
        # "We can't assign a tutor until our coordinator reviews your request" → "We can assign a tutor once our
        # coordinator reviews your request": what becomes possible, not a promise of the outcome ("We'll release the
        # refund once the parcel is back with us" where the condition is a plain fact)
        body = f"{we} can {x} once {y}" if _ASSESSED.search(y) else f"{will} {x} once {y}"
    else:
        body = f"{we} can {x} as long as {y}"
    if greeting.strip():  # (after an SMS's sender tag, "Groove Cellar:", a sentence opens)
        return f"{greeting.rstrip()} {upper_first(body, 'en') if greeting.rstrip().endswith(':') else body}"
    return upper_first(body, "en")


def reframe(text: str, sent_start: int, sent_end: int, lang: str) -> Suggestion | None:
    """The ``reframe`` transform: condition first, else the draft's own alternative first, or
    ``None`` (manual)."""
    start, end = sentence_core(text, sent_start, sent_end)
    new = (condition_first_en if lang == "en" else condition_first_tr)(text[start:end])
    following = _NEXT_SENTENCE.match(text, _punctuation_end(text, end, len(text))) if new is not None else None
    if following is not None and _WEIGHED_NEXT[lang].search(fold_phrase(following.group(1))) \
            and not re.search(r"(?i)\b(?:we|i) can\b|\w[ae]bilir", new):  # ("… yapabiliriz": a possibility, not a promise)
        # "… until his vaccination is on file. Once the records come through we'll look at reopening his bookings": the
        # draft only weighs the step once the condition is met; "we'll take him back once …" would promise it
        new = None
    if new is not None and _DECISION_AFTER[lang].search(fold_phrase(text[end:])):
        # "We can't proceed with surgery until your file has been through the MDT. … we'll let you know their decision":
        # the condition is a decision that may say no; "we'll proceed once …" would promise what it decides
        new = None
    if new is not None and lang == "en":
        # "We won't be able to transfer your entry until … Sadly, transfers aren't allowed after the cut-off": the
        # draft refuses the same step again, so "we'll transfer it once …" would contradict it
        verb = re.search(r"(?i)\b(?:we|i)(?:'ll| will| can) (\w{4,})", new)
        rest = fold_phrase(text[end:])
        if verb and re.search(rf"\b{re.escape(verb.group(1)[:6].lower())}\w*\b[^.!?]{{0,20}}\b(?:aren't|are not|isn't|is not|not) "
                              r"(?:allowed|possible|permitted|accepted|available)\b", rest):
            new = None
    if new is not None:
        return _diff(text[start:end], new, start)
    return offer_after_but_first(text, sent_start, sent_end, lang) or alternative_first(text, sent_start, sent_end, lang)


# the draft goes on to a decision still to come (folded): "we'll let you know their decision", "kurulun kararını ileteceğiz"
_DECISION_AFTER = {"en": re.compile(r"\b(?:their|the|its|his|her|a) (?:final )?(?:decision|verdict|ruling|recommendation)\b"),
                   "tr": re.compile(r"\bkarar(?:i|in|ini|lari|larini|iniz)?\b|\bdegerlendirme sonuc\w*")}
# a next sentence that only weighs the refused step (folded): "we'll look at reopening", "tekrar değerlendiririz"
_WEIGHED_NEXT = {"en": re.compile(r"\b(?:look at|looking at|consider|review|reassess|see (?:if|whether)|decide whether)\b"),
                 "tr": re.compile(r"\b(?:tekrar |yeniden )?(?:degerlendir|gozden gecir|bakacag|bakariz)\w*")}


# where a refusal hands over to the draft's own offer in the same sentence: "…, but we can …", "… ama … yapabiliriz"
# (also a bare semicolon before the offer: "…aynı gün değişim yapamayız, parça depodan gelecek; Perşembe 14:00'te
# montaj yapabiliriz")
_BUT = {"en": re.compile(r"(?i)\s*(?:[,;]|\s[–—-])?\s+but\s+(?!(?:also|only|not|unfortunately|sadly)\b)|\s*;\s+(?!but\b)"),
        "tr": re.compile(r"(?i)\s*,?\s+(?:ama|fakat|ancak)\s+(?!yine\b|maalesef\b|ne yaz)|\s*;\s+")}
# a flat "we don't" refusal (NEG009): "we don't allow parents on the trampolines, but you're welcome to watch"
_WE_DO_NOT = re.compile(r"(?i)\bwe (?:don't|don’t|do not)\b")


def refuses(text: str, lang: str) -> bool:
    """Whether ``text`` refuses: says something can't be done, or (English) a flat "we don't"."""
    from .safety import refusal_in

    return refusal_in(text, lang) or (lang == "en" and bool(_WE_DO_NOT.search(text)))
# an "it" that points at nothing ("and it's done", "it's free"), not at the refused thing
_DUMMY_IT = re.compile(r"(?i)\bit(?:'s|’s| is| will be|'ll be)\s+(?:done|sorted|all set|yours|free|free of charge|easy|quick)\b")
_APOLOGY_LEAD = re.compile(r"(?i)^(?:sorry|i'm sorry|i am sorry|we're sorry|apologies|özür|ozur|kusura)\b")


def offer_after_but_first(text: str, sent_start: int, sent_end: int, lang: str) -> Suggestion | None:
    """Move the draft's own offer after "but" ahead of the refusal before it, as a sentence of its own;
    the refusal stays, without its regret opener: "Hi Dani, we aren't able to refund the deposit, but we can
    move your booking to any date up to 31 March." → "Hi Dani, we can move your booking to any date up to
    31 March. We aren't able to refund the deposit."  Nothing moves when the offer points back at the
    refused thing ("but we can repair it"), refuses or asks something itself, or more than one "but" splits
    the sentence."""
    if lang not in _BUT:
        return None
    start, end = sentence_core(text, sent_start, sent_end)
    sentence = text[start:end]
    joints = list(_BUT[lang].finditer(sentence))
    if len(joints) != 1:
        return None
    joint = joints[0]
    refusal, offer = sentence[:joint.start()], sentence[joint.end():]
    if not refuses(refusal, lang) or not _offers(offer, lang) or _POINTS_BACK[lang].search(_DUMMY_IT.sub("", offer)):
        return None
    opening = OPENING.match(refusal)
    head = opening.group() if opening else ""
    body = _REGRET[lang].sub("", refusal[len(head):]).strip()
    if not body or _APOLOGY_LEAD.match(body) or not any(c.isalpha() for c in offer):
        return None  # "Sorry, we can't …, but …": the apology opens the reply; moving the offer ahead of it reads oddly
    if _POINTS_TO_BEFORE.match(fold_phrase(body)) or _BLAME.get(lang, _BLAME["en"]).search(fold_phrase(body)):
        # "Bu yüzden ücretsiz baskı yapamıyoruz; isterseniz …": after the offer, "bu yüzden" would point at the offer
        # (and led by the offer, the reply would end on the blame)
        return None
    closer = text[end:_punctuation_end(text, end, len(text))] or "."
    lead = upper_first(offer.strip(), lang) if not head else offer.strip()
    if head and not head.rstrip().endswith(":"):
        lead = lower_first(lead, lang, text)
    new = f"{head}{lead}{closer} {upper_first(body, lang)}."
    return _diff(text[start:end + len(closer) if text[end:end + len(closer)] == closer else end], new, start)


_TR_CONDITION = re.compile(
    r"^(?P<cond>(?:\S+\s+){0,6}?)(?P<cv>\w+?)(?:m[ae]d[ae]n|(?P<y>y?)[ae]n[ae] kadar)\s*,?\s+"
    r"(?P<rest>(?:\S+\s+){0,6}?)(?P<rv>\w+?)(?P<rb>y?)[ae]m(?:[ıi]yoruz|[ae]y[ıi]z)$"
)


# a decision that follows an assessment (pay, approve, accept, cover, refund): not a step we simply take
_TR_OUTCOME_STEP = re.compile(r"\b(?:odeme|ode|onay|kabul|karsila|tazmin|teminat|kredi)\w*")


# a doctor's prescription refused before the exam, its object wherever it stands ("ilacın reçetesini muayene olmadan
# yazamıyoruz"): written after the exam ("muayene olduğunda reçete yazacağız") it would promise the doctor's decision
_TR_PRESCRIBED = re.compile(r"\brecete\w*\b(?:\s+\w+){0,6}?\s+yaz[ai]m")
# a condition that is a ruling still open, not a requirement the customer meets ("itiraz sonuçlanmadan")
_TR_OPEN_OUTCOME = re.compile(r"(?:sonuclan|degerlendiril|incelen|netles|kesinles|karar)")


# a reason clause between the condition and the refusal (folded): "… bırakıldığı için", "… nedeniyle"
_TR_CAUSE = re.compile(r"\b(?:icin|nedeniyle|yuzunden|sebebiyle|dolayi|\w+d[ıi]g[ıi]ndan|\w+t[ıi]g[ıi]ndan"
                       r"|\w+d[uü]g[uü]ndan|\w+t[uü]g[uü]ndan)\b")
# a condition verb in the passive or "ol-" ("takılmadan", "imzalanmadan", "olmadan"), and one of arriving
# ("gelmeden", "ulaşmadan") whose subject can be said in the third person
_TR_PASSIVE_VERB = re.compile(r"(?:\w{2,}[ıiuü]l|\w*[aeıioöuü]n|ol)$")
_TR_ARRIVAL_VERB = re.compile(r"(?:gel|ulaş|ulas|gir|düş|dus|çık|cik|bit)$")
_TR_CASE_ENDING = re.compile(r"(?:y?[ae]|n?[dt][ae]n?|l[ae])$")


def _third_person_condition(cond: str, verb: str) -> bool:
    """Whether "-DIğInDA" fits the condition: its verb is passive ("takıldığında"), "ol-", or one of arriving
    with its own subject ("Ürün elimize ulaştığında", "yazılı izin geldiğinde"); an active step with no subject
    is the customer's ("Şubeye gelmeden", "formu doldurmadan"), which "-DIğInDA" would not say."""
    if _TR_PASSIVE_VERB.search(verb):
        return True
    return bool(_TR_ARRIVAL_VERB.search(verb)) and any(
        not _TR_CASE_ENDING.search(word) for word in re.findall(r"\w+", turkish.lower(cond)))


# a condition that is someone else's permission or approval (folded)
_TR_PERMISSION = re.compile(r"\b(?:izin|yetki|muvafakat|ruhsat)\w*")


def condition_first_tr(sentence: str) -> str | None:
    """"Kimlik fotokopisi olmadan kargonuzu teslim edemiyoruz" → "Kimlik fotokopisi olduğunda
    kargonuzu teslim edeceğiz"; "… ulaşana kadar … yapamayız" → "… ulaştığında … yapacağız".
    Only in a draft written with Turkish letters (the suffixes follow the written vowels)."""
    if is_plain_turkish(sentence):
        return None
    opening = OPENING.match(sentence)
    head = opening.group() if opening else ""
    body = _REGRET["tr"].sub("", sentence[len(head):])
    found = _TR_CONDITION.match(body)
    if not found or len(found.group("rv")) < 2 or len(found.group("cv")) < 2:
        return None
    if _PARTIAL_STEP["tr"].search(fold_phrase(found.group("rest") + found.group("rv"))):
        return None  # "stok gelmeden kısmi sevkiyat yapamıyoruz": once the stock comes the whole order goes, not a part
    if _TR_OUTCOME_STEP.search(fold_phrase(found.group("rest") + found.group("rv"))) or _TR_PRESCRIBED.search(fold_phrase(body)):
        return None  # "rapor onaylanmadan ödeme yapamıyoruz": the claim is assessed then; paying now would be a promise
    if _TR_OPEN_OUTCOME.match(fold_phrase(found.group("cv"))):
        return None  # "itirazınız sonuçlanmadan kesintiyi durduramıyoruz": the ruling may go either way, not a requirement met
    if _TR_CAUSE.search(fold_phrase(found.group("rest"))):
        return None  # "Motor yıkanmadan bırakıldığı için … yapamayız": the "-madan" belongs to the reason, not a condition
    if not _third_person_condition(found.group("cond"), found.group("cv")):
        return None  # "Şubeye gelmeden …": the customer's own step; "geldiğinde" would name the wrong person
    condition = found.group("cond") + turkish.suffix(found.group("cv"), "DIğIndA", proper=False)
    # someone else's permission ("yönetimden yazılı izin gelmeden"): once it comes we can, not we will (the draft may
    # only promise to look again: "izin çıkınca tekrar değerlendiririz")
    granted = _TR_PERMISSION.search(fold_phrase(found.group("cond") + found.group("cv")))
    verb = turkish.suffix(found.group("rv"), "(y)Abiliriz" if granted else "(y)AcAğIz", proper=False)
    clause = f"{condition} {found.group('rest')}{verb}"
    return head + (clause if head else turkish.capitalize(clause))


_ALTERNATIVE = {
    "en": re.compile(
        # (not "we'll see what we can do": nothing offered yet)
        # (nor "as soon as we can", "everything we can": a manner, not an offer)
        r"(?i)(?<!what )(?<!as soon as )(?<!as quickly as )(?<!as fast as )(?<!as best )(?<!as much as )(?<!everything )"
        r"(?<!all )\b(?:you can|you could|you're welcome to|you are welcome to|you may|we can|we could|i can|i could"
        r"|what (?:i|we) can do (?:is|for you)|instead|alternatively|(?:we|i)(?:'d| would) be (?:happy|glad) to"
        r"|(?:we're|i'm|we are|i am) (?:happy|glad) to|(?:we|i)(?:'ll| will) (?:gladly|happily)"
        # our own next step for the customer: "We'll rebook your realignment once …", "I'll send a new one"
        r"|(?:we|i)(?:'ll| will) (?:rebook|reschedule|book|arrange|send|replace|repair|refund|credit|reserve|hold|add|issue"
        r"|post|fit|install|collect|swap|exchange|offer)"
        # a way open to the customer, named as the way: "the Delay Repay form is the route to go down"
        r"|(?:is|would be) (?:the|your) (?:best |right |quickest )?(?:route|way|option|bet|place) to (?:go|claim|apply|try|ask|book)"
        r"|(?:is|would be) your best (?:bet|option|route)"
        # what the customer keeps: "Your booking still stands for Sunday", "Your slot remains 12 January"
        r"|your (?:\w+ ){0,2}(?:still stands|stands as booked|is still (?:booked|confirmed|valid|reserved|on)"
        r"|remains (?:booked|reserved|confirmed|valid|open|on|in place|(?=\d|mon|tue|wed|thu|fri|sat|sun))))\b"
        # "What I can tell you is …", "you can imagine": a statement, not something the customer can do
        r"(?!\s+(?:\w+ly\s+)?(?:tell|say|assure|promise|guarantee|imagine|understand)\b)"),
    "tr": re.compile(
        r"(?i)(?:\b\w+[ae]bilirsiniz\b|\b\w+[ae]bilirsin\b|\b\w+[ae]biliriz\b|\b\w+[ae]bilirim\b|\bdilerseniz\b|\bisterseniz\b"
        r"|\b(?:bunun|onun) yerine\b|\balternatif olarak\b|\bsizin olabilir\b|\bsizindir\b"
        # what we have set up for the customer: "hesabınıza 2 ders ekledim"
        r"|\b(?:ekle|tanımla|tanimla|ayır|ayir|ayarla|planla|aktar|yükle|yukle)d[ıi](?:m|k)\b"
        # what we will do for the customer: "size fiyat ileteceğim", "yeni tarihi ayarlayacağız" (not a contact:
        # "size haber vereceğiz" offers nothing yet)
        # (a price passed on is an offer; "ekibimize ileteceğim" only forwards the request)
        # (not the refused item sent back: "ürünü size geri göndereceğiz")
        r"|(?<!geri )\b(?:gönder|gonder|yolla|ekle|ayarla|planla|ayır|ayir|hazırla|hazirla|değiştir|degistir|tanımla|tanimla"
        r"|yenile|onar|tamir ed|rezerve ed|iade ed|koy)y?[ae]c[ae][ğg](?:im|iz|ım|ız)\b"
        r"|\b(?:fiyat|teklif)\w* ilet[ei]c[ei][ğg](?:im|iz)\b"
        # where we will be for the customer: "Ama pazartesi sabah ilk iş sizdeyiz"
        r"|\b(?:siz|sen|kapınız|kapiniz|adresiniz|yanınız|yaniniz|evinizde|orada|burada)\w*?(?:d[ae]|t[ae])y[ıi]z\b"
        # what we are trying to set up instead: "başka bir DJ ayarlamaya çalışıyoruz", "… çıkarabilir miyiz diye soracağım"
        r"|\b(?:ayarla|bul|sağla|sagla|planla|düzenle|duzenle|ayır|ayir)m[ae]y[ae] (?:çalışıyoruz|calisiyoruz|çalışıyorum|calisiyorum"
        r"|çalışacağız|calisacagiz|çalışacağım|calisacagim)\b"
        r"|\b\w+(?:[ae]bilir) mi(?:yiz|yim)? diye (?:soracağım|soracagim|soracağız|soracagiz|sordum|sorduk)\b"
        # what the customer keeps: "Rezervasyonunuz Pazar günü için aynen geçerli", "randevunuz duruyor"
        r"|\b(?:rezervasyon|randevu|kayit|kayıt|siparis|sipariş|uyelik|üyelik|yer)\w*(?:n[ıiuü]z)\s+(?:\w+\s+){0,3}?(?:aynen |hâlâ |hala |yine )?"
        r"(?:geçerli|gecerli|duruyor|korunuyor)\b)"),
}
# a sentence that opens on what we have set up for the customer, or on what is open to them: "I've added the
# World Traveller add-on", "Check-in is from 3 pm", "The cottage in Keswick is still free from 2 to 5 February"
_PLAN_LEAD = {"en": re.compile(r"(?i)\W*(?:if (?:it|that|this) (?:helps|would help),"  # "If it helps, the desk at Euston stays open …"
                               r"|(?:i|we)(?:'ve| have) (?:added|booked|arranged|reserved|set up|rebooked|upgraded|moved|switched"
                               r"|asked|put you)\b"
                               # what we are finding out for the customer: "We're checking with our supplier whether …"
                               r"|(?:we're|we are|i'm|i am) (?:checking|asking) (?:with (?:our|the) \w+ )?(?:whether|if)\b"
                               # "I'll see if Hawthorn is free that week": another one of the refused kind, looked for
                               r"|(?:i|we)(?:'ll| will) (?:see|check|find out) (?:if|whether) (?:\w+ ){1,4}(?:is|are) (?:still )?"
                               r"(?:free|available|open)\b"
                               r"|(?:check-in|check in|collection|pickup|pick-up) is (?:from|available)\b"
                               r"|(?:the |your |our )?(?:\w+ ){0,4}(?:is|are) still (?:available|free|open)\b)")}
# a pronoun that points back at the refusal's thing
_POINTS_BACK = {"en": re.compile(r"(?i)\b(?:it|them|this one|that one|he|she|him|her|his|he'll|she'll|he's|she's)\b"
                                 # "whether our partner yard has one free": "one" of the refused thing
                                 r"|\b(?:has|have|had|find|get|source) one\b"
                                 # "You can book one online today" after "… without a GP examination" (not "book one in December")
                                 r"|\b(?:book|arrange|schedule|order) one(?=\s*(?:online|today|now|here|[.,!]|$))"
                                 # "in that shade", "that size": the thing named in the refusal
                                 r"|\b(?:that|those|the same) (?:shade|colou?r|size|model|date|style|design|item|product|fabric|finish)s?\b"),
                # (also a demonstrative that opens it: "Bu işlemi yapmak isterseniz …")
                "tr": re.compile(r"(?i)\b(?:onu|onları|onlari|bunu|bunları|bunlari)\b|^\W*(?:bu|şu|su|o)\s+\w")}
_REGRET = {
    "en": re.compile(r"(?i)^(?:(?:unfortunately|sadly|regrettably|i'm afraid|i am afraid|(?:i'm |we're )?sorry,? but)\s*,?\s*)+"),
    # ("Üzgünüm ama …": led by the offer, the "but" would point back at nothing)
    "tr": re.compile(r"(?i)^(?:(?:maalesef|ne yazık ki|ne yazik ki|(?:üzgünüm|uzgunum|üzgünüz|uzgunuz) ama)\s*,?\s*)+"),
}
def regret_only(words: str, lang: str) -> bool:
    """Whether ``words`` are only a regret opener ("Unfortunately,", "Maalesef")."""
    return bool(_REGRET.get(lang, _REGRET["en"]).fullmatch(words.strip()))


# a greeting that opens a sentence, up to its comma: "Hi Ann, ", "Dear Mr. Haddad, ", "Sayın Okan Bey, "
OPENING = re.compile(
    r"(?i)^(?:(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|merhaba|selamlar|selam|sayın|sayin|değerli|degerli"
    r"|iyi akşamlar|iyi aksamlar|iyi günler|iyi gunler|günaydın|gunaydin)\b"
    r"(?:[^,\n.!?]|(?<=\bmr)\.|(?<=\bms)\.|(?<=\bdr)\.|(?<=\bmrs)\.){0,40},\s*"
    # a Turkish name with its title is a greeting on its own: "Gül Hanım, …", "Ahmet Bey, …"
    r"|(?-i:[A-ZÇĞİÖŞÜ][a-zçğıöşü]+(?: [A-ZÇĞİÖŞÜ][a-zçğıöşü]+)?) (?:Hanım|Hanim|Bey)(?: (?:merhaba|selam|günaydın|gunaydin|iyi günler|iyi gunler))?,\s*"
    # an SMS's sender tag: "FotoBaski: Baskınız …", "PatiVet: Sayın …"
    r"|(?-i:[A-ZÇĞİÖŞÜ][\wÇĞİÖŞÜçğıöşü]{2,20}):\s+(?=[A-ZÇĞİÖŞÜ]))")
# the next sentence: a full stop inside a word ("greenfieldvets.co.uk/book", "v3.2.1") does not end it
# (nor a Turkish ordinal's: "Sözleşmenin 7. maddesinde …")
_NEXT_SENTENCE = re.compile(r"\s*((?:[^.!?\n]|[.!?](?=[\w/])|(?<=\d)\.(?=\s+[a-zçğıöşü]))+[.!?]+)")


def alternative_first(text: str, sent_start: int, sent_end: int, lang: str) -> Suggestion | None:
    """Move the draft's own alternative, said in the next sentence, ahead of the refusal; the
    refusal stays (a decision stays a decision), without its regret opener:
    "Unfortunately we don't refund digital goods. You can exchange your order for store credit." →
    "You can exchange your order for store credit. We don't refund digital goods."  An alternative that
    points back at the refused thing ("We can replace it") stays where it is."""
    from .safety import refusal_in

    start, end = sentence_core(text, sent_start, sent_end)
    stop = _punctuation_end(text, end, len(text))
    following = _NEXT_SENTENCE.match(text, stop)
    if following is None or "\n\n" in text[stop:following.start(1)]:
        return None  # no next sentence in the same paragraph
    middle = ""
    if not _offers(following.group(1), lang) and "?" not in following.group(1) and not own_contact(following.group(1), lang):
        # "… onarım yapamıyoruz. [Kayıt kapatılmış olup … uygulanamamaktadır.] Ücretli onarım teklifini isterseniz
        # iletebiliriz.": the offer after a second statement leads too; the statements stay in their order
        after = _NEXT_SENTENCE.match(text, following.end(1))
        if after is not None and "\n\n" not in text[following.end(1):after.start(1)] and _offers(after.group(1), lang):
            middle, following = " " + following.group(1).strip(), after
    alternative = following.group(1)
    if not _offers(alternative, lang):
        return None
    beyond = _NEXT_SENTENCE.match(text, following.end(1))
    if beyond is not None and "\n\n" not in text[following.end(1):beyond.start(1)] and (
            refusal_in(beyond.group(1), lang) or _NEGATIVE_RULE[lang].search(fold_phrase(beyond.group(1)))):
        return None  # the alternative already leads the next refusal (an earlier pass moved it there): it stays
    if _SIGN_OFF_OFFER.search(fold_phrase(alternative)):
        return None  # "Başka bir sorunuz olursa bize yazabilirsiniz": a closing courtesy, not an alternative to lead with
    if re.match(r"(?i)\W*what (?:i|we) can (?:tell|say)\b", alternative):
        return None  # "Seni bekleme listesine ekledim, durum netleşince haber veririm": its time frame is edited there
    connective = re.match(r"(?i)(?:ama|fakat|ancak|but|however|though|bunun yerine|onun yerine|instead|alternatively)\b,?\s+",
                          alternative)
    if connective:  # "Ama size en güzel masayı ayırdık" leads without its "but" ("Bunun yerine …" without its "instead")
        alternative = alternative[connective.end():]
    if lang == "tr":  # "… devredebilirsiniz ama.": a chat's closing "ama" points back at the refusal; leading, it goes
        alternative = re.sub(r"(?i)\s+(?:ama|ancak|fakat)(?=\s*[.!?…]*\s*$)", "", alternative)
    if lang == "en":  # "I've passed your details to the Bath team [instead]": ahead of the refusal, "instead" of nothing
        alternative = re.sub(r"(?i)\s+instead\b(?=[\s,.;!?]|$)", "", alternative)
        # "What I can do is send you …" leads as "I can send you …": nothing has been ruled out before it yet
        # (not before a noun: "What we can do is a free tidy-up" stays as written)
        alternative = re.sub(r"(?i)^(\W*)what (i|we) can do (?:for you )?is\s+(?!(?:a|an|the|our|your|my|some|any|this|that)\b)",
                             lambda m: f"{m.group(1)}{m.group(2)} can ", alternative)
    if lang == "en":  # "If it helps, I can move your calls to January": leading, it helps nothing said yet
        alternative = re.sub(r"(?i)^(\W*)if (?:it|that|this) (?:helps|would help|suits you|works for you),\s*", r"\1", alternative)
    back = _POINTS_BACK[lang].search(alternative)
    if back and lang == "en" and re.fullmatch(r"(?i)he|she|him|her|his|he'll|she'll|he's|she's", back.group()) and re.search(
            r"\b(?:manager|team|engineer|technician|supplier|colleague|driver|courier|owner|tutor|teacher|instructor|coordinator"
            r"|director|supervisor|guide|chef|vet|doctor|stylist|artist)\b", alternative[:back.start()], re.I) \
            and not _POINTS_BACK[lang].search(alternative, back.end()):
        back = None  # "I've asked the centre manager … once she's had a look": "she" is the manager, named before it
    if back:
        return None  # "We can replace it for £89": ahead of the refusal, "it" would point at nothing
    refusal = text[start:end]
    if _BLAME.get(lang, _BLAME["en"]).search(fold_phrase(refusal)):
        return None  # "…, hata tamamen sizden kaynaklanıyor": led by the offer, the reply would end on the blame
    if _POINTS_TO_BEFORE.match(fold_phrase(_REGRET[lang].sub("", refusal))):
        return None  # "Bu durumda … yapamayız": after the offer, "bu durumda" would point at the offer
    opening = OPENING.match(refusal) or (_EMPATHY_LEAD.match(refusal) if lang == "tr" else None)
    head = opening.group() if opening else ""
    body = _REGRET[lang].sub("", refusal[len(head):]).strip()
    if lang == "en":  # "…for the trailer, unfortunately, so …": its regret goes wherever it stands
        body = re.sub(r"(?i),\s*(?:unfortunately|sadly|regrettably|i'm afraid)\s*(?=,)", "", body)
    if not body:
        return None
    closer = text[end:stop] or "."
    lead = upper_first(alternative.strip(), lang) if not head else alternative.strip()
    if head and not head.rstrip().endswith(":"):  # (after an SMS's sender tag, "OfficeBulk:", a sentence opens)
        lead = lower_first(lead, lang, text)
    new = f"{head}{lead} {upper_first(body, lang)}{closer}{middle}"
    moved = _diff(text[start:following.end(1)], new, start)
    # the edit runs to the moved sentence's end, its full stop included: an edit of that sentence's time frame
    # (inserted at its end) overlaps the move and waits for the next pass, instead of landing after the refusal
    return Suggestion(start=moved.start, end=following.end(1), replacement=new[moved.start - start:])


# a refusal that opens by pointing at what came before it (folded): after a moved offer it would point at the offer
_POINTS_TO_BEFORE = re.compile(r"(?i)\W*(?:bu (?:durumda|nedenle|yuzden|sebeple|kosullarda|sartlarda)|o yuzden|dolayisiyla"
                               r"|in that case|so|therefore|that's why|because of this|under these conditions)\b")
# the customer blamed in the refusal (folded): "hata tamamen sizden kaynaklanıyor", "because you didn't …"
_BLAME = {"tr": re.compile(r"\bsizden kaynaklan\w*|\b(?:sizin )?hatan[iı]z\b(?! (?:degil|yok))|\bhata (?:tamamen |da )?sizde\b"
                           r"|\b\w+(?:d|t)(?:i|u)g(?:i|u)n(?:i|u)z (?:icin|dolayi|nedeniyle|sebebiyle)\b"),
          "en": re.compile(r"\b(?:your (?:own )?(?:fault|mistake|error)|because you|you (?:failed|forgot|didn't|did not|should have))\b")}
# a rule stated as a negative (folded): "iade yapılmamaktadır", "refunds are not given"
_NEGATIVE_RULE = {"tr": re.compile(r"\w+m[ae]m[ae]kt[ae]d[ıi]r\b|\w+m[ae]z\b"),
                  "en": re.compile(r"\b(?:are|is) not (?:given|offered|possible|accepted|refunded|allowed)\b")}


# a closing courtesy (folded): "If you have any other questions, …", "Başka bir sorunuz olursa bize yazabilirsiniz"
_SIGN_OFF_OFFER = re.compile(r"\b(?:any (?:other|more|further) (?:questions|requests)|other (?:questions|requests)|feel free to"
                             r"|don't hesitate|baska bir (?:sorunuz|sorun|talebiniz|isteginiz|ihtiyaciniz|konuda)"
                             # an appeal points back at the decision: "If you disagree, you may request a review"
                             r"|if you disagree|if you'd like to appeal|if you wish to appeal|itiraz etmek isterseniz|karara itiraz"
                             r"|(?:sorunuz|isteginiz|talebiniz|ihtiyaciniz) olursa|sorulariniz (?:icin|olursa)"
                             r"|yardimci olabilecegimiz (?:baska )?bir (?:sey|konu)|anything else (?:we|i) can"
                             r"|bize (?:yazabilirsiniz|ulasabilirsiniz)|bizi arayabilirsiniz"
                             r"|(?:dm|ozel mesaj|mesaj|e-?posta)['’]?\w* (?:yoluyla |ile )?(?:ulasabilirsiniz|yazabilirsiniz|iletebilirsiniz)"
                             r"|(?:dm|message|email|contact) us\b)\b")


# empathy that opens the refusal's sentence, up to its comma: it stays first ("Endişenizi anlıyorum hanımefendi, …")
# (Turkish: an English "Sorry," is a regret opener the moved refusal drops)
_EMPATHY_LEAD = re.compile(r"(?i)^[^,.!?]{0,30}\b(?:anlıyorum|anliyorum)\b[^,.!?]{0,25},\s*")
# a scheduling question that closes an offer: "…randevusu açabilirim, cumartesi 11.00 uygun mu?", "…, does that work?"
_SCHEDULING_TAG = re.compile(r"(?i),\s*(?:[^,.!?]|(?<=\d)[.:](?=\d)){0,40}\b(?:uygun mu|olur mu|uyar mı|uyar mi|ister misiniz|does that work|would that work"
                             r"|would that suit|does that suit|suit you|work for you)\b[^,.!?]{0,20}\?\s*$")


def _offers(sentence: str, lang: str) -> bool:
    """Whether a sentence offers the customer something (and refuses nothing, asks nothing but a time that suits)."""
    from .safety import refusal_in

    sentence = _SCHEDULING_TAG.sub(".", sentence)
    return bool(_ALTERNATIVE[lang].search(sentence) or (_PLAN_LEAD.get(lang) and _PLAN_LEAD[lang].match(sentence))) \
        and not refusal_in(sentence, lang) and "?" not in sentence and not _NOTHING_MORE[lang].search(sentence)


# a dead end said with "suggest" or "offer" (no offer at all): "There's not much else we can suggest."
_NOTHING_MORE = {"en": re.compile(r"(?i)\b(?:nothing|not (?:much|a lot|anything)|little)\s+(?:more\s+|else\s+|further\s+)?"
                                  r"(?:we|i)\s+can\s+(?:do|suggest|offer|recommend)\b"),
                 "tr": re.compile(r"(?i)\b(?:başka|baska) (?:bir )?(?:önerimiz|onerimiz|çözümümüz|cozumumuz) (?:yok|bulunmuyor)")}


# --- drop the dead end ------------------------------------------------------------------------

# "there's nothing (more) we can do (about that)": a dead end that only repeats a refusal already made
_DEAD_END = {
    "en": re.compile(
        r"(?i)(?:there(?:'s|’s| is)\s+(?:nothing|not (?:much|a lot|anything)|little)\s+(?:more\s+|else\s+|further\s+)?"
        r"(?:we|i)\s+can\s+(?:do|suggest|offer)|nothing (?:more |else |further )?can be done|that(?:'s|’s| is) the best we can do"
        r"|(?:our|my) hands are tied)"
        r"(?:\s+(?:about|on|for|with|regarding)\s+(?:that|it|this|(?:this|your|the) (?:one|claim|case|matter|order|booking|request))"
        r"|\s+(?:there|here|now|at this point|at this stage|any ?more|on our side|on our end|from our side|from our end"
        r"|in this case))*"
        r"(?:\s*,\s*(?:sorry|i'm afraid|i’m afraid|i am afraid))?"  # "Our hands are tied on this one, sorry."
        r"(?=\s*[.!?]*\s*$)"),
    "tr": re.compile(
        r"(?i)(?:(?:bu konuda |bu durumda |maalesef |ne yazık ki |ne yazik ki )*"
        r"(?:elimizden (?:başka )?bir şey gelm(?:iyor|ez)|elimizden (?:baska )?bir sey gelm(?:iyor|ez)"
        r"|yapabileceğimiz (?:başka )?bir şey (?:yok|kalmadı)|yapabilecegimiz (?:baska )?bir sey (?:yok|kalmadi)"
        r"|yapacak (?:başka )?bir şey yok|yapacak (?:baska )?bir sey yok))"
        r"(?=\s*[.!?]*\s*$)"),
}
# where the dead end joins the clause before it: ", and", ", so", "; ", " – ", Turkish ", bu yüzden"
_DEAD_END_JOINT = {
    "en": re.compile(r"(?i)(?:\s*[,;]|\s+[–—-]|(?=\s+(?:and|so)\s))\s*(?:and\s+|so\s+|but\s+)?(?:unfortunately\s+|sadly\s+"
                     r"|i'm afraid\s+)?$"),
    "tr": re.compile(r"(?i)(?:\s*[,;]|\s+[–—-]|\s+ve)\s*(?:bu (?:yüzden|yuzden|nedenle)\s+|o (?:yüzden|yuzden)\s+|dolayısıyla\s+"
                     r"|dolayisiyla\s+)?$"),
}


def is_dead_end(words: str, lang: str) -> bool:
    """Whether ``words`` are a door-closing dead end ("there's nothing we can do", "elimizden bir şey gelmez")."""
    rx = _DEAD_END.get(lang)
    return bool(rx and rx.match(words.strip()))


def drop_dead_end(text: str, sent_start: int, sent_end: int, hit_start: int, lang: str,
                  refused: Callable[[str, str], bool]) -> Suggestion | None:
    """A dead end after a refusal the draft already made goes ("We can't accept this claim, as …, [and there is
    nothing further we can do on this claim]." / "Ödemeyi iade edemiyoruz[, elimizden bir şey gelmez]."): the
    refusal stays, the door-closing repeat of it does not. ``refused`` says whether a text states a refusal."""
    rx = _DEAD_END.get(lang)
    if rx is None:
        return None
    core_end = sent_end
    while core_end > sent_start and text[core_end - 1] in " \t\n.!?…":
        core_end -= 1
    dead = rx.match(text[:core_end] + text[core_end:sent_end], hit_start)
    if dead is None or dead.end() < core_end:
        return None
    joint = _DEAD_END_JOINT[lang].search(text, sent_start, hit_start)
    if joint and any(c.isalnum() for c in text[sent_start:joint.start()]):
        if not refused(text[sent_start:joint.start()], lang):
            return None
        return Suggestion(start=joint.start(), end=core_end, replacement="")
    if any(c.isalnum() for c in text[sent_start:hit_start]):
        return None  # "… because there's nothing we can do": not a clause of its own
    before = sentence_before(text, sent_start, 400)
    if not before or not refused(before, lang):
        return None
    stop = core_end
    while stop < sent_end and text[stop] in ".!?…":
        stop += 1
    while stop < len(text) and text[stop] in " \t":
        stop += 1
    begin = sent_start
    if stop >= len(text) or text[stop] in "\r\n":
        # the last sentence before a sign-off: its line break stays ("… another date.\n\nGigBox Support")
        while begin > 0 and text[begin - 1] in " \t":
            begin -= 1
    return Suggestion(start=begin, end=stop, replacement="")
