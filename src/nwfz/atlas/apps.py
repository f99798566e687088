from django.apps import AppConfig
from django.utils.translation import gettext_lazy


class AtlasConfig(AppConfig):
    name = "nwfz.atlas"
    label = "atlas"
    verbose_name = "Atlas"

    def ready(self) -> None:
        from nwfz.web.regime_links import register_regime_link, register_site_link

        register_regime_link("atlas:regime", gettext_lazy("Map and comparisons"))
        register_site_link("atlas:index", gettext_lazy("Atlas"))
