from datetime import date

import pytest

from nwfz.intake.analysis import analyse
from nwfz.intake.extract import IntakeInputError, read_document

RU = "Консультативная встреча государств – участников Договора о ЦАЗСЯО прошла в Астане."


def refused(raw: bytes, **kwargs) -> str:
    with pytest.raises(IntakeInputError) as caught:
        analyse(raw, filename="item.txt", **kwargs)
    message = caught.value.message
    assert message.startswith("item.txt: ")
    return message


def test_empty_file_is_refused():
    assert "empty" in refused(b"")
    assert "empty" in refused(b"   \n\t ")


def test_binary_file_is_refused():
    assert "binary" in refused(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert "binary" in refused(("текст" + "\x01\x02\x03\x04" * 50).encode())


def test_too_large_file_is_refused():
    message = refused(RU.encode() * 10, max_bytes=100)
    assert "too large" in message and "100" in message


def test_undecodable_file_is_refused():
    assert "cannot decode" in refused(bytes([0x80, 0x81, 0x8A, 0x8C, 0x98]) * 40)


def test_cp1251_and_bom_are_decoded():
    assert read_document(RU.encode("cp1251"), filename="a.txt").text == RU
    assert read_document(b"\xef\xbb\xbf" + RU.encode(), filename="a.txt").text == RU


def test_unsupported_language_is_refused():
    german = "Die Außenminister der zentralasiatischen Staaten trafen sich heute in Astana."
    assert "language not supported" in refused(german.encode())
    kyrgyz = "Борбордук Азиядагы өлкөлөрдүн тышкы иштер министрлери бүгүн жолугушту жана сүйлөштү."
    assert "language not supported" in refused(kyrgyz.encode())


HTML = """<!doctype html><html><head><title>Встреча</title>
<meta property="article:published_time" content="2026-01-30T10:00:00+05:00">
<script>document.write('<p>Председательство перешло к Узбекистану</p>'); alert(1)</script>
<style>p { color: red }</style></head>
<body><noscript>Включите JavaScript</noscript>
<p>Состоялась ежегодная консультативная встреча стран-участниц Договора о ЦАЗСЯО.</p>
<p>Председательство на 2026 год перешло к Казахстану &amp; партнерам.</p>
<script type="text/javascript">var x = "<b>перешло к Туркменистану</b>";</script>
</body></html>"""


def test_html_scripts_and_styles_are_dropped():
    document = read_document(HTML.encode(), filename="page.html")
    assert "alert" not in document.text and "document.write" not in document.text
    assert "Узбекистану" not in document.text and "Туркменистану" not in document.text
    assert "color" not in document.text and "JavaScript" not in document.text
    assert "Казахстану & партнерам" in document.text
    assert document.text.count("\n") >= 2  # paragraphs kept apart
    assert document.title == "Встреча"
    assert document.html_meta_published == date(2026, 1, 30)


def test_html_publication_date_from_meta_and_time():
    result = analyse(HTML.encode(), filename="page.html").result
    assert result.published == date(2026, 1, 30) and result.published_basis == "html-meta"
    assert [p.fields["to"] for p in result.of_type("chair_transfer")] == ["KZ"]
    timed = (
        b"<html><body><time datetime='2025-02-20'>20.02</time><p>"
        + RU.encode()
        + b"</p></body></html>"
    )
    assert read_document(timed, filename="t.html").html_meta_published == date(2025, 2, 20)
    given = analyse(HTML.encode(), filename="page.html", published=date(2026, 2, 1)).result
    assert given.published_basis == "given"


def test_html_without_text_is_refused():
    with pytest.raises(IntakeInputError, match="no readable text"):
        read_document(b"<html><script>alert(1)</script></html>", filename="x.html")


def test_one_entry_point_reads_a_file_and_extracts():
    """Only `analyse` goes from a file's bytes to proposals: the CLI, the API, the workbench
    and these tests share it (a second copy had drifted: it ignored other zones' facts)."""
    import ast
    from pathlib import Path

    import nwfz

    root = Path(nwfz.__file__).parent
    found = []
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef):
                called = {
                    getattr(c.func, "id", getattr(c.func, "attr", ""))
                    for c in ast.walk(node)
                    if isinstance(c, ast.Call)
                }
                if {"read_document", "extract"} <= called:
                    found.append(f"{path.relative_to(root)}:{node.name}")
    assert found == ["intake/analysis.py:analyse"]
