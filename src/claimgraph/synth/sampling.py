"""Random draws the generator makes: a cheaper `choice`, categorical distributions, jittered counts.

Every draw goes through one of these, so the stream of random numbers (and with it the corpus) stays a pure
function of (articles, seed); changing how many numbers a helper draws changes every corpus (bump FORMAT).
"""

from __future__ import annotations

import random
from bisect import bisect
from collections.abc import Mapping


class Rng(random.Random):
    """`random.Random` with a cheaper `choice` (one draw per pick; the generator makes ~100 per article)."""

    def choice(self, seq):
        return seq[int(self.random() * len(seq))]


class Weighted:
    """A categorical distribution, sampled with one random number."""

    __slots__ = ("cum", "items", "total")

    def __init__(self, counts: Mapping[str, float]) -> None:
        self.items = sorted(k for k, v in counts.items() if v > 0)
        self.cum, total = [], 0.0
        for k in self.items:
            total += counts[k]
            self.cum.append(total)
        self.total = total

    def pick(self, rng: random.Random) -> str:
        return self.items[bisect(self.cum, rng.random() * self.total)]

    def __bool__(self) -> bool:
        return bool(self.items)


def jitter(values: list[int], rng: random.Random, low: int = 1) -> int:
    """A curated article's count, scaled by a factor in [0.8, 1.2]."""
    return max(low, round(rng.choice(values) * rng.uniform(0.8, 1.2)))
