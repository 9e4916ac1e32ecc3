// SPDX-License-Identifier: Apache-2.0
// The arena and the open-addressing table behind TextPool (model/text_pool.hpp).
#include <paradiplomacy/model/text_pool.hpp>

#include <cstring>
#include <utility>

namespace paradiplomacy {

namespace {

constexpr std::size_t block_size = std::size_t(1) << 18;  // 256 KiB
constexpr std::size_t min_slots = 16;

// A short multiply-xorshift hash: strings here are short (ids, codes, names), so
// 8 bytes per step and a final avalanche are enough for a power-of-two table.
std::uint32_t hash(std::string_view text) noexcept {
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

}  // namespace

TextPool::TextPool(std::size_t count) {
    reserve(count);
    intern(std::string_view());
}

TextPool& TextPool::operator=(const TextPool& other) {
    if (this == &other) return *this;
    TextPool copy(other.size());
    for (std::size_t i = 1; i < other.strings_.size(); ++i) copy.append(other.strings_[i], other.hashes_[i]);
    *this = std::move(copy);
    return *this;
}

TextId TextPool::intern(std::string_view text) {
    const std::uint32_t h = hash(text);
    // Room first, so that the slot the probe ends on is the one a new string takes: one walk.
    if ((strings_.size() + 1) * 2 > slots_.size()) rehash(slots_.size() * 2);
    std::uint32_t* slot = find_slot(text, h);
    if (*slot == 0) {
        const auto index = static_cast<std::uint32_t>(strings_.size());
        strings_.push_back(store(text));
        hashes_.push_back(h);
        *slot = index + 1;  // last: a failed allocation above leaves the table as it was
    }
    return TextId(*slot - 1);
}

std::optional<TextId> TextPool::find(std::string_view text) const {
    if (slots_.empty()) return std::nullopt;
    const std::uint32_t slot = *find_slot(text, hash(text));
    if (slot != 0) return TextId(slot - 1);
    return std::nullopt;
}

void TextPool::reserve(std::size_t count) {
    strings_.reserve(count);
    hashes_.reserve(count);
    if (count * 2 > slots_.size()) rehash(count * 2);
}

// The slot holding `text` (its index + 1), or the empty slot (0) where it would go.
const std::uint32_t* TextPool::find_slot(std::string_view text, std::uint32_t h) const noexcept {
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
        const std::uint32_t s = slots_[i];
        if (s == 0) return &slots_[i];
        if (hashes_[s - 1] == h && strings_[s - 1] == text) return &slots_[i];
    }
}

std::uint32_t* TextPool::find_slot(std::string_view text, std::uint32_t h) noexcept {
    if (slots_.empty()) rehash(min_slots);
    return const_cast<std::uint32_t*>(std::as_const(*this).find_slot(text, h));
}

// Stores a string known to be new and returns its index.
std::uint32_t TextPool::append(std::string_view text, std::uint32_t h) {
    if ((strings_.size() + 1) * 2 > slots_.size()) rehash(slots_.size() * 2);
    const auto index = static_cast<std::uint32_t>(strings_.size());
    strings_.push_back(store(text));
    hashes_.push_back(h);
    *find_slot(text, h) = index + 1;
    return index;
}

std::string_view TextPool::store(std::string_view text) {
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

void TextPool::rehash(std::size_t wanted) {
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

}  // namespace paradiplomacy
