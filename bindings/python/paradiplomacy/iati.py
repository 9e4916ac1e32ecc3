# SPDX-License-Identifier: Apache-2.0
"""IATI activity files: read them into a portfolio, write a portfolio's ODA engagements.

IATI (the International Aid Transparency Initiative) is the XML standard in which
development agencies publish their activities. :func:`read` turns an activity file
(2.03, and the 1.0x/2.0x files that parse) into a :class:`~paradiplomacy.Portfolio` of
ODA engagements, with the recipient countries as partners; :func:`write` and
:func:`to_xml` turn a portfolio's engagements into a 2.03 file the official schema
accepts. The reader streams, so memory stays bounded by one activity.

A fault in one part of an activity (a budget, a transaction, a share) costs that part, with
an :class:`IatiNotice` naming the activity, the line and the money left out; only an
identifier already taken leaves a whole activity out. A file that is not
well-formed XML, holds a DTD or entity, or is not an IATI activity file raises
:class:`~paradiplomacy.FileError`. With ``codelists=`` (a directory of the official
codelist files, or :func:`load_codelists`' result) codes are checked against the lists;
without, for form only. The rules and the mapping are described in ``docs/iati.md``.

The GIL is released while a file is read, parsed or written.
"""

from __future__ import annotations

import datetime
import os
from collections.abc import Callable, Iterable
from typing import Union

from . import _core
from ._core import (
    IatiCodelistEntry,
    IatiCodelists,
    IatiImport,
    IatiNotice,
    Portfolio,
)

__all__ = [
    "IatiCodelistEntry",
    "IatiCodelists",
    "IatiImport",
    "IatiNotice",
    "load_codelists",
    "parse",
    "read",
    "to_xml",
    "write",
]

StrPath = Union[str, "os.PathLike[str]"]
CodelistsArg = Union[IatiCodelists, str, "os.PathLike[str]", None]
Progress = Callable[[int, int], object]


def load_codelists(directory: StrPath) -> IatiCodelists:
    """Reads the official IATI codelist files (``Sector.xml``, ``Country.xml``, ...) of a directory.

    Raises :class:`~paradiplomacy.FileError` naming the file and line of a malformed one, or
    when the directory holds none of the lists the reader checks against.
    """
    return IatiCodelists.load(os.fspath(directory))


def _codelists(codelists: CodelistsArg) -> IatiCodelists | None:
    if codelists is None or isinstance(codelists, IatiCodelists):
        return codelists
    if isinstance(codelists, (str, os.PathLike)):
        return load_codelists(codelists)
    raise TypeError(
        f"codelists: expected a directory (str or os.PathLike) or IatiCodelists, not {type(codelists).__name__}"
    )


def _org_list(reporting_orgs: Iterable[str]) -> list[str]:
    if isinstance(reporting_orgs, str):  # one identifier, not its characters
        return [reporting_orgs]
    return list(reporting_orgs)


def read(
    path: StrPath,
    codelists: CodelistsArg = None,
    *,
    home: str | None = None,
    into: Portfolio | None = None,
    check_rules: bool = True,
    progress: Progress | None = None,
    reporting_orgs: Iterable[str] = (),
) -> IatiImport:
    """Reads an IATI activity file.

    ``codelists``: a directory of the official codelist files, or an :class:`IatiCodelists`
    (load it once with :func:`load_codelists` to read many files). ``home``: the ISO 3166-2
    code of the new portfolio's home government (``"ZZ-ZZ"``, unknown, when not given).
    ``into``: add the activities to a copy of this portfolio, as it is when the read starts,
    instead of a new one (an activity whose identifier is already there is rejected with a
    notice; ``into`` itself is not changed). ``check_rules``: run the validation rules over the imported engagements and add
    their findings as notices (the default; off only to time the reader alone).
    ``progress(done, total)`` is called now and then with the bytes read and the
    file size, with no portfolio locked (it may use any, ``into`` included); an exception it
    raises ends the read. ``reporting_orgs``: import only the
    activities these organisations published (``["KR-GOV-010"]`` for Korea's national ODA in
    a file of many publishers); the others are counted in ``.activities_skipped``.

    Returns an :class:`IatiImport`: ``.portfolio``, ``.notices`` (each with ``rule``,
    ``severity``, ``activity``, ``line``, ``message``), ``.version``, ``.activities_read``,
    ``.activities_imported``, ``.codelists_checked`` and ``.notices_frame()`` (pandas).
    """
    return _core.iati_read(
        os.fspath(path),
        codelists=_codelists(codelists),
        home=home,
        into=into,
        check_rules=check_rules,
        progress=progress,
        reporting_orgs=_org_list(reporting_orgs),
    )


def parse(
    xml: str | bytes,
    source_name: str = "<memory>",
    codelists: CodelistsArg = None,
    *,
    home: str | None = None,
    check_rules: bool = True,
    progress: Progress | None = None,
    reporting_orgs: Iterable[str] = (),
) -> IatiImport:
    """Reads an IATI activity document held in memory; ``source_name`` names it in messages."""
    return _core.iati_parse(
        xml,
        source_name,
        codelists=_codelists(codelists),
        home=home,
        check_rules=check_rules,
        progress=progress,
        reporting_orgs=_org_list(reporting_orgs),
    )


def _datetime_text(value: str | datetime.datetime | None) -> str | None:
    if value is None or isinstance(value, str):
        return value
    if not isinstance(value, datetime.datetime):
        raise TypeError(f"generated: expected str or datetime.datetime, not {type(value).__name__}")
    if value.tzinfo is None:
        raise _core.InvalidValueError(
            f"generated: {value.isoformat()} has no time zone; give an aware datetime (e.g. tzinfo=datetime.timezone.utc)"
        )
    return value.astimezone(datetime.timezone.utc).replace(microsecond=0, tzinfo=None).isoformat() + "Z"


def to_xml(
    portfolio: Portfolio,
    *,
    reporting_org: str | None = None,
    reporting_org_name: str | None = None,
    reporting_org_type: int = 10,
    generated: str | datetime.datetime | None = None,
    undated_started_by: datetime.date | None = None,
) -> str:
    """The portfolio's engagements as an IATI 2.03 activity document (a ``str``).

    ``reporting_org``: the IATI organisation identifier (``"KR-GOV-390"``) of the reporting
    organisation for engagements that name none, an office's own records, whose identifier is
    then ``"<reporting_org>-<record key>"``. ``reporting_org_name``: its name (default: the
    home government's English name); ``reporting_org_type``: its IATI OrganisationType code
    (1-99; 10, government). ``generated``: the time the file is stamped with, an aware
    ``datetime.datetime`` or xsd:dateTime text (default: now); set it for reproducible files.
    ``undated_started_by``: the day written as the actual start of an engagement under way
    that records no date (IATI requires one).

    Raises :class:`~paradiplomacy.FileError` naming the engagement and the rule
    (``iati.write.*``) when one cannot be written as valid IATI.
    """
    return _core.iati_to_xml(
        portfolio,
        reporting_org_ref=reporting_org,
        reporting_org_name=reporting_org_name,
        reporting_org_type=reporting_org_type,
        generated_datetime=_datetime_text(generated),
        undated_started_by=undated_started_by,
    )


def write(
    portfolio: Portfolio,
    path: StrPath,
    *,
    reporting_org: str | None = None,
    reporting_org_name: str | None = None,
    reporting_org_type: int = 10,
    generated: str | datetime.datetime | None = None,
    undated_started_by: datetime.date | None = None,
) -> None:
    """Writes the portfolio's engagements as an IATI 2.03 activity file, atomically.

    The arguments are those of :func:`to_xml`; nothing is written when an engagement cannot be.
    """
    _core.iati_write(
        portfolio,
        os.fspath(path),
        reporting_org_ref=reporting_org,
        reporting_org_name=reporting_org_name,
        reporting_org_type=reporting_org_type,
        generated_datetime=_datetime_text(generated),
        undated_started_by=undated_started_by,
    )


for _name in ("IatiCodelistEntry", "IatiCodelists", "IatiImport", "IatiNotice"):
    globals()[_name].__module__ = __name__
del _name
