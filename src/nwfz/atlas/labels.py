"""Labels of the atlas's codes in the reader's language (one copy, for maps and pages)."""

from django.utils.translation import gettext_lazy as _

HEMISPHERES = {
    "northern": _("northern hemisphere"),
    "southern": _("southern hemisphere"),
    "both": _("both hemispheres"),
}

VERDICTS = {
    "supported": _("supported"),
    "qualified": _("holds only with a qualification"),
    "not_supported": _("not supported"),
    "not_in_record": _("not in the record"),
}


def hemispheres(code: str | None) -> str:
    return str(HEMISPHERES[code]) if code in HEMISPHERES else "–"


def scale_text(scale: str) -> str:
    """`scale 1:50m (1:50,000,000)` in the active language."""
    from nwfz.atlas.geometry import SCALE_LABELS

    return _("scale 1:%(scale)s (%(ratio)s)") % {"scale": scale, "ratio": SCALE_LABELS[scale]}
