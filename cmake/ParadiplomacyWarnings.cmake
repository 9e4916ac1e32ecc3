# SPDX-License-Identifier: Apache-2.0
# Warnings for the project's own targets only; never added globally.
function(paradiplomacy_set_warnings target)
  if(MSVC)
    target_compile_options(${target} PRIVATE /W4 $<$<BOOL:${PARADIPLOMACY_WERROR}>:/WX>)
  else()
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion
                                             $<$<BOOL:${PARADIPLOMACY_WERROR}>:-Werror>)
  endif()
endfunction()
