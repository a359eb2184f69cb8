"""Property: whatever bytes an annotation file holds, loading it (the build's own reading, checking and
anchoring path, in-process with the real registry, vocabularies and article text) ends in one of two
ways only: a clean annotation, or an InputError whose message is one line -- which the CLI prints as
one line with exit 2. Anything else (another exception, a multi-line message, a "clean" annotation
that carries a control character) is a failure.

Examples are mutations of a real annotation file (a field given a new value, a line replaced or
inserted, the file cut short) with YAML-significant fragments, plus arbitrary text and bytes.
Before the fix for item 9, Hypothesis found a label with an escape sequence (`"x\\e[2J"`) that
loaded cleanly, so the property failed."""

from __future__ import annotations

import dataclasses
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimgraph.core.errors import InputError
from claimgraph.core.resources import resource_dir
from claimgraph.corpus.inputs import Inputs, load_article, open_inputs

ARTICLE = "004_e6948105772ef9ec"
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
LABEL_CONTROL = re.compile(r"[\x00-\x1f\x7f]")

FRAGMENTS = [
    "article: ",
    ARTICLE,
    "label: ",
    "quote: ",
    "claims:",
    "events:",
    "  - id: x",
    "    type: Accusation",
    "claimant: mohsin-naqvi",
    '"x\\e[2J"',
    '"a\\tb"',
    '"\\0"',
    '"\\x85"',
    '"\\u202e"',
    "&a",
    "*a",
    "!!python/object:os.system",
    "!!binary AAAA",
    "[",
    "]",
    "{",
    "}",
    ": ",
    "- ",
    "? ",
    "|",
    ">",
    "#",
    "\t",
    "\n",
    "  ",
    "~",
    "null",
    "2024-13-45",
    "1e400",
    "0x1f",
    "---",
    "...",
    "%YAML 1.1",
    "\ufeff",
    "'",
    '"',
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Inputs, Path, str]:
    data = tmp_path_factory.mktemp("prop") / "data"
    shutil.copytree(resource_dir("data"), data)
    inputs = open_inputs(data, resource_dir("ontology"))
    path = data / "annotations" / f"{ARTICLE}.yaml"
    return inputs, path, path.read_text(encoding="utf-8")


fragment_text = st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=8), max_size=12).map("".join)


@st.composite
def mutated(draw, original: str) -> bytes:
    lines = original.splitlines(keepends=True)
    kind = draw(st.sampled_from(["value", "value", "replace", "insert", "truncate", "text", "bytes"]))
    if kind == "bytes":
        return draw(st.binary(max_size=512))
    if kind == "text":
        return draw(fragment_text).encode("utf-8", "surrogatepass")
    i = draw(st.integers(0, len(lines) - 1))
    if kind == "truncate":
        return "".join(lines[:i]).encode()
    if kind == "value":  # keep a `key:` and give it a new value: reaches each field's own checks
        keyed = [j for j, line in enumerate(lines) if re.match(r"\s*(- )?[a-z_]+: ", line)]
        j = keyed[i % len(keyed)]
        key = re.match(r"\s*(- )?[a-z_]+: ", lines[j]).group()
        value = draw(st.sampled_from(FRAGMENTS[9:15]) | fragment_text)
        kept = [*lines[:j], f"{key}{value}\n", *lines[j + 1 :]]
        return "".join(kept).encode("utf-8", "surrogatepass")
    indent = re.match(r"\s*", lines[i]).group()
    new = indent + draw(fragment_text) + "\n"
    kept = [*lines[:i], new, *lines[i + (1 if kind == "replace" else 0) :]]
    return "".join(kept).encode("utf-8", "surrogatepass")


def strings(value, seen=None):
    """Every (field name, str) inside a loaded annotation, recursively."""
    if isinstance(value, str):
        yield None, value
    elif dataclasses.is_dataclass(value):
        for f in dataclasses.fields(value):
            for name, text in strings(getattr(value, f.name)):
                yield name or f.name, text
    elif isinstance(value, list | tuple | set | frozenset):
        for item in value:
            yield from strings(item)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from strings(key)
            yield from strings(item)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_annotation_loader_ends_clean_or_with_one_line(corpus, data):
    inputs, path, original = corpus
    raw = data.draw(mutated(original))
    path.write_bytes(raw)
    try:
        article = load_article(inputs, path)
    except InputError as exc:
        message = str(exc)
        assert "\n" not in message and "\r" not in message, message
        assert message.startswith(str(Path(exc.path))) or exc.path in message
        return
    finally:
        path.write_text(original, encoding="utf-8")
    for name, text in strings(article.annotation):
        pattern = LABEL_CONTROL if name in ("label", "alt_labels") else CONTROL
        assert not pattern.search(text), (name, text)


def test_the_unmutated_file_loads(corpus):
    """Control: the property's starting point is a clean annotation."""
    inputs, path, _ = corpus
    assert load_article(inputs, path).annotation.article == ARTICLE
