# SPDX-License-Identifier: Apache-2.0
"""The ``paradiplomacy`` command line: report, validate and convert portfolios; import and
export IATI activity files; read twin-town lists.

Exit status: 0 success (``validate``: no error finding), 1 ``validate`` found an error, 2
unusable input (a file that is not well-formed or not IATI) or wrong usage; ``import-iati``
says its own in ``IMPORT_IATI_EXIT``. Errors are one line on stderr,
``paradiplomacy: error: ...``, never a traceback.

Reading, parsing, checking and writing show progress on stderr when stderr is a terminal
and a step takes longer than half a second (``--progress`` always, ``--no-progress``
never): a bar of the bytes read for a JSON file, then a spinner line per step.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import datetime
import os
import pathlib
import sys
import time
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from tqdm import tqdm  # type: ignore[import-untyped]

from . import _core, datasets, iati

PROG = "paradiplomacy"

#: The exit status of ``import-iati``, word for word in its --help and in docs/python.md.
IMPORT_IATI_EXIT = (
    "import-iati exits 0 when every activity, and every part of one that the reader maps, was imported "
    "as published; 1 when a fault in the file left an activity or a part of one out or changed it (the "
    "rest is written, and the notices say which); 2 when the file is unusable (it cannot be read, is not "
    "UTF-8 XML or is not an IATI activity file) or the usage is wrong."
)
T = TypeVar("T")

_CHUNK = 1 << 20  # bytes per read of a JSON file while its progress bar is shown
_SPINNER = "|/-\\"


class _Progress:
    """Progress on stderr: off, automatic (a terminal, only for steps over half a second) or forced."""

    def __init__(self, setting: bool | None) -> None:
        self.enabled = sys.stderr.isatty() if setting is None else setting
        # Automatically shown bars wait half a second, so that small files print nothing.
        self.delay = 0.5 if setting is None else 0.0

    def _due(self, started: float) -> bool:
        """Whether a bar begun at ``started`` is past its delay (tqdm's own refreshes wait; ours must too)."""
        return time.monotonic() - started >= self.delay

    def _bar(self, **options: Any) -> Any:
        return tqdm(file=sys.stderr, delay=self.delay, leave=False, dynamic_ncols=True, **options)

    def read_bytes(self, path: pathlib.Path) -> bytes:
        """The file's content, read in chunks under a bar of the bytes read."""
        size = path.stat().st_size
        data = bytearray()
        started = time.monotonic()
        with self._bar(total=size, unit="B", unit_scale=True, unit_divisor=1024, desc=f"reading {path.name}") as bar:
            with path.open("rb") as f:
                while chunk := f.read(_CHUNK):
                    data += chunk
                    bar.update(len(chunk))  # drawn once `delay` has passed
            if self._due(started):
                bar.refresh()  # the final 100% (cleared again on close)
        return bytes(data)

    def reading(self, source: pathlib.Path, read: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """``read(*args, **kwargs)``, a C++ reader of ``source`` that takes ``progress=(done, total)``,
        under a bar of the bytes it has read."""
        if not self.enabled:
            return read(*args, **kwargs)
        started = time.monotonic()
        with self._bar(
            total=source.stat().st_size, unit="B", unit_scale=True, unit_divisor=1024, desc=f"reading {source.name}"
        ) as bar:

            def advance(done: int, total: int) -> None:
                bar.total = total
                bar.update(done - bar.n)

            result = read(*args, progress=advance, **kwargs)
            if self._due(started):
                bar.refresh()  # the final 100% (cleared again on close)
        return result

    def step(self, label: str, run: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """``run(*args, **kwargs)``, with a spinner line while it runs (the module releases the GIL)."""
        if not self.enabled:
            return run(*args, **kwargs)
        started = time.monotonic()
        with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
            future = pool.submit(run, *args, **kwargs)
            with self._bar(total=None, desc=label, bar_format="{desc} {elapsed}") as bar:
                turn = 0
                while True:
                    try:
                        return future.result(timeout=0.1)
                    except concurrent.futures.TimeoutError:
                        turn += 1
                        if self._due(started):
                            bar.set_description_str(f"{label} {_SPINNER[turn % len(_SPINNER)]}")


class _UsageError(Exception):
    """A problem with the input that is the user's to fix (exit status 2)."""


def _date(text: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _bounded(text: str, what: str, low: int, high: int) -> int:
    """``text`` as an int in ``low..high``: the library takes C++ integers, which have bounds."""
    try:
        value = int(text)
    except ValueError:
        value = low - 1
    if not low <= value <= high:
        shown = text if len(text) <= 40 else text[:40] + "..."
        raise argparse.ArgumentTypeError(f"not {what} ({low} to {high}): {shown!r}")
    return value


def _count(text: str) -> int:
    return _bounded(text, "a count", 0, 2**63 - 1)


def _organisation_type(text: str) -> int:
    return _bounded(text, "an IATI OrganisationType code", 1, 99)


def _load(path: str, home: str | None, progress: _Progress) -> _core.Portfolio:
    p = pathlib.Path(path)
    if p.is_dir():
        if home is None and not (p / "home.csv").is_file():
            raise _UsageError(f"{path}: no home.csv in this directory; give the home government with --home CODE")
        return progress.step(f"reading {p.name}/", _core.read_csv, p, home=home)
    if not p.exists():
        raise _UsageError(f"{path}: no such file or directory")
    if p.suffix.lower() != ".json":
        raise _UsageError(f"{path}: expected a .json portfolio file or a directory of CSV tables")
    if not p.is_file():  # a FIFO or a device: reading it here could wait for ever
        raise _UsageError(f"{path}: it is not a regular file (a FIFO, socket or device)")
    if not progress.enabled:
        return _core.load(p)
    # The C++ loader reports no progress: read the bytes here, under a bar, and parse the text
    # (the message of a parse error names the file as load() would).
    data = progress.read_bytes(p)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return _core.load(p)  # not UTF-8: the library's own message says where
    return progress.step(f"parsing {p.name}", _core.loads, text, source_name=os.fspath(p))


def _refuse_overwriting_input(output: str, *inputs: str | None) -> None:
    """Refuse an output that is one of the inputs (the same device and inode, whatever the path)."""
    try:
        written = os.stat(output)
    except OSError:
        return  # nothing there yet: it cannot be an input
    for given in inputs:
        if given is None:
            continue
        try:
            read = os.stat(given)
        except OSError:
            continue
        if (read.st_dev, read.st_ino) == (written.st_dev, written.st_ino):
            raise _UsageError(f"{output}: is the input {given}; write the output elsewhere (nothing was changed)")


def _cmd_report(args: argparse.Namespace) -> int:
    progress = _Progress(args.progress)
    if args.file is None:
        portfolio = datasets.gyeonggi()
        published = datasets.gyeonggi_published_figures() if args.published is None else None
    else:
        portfolio = _load(args.file, args.home, progress)
        published = None
    if args.published is not None:
        published = _core.PublishedFigures.load(args.published)
    text = progress.step(
        "reporting",
        portfolio.report,
        on=args.on,
        today=args.today,
        published=published,
        engagements_per_country=args.engagements_per_country,
    )
    sys.stdout.write(text)
    return 0


def _cmd_validate(args: argparse.Namespace) -> int:
    progress = _Progress(args.progress)
    portfolio = _load(args.file, args.home, progress)
    report = progress.step("validating", portfolio.validate, today=args.today, disabled_rules=args.disable)
    for finding in report:
        print(str(finding))
    errors, warnings, infos = len(report.errors), len(report.warnings), len(report.infos)
    print(f"{args.file}: {errors} errors, {warnings} warnings, {infos} infos")
    return 0 if report.ok else 1


def _cmd_convert(args: argparse.Namespace) -> int:
    progress = _Progress(args.progress)
    _refuse_overwriting_input(args.output, args.input)
    portfolio = _load(args.input, args.home, progress)
    _save(portfolio, args.output, progress, excel_bom=args.excel_bom)
    return 0


def _save(portfolio: _core.Portfolio, output: str, progress: _Progress, excel_bom: bool = False) -> None:
    out = pathlib.Path(output)
    if out.suffix.lower() == ".json":
        progress.step(f"writing {out.name}", portfolio.save, out)
    elif out.exists() and not out.is_dir():
        raise _UsageError(f"{output}: exists and is not a directory (CSV output is a directory)")
    else:
        progress.step(f"writing {out.name}/", portfolio.to_csv, out, excel_bom=excel_bom)


def _cmd_import_iati(args: argparse.Namespace) -> int:
    progress = _Progress(args.progress)
    source = pathlib.Path(args.file)
    if not source.exists():
        raise _UsageError(f"{args.file}: no such file")
    if source.is_dir():
        raise _UsageError(f"{args.file}: is a directory (expected an IATI activity .xml file)")
    _refuse_overwriting_input(args.output, args.file, args.into, args.codelists)
    codelists = None
    if args.codelists is not None:
        if not pathlib.Path(args.codelists).is_dir():
            raise _UsageError(
                f"{args.codelists}: not a directory (--codelists takes the directory of IATI codelist files)"
            )
        codelists = progress.step("reading codelists", iati.load_codelists, args.codelists)
    into = _load(args.into, None, progress) if args.into is not None else None
    result = progress.reading(
        source, iati.read, source, codelists, home=args.home, into=into, reporting_orgs=args.reporting_org
    )
    _save(result.portfolio, args.output, progress)
    if args.notices:
        for notice in result.notices:
            print(str(notice))
    errors, warnings, infos = len(result.errors), len(result.warnings), len(result.infos)
    parts = result.parts_left_out_or_changed
    changed = f"{parts} {'part' if parts == 1 else 'parts'} left out or changed; " if parts else ""
    checked = "codes checked against the codelists" if result.codelists_checked else "codes checked for form only"
    version = f"IATI {result.version}" if result.version else "IATI (no version)"
    hint = " (--notices lists them)" if result.notices and not args.notices else ""
    skipped = (
        f" ({result.activities_skipped} of other reporting organisations skipped)" if result.activities_skipped else ""
    )
    print(
        f"{args.file}: {version}; {result.activities_imported} of {result.activities_read} activities imported{skipped}; "
        f"{changed}{errors} errors, {warnings} warnings, {infos} infos{hint}; {checked}; written to {args.output}"
    )
    return 0 if result.imported_whole else 1


def _cmd_export_iati(args: argparse.Namespace) -> int:
    progress = _Progress(args.progress)
    _refuse_overwriting_input(args.output, args.file)
    portfolio = _load(args.file, args.home, progress)
    out = pathlib.Path(args.output)
    if out.is_dir():
        raise _UsageError(f"{args.output}: is a directory (expected the path of the .xml file to write)")
    progress.step(
        f"writing {out.name}",
        iati.write,
        portfolio,
        out,
        reporting_org=args.reporting_org,
        reporting_org_name=args.reporting_org_name,
        reporting_org_type=args.reporting_org_type,
        generated=args.generated,
        undated_started_by=args.undated_started_by,
    )
    count = len(portfolio.engagements)
    print(f"{args.output}: {count} {'activity' if count == 1 else 'activities'} written (IATI 2.03)")
    return 0


_DELIMITERS = {",": ",", ";": ";", "|": "|", "\t": "\t", "tab": "\t", "\\t": "\t"}


def _delimiter(text: str) -> str:
    try:
        return _DELIMITERS[text.lower()]
    except KeyError:
        raise argparse.ArgumentTypeError(f"not a delimiter: {text!r} (use ',', ';', '|' or tab)") from None


def _columns(specs: list[str]) -> dict[str, str] | None:
    """``--columns city1=origincityLabel,country1=origincountry`` (repeatable) as a mapping."""
    if not specs:
        return None
    mapping: dict[str, str] = {}
    for spec in specs:
        for item in spec.split(","):
            field, sep, header = item.partition("=")
            if not sep or not field.strip() or not header.strip():
                raise _UsageError(f"--columns: {item!r} is not FIELD=HEADER (e.g. city1=origincityLabel)")
            mapping[field.strip()] = header.strip()
    return mapping


def _names(names: list[_core.UnmappedCountryName]) -> str:
    return ", ".join(f"{u.name!r} {u.count} (first on line {u.first_line})" for u in names)


def _cmd_twin_towns(args: argparse.Namespace) -> int:
    progress = _Progress(args.progress)
    source = pathlib.Path(args.file)
    if not source.is_file():
        what = (
            "no such file"
            if not source.exists()
            else "is a directory"
            if source.is_dir()
            else "it is not a regular file (a FIFO, socket or device)"
        )
        raise _UsageError(f"{args.file}: {what} (expected a twin-town list)")
    if args.output is not None and args.city is None:
        raise _UsageError("-o/--output writes one city's portfolio: give the city with --city")
    if args.output is not None and args.region is None:
        raise _UsageError("-o/--output needs --region CODE, the ISO 3166-2 region the city lies in (e.g. KR-41)")
    columns = _columns(args.columns)
    towns = progress.reading(source, _core.read_twin_towns, source, columns=columns, delimiter=args.delimiter)
    # The city and its portfolio first, so that a refused city prints nothing but the error.
    twins = towns.twins(args.city, args.country) if args.city is not None else []
    if args.output is not None:
        portfolio = towns.portfolio(args.city, args.country, region=args.region)
        _save(portfolio, args.output, progress)
    c = towns.counts
    separated = {",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical-bar"}[towns.delimiter]
    print(
        f"{args.file}: {c.rows} rows ({separated}-separated): {c.pairs} pairs, {c.duplicates} duplicates, "
        f"{c.self_pairs} self-pairs, {c.rows_unmapped} rows with an unknown country name, "
        f"{c.rows_historical} with a historical state"
    )
    if towns.unmapped:
        print(f"unknown country names: {_names(towns.unmapped)}")
    if towns.historical:
        print(f"historical states: {_names(towns.historical)}")
    if args.output is not None:
        print(f"{portfolio.home.name_en} ({args.region}): {len(twins)} twins written to {args.output}")
    else:
        for twin in twins:
            item = f" {twin.wikidata}" if twin.wikidata else ""
            print(f"{twin.name} ({twin.country}){item}")
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Report on, validate and convert portfolios of sub-national foreign relations; "
        "import and export IATI activity files.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_core.__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    home_help = "home government's ISO 3166-2 code, for a CSV directory without home.csv"

    def progress_options(command: argparse.ArgumentParser) -> None:
        group = command.add_mutually_exclusive_group()
        group.add_argument(
            "--progress",
            dest="progress",
            action="store_true",
            default=None,
            help="show progress on stderr even when it is not a terminal",
        )
        group.add_argument(
            "--no-progress",
            dest="progress",
            action="store_false",
            help="never show progress (default: shown on a terminal for steps over 0.5 s)",
        )

    report = commands.add_parser(
        "report",
        help="print the portfolio report",
        description="Print the plain-text portfolio report. Without FILE: the bundled Gyeonggi-do "
        "portfolio beside the figures the province published.",
    )
    report.add_argument("file", nargs="?", metavar="FILE", help="a .json portfolio or a directory of CSV tables")
    report.add_argument("--on", type=_date, metavar="DATE", help="the chosen date (default: today)")
    report.add_argument("--today", type=_date, metavar="DATE", help="the day the report is made (default: today)")
    report.add_argument("--published", metavar="FIGURES", help="a published-figures .json file to compare with")
    report.add_argument("--home", metavar="CODE", help=home_help)
    report.add_argument(
        "--engagements-per-country",
        type=_count,
        metavar="N",
        help="list at most N ODA engagements under each recipient (budgets and transactions stay "
        "complete; default: all), for large IATI imports",
    )
    progress_options(report)
    report.set_defaults(run=_cmd_report)

    validate = commands.add_parser(
        "validate",
        help="check a portfolio against every validation rule",
        description="Print every finding. Exit status 0 when there is no error finding (warnings "
        "allowed), 1 when there is, 2 when the input cannot be read.",
    )
    validate.add_argument("file", metavar="FILE", help="a .json portfolio or a directory of CSV tables")
    validate.add_argument("--today", type=_date, metavar="DATE", help="the day rules about the future use")
    validate.add_argument("--disable", action="append", default=[], metavar="RULE", help="skip a rule (repeatable)")
    validate.add_argument("--home", metavar="CODE", help=home_help)
    progress_options(validate)
    validate.set_defaults(run=_cmd_validate)

    convert = commands.add_parser(
        "convert",
        help="convert between JSON and CSV",
        description="Convert IN to OUT. A path ending in .json is a portfolio file; anything else "
        "is a directory of CSV tables.",
    )
    convert.add_argument("input", metavar="IN")
    convert.add_argument("output", metavar="OUT")
    convert.add_argument("--excel-bom", action="store_true", help="start CSV files with a UTF-8 BOM for Excel")
    convert.add_argument("--home", metavar="CODE", help=home_help)
    progress_options(convert)
    convert.set_defaults(run=_cmd_convert)

    import_iati = commands.add_parser(
        "import-iati",
        help="read an IATI activity file into a portfolio",
        description="Read an IATI activity file (2.03, or an older version that parses) and write its "
        "activities as ODA engagements, with the recipient countries as partners. A fault in one part "
        "of an activity (a budget, a transaction, a share) costs that part, with a notice naming it. "
        + IMPORT_IATI_EXIT,
    )
    import_iati.add_argument("file", metavar="FILE.xml", help="an IATI activity file")
    import_iati.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="PORTFOLIO",
        help="the portfolio to write: a .json file, or a directory of CSV tables",
    )
    import_iati.add_argument(
        "--codelists",
        metavar="DIR",
        help="check codes against the official IATI codelist files in DIR (default: codes are checked for form only)",
    )
    import_iati.add_argument(
        "--home", metavar="CODE", help="the new portfolio's home government, ISO 3166-2 (default: ZZ-ZZ, unknown)"
    )
    import_iati.add_argument(
        "--into",
        metavar="PORTFOLIO",
        help="add the activities to this portfolio (.json or CSV directory) instead of a new one",
    )
    import_iati.add_argument(
        "--reporting-org",
        action="append",
        default=[],
        metavar="REF",
        help="import only the activities this organisation reported (IATI organisation "
        "identifier, e.g. KR-GOV-010); repeat for several (default: all)",
    )
    import_iati.add_argument(
        "--notices", action="store_true", help="print every notice (file:line: severity rule: activity: message)"
    )
    progress_options(import_iati)
    import_iati.set_defaults(run=_cmd_import_iati)

    export_iati = commands.add_parser(
        "export-iati",
        help="write a portfolio's ODA engagements as an IATI 2.03 activity file",
        description="Write the ODA engagements of a portfolio as an IATI 2.03 activity file that the "
        "official schema accepts. Exit status 0 when written, 2 when an engagement cannot be written "
        "as valid IATI (the message names it and the rule) or the input cannot be read; nothing is "
        "written then.",
    )
    export_iati.add_argument("file", metavar="PORTFOLIO", help="a .json portfolio or a directory of CSV tables")
    export_iati.add_argument("-o", "--output", required=True, metavar="FILE.xml", help="the IATI file to write")
    export_iati.add_argument(
        "--reporting-org",
        metavar="REF",
        help="IATI organisation identifier of the reporting organisation (e.g. KR-GOV-390), "
        "for engagements that name none; their identifiers become REF-<key>",
    )
    export_iati.add_argument(
        "--reporting-org-name", metavar="NAME", help="its name (default: the home government's English name)"
    )
    export_iati.add_argument(
        "--reporting-org-type",
        type=_organisation_type,
        default=10,
        metavar="CODE",
        help="its IATI OrganisationType code, 1-99 (default: 10, government)",
    )
    export_iati.add_argument(
        "--generated",
        metavar="DATETIME",
        help="stamp the file with this xsd:dateTime, e.g. 2026-01-01T00:00:00Z (default: now)",
    )
    export_iati.add_argument(
        "--undated-started-by",
        type=_date,
        metavar="DATE",
        help="for an engagement under way that records no date, write DATE as its actual start",
    )
    export_iati.add_argument("--home", metavar="CODE", help=home_help)
    progress_options(export_iati)
    export_iati.set_defaults(run=_cmd_export_iati)

    twin_towns = commands.add_parser(
        "twin-towns",
        help="read a twin-town list; write one city's portfolio",
        description="Read a twin-town list (CSV, semicolon- or tab-separated; docs/twin-towns.md) and print "
        "its counts: rows, pairs, duplicates, self-pairs, and the rows left out for an unknown country name "
        "or a historical state, with the names. With --city, list that city's twins, or with -o write its "
        "portfolio. Exit status 0 when read, 2 when the list cannot be read or the city is not in it.",
    )
    twin_towns.add_argument("file", metavar="FILE", help="the list")
    twin_towns.add_argument(
        "--city", metavar="NAME", help="one city of the list: its name (with --country) or its Wikidata item (Q64)"
    )
    twin_towns.add_argument("--country", metavar="CODE", help="the city's country, ISO 3166-1 alpha-2 (e.g. KR)")
    twin_towns.add_argument(
        "--region",
        metavar="CODE",
        help="for -o: the ISO 3166-2 region the city lies in, the portfolio's home (e.g. KR-41)",
    )
    twin_towns.add_argument(
        "-o",
        "--output",
        metavar="PORTFOLIO",
        help="write the city's portfolio: a .json file, or a directory of CSV tables",
    )
    twin_towns.add_argument(
        "--columns",
        action="append",
        default=[],
        metavar="FIELD=HEADER,...",
        help="the header cell of each field when the header is not city1,country1,city2,country2, "
        "e.g. city1=origincityLabel,country1=origincountry,city2=sistercityLabel,"
        "country2=destination_countryLabel,city1_qid=origincity,city2_qid=sistercity",
    )
    twin_towns.add_argument(
        "--delimiter", type=_delimiter, metavar="CHAR", help="',', ';', '|' or tab (default: sniffed from the header)"
    )
    progress_options(twin_towns)
    twin_towns.set_defaults(run=_cmd_twin_towns)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        status: int = args.run(args)
        return status
    except (_UsageError, _core.FileError, _core.InvalidValueError, _core.NotFoundError, OSError) as error:
        message = "; ".join(line.strip() for line in str(error).splitlines() if line.strip()) or type(error).__name__
        print(f"{PROG}: error: {message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
