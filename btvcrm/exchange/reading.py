"""One sentence for a file that cannot be read, whichever reader opens it (imports,
e-mails, register files)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from btvcrm.domain.errors import UserError


@contextmanager
def reading(source: Path) -> Iterator[None]:
    """Turn the OS's refusal to read `source` into the user's sentence."""
    try:
        yield
    except FileNotFoundError:
        raise UserError(f"Finner ikke filen {source}.") from None
    except IsADirectoryError:
        raise UserError(f"{source} er en mappe, ikke en fil.") from None
    except OSError as error:
        raise UserError(f"Kan ikke lese {source}: {error.strerror}.") from None
