# The wasm doors: Embind glue over the JSON contract, as ES modules built for
# web and worker only. Emscripten 3.1.6's node branch uses require/__dirname,
# which do not exist in an ES module, while the web branch runs under node as
# it is when given the wasm bytes (web/polso-api.js does that), so one file
# serves page, worker and node.
#
#   polso-calc.js + .wasm   calculators only (evaluate, catalogue): the
#                           embedded calculator and the page's forms; -Oz
#   polso.js + .wasm        everything, with file analysis; -O2
#   polso-simd.wasm         the same built with -msimd128, loaded by polso.js
#                           (same glue: only the wasm differs) where the
#                           browser validates SIMD128; polso.wasm elsewhere
#   polso-single.js         the same, wasm inlined, for the one-file page
set(POLSO_WASM_FLAGS
  --bind
  -flto
  -sMODULARIZE=1
  -sEXPORT_ES6=1
  -sEXPORT_NAME=createPolsoModule
  -sENVIRONMENT=web,worker
  -sDYNAMIC_EXECUTION=0
  -sALLOW_MEMORY_GROWTH=1
  -sINITIAL_MEMORY=16777216
  -sMAXIMUM_MEMORY=2147483648
  -sFILESYSTEM=0
  -sINCOMING_MODULE_JS_API=[wasmBinary,locateFile,print,printErr,instantiateWasm]
)

function(polso_wasm_module target output api opt)
  add_executable(${target} ${ARGN})
  target_compile_options(${target} PRIVATE ${opt} -flto)
  target_link_libraries(${target} PRIVATE ${api})
  target_link_options(${target} PRIVATE ${POLSO_WASM_FLAGS} ${opt})
  set_target_properties(${target} PROPERTIES OUTPUT_NAME ${output} SUFFIX .js)
endfunction()

polso_wasm_module(polso_wasm_calc polso-calc polso_api_small -Oz src/wasm/calculator_bindings.cpp)
# emmalloc: a smaller allocator than dlmalloc (~2 KB gzipped), enough for a
# calculator's short-lived requests; the file analysis keeps dlmalloc's speed.
target_link_options(polso_wasm_calc PRIVATE -sMALLOC=emmalloc)
# Binaryen's -Oz once more, run until nothing shrinks: about 0.9 KB less
# gzipped than the single round em++ runs, with the same exports.
find_program(POLSO_WASM_OPT wasm-opt REQUIRED)
add_custom_command(TARGET polso_wasm_calc POST_BUILD
  COMMAND ${POLSO_WASM_OPT} -Oz --converge $<TARGET_FILE_DIR:polso_wasm_calc>/polso-calc.wasm
          -o $<TARGET_FILE_DIR:polso_wasm_calc>/polso-calc.wasm
  VERBATIM)
polso_wasm_module(polso_wasm polso polso_api -O2
  src/wasm/calculator_bindings.cpp src/wasm/file_bindings.cpp)
polso_wasm_module(polso_wasm_single polso-single polso_api -O2
  src/wasm/calculator_bindings.cpp src/wasm/file_bindings.cpp)
target_link_options(polso_wasm_single PRIVATE -sSINGLE_FILE=1)
polso_wasm_module(polso_wasm_simd polso-simd polso_api_simd "-O2;-msimd128"
  src/wasm/calculator_bindings.cpp src/wasm/file_bindings.cpp)
