"""The main window's menu bar: every main action of the window, under 文件 / 编辑 / 查看 / 记录 /
工具 / 帮助, with the system's standard keys (QKeySequence.StandardKey: Ctrl+N, Ctrl+F, Ctrl+P,
F5, F1, Ctrl+Q... as each platform spells them).

New, Print and Export act on the screen shown: its own add, print or export button, so the menu
and the screen never disagree about what they do. While the window is locked only what needs no
session (help, quit) stays enabled."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QPushButton, QWidget

from wulian_desk.ui.navigation import AREAS
from wulian_desk.ui.signals import emit

translate = QCoreApplication.translate  # by this name lupdate extracts the texts below

# The buttons a screen's New / Print / Export stand for, by object name (first found that is shown).
NEW_BUTTONS = ("addButton", "openCaseButton")
PRINT_BUTTONS = ("printButton", "ledgerButton", "certificateButton", "printCertificate")
EXPORT_BUTTONS = ("exportButton", "exportAudit")


def shown_button(page: QWidget | None, names: tuple[str, ...]) -> QPushButton | None:
    """The first button of `names` the page shows and allows (what the user would click)."""
    if page is None:
        return None
    for name in names:
        for button in page.findChildren(QPushButton, name):
            if button.isVisibleTo(page) and button.isEnabled():
                return button
    return None


@dataclass
class Menus:
    window: QMainWindow
    new: QAction = None
    export: QAction = None
    print: QAction = None
    refresh: QAction = None
    find: QAction = None
    quit: QAction = None
    help: QAction = None
    areas: dict[str, QAction] = field(default_factory=dict)
    session_actions: list[QAction] = field(default_factory=list)  # off while the window is locked

    def action(self, menu, text: str, slot, keys=None, *, session: bool = True, name: str = "") -> QAction:
        act = QAction(text, self.window)
        if name:
            act.setObjectName(name)
        if keys is not None:
            act.setShortcut(QKeySequence(keys))
        act.triggered.connect(lambda _checked=False: slot())
        menu.addAction(act)
        self.window.addAction(act)  # its key works wherever the focus is in the window
        if session:
            self.session_actions.append(act)
        return act

    def update_for(self, page: QWidget | None) -> None:
        """What New / Print / Export can do on the screen now shown."""
        window = self.window
        if window.locked:
            return
        current = window.current_page()
        self.new.setEnabled(
            window.page_shortcut(current, "new") is not None or shown_button(current, NEW_BUTTONS) is not None
        )
        self.export.setEnabled(shown_button(current, EXPORT_BUTTONS) is not None)
        self.print.setEnabled(shown_button(current, PRINT_BUTTONS) is not None)

    def refresh_state(self) -> None:
        # Buttons come and go as a screen changes (a list, then a record): ask when a menu opens.
        self.update_for(self.window.current_page())

    def set_session_open(self, is_open: bool) -> None:
        for act in self.session_actions:
            act.setEnabled(is_open)
        self.window.search_box.setEnabled(is_open)
        self.window.toolbar.setVisible(is_open)
        if is_open:
            self.refresh_state()


def _click(button: QPushButton | None) -> None:
    if button is not None:
        button.click()


def build_menus(window) -> Menus:
    menus = Menus(window)
    bar = window.menuBar()
    bar.setObjectName("menuBar")
    std = QKeySequence.StandardKey

    file_menu = bar.addMenu(translate("MainMenu", "文件(&F)"))
    menus.new = menus.action(
        file_menu, translate("MainMenu", "新建(&N)"), lambda: new_record(window), std.New, name="newAction"
    )
    menus.export = menus.action(
        file_menu,
        translate("MainMenu", "导出 Excel(&E)…"),
        lambda: _click(shown_button(window.current_page(), EXPORT_BUTTONS)),
        "Ctrl+E",
        name="exportAction",
    )
    menus.print = menus.action(
        file_menu,
        translate("MainMenu", "打印(&P)…"),
        lambda: _click(shown_button(window.current_page(), PRINT_BUTTONS)),
        std.Print,
        name="printAction",
    )
    file_menu.addSeparator()
    file_menu.addAction(window.lock_action)
    menus.quit = menus.action(
        file_menu, translate("MainMenu", "退出(&X)"), window.close, std.Quit, session=False, name="quitAction"
    )
    if menus.quit.shortcut().isEmpty():
        menus.quit.setShortcut(QKeySequence("Ctrl+Q"))  # Windows has no standard Quit key

    edit_menu = bar.addMenu(translate("MainMenu", "编辑(&E)"))
    menus.find = menus.action(edit_menu, translate("MainMenu", "查找(&F)…"), window.find, std.Find, name="findAction")
    edit_menu.addSeparator()
    preferences = menus.action(
        edit_menu,
        translate("MainMenu", "设置(&S)…"),
        lambda: window.switch_to("settings"),
        std.Preferences,
        name="preferencesAction",
    )
    if preferences.shortcut().isEmpty():
        preferences.setShortcut(QKeySequence("Ctrl+,"))  # platforms without a standard Preferences key

    view_menu = bar.addMenu(translate("MainMenu", "查看(&V)"))
    menus.refresh = menus.action(
        view_menu, translate("MainMenu", "刷新(&R)"), window.refresh, std.Refresh, name="refreshAction"
    )
    if menus.refresh.shortcut().isEmpty():
        menus.refresh.setShortcut(QKeySequence("F5"))  # platforms without a standard Refresh key
    view_menu.addSeparator()
    for number, each in enumerate(a for a in AREAS if window.may_see(a)):
        act = menus.action(
            view_menu,
            translate("navigation", each.title),
            lambda key=each.key: window.switch_to(key),
            name=f"show_{each.key}",
        )
        if number < 9:
            act.setShortcut(QKeySequence(f"Ctrl+{number + 1}"))
        menus.areas[each.key] = act

    record_menu = bar.addMenu(translate("MainMenu", "记录(&R)"))
    if window.ctx.may("client", "create"):
        menus.action(
            record_menu,
            translate("MainMenu", "新增服务对象…"),
            lambda: window.show_area("clients").add(),
            name="addClientAction",
        )
    if window.ctx.may("case", "create"):
        menus.action(
            record_menu,
            translate("MainMenu", "开案…"),
            lambda: window.show_area("cases").open_case(),
            name="openCaseAction",
        )
    if window.ctx.may("case", "view"):
        menus.action(
            record_menu,
            translate("MainMenu", "我的个案"),
            lambda: window.show_area("cases").show_mine(),
            name="myCasesAction",
        )
    if window.ctx.may("volunteer", "view"):
        record_menu.addSeparator()
        menus.action(
            record_menu,
            translate("MainMenu", "志愿服务证明"),
            lambda: window.switch_to("certificates"),
            name="certificatesAction",
        )
        menus.action(
            record_menu,
            translate("MainMenu", "核验证明验证码…"),
            lambda: window.show_area("certificates").verify(),
            name="verifyCertificateAction",
        )

    tools_menu = bar.addMenu(translate("MainMenu", "工具(&T)"))
    for key, text in (
        ("sync", translate("MainMenu", "同步数据包")),
        ("accounts", translate("MainMenu", "账号管理")),
        ("audit", translate("MainMenu", "审计日志")),
    ):
        if key in menus.areas:
            menus.action(tools_menu, text, lambda key=key: window.switch_to(key), name=f"tool_{key}")
    if window.ctx.account_id is not None:
        tools_menu.addSeparator()
        menus.action(
            tools_menu,
            translate("MainMenu", "修改我的密码…"),
            window.change_own_password,
            name="changePasswordAction",
        )

    help_menu = bar.addMenu(translate("MainMenu", "帮助(&H)"))
    menus.help = menus.action(
        help_menu,
        translate("MainMenu", "使用帮助(&H)"),
        lambda: show_help(window),
        std.HelpContents,
        session=False,
        name="helpAction",
    )
    if menus.help.shortcut().isEmpty():
        menus.help.setShortcut(QKeySequence("F1"))

    for menu in (file_menu, edit_menu, view_menu, record_menu, tools_menu):
        menu.aboutToShow.connect(menus.refresh_state)
    return menus


def new_record(window) -> None:
    """文件 > 新建: the screen's own Ctrl+N, or its add button."""
    page = window.current_page()
    own = window.page_shortcut(page, "new")
    if own is not None:
        emit(own.activated)
    else:
        _click(shown_button(page, NEW_BUTTONS))


def help_text() -> str:
    keys = [
        (QKeySequence.StandardKey.New, translate("MainMenu", "新建当前页面的记录")),
        (QKeySequence.StandardKey.Find, translate("MainMenu", "查找服务对象和个案，或当前列表")),
        (QKeySequence.StandardKey.Print, translate("MainMenu", "打印当前页面")),
        (QKeySequence("Ctrl+E"), translate("MainMenu", "把当前列表导出为 Excel")),
        (QKeySequence("F5"), translate("MainMenu", "刷新当前页面")),
        (QKeySequence("Ctrl+L"), translate("MainMenu", "锁定工作台")),
        (QKeySequence.StandardKey.Quit, translate("MainMenu", "退出")),
    ]
    lines = []
    for keys_, text in keys:
        sequence = QKeySequence(keys_)
        spelled = sequence.toString(QKeySequence.SequenceFormat.NativeText)
        lines.append(f"{spelled}\t{text}")
    return (
        translate("MainMenu", "常用快捷键：")
        + "\n"
        + "\n".join(lines)
        + "\n\n"
        + QCoreApplication.translate(
            "MainMenu", "左侧导航切换工作内容；顶部搜索框按姓名、拼音首字母、身份证或电话尾号查找服务对象和个案。"
        )
    )


def show_help(window) -> None:
    """A help window that stays open beside the work (not modal)."""
    from PySide6.QtWidgets import QStyle

    from wulian_desk.ui.message import MessageDialog

    dialog = window.findChild(MessageDialog, "helpWindow")
    if dialog is None:
        dialog = MessageDialog(
            window,
            translate("MainMenu", "使用帮助"),
            help_text(),
            icon=QStyle.StandardPixmap.SP_MessageBoxInformation,
        )
        dialog.setObjectName("helpWindow")
        dialog.setModal(False)
    dialog.show()
