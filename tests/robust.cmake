# Robustness tests (included from tests/CMakeLists.txt):
#  - fuzz.replay.<target>: every fuzz target over its seed corpus and saved crashers (tests/fuzz/);
#  - fault.inject: tests/fault/run_faults.py loops an LD_PRELOAD shim that fails the Nth
#    allocation or file operation over a small build (not in sanitizer builds: ASan owns malloc);
#  - valgrind.sample: scripts/valgrind.sh, the sample job under memcheck (when valgrind is found,
#    not in sanitizer builds).
add_subdirectory("${CMAKE_CURRENT_LIST_DIR}/fuzz" "${CMAKE_CURRENT_BINARY_DIR}/fuzz")

if(NOT ENTGRAPH_SANITIZE AND NOT ENTGRAPH_FUZZ AND EG_PYTHON)
  add_library(faultinject SHARED "${CMAKE_CURRENT_LIST_DIR}/fault/faultinject.c")
  target_compile_options(faultinject PRIVATE ${EG_WARNINGS})
  target_compile_definitions(faultinject PRIVATE _GNU_SOURCE)
  target_link_libraries(faultinject PRIVATE ${CMAKE_DL_LIBS})
  add_test(NAME fault.inject
           COMMAND ${EG_PYTHON} "${CMAKE_CURRENT_LIST_DIR}/fault/run_faults.py"
                   $<TARGET_FILE:entgraph> $<TARGET_FILE:faultinject>)
  set_tests_properties(fault.inject PROPERTIES TIMEOUT 900)
endif()

find_program(EG_VALGRIND NAMES valgrind)
if(EG_VALGRIND AND NOT ENTGRAPH_SANITIZE AND NOT ENTGRAPH_FUZZ)
  add_test(NAME valgrind.sample
           COMMAND bash "${CMAKE_SOURCE_DIR}/scripts/valgrind.sh" $<TARGET_FILE:entgraph>)
  set_tests_properties(valgrind.sample PROPERTIES TIMEOUT 900)
endif()
