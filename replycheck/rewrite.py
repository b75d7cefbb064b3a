"""Turn hits into edits and apply edits to the text.

Edits are computed against the original text, so every suggestion's offsets
point at the draft as given.  Deletions repair what they leave behind: a
dangling comma, a doubled space, a sentence that now starts in lower case.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from . import turkish
from .models import Suggestion

_FINAL = ".!?…"
_OPENERS = " \t\"'“‘(«"


def upper_first(text: str, lang: str) -> str:
    """Capitalise the first character, Turkish-aware (``i`` → ``İ``)."""
    if not text:
        return text
    head = text[0]
    if re.match(r"[a-zçğıöşü][A-ZÇĞİÖŞÜ]", text):
        return text  # a brand's own spelling: "iPad", "eSIM", "eBay"
    if lang == "tr" and head == "i":
        head = "İ"
    elif lang == "tr" and head == "ı":
        head = "I"
    else:
        head = head.upper()
    return head + text[1:]


# a word that keeps its capital inside a sentence: a weekday or month ("Monday", "Eylül"), "I"
_PROPER_WORD = re.compile(
    r"(?:I|I'\w+|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September"
    r"|October|November|December|Pazartesi|Salı|Çarşamba|Perşembe|Cuma|Cumartesi|Pazar|Ocak|Şubat|Mart|Nisan|Mayıs"
    r"|Haziran|Temmuz|Ağustos|Eylül|Ekim|Kasım|Aralık)(?![\wçğıöşü])")


def lower_first(text: str, lang: str, context: str = "") -> str:
    """Lower-case the first character when a sentence moves behind a greeting ("Hi Ann, we've …"), Turkish-aware
    (``İ`` → ``i``), unless its first word is a name: an acronym ("UPS"), a weekday or month, "I", or a word the
    ``context`` (the draft) also capitalises inside a sentence ("Mehmet", "Sanden")."""
    word = re.match(r"[^\s,.;:!?'’]+", text)
    if not text or word is None or _PROPER_WORD.match(text) or re.match(r".[A-ZÇĞİÖŞÜ]", word.group()):
        return text
    if context and re.search(r"[\w,;:][ \t]+" + re.escape(word.group()) + r"(?![\wçğıöşü])", context):
        return text
    return (turkish.lower(text[:1]) if lang == "tr" else text[:1].lower()) + text[1:]


# an "as written" opener's end ("… yazdığı üzere", "… belirtildiği gibi") and a place coordinated before it
_TR_AS_WRITTEN = re.compile(r"(?:üzere|gibi)\s*$")
_TR_PLACE_AND = re.compile(r"\w+(?:d|t)[ae]\s+(?:ve|ya da|veya)\s+(?:[\w'’]+\s+)?$")


# a pointer to where it is written, and a relative clause describing that document
_POINTER = re.compile(r"(?i)(?:it|this|that|everything)(?:'s|’s| is| was) (?:all )?(?:in|on|covered in|explained in|set out in)\b")
_POINTER_RELATIVE = re.compile(r"(?i)\s+(?:that|which)\s+(?:came|comes|was|were|is|are|you|we)\b[^,.;:!?]*")


def sentence_before(text: str, sent_start: int, reach: int = 300) -> str:
    """The sentence before the one starting at ``sent_start``, looked for within ``reach`` characters
    ("" for the first)."""
    return re.split(r"(?<=[.!?])\s+", text[max(0, sent_start - reach):sent_start].strip())[-1] if sent_start else ""


def _at_sentence_start(text: str, sent_start: int, start: int) -> bool:
    """Nothing but spaces, quotes, emoji or punctuation between the sentence start and ``start``, or a
    capital right after an emoji that ended the words before it ("… every page 🙂 Just check …")."""
    if not any(c.isalnum() for c in text[sent_start:start]):
        return True
    before = text[sent_start:start].rstrip()
    return text[start:start + 1].isupper() and EMOJI.match(before[-1:]) is not None


def _sentence_core_end(text: str, sent_end: int) -> int:
    """Where the sentence's words end: before its final punctuation and trailing spaces."""
    end = sent_end
    while end > 0 and text[end - 1].isspace():
        end -= 1
    while end > 0 and text[end - 1] in _FINAL:
        end -= 1
    return end


# a subject and its verb alone before the deleted words ("I'm [not sure how else to put it]", "That's [not our department]")
_EMPTY_HEAD = re.compile(r"(?i)\s*(?:(?:honestly|really|frankly|seriously|well|look|to be honest)\s*,?\s+)?"
                         r"(?:i'm|i am|we're|we are|that's|that is|it's|it is|this is)(?:\s+(?:honestly|really|just|frankly|simply))*"
                         # "[That's something] you'd know if you'd read the terms": the pronoun's noun goes too
                         r"(?:\s+(?:something|one thing|a thing|stuff|the kind of thing))?\s*$")


# a connective left hanging at the end of a sentence when what followed it is deleted
_HANGING = re.compile(
    r"(?i)(?:\s*,\s*|\s+)(?:and|but|or|so|ve|ama|fakat)(?:\s+(?:this time|next time|then|also|please|bu (?:sefer|kez)"
    r"|lütfen|lutfen))?\s*$|(?:\s*,\s*|\s+)(?:bu (?:sefer|kez)|this time|next time)\s*$")


# an adverbial that only introduced the deleted words, alone in its clause
EMOJI = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF]")


def emoji_tail(text: str) -> tuple[str, str]:
    """``text`` split before the emoji (and emoticons) that close it: ("… when it does", " 👍"); ("text", "")
    when it ends otherwise."""
    at = len(text.rstrip())
    while at > 0:
        stripped = text[:at].rstrip(" \t\ufe0f\u200d")
        emoticon = _EMOTICON_END.search(stripped[-4:])
        kiss = _KISS_END.search(stripped[-6:])
        if EMOJI.match(stripped[-1:]):
            at = len(stripped) - 1
        elif emoticon:
            at = len(stripped) - len(emoticon.group())
        elif kiss:  # "… and get back to you x": the kiss signs the message off, like an emoji
            at = len(stripped) - len(kiss.group())
        else:
            break
    body = text[:at].rstrip()
    return (body, text[len(body):]) if at < len(text.rstrip()) else (text, "")


def ends_with_emoji(text: str) -> bool:
    """Whether ``text`` ends with an emoji or an emoticon ("… in touch! :)"), a chat sentence closed by
    one instead of a full stop."""
    return bool(EMOJI.match(text.rstrip("\ufe0f")[-1:]) or _EMOTICON_END.search(text[-4:]))


# a Turkish "as I told you" and the words before it that say to whom and when ("sana ilk gün anlattığım gibi")
_TR_AS_TOLD = re.compile(r"(?i)(?:(?:de|da)\s+)?(?:anlattığım|anlattigim|anlattığımız|anlattigimiz|söylediğim|soyledigim|söylediğimiz|soyledigimiz"
                         r"|belirttiğim|belirttigim|belirttiğimiz|belirttigimiz|yazdığım|yazdigim|yazdığımız|yazdigimiz)\s+gibi\b")
# (also at the sentence's start, after a form of address: "Hocam [dün de yazdığım gibi], …")
_TR_TOLD_BEFORE = re.compile(r"(?i)(?:,|^)\s*(?:(?:hocam|abla|abi|abicim|hanım|hanim|bey|efendim)\s+)?"
                             r"((?:(?:size|sana|ilk|gün|gun|dün|dun|geçen|gecen|hafta|haftada|telefonda|daha|önce|once"
                             r"|de|da|zaten)\s+){1,4})$")
# a judging lead-in right before a deleted closing clause: "– surely", ", of course", ", honestly"
_JUDGING_LEAD = re.compile(r"(?i)\s*(?:[–—-]|,)?\s*\b(?:surely|of course|obviously|clearly|honestly|frankly)\s*$")
# a qualifier left after a deleted policy phrase (also a bare plural: "[that's against our policy] for individual retakes")
_QUALIFIER_TAIL = re.compile(r"(?i)\s+(?:for|on|in|at|with|about|regarding|under)\s+(?:(?:this|that|these|the|our|your|all|every|any|each)\b"
                             r"[^,;:.!?]{0,25}|(?:[a-z-]+\s+){0,2}(?!(?:this|his|its|us|is|was|has|does|yes|as|thus|plus|less|unless)\b)[a-z-]{3,}s)$")
_TRAILING_ADVERBIAL = re.compile(
    r"(?i)\s+(?:aslında|aslinda|zaten|yani|herhalde|(?:ama|ancak) neyse|actually|really|honestly|frankly|anyway)"
    rf"(?=\s*[.!?…]*\s*$|\s*[.!?…]|\s*{EMOJI.pattern})")
_LONE_ADVERBIAL = re.compile(
    r"(?i)\s*[,;]\s*(?:bu konuda|bu durumda|bu noktada|maalesef|ne yazık ki|ne yazik ki|şu an(?:da)?|su an(?:da)?"
    r"|bu nedenle|dolayısıyla|dolayisiyla|unfortunately|sadly|in this case|on this|here|at this point"
    r"|aslında|aslinda|zaten|actually|really|honestly|frankly)\s*$")
# an intensifier left without the judging word it intensified ("çok [net] yazıyor", "really [obvious]")
_JUDGED_EASE = re.compile(r"(?i)(?:zor|karmaşık|karmasik|basit|kolay|hard|difficult|complicated|easy|simple)\b")
# "so" before a sentence adverb is a connective ("…, so obviously some difference is normal"), not an intensifier
_CONNECTIVE_SO = re.compile(r"(?i)so\s+(?=(?:obviously|clearly|of course|naturally|evidently)\b)")
_INTENSIFIER_BEFORE = re.compile(r"(?i)(?<!\w)(?:çok|cok|gayet|oldukça|oldukca|very|really|so|pretty|quite)\s+$")


SAID = re.compile(r"(?i)\b(?:explain|said|say|mention|told|tell|stated|states\b|noted|wrote|written|pointed out|point out)")
# where something was said before, right after a deleted "as we explained" (up to its comma)
SAID_WHERE = re.compile(
    r"(?i)(\s+(?:(?:and|or)\s+)?(?:(?:on|in|by|over|at|during)\s+[^,.;:!?\n]{1,30}?|earlier|before|yesterday|last week|twice|again"
    r"|(?:twice|already|before) (?:on|in|by|over) [^,.;:!?\n]{1,30}?|already|(?:twice|before|again) already"
    r"|(?:(?:a|an|one|two|three|a few|a couple of|\d+)\s+)?(?:[a-z]+\s+)?ago)"  # "(a) minute ago", "two days ago"
    r"(?:\s*\([^)\n]{1,20}\))?)(?=\s*,)")  # "yesterday (twice)"
# when it was said, with no comma before the clause that goes on ("As I said yesterday the fridge …")
_SAID_WHEN = re.compile(r"(?i)(\s+(?:yesterday|earlier|last week|this morning|on the phone|on our call))"
                        r"(?=\s+(?:the|your|it|it's|this|that|we|you|i|he|she|they)\b)")
# the last words of a trailing "as …" aside its match left before the sentence's end ("…, as it says clearly on the
# delivery info [page].")
_ASIDE_TAIL = re.compile(r"(?i)((?:\s+(?!(?:you|we|i|they|it|he|she|is|are|was|were|will|can|must|need|needs|have|has|should)\b)"
                         r"[a-z][\w'’-]*){1,2})(?=\s*[.!?]|\s*$)")
# the reporting verb a flagged "as our terms clearly" leaves behind, up to its comma ("… state,")
_REPORT_VERB = re.compile(r"(?i)\s+(?:state|states|say|says|show|shows|explain|explains|mention|mentions|specify|specifies"
                          r"|set out|sets out|spell out|spells out|point out|points out)(?=\s*,)")
# an adverb that only leans on the deleted words: "[That's not my department] anyway; transfers are …"
# (also "[I've covered this twice] already: …", "[I've said this] before, …")
_LEFTOVER_ADVERB = re.compile(r"(?i)\s+(?:anyway|anyhow|either|though|already|before|again)\b(?=\s*[;,:.!?–—-])")
# a bracketed aside right after a deleted pointer: "(page 2!)", "(Did you read it?)"
_PAREN_ASIDE = re.compile(r"\s*\([^()\n]{1,30}\)")
# a Turkish genitive right before a deleted possessed noun: "Firmamızın [politikası gereği]"
_TR_GENITIVE_HEAD = re.compile(r"(?i)(?:^|\s)([^\W\d_]+(?:[ıiuü]n|n[ıiuü]n))\s+$")
# a Turkish clause's verb left after its deleted subject: "[Sizin hatanız] olduğu için", "[…] olduğundan"
_TR_DANGLING = re.compile(r"(?i)\s+(?:olduğu|oldugu)\s+(?:için|icin)\b,?|\s+(?:olduğundan|oldugundan)\b,?")
_MAKES_CLEAR = re.compile(r"(?i)\bmakes? (?:it )?(?:clear|plain|obvious)\b")
# a clause that goes on describing the document pointed at, up to its comma ("… terms you agreed to,")
_SAID_TAIL = re.compile(r"(?i)(\s+(?:(?:that|which)\s+)?(?:you|we|i|to|for)\s+[^,.;:!?\n]{1,40}?)(?=\s*,)")
# a subject left without its words: "…, and I'm honestly [not sure how else to put it]: …"
_STUB = re.compile(
    r"(?i)(?:\s*,\s*(?:and|but)\s+|\s*,\s*|\s+(?:and|but)\s+)(?:i'm|i am|we're|we are)"
    r"(?:\s+(?:honestly|really|just|frankly|genuinely|simply|truly))*\s*$"
    r"|(?i:\s*,\s*(?:(?:bunu|bundan|buna|şunu|sunu|size|sana|ben|biz|sizlere)\s*)+$)")  # ", bunu ben [garanti ederim]"


# an interjection that would be all that is left of a sentence ("Sorry, [that's not my department].")
_LONE_INTERJECTION = re.compile(r"(?i)\s*(?:sorry|apologies|unfortunately|sadly|look|listen|well|ok|okay|so|üzgünüm"
                                r"|maalesef|ne yazık ki|ne yazik ki)\s*,?\s*")
# a reporting verb whose "that" clause is left when it goes ("We've told you before that …")
_SAID_VERB = re.compile(r"(?i)\b(?:told|said|explained|mentioned|stated|noted|advised|informed|pointed out|reminded)\b")
_OPENING_CONNECTIVE = re.compile(r"(?i)(?:but|and|so|however|ama|fakat|ancak|ve)\b,?\s+")
_GREETING_BEFORE = re.compile(r"(?i)(?:^|\n)\s*(?:hi|hello|hey|dear|merhaba|selam|sayın|sayin)\b"
                              r"(?:[^,.!?\n]|(?<=\bmr)\.|(?<=\bmrs)\.|(?<=\bms)\.|(?<=\bdr)\.){0,40},?$")
# words that may go lower-case when a sentence joins the greeting before it ("Dear Mr. Petrov, your application …")
_JOINS_GREETING = frozenset(
    "your the we our this that these those it there thanks thank please you as if when once a an my all after "
    "before since in on for to at with from following unfortunately sadly".split())


_EMOTICON = re.compile(r"[:;]-?[()DPp](?!\w)")
_KISS_END = re.compile(r"(?<=[A-Za-z!.]) x{1,3}$")
_EMOTICON_END = re.compile(r"(?<!\w)[:;]-?[()DPp]$")


# a sentence's opening adverbial that means nothing without the instruction after it: "Next time", "In future,"
_NEXT_TIME_HEAD = re.compile(r"(?i)\W*(?:next time|in (?:the )?future|from now on|going forward|please)\W*")


def statement_after_lead(text: str, edit: Suggestion, sent_end: int) -> Suggestion:
    """A deleted rhetorical lead ("[Surely you noticed] the cartridge wasn't clicked in?") leaves a
    statement: its question mark becomes a full stop."""
    core_end = _sentence_core_end(text, sent_end)
    if text[core_end:core_end + 1] != "?" or text[core_end + 1:core_end + 2] in ("?", "!") or not (
            edit.start < edit.end <= core_end):
        return edit
    return Suggestion(start=edit.start, end=core_end + 1, replacement=edit.replacement + text[edit.end:core_end] + ".")


def delete(text: str, start: int, end: int, sent_start: int, sent_end: int, lang: str) -> Suggestion:
    """Remove ``text[start:end]`` and repair spacing, commas and capitals around it."""
    core_end = _sentence_core_end(text, sent_end)
    trailing = _TRAILING_ADVERBIAL.match(text, end)
    if trailing and (trailing.end() >= core_end or EMOJI.match(text[trailing.end():core_end].lstrip()[:1] or "x")):
        end = trailing.end()  # "…, [bunu sitede herkes görür] aslında." → the lone "aslında" goes too (or before an emoji)
    if (_EMPTY_HEAD.match(text, sent_start, start) and not _at_sentence_start(text, sent_start, start)
            and (end >= core_end or re.match(r"\s*[–—:;,]", text[end:end + 3]))):
        start = sent_start + (len(text[sent_start:start]) - len(text[sent_start:start].lstrip()))
        # "[I'm] not sure how else to put it.", "[That's] not our department – …": the words go with their subject
    alone = re.search(r"(?i)(?:\s*[—–]\s*|\s*[,;]\s*|\s+-\s+)(?:i'm|i am|we're|we are)\s+$", text[sent_start:start]) \
        if lang == "en" and end >= core_end else None
    if alone:
        start = sent_start + alone.start()  # "… under the boiler[ — I'm not sure how else to put it]."
    if lang == "en" and end >= core_end and _NEXT_TIME_HEAD.fullmatch(text, sent_start, start):
        start = sent_start + (len(text[sent_start:start]) - len(text[sent_start:start].lstrip()))
        # "Next time [read the briefing card properly].": the whole sentence goes, not a stray "Next time."
    if (lang == "tr" and _TR_AS_WRITTEN.search(text, start, end) and re.match(r"\s*,", text[end:end + 3])
            and _TR_PLACE_AND.search(text, sent_start, start)):
        # "…imzaladığınız sözleşmede ve web [sitemizde açıkça yazdığı üzere], dönem …": the places coordinated before
        # the words belong to them, so the whole opener goes
        start = sent_start + (len(text[sent_start:start]) - len(text[sent_start:start].lstrip()))
    if _at_sentence_start(text, sent_start, start) and end < core_end and re.match(r"[.!?]+[ \t]+[–—-]", text[end:]):
        # a whole sentence the segmenter joined to the sign-off after it ("… at checkout. — Sign Together team"):
        # it goes with its full stop, the sign-off stays
        stop = end
        while stop < len(text) and text[stop] in _FINAL:
            stop += 1
        while stop < len(text) and text[stop] in " \t":
            stop += 1
        begin = start
        while begin > 0 and text[begin - 1] in " \t":
            begin -= 1
        return Suggestion(start=begin, end=stop - 1 if stop > end else stop, replacement="")
    if _at_sentence_start(text, sent_start, start) and end >= core_end:
        # The whole sentence goes, with the space that followed it (not a line break: "…\n\nRegards" stays apart).
        stop = max(end, core_end)
        while stop < len(text) and text[stop] in _FINAL:
            stop += 1
        while stop < len(text) and text[stop] in " \t":
            stop += 1
        begin = start
        if stop >= len(text) or text[stop] in "\r\n":
            while begin > 0 and text[begin - 1] in " \t":
                begin -= 1
        return Suggestion(start=begin, end=stop, replacement="")
    if lang == "en" and re.search(r"\w-\w+$", text[start:end]):
        noun = re.match(r"[ \t]+[a-z]+(?=\s*[.!?;,)]|\s*$)", text[end:])
        if noun:
            end += noun.end()  # "[it's clearly stated on the sign-up] page." → its noun goes too
    if lang == "en" and _POINTER.match(text[start:end]):
        relative = _POINTER_RELATIVE.match(text, end)
        if relative and relative.end() >= core_end:
            end = relative.end()  # "[it's all in the booklet] that came with your policy." → the clause goes with it
    while end - 1 > start and text[end - 1] in _FINAL:
        end -= 1  # "…, elimizden bir şey gelmez." loses its words, not the sentence's full stop
    qualifier = _QUALIFIER_TAIL.match(text, end, core_end)
    if qualifier and text[:start].rstrip()[-1:] in (",", ";", "–", "—"):
        end = qualifier.end()  # "… issued – [that's against our policy] for this tour." → the tail goes too
    told = _TR_TOLD_BEFORE.search(text[sent_start:start]) if lang == "tr" and _TR_AS_TOLD.match(text, start) else None
    if told:
        start = sent_start + told.start(1)  # "…, [sana ilk gün] anlattığım gibi": to whom and when it was told go with it
    genitive = _TR_GENITIVE_HEAD.search(text, sent_start, start) if lang == "tr" else None
    if genitive and not any(c.isalnum() for c in text[sent_start:genitive.start(1)]) and re.match(r"(?i)[^\W\d_]+(?:s[ıiuü]|[ıiuü])\s+(?:gereği|gereği|gere[gğ]i|uyarınca|nedeniyle)\b", text[start:end]):
        start = genitive.start(1)  # "[Firmamızın] politikası gereği": the owner goes with the policy, not "Firmamızın yalnızca …"
    dangling = _TR_DANGLING.match(text, end) if lang == "tr" else None
    if dangling:
        end = dangling.end()  # "[Sizin hatanız] olduğu için hasar bedelini …": its verb goes with it, not "Olduğu için …"
    leftover = _LEFTOVER_ADVERB.match(text, end)
    if leftover:
        end = leftover.end()  # "[That's not my department] anyway; …" → the "anyway" goes with it
    aside = _PAREN_ASIDE.match(text, end) if re.match(r"(?i)\W*(?:as|like|per)\b", text[start:end]) else None
    if aside:
        end = aside.end()  # "[as we say in the joining email] (page 2!)," / "(Did you read it?)": the aside goes with it
    report_verb = _REPORT_VERB.match(text, end) if re.match(r"(?i)\W*as\b", text[start:end]) else None
    if report_verb:
        end = report_verb.end()  # "[as our card terms clearly] state," goes whole
    aside_tail = _ASIDE_TAIL.match(text, end) if (
        lang == "en" and re.match(r"(?i)as\b", text[start:end]) and text[:start].rstrip()[-1:] in (",", "–", "—")) else None
    if aside_tail:
        end = aside_tail.end(1)
    said_where = SAID_WHERE.match(text, end) if SAID.search(text, start, end) else None
    if said_where:
        end = said_where.end(1)  # "as we explained on the phone," goes whole, not leaving "on the phone,"
    else:
        said_when = _SAID_WHEN.match(text, end) if SAID.search(text, start, end) else None
        if said_when:
            end = said_when.end(1)  # "[As I said yesterday] the fridge …": not "Yesterday the fridge just needs …"
    said_tail = _SAID_TAIL.match(text, end) if SAID.search(text, start, end) or _MAKES_CLEAR.search(
        text, start, end) else None
    if said_tail:
        end = said_tail.end(1)  # "As stated in our terms [you agreed to]," goes whole, not leaving "You agreed to,"
    lead = _JUDGING_LEAD.search(text, sent_start, start) if lang == "en" and end >= core_end else None
    if lead and any(c.isalnum() for c in text[sent_start:lead.start()]):
        start = lead.start()  # "… figures [– surely] you'd have seen that": the lead-in and its dash go too
    intensifier = _INTENSIFIER_BEFORE.search(text, sent_start, start)
    if intensifier and (" " not in text[start:end].strip() or _JUDGED_EASE.match(text, start)) \
            and not _CONNECTIVE_SO.match(text, intensifier.start()):
        start = intensifier.start()  # one judging word goes with its intensifier
    stub = _STUB.search(text, sent_start, start) if not _at_sentence_start(text, sent_start, start) else None
    if stub and stub.start() > sent_start:
        start = stub.start()  # "…30 minutes, and I'm honestly [not sure how to put it]: …" → "…30 minutes: …"
    after = end
    while after < len(text) and text[after] in " \t":
        after += 1
    before = start
    while before > 0 and text[before - 1] in " \t":
        before -= 1
    previous = text[before - 1] if before > 0 else ""
    at_start = _at_sentence_start(text, sent_start, start)
    following = text[after] if after < len(text) else ""
    emoticon = _EMOTICON.match(text, after) is not None  # ":)" is a smiley, not a colon
    if (previous == "," and following == "," and not at_start and not _GREETING_BEFORE.search(text, 0, before)
            and re.search(r"\w", text[sent_start:before - 1])
            # ("Look, [as I said before,] the sync bug …": the comma after an opening word is its own)
            and not _OPENING_WORD.fullmatch(re.split(r"[,;:.!?]", text[sent_start:before - 1])[-1])
            # only where the comma split a subject from its verb ("The fee, …, is £5", "…, which, …, isn't allowed");
            # not after a name or a whole clause ("Mate, …, we can't", "… spent, …, sorry!")
            and lang == "en" and (_VERB_NEXT.match(text, after + 1) or re.search(r"(?i)\b(?:which|who|that)\s*$", text[sent_start:before - 1]))):
        # an aside between commas goes with both: "The fee[, as stated in our FAQ,] is £5", "…, which[, as anyone
        # would know,] isn't allowed" (one comma left would split the subject from its verb)
        stop = after + 1
        while stop < len(text) and text[stop] in " \t":
            stop += 1
        return Suggestion(start=before - 1, end=stop, replacement=" ")
    if (previous == "," and following in (":", ";") and not at_start and not emoticon
            and not _GREETING_BEFORE.search(text, 0, before) and len(text[sent_start:before - 1].split()) >= 3):
        # "… once more[, since it seems to have been missed]: your rate …": the colon after the words stays
        return Suggestion(start=before - 1, end=after, replacement="")
    if following and not emoticon and (following in ",;:" or ((at_start or previous in ",;:") and following in "–—-")) and (
            at_start or (previous and previous in ",;:(–—-")):  # ("" is in every string)
        after += 1
        while after < len(text) and text[after] in " \t":
            after += 1
        following = text[after] if after < len(text) else ""
    if (following in _FINAL and following and _LONE_INTERJECTION.fullmatch(text, sent_start, before)
            and not EMOJI.match(following)):
        # "[Sorry, that's not my department.] Warranty …": a lone "Sorry." would be left; the sentence goes
        stop = after
        while stop < len(text) and text[stop] in _FINAL:
            stop += 1
        while stop < len(text) and text[stop] in " \t":
            stop += 1
        return Suggestion(start=sent_start, end=stop, replacement="")
    if following == "" or following in _FINAL + ")\r\n" or EMOJI.match(following) or emoticon:
        begin = before
        if lang == "en" and previous == "," and following in _FINAL and _GREETING_BEFORE.search(text, 0, before):
            # "Dear Mr. Petrov, [you should have read …]. Your application …" → "Dear Mr. Petrov, your application …"
            nxt = after
            while nxt < len(text) and (text[nxt] in _FINAL or text[nxt] in " \t"):
                nxt += 1
            word = re.match(r"[A-Z][a-z]*\b", text[nxt:])
            if word and word.group().lower() in _JOINS_GREETING:
                return Suggestion(start=start, end=nxt + 1, replacement=text[nxt].lower())
        if begin > 0 and text[begin - 1] in ",;:":
            begin -= 1
        elif begin > 1 and text[begin - 1] in "–—-" and text[begin - 2] in " \t":  # (a spaced hyphen too: "sent - ")
            begin -= 2  # "… issued – [that's against our policy]." → "… issued."
            while begin > 0 and text[begin - 1] in " \t":
                begin -= 1
        hanging = _HANGING.search(text, sent_start, begin)
        if hanging and hanging.start() > sent_start:
            begin = hanging.start()  # "…again, and this time [read it properly]." → "…again."
        lone = _LONE_ADVERBIAL.search(text, sent_start, begin)
        if lone and lone.start() > sent_start:
            begin = lone.start()  # "…faiz uygulandı, bu konuda [elimizden bir şey gelmez]." → "…faiz uygulandı."
        return Suggestion(start=begin, end=after, replacement=" " if EMOJI.match(following) or emoticon else "")
    if at_start or (previous == "," and _GREETING_BEFORE.search(text, 0, before)):
        connective = _OPENING_CONNECTIVE.match(text, after)
        if connective:  # "Hi Mrs Lowe, [sadly] but the …": the connective goes with the words it joined
            after = connective.end()
    if (at_start or previous == ":") and _SAID_VERB.search(text, start, end):
        that = re.match(r"(?i)that\s+", text[after:])
        if that:
            after += that.end()  # "[We've told you before that] no-shows are billed" → "No-shows are billed"
    if at_start:
        # capitalise the first letter that now starts the sentence (past an emoji or a quote)
        letter = after
        while letter < len(text) and not text[letter].isalnum() and text[letter] not in "\r\n" and letter - after < 4:
            letter += 1
        if letter < len(text) and text[letter].isalpha() and upper_first(text[letter], lang) != text[letter]:
            return Suggestion(start=start, end=letter + 1, replacement=text[after:letter] + upper_first(text[letter], lang))
        return Suggestion(start=start, end=after, replacement="")
    joiner = " " if before < start and following not in ",;:" else ""  # no space before a comma
    if joiner and previous.isalnum() and following.isupper() and not any(c.isalnum() for c in text[start:end]):
        joiner = ". "  # "… to the next dock [🙄] We can't …": the emoji ended the sentence, a full stop does now
    return Suggestion(start=before, end=after, replacement=joiner)


# words spelt with a vowel but said with a consonant ("a user", "a one-off") and the reverse ("an hour")
_CONSONANT_SOUND = re.compile(r"(?i)(?:u[bcdfgklmnprstvz][aeiouy]|uni|use|usu|eu|ewe|one\b|once\b|ouija)")
_VOWEL_SOUND = re.compile(r"(?i)(?:hour|honest|honou?r|heir)")
_ARTICLE_BEFORE = re.compile(r"(?i)(?<![\w'’-])(an?)\s+$")


def indefinite_article(word: str) -> str:
    """``a`` or ``an`` before ``word`` by its sound: an acronym by its first letter's name ("an SMS",
    "a PIN"), a word by its spelling with the common exceptions ("a user", "an hour")."""
    if not word:
        return "a"
    letters = re.match(r"[A-Za-z]+", word)
    if letters and len(letters.group()) > 1 and letters.group().isupper():
        return "an" if word[0] in "AEFHILMNORSX" else "a"
    if _VOWEL_SOUND.match(word):
        return "an"
    if word[0] in "aeiouAEIOU" and not _CONSONANT_SOUND.match(word):
        return "an"
    if word[0] in "8":  # "an 8-digit code"
        return "an"
    return "a"


def replace(text: str, start: int, end: int, replacement: str, sent_start: int, lang: str) -> Suggestion:
    """Replace ``text[start:end]``, capitalising at a sentence start; in English the article just before
    follows the replacement's first word ("a [root cause analysis]" → "an investigation into the cause")."""
    original = text[start:end]
    if original[:1].isupper() and (_at_sentence_start(text, sent_start, start) or ends_with_emoji(text[:start].rstrip())):
        replacement = upper_first(replacement, lang)  # (a chat sentence may end with an emoji: "… basit 😊 Bir kez …")
    elif original[:1].islower() and replacement[:1].isupper() and replacement[1:2].islower():
        replacement = replacement[0].lower() + replacement[1:]
    article = _ARTICLE_BEFORE.search(text, max(sent_start, start - 4), start) if lang == "en" else None
    first = re.match(r"[\w-]+", replacement)
    if article and first and re.fullmatch(r"(?i)two|three|four|several|multiple|both|some|\d+", first.group()):
        # "a [double NAT]" → "two routers in a row": a plural takes no article
        return Suggestion(start=article.start(1), end=end, replacement=upper_first(replacement, lang)
                          if article.group(1)[:1].isupper() else replacement)
    if article and first and not re.fullmatch(r"(?i)an?|the", first.group()):
        wanted = indefinite_article(first.group())
        if wanted != article.group(1).lower():
            wanted = wanted.capitalize() if article.group(1)[:1].isupper() else wanted
            return Suggestion(start=article.start(1), end=end, replacement=f"{wanted}{text[article.end(1):start]}{replacement}")
    mass = _ARTICLE_AND_MODIFIER.search(text, max(sent_start, start - 30), start) if lang == "en" else None
    if mass and _MASS_NOUN.fullmatch(replacement.split(" (")[0].strip()) and _HEAD_ENDS.match(text, end):
        # "a malformed [payload]" → "malformed data", not "a malformed data": a mass noun takes no "a"
        return Suggestion(start=mass.start(1), end=end, replacement=f"{text[mass.end(1):start].lstrip()}{replacement}"
                          if not mass.group(1)[:1].isupper() else upper_first(f"{text[mass.end(1):start].lstrip()}{replacement}", lang))
    if (lang == "en" and original.isupper() and _BARE_PREPOSITION.search(text, max(sent_start, start - 9), start)
            and _HEAD_ENDS.match(text, end)
            and re.fullmatch(r"(?!(?:our|the|a|an|your|their|my|its)\b)[a-z][a-z -]*[a-rt-z] \([A-Z0-9&/-]+\)", replacement)):
        # "stuck in [WMS]" → "stuck in the stock system (WMS)": the acronym was a name, the gloss is a common noun
        replacement = "the " + replacement
    return Suggestion(start=start, end=end, replacement=replacement)


_VERB_NEXT = re.compile(r"(?i)\s*(?:is|are|was|were|has|have|had|will|would|can|could|should|must|may|might|does|do|did"
                        r"|isn't|aren't|wasn't|weren't|hasn't|haven't|won't|can't|cannot|doesn't|don't|didn't|needs|takes"
                        r"|ships|costs|covers|includes|runs|starts|ends|opens|closes|applies|comes|goes|stays|remains)\b")
_OPENING_WORD = re.compile(r"(?i)\s*(?:look|however|well|so|also|now|anyway|honestly|again|and|but|then|yes|no|ok|okay"
                           r"|bakın|bakin|ancak|ayrıca|ayrica|yani|evet|hayır|hayir|tamam|maalesef|aslında|aslinda|ama"
                           r"|fakat|ne yazık ki|ne yazik ki|hocam|abi|abla)\s*")
# the acronym heads its phrase (not "on QC hold", "at PSP level"): punctuation or a function word follows
_HEAD_ENDS = re.compile(r"(?i)\s*(?:[,.;:!?)]|$|(?:because|and|but|or|so|to|for|on|in|at|with|since|until|while|is|was|are|were"
                        r"|has|had|will|which|that|when|where|now|yet|already|again|today|yesterday|this|right)\b)")
# "a" / "an" and one or two modifiers before a replaced word ("a malformed [payload]"), and a mass noun
_ARTICLE_AND_MODIFIER = re.compile(r"(?i)(?<![\w'’-])(an?)\s+(?:[a-z][\w-]*\s+){1,2}$")
_MASS_NOUN = re.compile(r"(?i)(?:[\w-]+\s+)?(?:data|information|software|hardware|equipment|paperwork|advice|feedback|furniture"
                        r"|luggage|baggage|evidence|storage|stock|mail|post|traffic|access)")
_BARE_PREPOSITION = re.compile(r"(?i)(?<![\w'’-])(?:in|on|at|from|into|via|through|with|to)\s+$")


def insert_end(text: str, sent_end: int, replacement: str) -> Suggestion:
    """Insert before the sentence's final punctuation (or at its end)."""
    at = _sentence_core_end(text, sent_end)
    return Suggestion(start=at, end=at, replacement=replacement)


def append_sentence(text: str, sent_end: int, replacement: str) -> Suggestion:
    """Add a sentence after this one, closing this one with a full stop if it has none."""
    at = sent_end
    while at > 0 and text[at - 1].isspace():
        at -= 1
    closer = "" if at > 0 and (text[at - 1] in _FINAL or ends_with_emoji(text[:at])) else "."
    return Suggestion(start=at, end=at, replacement=f"{closer} {replacement}")


def apply(text: str, suggestions: Iterable[Suggestion]) -> str:
    """Apply non-overlapping edits, earliest first; an edit overlapping an applied one is skipped,
    and a ``manual`` suggestion (a template for the agent) is never applied."""
    return apply_counting(text, suggestions)[0]


def apply_counting(text: str, suggestions: Iterable[Suggestion]) -> tuple[str, int]:
    """Like :func:`apply`, also returning how many edits were skipped for overlapping."""
    rewritten, skipped, _ = apply_tracked(text, list(suggestions))
    return rewritten, skipped


_OPENS_SENTENCE = re.compile(r"(?:^|[.!?…]\s+|\n\s*)$")
Applied = list[tuple[int, int, int]]  # (start, end, length of the replacement) of each applied edit, in order


def apply_tracked(text: str, edits: Iterable[Suggestion]) -> tuple[str, int, Applied]:
    """Apply non-overlapping edits earliest first (manual ones never; an exact duplicate once);
    return the text, how many were skipped for overlapping, and what was applied."""
    pieces: list[str] = []
    cursor = 0
    skipped = 0
    applied: Applied = []
    last: tuple[int, int, str] | None = None
    for edit in sorted(edits, key=lambda s: (s.start, s.end)):
        if edit.applicability == "manual":
            continue
        if last == (edit.start, edit.end, edit.replacement):
            continue
        if edit.start < cursor:
            skipped += 1
            continue
        pieces.append(text[cursor:edit.start])
        replacement = edit.replacement
        if (applied and applied[-1][1] == edit.start and applied[-1][2] == 0 and replacement[:1].islower()
                and text[edit.start:edit.start + 1].isupper() and _OPENS_SENTENCE.search("".join(pieces)[-200:])):
            # "[Daha önce de söylediğim gibi] RMA kaydını" → "İade onayı (RMA) kaydını": the sentence's new first word
            turkish = any(c in text for c in "ğışİöüçĞŞÖÜÇ")
            replacement = ("İ" if turkish and replacement[0] == "i" else replacement[0].upper()) + replacement[1:]
        pieces.append(replacement)
        cursor = edit.end
        applied.append((edit.start, edit.end, len(edit.replacement)))
        last = (edit.start, edit.end, edit.replacement)
    pieces.append(text[cursor:])
    return "".join(pieces), skipped, applied


