# SPDX-License-Identifier: Apache-2.0
"""Shared fixtures: a small portfolio after Gyeonggi-do's public ties."""

from __future__ import annotations

import paradiplomacy as pd
import pytest


@pytest.fixture()
def gyeonggi() -> pd.Portfolio:
    p = pd.Portfolio("KR-41", name_en="Gyeonggi-do", name_local="경기도")
    p.add_municipality("suwon", name_en="Suwon", name_local="수원시")
    p.add_partner(
        "cn-hebei",
        level=pd.PartnerLevel.REGION,
        region="CN-HE",
        name_en="Hebei",
        name_local="河北省",
    )
    p.add_designation("cn-hebei-priority", partner="cn-hebei", kind="priority", start="2000")
    p.add_partner("ca-bc", level="region", region="CA-BC", name_en="British Columbia")
    p.add_partner("mn", level="country", country="MN", name_en="Mongolia")
    p.add_designation("mn-strategic-oda", partner="mn", kind=pd.DesignationKind.STRATEGIC_ODA, start="2016")
    p.add_agreement(
        "gg-hebei-mou-2008",
        partner="cn-hebei",
        kind=pd.AgreementKind.FRIENDSHIP,
        signed_on="2008-10",
        fields=["economy", "culture"],
    )
    p.add_agreement(
        "gg-hebei-sister-2009",
        partner="cn-hebei",
        kind="sister",
        signed_on="2009-06-22",
        supersedes="gg-hebei-mou-2008",
        council_approval=pd.CouncilApproval.APPROVED,
        source="https://example.org/hebei",
    )
    return p
