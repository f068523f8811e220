// EIP-2612 permits of GRID and cTHB signed the way a wallet signs them: viem's signTypedData over
// the domain read from the deployed token (name() and eip712Domain(), as wallets and libraries
// build it), then permit() on chain. Runs on its own anvil (paris rules), no devnet needed.
//
//   node --test test/tokens/        (make test-permit)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPublicClient, createWalletClient, http, defineChain, parseEther, keccak256, toHex } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ANVIL = resolve(root, process.env.ANVIL ?? 'node_modules/.bin/anvil');
const art = (n) => JSON.parse(readFileSync(join(root, 'build/forge/out', `${n}.sol`, `${n}.json`), 'utf8'));
// anvil's first default accounts (public test keys): governance, and a token holder who signs permits.
const gov = privateKeyToAccount('0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80');
const holder = privateKeyToAccount('0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d');
const spender = '0x00000000000000000000000000000000000c0de5';

let anvil;
let pub;
let wallet;
let signer;
const tokens = {};

function freePort() {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
  });
}

async function send(account, address, abi, functionName, args) {
  const w = createWalletClient({ account, chain: pub.chain, transport: http(pub.transport.url) });
  const hash = await w.writeContract({ address, abi, functionName, args });
  const r = await pub.waitForTransactionReceipt({ hash });
  assert.equal(r.status, 'success', functionName);
}

async function deploy(name, args) {
  const a = art(name);
  const hash = await wallet.deployContract({ abi: a.abi, bytecode: a.bytecode.object, args });
  const r = await pub.waitForTransactionReceipt({ hash });
  assert.equal(r.status, 'success', `deploy ${name}`);
  return { address: r.contractAddress, abi: a.abi };
}

before(async () => {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  anvil = spawn(ANVIL, ['--hardfork', 'paris', '--host', '127.0.0.1', '--port', String(port), '--silent'], { stdio: 'ignore' });
  const chain = defineChain({ id: 31337, name: 'anvil', nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 }, rpcUrls: { default: { http: [url] } } });
  pub = createPublicClient({ chain, transport: http(url), pollingInterval: 50 });
  for (let i = 0; ; i++) {
    try {
      await pub.getBlockNumber();
      break;
    } catch (err) {
      if (i > 200 || anvil.exitCode !== null) throw new Error(`anvil did not start: ${err.message}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  wallet = createWalletClient({ account: gov, chain, transport: http(url) });
  signer = createWalletClient({ account: holder, chain, transport: http(url) });

  const registry = await deploy('Registry', [gov.address]);
  tokens.GRID = await deploy('GridToken', [registry.address, gov.address]);
  tokens.cTHB = await deploy('SettlementToken', [gov.address]);
  const role = (c, name) => pub.readContract({ address: c.address, abi: c.abi, functionName: name });
  await send(gov, registry.address, registry.abi, 'grantRole', [await role(registry, 'REGISTRAR_ROLE'), gov.address]);
  await send(gov, registry.address, registry.abi, 'registerUser', [holder.address, 1, 'Engineering Bldg 3 roof']);
  await send(gov, tokens.GRID.address, tokens.GRID.abi, 'grantRole', [await role(tokens.GRID, 'MINTER_ROLE'), gov.address]);
  await send(gov, tokens.GRID.address, tokens.GRID.abi, 'mint', [holder.address, parseEther('5'), keccak256(toHex('permit-test-meter'))]);
  await send(gov, tokens.cTHB.address, tokens.cTHB.abi, 'grantRole', [await role(tokens.cTHB, 'SETTLEMENT_OPERATOR_ROLE'), gov.address]);
  await send(gov, tokens.cTHB.address, tokens.cTHB.abi, 'topUp', [holder.address, parseEther('100'), keccak256(toHex('permit-test-topup'))]);
});

after(() => {
  if (anvil && anvil.exitCode === null) anvil.kill('SIGTERM');
});

const PERMIT_TYPES = {
  Permit: [
    { name: 'owner', type: 'address' }, { name: 'spender', type: 'address' }, { name: 'value', type: 'uint256' },
    { name: 'nonce', type: 'uint256' }, { name: 'deadline', type: 'uint256' },
  ],
};

/** Signs a permit as a wallet does (domain given) and submits it; resolves to the allowance after. */
async function permitWith(token, domain, value) {
  const read = (functionName, args = []) => pub.readContract({ address: token.address, abi: token.abi, functionName, args });
  const nonce = await read('nonces', [holder.address]);
  const deadline = BigInt(Math.floor(Date.now() / 1000) + 3600);
  const signature = await signer.signTypedData({
    domain, types: PERMIT_TYPES, primaryType: 'Permit',
    message: { owner: holder.address, spender, value, nonce, deadline },
  });
  const r = BigInt(signature.slice(0, 66));
  const s = BigInt(`0x${signature.slice(66, 130)}`);
  const v = Number(BigInt(`0x${signature.slice(130, 132)}`));
  await send(gov, token.address, token.abi, 'permit', [holder.address, spender, value, deadline, v, toHex(r, { size: 32 }), toHex(s, { size: 32 })]);
  return read('allowance', [holder.address, spender]);
}

for (const symbol of ['GRID', 'cTHB']) {
  test(`${symbol}: a permit signed under the domain built from name() sets the allowance`, async () => {
    const token = tokens[symbol];
    const name = await pub.readContract({ address: token.address, abi: token.abi, functionName: 'name' });
    const domain = { name, version: '1', chainId: await pub.getChainId(), verifyingContract: token.address };
    assert.equal(await permitWith(token, domain, parseEther('1.5')), parseEther('1.5'));
  });

  test(`${symbol}: eip712Domain() is the domain wallets build from name()`, async () => {
    const token = tokens[symbol];
    const name = await pub.readContract({ address: token.address, abi: token.abi, functionName: 'name' });
    // EIP-5267: `fields` says which domain fields the token uses (0x0f: name, version, chainId, verifyingContract).
    const { domain: all, fields } = await pub.getEip712Domain({ address: token.address });
    const keys = ['name', 'version', 'chainId', 'verifyingContract', 'salt'].filter((_, i) => Number(fields) & (1 << i));
    const domain = Object.fromEntries(keys.map((k) => [k, all[k]]));
    assert.deepEqual(
      { name: domain.name, version: domain.version, chainId: domain.chainId, verifyingContract: domain.verifyingContract.toLowerCase() },
      { name, version: '1', chainId: 31337, verifyingContract: token.address.toLowerCase() },
    );
    assert.equal(await permitWith(token, domain, parseEther('2')), parseEther('2'));
  });
}
