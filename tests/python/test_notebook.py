# SPDX-License-Identifier: Apache-2.0
"""examples/gyeonggi_analysis.ipynb runs top to bottom and shows what the library says."""

from __future__ import annotations

import datetime
import json
import pathlib

import paradiplomacy as pd
import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
NOTEBOOK = ROOT / "examples" / "gyeonggi_analysis.ipynb"

# A cell appended to the notebook: what it computed, as one JSON line.
PROBE = """
import json
print("PROBE " + json.dumps({
    "figures": len(plt.get_fignums()),
    "errors": len(report.errors),
    "findings": len(findings),
    "dormant_certain": dormant_frame.loc[dormant_frame["dormant"] == "certainly", "partner"].tolist(),
    "dormant_possible": dormant_frame.loc[dormant_frame["dormant"] == "possibly", "partner"].tolist(),
    "ties_2017": [int(certain.loc[2017].sum()), int(with_possible.loc[2017].sum())],
    "oda_engagements": int(oda_by_country_year.to_numpy().sum()),
    "budgets": len(budgets),
    "gap": gap[["published", "records (certain)", "records (possible)"]].values.tolist(),
}))
"""


def test_notebook_runs(monkeypatch: pytest.MonkeyPatch, tmp_path: pathlib.Path) -> None:
    pytest.importorskip("pandas")
    pytest.importorskip("matplotlib")
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    monkeypatch.setenv("MPLBACKEND", "Agg")

    notebook = nbformat.read(NOTEBOOK, as_version=4)
    # Committed without outputs, so that a diff shows changes to the code only.
    for cell in notebook.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None
    notebook.cells.append(nbformat.v4.new_code_cell(PROBE))
    # "python3" is the kernel of the interpreter running the tests (ipykernel in the same venv).
    client = nbclient.NotebookClient(
        notebook, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}
    )
    client.execute()  # raises CellExecutionError on the first cell that fails

    streams = [out for cell in notebook.cells if cell.cell_type == "code" for out in cell.outputs]
    assert not [out for out in streams if out.output_type == "error"]
    probe = next(out.text for out in streams if out.output_type == "stream" and out.text.startswith("PROBE "))
    got = json.loads(probe.removeprefix("PROBE "))

    gg = pd.datasets.gyeonggi()
    published = pd.datasets.gyeonggi_published_figures()
    as_of = datetime.date(2017, 12, 31)
    assert got["figures"] == 4  # ties over time, timeline, ODA, published vs records
    report = gg.validate(today=datetime.date(2025, 1, 1))
    assert got["errors"] == len(report.errors) and got["findings"] == len(report)
    dormant = gg.dormant_ties(as_of, years=3)
    assert got["dormant_certain"] == [d.partner.key for d in dormant.certain]
    assert got["dormant_possible"] == [d.partner.key for d in dormant.possible]
    ties = gg.ties_in_force(datetime.date(2017, 12, 31))
    assert got["ties_2017"] == [len(ties.certain), len(ties.certain) + len(ties.possible)]
    assert got["oda_engagements"] == len(gg.engagements)
    assert got["budgets"] == len(gg.oda_budget()) == 0  # the dataset records no budgets
    expected_gap = [
        [c.published, c.recorded.certain, c.recorded.possible] for c in gg.compare_with_published(published)
    ]
    assert got["gap"] == expected_gap
    # The library's comparison agrees with the coverage query it rests on.
    sister = next(
        c
        for c in gg.compare_with_published(published)
        if c.measure == pd.FigureMeasure.PARTNER_COUNTRIES
        and list(c.figure.kinds) == [pd.AgreementKind.SISTER]
        and c.figure.government == "home"
    )
    coverage = gg.coverage_by_kind(sister.on, kinds=[pd.AgreementKind.SISTER])
    assert sister.recorded.certain == sum(c.countries.certain for c in coverage)
    assert sister.published == 10
