"""Print docs/rules.md: `python -m nqs.rules > docs/rules.md`."""

from __future__ import annotations

import sys

from nqs.rules import document
from nqs.validate import CHANGE_CHECKS, FILE_CHECKS

sys.stdout.write(document(FILE_CHECKS, CHANGE_CHECKS))
