// SPDX-License-Identifier: Apache-2.0
#include "work_counters.hpp"

namespace paradiplomacy::detail {

WorkCounters& work_counters() noexcept {
    thread_local WorkCounters counters;
    return counters;
}

}  // namespace paradiplomacy::detail
