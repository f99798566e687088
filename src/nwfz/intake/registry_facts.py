"""The registry snapshot the extractor checks stated facts against, read from the database
(falling back to the built-in CANWFZ facts when the registry lacks them)."""

from __future__ import annotations

from nwfz.intake.extract import RegistryFacts


def registry_facts(regime_slug: str = "canwfz") -> RegistryFacts:
    """Signature, entry into force, parties, recorded chairs and rotation order of a regime."""
    from nwfz.governance.models import ChairTerm
    from nwfz.registry.models import Regime

    default = RegistryFacts.default()
    regime = Regime.objects.select_related("treaty").filter(slug=regime_slug).first()
    if regime is None:
        return default
    treaty = regime.treaty
    signed = (treaty.adopted_on if treaty else None) or default.signed
    place = (treaty.adopted_place_en if treaty else "") or default.signed_place
    place = place.split(" (")[0].strip() or default.signed_place
    entry = (treaty.entry_into_force if treaty else None) or default.entry_into_force
    parties = tuple(sorted(treaty.scope.values_list("code", flat=True))) if treaty else ()
    chairs = {
        term.start.year: term.state.code
        for term in ChairTerm.objects.filter(regime=regime, role="chair").select_related("state")
    }
    rule = getattr(regime, "rotation_rule", None)
    return RegistryFacts(
        regime=regime_slug,
        signed=signed,
        signed_place=place,
        entry_into_force=entry,
        parties=parties or default.parties,
        chairs=chairs or dict(default.chairs),
        rotation_order=rule.order_codes if rule else default.rotation_order,
    )
