# SPDX-License-Identifier: Apache-2.0
"""Datasets built into the package.

:func:`gyeonggi` is the Gyeonggi-do (``KR-41``, 경기도) portfolio as far as public sources
confirm it (every record names its source); :func:`gyeonggi_published_figures` the counts
the province published, for ``Portfolio.report(published=...)``.
"""

from ._core import (
    dataset_gyeonggi as gyeonggi,
)
from ._core import (
    dataset_gyeonggi_json as gyeonggi_json,
)
from ._core import (
    dataset_gyeonggi_published_figures as gyeonggi_published_figures,
)

__all__ = ["gyeonggi", "gyeonggi_json", "gyeonggi_published_figures"]
