# SPDX-License-Identifier: Apache-2.0
# Tests that build code rather than run it: the strong-ID compile-fail cases and the
# consumer projects (installed package, vendored source tree). Included from
# tests/CMakeLists.txt.

# --- compile-fail: IDs of different entities cannot be mixed ----------------------------
# Each case is a source of compile_fail/ built with one PD_CASE_* macro, as an
# EXCLUDE_FROM_ALL object library that the test itself builds. Each source's control (no
# macro) must compile, so a case cannot pass because of a broken include; each case must
# fail with a diagnostic matching its pattern (GCC's or Clang's wording).
#   source|case|MACRO|regex alternatives...
set(_pd_cf_cases
  "strong_ids|control|"
  "strong_ids|partner_as_agreement|PARTNER_AS_AGREEMENT|PartnerTag"
  "strong_ids|compare_kinds|COMPARE_KINDS|operator==|invalid operands"
  "strong_ids|implicit_from_integer|IMPLICIT_FROM_INTEGER|conversion from [^ ]*int"
  "strong_ids|assign_integer|ASSIGN_INTEGER|operator=|no viable overloaded"
  "strong_ids|integer_from_id|INTEGER_FROM_ID|cannot convert|no viable conversion"
  "portfolio_ids|control|"
  "portfolio_ids|lookup_wrong_kind|PORTFOLIO_LOOKUP_WRONG_KIND|PartnerTag"
  "portfolio_ids|policy_goal_as_task|POLICY_GOAL_AS_TASK|PolicyGoal")
foreach(_case IN LISTS _pd_cf_cases)
  string(REPLACE "|" ";" _fields "${_case}")
  list(POP_FRONT _fields _source _name _macro)
  list(JOIN _fields "|" _regex)
  set(_target pd_compile_fail_${_source}_${_name})
  add_library(${_target} OBJECT EXCLUDE_FROM_ALL "${CMAKE_CURRENT_LIST_DIR}/compile_fail/${_source}.cpp")
  # Usage requirements without a build dependency on the library: the test builds this
  # target alone and must never rebuild the library while other tests run.
  target_include_directories(${_target} PRIVATE "${PROJECT_SOURCE_DIR}/include")
  target_link_libraries(${_target} PRIVATE Boost::date_time)
  target_compile_features(${_target} PRIVATE cxx_std_20)
  if(_macro)
    target_compile_definitions(${_target} PRIVATE PD_CASE_${_macro})
    set(_expect failure)
  else()
    set(_expect success)
  endif()
  set(_test compile_fail.${_source}.${_name})
  add_test(NAME ${_test}
    COMMAND "${CMAKE_COMMAND}" -DBUILD_DIR=${PROJECT_BINARY_DIR}
            -DTARGET=${_target} "-DCONFIG=$<CONFIG>" -DEXPECT=${_expect} "-DREGEX=${_regex}"
            -P "${CMAKE_CURRENT_LIST_DIR}/compile_fail/expect_build.cmake")
  # One `cmake --build` at a time in this tree.
  set_tests_properties(${_test} PROPERTIES RESOURCE_LOCK paradiplomacy_build_tree LABELS compile_fail TIMEOUT 300)
endforeach()

# --- consumers: an installed package and a vendored source tree ---------------------------
set(_pd_consumer_args
  -DSOURCE_DIR=${PROJECT_SOURCE_DIR} -DBUILD_DIR=${PROJECT_BINARY_DIR} "-DGENERATOR=${CMAKE_GENERATOR}"
  -DCXX_COMPILER=${CMAKE_CXX_COMPILER} -DVERSION=${PROJECT_VERSION} "-DBUILD_TYPE=${CMAKE_BUILD_TYPE}"
  "-DCXX_FLAGS=${CMAKE_CXX_FLAGS}" "-DCONFIG=$<CONFIG>")
if(PARADIPLOMACY_INSTALL)
  add_test(NAME consumer.find_package
    COMMAND "${CMAKE_COMMAND}" -DMODE=find_package -DWORK_DIR=${CMAKE_CURRENT_BINARY_DIR}/consumer-find_package
            ${_pd_consumer_args} -P "${CMAKE_CURRENT_LIST_DIR}/consumer/run_consumer.cmake")
  set_tests_properties(consumer.find_package PROPERTIES TIMEOUT 600 LABELS packaging)
endif()
add_test(NAME consumer.add_subdirectory
  COMMAND "${CMAKE_COMMAND}" -DMODE=add_subdirectory -DWORK_DIR=${CMAKE_CURRENT_BINARY_DIR}/consumer-add_subdirectory
          ${_pd_consumer_args} -P "${CMAKE_CURRENT_LIST_DIR}/consumer/run_consumer.cmake")
set_tests_properties(consumer.add_subdirectory PROPERTIES TIMEOUT 900 LABELS packaging)
add_test(NAME readme.example
  COMMAND "${CMAKE_COMMAND}" -DSOURCE_DIR=${PROJECT_SOURCE_DIR} -P "${CMAKE_CURRENT_LIST_DIR}/consumer/check_readme_example.cmake")
add_test(NAME packaging.public_headers_include_only_public
  COMMAND "${CMAKE_COMMAND}" -DINCLUDE_DIR=${PROJECT_SOURCE_DIR}/include -P "${CMAKE_CURRENT_LIST_DIR}/consumer/check_installed_includes.cmake")
# The check itself can fail: a fixture tree whose header names a header it does not hold.
add_test(NAME packaging.installed_include_check_refuses_a_private_include
  COMMAND "${CMAKE_COMMAND}" -DINCLUDE_DIR=${CMAKE_CURRENT_LIST_DIR}/consumer/leaky_include
          -P "${CMAKE_CURRENT_LIST_DIR}/consumer/check_installed_includes.cmake")
set_tests_properties(packaging.installed_include_check_refuses_a_private_include PROPERTIES
  PASS_REGULAR_EXPRESSION "paradiplomacy/leaky.hpp: #include <paradiplomacy/query/detail/portfolio_index.hpp>")
add_test(NAME packaging.public_headers_include_no_third_party
  COMMAND "${CMAKE_COMMAND}" -DSOURCE_DIR=${PROJECT_SOURCE_DIR} -P "${CMAKE_CURRENT_LIST_DIR}/consumer/check_public_includes.cmake")
add_test(NAME values.calendar_arithmetic_only_in_calendar_hpp
  COMMAND "${CMAKE_COMMAND}" -DSOURCE_DIR=${PROJECT_SOURCE_DIR} -P "${CMAKE_CURRENT_LIST_DIR}/values/check_calendar_arithmetic.cmake")
add_test(NAME io.files_read_only_through_input_file
  COMMAND "${CMAKE_COMMAND}" -DSOURCE_DIR=${PROJECT_SOURCE_DIR} -P "${CMAKE_CURRENT_LIST_DIR}/io/check_input_files.cmake")
