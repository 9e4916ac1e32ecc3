// SPDX-License-Identifier: Apache-2.0
#pragma once
// Tables as pandas DataFrames, built column by column in C++: one pass over the C++ rows
// fills a numpy array per numeric or date column, codes + categories per categorical
// column and Arrow buffers or a list per text column; paradiplomacy._frames.frame() (Python) then makes
// the DataFrame without touching individual rows. numpy and pandas are imported only
// when a frame is asked for.
//
// Column encodings handed to Python (a dict, in column order):
//   ("array", ndarray)                        int64, float64, bool or datetime64[D]
//   ("nullable_int", int64 ndarray, mask)     pandas Int64, mask True where missing
//   ("category", int32 codes, [categories])   pandas Categorical, code -1 where missing
//   ("object", [str | None, ...], any_text)   text; any_text False when every value is None
//   ("arrow", offsets, data, validity, nulls) text as the buffers of an Arrow large_string
//                                             array: int64 offsets (n + 1), UTF-8 bytes,
//                                             validity bitmap (uint8, bit set = a value;
//                                             None when every row has text), null count
// Text columns use "arrow" when pandas' default string dtype is backed by pyarrow
// (_frames.arrow_text()): no Python object per row; otherwise, or when every value is None
// (pandas infers object then), "object".
// A partial date becomes two columns: `name` (datetime64[D], its earliest day; NaT when
// unknown) and `name_precision` (category year/month/day).

#include "casters.hpp"

#include <paradiplomacy/values/enum_names.hpp>
#include <paradiplomacy/values/partial_date.hpp>

#include <pybind11/numpy.h>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <ranges>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace paradiplomacy::python {

class Columns {
public:
    /// Text, one str (or None) per row; `categorical` for few distinct values. `get` may
    /// return a string_view (no copy), a string, a code with view(), or an optional of these.
    template <class Range, class F>
    void strings(const char* name, const Range& rows, F get, bool categorical = false) {
        if (categorical) {
            add_category(name, rows, get);
            return;
        }
        if (arrow_text()) {
            add_arrow(name, rows, get);
            return;
        }
        // The list is filled with the C API: one new str per row and no accessor objects.
        const auto n = static_cast<py::ssize_t>(std::ranges::size(rows));
        py::list out(n);
        py::ssize_t i = 0;
        bool any_text = false;
        for (const auto& row : rows) {
            PyObject* value = new_str(get(row));
            any_text = any_text || value != Py_None;
            PyList_SET_ITEM(out.ptr(), i++, value);
        }
        cols_[name] = py::make_tuple("object", out, any_text);
    }

    /// Keys of linked records (an agreement's partner...): text views into the portfolio's
    /// own storage, one str per distinct text shared by the rows that name it.
    template <class Range, class F>
    void references(const char* name, const Range& rows, F get) {
        if (arrow_text()) {
            add_arrow(name, rows, get);
            return;
        }
        const auto n = static_cast<py::ssize_t>(std::ranges::size(rows));
        py::list out(n);
        std::unordered_map<const char*, PyObject*> made;  // borrowed: `out` holds them
        py::ssize_t i = 0;
        bool any_text = false;
        for (const auto& row : rows) {
            const std::optional<std::string_view> text = get(row);
            PyObject* value = nullptr;
            if (!text) {
                value = new_str(text);
            } else if (auto it = made.find(text->data()); it != made.end()) {  // the same stored text
                value = it->second;
                Py_INCREF(value);
            } else {
                value = new_str(*text);
                made[text->data()] = value;
            }
            any_text = any_text || value != Py_None;
            PyList_SET_ITEM(out.ptr(), i++, value);
        }
        cols_[name] = py::make_tuple("object", out, any_text);
    }

    /// Codes (country, currency, sector): a Categorical whose categories are the sorted
    /// distinct values.
    template <class Range, class F>
    void codes(const char* name, const Range& rows, F get) {
        strings(name, rows, get, true);
    }

    /// An enum as a Categorical whose categories are all its names, in enum order.
    template <class E, class Range, class F>
    void enums(const char* name, const Range& rows, F get) {
        const auto names = enum_names(E{});
        py::array_t<std::int32_t> codes(static_cast<py::ssize_t>(std::ranges::size(rows)));
        auto* out = codes.mutable_data();
        for (const auto& row : rows) {
            const std::optional<E> v = get(row);
            *out++ = v ? static_cast<std::int32_t>(*v) : -1;
        }
        py::list categories;
        for (const auto n : names) categories.append(py::str(std::string(n)));
        cols_[name] = py::make_tuple("category", codes, categories);
    }

    template <class Range, class F>
    void ints(const char* name, const Range& rows, F get) {
        py::array_t<std::int64_t> a(static_cast<py::ssize_t>(std::ranges::size(rows)));
        auto* out = a.mutable_data();
        for (const auto& row : rows) *out++ = static_cast<std::int64_t>(get(row));
        cols_[name] = py::make_tuple("array", a);
    }

    /// Integers that may be unknown: pandas' nullable Int64.
    template <class Range, class F>
    void optional_ints(const char* name, const Range& rows, F get) {
        const auto n = static_cast<py::ssize_t>(std::ranges::size(rows));
        py::array_t<std::int64_t> a(n);
        py::array_t<bool> mask(n);
        auto* out = a.mutable_data();
        auto* missing = mask.mutable_data();
        for (const auto& row : rows) {
            const auto v = get(row);
            *out++ = v ? static_cast<std::int64_t>(*v) : 0;
            *missing++ = !v.has_value();
        }
        cols_[name] = py::make_tuple("nullable_int", a, mask);
    }

    template <class Range, class F>
    void floats(const char* name, const Range& rows, F get) {
        py::array_t<double> a(static_cast<py::ssize_t>(std::ranges::size(rows)));
        auto* out = a.mutable_data();
        for (const auto& row : rows) *out++ = static_cast<double>(get(row));
        cols_[name] = py::make_tuple("array", a);
    }

    template <class Range, class F>
    void bools(const char* name, const Range& rows, F get) {
        py::array_t<bool> a(static_cast<py::ssize_t>(std::ranges::size(rows)));
        auto* out = a.mutable_data();
        for (const auto& row : rows) *out++ = static_cast<bool>(get(row));
        cols_[name] = py::make_tuple("array", a);
    }

    /// Full days (std::optional<Day>): datetime64[D], NaT when missing.
    template <class Range, class F>
    void days(const char* name, const Range& rows, F get) {
        py::array_t<std::int64_t> a(static_cast<py::ssize_t>(std::ranges::size(rows)));
        auto* out = a.mutable_data();
        for (const auto& row : rows) {
            const std::optional<Day> d = get(row);
            *out++ = d ? day_number(*d) : nat;
        }
        cols_[name] = py::make_tuple("array", a.attr("view")("datetime64[D]"));
    }

    /// Partial dates (std::optional<PartialDate>): `name` is the earliest day it can be
    /// (datetime64[D], NaT when missing), `name_precision` says how much of it is known.
    template <class Range, class F>
    void partial_dates(const char* name, const Range& rows, F get) {
        const auto n = static_cast<py::ssize_t>(std::ranges::size(rows));
        py::array_t<std::int64_t> a(n);
        py::array_t<std::int32_t> precision(n);
        auto* out = a.mutable_data();
        auto* prec = precision.mutable_data();
        for (const auto& row : rows) {
            const std::optional<PartialDate> d = get(row);
            *out++ = d ? day_number(d->earliest()) : nat;
            *prec++ = d ? static_cast<std::int32_t>(d->precision()) : -1;
        }
        cols_[name] = py::make_tuple("array", a.attr("view")("datetime64[D]"));
        py::list categories;
        for (const char* c : {"year", "month", "day"}) categories.append(py::str(c));
        cols_[(std::string(name) + "_precision").c_str()] = py::make_tuple("category", precision, categories);
    }

    /// The columns as a pandas.DataFrame (imports pandas).
    [[nodiscard]] py::object frame() const { return py::module_::import("paradiplomacy._frames").attr("frame")(cols_); }

private:
    static constexpr std::int64_t nat = std::numeric_limits<std::int64_t>::min();

    static std::int64_t day_number(const Day& d) { return (d - Day(1970, 1, 1)).days(); }

    /// Whether text columns are handed over as Arrow buffers (asked once per Columns).
    bool arrow_text() {
        if (!arrow_) arrow_ = py::module_::import("paradiplomacy._frames").attr("arrow_text")().cast<bool>();
        return *arrow_;
    }

    /// A text column as Arrow large_string buffers: one pass over the rows, the bytes
    /// copied once into numpy arrays; an all-None column stays a list of None (object).
    template <class Range, class F>
    void add_arrow(const char* name, const Range& rows, F get) {
        const auto n = static_cast<py::ssize_t>(std::ranges::size(rows));
        py::array_t<std::int64_t> offsets(n + 1);
        std::vector<std::uint8_t> validity(static_cast<std::size_t>((n + 7) / 8), 0);
        std::string data;
        auto* offset = offsets.mutable_data();
        std::int64_t nulls = 0;
        py::ssize_t i = 0;
        *offset++ = 0;
        for (const auto& row : rows) {
            const auto value = get(row);  // may own the text (a std::string)
            const std::optional<std::string_view> text = optional_view(value);
            if (text) {
                data.append(*text);
                validity[static_cast<std::size_t>(i >> 3)] |= static_cast<std::uint8_t>(1U << (i & 7));
            } else {
                ++nulls;
            }
            *offset++ = static_cast<std::int64_t>(data.size());
            ++i;
        }
        if (nulls == n) {  // pandas infers object for an all-None (or empty) column
            py::list out(n);
            for (py::ssize_t k = 0; k < n; ++k) {
                Py_INCREF(Py_None);
                PyList_SET_ITEM(out.ptr(), k, Py_None);
            }
            cols_[name] = py::make_tuple("object", out, false);
            return;
        }
        py::array_t<std::uint8_t> bytes(static_cast<py::ssize_t>(data.size()));
        std::ranges::copy(data, reinterpret_cast<char*>(bytes.mutable_data()));
        py::object mask = py::none();
        if (nulls > 0) {
            py::array_t<std::uint8_t> bits(static_cast<py::ssize_t>(validity.size()));
            std::ranges::copy(validity, bits.mutable_data());
            mask = bits;
        }
        cols_[name] = py::make_tuple("arrow", offsets, bytes, mask, nulls);
    }

    /// A new reference: a str, or None for an empty optional.
    template <class T>
    static PyObject* new_str(const T& v) {
        if constexpr (requires { v.has_value(); }) {
            if (!v) {
                Py_INCREF(Py_None);
                return Py_None;
            }
            return new_str(*v);
        } else {
            const std::string_view text = as_view(v);
            PyObject* s = PyUnicode_DecodeUTF8(text.data(), static_cast<py::ssize_t>(text.size()), nullptr);
            if (!s) throw py::error_already_set();
            return s;
        }
    }

    template <class T>
    static std::string_view as_view(const T& v) {
        if constexpr (requires { v.view(); })
            return v.view();
        else
            return std::string_view(v);
    }

    /// Codes of the distinct values in first-seen order, then renumbered so that the
    /// categories are sorted; one hash look-up per row.
    template <class Range, class F>
    void add_category(const char* name, const Range& rows, F get) {
        const auto n = static_cast<py::ssize_t>(std::ranges::size(rows));
        py::array_t<std::int32_t> codes(n);
        auto* out = codes.mutable_data();
        std::unordered_map<std::string, std::int32_t> index;
        std::vector<std::string> seen;
        for (const auto& row : rows) {
            const auto v = get(row);
            const std::optional<std::string_view> text = optional_view(v);
            if (!text) {
                *out++ = -1;
                continue;
            }
            auto [it, added] = index.try_emplace(std::string(*text), static_cast<std::int32_t>(seen.size()));
            if (added) seen.push_back(it->first);
            *out++ = it->second;
        }
        std::vector<std::int32_t> order(seen.size());
        for (std::size_t k = 0; k < order.size(); ++k) order[k] = static_cast<std::int32_t>(k);
        std::ranges::sort(order, [&](std::int32_t a, std::int32_t b) { return seen[a] < seen[b]; });
        std::vector<std::int32_t> renumber(seen.size());
        py::list categories;
        for (std::size_t k = 0; k < order.size(); ++k) {
            renumber[order[k]] = static_cast<std::int32_t>(k);
            categories.append(py::str(seen[order[k]]));
        }
        auto* code = codes.mutable_data();
        for (py::ssize_t k = 0; k < n; ++k)
            if (code[k] >= 0) code[k] = renumber[code[k]];
        cols_[name] = py::make_tuple("category", codes, categories);
    }

    template <class T>
    static std::optional<std::string_view> optional_view(const T& v) {
        if constexpr (requires { v.has_value(); }) {
            if (!v) return std::nullopt;
            return optional_view(*v);
        } else {
            return as_view(v);
        }
    }

    py::dict cols_;
    std::optional<bool> arrow_;
};

}  // namespace paradiplomacy::python
