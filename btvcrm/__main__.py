"""`python -m btvcrm` and the PyInstaller entry point."""

import sys

from btvcrm.cli import main

if __name__ == "__main__":
    sys.exit(main())
