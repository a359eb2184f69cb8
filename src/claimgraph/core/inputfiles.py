"""Reading input files that someone else controls: only regular files, only inside the data directory,
and never more than a stated number of bytes.

A data directory is untrusted: `articles/zz.txt -> /etc/hostname` would publish that file as article
text, a link to /dev/zero would exhaust memory and a FIFO would block the build for ever. So a file is
examined with lstat/stat before it is opened (a FIFO is never opened), symlinks must resolve inside the
data directory, and reading stops one byte past the cap, whatever the file grows to meanwhile."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from claimgraph.core.errors import ClaimgraphError, InputError, display_path


@dataclass(frozen=True)
class Cap:
    """A per-file byte cap, documented by its default and changeable with its environment variable."""

    variable: str
    default: int

    def bytes(self) -> int:
        value = os.environ.get(self.variable, "").strip()
        if not value:
            return self.default
        try:
            number = int(value)
        except ValueError:
            number = -1
        if number < 1:
            raise ClaimgraphError(f"{self.variable}={value!r}: expected a positive whole number of bytes")
        return number


ARTICLE_CAP = Cap("CLAIMGRAPH_MAX_ARTICLE_BYTES", 2 * 1024 * 1024)  # one article's text
YAML_CAP = Cap("CLAIMGRAPH_MAX_YAML_BYTES", 5_000_000)  # the registry or one annotation file
RDF_CAP = Cap("CLAIMGRAPH_MAX_RDF_BYTES", 64 * 1024 * 1024)  # one RDF file given to validate (or shapes)


def check_inside(path: Path, root: Path) -> None:
    """Refuse a path that leaves `root` once symlinks are resolved; `root` is resolved too, so a data
    directory that is itself a link is fine."""
    resolved, base = path.resolve(), root.resolve()
    if resolved != base and base not in resolved.parents:
        raise InputError(
            display_path(path), f"resolves to {resolved}, outside the data directory {display_path(root)}"
        )


def check_regular(path: Path, max_bytes: int) -> int:
    """Stat (following links) without opening: a regular file of at most `max_bytes`; returns its size."""
    shown = display_path(path)
    try:
        info = path.stat()
    except OSError as exc:
        raise InputError(shown, f"cannot read file ({exc.strerror})") from None
    if not stat.S_ISREG(info.st_mode):
        raise InputError(shown, f"not a regular file ({_kind(info.st_mode)}); only regular files are read")
    if info.st_size > max_bytes:
        raise InputError(shown, f"file is larger than {max_bytes} bytes ({info.st_size})")
    return info.st_size


def read_capped(path: Path, max_bytes: int) -> bytes:
    """The bytes of a regular file of at most `max_bytes`, checked before opening and while reading."""
    shown = display_path(path)
    check_regular(path, max_bytes)
    try:
        # O_NONBLOCK: should the file have been swapped for a FIFO since the stat, opening cannot block
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise InputError(shown, f"cannot read file ({exc.strerror})") from None
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise InputError(shown, "not a regular file; only regular files are read")
        try:
            raw = fh.read(max_bytes + 1)
        except OSError as exc:
            raise InputError(shown, f"cannot read file ({exc.strerror})") from None
    if len(raw) > max_bytes:
        raise InputError(shown, f"file is larger than {max_bytes} bytes")
    return raw


def _kind(mode: int) -> str:
    for test, name in (
        (stat.S_ISDIR, "a directory"),
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    ):
        if test(mode):
            return name
    return "a special file"
