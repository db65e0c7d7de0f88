# libFuzzer harnesses (clang only): `cmake --preset fuzz`, then scripts/fuzz.
# Included before the libraries are declared, so the whole project — core,
# API, CLI — is built with coverage instrumentation and ASan + UBSan; the
# harnesses add libFuzzer's main. One source (tests/fuzz/harness.cpp) per
# harness, told by POLSO_FUZZ_HARNESS which property check of
# tests/fuzz/properties.hpp to run.
if(NOT POLSO_FUZZ)
  return()
endif()
if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
  message(FATAL_ERROR "POLSO_FUZZ needs clang (libFuzzer): use the `fuzz` preset.")
endif()

add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
                    -fno-omit-frame-pointer -g)
add_link_options(-fsanitize=address,undefined)

set(POLSO_FUZZ_HARNESSES tokenizer tokenizer-simd-vs-scalar dialect numbers dates evaluate survey survey-counts orders conversations
    auto workbook part-state part-state-orders)

add_custom_target(fuzzers)
foreach(h ${POLSO_FUZZ_HARNESSES})
  string(REPLACE "-" "_" target fuzz_${h})
  add_executable(${target} ${CMAKE_SOURCE_DIR}/tests/fuzz/harness.cpp)
  target_compile_definitions(${target} PRIVATE POLSO_FUZZ_HARNESS="${h}")
  target_include_directories(${target} PRIVATE ${CMAKE_SOURCE_DIR}/tests)
  # polso_api is declared later in CMakeLists.txt; CMake resolves it at generation.
  target_link_libraries(${target} PRIVATE polso_api)
  target_link_options(${target} PRIVATE -fsanitize=fuzzer)
  add_dependencies(fuzzers ${target})
endforeach()
