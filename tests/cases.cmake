# End-to-end cases: every folder under tests/cases/ with a `cmd` file is a test
# run by run_case.py with Debian's python3 (which has networkx).
find_program(EG_PYTHON NAMES python3 PATHS /usr/bin NO_DEFAULT_PATH)
if(NOT EG_PYTHON)
  find_program(EG_PYTHON NAMES python3)
endif()
file(GLOB EG_CASES CONFIGURE_DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/cases/*/cmd")
foreach(cmdfile ${EG_CASES})
  get_filename_component(dir ${cmdfile} DIRECTORY)
  get_filename_component(name ${dir} NAME)
  add_test(NAME case.${name}
           COMMAND ${EG_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/run_case.py $<TARGET_FILE:entgraph> ${dir})
  set_tests_properties(case.${name} PROPERTIES TIMEOUT 180)
endforeach()
# mapreduce builds the benchmark corpus several ways: about 50 s under ASan on an idle
# machine, so give it room on a loaded one.
if(TEST case.mapreduce)
  set_tests_properties(case.mapreduce PROPERTIES TIMEOUT 900)
endif()
# cli-help starts the program about 210 times (every option of every command): 30 s in a
# release build on a busy machine, over 180 s under ASan with other jobs running.
if(TEST case.cli-help)
  set_tests_properties(case.cli-help PROPERTIES TIMEOUT 600)
endif()

# The README's examples run as a test, so the docs cannot drift from the program.
add_test(NAME readme.examples
         COMMAND ${EG_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/readme_examples.py $<TARGET_FILE:entgraph>
                 ${CMAKE_SOURCE_DIR}/README.md)
set_tests_properties(readme.examples PROPERTIES TIMEOUT 600)

# The bundled lists are sorted, well-formed and free of duplicate or shared forms.
add_test(NAME gazetteers.check COMMAND ${EG_PYTHON} ${CMAKE_SOURCE_DIR}/gazetteers/tools/check.py)

# Installed layout: the program finds PREFIX/share/entgraph/gazetteers, and the override works.
add_test(NAME install.prefix
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/install_test.sh ${CMAKE_BINARY_DIR} ${CMAKE_SOURCE_DIR})
