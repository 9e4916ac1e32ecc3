# SPDX-License-Identifier: Apache-2.0
# IATI export against the official 2.03 schema: each iati.schema.* test has test_iati
# write one export (an IatiSchemaSample.* case) and runs Debian's xmllint --schema on it
# (tests/iati/schema_check_run.cmake). They report "skipped", never "passed", when
# ../shared/iati/schema or xmllint is missing. iati.schema.control checks that xmllint
# rejects a file the schema forbids, so a check that cannot fail would show.
# Included from tests/CMakeLists.txt.
find_program(PARADIPLOMACY_XMLLINT xmllint DOC "xmllint (Debian's libxml2-utils), for the IATI schema tests")
# The export tests parse the XML they check with libxml2.
if(NOT TARGET test_iati)
  return()
endif()
target_link_libraries(test_iati PRIVATE LibXml2::LibXml2)

set(_pd_iati_schema "${PARADIPLOMACY_SHARED_DIR}/iati/schema/iati-activities-schema.xsd")
set(_pd_iati_out "${CMAKE_CURRENT_BINARY_DIR}/iati-schema")
# test name suffix | gtest filter (empty: check FILE as it is) | file | expected: valid/invalid
set(_pd_iati_schema_cases
  "every_field|IatiSchemaSample.EveryField|${_pd_iati_out}/every-field.xml|valid"
  "gyeonggi|IatiSchemaSample.Gyeonggi|${_pd_iati_out}/gyeonggi.xml|valid"
  "roundtrip_foodsecurity|IatiSchemaSample.RoundTripFoodSecurity|${_pd_iati_out}/foodsecurity.xml|valid"
  "roundtrip_korean|IatiSchemaSample.RoundTripKorean|${_pd_iati_out}/korean.xml|valid"
  "control||${PARADIPLOMACY_SHARED_DIR}/iati/schema-tests/should-fail/activity-tests__budget__06-missing-attribute-value-date.xml|invalid")
foreach(_case IN LISTS _pd_iati_schema_cases)
  string(REPLACE "|" ";" _fields "${_case}")
  list(GET _fields 0 _name)
  list(GET _fields 1 _filter)
  list(GET _fields 2 _file)
  list(GET _fields 3 _expect)
  add_test(NAME iati.schema.${_name}
    COMMAND "${CMAKE_COMMAND}" "-DPRODUCER=$<TARGET_FILE:test_iati>" "-DFILTER=${_filter}" "-DFILE=${_file}"
            "-DEXPECT=${_expect}" "-DXMLLINT=${PARADIPLOMACY_XMLLINT}" "-DSCHEMA=${_pd_iati_schema}"
            -P "${CMAKE_CURRENT_LIST_DIR}/schema_check_run.cmake")
  set_tests_properties(iati.schema.${_name} PROPERTIES SKIP_REGULAR_EXPRESSION "IATI-SCHEMA-SKIPPED" LABELS iati TIMEOUT 300)
endforeach()

# The example program (examples/export_iati.cpp) on the bundled dataset.
if(PARADIPLOMACY_BUILD_EXAMPLES)
  add_test(NAME iati.schema.example_export_iati
    COMMAND "${CMAKE_COMMAND}" "-DPRODUCER=$<TARGET_FILE:export_iati>"
            "-DARGS=--ref|XM-EXAMPLE-GG|--started-by|2016-12-31|--generated|2026-11-27T00:00:00Z"
            "-DFILE=${_pd_iati_out}/example-gyeonggi.xml" -DEXPECT=valid "-DXMLLINT=${PARADIPLOMACY_XMLLINT}"
            "-DSCHEMA=${_pd_iati_schema}" -P "${CMAKE_CURRENT_LIST_DIR}/schema_check_run.cmake")
  set_tests_properties(iati.schema.example_export_iati PROPERTIES
    SKIP_REGULAR_EXPRESSION "IATI-SCHEMA-SKIPPED" LABELS "iati;examples" TIMEOUT 300)
endif()
