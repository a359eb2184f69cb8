"""Load the whole input (registry, vocabularies, texts, annotations) and anchor every quote."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from claimgraph.core.errors import InputError, display_path
from claimgraph.core.fields import ARTICLE_ID, suggest
from claimgraph.core.inputfiles import ARTICLE_CAP, YAML_CAP, Cap, check_inside, check_regular
from claimgraph.corpus.anchors import ArticleText, analyse, locate
from claimgraph.corpus.annotations import Annotation, load_annotation
from claimgraph.corpus.registry import Registry, load_registry
from claimgraph.corpus.vocab import Vocabulary, load_vocabulary


@dataclass
class Article:
    annotation: Annotation
    text: ArticleText


@dataclass
class Corpus:
    registry: Registry
    vocab: Vocabulary
    articles: list[Article]


@dataclass
class Inputs:
    """The checked registry and vocabularies, and the article files to map (texts paired with annotations)."""

    registry: Registry
    vocab: Vocabulary
    texts: dict[str, Path]
    annotation_files: list[Path]


@dataclass(frozen=True)
class ArticleKeys:
    """What cross-file checks need from one article, small enough to send back from a worker process."""

    path: str
    article: str
    local_events: tuple[tuple[str, int, str], ...]  # (key, line, field)
    claims: frozenset[str]
    denies: tuple[tuple[str, int, str], ...]  # ("<article>#<key>", line, field) for cross-article denials


def open_inputs(data_dir: Path, ontology_dir: Path) -> Inputs:
    """Check the layout, the vocabularies and the registry, and pair every text with its annotation."""
    for sub in ("articles", "annotations"):
        if not (data_dir / sub).is_dir():
            raise InputError(
                display_path(data_dir / sub), "directory not found (see docs/annotation-format.md)"
            )
        check_inside(data_dir / sub, data_dir)
    if not (data_dir / "registry.yaml").exists():
        raise InputError(display_path(data_dir / "registry.yaml"), "registry file not found")
    vocab = load_vocabulary(ontology_dir / "vocabularies.ttl")
    registry_file = _untrusted(data_dir / "registry.yaml", data_dir, YAML_CAP)
    registry = load_registry(registry_file, set(vocab.event_types))
    text_files = _input_files(data_dir, "articles", "*.txt", ARTICLE_CAP)
    annotation_files = _input_files(data_dir, "annotations", "*.yaml", YAML_CAP)
    texts = {p.stem: p for p in text_files}
    annotated = {p.stem for p in annotation_files}
    for stem, path in texts.items():
        if stem not in annotated:
            raise InputError(display_path(path), f"article has no annotation file annotations/{stem}.yaml")
    return Inputs(registry, vocab, texts, annotation_files)


def _input_files(data_dir: Path, sub: str, pattern: str, limit: Cap) -> list[Path]:
    """The files of one input directory, each checked before anything is read: the name is an article
    id, the file is regular, inside the data directory and under its size cap."""
    found = sorted((data_dir / sub).glob(pattern))
    for path in found:
        if not ARTICLE_ID.match(path.stem):
            raise InputError(
                display_path(path),
                f"file name {path.stem!r} is not an article id (lower-case letters, digits and underscores, "
                "words joined by single hyphens; see docs/annotation-format.md)",
            )
        _untrusted(path, data_dir, limit)
    return found


def _untrusted(path: Path, data_dir: Path, limit: Cap) -> Path:
    """A symlink must stay inside the data directory; the target must be a regular file under the cap
    (stat only: a FIFO or device is refused without being opened)."""
    if path.is_symlink():
        check_inside(path, data_dir)
    check_regular(path, limit.bytes())
    return path


def load_article(inputs: Inputs, path: Path) -> Article:
    """One annotation with its text; every quote is located, so mapping cannot fail afterwards."""
    ann = load_annotation(path, inputs.registry, inputs.vocab)
    if ann.article not in inputs.texts:
        raise InputError(ann.path, f"no article text articles/{ann.article}.txt", line=1, field="article")
    text = analyse(ann.article, inputs.texts[ann.article], ann.boilerplate)
    for quote in ann.quotes():
        locate(text, quote)
    return Article(ann, text)


def load_corpus(data_dir: Path, ontology_dir: Path) -> Corpus:
    """Read and check everything before a single triple is produced, so bad input writes nothing."""
    inputs = open_inputs(data_dir, ontology_dir)
    articles = [load_article(inputs, path) for path in inputs.annotation_files]
    check_across([article_keys(a) for a in articles])
    return Corpus(inputs.registry, inputs.vocab, articles)


def article_keys(art: Article) -> ArticleKeys:
    ann = art.annotation
    return ArticleKeys(
        path=ann.path,
        article=ann.article,
        local_events=tuple((ev.key, ev.line, f"{ev.field}.id") for ev in ann.events if ev.local),
        claims=frozenset(c.key for c in ann.claims),
        denies=tuple(
            (c.denies, c.lines["denies"], f"{c.field}.denies")
            for c in ann.claims
            if c.denies and "#" in c.denies
        ),
    )


def check_across(articles: list[ArticleKeys]) -> None:
    """Keys that must be unique or resolvable across files: local events and cross-article denials."""
    owner: dict[str, str] = {}
    for art in articles:
        for key, line, field in art.local_events:
            if key in owner:
                raise InputError(
                    art.path,
                    f"duplicate event id {key!r}: already defined in {owner[key]}; "
                    "move it to the registry when several articles report it",
                    line=line,
                    field=field,
                )
            owner[key] = art.path
    claims = {a.article: a.claims for a in articles}
    for art in articles:
        for target, line, field in art.denies:
            article_id, _, key = target.rpartition("#")  # as the mapper splits it
            if article_id not in claims:
                message = f"unknown article {article_id!r} in {target!r}{suggest(article_id, claims)}"
                raise InputError(art.path, message, line=line, field=field)
            if key not in claims[article_id]:
                message = f"unknown claim {target!r}{suggest(key, claims[article_id])}"
                raise InputError(art.path, message, line=line, field=field)
