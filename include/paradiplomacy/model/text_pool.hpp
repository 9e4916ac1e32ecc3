// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Interned text. Names, sources, fields of cooperation and organisation names repeat
/// across records; a portfolio stores each distinct string once and records hold a
/// 4-byte TextId. TextId{0} is always the empty string.

#include <paradiplomacy/error.hpp>
#include <paradiplomacy/values/id.hpp>

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace paradiplomacy {

class TextPool {
public:
    TextPool() { intern(std::string_view()); }
    TextPool(const TextPool& other) { *this = other; }
    TextPool& operator=(const TextPool& other) {
        if (this == &other) return *this;
        strings_.clear();
        lookup_.clear();
        for (const auto& s : other.strings_) intern(s);
        return *this;
    }
    TextPool(TextPool&&) noexcept = default;
    TextPool& operator=(TextPool&&) noexcept = default;

    /// The ID of `text`, adding it when new.
    TextId intern(std::string_view text) {
        if (const auto it = lookup_.find(text); it != lookup_.end()) return TextId(it->second);
        const auto index = static_cast<std::uint32_t>(strings_.size());
        const std::string& stored = strings_.emplace_back(text);
        lookup_.emplace(std::string_view(stored), index);  // deque keeps `stored` where it is
        return TextId(index);
    }
    /// The ID of `text` if it is in the pool.
    [[nodiscard]] std::optional<TextId> find(std::string_view text) const {
        if (const auto it = lookup_.find(text); it != lookup_.end()) return TextId(it->second);
        return std::nullopt;
    }
    /// Throws NotFound for an ID that this pool did not hand out.
    [[nodiscard]] std::string_view view(TextId id) const {
        if (id.index() >= strings_.size()) throw NotFound("text id " + std::to_string(id.index()) + " is not in this portfolio");
        return strings_[id.index()];
    }
    [[nodiscard]] std::size_t size() const noexcept { return strings_.size(); }

private:
    std::deque<std::string> strings_;
    std::unordered_map<std::string_view, std::uint32_t> lookup_;
};

}  // namespace paradiplomacy
