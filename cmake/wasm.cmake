# The wasm door: Embind glue over the JSON contract. Two builds of one source:
# polso.js + polso.wasm for the hosted page, workers and node, and
# polso-single.js (wasm inlined) for the one-file offline page.
# Both are ES modules built for web and worker only: Emscripten 3.1.6's node
# branch uses require/__dirname, which do not exist in an ES module, while the
# web branch runs under node as it is when given the wasm bytes (web/polso-api.js
# does that), so one file serves page, worker and node.
set(POLSO_WASM_FLAGS
  --bind
  -Oz
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

add_executable(polso_wasm src/wasm/bindings.cpp)
target_compile_options(polso_wasm PRIVATE -Oz -flto)
target_link_libraries(polso_wasm PRIVATE polso_api)
target_link_options(polso_wasm PRIVATE ${POLSO_WASM_FLAGS})
set_target_properties(polso_wasm PROPERTIES OUTPUT_NAME polso SUFFIX .js)

add_executable(polso_wasm_single src/wasm/bindings.cpp)
target_compile_options(polso_wasm_single PRIVATE -Oz -flto)
target_link_libraries(polso_wasm_single PRIVATE polso_api)
target_link_options(polso_wasm_single PRIVATE ${POLSO_WASM_FLAGS} -sSINGLE_FILE=1)
set_target_properties(polso_wasm_single PROPERTIES OUTPUT_NAME polso-single SUFFIX .js)
