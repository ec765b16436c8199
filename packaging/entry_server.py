"""PyInstaller entry point of ``yichuang-server`` (the reference server)."""

import sys

from server.cli import main

if __name__ == "__main__":
    sys.exit(main())
