#!/usr/bin/env python3
"""claimgraph benchmarks: the fast pipeline against the naive rdflib one, on synthetic corpora.

    python bench/run.py --sizes 1000,10000,100000 --out bench/results
    python bench/run.py --render bench/results/results.json      # Markdown again from the JSON

What is measured and how: bench/README.md. Every claimgraph command runs as a subprocess (wall time and
memory of its whole process tree); every rdflib / pyoxigraph library figure is taken in a worker
subprocess of this script (`run.py _worker KIND SPEC`) that reports one JSON line per step, so that a slow
rdflib step can be stopped after its timeout without losing the steps before it.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import itertools
import json
import os
import platform
import queue
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

SCHEMA = 1
HERE = Path(__file__).resolve().parent
REPO = HERE.parent
PY = sys.executable
CLI = [PY, "-m", "claimgraph"]
SEED_DEFAULT = 1
STAGES = ("build", "reference", "export", "validate", "owlrl", "queries", "cli")
# claimgraph export format -> (rdflib serializer, keeps named graphs)
FORMATS = {
    "ttl": ("turtle", False),
    "trig": ("trig", True),
    "nt": ("nt", False),
    "nq": ("nquads", True),
    "jsonld": ("json-ld", True),
    "xml": ("xml", False),
}
EXT = {"ttl": "ttl", "trig": "trig", "nt": "nt", "nq": "nq", "jsonld": "jsonld", "xml": "rdf"}
CG = "https://w3id.org/claimgraph/ontology#"
ENTAILMENTS = {
    "subclass": (
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
        "CONSTRUCT { ?x a ?super } WHERE { ?x a/rdfs:subClassOf* ?super }"
    ),
    "within": (f"PREFIX cg: <{CG}>\nCONSTRUCT {{ ?p cg:within ?q }} WHERE {{ ?p cg:locatedIn+ ?q }}"),
}
CLI_QUERY = "accusations-denied"
# The targets (issue 5). Sizes are synthetic articles requested (--articles).
TARGET_FULL = 100_000
TARGET_MID = 10_000
PAGE = os.sysconf("SC_PAGE_SIZE")
T0 = time.perf_counter()


class BenchError(Exception):
    """A claimgraph command or library call on the fast side failed: the run stops (exit 1)."""


def log(msg: str) -> None:
    print(f"[bench {time.perf_counter() - T0:8.1f}s] {msg}", file=sys.stderr, flush=True)


# --------------------------------------------------------------------------------------------------------
# Processes: wall time, exit status, rusage and sampled memory of the whole process tree


def _children_map() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", "rb") as fh:
                data = fh.read()
        except OSError:
            continue
        ppid = int(data[data.rindex(b")") + 2 :].split()[1])
        kids.setdefault(ppid, []).append(int(name))
    return kids


def _rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm", "rb") as fh:
            return int(fh.read().split()[1]) * PAGE
    except (OSError, IndexError, ValueError):
        return 0


def _pss(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as fh:
            for line in fh:
                if line.startswith(b"Pss:"):
                    return int(line.split()[1]) * 1024
    except (OSError, IndexError, ValueError):
        return None
    return None


def tree_memory(root: int) -> tuple[int, int | None, int]:
    """(sum of RSS, sum of PSS or None, number of processes) of `root` and all its descendants."""
    kids = _children_map()
    stack, rss, pss, count = [root], 0, 0, 0
    have_pss = True
    while stack:
        pid = stack.pop()
        count += 1
        rss += _rss(pid)
        p = _pss(pid)
        if p is None:
            have_pss = False
        else:
            pss += p
        stack.extend(kids.get(pid, ()))
    return rss, (pss if have_pss else None), count


class TreeSampler(threading.Thread):
    """Every `interval` s, the summed RSS and PSS of the process tree under `pid`; keeps the peaks."""

    def __init__(self, pid: int, interval: float = 0.2) -> None:
        super().__init__(daemon=True)
        self.pid, self.interval = pid, interval
        self.stop_event = threading.Event()
        self.peak_rss = 0
        self.peak_pss: int | None = None
        self.max_procs = 0
        self.samples = 0

    def run(self) -> None:
        while not self.stop_event.is_set():
            rss, pss, count = tree_memory(self.pid)
            if count and rss:
                self.samples += 1
                self.peak_rss = max(self.peak_rss, rss)
                if pss is not None:
                    self.peak_pss = max(self.peak_pss or 0, pss)
                self.max_procs = max(self.max_procs, count)
            self.stop_event.wait(self.interval)

    def stop(self) -> dict:
        self.stop_event.set()
        self.join()
        return {
            "peak_tree_rss_bytes": self.peak_rss,
            "peak_tree_pss_bytes": self.peak_pss,
            "max_processes": self.max_procs,
            "samples": self.samples,
        }


PYCACHE: Path | None = None  # set by Bench: bytecode cache of the commands, in the workdir
RUNNING: set[int] = set()  # process groups this script started and has not reaped yet


def _clean_env() -> dict[str, str]:
    """No CLAIMGRAPH_* settings from the caller's shell: every location is given on the command line.
    Bytecode is cached (in the workdir, never in the checkout) even under PYTHONDONTWRITEBYTECODE, as an
    installed package has its .pyc files: otherwise every command would compile claimgraph again."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLAIMGRAPH_")}
    env.setdefault("PYTHONUNBUFFERED", "1")
    if PYCACHE is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env.setdefault("PYTHONPYCACHEPREFIX", str(PYCACHE))
    return env


def _kill_group(pid: int) -> None:
    """Kill the process group this script started for one command (start_new_session)."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, signal.SIGKILL)


def _memory(sampled: dict | None, ru_maxrss_kb: int) -> dict:
    out = {"maxrss_largest_process_bytes": ru_maxrss_kb * 1024}
    if sampled is not None:
        out.update(sampled)
        headline = sampled["peak_tree_pss_bytes"] or sampled["peak_tree_rss_bytes"]
        out["peak_bytes"] = max(headline, out["maxrss_largest_process_bytes"])
    else:
        out["peak_bytes"] = out["maxrss_largest_process_bytes"]
    return out


def run_process(
    argv: list[str],
    *,
    stdout_path: Path | None = None,
    timeout: float | None = None,
    sample: bool = True,
    ok_codes: tuple[int, ...] = (0,),
    what: str = "",
) -> dict:
    """Run one command; wall time from spawn to reap. Raises BenchError on an unexpected exit code."""
    out = open(stdout_path, "wb") if stdout_path else open(os.devnull, "wb")  # noqa: SIM115
    err = tempfile.TemporaryFile()  # noqa: SIM115 (closed in the finally below)
    timed_out = threading.Event()
    try:
        started = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=out, stderr=err, start_new_session=True, env=_clean_env())
        RUNNING.add(proc.pid)
        sampler = TreeSampler(proc.pid) if sample else None
        if sampler:
            sampler.start()
        timer = None
        if timeout:

            def expire() -> None:
                timed_out.set()
                _kill_group(proc.pid)

            timer = threading.Timer(timeout, expire)
            timer.start()
        _pid, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - started
        RUNNING.discard(proc.pid)
        proc.returncode = os.waitstatus_to_exitcode(status)
        if timer:
            timer.cancel()
        if timed_out.is_set():
            _kill_group(proc.pid)
        sampled = sampler.stop() if sampler else None
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    finally:
        out.close()
        err.close()
    result = {
        "argv": [Path(a).name if a == PY else a for a in argv],
        "rc": proc.returncode,
        "wall_s": wall,
        "user_s": usage.ru_utime,
        "sys_s": usage.ru_stime,
        "memory": _memory(sampled, usage.ru_maxrss),
    }
    if timed_out.is_set():
        result["timeout_s"] = timeout
        return result
    if proc.returncode not in ok_codes:
        tail = "\n".join(stderr.strip().splitlines()[-15:])
        raise BenchError(f"{what or ' '.join(argv)} exited with {proc.returncode}:\n{tail}")
    return result


# --------------------------------------------------------------------------------------------------------
# Workers: one subprocess per engine that reports one JSON line per step, with a timeout per step


def run_worker(
    kind: str,
    spec: dict,
    steps: list[str],
    *,
    workdir: Path,
    setup_timeout: float,
    step_timeout: float,
    fail_loudly: bool,
) -> dict:
    """Run `steps` in worker processes. A step that times out is recorded and the worker is restarted
    (setup again) for the steps after it. fail_loudly: a worker error raises BenchError (fast side)."""
    result: dict = {"setups": [], "steps": {}, "sessions": 0, "wall_s": 0.0, "memory": None}
    remaining = list(steps)
    first = True
    while first or remaining:
        first = False
        result["sessions"] += 1
        spec_path = workdir / f"worker-{kind}.json"
        spec_path.write_text(json.dumps({**spec, "steps": remaining, "step_timeout": step_timeout}))
        err = tempfile.TemporaryFile()  # noqa: SIM115 (closed after the worker is reaped)
        started = time.perf_counter()
        proc = subprocess.Popen(
            [PY, str(Path(__file__).resolve()), "_worker", kind, str(spec_path)],
            stdout=subprocess.PIPE,
            stderr=err,
            start_new_session=True,
            env=_clean_env(),
        )
        RUNNING.add(proc.pid)
        sampler = TreeSampler(proc.pid)
        sampler.start()
        lines: queue.Queue = queue.Queue()

        def reader(stream=proc.stdout, sink=lines) -> None:
            for raw in stream:
                sink.put(raw)
            sink.put(None)

        threading.Thread(target=reader, daemon=True).start()
        phase = "setup"
        deadline = time.monotonic() + setup_timeout
        timed_out: str | None = None
        while True:
            try:
                raw = lines.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                timed_out = phase
                _kill_group(proc.pid)
                break
            if raw is None:
                break
            msg = json.loads(raw)
            if msg["event"] == "setup":
                result["setups"].append(msg)
                log(f"  {kind}: setup {msg['seconds']:.2f} s")
            elif msg["event"] == "step":
                result["steps"][msg["name"]] = msg
                remaining.remove(msg["name"])
                log(f"  {kind}: {msg['name']} {msg['seconds']:.3f} s")
            phase = remaining[0] if remaining else "exit"
            deadline = time.monotonic() + (step_timeout if remaining else setup_timeout)
        _pid, status, usage = os.wait4(proc.pid, 0)
        RUNNING.discard(proc.pid)
        proc.returncode = os.waitstatus_to_exitcode(status)
        result["wall_s"] += time.perf_counter() - started
        if timed_out:
            _kill_group(proc.pid)
        memory = _memory(sampler.stop(), usage.ru_maxrss)
        if result["memory"] is None or memory["peak_bytes"] > result["memory"]["peak_bytes"]:
            result["memory"] = memory
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
        err.close()
        proc.stdout.close()
        if timed_out == "setup":
            limit = setup_timeout
            result["setup_timeout_s"] = limit
            log(f"  {kind}: setup timed out after {limit:g} s; skipping {', '.join(remaining)}")
            for name in remaining:
                result["steps"][name] = {"name": name, "skipped": f"setup timed out after {limit:g} s"}
            return result
        if timed_out and timed_out != "exit":
            log(f"  {kind}: {timed_out} timed out after {step_timeout:g} s")
            result["steps"][timed_out] = {"name": timed_out, "timeout_s": step_timeout}
            remaining.remove(timed_out)
            continue
        if (proc.returncode != 0 and not timed_out) or remaining:
            tail = "\n".join(stderr.strip().splitlines()[-15:])
            problem = f"worker {kind} exited with {proc.returncode}" + (
                " (killed: out of memory?)" if proc.returncode == -signal.SIGKILL else ""
            )
            if fail_loudly:
                raise BenchError(f"{problem}:\n{tail}")
            log(f"  {problem}:\n{tail}")
            result["error"] = f"{problem}: {tail.splitlines()[-1] if tail else ''}"
            for name in remaining:
                result["steps"][name] = {"name": name, "skipped": problem}
            return result
    return result


def worker_main(kind: str, spec_path: str) -> None:
    """The worker side: setup once, then each step; one JSON line per event on the protocol channel."""
    channel = os.fdopen(os.dup(1), "w", buffering=1)
    os.dup2(2, 1)  # anything a library prints goes to stderr, never into the protocol
    spec = json.loads(Path(spec_path).read_text())
    setup, step = WORKERS[kind]
    t = time.perf_counter()
    ctx, info = setup(spec)
    channel.write(json.dumps({"event": "setup", "seconds": time.perf_counter() - t, **info}) + "\n")
    for name in spec["steps"]:
        t = time.perf_counter()
        info = step(ctx, name, spec)
        seconds = info.pop("seconds", None)
        seconds = time.perf_counter() - t if seconds is None else seconds
        channel.write(json.dumps({"event": "step", "name": name, "seconds": seconds, **info}) + "\n")
    channel.close()


def _timed_runs(run: Callable[[], int], repeat: int, budget: float) -> dict:
    """One warm-up, then up to `repeat` timed runs while within half the step's time budget."""
    t = time.perf_counter()
    count = run()
    warm = time.perf_counter() - t
    times: list[float] = []
    spent = warm
    for _ in range(repeat):
        if times and spent + times[-1] > budget * 0.5:
            break
        if not times and spent > budget * 0.5:
            break
        t = time.perf_counter()
        run()
        times.append(time.perf_counter() - t)
        spent += times[-1]
    shown = times or [warm]
    return {
        "rows": count,
        "warmup_s": warm,
        "runs_s": times,
        "median_s": statistics.median(shown),
        "max_s": max(shown),
        "seconds": statistics.median(shown),
        "cold_only": not times,
    }


def _consume(result, form: str) -> int:
    """Fully consume a query result; rows, or distinct triples for a graph result."""
    if form == "ASK":
        return int(bool(getattr(result, "askAnswer", result)))
    rows = list(result)
    if form in ("CONSTRUCT", "DESCRIBE"):
        return len({tuple(str(x) for x in t) for t in rows})
    return len(rows)


def _term_json(term) -> dict:
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    return {"type": "literal", "value": term.value, "datatype": term.datatype.value, "lang": term.language}


def _term_from_json(doc: dict):
    import pyoxigraph as ox

    if doc["type"] == "uri":
        return ox.NamedNode(doc["value"])
    if doc.get("lang"):
        return ox.Literal(doc["value"], language=doc["lang"])
    return ox.Literal(doc["value"], datatype=ox.NamedNode(doc["datatype"]))


# Worker kinds: (setup(spec) -> (ctx, info), step(ctx, name, spec) -> info)


def _reference_setup(spec):
    return None, {}


def _reference_step(_ctx, _name, spec):
    from claimgraph.build.builder import Layout
    from claimgraph.build.reference import write_reference
    from claimgraph.core.resources import resource_dir

    out = Path(spec["out"])
    layout = Layout(Path(spec["data"]).resolve(), resource_dir("ontology"), out.resolve())
    t = time.perf_counter()
    written = write_reference(layout, out)
    return {"seconds": time.perf_counter() - t, "files": {p.name: p.stat().st_size for p in written}}


def _rdflib_dataset_setup(spec):
    import rdflib

    ds = rdflib.Dataset(default_union=True)
    ds.parse(spec["nq"], format="nquads")
    return {"ds": ds}, {"file": spec["nq"], "bytes": Path(spec["nq"]).stat().st_size}


def _rdflib_export_step(ctx, fmt, spec):
    import rdflib

    rdflib_format, has_graphs = FORMATS[fmt]
    info = {}
    if has_graphs:
        source = ctx["ds"]
    else:
        if "merged" not in ctx:
            t = time.perf_counter()
            merged = rdflib.Graph()
            for s, p, o, _g in ctx["ds"].quads((None, None, None, None)):
                merged.add((s, p, o))
            ctx["merged"] = merged
            info["merge_s"] = time.perf_counter() - t
            info["merged_triples"] = len(merged)
        source = ctx["merged"]
    target = Path(spec["out_dir"]) / f"rdflib.{EXT[fmt]}"
    t = time.perf_counter()
    source.serialize(destination=str(target), format=rdflib_format)
    info["seconds"] = time.perf_counter() - t
    info["bytes"] = target.stat().st_size
    info["serialised"] = "Dataset (named graphs)" if has_graphs else "merged Graph (union)"
    if not spec.get("keep"):
        target.unlink()
    return info


def _owlrl_setup(spec):
    from claimgraph.core.rdfio import read_graph

    graph = read_graph([Path(spec["nq"])])
    return {"graph": graph}, {"triples": len(graph)}


def _owlrl_step(ctx, _name, _spec):
    import owlrl

    graph = ctx["graph"]
    before = len(graph)
    t = time.perf_counter()
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(graph)
    seconds = time.perf_counter() - t
    return {"seconds": seconds, "triples_before": before, "triples_after": len(graph)}


def _ox_store_setup(spec):
    import pyoxigraph as ox

    from claimgraph.core.resources import resource_dir
    from claimgraph.query.catalogue import load_catalogue

    store = ox.Store.read_only(spec["store"])
    return {"store": store, "catalogue": load_catalogue(resource_dir("queries"))}, {}


def _ox_entail_step(ctx, name, spec):
    store = ctx["store"]
    sparql = ENTAILMENTS[name]

    def run() -> int:
        return _consume(store.query(sparql, use_default_graph_as_union=True), "CONSTRUCT")

    timed = _timed_runs(run, spec["repeat"], spec["step_timeout"])
    timed["cold_s"] = timed["warmup_s"]
    return timed


def _ox_query_step(ctx, name, spec):
    from claimgraph.query.engine import bind, execute

    store, query = ctx["store"], ctx["catalogue"][name]
    t = time.perf_counter()
    bindings = bind(store, query, {})
    bind_s = time.perf_counter() - t

    def run() -> int:
        return _consume(execute(store, query.sparql, bindings, source=name), query.form)

    timed = _timed_runs(run, spec["repeat"], spec["step_timeout"])
    timed.update(
        form=query.form,
        bind_s=bind_s,
        bindings={var.value: _term_json(term) for var, term in bindings.items()},
    )
    return timed


def _rdflib_query_setup(spec):
    from claimgraph.core.resources import resource_dir
    from claimgraph.query.catalogue import load_catalogue

    ctx, info = _rdflib_dataset_setup(spec)
    ctx["catalogue"] = load_catalogue(resource_dir("queries"))
    return ctx, info


def _rdflib_query_step(ctx, name, spec):
    from claimgraph.core.rdfio import to_rdflib

    ds, query = ctx["ds"], ctx["catalogue"][name]
    init = {var: to_rdflib(_term_from_json(term)) for var, term in spec["bindings"].get(name, {}).items()}

    def run() -> int:
        return _consume(ds.query(query.sparql, initBindings=init), query.form)

    timed = _timed_runs(run, spec["repeat"], spec["step_timeout"])
    timed["form"] = query.form
    return timed


WORKERS = {
    "reference": (_reference_setup, _reference_step),
    "rdflib-export": (_rdflib_dataset_setup, _rdflib_export_step),
    "owlrl": (_owlrl_setup, _owlrl_step),
    "ox-entail": (_ox_store_setup, _ox_entail_step),
    "ox-queries": (_ox_store_setup, _ox_query_step),
    "rdflib-queries": (_rdflib_query_setup, _rdflib_query_step),
}


# --------------------------------------------------------------------------------------------------------
# The benchmark stages


class Bench:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.workdir = Path(args.workdir).resolve()
        self.out = Path(args.out).resolve()
        self.json_path = self.out / "results.json"
        self.jobs = args.jobs or os.cpu_count() or 1
        global PYCACHE
        PYCACHE = self.workdir / "pycache"
        self.errors: list[str] = []
        self.results: dict = {}

    # ---- bookkeeping
    def save(self) -> None:
        self.results["updated"] = now()
        self.out.mkdir(parents=True, exist_ok=True)
        tmp = self.json_path.with_suffix(".json.tmp")
        tmp.write_text(json.dumps(self.results, indent=2, sort_keys=False) + "\n")
        os.replace(tmp, self.json_path)
        (self.out / "results.md").write_text(render(self.results))

    def start(self) -> None:
        previous = None
        if self.args.resume and self.json_path.is_file():
            previous = json.loads(self.json_path.read_text())
        self.results = previous or {
            "schema": SCHEMA,
            "started": now(),
            "machine": machine_info(),
            "sizes": {},
            "packaged": {},
        }
        self.results.setdefault("runs", []).append(
            {
                "started": now(),
                "argv": sys.argv[1:],
                "settings": {
                    "sizes": self.sizes,
                    "seed": self.args.seed,
                    "jobs": self.jobs,
                    "repeat": self.args.repeat,
                    "skip_rdflib_above": self.args.skip_rdflib_above,
                    "timeout_s": self.args.timeout,
                    "query_timeout_s": self.args.query_timeout,
                    "workdir": str(self.workdir),
                    "stages": sorted(self.stages),
                    "bytecode_cache": _clean_env().get("PYTHONPYCACHEPREFIX"),
                },
                "load_average_at_start": os.getloadavg(),
                "source": git_state(),
            }
        )
        self.results["settings"] = self.results["runs"][-1]["settings"]
        self.results.pop("finished", None)
        self.save()

    @property
    def sizes(self) -> list[int]:
        return self.args.size_list

    @property
    def stages(self) -> set[str]:
        return self.args.stage_set

    def stage(self, size_key: str, name: str, fn: Callable[[], dict], *, force: bool = False) -> dict | None:
        """Run one stage unless --resume finds it done; time it; save JSON after it, even on failure."""
        bucket = self.results["sizes"].setdefault(size_key, {}) if size_key != "packaged" else None
        holder = bucket if bucket is not None else self.results["packaged"]
        done = holder.get(name)
        if self.args.resume and done and "error" not in done and not force:
            log(f"{size_key}: {name} already in {self.json_path.name} (--resume), skipped")
            return done
        log(f"{size_key}: {name} ...")
        load = os.getloadavg()
        t = time.perf_counter()
        try:
            value = fn()
        except BenchError as exc:
            holder[name] = {"error": str(exc), "stage_s": time.perf_counter() - t}
            self.save()
            raise
        value["stage_s"] = time.perf_counter() - t
        value["load_average_before"] = load
        value["run"] = len(self.results["runs"]) - 1  # which invocation measured it (results.md lists them)
        holder[name] = value
        self.save()
        log(f"{size_key}: {name} done in {value['stage_s']:.1f} s")
        return value

    def rdflib_allowed(self, size: int) -> bool:
        return size <= self.args.skip_rdflib_above

    # ---- paths
    def dirs(self, size: int) -> dict[str, Path]:
        base = self.workdir / f"n{size}-s{self.args.seed}"
        return {
            "base": base,
            "corpus": base / "corpus",
            "build": base / "build",
            "reference": base / "reference",
            "scratch": base / "scratch",
        }

    # ---- run
    def run(self) -> None:
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.start()
        self.stage("packaged", "cli", self.packaged_cli)
        for size in self.sizes:
            self.run_size(size)
        self.results["finished"] = now()
        self.save()

    def run_size(self, size: int) -> None:
        key = str(size)
        d = self.dirs(size)
        d["scratch"].mkdir(parents=True, exist_ok=True)
        have_corpus = (d["corpus"] / ".claimgraph-synth.json").is_file()
        self.stage(key, "corpus", lambda: self.corpus(size, d), force=not have_corpus)
        have_build = (d["build"] / "manifest.json").is_file() and (d["build"] / "store").is_dir()
        if "build" in self.stages or not have_build:
            self.stage(key, "build", lambda: self.build(d), force=not have_build)
        manifest = json.loads((d["build"] / "manifest.json").read_text())
        self.results["sizes"][key]["corpus"].update(
            articles=len(manifest["articles"]),
            quads=manifest["quads"],
            dataset_nq_bytes=(d["build"] / "dataset.nq").stat().st_size,
        )
        self.save()
        rdflib = self.rdflib_allowed(size)
        if "reference" in self.stages and rdflib:
            self.stage(key, "reference", lambda: self.reference(d))
        if "export" in self.stages:
            self.stage(key, "export", lambda: self.export(d, rdflib))
        if "validate" in self.stages:
            self.stage(key, "validate", lambda: self.validate(d, rdflib))
        if "owlrl" in self.stages:
            self.stage(key, "owlrl", lambda: self.owlrl(d, rdflib))
        if "queries" in self.stages:
            self.stage(key, "queries", lambda: self.queries(d, rdflib))
        if "cli" in self.stages:
            self.stage(
                key, "cli", lambda: self.cli(["--data", str(d["corpus"]), "--build-dir", str(d["build"])])
            )

    # ---- 1. corpus
    def corpus(self, size: int, d: dict[str, Path]) -> dict:
        marker = d["base"] / "corpus.json"
        if marker.is_file() and (d["corpus"] / ".claimgraph-synth.json").is_file():
            cached = json.loads(marker.read_text())
            log(f"  corpus cached in {d['corpus']} (synth took {cached['synth']['wall_s']:.1f} s then)")
            return {**cached, "cached": True}
        if d["corpus"].exists():
            shutil.rmtree(d["corpus"])
        shutil.rmtree(d["build"], ignore_errors=True)
        argv = [*CLI, "synth", "--articles", str(size), "--seed", str(self.args.seed), str(d["corpus"])]
        run = run_process([*argv, "--quiet"], what="claimgraph synth")
        value = {"requested": size, "seed": self.args.seed, "synth": run, "made": now()}
        marker.write_text(json.dumps(value, indent=2))
        return {**value, "cached": False}

    # ---- 2. build
    def build(self, d: dict[str, Path]) -> dict:
        shutil.rmtree(d["build"], ignore_errors=True)  # a fresh build each time, never two on disk
        argv = [*CLI, "--data", str(d["corpus"]), "--build-dir", str(d["build"])]
        run = run_process(
            [*argv, "build", "--jobs", str(self.jobs), "--no-progress"], what="claimgraph build"
        )
        manifest = json.loads((d["build"] / "manifest.json").read_text())
        articles, quads = len(manifest["articles"]), manifest["quads"]
        sizes = {p.name: p.stat().st_size for p in d["build"].iterdir() if p.is_file()}
        sizes["store/"] = sum(p.stat().st_size for p in (d["build"] / "store").rglob("*") if p.is_file())
        return {
            **run,
            "jobs": self.jobs,
            "articles": articles,
            "quads": quads,
            "articles_per_s": articles / run["wall_s"],
            "quads_per_s": quads / run["wall_s"],
            "output_bytes": sizes,
        }

    def reference(self, d: dict[str, Path]) -> dict:
        shutil.rmtree(d["reference"], ignore_errors=True)
        d["reference"].mkdir(parents=True)
        worker = run_worker(
            "reference",
            {"data": str(d["corpus"]), "out": str(d["reference"])},
            ["build"],
            workdir=d["scratch"],
            setup_timeout=self.args.timeout,
            step_timeout=self.args.timeout,
            fail_loudly=False,
        )
        self.note_worker_error("reference", worker)
        return worker

    def note_worker_error(self, what: str, worker: dict) -> None:
        if "error" in worker:
            self.errors.append(f"{what}: {worker['error']}")

    # ---- 3. export
    def export(self, d: dict[str, Path], rdflib: bool) -> dict:
        out: dict = {"claimgraph": {}, "rdflib": None}
        base = [*CLI, "--data", str(d["corpus"]), "--build-dir", str(d["build"])]
        for fmt in FORMATS:
            target = d["scratch"] / f"export.{EXT[fmt]}"
            run = run_process(
                [*base, "export", "-f", fmt, "-o", str(target)], what=f"claimgraph export {fmt}"
            )
            run["bytes"] = target.stat().st_size
            if not self.args.keep_exports:
                target.unlink()
            out["claimgraph"][fmt] = run
            log(f"  export {fmt}: {run['wall_s']:.2f} s, {human_bytes(run['bytes'])}")
        if rdflib:
            nq = d["reference"] / "dataset.nq"
            if not nq.is_file():
                nq = d["build"] / "dataset.nq"
            worker = run_worker(
                "rdflib-export",
                {"nq": str(nq), "out_dir": str(d["scratch"]), "keep": self.args.keep_exports},
                list(FORMATS),
                workdir=d["scratch"],
                setup_timeout=self.args.timeout,
                step_timeout=self.args.timeout,
                fail_loudly=False,
            )
            self.note_worker_error("rdflib export", worker)
            out["rdflib"] = worker
        return out

    # ---- 4. validation
    def validate(self, d: dict[str, Path], rdflib: bool) -> dict:
        base = [*CLI, "--data", str(d["corpus"]), "--build-dir", str(d["build"]), "validate"]
        out: dict = {}
        strategies = [("per-article", ["--strategy", "per-article", "--jobs", str(self.jobs)])]
        if rdflib:
            strategies.append(("whole", ["--strategy", "whole"]))
        for name, extra in strategies:
            report = d["scratch"] / f"validate-{name}.json"
            report.unlink(missing_ok=True)
            run = run_process(
                [*base, *extra, "--no-progress", "-f", "json", "-o", str(report)],
                ok_codes=(0, 1),
                timeout=None if name == "per-article" else self.args.timeout,
                what=f"claimgraph validate --strategy {name}",
            )
            if "timeout_s" not in run:
                doc = json.loads(report.read_text())
                run.update(conforms=doc["conforms"], counts=doc["counts"], results=len(doc["results"]))
            out[name] = run
            log(f"  validate {name}: {run['wall_s']:.2f} s rc={run['rc']} results={run.get('results')}")
        return out

    # ---- 5. OWL RL
    def owlrl(self, d: dict[str, Path], rdflib: bool) -> dict:
        out: dict = {}
        out["pyoxigraph"] = run_worker(
            "ox-entail",
            {"store": str(d["build"] / "store"), "repeat": self.args.repeat},
            list(ENTAILMENTS),
            workdir=d["scratch"],
            setup_timeout=self.args.timeout,
            step_timeout=self.args.timeout,
            fail_loudly=True,
        )
        out["queries"] = ENTAILMENTS
        if rdflib:
            worker = run_worker(
                "owlrl",
                {"nq": str(d["build"] / "dataset.nq")},
                ["closure"],
                workdir=d["scratch"],
                setup_timeout=self.args.timeout,
                step_timeout=self.args.timeout,
                fail_loudly=False,
            )
            self.note_worker_error("owlrl", worker)
            out["owlrl"] = worker
        return out

    # ---- 6. queries
    def queries(self, d: dict[str, Path], rdflib: bool) -> dict:
        listed = subprocess.run(
            [*CLI, "queries", "-f", "json"], capture_output=True, check=False, env=_clean_env()
        )
        if listed.returncode != 0:
            raise BenchError(f"claimgraph queries -f json exited with {listed.returncode}: {listed.stderr!r}")
        names = [q["name"] for q in json.loads(listed.stdout)]
        out: dict = {"names": names}
        ox_side = run_worker(
            "ox-queries",
            {"store": str(d["build"] / "store"), "repeat": self.args.repeat},
            names,
            workdir=d["scratch"],
            setup_timeout=self.args.timeout,
            step_timeout=self.args.query_timeout,
            fail_loudly=True,
        )
        out["pyoxigraph"] = ox_side
        if rdflib:
            bindings = {n: s.get("bindings", {}) for n, s in ox_side["steps"].items()}
            worker = run_worker(
                "rdflib-queries",
                {"nq": str(d["build"] / "dataset.nq"), "repeat": self.args.repeat, "bindings": bindings},
                names,
                workdir=d["scratch"],
                setup_timeout=self.args.timeout,
                step_timeout=self.args.query_timeout,
                fail_loudly=False,
            )
            self.note_worker_error("rdflib queries", worker)
            out["rdflib"] = worker
        return out

    # ---- 7. CLI wall time
    def cli(self, location: list[str]) -> dict:
        argv = [*CLI, *location, "query", CLI_QUERY, "-f", "json"]
        runs = []
        for i in range(self.args.repeat + 1):
            run = run_process(argv, sample=False, what=f"claimgraph query {CLI_QUERY}")
            if i:
                runs.append(run["wall_s"])
        return {
            "query": CLI_QUERY,
            "argv_tail": argv[3:],
            "runs_s": runs,
            "median_s": statistics.median(runs),
            "max_s": max(runs),
            "min_s": min(runs),
        }

    def packaged_cli(self) -> dict:
        build_dir = self.workdir / "packaged" / "build"
        built = run_process(
            [*CLI, "--build-dir", str(build_dir), "build", "--no-progress"],
            what="claimgraph build (packaged)",
        )
        value = self.cli(["--build-dir", str(build_dir)])
        value["build"] = built
        return value


# --------------------------------------------------------------------------------------------------------
# Machine information


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def machine_info() -> dict:
    from importlib import metadata

    def version(name: str) -> str | None:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            return None

    mem = {}
    with contextlib.suppress(OSError):
        for line in Path("/proc/meminfo").read_text().splitlines():
            key, _, value = line.partition(":")
            if key in ("MemTotal", "MemAvailable"):
                mem[key] = int(value.split()[0]) * 1024
    cpu_model = None
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu_model = line.split(":", 1)[1].strip()
                break
    return {
        "date": now(),
        "hostname": platform.node(),
        "platform": platform.platform(),
        "cpu_count": os.cpu_count(),
        "cpus_usable": len(os.sched_getaffinity(0)),
        "cpu_model": cpu_model,
        "ram_bytes": mem.get("MemTotal"),
        "ram_available_bytes": mem.get("MemAvailable"),
        "load_average": os.getloadavg(),
        "python": platform.python_version(),
        "python_implementation": platform.python_implementation(),
        "versions": {
            n: version(n)
            for n in ("claimgraph", "rdflib", "pyoxigraph", "pyshacl", "owlrl", "click", "pyyaml")
        },
        "git": git_state(),
        "time_tool": "perf_counter wall time; os.wait4 rusage; /proc sampling every 0.2 s",
    }


def git_state() -> dict:
    """The commit measured, and whether tracked files (other than these results) differed from it."""
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        head = subprocess.run(["git", "-C", str(REPO), "rev-parse", "HEAD"], capture_output=True, text=True)
        dirty = subprocess.run(
            [
                "git",
                "-C",
                str(REPO),
                "status",
                "--porcelain",
                "--untracked-files=no",
                "--",
                ".",
                ":!bench/results",
            ],
            capture_output=True,
            text=True,
        )
        if head.returncode == 0:
            return {"commit": head.stdout.strip(), "dirty": bool(dirty.stdout.strip())}
    return {}


# --------------------------------------------------------------------------------------------------------
# Markdown


def human_bytes(n: float | None) -> str:
    if n is None:
        return "-"
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}" if n / scale < 100 else f"{n / scale:.0f} {unit}"
    return f"{n:.0f} B"


def human_s(s: float | None) -> str:
    if s is None:
        return "-"
    if s < 1:
        return f"{s * 1000:.1f} ms" if s < 0.1 else f"{s * 1000:.0f} ms"
    if s < 120:
        return f"{s:.2f} s" if s < 10 else f"{s:.1f} s"
    return f"{s / 60:.1f} min"


def human_rate(r: float | None) -> str:
    if r is None:
        return "-"
    if r >= 1e6:
        return f"{r / 1e6:.2f} M"
    if r >= 1e3:
        return f"{r / 1e3:.0f} k"
    return f"{r:.0f}"


def ratio(slow: float | None, fast: float | None, *, lower_bound: bool = False) -> str:
    if slow is None or not fast:
        return "-"
    value = slow / fast
    text = f"{value:.1f}×" if value < 100 else f"{value:.0f}×"
    return f"> {text}" if lower_bound else text


def table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def step_time(step: dict | None) -> tuple[float | None, str | None]:
    """(seconds, None) for a finished step, else (None, why not)."""
    if step is None:
        return None, "not run"
    if "timeout_s" in step:
        return None, f"timeout after {step['timeout_s']:g} s"
    if "skipped" in step:
        return None, step["skipped"]
    return step.get("median_s", step.get("seconds")), None


def largest_rdflib_size(results: dict, getter: Callable[[dict], float | None]) -> tuple[int, float] | None:
    done = [(int(k), getter(v)) for k, v in results["sizes"].items() if getter(v) is not None]
    return max(done) if done else None


def not_run_note(results: dict, size_key: str, per_quad_bytes: float | None, per_quad_s: float | None) -> str:
    limit = results.get("settings", {}).get("skip_rdflib_above")
    quads = results["sizes"][size_key]["corpus"].get("quads")
    text = f"not run (rdflib only up to {limit} articles)"
    parts = []
    if per_quad_bytes and quads:
        parts.append(f"~{human_bytes(per_quad_bytes * quads)}")
    if per_quad_s and quads:
        parts.append(f"~{human_s(per_quad_s * quads)}")
    if parts:
        text += ": rdflib would need " + ", ".join(parts) + " (linear extrapolation)"
    return text


def _extrapolation(results: dict, fn: Callable[[dict], tuple[float | None, float | None]]):
    """(bytes per quad, seconds per quad) of an rdflib figure at the largest size where it ran."""
    best = None
    for key, v in results["sizes"].items():
        quads = v.get("corpus", {}).get("quads")
        mem, secs = fn(v)
        if quads and (mem or secs) and (best is None or int(key) > best[0]):
            best = (int(key), (mem / quads) if mem else None, (secs / quads) if secs else None)
    return (best[1], best[2]) if best else (None, None)


def render(results: dict) -> str:
    sizes = sorted(results.get("sizes", {}), key=int)
    m = results.get("machine", {})
    s = results.get("settings", {})
    out = ["# claimgraph benchmarks\n\n"]
    out.append(
        f"Generated by `bench/run.py` (see [bench/README.md](../README.md) for what is measured and how). "
        f"Run started {results.get('started')}, last updated {results.get('updated')}"
        + (", **finished**." if results.get("finished") else ", **not finished** (partial figures).")
        + "\n\n"
    )
    v = m.get("versions", {})
    out.append(
        table(
            ["machine", "value"],
            [
                ["CPU", f"{m.get('cpu_count')} CPUs ({m.get('cpus_usable')} usable), {m.get('cpu_model')}"],
                ["RAM", human_bytes(m.get("ram_bytes"))],
                ["load average at start", ", ".join(f"{x:.2f}" for x in m.get("load_average", []))],
                ["platform", m.get("platform")],
                ["Python", f"{m.get('python')} ({m.get('python_implementation')})"],
                ["libraries", ", ".join(f"{k} {val}" for k, val in v.items() if val)],
                [
                    "claimgraph source, settings",
                    "per invocation of this script: see [Invocations](#invocations)",
                ],
            ],
        )
    )
    out.append(
        "\nSizes are synthetic articles requested from `claimgraph synth --articles N --seed "
        f"{s.get('seed')}`; each corpus also holds the 5 curated articles. Ratios are rdflib time / "
        "claimgraph time (higher is better for claimgraph). Peak memory: largest sum of PSS over the "
        "process tree, sampled every 0.2 s (see README).\n"
    )
    out.append("\n## Targets (issue 5)\n\n")
    out.append(table(["target", "measured", "verdict"], targets(results)))
    out.append(render_corpus(results, sizes))
    out.append(render_build(results, sizes))
    out.append(render_export(results, sizes))
    out.append(render_validate(results, sizes))
    out.append(render_owlrl(results, sizes))
    out.append(render_queries(results, sizes))
    out.append(render_cli(results, sizes))
    out.append(render_stages(results, sizes))
    out.append(render_runs(results, sizes))
    anomalies = find_anomalies(results)
    out.append("\n## Anomalies found by the run\n\n")
    out.append("\n".join(f"- {a}" for a in anomalies) + "\n" if anomalies else "None.\n")
    return "".join(out)


def render_corpus(results: dict, sizes: list[str]) -> str:
    rows = []
    for k in sizes:
        c = results["sizes"][k].get("corpus", {})
        synth = c.get("synth", {})
        rows.append(
            [
                k,
                c.get("articles", "-"),
                f"{c['quads']:,}" if c.get("quads") else "-",
                human_bytes(c.get("dataset_nq_bytes")),
                human_s(synth.get("wall_s")) + (" (cached)" if c.get("cached") else ""),
            ]
        )
    return "\n## Corpora\n\n" + table(
        ["size", "articles (manifest)", "quads", "dataset.nq", "synth wall (not compared)"], rows
    )


def render_build(results: dict, sizes: list[str]) -> str:
    rows = []
    per_quad = _extrapolation(
        results,
        lambda v: (
            (v.get("reference") or {}).get("memory", {}).get("peak_bytes")
            if step_time((v.get("reference") or {}).get("steps", {}).get("build"))[0]
            else None,
            (v.get("reference") or {}).get("wall_s")
            if step_time((v.get("reference") or {}).get("steps", {}).get("build"))[0]
            else None,
        ),
    )
    for k in sizes:
        v = results["sizes"][k]
        b = v.get("build")
        if not b or "error" in b:
            rows.append([k, "error" if b else "not run", *["-"] * 7])
            continue
        ref = v.get("reference")
        if ref:
            secs, why = step_time(ref["steps"].get("build"))
            if secs is not None:
                ref_cells = [human_s(ref["wall_s"]), human_bytes(ref["memory"]["peak_bytes"])]
                ratios = [
                    ratio(ref["wall_s"], b["wall_s"]),
                    ratio(ref["memory"]["peak_bytes"], b["memory"]["peak_bytes"]),
                ]
            else:
                ref_cells, ratios = [why, human_bytes(ref["memory"]["peak_bytes"])], ["-", "-"]
        else:
            ref_cells, ratios = [not_run_note(results, k, *per_quad), "-"], ["-", "-"]
        rows.append(
            [
                k,
                human_s(b["wall_s"]),
                human_rate(b["articles_per_s"]),
                human_rate(b["quads_per_s"]),
                human_bytes(b["memory"]["peak_bytes"]),
                *ref_cells,
                *ratios,
            ]
        )
    return (
        "\n## Build\n\n`claimgraph build --jobs J` (whole command, process start to exit) against the naive "
        "rdflib pipeline `claimgraph.build.reference.write_reference` (one rdflib Dataset, TriG + N-Quads "
        "written by rdflib), also a whole subprocess.\n\n"
        + table(
            [
                "size",
                "claimgraph build",
                "articles/s",
                "quads/s",
                "peak mem",
                "rdflib build",
                "rdflib peak mem",
                "time ratio",
                "memory ratio",
            ],
            rows,
        )
    )


def render_export(results: dict, sizes: list[str]) -> str:
    text = [
        "\n## Export\n\n`claimgraph export -f FMT -o FILE` (whole command) against rdflib's `serialize` of "
        "the dataset parsed once from N-Quads (parse time shown apart). Quad formats serialise the "
        "rdflib Dataset; triple formats (ttl, nt, xml) a merged rdflib Graph of the union of all graphs, "
        "built once (merge time shown apart). Ratio: rdflib serialise / claimgraph export; with parse: "
        "(parse [+ merge] + serialise) / claimgraph export.\n"
    ]
    for k in sizes:
        e = results["sizes"][k].get("export")
        if not e or "error" in e:
            continue
        rd = e.get("rdflib")
        parse = rd["setups"][0]["seconds"] if rd and rd.get("setups") else None
        merge = None
        if rd:
            merge = next((st.get("merge_s") for st in rd["steps"].values() if st.get("merge_s")), None)
        rows = []
        for fmt, run in e["claimgraph"].items():
            if rd:
                st = rd["steps"].get(fmt)
                secs, why = step_time(st)
                if secs is not None:
                    extra = (parse or 0) + (0 if FORMATS[fmt][1] else (merge or 0))
                    cells = [
                        human_s(secs),
                        human_bytes(st.get("bytes")),
                        ratio(secs, run["wall_s"]),
                        ratio(secs + extra, run["wall_s"]),
                    ]
                else:
                    cells = [why, "-", "-", "-"]
            else:
                cells = [not_run_note(results, k, None, None), "-", "-", "-"]
            rows.append(
                [
                    fmt,
                    human_s(run["wall_s"]),
                    human_bytes(run["bytes"]),
                    human_bytes(run["memory"]["peak_bytes"]),
                    *cells,
                ]
            )
        head = f"\n### {k} articles\n\n"
        if rd:
            head += (
                f"rdflib parse of N-Quads: {human_s(parse)}"
                + (f"; merge into one Graph: {human_s(merge)}" if merge else "")
                + f"; rdflib worker peak memory {human_bytes(rd['memory']['peak_bytes'])}.\n\n"
            )
        text.append(
            head
            + table(
                [
                    "format",
                    "claimgraph export",
                    "size",
                    "peak mem",
                    "rdflib serialise",
                    "rdflib size",
                    "ratio",
                    "ratio with parse",
                ],
                rows,
            )
        )
    return "".join(text)


def render_validate(results: dict, sizes: list[str]) -> str:
    rows = []
    per_quad = _extrapolation(
        results,
        lambda v: (
            (v.get("validate") or {}).get("whole", {}).get("memory", {}).get("peak_bytes")
            if "results" in (v.get("validate") or {}).get("whole", {})
            else None,
            (v.get("validate") or {}).get("whole", {}).get("wall_s")
            if "results" in (v.get("validate") or {}).get("whole", {})
            else None,
        ),
    )
    for k in sizes:
        val = results["sizes"][k].get("validate")
        if not val or "error" in val:
            continue
        pa = val["per-article"]
        whole = val.get("whole")
        if whole and "timeout_s" in whole:
            wcells = [f"timeout after {whole['timeout_s']:g} s", "-", "-", "-"]
        elif whole:
            wcells = [
                human_s(whole["wall_s"]),
                human_bytes(whole["memory"]["peak_bytes"]),
                str(whole["results"]),
                ratio(whole["wall_s"], pa["wall_s"]),
            ]
        else:
            wcells = [not_run_note(results, k, *per_quad), "-", "-", "-"]
        rows.append(
            [
                k,
                human_s(pa["wall_s"]),
                human_bytes(pa["memory"]["peak_bytes"]),
                str(pa.get("results")),
                *wcells,
            ]
        )
    return (
        "\n## Validation\n\n`claimgraph validate --strategy per-article --jobs J -f json` against "
        + (
            "`--strategy whole` (pySHACL on the whole dataset as one rdflib graph: the naive side). "
            "Exit code 0 or 1 both count as a run; results = number of SHACL results in the report.\n\n"
        )
        + table(
            [
                "size",
                "per-article",
                "peak mem",
                "results",
                "whole (one rdflib graph)",
                "peak mem",
                "results",
                "ratio",
            ],
            rows,
        )
    )


def render_owlrl(results: dict, sizes: list[str]) -> str:
    rows = []
    for k in sizes:
        o = results["sizes"][k].get("owlrl")
        if not o or "error" in o:
            continue
        ox_steps = o["pyoxigraph"]["steps"]
        sub, within = ox_steps.get("subclass", {}), ox_steps.get("within", {})
        ox_cold = (sub.get("cold_s") or 0) + (within.get("cold_s") or 0)
        ox_cells = [
            f"{sub.get('rows')} / {within.get('rows')}",
            human_s(ox_cold),
            human_s((sub.get("median_s") or 0) + (within.get("median_s") or 0)),
        ]
        ow = o.get("owlrl")
        if ow:
            st = ow["steps"].get("closure")
            secs, why = step_time(st)
            load = ow["setups"][0]["seconds"] if ow.get("setups") else None
            if secs is not None:
                ow_cells = [
                    f"{st['triples_before']:,} → {st['triples_after']:,}",
                    human_s(load),
                    human_s(secs),
                    human_bytes(ow["memory"]["peak_bytes"]),
                    ratio(secs, ox_cold),
                ]
            else:
                ow_cells = ["-", human_s(load), why, human_bytes(ow["memory"]["peak_bytes"]), "-"]
        else:
            ow_cells = [not_run_note(results, k, None, None), "-", "-", "-", "-"]
        rows.append([k, *ow_cells, *ox_cells])
    return (
        "\n## OWL RL closure against property paths\n\nowlrl: `DeductiveClosure(OWLRL_Semantics).expand()` "
        "on the whole dataset (data, registry, ontology and meta graphs) as one rdflib graph (load time "
        "apart). pyoxigraph: the entailments the packaged queries use, computed on the built store over the "
        "union default graph: `CONSTRUCT { ?x a ?super } WHERE { ?x a/rdfs:subClassOf* ?super }` and "
        "`CONSTRUCT { ?p cg:within ?q } WHERE { ?p cg:locatedIn+ ?q }` (distinct triples; cold = first run "
        "in a fresh process, warm = median of the repeats). Ratio: owlrl closure / pyoxigraph cold. The two "
        "do not compute the same thing: owlrl derives every OWL RL consequence.\n\n"
        + table(
            [
                "size",
                "owlrl triples",
                "load",
                "owlrl closure",
                "owlrl peak mem",
                "ratio",
                "pyoxigraph results (types / within)",
                "pyoxigraph cold",
                "pyoxigraph warm",
            ],
            rows,
        )
    )


def query_rows(results: dict, k: str) -> tuple[list[list[str]], dict]:
    q = results["sizes"][k].get("queries")
    if not q or "error" in q:
        return [], {}
    ox_side = q["pyoxigraph"]["steps"]
    rd = q.get("rdflib")
    rows = []
    for name in q["names"]:
        st = ox_side.get(name, {})
        secs, why = step_time(st)
        ox_cells = [
            str(st.get("rows", "-")),
            human_s(secs) if secs is not None else why,
            human_s(st.get("max_s")),
        ]
        if rd:
            rst = rd["steps"].get(name)
            rsecs, rwhy = step_time(rst)
            if rsecs is not None:
                rcells = [
                    human_s(rsecs) + (" (1 cold run)" if rst.get("cold_only") else ""),
                    ratio(rsecs, secs),
                ]
            elif rst and "timeout_s" in rst:
                rcells = [rwhy, ratio(rst["timeout_s"], secs, lower_bound=True)]
            else:
                rcells = [rwhy or "-", "-"]
        else:
            rcells = ["not run", "-"]
        rows.append([f"`{name}`", st.get("form", "-"), *ox_cells, *rcells])
    return rows, q


def query_scaling(results: dict, sizes: list[str]) -> str:
    done = [k for k in sizes if "pyoxigraph" in (results["sizes"][k].get("queries") or {})]
    if not done:
        return ""
    names = list(dict.fromkeys(n for k in done for n in results["sizes"][k]["queries"]["names"]))
    rows = []
    for name in names:
        cells = []
        for k in done:
            secs, why = step_time(results["sizes"][k]["queries"]["pyoxigraph"]["steps"].get(name))
            cells.append(human_s(secs) if secs is not None else why)
        rows.append([f"`{name}`", *cells])
    return table(["query", *done], rows)


def render_queries(results: dict, sizes: list[str]) -> str:
    text = [
        "\n## Packaged query latency\n\nIn one long-lived process per engine: pyoxigraph on the built store "
        "(`claimgraph.query.engine.bind` defaults, `claimgraph.query.engine.execute`, result fully consumed) "
        "and rdflib on the dataset parsed from `dataset.nq` into a `Dataset(default_union=True)` (same "
        "SPARQL, the same bound terms as `initBindings`)."
        " One warm-up, then the median and max of the repeats.\n"
    ]
    scaling = query_scaling(results, sizes)
    if scaling:
        text.append("\npyoxigraph median per size (articles requested):\n\n" + scaling)
    for k in sizes:
        rows, q = query_rows(results, k)
        if not rows:
            continue
        rd = q.get("rdflib")
        head = f"\n### {k} articles\n\n"
        if rd:
            parse = rd["setups"][0]["seconds"] if rd.get("setups") else None
            head += (
                f"rdflib: parse {human_s(parse)}, worker peak memory "
                f"{human_bytes(rd['memory']['peak_bytes'])}"
                + (f", restarted {rd['sessions'] - 1}× after timeouts" if rd["sessions"] > 1 else "")
                + ".\n\n"
            )
        else:
            head += not_run_note(results, k, None, None) + " for rdflib.\n\n"
        text.append(
            head
            + table(
                ["query", "form", "rows", "pyoxigraph median", "max", "rdflib median", "ratio"],
                rows,
            )
        )
    return "".join(text)


def render_cli(results: dict, sizes: list[str]) -> str:
    rows = []
    p = results.get("packaged", {}).get("cli")
    if p and "error" not in p:
        rows.append(["packaged 5 articles", human_s(p["median_s"]), human_s(p["min_s"]), human_s(p["max_s"])])
    for k in sizes:
        c = results["sizes"][k].get("cli")
        if c and "error" not in c:
            rows.append([f"{k} articles", human_s(c["median_s"]), human_s(c["min_s"]), human_s(c["max_s"])])
    return (
        f"\n## CLI wall time, warm\n\n`python -m claimgraph [--data DIR] --build-dir B query {CLI_QUERY} -f "
        "json` as a subprocess, after one warm-up run: interpreter start, imports, staleness check, query, "
        "output.\n\n" + table(["data", "median", "min", "max"], rows)
    )


def render_stages(results: dict, sizes: list[str]) -> str:
    names = ["corpus", *STAGES]
    rows = []
    p = results.get("packaged", {}).get("cli")
    if p:
        rows.append(
            ["packaged", *["-"] * (len(names) - 1), human_s(p.get("stage_s")), human_s(p.get("stage_s"))]
        )
    for k in sizes:
        v = results["sizes"][k]
        cells = [human_s(v[n].get("stage_s")) if n in v else "-" for n in names]
        total = sum(v[n].get("stage_s", 0) for n in names if n in v)
        rows.append([k, *cells, human_s(total)])
    return "\n## How long each stage took (this script's wall time)\n\n" + table(
        ["size", *names, "total"], rows
    )


def render_runs(results: dict, sizes: list[str]) -> str:
    """Each invocation that --resume added to, with the figures it measured: they can differ in commit,
    flags and machine load."""
    measured: dict[int, list[str]] = {}
    for k in sizes:
        for name, value in results["sizes"][k].items():
            if isinstance(value, dict) and "run" in value:
                measured.setdefault(value["run"], []).append(f"{k}: {name}")
    p = results.get("packaged", {}).get("cli")
    if p and "run" in p:
        measured.setdefault(p["run"], []).append("packaged: cli")
    rows = []
    for i, run in enumerate(results.get("runs", [])):
        src = run.get("source")
        commit = (
            "not recorded"
            if src is None
            else src.get("commit", "?")[:12] + (" + changes" if src.get("dirty") else "")
        )
        rows.append(
            [
                str(i),
                run.get("started", "?"),
                commit,
                "`" + " ".join(run.get("argv", [])) + "`",
                ", ".join(f"{x:.2f}" for x in run.get("load_average_at_start", [])),
                ", ".join(measured.get(i, [])) or "-",
            ]
        )
    return (
        "\n## Invocations\n\nEvery run of this script that wrote into this results.json (with --resume). "
        "Figures measured before invocations were numbered have no entry in the last column.\n\n"
        + table(["#", "started", "commit", "arguments", "load average at start", "figures it measured"], rows)
    )


def find_anomalies(results: dict) -> list[str]:
    out = []
    for k in sorted(results.get("sizes", {}), key=int):
        v = results["sizes"][k]
        for name, st in v.items():
            if isinstance(st, dict) and "error" in st:
                out.append(f"{k}: stage {name} failed: {st['error'].splitlines()[0]}")
        val = v.get("validate") or {}
        if "results" in val.get("whole", {}) and val["whole"]["results"] != val["per-article"].get("results"):
            out.append(
                f"{k}: validation per-article gave {val['per-article'].get('results')} results, whole "
                f"{val['whole']['results']}"
            )
        if val.get("per-article", {}).get("rc") == 1:
            out.append(f"{k}: the synthetic corpus does not conform (validate exit 1)")
        q = v.get("queries") or {}
        rd = (q.get("rdflib") or {}).get("steps", {})
        for name, st in (q.get("pyoxigraph") or {}).get("steps", {}).items():
            other = rd.get(name)
            if "timeout_s" in st:
                out.append(f"{k}: `{name}` timed out on pyoxigraph after {st['timeout_s']:g} s")
            fast, slow = step_time(st)[0], step_time(other)[0]
            if fast and slow and slow < fast:
                out.append(
                    f"{k}: `{name}` is faster on rdflib ({human_s(slow)}) than on pyoxigraph "
                    f"({human_s(fast)})"
                )
            if other and "rows" in other and "rows" in st and other["rows"] != st["rows"]:
                out.append(
                    f"{k}: `{name}` returns {st['rows']} rows on pyoxigraph, {other['rows']} on rdflib"
                )
            if "rows" in st and st["rows"] == 0:
                out.append(f"{k}: `{name}` returns no rows with its default parameters")
        workers = {
            "rdflib build (reference)": v.get("reference"),
            "rdflib export": (v.get("export") or {}).get("rdflib"),
            "owlrl": (v.get("owlrl") or {}).get("owlrl"),
            "rdflib queries": (v.get("queries") or {}).get("rdflib"),
        }
        for what, w in workers.items():
            if isinstance(w, dict) and w.get("error"):
                out.append(f"{k}: {what} worker failed: {w['error']}")
    out += superlinear_queries(results)
    return list(dict.fromkeys(out))


def superlinear_queries(results: dict) -> list[str]:
    """Packaged queries whose pyoxigraph median grows more than twice as fast as the dataset."""
    done = []
    for k in sorted(results.get("sizes", {}), key=int):
        v = results["sizes"][k]
        if v.get("corpus", {}).get("quads") and "pyoxigraph" in (v.get("queries") or {}):
            done.append((k, v["corpus"]["quads"], v["queries"]["pyoxigraph"]["steps"]))
    out = []
    for (k1, q1, s1), (k2, q2, s2) in itertools.pairwise(done):
        for name in s2:
            a, b = step_time(s1.get(name))[0], step_time(s2.get(name))[0]
            if a and b and b > 0.005 and b / a > 2 * (q2 / q1):
                out.append(
                    f"`{name}` grows superlinearly on pyoxigraph: {human_s(a)} at {k1} → {human_s(b)} at "
                    f"{k2} ({b / a:.0f}× time for {q2 / q1:.1f}× quads)"
                )
    return out


# --------------------------------------------------------------------------------------------------------
# Targets


def targets(results: dict) -> list[list[str]]:
    sizes = results.get("sizes", {})
    rows = []

    def verdict(ok: bool) -> str:
        return "**PASS**" if ok else "**MISS**"

    def get(size: int) -> dict | None:
        v = sizes.get(str(size))
        return v if v else None

    largest_run = max(
        (int(k) for k, v in sizes.items() if (v.get("build") or {}).get("wall_s")), default=None
    )
    # 1. build throughput at the full size
    full = get(TARGET_FULL)
    b = (full or {}).get("build")
    if b and "wall_s" in b:
        rows.append(
            [
                f"build of {TARGET_FULL:,} articles ≥ 250k triples/s",
                f"{human_rate(b['quads_per_s'])} quads/s ({b['quads']:,} quads in {human_s(b['wall_s'])})",
                verdict(b["quads_per_s"] >= 250_000),
            ]
        )
    else:
        info = ""
        if largest_run is not None:
            lb = sizes[str(largest_run)]["build"]
            info = f"largest size run: {largest_run} articles, {human_rate(lb['quads_per_s'])} quads/s"
        rows.append([f"build of {TARGET_FULL:,} articles ≥ 250k triples/s", info or "-", "not measured"])

    # 2. build ≥ 10× rdflib at the largest size rdflib ran
    def ref_ratio(v: dict) -> float | None:
        ref, b = v.get("reference"), v.get("build")
        if ref and b and step_time(ref["steps"].get("build"))[0] is not None and "wall_s" in b:
            return ref["wall_s"] / b["wall_s"]
        return None

    best = largest_rdflib_size(results, ref_ratio)
    if best:
        rows.append(
            [
                "build ≥ 10× faster than rdflib (largest size rdflib ran)",
                f"{best[1]:.1f}× at {best[0]} articles",
                verdict(best[1] >= 10),
            ]
        )
    else:
        rows.append(["build ≥ 10× faster than rdflib", "-", "not measured"])

    # 3. query medians
    for size, limit in ((TARGET_MID, 0.1), (TARGET_FULL, 1.0)):
        q = (get(size) or {}).get("queries")
        label = f"every packaged query median ≤ {human_s(limit)} at {size:,} articles"
        if not q or "error" in q:
            rows.append([label, "-", "not measured"])
            continue
        steps = q["pyoxigraph"]["steps"]
        times = {n: step_time(steps.get(n))[0] for n in q["names"]}
        timed_out = {n: steps[n]["timeout_s"] for n in q["names"] if "timeout_s" in (steps.get(n) or {})}
        missing = [n for n, t in times.items() if t is None and n not in timed_out]
        worst = max((n for n in times if times[n] is not None), key=lambda n: times[n], default=None)
        measured = f"slowest finished `{worst}` {human_s(times[worst])}" if worst else "-"
        over = [n for n, t in times.items() if (t is not None and t > limit) or n in timed_out]
        if over:
            measured += f"; over: {', '.join(f'`{n}`' for n in over)}"
        if timed_out:
            limits = sorted(set(timed_out.values()))
            measured += f"; timed out after {'/'.join(f'{x:g}' for x in limits)} s: {', '.join(timed_out)}"
        if missing:
            measured += f"; not measured: {', '.join(missing)}"
            rows.append([label, measured, "**MISS**" if over else "not measured"])
        else:
            rows.append([label, measured, verdict(not over)])

    # 4. queries ≥ 50× rdflib at the largest size rdflib ran
    def min_query_ratio(v: dict) -> float | None:
        q = v.get("queries")
        if not q or not q.get("rdflib"):
            return None
        worst = None
        for n in q["names"]:
            fast = step_time(q["pyoxigraph"]["steps"].get(n))[0]
            st = q["rdflib"]["steps"].get(n) or {}
            slow = step_time(st)[0]
            if slow is None and "timeout_s" in st:
                slow = st["timeout_s"]  # a lower bound
            if fast is None or slow is None:
                return None
            r = slow / fast
            worst = r if worst is None else min(worst, r)
        return worst

    best = largest_rdflib_size(results, min_query_ratio)
    if best:
        q = sizes[str(best[0])]["queries"]
        ratios = {}
        for n in q["names"]:
            fast = step_time(q["pyoxigraph"]["steps"][n])[0]
            st = q["rdflib"]["steps"][n]
            ratios[n] = (step_time(st)[0] or st.get("timeout_s")) / fast
        worst = min(ratios, key=ratios.get)
        rows.append(
            [
                "every packaged query ≥ 50× faster than rdflib (largest size rdflib ran)",
                f"at {best[0]} articles: smallest ratio {ratios[worst]:.1f}× (`{worst}`); "
                f"{sum(r < 50 for r in ratios.values())} of {len(ratios)} below 50×",
                verdict(best[1] >= 50),
            ]
        )
    else:
        rows.append(["every packaged query ≥ 50× faster than rdflib", "-", "not measured"])

    # 5. warm CLI on the five articles
    p = results.get("packaged", {}).get("cli")
    if p and "median_s" in p:
        rows.append(
            [
                f"warm `claimgraph query {CLI_QUERY}` on the five articles ≤ 150 ms wall",
                f"median {human_s(p['median_s'])} (min {human_s(p['min_s'])})",
                verdict(p["median_s"] <= 0.150),
            ]
        )
    else:
        rows.append([f"warm `claimgraph query {CLI_QUERY}` ≤ 150 ms", "-", "not measured"])

    # 6. validation of the full size
    val = ((full or {}).get("validate") or {}).get("per-article")
    if val and "wall_s" in val:
        rows.append(
            [
                f"validation of {TARGET_FULL:,} articles ≤ 10 min",
                f"{human_s(val['wall_s'])} (per-article, --jobs {results.get('settings', {}).get('jobs')})",
                verdict(val["wall_s"] <= 600),
            ]
        )
    else:
        rows.append([f"validation of {TARGET_FULL:,} articles ≤ 10 min", "-", "not measured"])

    # 7. memory of the full build
    if b and "memory" in b:
        mem = b["memory"]
        rows.append(
            [
                f"peak memory of the {TARGET_FULL:,}-article build ≤ 4 GB",
                f"{human_bytes(mem['peak_bytes'])} (tree PSS; tree RSS sum "
                f"{human_bytes(mem.get('peak_tree_rss_bytes'))})",
                verdict(mem["peak_bytes"] <= 4 * 1024**3),
            ]
        )
    else:
        rows.append([f"peak memory of the {TARGET_FULL:,}-article build ≤ 4 GB", "-", "not measured"])
    return rows


# --------------------------------------------------------------------------------------------------------


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        description="claimgraph benchmarks (see bench/README.md)",
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    p.add_argument("--sizes", default="1000,10000,100000", help="synthetic article counts, comma-separated")
    p.add_argument("--out", default=str(HERE / "results"), help="directory for results.json and results.md")
    p.add_argument(
        "--workdir",
        default=str(Path(tempfile.gettempdir()) / "claimgraph-bench"),
        help="corpora, builds and scratch files, cached by (size, seed); never inside the repository",
    )
    p.add_argument("--seed", type=int, default=SEED_DEFAULT, help="synth seed")
    p.add_argument("--jobs", type=int, default=0, help="--jobs for build and validate; 0 = CPU count")
    p.add_argument("--repeat", type=int, default=5, help="timed runs per query (after one warm-up)")
    p.add_argument(
        "--skip-rdflib-above",
        type=int,
        default=1000,
        metavar="N",
        help="run the naive rdflib side only at sizes <= N",
    )
    p.add_argument("--timeout", type=float, default=1800, help="seconds per rdflib step (parse, build, ...)")
    p.add_argument(
        "--query-timeout", type=float, default=300, help="seconds per query (warm-up + repeats) per engine"
    )
    p.add_argument(
        "--stages",
        default=",".join(STAGES),
        help="stages to run per size (the corpus is always made or reused; without build, a cached build "
        "is reused)",
    )
    p.add_argument("--resume", action="store_true", help="keep results.json and skip stages already in it")
    p.add_argument("--keep-exports", action="store_true", help="keep exported files in the workdir")
    p.add_argument("--render", metavar="JSON", help="only write results.md beside this results.json")
    args = p.parse_args(argv)
    args.size_list = [int(x) for x in args.sizes.split(",") if x.strip()]
    args.stage_set = {x.strip() for x in args.stages.split(",") if x.strip()}
    unknown = args.stage_set - set(STAGES)
    if unknown:
        p.error(f"unknown stages {sorted(unknown)} (known: {', '.join(STAGES)})")
    if args.repeat < 1:
        p.error("--repeat must be >= 1")
    workdir = Path(args.workdir).resolve()
    if workdir == REPO or REPO in workdir.parents:
        p.error("--workdir must be outside the repository (corpora and builds are large)")
    return args


def main(argv: list[str]) -> int:
    if argv[:1] == ["_worker"]:
        worker_main(argv[1], argv[2])
        return 0
    args = parse_args(argv)
    if args.render:
        path = Path(args.render)
        target = path.with_name("results.md")
        target.write_text(render(json.loads(path.read_text())))
        print(target)
        return 0
    bench = Bench(args)
    log(
        f"sizes {bench.sizes}, jobs {bench.jobs}, repeat {args.repeat}, "
        f"rdflib up to {args.skip_rdflib_above}, "
        f"workdir {bench.workdir}, results -> {bench.json_path}"
    )
    try:
        bench.run()
    except BenchError as exc:
        log(f"FAILED: {exc}")
        return 1
    except KeyboardInterrupt:
        for pid in list(RUNNING):  # they run in their own sessions: the terminal's signal missed them
            _kill_group(pid)
        if bench.results:
            bench.save()
        log("interrupted; figures so far are in results.json")
        return 130
    log(f"wrote {bench.json_path} and {bench.out / 'results.md'}")
    if bench.errors:
        log("rdflib-side errors (recorded in the results):\n  " + "\n  ".join(bench.errors))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
