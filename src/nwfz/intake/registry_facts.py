"""The registry snapshot the extractor checks stated facts against, read from the database
(falling back to the built-in CANWFZ facts when the registry lacks them)."""

from __future__ import annotations

from nwfz.intake.extract import RegistryFacts

REFERENCE_REGIME = "canwfz"


def registry_facts(regime_slug: str = REFERENCE_REGIME) -> RegistryFacts:
    """Signature, entry into force, parties, recorded chairs and rotation order of a regime
    (for the reference regime, the built-in facts fill what the registry lacks)."""
    from nwfz.registry.models import Regime

    default = RegistryFacts.default()
    regime = Regime.objects.select_related("treaty").filter(slug=regime_slug).first()
    if regime is None:
        return default
    facts = _facts(regime, default)
    return facts if facts is not None else default


def other_regime_facts() -> dict[str, RegistryFacts]:
    """The facts of every other regime the registry holds with a signature and entry-into-force
    date (a text about another zone is checked against them); none are invented."""
    from nwfz.registry.models import Regime

    regimes = Regime.objects.select_related("treaty").exclude(slug=REFERENCE_REGIME)
    found: dict[str, RegistryFacts] = {}
    for regime in regimes:
        facts = _facts(regime, None)
        if facts is not None:
            found[regime.slug] = facts
    return found


def _facts(regime, default: RegistryFacts | None) -> RegistryFacts | None:  # noqa: ANN001
    from nwfz.governance.selectors import recorded_terms

    treaty = regime.treaty
    signed = (treaty.adopted_on if treaty else None) or (default.signed if default else None)
    entry = (treaty.entry_into_force if treaty else None) or (
        default.entry_into_force if default else None
    )
    if signed is None or entry is None:
        return None
    place = (treaty.adopted_place_en if treaty else "") or (default.signed_place if default else "")
    place = place.split(" (")[0].strip() or (default.signed_place if default else "")
    parties = tuple(sorted(treaty.scope.values_list("code", flat=True))) if treaty else ()
    chairs = {
        term.start.year: term.state for term in recorded_terms(regime) if term.role == "chair"
    }
    rule = getattr(regime, "rotation_rule", None)
    return RegistryFacts(
        regime=regime.slug,
        signed=signed,
        signed_place=place,
        entry_into_force=entry,
        parties=parties or (default.parties if default else ()),
        chairs=chairs or (dict(default.chairs) if default else {}),
        rotation_order=rule.order_codes if rule else (default.rotation_order if default else ()),
    )
