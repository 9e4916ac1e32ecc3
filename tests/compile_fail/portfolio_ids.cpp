// SPDX-License-Identifier: Apache-2.0
// The Portfolio's look-ups take the ID of their own kind only. Built as a control (must
// compile) and with PD_CASE_PORTFOLIO_LOOKUP_WRONG_KIND or PD_CASE_POLICY_GOAL_AS_TASK (must
// not); see tests/CMakeTests.cmake.
#include <paradiplomacy/model/portfolio.hpp>

namespace pd = paradiplomacy;

int main() {
    const pd::Portfolio portfolio(pd::SubdivisionCode("KR-41"));
    const pd::PartnerId partner(0);
    const pd::AgreementId agreement(0);
    int sum = static_cast<int>(portfolio.contains(agreement)) + static_cast<int>(portfolio.contains(partner));
#if defined(PD_CASE_PORTFOLIO_LOOKUP_WRONG_KIND)
    sum += static_cast<int>(portfolio.agreement(partner).id.index());
#elif defined(PD_CASE_POLICY_GOAL_AS_TASK)
    pd::ExchangeProgram program;
    program.policy_tasks.push_back(pd::PolicyGoalId(0));  // a program serves tasks, not goals
    sum += static_cast<int>(program.policy_tasks.size());
#endif
    return sum == -1 ? 1 : 0;
}
