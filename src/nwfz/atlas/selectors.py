"""What the atlas reads from the registry, as plain values for `metrics`.

Parties, statuses and nuclear status come from the registry's own selectors and rows
(`parties_on`, `status_table`, `State.nuclear_status`): the atlas keeps no status logic.
Every regime with a treaty is a zone, so a zone added to the data appears here by itself.
"""

from __future__ import annotations

from datetime import date

from nwfz.atlas.boundaries import Boundary
from nwfz.atlas.boundaries import boundaries as boundary_rows
from nwfz.atlas.metrics import ProtocolStatus, TestSite, ZoneFacts
from nwfz.languages import supported
from nwfz.registry.models import Regime, State
from nwfz.registry.selectors import parties_on, regime_instruments, status_table

NUCLEAR_ARMED = ("npt_nws", "nuclear_armed")


def zone_regimes() -> list[Regime]:
    """Every regime that has a treaty, in the order of the treaty's adoption."""
    regimes = Regime.objects.select_related("treaty").filter(treaty__isnull=False)
    return sorted(regimes, key=lambda r: (r.treaty.adopted_on or date.max, r.treaty.slug))


def nuclear_states() -> dict[str, str]:
    """Code -> `npt_nws` or `nuclear_armed`, from the registry's State rows."""
    rows = State.objects.filter(nuclear_status__in=NUCLEAR_ARMED).order_by("code")
    return dict(rows.values_list("code", "nuclear_status"))


def protocol_statuses(regime: Regime, on: date) -> tuple[ProtocolStatus, ...]:
    """Each protocol of the regime with every NPT nuclear-weapon state's status on `on`."""
    nws = set(State.objects.filter(nuclear_status="npt_nws").values_list("code", flat=True))
    out = []
    for link in regime_instruments(regime):
        if link.role != "protocol":
            continue
        rows = status_table(link.instrument, on)
        statuses = {r["state"]: r["status"] for r in rows if r["state"] in nws}
        out.append(ProtocolStatus(link.instrument.slug, dict(sorted(statuses.items()))))
    return tuple(out)


def zone_facts(
    regime: Regime, on: date, lang: str = "en", boundaries: dict[str, Boundary] | None = None
) -> ZoneFacts:
    treaty = regime.treaty
    if boundaries is None:
        boundaries = treaty_boundaries(lang)
    return ZoneFacts(
        zone=treaty.slug,
        regime=regime.slug,
        name=regime.localized("short_name", lang) or regime.localized("name", lang),
        parties=tuple(s.code for s in parties_on(regime, on)),
        adopted=treaty.adopted_on,
        entry_into_force=treaty.entry_into_force,
        protocols=protocol_statuses(regime, on),
        boundary=boundaries.get(treaty.slug),
    )


def treaty_boundaries(lang: str = "en") -> dict[str, Boundary]:
    """The first boundary the data draws for each treaty, by the treaty's slug."""
    out: dict[str, Boundary] = {}
    for boundary in boundary_rows(lang):
        out.setdefault(boundary.instrument, boundary)
    return out


def test_sites(lang: str = "en") -> list[TestSite]:
    """The nuclear test sites of the record (loaded from the data packages), named in
    `lang` (English where the package gives no name in it)."""
    from nwfz.atlas.models import TestSite as TestSiteRow

    out = []
    for row in TestSiteRow.objects.prefetch_related("sources").order_by("key"):
        out.append(
            TestSite(
                key=row.key,
                name=getattr(row, f"name_{supported(lang)}") or row.name_en,
                lon=row.longitude,
                lat=row.latitude,
                tests=row.tests,
                sources=tuple(s.url for s in row.sources.all()),
                note=row.note_en,
            )
        )
    return out
