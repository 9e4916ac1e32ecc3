# SPDX-License-Identifier: Apache-2.0
# Fails when the C++ example in README.md and tests/consumer/consumer_main.cpp (which the
# consumer tests compile and run) differ (cmake -P, -DSOURCE_DIR=<project source>).
file(READ "${SOURCE_DIR}/README.md" readme)
string(FIND "${readme}" "```cpp\n" begin)
if(begin EQUAL -1)
  message(FATAL_ERROR "README.md has no ```cpp example block")
endif()
math(EXPR begin "${begin} + 7")
string(SUBSTRING "${readme}" ${begin} -1 rest)
string(FIND "${rest}" "```" end)
string(SUBSTRING "${rest}" 0 ${end} example)
file(READ "${CMAKE_CURRENT_LIST_DIR}/consumer_main.cpp" program)
string(REGEX REPLACE "^(//[^\n]*\n)+" "" program "${program}")
if(NOT example STREQUAL program)
  message(FATAL_ERROR "README.md's example and tests/consumer/consumer_main.cpp differ: "
                      "change both (the file below its leading comment is the README block verbatim)")
endif()
message(STATUS "README.md's example is the program the consumer tests build")
