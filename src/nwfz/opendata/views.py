"""Open data downloads (language-neutral): /data/<table>.csv, /data/<table>.json,
/data/datapackage.json and the whole package as /data/nwfz-public-record.zip."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.views.decorators.http import require_GET

from nwfz.opendata import package
from nwfz.opendata.tables import TABLES
from nwfz.web.page_cache import public_page


@require_GET
@public_page
def table_file(request: HttpRequest, name: str, fmt: str) -> HttpResponse:
    table = TABLES.by_name(name)
    if table is None or fmt not in ("csv", "json"):
        known = ", ".join(t.name for t in TABLES)
        raise Http404(f"no table {name!r} (tables: {known})")
    if fmt == "csv":
        response = HttpResponse(package.table_csv(table), content_type="text/csv; charset=utf-8")
    else:
        response = HttpResponse(
            package.table_json(table), content_type="application/json; charset=utf-8"
        )
    response["Content-Disposition"] = f'inline; filename="{name}.{fmt}"'
    return response


@require_GET
@public_page
def descriptor(request: HttpRequest) -> HttpResponse:
    return HttpResponse(package.descriptor_json(), content_type="application/json; charset=utf-8")


@require_GET
@public_page
def package_zip(request: HttpRequest) -> HttpResponse:
    response = HttpResponse(package.package_zip(), content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="{package.ZIP_NAME}"'
    return response
