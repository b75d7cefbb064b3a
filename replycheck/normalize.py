"""Drafts as they arrive — HTML, Markdown, e-mail, plain text — turned into a checkable view.

The view has exactly the length of the input: markup and everything the agent
did not write for this reply (quoted history, signatures, macro placeholders,
the customer's words in quotation marks) are blanked out with spaces, and
block boundaries become line breaks.  Offsets into the view are therefore
offsets into the input as given, and edits computed on the view apply to the
original string, markup and all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Literal

Format = Literal["text", "html", "markdown", "email"]
FORMATS: tuple[str, ...] = ("text", "html", "markdown", "email")

_BLOCK_TAGS = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 tr td th table blockquote section article header footer hr pre".split()
)
_SKIP_TAGS = frozenset({"script", "style", "head", "title", "template", "code", "pre"})
_QUOTE_CLASSES = re.compile(
    r"gmail_quote|gmail_attr|yahoo_quoted|moz-cite-prefix|protonmail_quote|zmail_extra|"
    r"gmail_signature|signature|quote|reply-?quote", re.I
)
_QUOTE_IDS = re.compile(r"divRplyFwdMsg|appendonsend|signature|Signature|mail-editor-reference-message-container")
_VOID = frozenset("br hr img input meta link area base col embed source track wbr".split())

# (a placeholder never holds its own opener: "{{{{{{…" is then checked in linear time)
_PLACEHOLDER = re.compile(
    r"\{\{(?:(?!\{\{).)*?\}\}|\[\[(?:(?!\[\[).)*?\]\]|\{%(?:(?!\{%).)*?%\}|\{[A-Za-z_][\w.]*\}|%[A-Z_]{3,}%", re.S
)
_QUOTED_WORDS = re.compile(r"“[^”\n]{1,300}”|«[^»\n]{1,300}»|(?<![\w\"])\"[^\"\n]{1,300}\"(?![\w\"])")
_REPLY_HEADER = re.compile(
    r"^(?:On .{3,200}? wrote:|Am .{3,200}? schrieb .*:|Le .{3,200}? a écrit ?:|.{3,200}? tarihinde .{0,200}?şunu yazdı:|"
    r"-{2,} ?Original Message ?-{2,}|-{2,} ?Orijinal Mesaj ?-{2,}|_{5,}\s*$|From: .+\n(?:Sent|Date|Gönderildi|Tarih): )",
    re.M,
)
_SIGNATURE = re.compile(r"^-- ?\r?$", re.M)
_EMAIL_QUOTE_LINE = re.compile(r"^[ \t]*>.*$", re.M)
_MARKDOWN_FENCE = re.compile(r"^```.*?^```[ \t]*$|^~~~.*?^~~~[ \t]*$", re.M | re.S)
_MARKDOWN_MARKS = re.compile(r"(?<!\w)(?:\*\*|__|\*|_|~~)(?=\S)|(?<=\S)(?:\*\*|__|\*|_|~~)(?!\w)|^#{1,6}[ \t]|^[ \t]*(?:[-*+]|\d+[.)])[ \t]|`", re.M)
_MARKDOWN_LINK = re.compile(r"!?\[([^\[\]\n]*)\]\(([^()\n]*)\)")  # (no "[" or "(" inside: linear)
_QUOTE_START = re.compile(r"^>", re.M)
_HTML_SNIFF = re.compile(r"<(?:p|div|br|span|html|body|blockquote|a|b|i|u|strong|em|ul|ol|li|table|h[1-6])\b[^>]*>", re.I)
_MARKDOWN_MARKERS = ("**", "__", "#", "](", "```", "- ", "* ")
_MARKDOWN_SNIFF = re.compile(r"\*\*\S|__\S|^#{1,6} \S|\]\([^()\n]+\)|^```|^[ \t]*[-*] \S.*\n[ \t]*[-*] \S", re.M)


@dataclass(frozen=True)
class View:
    """What gets checked: ``text`` (same length as the input) and the format it came in."""

    text: str
    format: str

    def masked(self, original: str, start: int, end: int) -> bool:
        """Whether any character of ``original[start:end]`` was blanked out."""
        return self.text[start:end] != original[start:end]


def detect_format(text: str) -> str:
    """Guess the format of a draft: html, email, markdown or text."""
    if _HTML_SNIFF.search(text):
        return "html"
    if _REPLY_HEADER.search(text) or ("--" in text and _SIGNATURE.search(text)) or (">" in text and _QUOTE_START.search(text)):
        return "email"
    # (each pattern needs one of these strings: checking for them first is much cheaper)
    if any(mark in text for mark in _MARKDOWN_MARKERS) and _MARKDOWN_SNIFF.search(text):
        return "markdown"
    return "text"


def _blank(chars: list[str], start: int, end: int, keep_breaks: bool = True) -> None:
    for i in range(max(0, start), min(end, len(chars))):
        if not (keep_breaks and chars[i] in "\r\n"):
            chars[i] = " "


def _line_offsets(text: str) -> list[int]:
    offsets = [0]
    for match in re.finditer("\n", text):
        offsets.append(match.end())
    return offsets


class _HTMLView(HTMLParser):
    """Blanks tags, entities, skipped elements and quote containers; keeps text at its offsets."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.chars = list(source)
        self.lines = _line_offsets(source)
        self.stack: list[tuple[str, bool]] = []  # (tag, starts a skipped region)
        self.skip_depth = 0
        self.skip_from: int | None = None

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.lines[line - 1] + column

    def _tag_span(self, text: str | None) -> tuple[int, int]:
        start = self._offset()
        return start, start + len(text or "")

    def _mark_tag(self, tag: str, start: int, end: int) -> None:
        _blank(self.chars, start, end)
        if tag in _BLOCK_TAGS and start < end:
            self.chars[start] = "\n"

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        start, end = self._tag_span(self.get_starttag_text())
        self._mark_tag(tag, start, end)
        if tag in _VOID:
            return
        values = dict(attrs)
        skip = (
            tag in _SKIP_TAGS or tag == "blockquote"
            or bool(_QUOTE_CLASSES.search(values.get("class") or ""))
            or bool(_QUOTE_IDS.search(values.get("id") or ""))
            or (values.get("type") or "").lower() == "cite"
        )
        if skip and self.skip_depth == 0:
            self.skip_from = start
        if skip or self.skip_depth:
            self.skip_depth += 1
        self.stack.append((tag, skip or self.skip_depth > 0))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        start, end = self._tag_span(self.get_starttag_text())
        self._mark_tag(tag, start, end)

    def handle_endtag(self, tag: str) -> None:
        start = self._offset()
        end = self.source.find(">", start) + 1 or len(self.source)
        self._mark_tag(tag, start, end)
        # close the innermost open element of this name
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                opened = self.stack[i:]
                del self.stack[i:]
                if self.skip_depth:
                    self.skip_depth = max(0, self.skip_depth - sum(1 for _, counted in opened if counted))
                    if self.skip_depth == 0 and self.skip_from is not None:
                        _blank(self.chars, self.skip_from, end)
                        self.skip_from = None
                break

    def _blank_here(self, text: str) -> None:
        start = self._offset()
        _blank(self.chars, start, start + len(text))

    def handle_entityref(self, name: str) -> None:
        start = self._offset()
        end = self.source.find(";", start) + 1 or start + len(name) + 1
        _blank(self.chars, start, end)
        if name in ("amp",):
            self.chars[start] = "&"

    def handle_charref(self, name: str) -> None:
        start = self._offset()
        end = self.source.find(";", start) + 1 or start + len(name) + 2
        _blank(self.chars, start, end)

    def handle_comment(self, data: str) -> None:
        self._blank_here(f"<!--{data}-->")

    def handle_decl(self, decl: str) -> None:
        self._blank_here(f"<!{decl}>")

    def handle_pi(self, data: str) -> None:
        self._blank_here(f"<?{data}>")

    def result(self) -> str:
        self.close()
        if self.skip_from is not None:  # an unclosed quote container runs to the end
            _blank(self.chars, self.skip_from, len(self.chars))
        return "".join(self.chars)


def _mask_email(text: str, chars: list[str]) -> None:
    header = _REPLY_HEADER.search(text)
    if header:
        _blank(chars, header.start(), len(text))
    signature = _SIGNATURE.search(text)
    if signature:
        _blank(chars, signature.start(), len(text))
    for match in _EMAIL_QUOTE_LINE.finditer(text):
        _blank(chars, match.start(), match.end())


def _mask_markdown(text: str, chars: list[str]) -> None:
    for match in _MARKDOWN_FENCE.finditer(text):
        _blank(chars, match.start(), match.end())
    for match in _MARKDOWN_LINK.finditer(text):
        _blank(chars, match.start(), match.start(1))  # "[" or "!["
        _blank(chars, match.end(1), match.end())  # "](url)"
    for match in _MARKDOWN_MARKS.finditer(text):
        _blank(chars, match.start(), match.end())
    for match in _EMAIL_QUOTE_LINE.finditer(text):
        _blank(chars, match.start(), match.end())


_MAX_TAG = 2_000  # characters: a tag, comment or declaration longer than this is text
_CLOSERS = (("<!--", "-->"), ("<![", "]]>"), ("<?", ">"), ("<!", ">"), ("<", ">"))


def _unclosed_as_text(text: str) -> str:
    """``text`` with every ``<`` that opens nothing closed within ``_MAX_TAG`` characters made
    plain text (same length).  Python's HTML parser rescans the rest of the input for the end
    of each unclosed tag or comment: ``"<p <p <p …"`` took seconds."""
    if "<" not in text:
        return text
    chars: list[str] | None = None
    position = text.find("<")
    while position != -1:
        opener, closer = next((o, c) for o, c in _CLOSERS if text.startswith(o, position))
        if text.find(closer, position + len(opener), position + _MAX_TAG) == -1:
            chars = chars if chars is not None else list(text)
            chars[position] = "\ufffc"  # not markup; the view keeps the original character
        position = text.find("<", position + 1)
    return text if chars is None else "".join(chars)


def make_view(text: str, fmt: str | None = None) -> View:
    """The checkable view of ``text`` in format ``fmt`` (detected when ``None``)."""
    fmt = fmt or detect_format(text)
    if fmt not in FORMATS:
        from .errors import InputError

        raise InputError(f"unknown input format {fmt!r}; use one of: {', '.join(FORMATS)}")
    chars: list[str] | None = None  # plain text is only copied when something needs blanking
    if fmt == "html":
        parser = _HTMLView(text)
        parser.feed(_unclosed_as_text(text))
        viewed = parser.result()
        chars = list(viewed)
        _mask_email(viewed, chars)  # "On … wrote:" written as plain text inside HTML
    elif fmt != "text":
        chars = list(text)
        if fmt == "email":
            _mask_email(text, chars)
        elif fmt == "markdown":
            _mask_markdown(text, chars)
    current = text if chars is None else "".join(chars)
    blanks = [(match.start(), match.end()) for match in _PLACEHOLDER.finditer(current)]
    if '"' in current or "“" in current or "«" in current:
        blanks += [(match.start() + 1, match.end() - 1) for match in _QUOTED_WORDS.finditer(current)]
    if chars is None:
        if not blanks:
            return View(text, fmt)  # plain text with nothing to blank: the draft itself
        chars = list(text)
    for start, end in blanks:
        _blank(chars, start, end)
    return View("".join(chars), fmt)
