# SPDX-License-Identifier: Apache-2.0
# The JSON Schema check (tests/io/check_schema.py), run by ctest with the project's
# virtual environment when there is one. It reports "skipped" (exit 77), never
# "passed", when the jsonschema package is missing. Include from tests/CMakeLists.txt.
if(EXISTS "${PROJECT_SOURCE_DIR}/.venv/bin/python")
  set(_pd_schema_python "${PROJECT_SOURCE_DIR}/.venv/bin/python")
else()
  set(_pd_schema_python "${Python3_EXECUTABLE}")
endif()
add_test(NAME io.json_schema
  COMMAND "${_pd_schema_python}" "${CMAKE_CURRENT_LIST_DIR}/check_schema.py")
set_tests_properties(io.json_schema PROPERTIES SKIP_RETURN_CODE 77)
