# SPDX-License-Identifier: Apache-2.0
# Configures, builds and runs one consumer project (cmake -P), as ctest's
# consumer.find_package and consumer.add_subdirectory tests.
#   -DMODE=find_package|add_subdirectory -DSOURCE_DIR=<paradiplomacy source>
#   -DBUILD_DIR=<paradiplomacy build tree, installed from in find_package mode>
#   -DWORK_DIR=<scratch directory> -DGENERATOR=... -DCXX_COMPILER=... -DVERSION=X.Y.Z
#   [-DBUILD_TYPE=...] [-DCXX_FLAGS=...] [-DCONFIG=...]
foreach(var MODE SOURCE_DIR BUILD_DIR WORK_DIR GENERATOR CXX_COMPILER VERSION)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "run_consumer.cmake: -D${var}=... is required")
  endif()
endforeach()

function(run step)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "consumer (${MODE}): ${step} failed (${result}):\n${output}")
  endif()
  set(last_output "${output}" PARENT_SCOPE)
endfunction()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(config_args)
if(CONFIG)
  set(config_args --config "${CONFIG}")
endif()
set(configure_args -G "${GENERATOR}" "-DCMAKE_CXX_COMPILER=${CXX_COMPILER}" "-DCMAKE_CXX_FLAGS=${CXX_FLAGS}"
                   "-DCMAKE_BUILD_TYPE=${BUILD_TYPE}" "-DEXPECTED_VERSION=${VERSION}"
                   -DCMAKE_FIND_PACKAGE_NO_PACKAGE_REGISTRY=ON)

if(MODE STREQUAL "find_package")
  set(prefix "${WORK_DIR}/prefix")
  run("cmake --install" "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${prefix}" ${config_args})
  # What a consumer needs: the headers, the library, the package config with its version.
  file(GLOB_RECURSE config_files "${prefix}/*/paradiplomacyConfig.cmake")
  file(GLOB_RECURSE version_files "${prefix}/*/paradiplomacyConfigVersion.cmake")
  file(GLOB_RECURSE targets_files "${prefix}/*/paradiplomacyTargets.cmake")
  file(GLOB_RECURSE libraries "${prefix}/*paradiplomacy.a" "${prefix}/*paradiplomacy.so" "${prefix}/*paradiplomacy.lib")
  foreach(list config_files version_files targets_files libraries)
    if(NOT ${list})
      message(FATAL_ERROR "consumer (find_package): the install into ${prefix} has no ${list}")
    endif()
  endforeach()
  if(NOT EXISTS "${prefix}/include/paradiplomacy/model/portfolio.hpp")
    message(FATAL_ERROR "consumer (find_package): the install into ${prefix} has no public headers")
  endif()
  # Nothing installed includes a header that was not installed (a private one of lib/).
  set(INCLUDE_DIR "${prefix}/include")
  include("${CMAKE_CURRENT_LIST_DIR}/check_installed_includes.cmake")
  list(APPEND configure_args "-DCMAKE_PREFIX_PATH=${prefix}")
elseif(MODE STREQUAL "add_subdirectory")
  # The whole library is rebuilt here: without optimisation, to keep the test quick.
  list(REMOVE_ITEM configure_args "-DCMAKE_BUILD_TYPE=${BUILD_TYPE}")
  list(APPEND configure_args "-DPARADIPLOMACY_SOURCE_DIR=${SOURCE_DIR}" -DCMAKE_BUILD_TYPE=)
else()
  message(FATAL_ERROR "run_consumer.cmake: MODE must be find_package or add_subdirectory, not \"${MODE}\"")
endif()

set(project_dir "${CMAKE_CURRENT_LIST_DIR}/${MODE}")
run("configure" "${CMAKE_COMMAND}" -S "${project_dir}" -B "${WORK_DIR}/build" ${configure_args})
run("build" "${CMAKE_COMMAND}" --build "${WORK_DIR}/build" --parallel 2 ${config_args})
if(CONFIG AND EXISTS "${WORK_DIR}/build/${CONFIG}/consumer${CMAKE_EXECUTABLE_SUFFIX}")
  set(exe "${WORK_DIR}/build/${CONFIG}/consumer${CMAKE_EXECUTABLE_SUFFIX}")
else()
  set(exe "${WORK_DIR}/build/consumer${CMAKE_EXECUTABLE_SUFFIX}")
endif()
run("run" "${exe}")
message("${last_output}")
set(expected "KR-41 in Korea, Republic of: sister tie since 1990-04")
if(NOT last_output MATCHES "${expected}")
  message(FATAL_ERROR "consumer (${MODE}): expected \"${expected}\", got:\n${last_output}")
endif()
file(REMOVE_RECURSE "${WORK_DIR}")
