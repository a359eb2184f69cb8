"""A time and size budget for OWL RL / RDFS closures, which owlrl runs without any bound.

Annotation data can make the closure explode: a chain of 200 `owl:sameAs` triples entails about 20,000
triples and took minutes under `validate --inference owlrl`. The budget is enforced from inside the
closure (owlrl calls `rules` once per triple per cycle and `store_triple` for each candidate), so the
run stops within moments of crossing it and the user gets one line, exit 2, instead of a hang.

Defaults (environment variables): CLAIMGRAPH_INFERENCE_SECONDS=120 wall-clock seconds, and
CLAIMGRAPH_INFERENCE_MAX_TRIPLES=1,000,000 entailed triples; the packaged data needs about 20 s and a
few tens of thousands (docs/security.md)."""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from claimgraph.core.errors import ClaimgraphError

SECONDS = ("CLAIMGRAPH_INFERENCE_SECONDS", 120.0)
MAX_TRIPLES = ("CLAIMGRAPH_INFERENCE_MAX_TRIPLES", 1_000_000)
_CHECK_EVERY = 256  # calls between clock reads: a read per triple would cost more than the rule
_HINT = "; long owl:sameAs chains make the closure explode (raise the budget if the data is just large)"


class InferenceBudgetExceeded(ClaimgraphError):
    """The closure outgrew its budget: input, not a crash, so exit 2 with one line."""


@dataclass
class Budget:
    seconds: float
    max_triples: int
    what: str = "inference"
    started: float = field(default_factory=time.monotonic)
    added: int = 0
    calls: int = 0

    @classmethod
    def from_environment(cls, what: str = "inference") -> Budget:
        return cls(_number(*SECONDS, float), int(_number(*MAX_TRIPLES, int)), what)

    def tick(self) -> None:
        self.calls += 1
        if self.calls % _CHECK_EVERY == 0 and time.monotonic() - self.started > self.seconds:
            raise InferenceBudgetExceeded(
                f"{self.what} stopped at its time budget of {self.seconds:g} s ({SECONDS[0]}) after "
                f"entailing {self.added} triples{_HINT}"
            )

    def grew(self) -> None:
        self.added += 1
        if self.added > self.max_triples:
            raise InferenceBudgetExceeded(
                f"{self.what} stopped at its budget of {self.max_triples} entailed triples "
                f"({MAX_TRIPLES[0]}){_HINT}"
            )
        if self.added % _CHECK_EVERY == 0:
            self.tick()


def budgeted(semantics: type, budget: Budget) -> type:
    """A subclass of an owlrl closure class (OWLRL_Semantics, RDFS_Semantics, pySHACL's custom ones)
    that charges every rule application and every new triple to `budget`."""

    class Budgeted(semantics):
        def rules(self, t: Any, cycle_num: int) -> None:
            budget.tick()
            super().rules(t, cycle_num)

        def store_triple(self, t: Any) -> None:
            before = len(self.added_triples)
            super().store_triple(t)
            if len(self.added_triples) != before:
                budget.grew()

    Budgeted.__name__ = f"Budgeted{semantics.__name__}"
    return Budgeted


@contextlib.contextmanager
def budgeted_pyshacl_inference(budget: Budget) -> Iterator[None]:
    """pySHACL looks its closure classes up at call time (owlrl.OWLRL_Semantics and
    pyshacl.inference.Custom*Semantics); swap in budgeted ones for the duration of one validation."""
    import owlrl
    import pyshacl.inference as shacl_inference

    targets = [(owlrl, "OWLRL_Semantics")] + [
        (shacl_inference, name) for name in ("CustomRDFSSemantics", "CustomRDFSOWLRLSemantics")
    ]
    saved = [(module, name, getattr(module, name)) for module, name in targets]
    for module, name, original in saved:
        setattr(module, name, budgeted(original, budget))
    try:
        yield
    finally:
        for module, name, original in saved:
            setattr(module, name, original)


def _number(variable: str, default: float, kind: type) -> float:
    value = os.environ.get(variable, "").strip()
    if not value:
        return default
    try:
        number = kind(value)
    except ValueError:
        number = 0
    if number <= 0:
        raise ClaimgraphError(f"{variable}={value!r}: expected a positive number")
    return number
