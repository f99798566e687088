"""The atlas's plain rules: hemispheres, geodesic measures, treaty legs, borders, sites."""

import pytest
import shapely

from nwfz.atlas.boundaries import Boundary, area_geometry, leg_points, outline, unwrapped
from nwfz.atlas.geometry import (
    WorldMap,
    check_scale,
    geodesic_area_km2,
    geodesic_length_km,
    world_map,
)
from nwfz.atlas.metrics import (
    TestSite,
    ZoneFacts,
    hemispheres_of,
    land_borders,
    sites_in_zone,
    zone_row,
    zone_territory,
)


def box_map() -> WorldMap:
    """Three square 'states' side by side along the Equator, and one island."""
    a = shapely.box(0, 0, 1, 1)  # north of the Equator
    b = shapely.box(1, 0, 2, 1)
    c = shapely.box(2, -1, 3, 1)  # across the Equator
    island = shapely.box(10, -5, 10.01, -4.99)
    return WorldMap(
        "test",
        "boxes",
        {"AA": a, "BB": b, "CC": c, "II": island},
        {
            ("AA", "BB"): shapely.MultiLineString([[(1, 0), (1, 1)]]),
            ("BB", "CC"): shapely.MultiLineString([[(2, 0), (2, 1)]]),
        },
    )


def test_a_territory_wholly_north_of_the_equator_is_northern():
    assert hemispheres_of(shapely.box(0, 0, 1, 1)) == "northern"


def test_a_territory_wholly_south_is_southern_and_one_across_is_both():
    assert hemispheres_of(shapely.box(0, -2, 1, 0)) == "southern"
    assert hemispheres_of(shapely.box(0, -1, 1, 1)) == "both"


def test_an_empty_territory_lies_in_no_hemisphere():
    with pytest.raises(ValueError, match="no hemisphere"):
        hemispheres_of(shapely.Polygon())


def test_a_one_degree_square_at_the_equator_measures_about_12300_km2():
    # 1° of longitude (111.32 km) × 1° of latitude (110.57 km) on WGS 84
    assert geodesic_area_km2(shapely.box(0, 0, 1, 1)) == pytest.approx(12_309, rel=0.002)


def test_a_hole_is_not_counted_in_the_area():
    ring = shapely.Polygon([(0, 0), (2, 0), (2, 2), (0, 2)], [[(0.5, 0.5), (1.5, 0.5), (1.5, 1.5)]])
    assert geodesic_area_km2(ring) < geodesic_area_km2(shapely.box(0, 0, 2, 2))


def test_one_degree_of_a_meridian_measures_about_110_6_km():
    assert geodesic_length_km(shapely.LineString([(0, 0), (0, 1)])) == pytest.approx(110.57, 0.001)


def test_a_rhumb_line_is_straight_in_mercator_not_in_lon_lat():
    points = leg_points("rhumb", (-50.0, 30.0), (-20.0, 5.0))
    assert points[0] == (-50.0, 30.0)
    middle = points[len(points) // 2]
    straight_lat = 30 + (5 - 30) * (middle[0] + 50) / 30
    assert middle[1] != pytest.approx(straight_lat, abs=0.05)


def test_a_meridian_leg_keeps_its_longitude():
    assert {lon for lon, _ in leg_points("meridian", (-20.0, 5.0), (-20.0, -60.0))} == {-20.0}


def test_longitudes_run_on_past_180_instead_of_jumping():
    vertices = ({"lon": 171, "lat": 4}, {"lon": 180, "lat": 4}, {"lon": -165, "lat": 0})
    assert [lon for lon, _ in unwrapped(vertices)] == [171, 180, 195]


def square_across_180() -> Boundary:
    vertices = tuple(
        {"lat": lat, "lon": lon, "line": line}
        for lat, lon, line in [
            (0, 170, "parallel"),
            (0, -170, "meridian"),
            (-10, -170, "parallel"),
            (-10, 170, "meridian"),
        ]
    )
    return Boundary("sq", "zz", "Art. 1", "parties", vertices, (), "", ())


def test_an_area_across_the_180th_meridian_is_cut_into_two_parts_on_the_map():
    area = area_geometry(box_map(), square_across_180())
    assert area.geom_type == "MultiPolygon"
    assert area.bounds == (-180, -10, 180, 0)
    assert area.covers(shapely.Point(175, -5)) and area.covers(shapely.Point(-175, -5))
    assert not area.covers(shapely.Point(0, -5))


def test_an_area_leaves_out_the_land_of_the_excluded_state():
    vertices = tuple(
        {"lat": lat, "lon": lon, "line": "parallel"}
        for lat, lon in [(-2, -1), (-2, 4), (2, 4), (2, -1)]
    )
    boundary = Boundary("b", "zz", "Art. 1", "parties", vertices, ("BB",), "", ())
    area = area_geometry(box_map(), boundary)
    assert not area.covers(shapely.Point(1.5, 0.5))
    assert area.covers(shapely.Point(0.5, 0.5))


def test_a_land_border_leg_follows_the_maps_border_line():
    vertices = (
        {"lat": 0, "lon": 1, "line": "land_border", "between": ["AA", "BB"]},
        {"lat": 1, "lon": 1, "line": "parallel"},
        {"lat": 1, "lon": 5, "line": "meridian"},
        {"lat": 0, "lon": 5, "line": "parallel"},
    )
    boundary = Boundary("b", "zz", "Art. 1", "parties", vertices, (), "", ())
    ring = outline(box_map(), boundary)
    assert ring[:3] == [(1, 0), (1.0, 0.0), (1.0, 1.0)]


def test_borders_count_only_nuclear_armed_states_outside_the_zone():
    world = box_map()
    nuclear = {"BB": "npt_nws", "AA": "npt_nws"}
    borders = land_borders(world, ["AA", "CC"], nuclear)
    assert [b["state"] for b in borders] == ["BB"]
    assert borders[0]["by_party"] == {"AA": 111, "CC": 111}
    assert borders[0]["km"] == round(2 * geodesic_length_km(shapely.LineString([(1, 0), (1, 1)])))


def test_a_zone_of_no_party_on_the_date_has_no_hemisphere_and_no_area():
    row = zone_row(box_map(), ZoneFacts("zz", "zz", "Zone", ()), {}, [], 10)
    assert (row.hemispheres, row.area_km2, row.parties) == (None, 0, 0)


def test_parties_the_map_does_not_draw_are_counted_and_named():
    facts = ZoneFacts("zz", "zz", "Zone", ("AA", "TV"))
    row = zone_row(box_map(), facts, {}, [], 10)
    assert (row.parties, row.parties_not_drawn, row.hemispheres) == (2, ["TV"], "northern")


SITES = [
    TestSite("near", "Near", 10.05, -5.0, 3),  # about 4.4 km east of the island
    TestSite("far", "Far", 30.0, 30.0, 7),
    TestSite("in", "In", 0.5, 0.5, 456),
]


def test_a_site_is_inside_when_in_the_territory_or_within_the_scales_tolerance():
    facts = ZoneFacts("zz", "zz", "Zone", ("AA", "II"))
    territory = zone_territory(box_map(), facts)
    sites = {s["site"]: s for s in sites_in_zone(territory, None, SITES, 10)}
    assert sites["in"]["inside"] and sites["in"]["distance_km"] == 0
    assert sites["near"]["inside"] and 4 <= sites["near"]["distance_km"] <= 5
    assert not sites["far"]["inside"]
    tight = {s["site"]: s for s in sites_in_zone(territory, None, SITES, 1)}
    assert not tight["near"]["inside"]


def test_a_site_in_the_treaty_area_but_outside_party_territory_is_inside_by_the_area():
    facts = ZoneFacts("zz", "zz", "Zone", ("AA",))
    territory = zone_territory(box_map(), facts)
    area = shapely.box(20, 20, 40, 40)
    far = next(s for s in sites_in_zone(territory, area, SITES, 10) if s["site"] == "far")
    assert far["inside"] and far["in_treaty_area"] and not far["in_party_territory"]


def test_an_unknown_scale_is_refused_with_the_scales_there_are():
    with pytest.raises(ValueError, match="use one of 110m, 50m, 10m"):
        check_scale("25m")


def test_every_scale_loads_with_the_central_asian_states_and_their_neighbours():
    for scale in ("110m", "50m", "10m"):
        world = world_map(scale)
        assert {"KZ", "KG", "TJ", "TM", "UZ", "RU", "CN", "MN"} <= set(world.countries)
        assert world.border("RU", "KZ") is world.border("KZ", "RU")


def test_small_island_parties_are_drawn_from_1_50m_on_and_tuvalu_only_at_1_10m():
    islands = {"CK", "KI", "NR", "NU", "WS", "TO", "SG", "AG", "KM", "MU", "SC", "ST"}
    assert not islands & set(world_map("110m").countries)
    assert islands <= set(world_map("50m").countries)
    assert "TV" not in world_map("50m").countries and "TV" in world_map("10m").countries


def test_baikonur_is_counted_with_kazakhstan_so_kazakhstan_has_no_hole_there():
    world = world_map("10m")  # the only scale that draws the Baikonur lease apart
    kazakhstan = world.countries["KZ"]
    mainland = max(getattr(kazakhstan, "geoms", [kazakhstan]), key=lambda p: p.area)
    assert len(mainland.interiors) == 0
    assert not any("--" in pair and "KZ" in pair for pair in world.borders)
