# SPDX-License-Identifier: Apache-2.0
# Builds one target of the build tree and checks the outcome (cmake -P):
#   -DBUILD_DIR=... -DTARGET=... -DEXPECT=success|failure [-DREGEX=...] [-DCONFIG=...]
# With EXPECT=failure the build must fail and its output must match REGEX, so that a
# case cannot pass by failing for an unrelated reason.
foreach(var BUILD_DIR TARGET EXPECT)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "expect_build.cmake: -D${var}=... is required")
  endif()
endforeach()
set(_config_args)
if(CONFIG)
  set(_config_args --config "${CONFIG}")
endif()
execute_process(
  COMMAND "${CMAKE_COMMAND}" --build "${BUILD_DIR}" --target "${TARGET}" ${_config_args}
  RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(EXPECT STREQUAL "success")
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "${TARGET} was expected to compile but did not:\n${output}")
  endif()
  message(STATUS "${TARGET} compiled, as expected")
elseif(EXPECT STREQUAL "failure")
  if(result EQUAL 0)
    message(FATAL_ERROR "${TARGET} compiled, but it misuses a strong ID and must be refused:\n${output}")
  endif()
  if(DEFINED REGEX AND NOT output MATCHES "${REGEX}")
    message(FATAL_ERROR "${TARGET} failed to compile, but not with a diagnostic matching \"${REGEX}\":\n${output}")
  endif()
  message(STATUS "${TARGET} was refused by the compiler, as expected")
else()
  message(FATAL_ERROR "expect_build.cmake: EXPECT must be success or failure, not \"${EXPECT}\"")
endif()
