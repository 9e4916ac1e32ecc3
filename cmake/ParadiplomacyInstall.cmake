# SPDX-License-Identifier: Apache-2.0
# Install rules and the package config that find_package(paradiplomacy) reads.
include(CMakePackageConfigHelpers)

install(TARGETS paradiplomacy EXPORT paradiplomacyTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY "${PROJECT_SOURCE_DIR}/include/paradiplomacy" DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})

set(_pd_cmake_dir "${CMAKE_INSTALL_LIBDIR}/cmake/paradiplomacy")
install(EXPORT paradiplomacyTargets NAMESPACE paradiplomacy:: DESTINATION "${_pd_cmake_dir}")
configure_package_config_file("${PROJECT_SOURCE_DIR}/cmake/paradiplomacyConfig.cmake.in"
  "${PROJECT_BINARY_DIR}/paradiplomacyConfig.cmake" INSTALL_DESTINATION "${_pd_cmake_dir}")
write_basic_package_version_file("${PROJECT_BINARY_DIR}/paradiplomacyConfigVersion.cmake"
  VERSION ${PROJECT_VERSION} COMPATIBILITY SameMinorVersion)
install(FILES "${PROJECT_BINARY_DIR}/paradiplomacyConfig.cmake" "${PROJECT_BINARY_DIR}/paradiplomacyConfigVersion.cmake"
  DESTINATION "${_pd_cmake_dir}")
