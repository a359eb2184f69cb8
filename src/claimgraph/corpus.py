"""Load the whole input (registry, vocabularies, texts, annotations) and anchor every quote."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .anchors import ArticleText, analyse, locate
from .annotations import Annotation, load_annotation
from .errors import InputError, display_path
from .registry import Registry, load_registry
from .vocab import Vocabulary, load_vocabulary


@dataclass
class Article:
    annotation: Annotation
    text: ArticleText


@dataclass
class Corpus:
    registry: Registry
    vocab: Vocabulary
    articles: list[Article]


def input_paths(data_dir: Path, ontology_dir: Path) -> list[tuple[str, Path]]:
    """Every file whose content determines the build, under a name independent of where it lives."""
    files = [("data/registry.yaml", data_dir / "registry.yaml")]
    for sub, pattern in (("articles", "*.txt"), ("annotations", "*.yaml")):
        files += [(f"data/{sub}/{p.name}", p) for p in sorted((data_dir / sub).glob(pattern))]
    files += [(f"ontology/{p.name}", p) for p in sorted(ontology_dir.glob("*.ttl"))]
    return files


def load_corpus(data_dir: Path, ontology_dir: Path) -> Corpus:
    """Read and check everything before a single triple is produced, so bad input writes nothing."""
    for sub in ("articles", "annotations"):
        if not (data_dir / sub).is_dir():
            raise InputError(
                display_path(data_dir / sub), "directory not found (see docs/annotation-format.md)"
            )
    if not (data_dir / "registry.yaml").is_file():
        raise InputError(display_path(data_dir / "registry.yaml"), "registry file not found")
    vocab = load_vocabulary(ontology_dir / "vocabularies.ttl")
    registry = load_registry(data_dir / "registry.yaml", set(vocab.event_types))
    texts = {p.stem: p for p in sorted((data_dir / "articles").glob("*.txt"))}
    annotation_files = sorted((data_dir / "annotations").glob("*.yaml"))
    annotated = {p.stem for p in annotation_files}
    for stem, path in texts.items():
        if stem not in annotated:
            raise InputError(display_path(path), f"article has no annotation file annotations/{stem}.yaml")
    articles = []
    for path in annotation_files:
        ann = load_annotation(path, registry, vocab)
        if ann.article not in texts:
            raise InputError(ann.path, f"no article text articles/{ann.article}.txt", line=1, field="article")
        text = analyse(ann.article, texts[ann.article], ann.boilerplate)
        for quote in ann.quotes():
            locate(text, quote)
        articles.append(Article(ann, text))
    _check_across(articles, registry)
    return Corpus(registry, vocab, articles)


def _check_across(articles: list[Article], registry: Registry) -> None:
    """Keys that must be unique or resolvable across files: local events and cross-article denials."""
    owner: dict[str, str] = {}
    for art in articles:
        for ev in art.annotation.events:
            if ev.local:
                if ev.key in owner:
                    raise InputError(
                        art.annotation.path,
                        f"duplicate event id {ev.key!r}: already defined in {owner[ev.key]}; "
                        "move it to the registry when several articles report it",
                        line=ev.line,
                        field=f"{ev.field}.id",
                    )
                owner[ev.key] = art.annotation.path
    claims = {(a.annotation.article, c.key): c for a in articles for c in a.annotation.claims}
    for art in articles:
        for c in art.annotation.claims:
            if c.denies and "#" in c.denies:
                article_id, _, key = c.denies.partition("#")
                if (article_id, key) not in claims:
                    raise InputError(
                        art.annotation.path,
                        f"unknown claim {c.denies!r}",
                        line=c.line,
                        field=f"{c.field}.denies",
                    )
