# SPDX-License-Identifier: Apache-2.0
# Fails when a source shifts a date with Boost's own durations instead of the functions of
# <paradiplomacy/values/calendar.hpp> (cmake -P, -DSOURCE_DIR=<project source>). Boost's
# months() and years() throw bad_year past 9999 and days() makes a day that throws when
# printed; calendar.hpp clamps to the calendar and says so. So every shift goes there.
file(GLOB_RECURSE sources
  "${SOURCE_DIR}/include/*.hpp" "${SOURCE_DIR}/lib/*.cpp" "${SOURCE_DIR}/lib/*.hpp"
  "${SOURCE_DIR}/bindings/python/src/*.cpp" "${SOURCE_DIR}/bindings/python/src/*.hpp"
  "${SOURCE_DIR}/fuzz/*.cpp" "${SOURCE_DIR}/fuzz/*.hpp")
list(FILTER sources EXCLUDE REGEX "/include/paradiplomacy/values/calendar\\.hpp$")
# Boost's durations and the iterators and functors built on them; and the using-declarations,
# using-directives and namespace aliases that would let them be named without "gregorian::".
set(pattern "(gregorian|date_time)::(days|weeks|months|years|date_duration|months_duration|years_duration|weeks_duration|day_iterator|week_iterator|month_iterator|year_iterator|month_functor|year_functor|day_functor|week_functor)[ \t]*[({]")
set(offenders "")
foreach(source IN LISTS sources)
  file(STRINGS "${source}" lines)
  set(number 0)
  foreach(line IN LISTS lines)
    math(EXPR number "${number} + 1")
    string(REGEX REPLACE "//.*$" "" code "${line}")  # comments may name them
    if(code MATCHES "${pattern}" OR code MATCHES "using[ \t]+(namespace[ \t]+)?boost::(gregorian|date_time)"
       OR code MATCHES "namespace[ \t]+[A-Za-z_]+[ \t]*=[ \t]*boost::(gregorian|date_time)")
      file(RELATIVE_PATH where "${SOURCE_DIR}" "${source}")
      string(STRIP "${line}" shown)
      string(APPEND offenders "\n  ${where}:${number}: ${shown}")
    endif()
  endforeach()
endforeach()
if(offenders)
  message(FATAL_ERROR "shift dates with add_days, add_months or add_years of "
                      "<paradiplomacy/values/calendar.hpp>, which stay on the calendar:${offenders}")
endif()
list(LENGTH sources count)
if(count EQUAL 0)
  message(FATAL_ERROR "no sources found under ${SOURCE_DIR}: nothing was checked")
endif()
message(STATUS "${count} sources shift dates only through values/calendar.hpp")
