# `cmake --install` puts the binary and the man page where they belong,
# and the installed binary runs. Run by ctest with -DBUILD and -DPREFIX.
file(REMOVE_RECURSE ${PREFIX})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD} --prefix ${PREFIX}
                RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed: ${rc}")
endif()
foreach(f bin/cadre share/man/man1/cadre.1)
  if(NOT EXISTS ${PREFIX}/${f})
    message(FATAL_ERROR "not installed: ${f}")
  endif()
endforeach()
execute_process(COMMAND ${PREFIX}/bin/cadre --version OUTPUT_VARIABLE out
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR NOT out MATCHES "^cadre ")
  message(FATAL_ERROR "the installed cadre does not run: ${rc} ${out}")
endif()
file(READ ${PREFIX}/share/man/man1/cadre.1 man)
if(NOT man MATCHES "\\.TH CADRE 1")
  message(FATAL_ERROR "the installed man page is not a man page")
endif()
