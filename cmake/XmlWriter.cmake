# SPDX-License-Identifier: Apache-2.0
# IATI export (lib/iati_write.cpp): links libxml2 (Debian's libxml2-dev) for its
# xmlTextWriter, which escapes text and attributes and checks nesting. Used only inside
# lib/, so a shared library's consumers need nothing; a static one's link -lxml2.
find_package(LibXml2 2.9 REQUIRED)
target_link_libraries(paradiplomacy PRIVATE "$<BUILD_INTERFACE:LibXml2::LibXml2>" "$<INSTALL_INTERFACE:xml2>")
