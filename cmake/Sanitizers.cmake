# SPDX-License-Identifier: Apache-2.0
# Sanitizer and fuzzing builds (CMake presets "asan", "tsan" and "fuzz"; scripts/run-sanitizers).
#
#   PARADIPLOMACY_SANITIZE      comma-separated -fsanitize= list for every target of this tree:
#                               "address,undefined" or "thread" (empty: none)
#   PARADIPLOMACY_BUILD_FUZZ    adds libFuzzer coverage instrumentation to every target and
#                               builds the fuzz targets of fuzz/ (Clang only)
#
# A sanitizer must see every translation unit of a program, the library's as much as the
# tests', or it misses bugs (ASan) and reports false races (TSan). So these flags are added
# for this directory tree, on purpose, and only when one of the options asks for them; the
# ordinary builds and consumers of the library never get them.
set(PARADIPLOMACY_SANITIZE "" CACHE STRING "Sanitizers for every target: address,undefined | thread | (empty)")

if(PARADIPLOMACY_SANITIZE)
  if(MSVC)
    message(FATAL_ERROR "paradiplomacy: PARADIPLOMACY_SANITIZE needs GCC or Clang")
  endif()
  add_compile_options(-fsanitize=${PARADIPLOMACY_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=all)
  add_link_options(-fsanitize=${PARADIPLOMACY_SANITIZE})
endif()

if(PARADIPLOMACY_BUILD_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "paradiplomacy: the fuzz targets need Clang's libFuzzer "
                        "(configure with -DCMAKE_CXX_COMPILER=clang++, or use the preset \"fuzz\")")
  endif()
  # Coverage feedback for libFuzzer in the library too; only the fuzz targets link
  # libFuzzer's main (-fsanitize=fuzzer, in fuzz/CMakeLists.txt).
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()
