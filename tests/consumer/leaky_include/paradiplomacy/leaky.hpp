// SPDX-License-Identifier: Apache-2.0
#pragma once
// A fixture, never compiled: an "installed" header naming one that is not installed, which
// check_installed_includes.cmake must refuse (ctest packaging.installed_include_check_refuses_a_private_include).
#include <paradiplomacy/query/detail/portfolio_index.hpp>

#include <vector>
