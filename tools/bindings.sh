#!/usr/bin/env bash
# Regenerates the abigen v2 bindings of every deployable contract from the forge build output.
#   tools/bindings.sh OUTROOT     (OUTROOT is bindings/ normally, a temp dir for the staleness check)
set -euo pipefail
cd "$(dirname "$0")/.."
out_root=${1:-bindings}
abigen=${ABIGEN:-build/bin/abigen}
# Contract name -> Go package. Add a line when a contract lands.
contracts=(
  "Registry registry"
  "GridToken gridtoken"
  "SettlementToken settlementtoken"
  "OracleClient oracleclient"
  "Trading trading"
)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for entry in "${contracts[@]}"; do
  read -r name pkg <<<"$entry"
  node tools/artifact.js "build/forge/out/$name.sol/$name.json" "$tmp"
  mkdir -p "$out_root/$pkg"
  "$abigen" --v2 --abi "$tmp/$name.abi" --bin "$tmp/$name.bin" --pkg "$pkg" --type "$name" \
    --out "$out_root/$pkg/$pkg.go"
done
