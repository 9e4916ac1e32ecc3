// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// A list field of a record, one pointer wide.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <iterator>
#include <limits>
#include <new>
#include <stdexcept>
#include <type_traits>
#include <utility>
#include <vector>

namespace paradiplomacy {

/// A list of small trivially copyable values (text ids, record ids) held out of line:
/// 8 bytes inside the record where a std::vector takes 24, and nothing allocated while
/// empty, as most records' lists are. Queries scan records by the million, so a record's
/// size is their speed (BENCHMARKS.md, the design changes). Copies are deep; order is kept.
///
/// The block holds a header (size and capacity) and then the items. It grows by doubling,
/// so push_back is amortised constant time like a vector's.
template <class T>
class CompactList {
    static_assert(std::is_trivially_copyable_v<T>, "items are copied as bytes");
    static_assert(alignof(T) <= alignof(std::uint64_t), "items follow an 8-byte header");

    struct Header {
        std::uint32_t size;
        std::uint32_t capacity;
    };
    static_assert(sizeof(Header) == 8);

public:
    using value_type = T;
    using size_type = std::size_t;
    using difference_type = std::ptrdiff_t;
    using reference = T&;
    using const_reference = const T&;
    using pointer = T*;
    using const_pointer = const T*;
    using iterator = T*;
    using const_iterator = const T*;

    CompactList() noexcept = default;
    CompactList(std::initializer_list<T> items) { assign(items.begin(), items.end()); }
    template <class InputIt>
    requires(!std::is_integral_v<InputIt>) CompactList(InputIt first, InputIt last) { assign(first, last); }
    CompactList(const CompactList& other) { assign(other.begin(), other.end()); }
    CompactList(CompactList&& other) noexcept : block_(std::exchange(other.block_, nullptr)) {}
    CompactList& operator=(const CompactList& other) {
        if (this != &other) assign(other.begin(), other.end());
        return *this;
    }
    CompactList& operator=(CompactList&& other) noexcept {
        if (this != &other) {
            release();
            block_ = std::exchange(other.block_, nullptr);
        }
        return *this;
    }
    CompactList& operator=(std::initializer_list<T> items) {
        assign(items.begin(), items.end());
        return *this;
    }
    ~CompactList() { release(); }

    template <class InputIt>
    void assign(InputIt first, InputIt last) {
        clear();
        if constexpr (std::is_base_of_v<std::forward_iterator_tag,
                                        typename std::iterator_traits<InputIt>::iterator_category>)
            reserve(static_cast<size_type>(std::distance(first, last)));
        for (; first != last; ++first) push_back(*first);
    }

    [[nodiscard]] size_type size() const noexcept { return block_ ? block_->size : 0; }
    [[nodiscard]] bool empty() const noexcept { return size() == 0; }
    [[nodiscard]] size_type capacity() const noexcept { return block_ ? block_->capacity : 0; }

    [[nodiscard]] T* data() noexcept { return block_ ? items() : nullptr; }
    [[nodiscard]] const T* data() const noexcept { return block_ ? items() : nullptr; }
    [[nodiscard]] iterator begin() noexcept { return data(); }
    [[nodiscard]] iterator end() noexcept { return data() + size(); }
    [[nodiscard]] const_iterator begin() const noexcept { return data(); }
    [[nodiscard]] const_iterator end() const noexcept { return data() + size(); }
    [[nodiscard]] const_iterator cbegin() const noexcept { return begin(); }
    [[nodiscard]] const_iterator cend() const noexcept { return end(); }

    T& operator[](size_type i) noexcept { return items()[i]; }
    const T& operator[](size_type i) const noexcept { return items()[i]; }
    T& at(size_type i) {
        if (i >= size()) throw std::out_of_range("CompactList::at: index out of range");
        return items()[i];
    }
    const T& at(size_type i) const {
        if (i >= size()) throw std::out_of_range("CompactList::at: index out of range");
        return items()[i];
    }
    T& front() noexcept { return items()[0]; }
    const T& front() const noexcept { return items()[0]; }
    T& back() noexcept { return items()[size() - 1]; }
    const T& back() const noexcept { return items()[size() - 1]; }

    void push_back(const T& item) {
        const size_type n = size();
        if (n == capacity()) {
            const T copy = item;  // `item` may live in the block about to move
            grow_to(n == 0 ? 1 : 2 * n);
            items()[n] = copy;
        } else {
            items()[n] = item;
        }
        block_->size = static_cast<std::uint32_t>(n + 1);
    }
    void pop_back() noexcept { --block_->size; }
    void reserve(size_type n) {
        if (n > capacity()) grow_to(n);
    }
    /// Keeps the block, as std::vector::clear keeps its capacity.
    void clear() noexcept {
        if (block_) block_->size = 0;
    }

    friend bool operator==(const CompactList& a, const CompactList& b) noexcept {
        return std::equal(a.begin(), a.end(), b.begin(), b.end());
    }

private:
    static constexpr size_type max_items =
        (std::numeric_limits<std::uint32_t>::max() - sizeof(Header)) / (sizeof(T) == 0 ? 1 : sizeof(T));

    T* items() const noexcept { return reinterpret_cast<T*>(reinterpret_cast<char*>(block_) + sizeof(Header)); }

    void grow_to(size_type n) {
        if (n > max_items) throw std::length_error("CompactList: too many items");
        auto* grown = static_cast<Header*>(::operator new(sizeof(Header) + n * sizeof(T)));
        const size_type kept = size();
        grown->size = static_cast<std::uint32_t>(kept);
        grown->capacity = static_cast<std::uint32_t>(n);
        if (kept != 0) std::memcpy(reinterpret_cast<char*>(grown) + sizeof(Header), items(), kept * sizeof(T));
        release();
        block_ = grown;
    }
    void release() noexcept {
        ::operator delete(block_);
        block_ = nullptr;
    }

    Header* block_ = nullptr;
};

/// Whether a field's type is a list (a CompactList, or a std::vector of parts), and of what:
/// the formats read and write both kinds alike.
template <class V>
struct is_list : std::false_type {};
template <class T>
struct is_list<std::vector<T>> : std::true_type {};
template <class T>
struct is_list<CompactList<T>> : std::true_type {};
template <class V>
inline constexpr bool is_list_v = is_list<V>::value;
template <class V, class Item>
inline constexpr bool is_list_of_v = false;
template <class Item>
inline constexpr bool is_list_of_v<std::vector<Item>, Item> = true;
template <class Item>
inline constexpr bool is_list_of_v<CompactList<Item>, Item> = true;

}  // namespace paradiplomacy
