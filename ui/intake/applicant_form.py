"""申请人信息: a person or an organisation, and an optional agent (委托代办人).

Barcode / ID-card scanners type like a keyboard and end with Enter: Enter moves to the
next field. Problems found by app.intake.applicant are shown under each field in red;
nothing typed is lost.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.intake.applicant import ID_TYPES, Applicant, Person
from ui.models.labels import label

_INVALID = "QLineEdit { border: 2px solid #d3302f; }"


class _Field(QWidget):
    """A line edit with its own error line beneath."""

    def __init__(self, placeholder: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setObjectName(name)
        self.edit.setPlaceholderText(placeholder)
        self.edit.returnPressed.connect(self._next)
        self.error = QLabel()
        self.error.setObjectName(f"{name}Error")
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(self.edit)
        layout.addWidget(self.error)

    def _next(self) -> None:
        self.edit.focusNextChild()

    def text(self) -> str:
        return self.edit.text()

    def set_problem(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
        self.edit.setStyleSheet(_INVALID if message else "")


def _id_type_combo(name: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    # Sized by the form, not by the longest ID type (long in some languages): the list still shows it whole.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    for code, name in ID_TYPES.items():
        combo.addItem(label(name), code)
    return combo


class _PersonFields:
    """Name, ID type, ID number and phone of a person; ``who`` is 申请人 or 代办人, already translated."""

    def __init__(self, prefix: str, who: str, form: QFormLayout) -> None:
        name = QCoreApplication.translate("ApplicantForm", "{who}姓名").format(who=who)
        self.name = _Field(name, f"{prefix}Name")
        self.id_type = _id_type_combo(f"{prefix}IdType")
        self.id_no = _Field(QCoreApplication.translate("ApplicantForm", "证件号码（可用扫描枪）"), f"{prefix}IdNo")
        self.phone = _Field(QCoreApplication.translate("ApplicantForm", "手机号或固定电话"), f"{prefix}Phone")
        form.addRow(name, self.name)
        form.addRow(QCoreApplication.translate("ApplicantForm", "证件类型"), self.id_type)
        form.addRow(QCoreApplication.translate("ApplicantForm", "证件号码"), self.id_no)
        form.addRow(QCoreApplication.translate("ApplicantForm", "联系电话"), self.phone)

    def person(self) -> Person:
        return Person(self.name.text(), str(self.id_type.currentData()), self.id_no.text(), self.phone.text())

    def set_person(self, p: Person) -> None:
        self.name.edit.setText(p.name)
        self.id_type.setCurrentIndex(max(0, self.id_type.findData(p.id_type)))
        self.id_no.edit.setText(p.id_no)
        self.phone.edit.setText(p.phone)

    def fields(self) -> dict[str, _Field]:
        return {"name": self.name, "id_no": self.id_no, "phone": self.phone}


class ApplicantForm(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("申请人信息"))
        self.kind_person = QRadioButton(self.tr("个人"))
        self.kind_org = QRadioButton(self.tr("单位（企业、组织）"))
        self.kind_person.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.kind_person)
        group.addButton(self.kind_org)
        kinds = QHBoxLayout()
        kinds.addWidget(self.kind_person)
        kinds.addWidget(self.kind_org)
        kinds.addStretch(1)
        self.pages = QStackedWidget()
        person_page = QWidget()
        person_form = QFormLayout(person_page)
        self.person = _PersonFields("applicant", self.tr("申请人"), person_form)
        org_page = QWidget()
        org_form = QFormLayout(org_page)
        self.org_name = _Field(self.tr("单位全称，与营业执照一致"), "orgName")
        self.credit_code = _Field(self.tr("18 位统一社会信用代码（可用扫描枪）"), "creditCode")
        self.legal_rep = _Field(self.tr("法定代表人（负责人）姓名"), "legalRep")
        self.org_phone = _Field(self.tr("单位联系电话"), "orgPhone")
        org_form.addRow(self.tr("单位名称"), self.org_name)
        org_form.addRow(self.tr("统一社会信用代码"), self.credit_code)
        org_form.addRow(self.tr("法定代表人"), self.legal_rep)
        org_form.addRow(self.tr("联系电话"), self.org_phone)
        self.pages.addWidget(person_page)
        self.pages.addWidget(org_page)
        self.has_agent = QCheckBox(self.tr("委托代办人办理"))
        self.has_agent.setObjectName("hasAgent")
        self.agent_box = QWidget()
        agent_form = QFormLayout(self.agent_box)
        self.agent = _PersonFields("agent", self.tr("代办人"), agent_form)
        self.agent_box.setVisible(False)
        self.general_error = QLabel()
        self.general_error.setStyleSheet("color: #b3261e;")
        self.general_error.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(kinds)
        layout.addWidget(self.pages)
        layout.addWidget(self.has_agent)
        layout.addWidget(self.agent_box)
        layout.addWidget(self.general_error)
        self.kind_org.toggled.connect(self._kind_changed)
        self.has_agent.toggled.connect(self.agent_box.setVisible)

    def _kind_changed(self, organisation: bool) -> None:
        self.pages.setCurrentIndex(1 if organisation else 0)
        if organisation:
            self.has_agent.setChecked(True)

    def _fields(self) -> dict[str, _Field]:
        found = {f"person.{k}": f for k, f in self.person.fields().items()}
        if self.kind_org.isChecked():
            found = {"org_name": self.org_name, "credit_code": self.credit_code, "legal_rep": self.legal_rep,
                     "person.phone": self.org_phone}
        found.update({f"agent.{k}": f for k, f in self.agent.fields().items()})
        return found

    def applicant(self) -> Applicant:
        agent = self.agent.person() if self.has_agent.isChecked() else None
        if self.kind_org.isChecked():
            return Applicant("organisation", Person(phone=self.org_phone.text()), self.org_name.text(),
                             self.credit_code.text(), self.legal_rep.text(), agent)
        return Applicant("person", self.person.person(), agent=agent)

    def set_applicant(self, a: Applicant) -> None:
        self.clear_problems()
        self.kind_org.setChecked(a.kind == "organisation")
        self.kind_person.setChecked(a.kind != "organisation")
        self.person.set_person(a.person if a.kind == "person" else Person())
        self.org_name.edit.setText(a.org_name)
        self.credit_code.edit.setText(a.credit_code)
        self.legal_rep.edit.setText(a.legal_rep)
        self.org_phone.edit.setText(a.person.phone if a.kind == "organisation" else "")
        self.has_agent.setChecked(a.agent is not None)
        self.agent.set_person(a.agent or Person())

    def show_problems(self, problems: dict[str, str]) -> None:
        self.clear_problems()
        fields = self._fields()
        unplaced = []
        for key, message in problems.items():
            if key in fields:
                fields[key].set_problem(message)
            else:
                unplaced.append(message)
        self.general_error.setText("\n".join(unplaced))
        first = next((fields[k] for k in problems if k in fields), None)
        if first is not None:
            first.edit.setFocus()

    def clear_problems(self) -> None:
        for f in (*self.person.fields().values(), *self.agent.fields().values(), self.org_name, self.credit_code,
                  self.legal_rep, self.org_phone):
            f.set_problem("")
        self.general_error.clear()
