// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// The records of one kind in a portfolio: a contiguous vector, where a record's ID is
/// its position, and the index from each record's key to its ID, which keeps keys unique.
///
/// A Portfolio holds one Table per record kind and checks the rules that need more than
/// the table (record_key_problem, a program's partners) before it adds; the table itself
/// only assigns IDs and refuses a key it already holds. Record keys are TextIds of the
/// portfolio's TextPool, which add() and replace() take to spell a key in their messages.

#include <paradiplomacy/error.hpp>
#include <paradiplomacy/model/field.hpp>
#include <paradiplomacy/model/key_index.hpp>
#include <paradiplomacy/model/text_pool.hpp>
#include <paradiplomacy/values/id.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace paradiplomacy {

namespace detail {
template <class IdType>
struct id_tag;
template <class Tag>
struct id_tag<Id<Tag>> {
    using type = Tag;
};
}  // namespace detail

/// The records of kind `Record` (a struct with an `id` and a TextId `key`, described by
/// Description<Record>), in ID order.
template <class Record>
class Table {
public:
    using record_type = Record;
    using id_type = decltype(Record::id);
    using tag_type = typename detail::id_tag<id_type>::type;
    using const_iterator = typename std::vector<Record>::const_iterator;

    /// The kind as messages name it ("partner", "ODA engagement").
    static constexpr std::string_view kind = Description<Record>::name;

    /// Stores `record` under the next ID and returns it; the ID the record carries is
    /// ignored. Throws InvalidValue, changing nothing, when another record holds its key.
    id_type add(Record record, const TextPool& texts) {
        const id_type id(static_cast<typename id_type::value_type>(records_.size()));
        if (keys_.contains(record.key)) throw key_used(record.key, texts);
        record.id = id;
        records_.push_back(std::move(record));
        try {
            keys_.insert(records_.back().key, id.index());
        } catch (...) {  // out of memory: the table stays as it was
            records_.pop_back();
            throw;
        }
        return id;
    }

    /// Puts `record` in the place of the record with its ID. Throws NotFound for an ID not
    /// in the table and InvalidValue when another record holds its key; either way the
    /// table is left as it was.
    void replace(Record record, const TextPool& texts) {
        static_cast<void>(at(record.id));  // throws NotFound
        Record& old = records_[record.id.index()];
        if (record.key != old.key) {
            if (keys_.contains(record.key)) throw key_used(record.key, texts);
            keys_.insert(record.key, record.id.index());
            keys_.erase(old.key);
        }
        old = std::move(record);
    }

    /// The record with ID `id`. Throws NotFound when the table has none.
    [[nodiscard]] const Record& at(id_type id) const {
        if (!contains(id))
            throw NotFound(std::string(kind) + " #" + std::to_string(id.index()) + " is not in this portfolio");
        return records_[id.index()];
    }
    [[nodiscard]] bool contains(id_type id) const noexcept { return id.index() < records_.size(); }

    /// The ID of the record whose key is `key`.
    [[nodiscard]] std::optional<id_type> find(TextId key) const {
        if (const std::optional<std::uint32_t> position = keys_.find(key)) return id_type(*position);
        return std::nullopt;
    }
    /// The ID of the record whose key reads `key` in `texts`.
    [[nodiscard]] std::optional<id_type> find(std::string_view key, const TextPool& texts) const {
        const std::optional<TextId> text_id = texts.find(key);
        if (!text_id) return std::nullopt;
        return find(*text_id);
    }

    [[nodiscard]] std::span<const Record> records() const noexcept { return records_; }
    [[nodiscard]] const_iterator begin() const noexcept { return records_.begin(); }
    [[nodiscard]] const_iterator end() const noexcept { return records_.end(); }
    [[nodiscard]] std::size_t size() const noexcept { return records_.size(); }
    [[nodiscard]] bool empty() const noexcept { return records_.empty(); }

    /// Makes room for `count` records in all, in the vector and in the key index, so that
    /// a bulk load neither moves the records nor rehashes the keys while it adds them.
    void reserve(std::size_t count) {
        records_.reserve(count);
        keys_.reserve(count);
    }

private:
    [[nodiscard]] static InvalidValue key_used(TextId key, const TextPool& texts) {
        return InvalidValue(std::string(kind) + " id \"" + std::string(texts.view(key)) + "\" is used twice");
    }

    std::vector<Record> records_;
    KeyIndex keys_;
};

}  // namespace paradiplomacy
