"""Makes the generated package importable from its source folder (generated/python/src)."""

import os
import sys

# The generated package is imported from its source folder: no bytecode may land in the committed output.
sys.dont_write_bytecode = True

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
SOURCE = os.path.join(REPO, "generated", "python", "src")
if SOURCE not in sys.path:
    sys.path.insert(0, SOURCE)
