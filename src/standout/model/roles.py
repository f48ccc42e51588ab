"""The target role, alone in a tiny module: the command line needs it in every signature.

``standout.model.report`` re-exports it; importing this module alone costs next to nothing,
which keeps ``standout --help`` from defining every report type.
"""

from __future__ import annotations

from enum import StrEnum


class TargetRole(StrEnum):
    JUNIOR = "junior"
    MID = "mid"
    SENIOR = "senior"
    STAFF = "staff"
