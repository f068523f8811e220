# Campus solar market: one make target per habit. Tool versions live in versions.env.
include versions.env

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

BIN       := $(CURDIR)/build/bin
FORGE     := $(CURDIR)/node_modules/.bin/forge
CAST      := $(CURDIR)/node_modules/.bin/cast
ABIGEN    := $(BIN)/abigen
GETH      := $(BIN)/geth
NPM_STAMP := node_modules/.installed
GO_TEST_FLAGS ?= -count=1
export PATH := $(BIN):$(CURDIR)/node_modules/.bin:$(PATH)

# `make run` uses the devnet under build/devnet and PostgreSQL under build/pg; `make test` runs its
# integration suites on a devnet of its own (build/testnet, 20 s epochs, ports 8555+, 8655+, 8561+,
# 30321+) and PostgreSQL (build/testpg, port 55433), started once and shared by the suites, so tests
# never touch the campus a user runs, even while it runs.
DEVNET_DIR   ?= $(CURDIR)/build/devnet
DEVNET_FLAGS ?=
export DEVNET_MANIFEST = $(DEVNET_DIR)/deployment.json
TEST_DEVNET_VARS = DEVNET_DIR=$(CURDIR)/build/testnet \
                   DEVNET_FLAGS="--epoch-length 20 --http-port 8555 --ws-port 8655 --authrpc-port 8561 --p2p-port 30321" \
                   PG_DIR=$(CURDIR)/build/testpg PG_PORT=55433 \
                   PG_DSN="postgres://gridchain:gridchain@127.0.0.1:55433/gridchain?sslmode=disable"

PHONY_EXTRA := bench
.PHONY: help deps build contracts bindings check-bindings test test-contracts test-go test-integration \
        snapshot check-snapshot check-opcodes check-docs lint fmt clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | expand -t 18

## ---------------------------------------------------------------- toolchain
deps: $(NPM_STAMP) $(ABIGEN) $(GETH) ## install every tool and library (a no-op when done)
	@go mod download
	@tools/check-versions.sh

$(NPM_STAMP): package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	@touch $@

$(ABIGEN): versions.env
	GOBIN=$(BIN) go install github.com/ethereum/go-ethereum/cmd/abigen@$(GO_ETHEREUM_VERSION)

# geth v1.13.15 predates Go 1.23's linkname restrictions: it links only with -checklinkname=0.
$(GETH): versions.env
	@if [ -x $@ ] && $@ version 2>/dev/null | grep -q "^Version: $(GETH_VERSION)-stable"; then touch $@; else \
	  echo "building geth v$(GETH_VERSION) (a few minutes on a cold machine)"; \
	  GOBIN=$(BIN) GOFLAGS= go install -ldflags=-checklinkname=0 github.com/ethereum/go-ethereum/cmd/geth@v$(GETH_VERSION); fi

## ---------------------------------------------------------------- build
contracts: $(NPM_STAMP) ## compile the contracts (forge, paris)
	$(FORGE) build

build: contracts ## compile contracts and every Go package and command
	go build ./...

bindings: contracts $(ABIGEN) ## regenerate the Go bindings in bindings/ from the forge output
	ABIGEN=$(ABIGEN) tools/bindings.sh bindings

check-bindings: contracts $(ABIGEN) ## fail when bindings/ is stale
	@tmp=$$(mktemp -d); trap 'rm -rf $$tmp' EXIT; ABIGEN=$(ABIGEN) tools/bindings.sh $$tmp; \
	for pkg in $$(ls $$tmp); do \
	  if ! diff -r -q bindings/$$pkg $$tmp/$$pkg; then echo "bindings/$$pkg is stale: run 'make bindings' and commit"; exit 1; fi; \
	done; echo "bindings: up to date ($$(ls $$tmp | tr '\n' ' '))"

check-opcodes: contracts ## fail when deployed bytecode holds an opcode the Clique chain rejects
	go run ./tools/opcheck build/forge/out

## ---------------------------------------------------------------- tests
# Each area adds its suites in mk/<area>.mk: TEST_TARGETS += ..., BENCH_TARGETS += ...
# Make runs them one after another (never two devnets at once).
TEST_TARGETS  :=
BENCH_TARGETS :=
-include mk/*.mk

test: deps lint check-docs test-contracts check-snapshot check-opcodes check-bindings test-go ## run every test
	$(MAKE) --no-print-directory test-integration $(TEST_DEVNET_VARS)
	$(MAKE) --no-print-directory devnet-down pg-down $(TEST_DEVNET_VARS)

# The chain's own suite first, the whole-campus audit and the browser last; the rest in between.
TEST_FIRST := test-chain
TEST_LAST  := test-e2e test-dapp
test-integration: $(filter $(TEST_FIRST),$(TEST_TARGETS)) \
                  $(filter-out $(TEST_FIRST) $(TEST_LAST),$(TEST_TARGETS)) \
                  $(filter $(TEST_LAST),$(TEST_TARGETS)) ## the integration suites, one after another, on one shared devnet and PostgreSQL

# bench-meterbridge goes first: it measures CPU-bound throughput, and a devnet that has just
# settled 10,000 orders still writes state for a while (one such run gave 22,800 readings/s
# against 25,900-27,900 on a quiet machine).
bench: deps bench-meterbridge $(filter-out bench-meterbridge,$(BENCH_TARGETS)) ## run every benchmark; one table, figures in build/bench/*.json and build/bench/summary.json
	go run ./tools/benchsummary build/bench

test-contracts: contracts ## forge unit, fuzz and invariant tests
	$(FORGE) test

snapshot: contracts ## rewrite the gas snapshot of the deterministic unit tests
	$(FORGE) snapshot --snap .gas-snapshot --no-match-test '^(testFuzz|invariant)'

check-snapshot: contracts ## fail when gas of the deterministic unit tests moved
	$(FORGE) snapshot --snap .gas-snapshot --no-match-test '^(testFuzz|invariant)' --check

test-go: ## Go unit tests and binding tests
	go test $(GO_TEST_FLAGS) ./...

lint: $(NPM_STAMP) ## gofmt, go vet, go mod tidy (no diff), forge fmt --check
	@out=$$(gofmt -l $$(git ls-files '*.go' | grep -v '^bindings/')); if [ -n "$$out" ]; then echo "gofmt: $$out"; exit 1; fi
	go vet ./...
	go vet -tags integration ./test/...
	@go mod tidy -diff >/dev/null || { echo "go.mod/go.sum are not tidy: run 'go mod tidy'"; exit 1; }
	$(FORGE) fmt --check

fmt: $(NPM_STAMP) ## format Go and Solidity sources
	gofmt -w $$(git ls-files '*.go' | grep -v '^bindings/')
	$(FORGE) fmt

check-docs: ## fail when README/docs point outside the repository or at files it does not have
	@tools/check-docs.sh

clean: ## remove build output (keeps node_modules and build/bin)
	rm -rf build/forge build/bench
