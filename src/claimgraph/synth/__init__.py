"""A deterministic synthetic corpus in the annotation format, for benchmarks and scale tests.

The shape of the corpus is measured on the curated articles at run time (`profile`); the registry starts as
an exact copy of the curated one and grows with the number of articles (`world`). One `random.Random` per
article (seeded with the seed and the article number) and one for the registry make the output a pure
function of (articles, seed); article k never depends on how many articles follow it, only on the articles
before it (`writer`: the events still in the news, the accusations still undenied). `output.synthesize`
writes it all and publishes the directory.
"""
