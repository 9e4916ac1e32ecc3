# SPDX-License-Identifier: Apache-2.0
# Fails when the library or the bindings open a file for reading other than through
# InputFile (lib/io/input_file.cpp; cmake -P, -DSOURCE_DIR=<project source>). InputFile refuses
# a FIFO, a device or a directory without blocking; std::ifstream, fopen, open and libxml2's
# file readers would wait for a FIFO's writer for ever.
file(GLOB_RECURSE sources
  "${SOURCE_DIR}/include/*.hpp" "${SOURCE_DIR}/lib/*.cpp" "${SOURCE_DIR}/lib/*.hpp"
  "${SOURCE_DIR}/bindings/python/src/*.cpp" "${SOURCE_DIR}/bindings/python/src/*.hpp")
list(FILTER sources EXCLUDE REGEX "/lib/io/input_file\\.cpp$")
set(pattern "std::(ifstream|fstream|basic_ifstream|basic_fstream)|[^A-Za-z0-9_](fopen|freopen|fdopen|xmlReadFile|xmlParseFile|xmlCtxtReadFile|xmlReaderForFile|xmlSAXUserParseFile|xmlCreateURLParserCtxt|xmlCreateFileParserCtxt)[ \t]*\\(|::open[ \t]*\\(")
set(offenders "")
foreach(source IN LISTS sources)
  file(STRINGS "${source}" lines)
  set(number 0)
  foreach(line IN LISTS lines)
    math(EXPR number "${number} + 1")
    string(REGEX REPLACE "//.*$" "" code "${line}")
    # The atomic writer opens for writing, and its directory only to sync it.
    if(code MATCHES "${pattern}" AND NOT code MATCHES "O_WRONLY|O_DIRECTORY")
      file(RELATIVE_PATH where "${SOURCE_DIR}" "${source}")
      string(STRIP "${line}" shown)
      string(APPEND offenders "\n  ${where}:${number}: ${shown}")
    endif()
  endforeach()
endforeach()
if(offenders)
  message(FATAL_ERROR "open files for reading with InputFile (<paradiplomacy/io/input_file.hpp>), "
                      "which refuses FIFOs and devices instead of blocking:${offenders}")
endif()
list(LENGTH sources count)
if(count EQUAL 0)
  message(FATAL_ERROR "no sources found under ${SOURCE_DIR}: nothing was checked")
endif()
message(STATUS "${count} sources open files for reading only through InputFile")
