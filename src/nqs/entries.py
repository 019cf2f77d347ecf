"""The data of each kind of file, as its schema in schemas/ defines it, for the type checker.

A document reaches the rules and the site only once its schema has accepted it, so its data
has these shapes; tests/test_entries.py keeps each TypedDict in step with its schema (the
same fields, the same required ones, at every level).
"""

# No `from __future__ import annotations` here: NotRequired is seen when the class is made
# only when its annotations are evaluated then, and tests/test_entries.py reads them.
from typing import Literal, NotRequired, TypedDict

LANGUAGES = ("kk", "ru")


# A bilingual text (defs.schema.json#/$defs/text): {"kk": ..., "ru": ...}, read by a language
# that is known only when the program runs.
Text = dict[str, str]


# The number of an article, paragraph, subparagraph or appendix
# (defs.schema.json#/$defs/provision_number): 16, or "13-1" for one inserted later.
ProvisionNumber = int | str


class LegalAct(TypedDict):
    kind: Literal["law", "code", "labour-code"]
    title: NotRequired[Text]
    number: str
    date: str
    article: NotRequired[ProvisionNumber]
    paragraph: NotRequired[ProvisionNumber]
    subparagraph: NotRequired[ProvisionNumber]
    appendix: NotRequired[ProvisionNumber]
    requirement: Literal[
        "licensing",
        "attestation",
        "certification",
        "notification",
        "testing",
        "qualification-exam",
        "other",
    ]


class QualificationRequirements(TypedDict):
    title: Text
    reference: Text


class NotApplicable(TypedDict):
    not_applicable: Text  # why Rules 8(1) does not apply (a voluntary profession only)


class Grounds(TypedDict):
    health_life_safety: Text | NotApplicable
    labour_market_demand: Text
    standards: NotRequired[list[str]]
    qualification_requirements: NotRequired[QualificationRequirements]


class Profession(TypedDict):
    code: str
    body: str
    name: Text
    basis: Literal["mandatory", "voluntary"]
    legal_act: NotRequired[LegalAct]
    grounds: Grounds
    document_validity_years: NotRequired[int]
    document_validity_months: NotRequired[int]
    levels: list[int]
    skills: NotRequired[list[Text]]
    status: Literal["included", "excluded"]
    # Left out by a proposal (the council has not decided yet); nqs record-decision writes it.
    included_by: NotRequired[str]
    amended_by: NotRequired[list[str]]
    excluded_by: NotRequired[str]


class Approval(TypedDict):
    issuer: Text
    order_number: str
    date: str
    body: str


class Repeal(TypedDict):
    issuer: Text
    order_number: str
    date: str


class Function(TypedDict):
    name: Text
    level: int
    skills: list[Text]
    knowledge: list[Text]


class Standard(TypedDict):
    code: str
    body: str
    title: Text
    occupations: list[str]
    levels: list[int]
    approval: Approval
    status: Literal["in-force", "repealed"]
    repealed: NotRequired[Repeal]
    functions: list[Function]


class Contacts(TypedDict):
    phone: str
    email: str
    website: NotRequired[str]


class Founder(TypedDict):
    name: Text
    bin: NotRequired[str]
    educational_institution: NotRequired[bool]


class Covered(TypedDict):
    """A profession a center recognizes qualifications in, and at which levels."""

    code: str
    levels: list[int]


class Agreement(TypedDict):
    number: str
    date: str


class Revocation(TypedDict):
    ground: Literal["own-request", "procedure-violation", "monitoring", "confirmed-complaints"]
    detected: str
    date: str
    copy_sent: str
    health_life_safety: bool


class Renewal(TypedDict):
    date: str
    violations_removed: Text


class Reissue(TypedDict):
    date: str
    reason: Literal["reorganization", "change-of-name", "change-of-address"]


class Termination(TypedDict):
    ground: Literal["revocation", "expiry", "liquidation", "court-decision"]
    date: str


class Event(TypedDict):
    """One event of a certificate: exactly one of its fields."""

    revocation: NotRequired[Revocation]
    renewal: NotRequired[Renewal]
    reissue: NotRequired[Reissue]
    termination: NotRequired[Termination]


Route = Literal["chamber", "conformity-assessment"]


class Certificate(TypedDict):
    number: str
    route: Route
    decision: str
    issued: str
    expires: str
    agreement: NotRequired[Agreement]
    events: NotRequired[list[Event]]


class Center(TypedDict):
    bin: str
    name: Text
    region: str
    address: Text
    contacts: Contacts
    founders: list[Founder]
    educational_institution: Literal[False]
    professions: list[Covered]
    certificates: list[Certificate]


class Recommends(TypedDict):
    """The professions a recommendation includes, amends and excludes, by code."""

    included: NotRequired[list[str]]
    amended: NotRequired[list[str]]
    excluded: NotRequired[list[str]]


class Rejected(TypedDict):
    """A proposal the council did not recommend, and why."""

    code: str
    body: str
    reason: Text


class Decision(TypedDict):
    id: str
    date: str
    protocol: str
    title: Text
    recommends: NotRequired[Recommends]
    rejected: NotRequired[list[Rejected]]


class Body(TypedDict):
    id: str
    kind: Literal["authorized", "sectoral", "chamber"]
    name: Text
    team: str


class Bodies(TypedDict):
    bodies: list[Body]
