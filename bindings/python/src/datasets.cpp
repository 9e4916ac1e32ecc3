// SPDX-License-Identifier: Apache-2.0
// The datasets built into the library (paradiplomacy.datasets re-exports them).

#include "bindings.hpp"
#include "records.hpp"

#include <paradiplomacy/datasets/gyeonggi.hpp>

#include <memory>
#include <string>

namespace paradiplomacy::python {

void init_datasets(py::module_& m) {
    m.def(
        "dataset_gyeonggi",
        [] {
            py::gil_scoped_release release;
            return std::make_shared<Portfolio>(datasets::gyeonggi());
        },
        "The bundled Gyeonggi-do (KR-41) portfolio, a new copy on each call.");
    m.def(
        "dataset_gyeonggi_json", [] { return std::string(datasets::gyeonggi_json()); },
        "The bundled gyeonggi.portfolio.json, as text.");
    m.def(
        "dataset_gyeonggi_published_figures", [] { return datasets::gyeonggi_published_figures(); },
        "The counts Gyeonggi-do published (Cultural Policy Bulletin Vol.3).");
}

}  // namespace paradiplomacy::python
