# SPDX-License-Identifier: Apache-2.0
# One iati.schema.* test (see schema_check.cmake): writes FILE by running PRODUCER with
# the gtest FILTER (unless FILTER is empty), then checks it with xmllint --schema SCHEMA.
# EXPECT is "valid" or "invalid". Prints IATI-SCHEMA-SKIPPED (ctest: skipped) when the
# schema, xmllint or the input the producer needs is missing.
if(NOT EXISTS "${SCHEMA}")
  message("IATI-SCHEMA-SKIPPED: no IATI schema at ${SCHEMA} (the shared reference data is absent)")
  return()
endif()
if(NOT XMLLINT)
  message("IATI-SCHEMA-SKIPPED: xmllint not found; install Debian's libxml2-utils")
  return()
endif()
if(FILTER)
  get_filename_component(_dir "${FILE}" DIRECTORY)
  file(MAKE_DIRECTORY "${_dir}")
  file(REMOVE "${FILE}")
  set(ENV{PARADIPLOMACY_IATI_SAMPLE_OUT} "${FILE}")
  execute_process(COMMAND "${PRODUCER}" "--gtest_filter=${FILTER}" RESULT_VARIABLE _rc OUTPUT_VARIABLE _out
                  ERROR_VARIABLE _out)
  if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "writing ${FILE} (${FILTER}) failed:\n${_out}")
  endif()
  if(NOT EXISTS "${FILE}")
    message("IATI-SCHEMA-SKIPPED: ${FILTER} wrote nothing:\n${_out}")
    return()
  endif()
elseif(NOT EXISTS "${FILE}")
  message("IATI-SCHEMA-SKIPPED: no file ${FILE}")
  return()
endif()
execute_process(COMMAND "${XMLLINT}" --noout --schema "${SCHEMA}" "${FILE}" RESULT_VARIABLE _rc
                OUTPUT_VARIABLE _out ERROR_VARIABLE _out)
if(EXPECT STREQUAL "valid" AND NOT _rc EQUAL 0)
  message(FATAL_ERROR "${FILE} does not pass the IATI 2.03 schema:\n${_out}")
elseif(EXPECT STREQUAL "invalid" AND _rc EQUAL 0)
  message(FATAL_ERROR "xmllint accepted ${FILE}, which the IATI schema forbids: the check cannot fail")
endif()
message("${_out}")
