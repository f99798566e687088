"""Reading a PDF back with poppler-utils (pdftoppm, pdffonts, pdftotext)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PIL import Image

# Rendering a PDF needs Pango (WeasyPrint); reading one back needs poppler-utils, and the
# font checks need DejaVu: the tests say so, and skip where a package is missing.
NEEDS_PANGO = pytest.mark.system_packages("libpango-1.0-0", "libpangoft2-1.0-0")
NEEDS_PDF_TOOLS = pytest.mark.system_packages(
    "libpango-1.0-0", "libpangoft2-1.0-0", "fonts-dejavu-core", "poppler-utils"
)


def pdf_text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"],
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip


def pdf_fonts(pdf: Path) -> list[tuple[str, bool]]:
    """(font name, embedded) for every font the PDF uses."""
    out = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True).stdout
    fonts = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        # name type... encoding emb sub uni object ID: emb is the 5th field from the end
        fonts.append((parts[0], parts[-5] == "yes"))
    return fonts


def first_page_png(pdf: Path, dpi: int = 60) -> Path:
    prefix = pdf.with_suffix("")
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(dpi), "-f", "1", "-l", "1", "-singlefile",
         str(pdf), str(prefix)],
        check=True,
    )  # fmt: skip
    return prefix.with_suffix(".png")


def ink_ratio(png: Path) -> float:
    """Share of pixels that are not (nearly) white."""
    image = Image.open(png).convert("L")
    histogram = image.histogram()
    dark = sum(histogram[:200])
    return dark / (image.width * image.height)
