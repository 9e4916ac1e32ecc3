# SPDX-License-Identifier: Apache-2.0
# IATI files are read and written with libxml2 (Debian's libxml2-dev): its push parser
# streams the activity reader and the codelist loader through SAX callbacks (memory
# bounded by one activity; DOCTYPEs refused, entities never substituted, no network),
# and its xmlTextWriter writes the export, escaping text and attributes and checking
# nesting. Used only inside lib/, so a shared library's consumers need nothing; the
# installed package names the plain library, as for libcsv, so a static consumer links
# -lxml2 without an imported target.
find_package(LibXml2 2.9 REQUIRED)
target_link_libraries(paradiplomacy PRIVATE "$<BUILD_INTERFACE:LibXml2::LibXml2>" "$<INSTALL_INTERFACE:xml2>")
