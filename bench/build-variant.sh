#!/usr/bin/env bash
# Builds the wasm module with other optimisation flags, outside the project's
# build dirs, to measure what -Oz costs in speed (the project's CMake is not
# touched: a copy of the sources is built).
# Usage: bench/build-variant.sh NAME "FLAGS"     e.g.  bench/build-variant.sh o2 "-O2"
#        bench/build-variant.sh NAME fastcopy [polso.js]   that build (default
#          dist/polso.js) with Embind's byte-by-byte Uint8Array → std::string
#          copy replaced by HEAPU8.set (a JS-only change, same wasm)
# Prints the path of the built polso.js; then: scripts/bench --variant NAME=PATH
set -euo pipefail
cd "$(dirname "$0")/.."
name=$1 flags=$2
dir=${POLSO_VARIANTS:-/tmp/polso-variants}/$name
mkdir -p "$dir"
if [ "$flags" = fastcopy ]; then
  # The loop Embind 3.1.6 emits for a typed array passed as std::string.
  from=${3:-dist/polso.js}
  sed 's/for(var i=0;i<length;++i){HEAPU8\[ptr+4+i\]=value\[i\]}/HEAPU8.set(value,ptr+4)/' "$from" > "$dir/polso.js"
  cmp -s "$from" "$dir/polso.js" && { echo "build-variant: copy loop not found in $from" >&2; exit 1; }
  cp "${from%.js}.wasm" "$dir/polso.wasm"
  echo "$dir/polso.js"; exit 0
fi
export NODE_PATH=/usr/share/nodejs
rm -rf "$dir/src" && mkdir -p "$dir/src"
cp -r CMakeLists.txt cmake src "$dir/src/"
sed -i "s/-Oz/$flags/g" "$dir/src/CMakeLists.txt" "$dir/src/cmake/wasm.cmake"
emcmake cmake -S "$dir/src" -B "$dir/build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPOLSO_TESTS=OFF >/dev/null
cmake --build "$dir/build" --target polso_wasm >&2
echo "$dir/build/bin/polso.js"
