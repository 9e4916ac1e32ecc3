# SPDX-License-Identifier: Apache-2.0
# Bundled datasets: each file in data/ listed here is embedded in the library at build
# time (tools/embed_file.py turns its bytes into a C++ source) and installed beside it,
# so datasets::gyeonggi() works wherever the program runs and the files stay readable.

set(_pd_data_dir "${CMAKE_CURRENT_SOURCE_DIR}/data")
set(_pd_data_generated "${CMAKE_CURRENT_BINARY_DIR}/generated/data")
file(MAKE_DIRECTORY "${_pd_data_generated}")

# paradiplomacy_embed_file(<file under data/> <accessor function name>)
function(paradiplomacy_embed_file relative function)
  set(input "${_pd_data_dir}/${relative}")
  set(output "${_pd_data_generated}/${function}.cpp")
  add_custom_command(
    OUTPUT "${output}"
    COMMAND Python3::Interpreter "${CMAKE_CURRENT_SOURCE_DIR}/tools/embed_file.py"
            --input "${input}" --output "${output}" --function ${function}
    DEPENDS "${input}" "${CMAKE_CURRENT_SOURCE_DIR}/tools/embed_file.py"
    COMMENT "Embedding data/${relative}"
    VERBATIM)
  target_sources(paradiplomacy PRIVATE "${output}")
endfunction()

paradiplomacy_embed_file(gyeonggi/gyeonggi.portfolio.json embedded_gyeonggi_portfolio)
paradiplomacy_embed_file(gyeonggi/published-figures.json embedded_gyeonggi_published_figures)

if(PARADIPLOMACY_INSTALL)
  install(FILES "${_pd_data_dir}/gyeonggi/gyeonggi.portfolio.json" "${_pd_data_dir}/gyeonggi/published-figures.json"
                "${_pd_data_dir}/gyeonggi/README.md"
          DESTINATION "${CMAKE_INSTALL_DATADIR}/paradiplomacy/gyeonggi")
endif()
