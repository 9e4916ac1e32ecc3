// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// The index from a record's key (a TextId) to its position in its Table: a flat
/// open-addressing table of 8-byte slots, linear probing, at most half full.
///
/// Why not std::unordered_map: a look-up there reads a bucket and then a node allocated
/// somewhere else, two cache misses once a table outgrows the cache; here it is one. A
/// bulk load (a million records) or a file built to make one name take many suffixes
/// (`-2`, `-3`, ...) looks keys up several times per record.

#include <paradiplomacy/values/id.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace paradiplomacy {

class KeyIndex {
public:
    /// The position stored for `key`.
    [[nodiscard]] std::optional<std::uint32_t> find(TextId key) const noexcept {
        if (slots_.empty()) return std::nullopt;
        for (std::size_t i = home(key);; i = next(i)) {
            const std::uint64_t s = slots_[i];
            if (s == 0) return std::nullopt;
            if (key_of(s) == key.index()) return position_of(s);
        }
    }
    [[nodiscard]] bool contains(TextId key) const noexcept { return find(key).has_value(); }

    /// Stores `position` for `key`, which the index must not hold yet.
    void insert(TextId key, std::uint32_t position) {
        if ((size_ + 1) * 2 > slots_.size()) rehash(slots_.empty() ? min_slots : slots_.size() * 2);
        std::size_t i = home(key);
        while (slots_[i] != 0) i = next(i);
        slots_[i] = slot(key.index(), position);
        ++size_;
    }

    /// Forgets `key`. Later slots of its probe run shift back into the gap (no tombstones),
    /// so that look-ups stay short however many keys are replaced.
    void erase(TextId key) noexcept {
        if (slots_.empty()) return;
        std::size_t gap = home(key);
        while (slots_[gap] != 0 && key_of(slots_[gap]) != key.index()) gap = next(gap);
        if (slots_[gap] == 0) return;
        for (std::size_t i = next(gap);; i = next(i)) {
            const std::uint64_t s = slots_[i];
            if (s == 0) break;
            // An entry may fill the gap when the gap lies on its probe run: between its
            // home slot and where it is now, cyclically.
            const std::size_t h = home(TextId(key_of(s)));
            const bool gap_on_run = gap <= i ? (h <= gap || h > i) : (h <= gap && h > i);
            if (gap_on_run) {
                slots_[gap] = s;
                gap = i;
            }
        }
        slots_[gap] = 0;
        --size_;
    }

    /// Makes room for `count` keys in all, so that adding them does not rehash.
    void reserve(std::size_t count) {
        std::size_t n = min_slots;
        while (n < count * 2) n *= 2;
        if (n > slots_.size()) rehash(n);
    }

    [[nodiscard]] std::size_t size() const noexcept { return size_; }

private:
    static constexpr std::size_t min_slots = 16;

    // A slot holds key + 1 in its high half (0: empty) and the position in its low half;
    // TextPool never hands out the TextId 2^32 - 1, whose key + 1 would not fit.
    [[nodiscard]] static constexpr std::uint64_t slot(std::uint32_t key, std::uint32_t position) noexcept {
        return (std::uint64_t{key} + 1) << 32 | position;
    }
    [[nodiscard]] static constexpr std::uint32_t key_of(std::uint64_t s) noexcept {
        return static_cast<std::uint32_t>((s >> 32) - 1);
    }
    [[nodiscard]] static constexpr std::uint32_t position_of(std::uint64_t s) noexcept {
        return static_cast<std::uint32_t>(s);
    }
    // A key's home slot is its TextId modulo the table size. TextIds are dense and given
    // in the order texts are first seen, so the keys of a bulk load fill nearby slots in
    // order (the cache sees a stream, not random reads). Keys only share a home when their
    // TextIds lie a multiple of the table size (at least twice the keys) apart, and every
    // TextId in between is a distinct text of the input: the probing such spacing causes
    // is bounded by the input's size.
    [[nodiscard]] std::size_t home(TextId key) const noexcept { return key.index() & (slots_.size() - 1); }
    [[nodiscard]] std::size_t next(std::size_t i) const noexcept { return (i + 1) & (slots_.size() - 1); }

    void rehash(std::size_t count) {
        std::vector<std::uint64_t> old(count, 0);
        old.swap(slots_);
        for (const std::uint64_t s : old) {
            if (s == 0) continue;
            std::size_t i = home(TextId(key_of(s)));
            while (slots_[i] != 0) i = next(i);
            slots_[i] = s;
        }
    }

    std::vector<std::uint64_t> slots_;
    std::size_t size_ = 0;
};

}  // namespace paradiplomacy
