"""nqs: the registers of Kazakhstan's National Qualifications System as validated data."""

from __future__ import annotations

__version__ = "0.1.0"
