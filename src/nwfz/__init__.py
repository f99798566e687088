"""nwfz: registry, governance workbench and portal for nuclear-weapon-free-zone regimes."""

__version__ = "0.1.0"
