"""Which language the window speaks: the setting if the user chose one, else the system's."""

from __future__ import annotations

from importlib.resources import files

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

LANGUAGES = {"zh_CN": "中文（简体）", "en": "English"}
_installed: list[QTranslator] = []
_qm_data: list[bytes] = []  # QTranslator.load(data) does not copy: the bytes must outlive it


def chosen_language() -> str:
    saved = str(QSettings().value("language", "") or "")
    if saved in LANGUAGES:
        return saved
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def explanation_lang(language: str) -> str:
    """The core's explanations speak 'zh' or 'en'."""
    return "zh" if language.startswith("zh") else "en"


def install_translators(app: QCoreApplication, language: str) -> None:
    """Our strings and Qt's own dialogs (file dialogs, buttons), in the chosen language."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _qm_data.clear()
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English))
        return
    qt_own = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{language}", qt_folder):
        _installed.append(qt_own)
    # Ours last: the translator installed last answers first, so the few Qt words we say
    # differently (qt_words.py) win over qtbase's.
    ours = QTranslator(app)
    qm = files("balanceview").joinpath("resources", "i18n", f"balanceview_{language}.qm")
    data = qm.read_bytes() if qm.is_file() else b""
    if ours.load(data):
        _qm_data.append(data)
        _installed.append(ours)
    for translator in _installed:
        app.installTranslator(translator)
    QLocale.setDefault(QLocale(language))
