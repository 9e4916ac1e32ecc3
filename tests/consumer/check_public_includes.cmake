# SPDX-License-Identifier: Apache-2.0
# Fails when a public header includes a third-party header other than Boost's (cmake -P,
# -DSOURCE_DIR=<project source>): JSON, CSV and XML libraries stay in lib/, so that a
# consumer of the installed package needs only Boost.Date_Time and the standard library.
file(GLOB_RECURSE headers "${SOURCE_DIR}/include/*.hpp")
set(offenders "")
foreach(header IN LISTS headers)
  file(STRINGS "${header}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]")
  foreach(line IN LISTS includes)
    string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*[<\"]([^>\"]+)[>\"].*" "\\1" included "${line}")
    if(included MATCHES "^(paradiplomacy|boost)/" OR NOT included MATCHES "[/.]")
      continue()  # the project's own, Boost's, or a standard header (<vector>)
    endif()
    file(RELATIVE_PATH where "${SOURCE_DIR}" "${header}")
    string(APPEND offenders "\n  ${where}: #include <${included}>")
  endforeach()
endforeach()
if(offenders)
  message(FATAL_ERROR "public headers may include only the standard library, Boost and paradiplomacy; "
                      "move these into lib/:${offenders}")
endif()
list(LENGTH headers count)
message(STATUS "${count} public headers include no third-party header besides Boost")
