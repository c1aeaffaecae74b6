"""The translation files follow the code: every visible string is marked for translation, lupdate finds it,
and the Arabic file translates it (plural forms and placeholders kept); the compiled .qm files are current."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from annotator.exports.header_names import ARABIC

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
PLACEHOLDER = re.compile(r"\{[a-z_]+(?::[^}]*)?\}")
SETTERS = {
    "setText", "setToolTip", "setStatusTip", "setWindowTitle", "setPlaceholderText", "setTitle", "addTab",
    "addItem", "addAction", "addMenu", "showMessage", "setLabelText", "addButton", "addRow", "setWhatsThis",
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QToolButton", "information",
    "warning", "critical", "question", "about", "getText", "getItem", "getOpenFileName", "getOpenFileNames",
    "getSaveFileName", "QProgressDialog", "QMessageBox", "setHorizontalHeaderLabels", "say",
}  # fmt: skip
ENGLISH = re.compile(r"[A-Za-z]{3,}")


def _messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    return [
        (ctx.findtext("name") or "", m.findtext("source") or "", m)
        for ctx in ET.parse(ts).getroot().iter("context")
        for m in ctx.iter("message")
    ]


def test_translation_files_are_up_to_date_with_the_code() -> None:
    """The update step (lupdate into a copy, then lrelease) changes nothing: every marked string is in the
    .ts files and the committed .qm files are what the .ts files compile to."""
    result = subprocess.run(
        [sys.executable, "scripts/update_translations.py", "--check"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, "run scripts/update_translations.py: " + result.stdout + result.stderr


def test_every_arabic_message_is_translated_with_its_placeholders() -> None:
    messages = _messages(I18N / "nisba_ar.ts")
    assert len(messages) > 400
    for context, source, message in messages:
        translation = message.find("translation")
        assert translation is not None and translation.get("type") != "unfinished", (context, source)
        forms = [f.text or "" for f in translation.iter("numerusform")]
        if message.get("numerus") == "yes":
            assert len(forms) == 6, (context, source)  # Arabic: zero, one, two, few, many, other
            assert all(forms), (context, source)
            assert all("%Ln" in form for form in forms[3:]), (context, source)  # 3+ write the number
        else:
            forms = [translation.text or ""]
            assert forms[0].strip(), (context, source)
        for form in forms:
            assert set(PLACEHOLDER.findall(form)) == set(PLACEHOLDER.findall(source)), (context, source, form)
            assert form.count("&") <= source.count("&") + 1, (context, source, form)


def test_every_english_plural_is_written_out() -> None:
    """English keeps only the plural forms (``%n claim(s)`` → 1 claim / 2 claims); one left unfinished shows
    "claim(s)", or nothing when its forms are empty."""
    plurals = [(c, s, m) for c, s, m in _messages(I18N / "nisba_en.ts") if m.get("numerus") == "yes"]
    assert len(plurals) > 20
    for context, source, message in plurals:
        translation = message.find("translation")
        assert translation is not None and translation.get("type") != "unfinished", (context, source)
        one, many = [f.text or "" for f in translation.iter("numerusform")]
        assert "(s)" not in one + many and "%Ln" in one and "%Ln" in many, (context, source)
        assert set(PLACEHOLDER.findall(one)) == set(PLACEHOLDER.findall(many)) == set(PLACEHOLDER.findall(source))


def _unmarked(path: Path) -> list[str]:
    """String literals with English words passed straight to a call that shows them."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        if name not in SETTERS:
            continue
        for arg in node.args[:4]:
            texts = [arg.value] if isinstance(arg, ast.Constant) and isinstance(arg.value, str) else []
            if isinstance(arg, ast.JoinedStr):
                texts = [v.value for v in arg.values if isinstance(v, ast.Constant) and isinstance(v.value, str)]
            if any(ENGLISH.search(t) for t in texts):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {ast.unparse(arg)[:80]}")
    return found


def test_no_visible_string_in_the_ui_is_left_unmarked() -> None:
    unmarked = [line for path in sorted((ROOT / "ui").rglob("*.py")) for line in _unmarked(path)]
    assert not unmarked, "wrap these in tr() / translate():\n" + "\n".join(unmarked)


def test_the_unmarked_check_catches_a_plain_string(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text('label = QLabel("Select a claim")\nbox.setToolTip(f"Close {n} files")\n', encoding="utf-8")
    sample = sample.rename(ROOT / "ui" / "_unmarked_sample_for_test.py")
    try:
        assert len(_unmarked(sample)) == 2
    finally:
        sample.unlink()


def test_words_objects_are_named_after_their_context() -> None:
    """lupdate takes the context of ``Name.tr(...)`` from the name, the app from Words("Name"): the same."""
    pattern = re.compile(r'^(\w+) = Words\("(\w+)"\)', re.M)
    pairs = [m.groups() for p in (ROOT / "ui").rglob("*.py") for m in pattern.finditer(p.read_text("utf-8"))]
    assert len(pairs) >= 8
    assert all(name == context for name, context in pairs), pairs


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_qm_files_are_committed(lang: str) -> None:
    assert (I18N / f"nisba_{lang}.qm").stat().st_size > 20


def test_every_export_header_has_an_arabic_name(tmp_path: Path) -> None:
    """Every header and sheet name an English export writes is in the Arabic mapping."""
    from openpyxl import load_workbook

    from annotator import Project

    with Project.open(tmp_path / "p.nisba") as project:
        text = "قال الرئيس إن الاتفاق قريب."
        article = project.add_article(text, title="خبر")
        source = project.add_source("الرئيس", "person")
        project.add_claim(article.id, 4, 10, [source.id])
        project.annotator = "سارة"
        english = project.export(tmp_path / "en.xlsx").path
        arabic = project.export(tmp_path / "ar.xlsx", options=_options("ar")).path
    en, ar = load_workbook(english, read_only=True), load_workbook(arabic, read_only=True)
    assert [ARABIC[name] for name in en.sheetnames] == ar.sheetnames
    for name in en.sheetnames:
        first = next(en[name].iter_rows(max_row=1, values_only=True), ())
        headers = [h for h in first if isinstance(h, str)]
        assert all(h in ARABIC for h in headers), (name, [h for h in headers if h not in ARABIC])
        translated = next(ar[ARABIC[name]].iter_rows(max_row=1, values_only=True), ())
        assert [ARABIC[h] for h in headers] == [h for h in translated if isinstance(h, str)]
    written = {v for row in ar[ARABIC["Overview"]].iter_rows(values_only=True) for v in row if isinstance(v, str)}
    assert ARABIC["(no outlet)"] in written and "(no outlet)" not in written  # the article has no outlet


def _options(headers: str) -> object:
    from annotator.exports.data import ExportOptions

    return ExportOptions(headers=headers)


def test_cli_headers_option(tmp_path: Path) -> None:
    import csv

    from annotator import Project
    from annotator.cli import main

    with Project.open(tmp_path / "p.nisba") as project:
        project.add_article("نص المقال هنا.")
    assert main(["export", "-p", str(tmp_path / "p.nisba"), "-o", str(tmp_path / "en.csv")]) == 0
    assert main(["export", "-p", str(tmp_path / "p.nisba"), "-o", str(tmp_path / "ar.csv"), "--headers", "ar"]) == 0
    with (tmp_path / "en.csv").open(encoding="utf-8-sig") as fh:
        assert next(csv.reader(fh))[:2] == ["Claim ID", "Article ID"]  # English stays the default for scripts
    with (tmp_path / "ar.csv").open(encoding="utf-8-sig") as fh:
        assert next(csv.reader(fh))[:2] == ["رقم الادعاء", "رقم المقال"]
