"""The whole API against its own OpenAPI schema (schemathesis): for every operation a
bounded number of generated requests, valid and invalid, anonymous and as a staff user;
no answer is a 5xx, and every documented answer matches its published schema.

Generated path parameters are random strings; half the time the hook below puts a real
slug, code, key or id in their place, so that the answers with data (and their schemas)
are checked as well as the 404s."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
)

from tests.wsgi_app import in_the_test_transaction

pytestmark = pytest.mark.django_db

EXAMPLES_PER_OPERATION = 12
CHECKS = [not_a_server_error, response_schema_conformance, content_type_conformance]


# The schema as the server publishes it (reading it touches no database).
schema = schemathesis.openapi.from_wsgi("/api/openapi.json", in_the_test_transaction)


def _known_values() -> dict[str, list]:
    from nwfz.governance.models import Meeting
    from nwfz.intake.models import IntakeItem, Proposal
    from nwfz.registry.models import Source

    return {
        "slug": ["canwfz", "canwfz-protocol", "npt"],
        "code": ["KZ", "tj"],
        "key": list(Source.objects.values_list("key", flat=True)[:2]),
        "meeting_id": list(Meeting.objects.values_list("id", flat=True)[:2]),
        "item_id": list(IntakeItem.objects.values_list("id", flat=True)[:1]),
        "proposal_id": list(Proposal.objects.values_list("id", flat=True)[:8]),
    }


@schema.hook
def flatmap_path_parameters(context, path_parameters):
    known = _known_values()
    real = {name: known[name] for name in path_parameters or {} if known.get(name)}
    if not real:
        return st.just(path_parameters)
    return st.one_of(
        st.just(path_parameters),
        st.fixed_dictionaries(
            {**{n: st.just(v) for n, v in path_parameters.items()},
             **{n: st.sampled_from(values) for n, values in real.items()}}
        ),
    )  # fmt: skip


BOUNDED = hypothesis_settings(
    max_examples=EXAMPLES_PER_OPERATION,
    deadline=None,
    derandomize=True,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=list(HealthCheck),
)


@pytest.fixture
def staff_headers(request) -> dict[str, str]:
    """A signed-in member's session cookie and CSRF token as a browser sends them: a staff
    user who is also a delegate of today's chair, so that the members' and the chair's
    operations run rather than stop at 403; and the seed news item taken in (by the system
    user, as the loader would), so that the intake operations have items and proposals."""
    from datetime import date

    from django.test import Client

    from nwfz.accounts.demo import demo_delegations
    from nwfz.accounts.roles import system_user
    from nwfz.accounts.services import delegation_for, user_add
    from nwfz.intake.services import intake_item_receive
    from tests.intake.workflow.samples import SEED_PUBLISHED, SEED_TEXT

    system = system_user()
    chair = demo_delegations(date.today())["chair"]
    user = user_add(
        username="schema-staff", password="x-schema-Pass-17", is_staff=True,
        delegation=delegation_for(chair, acting_user=system), acting_user=system,
    )  # fmt: skip
    if "/intake/" in request.node.name:
        intake_item_receive(
            raw=SEED_TEXT.encode(), filename="seed.txt", published=SEED_PUBLISHED,
            acting_user=system,
        )  # fmt: skip
    client = Client()
    client.force_login(user)
    client.get("/en/intake/")  # sets the CSRF cookie
    session = client.cookies["sessionid"].value
    token = client.cookies["csrftoken"].value
    return {"Cookie": f"sessionid={session}; csrftoken={token}", "X-CSRFToken": token}


@schema.parametrize()
@BOUNDED
def test_anonymous_requests_get_no_5xx_and_answers_match_the_schema(case):
    case.call_and_validate(checks=CHECKS)


@schema.parametrize()
@BOUNDED
def test_staff_requests_get_no_5xx_and_answers_match_the_schema(case, staff_headers):
    case.call_and_validate(headers=staff_headers, checks=CHECKS)


CACHED = [
    ("/api/regimes/{slug}/parties", {"slug": "canwfz"}, {"on": "2009-03-21", "lang": "ru"}),
    ("/api/instruments/{slug}", {"slug": "canwfz"}, {"lang": "kk"}),
    ("/api/instruments/{slug}/status", {"slug": "canwfz"}, {"on": "2008-06-01"}),
    ("/api/instruments/{slug}/status", {"slug": "npt"}, {"on": "2026-01-01"}),
    ("/api/states/{code}", {"code": "KZ"}, {"on": "2026-01-01"}),
    ("/api/conflicts", {}, {"lang": "en"}),
]


@pytest.mark.parametrize(("path", "path_parameters", "query"), CACHED)
def test_cached_answers_match_their_published_schema(path, path_parameters, query):
    """Cached endpoints answer with stored JSON that django-ninja does not validate: their
    published schema is checked against real answers here."""
    case = schema[path]["GET"].Case(path_parameters=path_parameters, query=query)
    response = case.call_and_validate(checks=CHECKS)
    assert response.status_code == 200 and response.json()


def test_every_published_schema_name_is_one_class():
    """django-ninja names a schema after its class; two classes of one name would publish
    one schema for both (as two `EventOut`s once did)."""
    from ninja import Schema

    import nwfz.api  # noqa: F401  (imports every router)

    def subclasses(cls):
        for sub in cls.__subclasses__():
            yield sub
            yield from subclasses(sub)

    owners: dict[str, set[str]] = {}
    for cls in subclasses(Schema):
        if cls.__module__.startswith("nwfz."):
            owners.setdefault(cls.__name__, set()).add(f"{cls.__module__}.{cls.__qualname__}")
    assert {name: where for name, where in owners.items() if len(where) > 1} == {}
    published = schema.raw_schema["components"]["schemas"]
    assert {"ParticipationEventOut", "RegimeEventOut", "ConflictOut"} <= set(published)
