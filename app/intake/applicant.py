"""The applicant (申请人: a person or an organisation) and an optional agent (委托代办人).

:func:`validate_applicant` checks every field at once and raises
:class:`ApplicantProblems` listing ALL problems (field -> message in the interface
language), so the form can mark each wrong field and keep everything typed.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from app import identity
from app.errors import UserError
from app.i18n import N_, Lines, Text

ID_TYPES = {
    "resident_id": N_("居民身份证"),
    "hk_macao_permit": N_("港澳居民来往内地通行证"),
    "taiwan_permit": N_("台湾居民来往大陆通行证"),
    "passport": N_("护照"),
    "foreign_pr": N_("外国人永久居留身份证"),
}
APPLICANT = N_("申请人")
AGENT = N_("代办人")


@dataclass(frozen=True)
class Person:
    name: str = ""
    id_type: str = "resident_id"
    id_no: str = ""
    phone: str = ""


@dataclass(frozen=True)
class Applicant:
    """kind "person": ``person`` is the applicant; kind "organisation": name, credit code,
    legal representative (and ``person.phone`` as the contact phone)."""

    kind: str = "person"  # person | organisation
    person: Person = field(default_factory=Person)
    org_name: str = ""
    credit_code: str = ""
    legal_rep: str = ""
    agent: Person | None = None

    @property
    def display_name(self) -> str:
        return self.org_name if self.kind == "organisation" else self.person.name

    @property
    def id_number(self) -> str:
        return self.credit_code if self.kind == "organisation" else self.person.id_no

    @property
    def phone(self) -> str:
        if self.agent is not None and self.agent.phone and not self.person.phone:
            return self.agent.phone
        return self.person.phone

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Applicant:
        raw: dict[str, Any] = json.loads(text)
        agent = raw.pop("agent", None)
        person = Person(**raw.pop("person", {}))
        return cls(person=person, agent=Person(**agent) if agent else None, **raw)


class ApplicantProblems(UserError):
    """Every wrong field of an applicant form: ``problems`` maps field keys to messages."""

    def __init__(self, problems: Mapping[str, Text]) -> None:
        super().__init__(Text("申请人信息有误，请核对：\n{problems}", problems=Lines(problems.values())),
                         field=next(iter(problems)))
        self.texts = dict(problems)

    @property
    def problems(self) -> dict[str, str]:
        """Field key -> what is wrong with it, in the interface language."""
        return {key: str(text) for key, text in self.texts.items()}


def _check(problems: dict[str, Text], key: str, check: Any, value: str, label: str | Text) -> str:
    try:
        result: str = check(value, label)
        return result
    except UserError as err:
        problems[key] = err.text
        return value


def _check_id(problems: dict[str, Text], key: str, id_type: str, value: str, label: Text) -> str:
    if id_type not in ID_TYPES:
        problems[key] = Text("{label}的证件类型不正确，请重新选择。", label=label)
        return value
    if id_type == "resident_id":
        return _check(problems, key, identity.check_resident_id, value, label)
    number = identity.normalize(value)
    if not 5 <= len(number) <= 20 or not number.isalnum():
        problems[key] = Text("{label}应为 5–20 位字母或数字，请核对证件。", label=label)
    return number


def _validate_person(problems: dict[str, Text], p: Person, prefix: str, who: str, *, phone_required: bool) -> Person:
    name = _check(problems, f"{prefix}.name", identity.check_name, p.name, Text("{who}姓名", who=who))
    id_label = Text("{who}{id_type}号码", who=who, id_type=ID_TYPES.get(p.id_type, N_("证件")))
    id_no = _check_id(problems, f"{prefix}.id_no", p.id_type, p.id_no, id_label)
    phone = p.phone.strip()
    if phone or phone_required:
        phone = _check(problems, f"{prefix}.phone", identity.check_phone, p.phone, Text("{who}联系电话", who=who))
    return Person(name, p.id_type, id_no, phone)


def validate_applicant(applicant: Applicant) -> Applicant:
    """The applicant with normalised fields, or ApplicantProblems listing every problem."""
    problems: dict[str, Text] = {}
    result = applicant
    if applicant.kind == "person":
        person = _validate_person(problems, applicant.person, "person", APPLICANT, phone_required=True)
        result = replace(applicant, person=person, org_name="", credit_code="", legal_rep="")
    elif applicant.kind == "organisation":
        org = _check(problems, "org_name", identity.check_name, applicant.org_name, N_("单位名称"))
        code = _check(problems, "credit_code", identity.check_credit_code, applicant.credit_code,
                      N_("统一社会信用代码"))
        rep = _check(problems, "legal_rep", identity.check_name, applicant.legal_rep, N_("法定代表人"))
        phone = _check(problems, "person.phone", identity.check_phone, applicant.person.phone, N_("单位联系电话"))
        result = replace(applicant, org_name=org, credit_code=code, legal_rep=rep,
                         person=Person(phone=phone))
    else:
        problems["kind"] = Text("请选择申请人类型（个人或单位）。")
    if applicant.agent is not None:
        agent = _validate_person(problems, applicant.agent, "agent", AGENT, phone_required=True)
        result = replace(result, agent=agent)
    elif applicant.kind == "organisation":
        problems["agent.name"] = Text("单位申请须由经办人（代办人）办理，请填写代办人信息。")
    if problems:
        raise ApplicantProblems(problems)
    return result


def masked_name(applicant: Applicant) -> str:
    if applicant.kind == "organisation":
        return applicant.org_name  # an organisation's name is public
    return identity.mask_name(applicant.person.name)


def masked_id(applicant: Applicant) -> str:
    if applicant.kind == "organisation":
        return applicant.credit_code  # public on the business licence
    return identity.mask_id(applicant.person.id_no)


def id_suffix_matches(applicant: Applicant, suffix: str) -> bool:
    """Whether ``suffix`` (at least 4 characters) ends the applicant's or agent's ID number."""
    wanted = identity.normalize(suffix)
    if len(wanted) < 4:
        return False
    numbers = [applicant.id_number] + ([applicant.agent.id_no] if applicant.agent else [])
    return any(n and n.upper().endswith(wanted) for n in numbers)
