#!/usr/bin/env bash
# Fails when installed tool versions differ from versions.env (the one place they are pinned).
set -euo pipefail
cd "$(dirname "$0")/.."
source versions.env
fail=0
check() { # what expected actual
  if [ "$2" != "$3" ]; then echo "version mismatch: $1 is $3, versions.env pins $2"; fail=1; fi
}
pkgver() { node -p "require('./node_modules/$1/package.json').version"; }
check forge "$FOUNDRY_VERSION" "$(pkgver @foundry-rs/forge-linux-amd64)"
check cast "$FOUNDRY_VERSION" "$(pkgver @foundry-rs/cast-linux-amd64)"
check solc "$SOLC_VERSION" "$(pkgver solc)"
check @openzeppelin/contracts "$OPENZEPPELIN_VERSION" "$(pkgver @openzeppelin/contracts)"
check @chainlink/contracts "$CHAINLINK_CONTRACTS_VERSION" "$(pkgver @chainlink/contracts)"
check forge-std "$FORGE_STD_VERSION" "$(pkgver @layerzerolabs/toolbox-foundry/lib/forge-std)"
check go-ethereum "$GO_ETHEREUM_VERSION" "$(go list -m -f '{{.Version}}' github.com/ethereum/go-ethereum)"
check geth "$GETH_VERSION" "$(build/bin/geth version | sed -n 's/^Version: \(.*\)-stable/\1/p')"
gover=$(go env GOVERSION | sed 's/^go//')
if [ "$(printf '%s\n%s\n' "$GO_VERSION_MIN" "$gover" | sort -V | head -1)" != "$GO_VERSION_MIN" ]; then
  echo "go $gover is older than $GO_VERSION_MIN"; fail=1
fi
exit $fail
