"""PyInstaller entry point of ``yichuang`` (the station client)."""

import sys

from app.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
