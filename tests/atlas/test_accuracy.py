"""The geometry against independent published figures, within each scale's stated band.

The published lengths here are the test's oracle (what the map is checked against), each
with the source it was read from; the bundled data's own published figures are checked
the same way by `nwfz atlas accuracy` and the tests of the command.
"""

import pytest

from nwfz.atlas.accuracy import BORDER_BANDS, check
from nwfz.atlas.geometry import world_map

CIA = "https://www.cia.gov/the-world-factbook/countries/kazakhstan/"
PUBLISHED = [
    # CIA World Factbook land boundaries (current edition), also given by WorldAtlas
    # https://www.worldatlas.com/articles/what-countries-border-kazakhstan.html
    {
        "key": "kz-ru",
        "kind": "border_length",
        "states": ["KZ", "RU"],
        "zone": "",
        "value": 7644,
        "unit": "km",
        "sources": [CIA],
    },
    {
        "key": "kz-cn",
        "kind": "border_length",
        "states": ["KZ", "CN"],
        "zone": "",
        "value": 1765,
        "unit": "km",
        "sources": [CIA],
    },
    {
        "key": "kg-cn",
        "kind": "border_length",
        "states": ["KG", "CN"],
        "zone": "",
        "value": 1063,
        "unit": "km",
        "sources": [CIA],
    },
    {
        "key": "tj-cn",
        "kind": "border_length",
        "states": ["TJ", "CN"],
        "zone": "",
        "value": 477,
        "unit": "km",
        "sources": [CIA],
    },
]

# what the map measured when the bands were set (km), to catch a silent change of data
MEASURED = {
    "110m": {"kz-ru": 4730, "kz-cn": 1235, "kg-cn": 726, "tj-cn": 302},
    "50m": {"kz-ru": 5459, "kz-cn": 1429, "kg-cn": 786, "tj-cn": 367},
    "10m": {"kz-ru": 6661, "kz-cn": 1504, "kg-cn": 839, "tj-cn": 404},
}


@pytest.mark.parametrize("scale", ["110m", "50m", "10m"])
def test_kazakhstan_russia_is_within_the_scales_band_of_the_published_7644_km(scale):
    [row] = check(world_map(scale), PUBLISHED[:1])
    assert row["within"], row
    assert row["measured"] == pytest.approx(MEASURED[scale]["kz-ru"], rel=0.01)


@pytest.mark.parametrize("scale", ["110m", "50m", "10m"])
def test_the_central_asian_borders_with_china_are_within_the_scales_band(scale):
    rows = check(world_map(scale), PUBLISHED[1:])
    assert all(r["within"] for r in rows), rows
    assert {r["key"]: r["measured"] for r in rows} == pytest.approx(
        {k: v for k, v in MEASURED[scale].items() if k != "kz-ru"}, rel=0.01
    )


def test_a_finer_scale_measures_every_border_longer():
    lengths = {
        s: {r["key"]: r["measured"] for r in check(world_map(s), PUBLISHED)}
        for s in ("110m", "50m", "10m")
    }
    for key in lengths["10m"]:
        assert lengths["110m"][key] < lengths["50m"][key] < lengths["10m"][key]


def test_a_figure_outside_the_band_is_flagged():
    halved = [{**PUBLISHED[0], "value": 7644 * 2}]
    [row] = check(world_map("10m"), halved)
    assert not row["within"] and row["ratio"] < BORDER_BANDS["10m"][0]


def test_a_border_the_map_does_not_hold_is_measured_as_none_not_zero():
    missing = [{**PUBLISHED[0], "key": "kz-fr", "states": ["KZ", "FR"]}]
    [row] = check(world_map("50m"), missing)
    assert row["measured"] is None and not row["within"]
