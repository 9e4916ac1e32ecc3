// SPDX-License-Identifier: Apache-2.0
#pragma once
/// \file
/// Money that moved for an engagement, summed per calendar year, transaction type and
/// currency: the figures an office reports (committed, disbursed, spent per year)
/// without keeping every IATI transaction line.

#include <paradiplomacy/values/enum_names.hpp>
#include <paradiplomacy/values/money.hpp>

#include <array>
#include <cstdint>
#include <string_view>

namespace paradiplomacy {

/// IATI TransactionType codes 1-13, in that order.
enum class TransactionType : std::uint8_t {
    incoming_funds,
    outgoing_commitment,
    disbursement,
    expenditure,
    interest_payment,
    loan_repayment,
    reimbursement,
    purchase_of_equity,
    sale_of_equity,
    credit_guarantee,
    incoming_commitment,
    outgoing_pledge,
    incoming_pledge,
};
constexpr auto enum_names(TransactionType) noexcept {
    return std::array<std::string_view, 13>{
        "incoming_funds",      "outgoing_commitment", "disbursement",       "expenditure",    "interest_payment",
        "loan_repayment",      "reimbursement",       "purchase_of_equity", "sale_of_equity", "credit_guarantee",
        "incoming_commitment", "outgoing_pledge",     "incoming_pledge"};
}
/// The IATI code of a transaction type (incoming_funds is 1).
[[nodiscard]] constexpr int iati_code(TransactionType type) noexcept { return static_cast<int>(type) + 1; }

/// The sum of one engagement's transactions of one type, dated in one year, in one
/// currency. Transactions in different currencies are never added.
struct TransactionTotal {
    int year = 0;  ///< The year of the transaction date.
    TransactionType type = TransactionType::disbursement;
    Money amount{0.0, CurrencyCode("XXX")};
    std::uint32_t count = 0;  ///< How many transactions the total sums.
    friend bool operator==(const TransactionTotal&, const TransactionTotal&) = default;
};

}  // namespace paradiplomacy
