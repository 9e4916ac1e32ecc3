# SPDX-License-Identifier: Apache-2.0
# Fails when an installed header includes a header that is not installed (cmake -P,
# -DINCLUDE_DIR=<include directory>: the source tree's include/ or an install prefix's).
# Private headers live in lib/ and are never installed, so an installed header that names
# one (<paradiplomacy/query/detail/...> after it moved, or "io/atomic_file.hpp") would
# compile in this tree and break for every consumer of the package. run_consumer.cmake
# also includes this file on the installed tree.
if(NOT DEFINED INCLUDE_DIR)
  message(FATAL_ERROR "check_installed_includes.cmake: -DINCLUDE_DIR=... is required")
endif()
file(GLOB_RECURSE _pd_installed "${INCLUDE_DIR}/paradiplomacy/*.hpp")
list(LENGTH _pd_installed _pd_count)
if(_pd_count EQUAL 0)
  message(FATAL_ERROR "no headers found under ${INCLUDE_DIR}/paradiplomacy: nothing was checked")
endif()
set(_pd_offenders "")
foreach(_pd_header IN LISTS _pd_installed)
  get_filename_component(_pd_dir "${_pd_header}" DIRECTORY)
  file(STRINGS "${_pd_header}" _pd_lines REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]")
  foreach(_pd_line IN LISTS _pd_lines)
    string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*([<\"])([^>\"]+)[>\"].*" "\\1;\\2" _pd_parts "${_pd_line}")
    list(GET _pd_parts 0 _pd_kind)
    list(GET _pd_parts 1 _pd_included)
    if(_pd_kind STREQUAL "<" AND NOT _pd_included MATCHES "^paradiplomacy/")
      continue()  # the standard library or Boost (check_public_includes.cmake polices the rest)
    endif()
    # <paradiplomacy/...> must be installed; "..." must be beside the header or installed.
    if(EXISTS "${INCLUDE_DIR}/${_pd_included}"
       OR (_pd_kind STREQUAL "\"" AND EXISTS "${_pd_dir}/${_pd_included}"))
      continue()
    endif()
    file(RELATIVE_PATH _pd_where "${INCLUDE_DIR}" "${_pd_header}")
    string(STRIP "${_pd_line}" _pd_shown)
    string(APPEND _pd_offenders "\n  ${_pd_where}: ${_pd_shown}")
  endforeach()
endforeach()
if(_pd_offenders)
  message(FATAL_ERROR "installed headers include headers that are not installed under ${INCLUDE_DIR} "
                      "(a private header of lib/ may be included by lib/, tests and benchmarks only):${_pd_offenders}")
endif()
message(STATUS "${_pd_count} installed headers include only installed headers")
