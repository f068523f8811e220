# The campus market dapp: web/ (sources; the esbuild bundle is committed in dapp/dist so that
# `go build` works on a fresh clone), dapp/ + cmd/dapp (Go server, assets embedded), test/dapp
# (headless Debian Chromium driven by playwright-core on the shared devnet). Included by the Makefile.
WEB_STAMP   := web/node_modules/.installed
DAPP_BIN    := $(BIN)/dapp
CHROMIUM    := /usr/bin/chromium
DAPP_LISTEN ?= 127.0.0.1:8088
DAPP_FLAGS  ?= -devnet

.PHONY: web check-web dapp test-dapp test-web

$(WEB_STAMP): web/package.json web/package-lock.json
	cd web && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	@touch $@

# The browser tests import viem and playwright-core from web/node_modules.
test/dapp/node_modules: | $(WEB_STAMP)
	ln -sfn ../../web/node_modules $@

web: $(WEB_STAMP) contracts ## bundle the dapp (web/src + forge ABIs -> dapp/dist); commit dapp/dist
	cd web && node build.mjs

check-web: $(WEB_STAMP) contracts ## fail when the committed dapp/dist is stale
	@tmp=$$(mktemp -d); trap 'rm -rf $$tmp' EXIT; (cd web && node build.mjs --out $$tmp >/dev/null); \
	if ! diff -r -q dapp/dist $$tmp; then echo "dapp/dist is stale: run 'make web' and commit"; exit 1; fi; \
	echo "dapp/dist: up to date ($$(du -sk dapp/dist | cut -f1) KiB)"

$(DAPP_BIN): $(shell find dapp cmd/dapp chain/manifest -type f 2>/dev/null) go.mod
	go build -o $@ ./cmd/dapp

# A browser download does not work here: the tests drive Debian's Chromium.
$(CHROMIUM):
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium

dapp: $(DAPP_BIN) devnet-up ## serve the dapp on the devnet at http://$(DAPP_LISTEN)/ (demo accounts on)
	$(DAPP_BIN) -manifest $(DEVNET_MANIFEST) -listen $(DAPP_LISTEN) $(DAPP_FLAGS)

test-web: $(WEB_STAMP) contracts test/dapp/node_modules ## the page's error wording, without browser or chain
	cd web && node build.mjs --abis-only
	node --test test/dapp/errors.test.mjs

TEST_TARGETS += test-dapp
test-dapp: devnet-up check-web $(DAPP_BIN) $(CHROMIUM) test/dapp/node_modules ## browser tests on the shared devnet; screenshot build/test-artifacts/dapp.png
	cd web && node build.mjs --abis-only
	DAPP_MANIFEST=$(DEVNET_MANIFEST) DAPP_BIN=$(DAPP_BIN) node --test --test-concurrency=1 --test-timeout=900000 test/dapp/
