# SPDX-License-Identifier: Apache-2.0
# Spreadsheet (CSV) and twin-town list support: links libcsv (Debian's libcsv-dev,
# no CMake package of its own) and generates the country-name table from
# data/country-name-variants.csv, data/historical-country-names.csv, CLDR's Korean names
# and the accent folds of Python's Unicode Character Database.
find_path(PARADIPLOMACY_LIBCSV_INCLUDE_DIR csv.h)
find_library(PARADIPLOMACY_LIBCSV_LIBRARY csv)
if(NOT PARADIPLOMACY_LIBCSV_INCLUDE_DIR OR NOT PARADIPLOMACY_LIBCSV_LIBRARY)
  message(FATAL_ERROR "paradiplomacy: libcsv not found (csv.h, libcsv); install Debian's 'libcsv-dev'")
endif()
target_include_directories(paradiplomacy SYSTEM PRIVATE "${PARADIPLOMACY_LIBCSV_INCLUDE_DIR}")
target_link_libraries(paradiplomacy PRIVATE
  "$<BUILD_INTERFACE:${PARADIPLOMACY_LIBCSV_LIBRARY}>" "$<INSTALL_INTERFACE:csv>")

set(PARADIPLOMACY_CLDR_KO "" CACHE FILEPATH "CLDR common/main/ko.xml for Korean country names (default: search)")
set(_pd_names_out "${CMAKE_CURRENT_BINARY_DIR}/generated/country_names.cpp")
set(_pd_names_args --variants "${CMAKE_CURRENT_SOURCE_DIR}/data/country-name-variants.csv"
  --historical "${CMAKE_CURRENT_SOURCE_DIR}/data/historical-country-names.csv" --output "${_pd_names_out}")
if(PARADIPLOMACY_CLDR_KO)
  list(APPEND _pd_names_args --cldr-ko "${PARADIPLOMACY_CLDR_KO}")
endif()
add_custom_command(
  OUTPUT "${_pd_names_out}"
  COMMAND Python3::Interpreter "${CMAKE_CURRENT_SOURCE_DIR}/tools/generate_country_names.py" ${_pd_names_args}
  DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/tools/generate_country_names.py"
          "${CMAKE_CURRENT_SOURCE_DIR}/data/country-name-variants.csv"
          "${CMAKE_CURRENT_SOURCE_DIR}/data/historical-country-names.csv"
  COMMENT "Generating the country-name table (name variants, CLDR Korean names, historical states, accents)"
  VERBATIM)
target_sources(paradiplomacy PRIVATE "${_pd_names_out}")
