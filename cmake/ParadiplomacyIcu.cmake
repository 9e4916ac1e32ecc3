# SPDX-License-Identifier: Apache-2.0
# BCP 47 language tags are checked with ICU's language-tag parser (Debian's libicu-dev,
# component uc). libxml2, which the library already links, links the same ICU libraries,
# so this adds no library to a process. Used only inside lib/; the installed package names
# the plain library, as for libxml2, so a static consumer links -licuuc without an
# imported target.
find_package(ICU 60 REQUIRED COMPONENTS uc)
target_link_libraries(paradiplomacy PRIVATE "$<BUILD_INTERFACE:ICU::uc>" "$<INSTALL_INTERFACE:icuuc>")
