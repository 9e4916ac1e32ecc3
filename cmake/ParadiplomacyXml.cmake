# SPDX-License-Identifier: Apache-2.0
# IATI activity files are read with expat (Debian's libexpat1-dev), a streaming (SAX)
# parser: memory stays bounded by one activity, it is the fastest of the XML parsers
# Debian ships, and it lets the reader refuse DTDs and entity declarations outright.
# FindEXPAT (shipped with CMake) finds it; the installed package names the plain
# library, as for libcsv, so a static consumer links it without an imported target.
find_package(EXPAT 2.2 REQUIRED)
target_link_libraries(paradiplomacy PRIVATE
  "$<BUILD_INTERFACE:EXPAT::EXPAT>" "$<INSTALL_INTERFACE:expat>")
