"""Print docs/rules.md: `python -m nqs.rules > docs/rules.md`."""

from __future__ import annotations

import sys

from nqs.registry import document

sys.stdout.write(document())
