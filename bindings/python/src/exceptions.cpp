// SPDX-License-Identifier: Apache-2.0
// The one place where C++ exceptions become Python ones. Each Python class derives from
// the built-in a caller would already catch: ValueError, KeyError, OSError.

#include "bindings.hpp"

namespace paradiplomacy::python {

void init_exceptions(py::module_& m) {
    py::register_exception<InvalidValue>(m, "InvalidValueError", PyExc_ValueError).doc() =
        "A value broke its own rule: a malformed code or date, an impossible period.";
    auto not_found = py::register_exception<NotFound>(m, "NotFoundError", PyExc_KeyError);
    not_found.doc() = "A look-up by ID or key found nothing.";
    // KeyError's str() quotes its message; show the message as it is, like the others.
    not_found.attr("__str__") = py::module_::import("builtins").attr("BaseException").attr("__str__");
    py::register_exception<ValidationError>(m, "ValidationError", PyExc_ValueError).doc() =
        "Strict validation met an error; the message names the rule, the record and the field.";
    py::register_exception<FileError>(m, "FileError", PyExc_OSError).doc() =
        "A file could not be read or written, or does not hold a valid portfolio.";
}

}  // namespace paradiplomacy::python
