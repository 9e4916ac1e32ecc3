// SPDX-License-Identifier: Apache-2.0
// Every public header, through the umbrella header, compiled against the installed
// package alone: the install holds each header that an installed header includes.
#include <paradiplomacy/paradiplomacy.hpp>
