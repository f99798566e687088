"""Governance sections of the data packages.

`validate` applies the rules of validation.py that need no database (dates in order,
overlapping terms within the packages, decisions before their meeting); `apply` checks the
rest (who was party on a day, overlaps with terms recorded elsewhere) through checks.py,
the same functions the services call, and reports a refusal as `file:line: message`.
"""

from __future__ import annotations

from nwfz.governance.package_sections.chairs import ChairTermsSection, RotationSection
from nwfz.governance.package_sections.commemorations import AnniversaryDatesSection, EventsSection
from nwfz.governance.package_sections.deadlines import DeadlineRulesSection
from nwfz.governance.package_sections.fora import ForaSection, ForumSessionsSection
from nwfz.governance.package_sections.meetings import (
    ExtraordinaryRequestsSection,
    MeetingsSection,
    OutcomeDocumentsSection,
)
from nwfz.governance.package_sections.organisations import OrganisationsSection

SECTIONS = [
    OrganisationsSection,
    ForaSection,
    RotationSection,
    ChairTermsSection,
    MeetingsSection,
    OutcomeDocumentsSection,
    ExtraordinaryRequestsSection,
    EventsSection,
    AnniversaryDatesSection,
    ForumSessionsSection,
    DeadlineRulesSection,
]
