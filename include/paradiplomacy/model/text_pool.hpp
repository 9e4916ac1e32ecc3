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
/// fills (measured in BENCHMARKS.md: loading a portfolio interns every record id).

#include <paradiplomacy/error.hpp>
#include <paradiplomacy/values/id.hpp>

#include <cstdint>
#include <cstring>
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
    TextPool& operator=(const TextPool& other) {
        if (this == &other) return *this;
        TextPool copy(other.size());
        for (std::size_t i = 1; i < other.strings_.size(); ++i) copy.append(other.strings_[i], other.hashes_[i]);
        *this = std::move(copy);
        return *this;
    }
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
    TextId intern(std::string_view text) {
        const std::uint32_t h = hash(text);
        make_room_for_one();  // first, so that the slot found is the one a new string takes
        std::uint32_t* slot = find_slot(text, h);
        if (*slot == 0) *slot = push(text, h) + 1;
        return TextId(*slot - 1);
    }
    /// The ID of `text` if it is in the pool.
    [[nodiscard]] std::optional<TextId> find(std::string_view text) const {
        if (slots_.empty()) return std::nullopt;
        const std::uint32_t slot = *find_slot(text, hash(text));
        if (slot != 0) return TextId(slot - 1);
        return std::nullopt;
    }
    /// Throws NotFound for an ID that this pool did not hand out.
    [[nodiscard]] std::string_view view(TextId id) const {
        if (id.index() >= strings_.size())
            throw NotFound("text id " + std::to_string(id.index()) + " is not in this portfolio");
        return strings_[id.index()];
    }
    [[nodiscard]] std::size_t size() const noexcept { return strings_.size(); }
    /// Makes room for `count` strings in all, so that interning them does not rehash.
    void reserve(std::size_t count) {
        strings_.reserve(count);
        hashes_.reserve(count);
        if (count * 2 > slots_.size()) rehash(count * 2);
    }
    /// Heap bytes held (arena blocks, views, hashes and slots).
    [[nodiscard]] std::size_t memory_bytes() const noexcept {
        return block_bytes_ + strings_.capacity() * sizeof(std::string_view) +
               hashes_.capacity() * sizeof(std::uint32_t) + slots_.capacity() * sizeof(std::uint32_t);
    }

private:
    static constexpr std::size_t block_size = std::size_t(1) << 18;  // 256 KiB
    static constexpr std::size_t min_slots = 16;

    explicit TextPool(std::size_t count) {
        reserve(count);
        intern(std::string_view());
    }

    // A short multiply-xorshift hash: strings here are short (ids, codes, names), so
    // 8 bytes per step and a final avalanche are enough for a power-of-two table.
    static std::uint32_t hash(std::string_view text) noexcept {
        constexpr std::uint64_t k = 0x9E3779B97F4A7C15ULL;
        std::uint64_t h = 0x243F6A8885A308D3ULL ^ (text.size() * k);
        const char* p = text.data();
        std::size_t n = text.size();
        for (; n >= 8; n -= 8, p += 8) {
            std::uint64_t word;
            std::memcpy(&word, p, 8);
            h = (h ^ word) * k;
            h ^= h >> 29;
        }
        if (n > 0) {
            std::uint64_t word = 0;
            std::memcpy(&word, p, n);
            h = (h ^ word) * k;
        }
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDULL;
        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53ULL;
        h ^= h >> 33;
        return static_cast<std::uint32_t>(h);
    }

    // The slot holding `text` (its index + 1), or the empty slot (0) where it would go.
    const std::uint32_t* find_slot(std::string_view text, std::uint32_t h) const noexcept {
        const std::size_t mask = slots_.size() - 1;
        for (std::size_t i = h & mask;; i = (i + 1) & mask) {
            const std::uint32_t s = slots_[i];
            if (s == 0) return &slots_[i];
            if (hashes_[s - 1] == h && strings_[s - 1] == text) return &slots_[i];
        }
    }
    std::uint32_t* find_slot(std::string_view text, std::uint32_t h) noexcept {
        return const_cast<std::uint32_t*>(std::as_const(*this).find_slot(text, h));
    }

    // Keeps the table at most half full with one more string in it.
    void make_room_for_one() {
        if ((strings_.size() + 1) * 2 > slots_.size()) rehash(slots_.size() * 2);
    }

    // Stores a string known to be new and returns its index.
    std::uint32_t append(std::string_view text, std::uint32_t h) {
        make_room_for_one();
        const std::uint32_t index = push(text, h);
        *find_slot(text, h) = index + 1;
        return index;
    }

    // Stores the characters, the view and the hash of a new string; returns its index.
    std::uint32_t push(std::string_view text, std::uint32_t h) {
        const auto index = static_cast<std::uint32_t>(strings_.size());
        strings_.push_back(store(text));
        hashes_.push_back(h);
        return index;
    }

    std::string_view store(std::string_view text) {
        if (text.empty()) return std::string_view();
        if (text.size() > block_size / 4) {  // large text gets a block of its own
            auto& block = blocks_.emplace_back(std::make_unique<char[]>(text.size()));
            block_bytes_ += text.size();
            std::memcpy(block.get(), text.data(), text.size());
            return {block.get(), text.size()};
        }
        if (free_ < text.size()) {
            blocks_.push_back(std::make_unique<char[]>(block_size));
            block_bytes_ += block_size;
            next_ = blocks_.back().get();
            free_ = block_size;
        }
        char* at = next_;
        std::memcpy(at, text.data(), text.size());
        next_ += text.size();
        free_ -= text.size();
        return {at, text.size()};
    }

    void rehash(std::size_t wanted) {
        std::size_t n = min_slots;
        while (n < wanted) n *= 2;
        if (n <= slots_.size()) return;
        slots_.assign(n, 0);
        const std::size_t mask = n - 1;
        for (std::size_t index = 0; index < strings_.size(); ++index) {
            std::size_t i = hashes_[index] & mask;
            while (slots_[i] != 0) i = (i + 1) & mask;
            slots_[i] = static_cast<std::uint32_t>(index + 1);
        }
    }

    std::vector<std::unique_ptr<char[]>> blocks_;
    char* next_ = nullptr;
    std::size_t free_ = 0;
    std::size_t block_bytes_ = 0;
    std::vector<std::string_view> strings_;
    std::vector<std::uint32_t> hashes_;
    std::vector<std::uint32_t> slots_;  ///< index + 1 of a string; 0: empty
};

}  // namespace paradiplomacy
