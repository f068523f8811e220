# Token behaviour a wallet sees: EIP-2612 permits of GRID and cTHB signed with viem's signTypedData
# over the domain read from the deployed token, on an anvil of its own (paris rules; no devnet).
# Included by the Makefile.
.PHONY: test-permit

# The test imports viem from web/node_modules.
test/tokens/node_modules: | $(WEB_STAMP)
	ln -sfn ../../web/node_modules $@

TEST_TARGETS += test-permit
test-permit: contracts $(NPM_STAMP) test/tokens/node_modules ## EIP-2612 permits signed with viem as a wallet signs them (anvil)
	node --test test/tokens/
