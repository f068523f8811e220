## ---------------------------------------------------------------- keeper (issue 6)
# The keeper daemon (keeper/, cmd/keeper), its Chainlink AutomationCompatibleInterface binding,
# its integration suite and its benchmark. Included by the main Makefile.
KEEPER := $(BIN)/keeper
AUTOMATION_ARTIFACT := build/forge/out/AutomationCompatibleInterface.sol/AutomationCompatibleInterface.json

.PHONY: keeper bindings-automation check-bindings-automation test-keeper bench-keeper

$(KEEPER): $(shell find keeper cmd/keeper bindings txmgr db chain -name '*.go' 2>/dev/null) go.mod
	go build -o $@ ./cmd/keeper

keeper: $(KEEPER) ## build the keeper daemon into build/bin/keeper

# tools/artifact.js needs creation bytecode, which an interface has none of: this one binding is
# generated from the ABI alone (abigen --abi), from Chainlink's own interface as forge compiled it.
bindings-automation: contracts $(ABIGEN) ## regenerate bindings/automation (Chainlink AutomationCompatibleInterface, ABI only)
	@tmp=$$(mktemp -d); trap 'rm -rf $$tmp' EXIT; \
	node -e 'const a=require(process.argv[1]);process.stdout.write(JSON.stringify(a.abi))' \
	  "$(CURDIR)/$(AUTOMATION_ARTIFACT)" >$$tmp/automation.abi; \
	mkdir -p bindings/automation; \
	$(ABIGEN) --v2 --abi $$tmp/automation.abi --pkg automation --type AutomationCompatibleInterface \
	  --out bindings/automation/automation.go

check-bindings-automation: contracts $(ABIGEN) ## fail when bindings/automation is stale
	@tmp=$$(mktemp -d); trap 'rm -rf $$tmp' EXIT; \
	node -e 'const a=require(process.argv[1]);process.stdout.write(JSON.stringify(a.abi))' \
	  "$(CURDIR)/$(AUTOMATION_ARTIFACT)" >$$tmp/automation.abi; \
	$(ABIGEN) --v2 --abi $$tmp/automation.abi --pkg automation --type AutomationCompatibleInterface --out $$tmp/automation.go; \
	if ! diff -q bindings/automation/automation.go $$tmp/automation.go; then \
	  echo "bindings/automation is stale: run 'make bindings-automation' and commit"; exit 1; fi; \
	echo "bindings/automation: up to date"

TEST_TARGETS += test-keeper
test-keeper: check-bindings-automation devnet-up pg-up $(KEEPER) ## keeper integration suite: real keeper processes on the shared devnet
	KEEPER_BIN=$(KEEPER) go test -tags integration ./test/keeper/ -count=1 -timeout 30m -v

BENCH_TARGETS += bench-keeper
bench-keeper: devnet-up pg-up $(KEEPER) ## clearing lag and 10,000-order settlement: build/bench/keeper.json
	KEEPER_BIN=$(KEEPER) go run ./bench/keeper -out build/bench/keeper.json
