// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Interned text. Names, sources, fields of cooperation and organisation names repeat
/// across records; a portfolio stores each distinct string once and records hold a
/// 4-byte TextId. TextId{0} is always the empty string.
///
/// Layout: the characters live in large arena blocks that never move (so a view stays
/// valid while the pool grows), each string is a (pointer, length) view with its 32-bit
/// hash beside it, and look-up is an open-addressing table of 4-byte slots. A million
/// record ids cost about 40 bytes each with their characters, against about 110 with a
/// std::string and a node-based map per entry, and interning allocates only when a block
/// fills (measured in BENCHMARKS.md: loading a portfolio interns every record id). The
/// arena and the table are not API: they are defined in lib/model/text_pool.cpp.

#include <paradiplomacy/error.hpp>
#include <paradiplomacy/values/id.hpp>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace paradiplomacy {

class TextPool {
public:
    TextPool() { intern(std::string_view()); }
    TextPool(const TextPool& other) { *this = other; }
    TextPool& operator=(const TextPool& other);
    TextPool(TextPool&& other) noexcept { *this = std::move(other); }
    TextPool& operator=(TextPool&& other) noexcept {
        if (this == &other) return *this;
        blocks_ = std::move(other.blocks_);
        next_ = std::exchange(other.next_, nullptr);  // the moved-from pool must not write into these blocks
        free_ = std::exchange(other.free_, 0);
        block_bytes_ = std::exchange(other.block_bytes_, 0);
        strings_ = std::move(other.strings_);
        hashes_ = std::move(other.hashes_);
        slots_ = std::move(other.slots_);
        other.strings_.clear();
        other.hashes_.clear();
        other.slots_.clear();
        return *this;
    }

    /// The ID of `text`, adding it when new.
    TextId intern(std::string_view text);
    /// The ID of `text` if it is in the pool.
    [[nodiscard]] std::optional<TextId> find(std::string_view text) const;
    /// Throws NotFound for an ID that this pool did not hand out.
    [[nodiscard]] std::string_view view(TextId id) const {
        if (id.index() >= strings_.size())
            throw NotFound("text id " + std::to_string(id.index()) + " is not in this portfolio");
        return strings_[id.index()];
    }
    [[nodiscard]] std::size_t size() const noexcept { return strings_.size(); }
    /// Makes room for `count` strings in all, so that interning them does not rehash.
    void reserve(std::size_t count);
    /// Heap bytes held (arena blocks, views, hashes and slots).
    [[nodiscard]] std::size_t memory_bytes() const noexcept {
        return block_bytes_ + strings_.capacity() * sizeof(std::string_view) +
               hashes_.capacity() * sizeof(std::uint32_t) + slots_.capacity() * sizeof(std::uint32_t);
    }

private:
    explicit TextPool(std::size_t count);

    // The arena and the hash table, defined in lib/model/text_pool.cpp.
    const std::uint32_t* find_slot(std::string_view text, std::uint32_t h) const noexcept;
    std::uint32_t* find_slot(std::string_view text, std::uint32_t h) noexcept;
    std::uint32_t append(std::string_view text, std::uint32_t h);
    std::string_view store(std::string_view text);
    void rehash(std::size_t wanted);

    std::vector<std::unique_ptr<char[]>> blocks_;
    char* next_ = nullptr;
    std::size_t free_ = 0;
    std::size_t block_bytes_ = 0;
    std::vector<std::string_view> strings_;
    std::vector<std::uint32_t> hashes_;
    std::vector<std::uint32_t> slots_;  ///< index + 1 of a string; 0: empty
};

}  // namespace paradiplomacy
