"""Publishing output: readers see the old output or the new one, never a half-written one, and claimgraph
never removes, replaces or follows anything it did not write. The one place that writes an output path;
build, `export --shards`, synth and every `-o` go through it, so they share one failure behaviour: on any
error before the final rename the old output is left byte-identical and no temporary file is left.

Files (`publish_file`; `check_output_target` lets a command refuse a bad `-o` before any work):
- a missing path or a regular file is replaced atomically (temporary file beside it, fsync, rename, fsync
  of the directory); a replaced file keeps its permission bits;
- a symbolic link is refused: following it could overwrite whatever it points to (a system file), and
  replacing it would destroy a link the user made; give the path it points to instead;
- a FIFO, a character or block device is opened and written in place, as a shell's `>` does, never renamed
  over (`-o /dev/null` stays the device, a FIFO's reader gets the bytes);
- a directory or a socket is refused.

Directories (`staged`; build, shards, synth):
- the output is written into a staging directory beside the target, named
  `.<target>.claimgraph-<kind>-<pid>-<8 hex>` and holding STAGING_MARKER (writer, kind, pid);
- a target is replaced only when it is absent, empty, or holds OWNER_MARKER of the same kind whose list of
  entries covers every entry the target holds: a `manifest.json` proves nothing, a file a user added to an
  output stops the replacement instead of vanishing with it;
- the swap is one atomic exchange of the two directories (Linux renameat2 RENAME_EXCHANGE), else two renames
  with the first undone on failure; the old output is removed only after the new one is in place;
- staging directories of the same kind whose writer died (kill -9) are removed by the next writer into the
  same parent, and only those whose name and marker say claimgraph made them.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import shutil
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from claimgraph.core.errors import ClaimgraphError, display_path

OWNER_MARKER = ".claimgraph-output.json"
STAGING_MARKER = ".claimgraph-staging.json"
WRITTEN_BY = "claimgraph output directory: written, and replaceable, only by claimgraph"
KINDS = ("build", "shards", "synth")
_STAGING_NAME = re.compile(r"\.(?P<target>.+)\.claimgraph-(?P<kind>[a-z]+)-(?P<pid>[0-9]+)-[0-9a-f]{8}")


# --- files --------------------------------------------------------------------------------------------


def check_output_target(path: Path) -> None:
    """Refuse, before any work, an output path that `publish_file` would refuse (see the module docstring)."""
    shown = display_path(path)
    st = _lstat(path)
    if st is None:
        return
    if stat.S_ISLNK(st.st_mode):
        raise ClaimgraphError(
            f"{shown}: is a symbolic link; claimgraph neither follows nor replaces links it writes to, "
            "give the path it points to"
        )
    if stat.S_ISDIR(st.st_mode):
        raise ClaimgraphError(f"{shown}: is a directory; give a file name (or - for standard output)")
    if stat.S_ISSOCK(st.st_mode):
        raise ClaimgraphError(f"{shown}: is a socket; give a file name (or - for standard output)")


def _lstat(path: Path) -> os.stat_result | None:
    """What is at `path` itself (a link is not followed), None when nothing is."""
    try:
        return os.lstat(path)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise ClaimgraphError(f"{display_path(path)}: cannot use as output ({exc.strerror})") from None


def publish_file(path: Path, write: Callable[[BinaryIO], object]) -> None:
    """Give `path` the bytes `write` produces: atomically for a regular file, in place for a FIFO/device."""
    check_output_target(path)
    st = _lstat(path)
    if st is not None and not stat.S_ISREG(st.st_mode):
        _write_through(path, write)
        return
    tmp = path.parent / f".{path.name}.claimgraph-file-{os.getpid()}-{os.urandom(4).hex()}"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)  # the umask applies, as for `>`
    except OSError as exc:
        raise ClaimgraphError(f"{display_path(path)}: cannot write ({exc.strerror})") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        if st is not None:
            os.chmod(tmp, stat.S_IMODE(st.st_mode))
        check_output_target(path)  # again: the path may have become a link or directory meanwhile
        os.replace(tmp, path)
    except OSError as exc:
        _quietly(tmp.unlink, missing_ok=True)
        raise not_written(path, exc) from None
    except BaseException:
        _quietly(tmp.unlink, missing_ok=True)
        raise
    _fsync_dir(path.parent)


def not_written(target: Path, exc: OSError) -> ClaimgraphError:
    where = f" ({exc.filename})" if exc.filename else ""
    return ClaimgraphError(
        f"{display_path(target)}: not written: {exc.strerror or exc}{where}; the previous output is unchanged"
    )


def _write_through(path: Path, write: Callable[[BinaryIO], object]) -> None:
    """O_NOFOLLOW: a link put in place since the check is refused by the kernel, not followed."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_NOFOLLOW)
    except OSError as exc:
        raise ClaimgraphError(f"{display_path(path)}: cannot write ({exc.strerror})") from None
    with os.fdopen(fd, "wb") as fh:
        write(fh)


# --- directories --------------------------------------------------------------------------------------


def check_dir_target(target: Path, kind: str) -> None:
    """Refuse a target directory claimgraph cannot prove it wrote as a `kind` output (module docstring)."""
    shown = display_path(target)
    st = _lstat(target)
    if st is None:
        return
    if stat.S_ISLNK(st.st_mode):
        raise ClaimgraphError(f"{shown}: is a symbolic link; give the directory it points to")
    if not stat.S_ISDIR(st.st_mode):
        raise ClaimgraphError(f"{shown}: exists and is not a directory")
    entries = set(os.listdir(target))
    if not entries:
        return
    marker = read_owner_marker(target)
    if marker is None:
        raise ClaimgraphError(
            f"{shown}: not empty and holds no valid {OWNER_MARKER}, so it was not written by claimgraph; "
            "refusing to replace it (choose another directory; a build or export made by an earlier "
            "claimgraph version, which wrote no marker, must be removed by hand)"
        )
    if marker["kind"] != kind:
        raise ClaimgraphError(f"{shown}: holds a claimgraph {marker['kind']} output, not a {kind}; refusing")
    extra = sorted(entries - {e.rstrip("/") for e in marker["entries"]} - {OWNER_MARKER})
    if extra:
        raise ClaimgraphError(
            f"{shown}: holds {extra[0]!r}, which claimgraph did not write (not listed in {OWNER_MARKER}); "
            "refusing to replace it: move it out first"
        )


def read_owner_marker(directory: Path) -> dict[str, Any] | None:
    """The owner marker if claimgraph wrote it (fixed text, known kind, list of entries), else None."""
    marker = _read_json(directory / OWNER_MARKER)
    if (
        marker is None
        or marker.get("written_by") != WRITTEN_BY
        or marker.get("kind") not in KINDS
        or not isinstance(marker.get("entries"), list)
        or not all(isinstance(e, str) for e in marker["entries"])
    ):
        return None
    return marker


@contextlib.contextmanager
def staged(target: Path, kind: str) -> Iterator[Path]:
    """A staging directory to write a `kind` output into; published over `target` when the block ends
    without error, removed when it raises (the old output then stays as it was)."""
    staging = new_staging(target, kind)
    try:
        yield staging
        publish_dir(staging, target, kind)
    except OSError as exc:  # a full disk, a permission: one line, the old output as it was
        _quietly(shutil.rmtree, staging)
        raise not_written(target, exc) from None
    except BaseException:
        _quietly(shutil.rmtree, staging)
        raise


def new_staging(target: Path, kind: str) -> Path:
    """Check the target, clear stale staging of this kind beside it, make a fresh marked staging directory."""
    check_dir_target(target, kind)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        remove_stale(target.parent, kind)
        staging = _staging_path(target, kind)
        staging.mkdir()  # not mkdtemp: the output gets the umask's permissions, not 0700
    except OSError as exc:
        raise ClaimgraphError(f"{display_path(target)}: cannot create ({exc.strerror})") from None
    try:
        _write_synced(staging / STAGING_MARKER, {"written_by": WRITTEN_BY, "kind": kind, "pid": os.getpid()})
    except OSError as exc:
        _quietly(shutil.rmtree, staging)
        raise not_written(target, exc) from None
    except BaseException:
        _quietly(shutil.rmtree, staging)
        raise
    return staging


def publish_dir(staging: Path, target: Path, kind: str) -> None:
    """Mark `staging` as a `kind` output listing its entries, then swap it in for `target`. Raises only
    before the swap, with `target` as it was; after it, cleaning up the old output is best effort (a
    leftover carries the staging name and marker, so the next writer removes it)."""
    entries = sorted(
        e.name + ("/" if e.is_dir(follow_symlinks=False) else "")
        for e in os.scandir(staging)
        if e.name not in (STAGING_MARKER, OWNER_MARKER)
    )
    _write_synced(staging / OWNER_MARKER, {"written_by": WRITTEN_BY, "kind": kind, "entries": entries})
    if (staging / STAGING_MARKER).exists():
        os.unlink(staging / STAGING_MARKER)
    _fsync_dir(staging)
    check_dir_target(target, kind)  # again: the target may have changed while we wrote
    if not os.path.lexists(target):
        os.rename(staging, target)
        _fsync_dir(target.parent)
        return
    if _exchange(staging, target):
        old = staging  # after the exchange the staging name holds the old output
    else:
        old = _staging_path(target, kind)
        os.rename(target, old)
        try:
            os.rename(staging, target)
        except BaseException:
            os.rename(old, target)
            raise
    _fsync_dir(target.parent)
    _quietly(shutil.rmtree, old)


def _staging_path(target: Path, kind: str) -> Path:
    """A fresh name matching _STAGING_NAME, so that `remove_stale` can recognise it after a crash."""
    return target.parent / f".{target.name}.claimgraph-{kind}-{os.getpid()}-{os.urandom(4).hex()}"


def remove_stale(parent: Path, kind: str) -> list[Path]:
    """Remove staging directories of `kind` in `parent` whose writer is dead and whose marker (staging or
    owner) says claimgraph made them; anything else with a similar name is left alone. A complete output
    whose target is missing is renamed back to it instead."""
    removed: list[Path] = []
    try:
        entries = list(os.scandir(parent))
    except OSError:
        return removed
    for entry in entries:
        m = _STAGING_NAME.fullmatch(entry.name)
        if m is None or m["kind"] != kind or not entry.is_dir(follow_symlinks=False):
            continue
        pid = int(m["pid"])
        if _alive(pid):
            continue
        path = Path(entry.path)
        staging = _read_json(path / STAGING_MARKER)
        ours = (
            staging is not None
            and staging.get("written_by") == WRITTEN_BY
            and staging.get("kind") == kind
            and staging.get("pid") == pid
        )
        owner = read_owner_marker(path)
        complete = owner is not None and owner["kind"] == kind
        if complete and not os.path.lexists(parent / m["target"]):
            # killed between the two renames (no renameat2): a complete output, put back where it was
            _quietly(os.rename, path, parent / m["target"])
        elif ours or complete:
            _quietly(shutil.rmtree, path)
            removed.append(path)
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _exchange(a: Path, b: Path) -> bool:
    """Swap two directory entries in one step (Linux renameat2 RENAME_EXCHANGE): no moment without either.
    False where the C library or the file system cannot; the caller then uses two renames."""
    fn = _renameat2()
    if fn is None:
        return False
    at_fdcwd, rename_exchange = -100, 2
    if fn(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0:
        return True
    import ctypes

    err = ctypes.get_errno()
    if err in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
        return False
    raise OSError(err, os.strerror(err), str(b))


def _renameat2() -> Any:
    try:
        import ctypes

        fn = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return None
    fn.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    fn.restype = ctypes.c_int
    return fn


# --- helpers ------------------------------------------------------------------------------------------


def _write_synced(path: Path, content: dict[str, Any]) -> None:
    data = (json.dumps(content, indent=2, sort_keys=True) + "\n").encode()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)


def _read_json(path: Path) -> dict[str, Any] | None:
    try:
        with open(path, "rb") as fh:
            value = json.loads(fh.read(1 << 20))
    except (OSError, ValueError):
        return None
    return value if isinstance(value, dict) else None


def _fsync_dir(directory: Path) -> None:
    """Make the rename durable; best effort (some file systems refuse fsync on a directory)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _quietly(fn: Callable[..., object], *args: Any, **kwargs: Any) -> None:
    """Cleanup that must not hide the error being handled, nor undo a publish that already happened."""
    with contextlib.suppress(Exception):
        fn(*args, **kwargs)
