# SPDX-License-Identifier: Apache-2.0
"""The ``paradiplomacy`` command line: report, validate and convert portfolios.

Exit status: 0 success (``validate``: no error finding), 1 ``validate`` found an error,
2 unusable input or wrong usage. Errors are one line on stderr,
``paradiplomacy: error: ...``, never a traceback.
"""

from __future__ import annotations

import argparse
import datetime
import pathlib
import sys
from collections.abc import Sequence

from . import _core, datasets

PROG = "paradiplomacy"


class _UsageError(Exception):
    """A problem with the input that is the user's to fix (exit status 2)."""


def _date(text: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _load(path: str, home: str | None) -> _core.Portfolio:
    p = pathlib.Path(path)
    if p.is_dir():
        if home is None and not (p / "home.csv").is_file():
            raise _UsageError(f"{path}: no home.csv in this directory; give the home government with --home CODE")
        return _core.read_csv(p, home=home)
    if not p.exists():
        raise _UsageError(f"{path}: no such file or directory")
    if p.suffix.lower() != ".json":
        raise _UsageError(f"{path}: expected a .json portfolio file or a directory of CSV tables")
    return _core.load(p)


def _cmd_report(args: argparse.Namespace) -> int:
    if args.file is None:
        portfolio = datasets.gyeonggi()
        published = datasets.gyeonggi_published_figures() if args.published is None else None
    else:
        portfolio = _load(args.file, args.home)
        published = None
    if args.published is not None:
        published = _core.PublishedFigures.load(args.published)
    sys.stdout.write(portfolio.report(on=args.on, today=args.today, published=published))
    return 0


def _cmd_validate(args: argparse.Namespace) -> int:
    portfolio = _load(args.file, args.home)
    report = portfolio.validate(today=args.today, disabled_rules=args.disable)
    for finding in report:
        print(str(finding))
    errors, warnings, infos = len(report.errors), len(report.warnings), len(report.infos)
    print(f"{args.file}: {errors} errors, {warnings} warnings, {infos} infos")
    return 0 if report.ok else 1


def _cmd_convert(args: argparse.Namespace) -> int:
    portfolio = _load(args.input, args.home)
    out = pathlib.Path(args.output)
    if out.suffix.lower() == ".json":
        portfolio.save(out)
    elif out.exists() and not out.is_dir():
        raise _UsageError(f"{args.output}: exists and is not a directory (CSV output is a directory)")
    else:
        portfolio.to_csv(out, excel_bom=args.excel_bom)
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Report on, validate and convert portfolios of sub-national foreign relations.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_core.__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    home_help = "home government's ISO 3166-2 code, for a CSV directory without home.csv"

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
    convert.set_defaults(run=_cmd_convert)
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
