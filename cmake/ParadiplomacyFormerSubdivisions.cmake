# SPDX-License-Identifier: Apache-2.0
# Former ISO 3166-2 subdivision codes and their successors (reference/former_subdivisions.hpp),
# generated from CLDR's supplementalMetadata.xml and validity/subdivision.xml, iso-codes
# and data/former-subdivisions.csv. Included right after the library target is made.
set(PARADIPLOMACY_CLDR_METADATA "" CACHE FILEPATH
    "CLDR supplementalMetadata.xml (default: beside PARADIPLOMACY_CLDR_SUPPLEMENTAL, else search)")
set(_pd_former_metadata "${PARADIPLOMACY_CLDR_METADATA}")
if(NOT _pd_former_metadata AND PARADIPLOMACY_CLDR_SUPPLEMENTAL)
  get_filename_component(_pd_cldr_supplemental_dir "${PARADIPLOMACY_CLDR_SUPPLEMENTAL}" DIRECTORY)
  set(_pd_former_metadata "${_pd_cldr_supplemental_dir}/supplementalMetadata.xml")
endif()
if(_pd_former_metadata AND NOT EXISTS "${_pd_former_metadata}")
  message(FATAL_ERROR "paradiplomacy: CLDR supplementalMetadata.xml not found at ${_pd_former_metadata}; "
                      "set PARADIPLOMACY_CLDR_METADATA to the file (Debian's unicode-cldr-core)")
endif()

set(_pd_former_rows "${CMAKE_CURRENT_SOURCE_DIR}/data/former-subdivisions.csv")
set(_pd_former_output "${CMAKE_CURRENT_BINARY_DIR}/generated/former_subdivisions_table.cpp")
set(_pd_former_args --project-rows "${_pd_former_rows}" --output "${_pd_former_output}")
if(PARADIPLOMACY_ISO_CODES_DIR)
  list(APPEND _pd_former_args --iso-codes "${PARADIPLOMACY_ISO_CODES_DIR}")
endif()
if(_pd_former_metadata)
  list(APPEND _pd_former_args --cldr-metadata "${_pd_former_metadata}")
endif()
add_custom_command(
  OUTPUT "${_pd_former_output}"
  COMMAND Python3::Interpreter "${CMAKE_CURRENT_SOURCE_DIR}/tools/generate_former_subdivisions.py" ${_pd_former_args}
  DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/tools/generate_former_subdivisions.py"
          "${CMAKE_CURRENT_SOURCE_DIR}/tools/generate_reference_tables.py" "${_pd_former_rows}"
  COMMENT "Generating the former ISO 3166-2 codes from CLDR and data/former-subdivisions.csv"
  VERBATIM)
target_sources(paradiplomacy PRIVATE "${_pd_former_output}")
