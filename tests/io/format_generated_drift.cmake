# SPDX-License-Identifier: Apache-2.0
# The generated-files check must fail when a generated part was edited by hand: copies the
# schema and the format docs to WORK, changes one generated table row and one schema
# property description there, and expects portfolio_format_gen to refuse both, naming the
# command that regenerates them; then --write must restore what the source tree holds.
#   cmake -DGEN=... -DSOURCE_DIR=... -DWORK=... -P format_generated_drift.cmake
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/schema" "${WORK}/docs")
set(schema "schema/paradiplomacy.portfolio-2.schema.json")
set(docs "docs/portfolio-format.md")
file(READ "${SOURCE_DIR}/${schema}" schema_text)
file(READ "${SOURCE_DIR}/${docs}" docs_text)
string(REPLACE "\"description\": \"drafted or announced, not signed\"" "\"description\": \"edited by hand\""
       edited_schema "${schema_text}")
string(REPLACE "| `proposed` | boolean | drafted or announced, not signed |" "| `proposed` | boolean | edited |"
       edited_docs "${docs_text}")
if(edited_schema STREQUAL schema_text OR edited_docs STREQUAL docs_text)
  message(FATAL_ERROR "the agreement's `proposed` member is not where this test expects it in ${schema} and ${docs}")
endif()
file(WRITE "${WORK}/${schema}" "${edited_schema}")
file(WRITE "${WORK}/${docs}" "${edited_docs}")
execute_process(COMMAND "${GEN}" "${WORK}" RESULT_VARIABLE status ERROR_VARIABLE err)
if(status EQUAL 0)
  message(FATAL_ERROR "portfolio_format_gen accepted hand-edited generated parts")
endif()
foreach(path IN ITEMS "${schema}" "${docs}")
  if(NOT err MATCHES "${path} differs from what the record descriptions")
    message(FATAL_ERROR "portfolio_format_gen did not name ${path}:\n${err}")
  endif()
endforeach()
if(NOT err MATCHES "--write")
  message(FATAL_ERROR "portfolio_format_gen did not say how to regenerate:\n${err}")
endif()
execute_process(COMMAND "${GEN}" "${WORK}" --write RESULT_VARIABLE status OUTPUT_QUIET)
file(READ "${WORK}/${schema}" rewritten_schema)
file(READ "${WORK}/${docs}" rewritten_docs)
if(NOT status EQUAL 0 OR NOT rewritten_schema STREQUAL schema_text OR NOT rewritten_docs STREQUAL docs_text)
  message(FATAL_ERROR "portfolio_format_gen --write did not restore the generated parts")
endif()
file(REMOVE_RECURSE "${WORK}")
