"""Which language the interface speaks, and putting it in place in a running QApplication.

The choice, strongest first: ``--lang`` on the command line, the ``NISBA_LANG`` environment variable, the
language chosen in Settings → Language (kept in QSettings), the system's locale.  ``apply_language`` loads
Qt's own catalogue (``qtbase_ar.qm``: file dialogs, message box buttons, context menus) and Nisba's
(``resources/i18n/nisba_ar.qm``), sets the layout direction (right-to-left for Arabic, Persian, Urdu, Hebrew)
and the locale that numbers and dates are written in.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from annotator.paths import RESOURCES

I18N_DIR = RESOURCES / "i18n"
LANGUAGES: dict[str, str] = {"en": "English", "ar": "العربية"}
"""The interface languages, each by its own name (how the Language menu lists them)."""
DEFAULT = "en"
LANGUAGE_KEY = "interface/language"
DIGITS_KEY = "interface/westernDigits"
ENV_VAR = "NISBA_LANG"

_installed: list[QTranslator] = []
_current = [DEFAULT]


def supported(lang: str | None) -> str | None:
    """``lang`` reduced to a language Nisba speaks ("ar_EG.UTF-8" → "ar"), or None."""
    if not lang:
        return None
    code = lang.replace("-", "_").split("_")[0].split(".")[0].lower()
    return code if code in LANGUAGES else None


def lang_argument(argv: Sequence[str]) -> tuple[str | None, list[str]]:
    """``--lang X`` / ``--lang=X`` taken out of ``argv``: (X or None, the other arguments)."""
    rest: list[str] = []
    lang: str | None = None
    args = list(argv)
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--lang" and i + 1 < len(args):
            lang, i = args[i + 1], i + 2
            continue
        if arg.startswith("--lang="):
            lang = arg.split("=", 1)[1]
        else:
            rest.append(arg)
        i += 1
    return lang, rest


def chosen_language(command_line: str | None = None) -> str:
    """The language to start in (see the module's docstring for the order)."""
    for candidate in (command_line, os.environ.get(ENV_VAR)):
        if supported(candidate):
            return str(supported(candidate))
    stored = QSettings().value(LANGUAGE_KEY)
    if isinstance(stored, str) and supported(stored):
        return str(supported(stored))
    return supported(QLocale.system().name()) or DEFAULT


def remember_language(lang: str) -> None:
    """Keep ``lang`` for the next start."""
    QSettings().setValue(LANGUAGE_KEY, lang)


def western_digits() -> bool:
    """Whether numbers are written 0–9 even where the language writes them otherwise (Settings menu)."""
    return bool(QSettings().value(DIGITS_KEY, False, type=bool))


def set_western_digits(on: bool) -> None:
    """Remember the digits option and write numbers that way from now on."""
    QSettings().setValue(DIGITS_KEY, on)
    QLocale.setDefault(interface_locale(current_language()))


def interface_locale(lang: str) -> QLocale:
    """The locale numbers and dates are written in: the system's when it is of ``lang``, else ``lang``'s own.

    Arabic is written with Arabic-Indic digits (٠١٢) unless the digits option asks for 0–9 (then the
    locale of the Emirates, which writes Arabic with Western digits and the same month names)."""
    system = QLocale.system()
    locale = system if supported(system.name()) == lang else QLocale(lang)
    if lang == "ar":
        if western_digits() and locale.zeroDigit() != "0":
            locale = QLocale("ar_AE")
        elif not western_digits() and locale.zeroDigit() == "0":
            locale = QLocale("ar_EG")
    return locale


def current_language() -> str:
    """The language last applied."""
    return _current[0]


def is_right_to_left(lang: str) -> bool:
    """Whether ``lang`` is written right to left."""
    return QLocale(lang).textDirection() == Qt.LayoutDirection.RightToLeft


def apply_language(app: QGuiApplication, lang: str) -> str:
    """Install the translators, layout direction and locale of ``lang`` in ``app`` (before windows are built).

    Returns the language applied: ``lang`` if Nisba speaks it, else English.  Applying another language later
    removes the translators of the previous one."""
    lang = supported(lang) or DEFAULT
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    catalogues = [(f"qtbase_{lang}", qt_dir), (f"nisba_{lang}", str(I18N_DIR))]
    for name, folder in catalogues:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    direction = Qt.LayoutDirection.RightToLeft if is_right_to_left(lang) else Qt.LayoutDirection.LeftToRight
    app.setLayoutDirection(direction)
    QLocale.setDefault(interface_locale(lang))
    _current[0] = lang
    return lang
