"""A test corpus the tests make themselves: saved web pages with furniture, Word files, text in each encoding."""

from __future__ import annotations

import zipfile
from pathlib import Path

PARA_1 = (
    "وقع الرئيس الروسي فلاديمير بوتين والزعيم الكوري الشمالي كيم جونغ أون شراكة جديدة هذا الأسبوع، "
    "وتعهدا بتقديم المساعدة المتبادلة والحماية ضد أعدائهما، وفقًا لما ذكرته صحيفة “The Hill“."
)
PARA_2 = (
    "ويأتي الاتفاق بعد زيارة بوتين الأولى إلى بيونغ يانغ منذ 24 عامًا، وتعهد الزعيمان بمحاربة العقوبات "
    "التي تقودها الولايات المتحدة في محاولة لخنق الدعم الاقتصادي للحرب الروسية الأوكرانية."
)
PARA_3 = (
    "وقال وزير الخارجية أنتوني بلينكن إن الاتفاق بين روسيا وكوريا الشمالية يظهر أن موسكو في حالة يأس "
    "لتطوير علاقاتها الخارجية لمحاولة مواصلة الحرب."
)
HEADLINE = "بوتين وكيم يوقعان اتفاقية جديدة للدفاع المشترك"

# Furniture that must never reach the stored text.
NOT_ARTICLE = (
    "سكربت لا يجب أن يظهر",
    "body{color",
    "الرئيسية",
    "رياضة",
    "خبر آخر عن روسيا والصين",
    "الأكثر قراءة",
    "جميع الحقوق محفوظة",
    "زر الذهاب إلى الأعلى",
    "console.log",
)


def news_page(charset: str = "utf-8", *, dated: bool = True, lang: str = "ar") -> str:
    """A saved news page with its furniture: head scripts and styles, navigation, a read-also box, aside, footer."""
    date_meta = '<meta property="article:published_time" content="2024-06-20T10:00:00+03:00">' if dated else ""
    return f"""<!DOCTYPE html>
<html lang="{lang}" dir="rtl">
<head>
<meta charset="{charset}">
<title>{HEADLINE} | الخليج اليوم</title>
<meta property="og:site_name" content="الخليج اليوم">
<meta property="og:title" content="{HEADLINE}">
<link rel="canonical" href="https://example.com/news/putin-kim">
{date_meta}
<style>body{{color:red}}</style>
<script>var tracking = "سكربت لا يجب أن يظهر";</script>
</head>
<body>
<header><nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/news">أخبار</a></li>
<li><a href="/sport">رياضة</a></li></ul></nav></header>
<main><article>
<h1>{HEADLINE}</h1>
<p>{PARA_1}</p>
<p>{PARA_2}</p>
<div class="read-also"><h3>إقرأ أيضاً</h3><ul><li><a href="/x">خبر آخر عن روسيا والصين</a></li>
<li><a href="/y">خبر ثالث عن الانتخابات</a></li></ul></div>
<p>{PARA_3}</p>
</article></main>
<aside><h3>الأكثر قراءة</h3><ul><li><a href="/z">مقال شائع</a></li></ul></aside>
<footer><p>جميع الحقوق محفوظة © 2023 الخليج اليوم</p><a href="#top">زر الذهاب إلى الأعلى</a></footer>
<script>console.log("bye")</script>
</body>
</html>
"""


def write_page(folder: Path, name: str = "page.html", charset: str = "utf-8", **kwargs: object) -> Path:
    """Write :func:`news_page` encoded in ``charset``."""
    path = folder / name
    path.write_bytes(news_page(charset, **kwargs).encode(charset))  # type: ignore[arg-type]
    return path


def write_docx(folder: Path, name: str = "article.docx", *, rtl: bool = True, title: str | None = None) -> Path:
    """A Word file built with python-docx: heading, right-to-left paragraphs, an English one, a table."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    if title:
        document.core_properties.title = title

    def para(text: str, bidi: bool) -> None:
        paragraph = document.add_paragraph(text)
        if bidi:
            bidi_el = OxmlElement("w:bidi")
            paragraph._p.get_or_add_pPr().append(bidi_el)

    heading = document.add_heading(HEADLINE, level=1)
    if rtl:
        heading._p.get_or_add_pPr().append(OxmlElement("w:bidi"))
    para(PARA_1, rtl)
    para("", rtl)  # empty paragraphs are dropped
    para(PARA_2, rtl)
    para("The agreement was signed in Pyongyang.", False)
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "المصدر"
    table.cell(0, 1).text = "وكالة أسوشيتد برس"
    para(PARA_3, rtl)
    bidi = document.paragraphs[1]._p.pPr
    assert not rtl or (bidi is not None and bidi.find(qn("w:bidi")) is not None)
    path = folder / name
    document.save(str(path))
    return path


def write_zip_of_other(folder: Path, name: str = "fake.docx") -> Path:
    """A zip archive (of a text file) named .docx."""
    path = folder / name
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("notes.txt", "not a Word document")
    return path
