"""Find each quote in its article and compute code-point offsets; offsets are never typed by hand."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from claimgraph.core.errors import InputError, display_path
from claimgraph.core.inputfiles import ARTICLE_CAP, read_capped
from claimgraph.corpus.annotations import Quote

CONTEXT = 32  # characters of oa:prefix / oa:suffix kept around each quote
MIN_REPEAT_CHARS = 80  # a repeated tail shorter than this is not a repeated body


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass
class ArticleText:
    """An article's verbatim text and the regions that carry no story: a repeated copy, boilerplate."""

    id: str
    path: str
    text: str
    sha256: str
    story_end: int
    boilerplate: Span | None = None
    original: Span | None = None
    repeat: Span | None = None

    def context(self, span: Span) -> tuple[str, str]:
        return self.text[max(0, span.start - CONTEXT) : span.start], self.text[span.end : span.end + CONTEXT]


def read_article(path: Path) -> str:
    """Decode strictly: the stored text must stay byte-identical to the source. Only a regular file of at
    most $CLAIMGRAPH_MAX_ARTICLE_BYTES (default 2 MiB) is read; open_inputs has checked where it lies."""
    shown = display_path(path)
    raw = read_capped(path, ARTICLE_CAP.bytes())
    if raw.startswith(b"\xef\xbb\xbf"):
        raise InputError(shown, "starts with a byte-order mark; save the text as UTF-8 without BOM")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(shown, f"not valid UTF-8 (byte {exc.start})", line=line) from None
    if "\r" in text:
        raise InputError(shown, "contains carriage returns; offsets assume \\n line ends")
    bad = re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", text)
    if bad:
        line = text.count("\n", 0, bad.start()) + 1
        raise InputError(shown, f"contains control character U+{ord(bad.group()):04X}", line=line)
    return text


def analyse(article_id: str, path: Path, boilerplate: Quote | None) -> ArticleText:
    """Read the text and mark boilerplate and a repeated body before any quote is located."""
    text = read_article(path)
    art = ArticleText(
        article_id, display_path(path), text, hashlib.sha256(text.encode()).hexdigest(), len(text)
    )
    if boilerplate is not None:
        span = locate(art, boilerplate)
        art.boilerplate = Span(span.start, len(text))
        art.story_end = span.start
    repeated = find_repeated_tail(text, art.story_end)
    if repeated:
        art.original, art.repeat = repeated
    return art


def find_repeated_tail(text: str, limit: int) -> tuple[Span, Span] | None:
    """Find the longest block of lines that ends the story and repeats the block just before it."""
    story = text[:limit].rstrip()
    lines = story.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    for n in range(len(lines) // 2, 0, -1):
        first, second = lines[-2 * n : -n], lines[-n:]
        block = "\n".join(second)
        if first == second and len(block.strip()) >= MIN_REPEAT_CHARS:
            copy_start = starts[len(lines) - n]
            orig_start = starts[len(lines) - 2 * n]
            return Span(orig_start, orig_start + len(block)), Span(copy_start, copy_start + len(block))
    return None


def locate(art: ArticleText, quote: Quote) -> Span:
    """Resolve a quote to one span of the story, or fail with a message that says how to fix it."""
    span = _locate(art, quote)
    quote.span = (span.start, span.end)
    return span


def _locate(art: ArticleText, quote: Quote) -> Span:
    q = quote.text
    found = _occurrences(art.text, q)
    in_story = [p for p in found if p + len(q) <= art.story_end and not _in_repeat(art, p, len(q))]
    if not in_story:
        raise _not_found(art, quote, found)
    if quote.prefix is not None:
        in_story = [p for p in in_story if art.text[:p].endswith(quote.prefix)]
    if quote.suffix is not None:
        in_story = [p for p in in_story if art.text.startswith(quote.suffix, p + len(q))]
    if quote.occurrence is not None:
        if quote.occurrence > len(in_story):
            raise _error(
                quote, f"occurrence {quote.occurrence} requested but the quote occurs {len(in_story)} time(s)"
            )
        return Span(in_story[quote.occurrence - 1], in_story[quote.occurrence - 1] + len(q))
    if not in_story:
        raise _error(quote, "no occurrence matches the given prefix/suffix")
    if len(in_story) > 1:
        lines = ", ".join(str(art.text.count("\n", 0, p) + 1) for p in in_story)
        raise _error(
            quote,
            f"quote occurs {len(in_story)} times in {art.path} (lines {lines}); "
            "add 'occurrence', 'prefix' or 'suffix' to pick one",
        )
    return Span(in_story[0], in_story[0] + len(q))


def _occurrences(text: str, q: str) -> list[int]:
    """Every start of `q` in `text`, overlapping ones included (str.find: no regex to compile per quote)."""
    found, pos = [], text.find(q) if q else -1
    while pos != -1:
        found.append(pos)
        pos = text.find(q, pos + 1)
    return found


def _in_repeat(art: ArticleText, pos: int, length: int) -> bool:
    """An occurrence inside the repeated copy mirrors one in the original and is not counted."""
    if art.repeat is None or art.original is None:
        return False
    if not (art.repeat.start <= pos and pos + length <= art.repeat.end):
        return False
    mirror = pos - (art.repeat.start - art.original.start)
    return art.text[mirror : mirror + length] == art.text[pos : pos + length]


def _not_found(art: ArticleText, quote: Quote, found: list[int]) -> InputError:
    if found and art.boilerplate and all(p >= art.story_end for p in found):
        return _error(quote, f"quote occurs only in the boilerplate of {art.path}, which yields no facts")
    if found and art.boilerplate:  # found verbatim, but only where it runs on past the end of the story
        return _error(quote, f"quote runs into the boilerplate of {art.path}: end it before 'boilerplate'")
    if _normalise(quote.text) in _normalise(art.text):
        return _error(
            quote,
            f"quote not found in {art.path}; it matches only after normalising quotes, dashes "
            "or spaces: copy it exactly",
        )
    return _error(quote, f"quote not found in {art.path}")


def _normalise(text: str) -> str:
    text = text.translate(str.maketrans("\u2018\u2019\u201c\u201d\u2013\u2014", "''\"\"--"))
    return re.sub(r"\s+", " ", text)


def _error(quote: Quote, message: str) -> InputError:
    return InputError(quote.path, message, line=quote.line, field=quote.field)
