"""Interface language: zh_CN (the source strings, no translation file) or en.

``install_translator(app, language)`` loads resources/translations/yichuang_<language>.qm
(built by ``python packaging/i18n.py release``) and Qt's own translations for standard
buttons and dialogs.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from app import i18n as app_i18n
from app.paths import resource_path

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "zh_CN"


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # the name lupdate looks for
    """Marks ``source`` for lupdate under ``context``; translate it where it is shown with
    ``QCoreApplication.translate(context, source)``. (PySide6's own is typed as returning object.)"""
    return source


def translation_file(language: str) -> str:
    return str(resource_path("translations", f"yichuang_{language}.qm"))


def install_translator(app: QApplication, language: str) -> list[QTranslator]:
    """Install the translators for ``language``; returns them (the caller keeps none: app owns them)."""
    installed: list[QTranslator] = []
    app_i18n.install(QCoreApplication.translate)  # the sentences app/ composes (app/i18n.py)
    qt_base = QTranslator(app)
    if qt_base.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_base)
        installed.append(qt_base)
    if language == SOURCE_LANGUAGE:
        return installed
    ours = QTranslator(app)
    if ours.load(translation_file(language)):
        app.installTranslator(ours)
        installed.append(ours)
    else:
        log.warning("no translation for %s (%s): showing Chinese", language, translation_file(language))
    QLocale.setDefault(QLocale(language))
    return installed
