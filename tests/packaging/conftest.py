"""The packaging scripts are plain files run by python3, not a package: import them by path."""

from __future__ import annotations

import sys

from tests.conftest import REPO

sys.path.insert(0, str(REPO / "packaging"))
