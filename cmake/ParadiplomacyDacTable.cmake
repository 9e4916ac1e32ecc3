# SPDX-License-Identifier: Apache-2.0
# The OECD DAC List of ODA Recipients, compiled into the library from the CSV files in
# data/dac-recipients/ (see its README). Included right after the library target is made.
set(_pd_dac_data "${CMAKE_CURRENT_SOURCE_DIR}/data/dac-recipients")
set(_pd_dac_output "${CMAKE_CURRENT_BINARY_DIR}/generated/dac_recipients_table.cpp")
set(_pd_dac_args --data "${_pd_dac_data}" --output "${_pd_dac_output}")
if(PARADIPLOMACY_ISO_CODES_DIR)
  list(APPEND _pd_dac_args --iso-codes "${PARADIPLOMACY_ISO_CODES_DIR}")
endif()
add_custom_command(
  OUTPUT "${_pd_dac_output}"
  COMMAND Python3::Interpreter "${CMAKE_CURRENT_SOURCE_DIR}/tools/generate_dac_table.py" ${_pd_dac_args}
  DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/tools/generate_dac_table.py"
          "${CMAKE_CURRENT_SOURCE_DIR}/tools/generate_reference_tables.py"
          "${_pd_dac_data}/lists.csv" "${_pd_dac_data}/recipients.csv"
  COMMENT "Generating the DAC recipient table from data/dac-recipients"
  VERBATIM)
target_sources(paradiplomacy PRIVATE "${_pd_dac_output}")
