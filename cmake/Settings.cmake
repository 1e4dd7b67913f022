# One INTERFACE target that every target of the project links: warnings and Qt API guards live here.
add_library(appraisal_settings INTERFACE)
target_compile_features(appraisal_settings INTERFACE cxx_std_20)
target_compile_definitions(appraisal_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_STRICT_ITERATORS
    # Refuse any API that Qt deprecated up to the version we build against.
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    QT_WARN_DEPRECATED_UP_TO=0x060400)
target_compile_options(appraisal_settings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
    -Wno-missing-field-initializers)
if(APPRAISAL_WARNINGS_AS_ERRORS)
    target_compile_options(appraisal_settings INTERFACE -Werror)
endif()

# Declares one module: a STATIC library under modules/<name>, namespace <name>.
function(appraisal_module name)
    cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC;PRIVATE" ${ARGN})
    add_library(${name} STATIC ${ARG_SOURCES})
    add_library(appraisal::${name} ALIAS ${name})
    target_include_directories(${name} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/..)
    target_link_libraries(${name} PUBLIC appraisal_settings ${ARG_PUBLIC} PRIVATE ${ARG_PRIVATE})
    # For the layering check (cmake/Layers.cmake), which reads the module's real link libraries.
    set_property(GLOBAL APPEND PROPERTY APPRAISAL_MODULES ${name})
endfunction()

# Declares one Qt Test suite: tests/<module>/tst_<name>.cpp, registered in ctest.
function(appraisal_test name)
    cmake_parse_arguments(ARG "GUI" "" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
    target_link_libraries(${name} PRIVATE appraisal_settings Qt6::Test ${ARG_LIBS})
    target_include_directories(${name} PRIVATE ${CMAKE_SOURCE_DIR}/tests/support)
    add_test(NAME ${name} COMMAND ${name})
    set(env "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;APPRAISAL_BIN_DIR=${CMAKE_BINARY_DIR}/bin;APPRAISAL_SOURCE_DIR=${CMAKE_SOURCE_DIR}")
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env}" TIMEOUT ${APPRAISAL_TEST_TIMEOUT}
                         LABELS "${ARG_LABELS}")
    appraisal_test_needs(${name})
endfunction()

# Names targets that registered tests run (suites, and programs a script test starts); the target
# test_binaries (tests/CMakeLists.txt) builds them and what they depend on, nothing else.
function(appraisal_test_needs)
    set_property(GLOBAL APPEND PROPERTY APPRAISAL_TEST_TARGETS ${ARGN})
endfunction()
