# -DAPPRAISAL_FUZZ=ON: a build of the libFuzzer targets only (tests/fuzz, driven by tests/fuzz/run.sh).
# Every object is compiled with AddressSanitizer, UndefinedBehaviorSanitizer and libFuzzer's coverage
# hooks; the module libraries are configured but built only when a fuzzer links them, and the
# programs, Qt Test suites and translations are left out.
if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang" OR NOT CMAKE_C_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "APPRAISAL_FUZZ needs clang (libFuzzer): "
                        "configure with -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++")
endif()

add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=undefined -fsanitize=fuzzer-no-link
                    -g -O1)
add_link_options(-fsanitize=address,undefined)

add_subdirectory(modules EXCLUDE_FROM_ALL)
add_subdirectory(tests/fuzz)
