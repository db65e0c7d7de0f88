# GoogleTest suites mirror the source tree: tests/core for src/core, tests/api
# for src/api. The same suites build natively and as wasm32 (run under node).
if(POLSO_WASM)
  set(INSTALL_GTEST OFF CACHE BOOL "" FORCE)
  add_subdirectory(/usr/src/googletest ${CMAKE_BINARY_DIR}/googletest EXCLUDE_FROM_ALL)
  set(POLSO_GTEST GTest::gtest_main)
  if(NOT TARGET GTest::gtest_main)
    set(POLSO_GTEST gtest_main)
  endif()
else()
  find_package(GTest REQUIRED)
  set(POLSO_GTEST GTest::gtest_main)
  include(GoogleTest)
endif()

function(polso_test_suite name dir)
  file(GLOB_RECURSE sources CONFIGURE_DEPENDS ${dir}/*.cpp)
  add_executable(${name} ${sources})
  target_link_libraries(${name} PRIVATE ${ARGN} ${POLSO_GTEST})
  target_include_directories(${name} PRIVATE tests)
  target_compile_definitions(${name} PRIVATE
    POLSO_TEST_DATA="${CMAKE_SOURCE_DIR}/tests/data")
  if(POLSO_WASM)
    # NODERAWFS lets the wasm tests read the fixtures in tests/data.
    target_link_options(${name} PRIVATE -sNODERAWFS=1 -sALLOW_MEMORY_GROWTH=1
      -sENVIRONMENT=node)
    add_test(NAME ${name}.wasm COMMAND node --no-experimental-fetch
      $<TARGET_FILE:${name}>)
  else()
    gtest_discover_tests(${name} DISCOVERY_TIMEOUT 60)
  endif()
endfunction()

polso_test_suite(polso_core_tests tests/core polso_core)
polso_test_suite(polso_api_tests tests/api polso_api)
# The workbook tests inflate their fixtures as the CLI door does, with zlib.
if(NOT POLSO_WASM)
  find_package(ZLIB REQUIRED)
  target_link_libraries(polso_api_tests PRIVATE ZLIB::ZLIB)
  target_compile_definitions(polso_api_tests PRIVATE POLSO_TEST_ZLIB=1)
endif()

# The catalogue with one more metric (tests/fixture_catalogue): its file takes
# the place of src/core/metrics/all_metrics.cpp — an object given to the
# linker wins over the library's member of the same name — and the test sees
# the metric in the catalogue, the CLI, intervals, comparisons and plans.
if(NOT POLSO_WASM)
  file(GLOB POLSO_FIXTURE_SOURCES CONFIGURE_DEPENDS tests/fixture_catalogue/*.cpp)
  set(POLSO_CLI_LIBRARY_SOURCES ${POLSO_CLI_SOURCES})
  list(FILTER POLSO_CLI_LIBRARY_SOURCES EXCLUDE REGEX "/main\\.cpp$")
  add_executable(polso_fixture_catalogue_tests ${POLSO_FIXTURE_SOURCES} ${POLSO_CLI_LIBRARY_SOURCES})
  target_include_directories(polso_fixture_catalogue_tests PRIVATE tests src)
  target_link_libraries(polso_fixture_catalogue_tests PRIVATE polso_api ZLIB::ZLIB ${POLSO_GTEST})
  gtest_discover_tests(polso_fixture_catalogue_tests DISCOVERY_TIMEOUT 60)
endif()
