"""Documents the station hands out (prints, workbooks, certificates, screenshots), written by
libraries that open the file themselves: each goes to a private temp file beside the target and
is renamed into place only when complete, so a full disk or a pulled stick leaves no half-written
document, and the result is owner-only even where an older, readable file stood before."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from wulian_desk.core.io_errors import cannot_write, known_io_error
from wulian_desk.storage.atomic import fsync_dir


@contextlib.contextmanager
def private_output(out: Path) -> Iterator[Path]:
    """Yield the path to write; on success it becomes `out` (0600), on failure it is removed and
    a disk or file-system error is raised as the known error that names the folder."""
    out = Path(out).expanduser()
    tmp: Path | None = None
    try:
        # mkstemp creates the file 0600 whatever the umask; the library then writes into it.
        fd, name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
        os.close(fd)
        tmp = Path(name)
        yield tmp
        os.replace(tmp, out)
        tmp = None
        fsync_dir(out.parent)
    except OSError as exc:
        raise (known_io_error(exc) or cannot_write(str(out.parent), exc.strerror or str(exc))) from exc
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)
