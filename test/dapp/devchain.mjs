// Development chain for the dapp without the four-signer devnet: deploys Registry, GridToken,
// SettlementToken and Trading from the forge output to an anvil node with viem, wires the roles,
// onboards demo users and writes a manifest in the devnet's format (chain/manifest).
//
//   node_modules/.bin/anvil --hardfork paris --port 8600 --block-time 2 &
//   node test/dapp/devchain.mjs --rpc http://127.0.0.1:8600 --out build/dapp-dev
import { createPublicClient, createWalletClient, http, keccak256, toHex, parseEther, maxUint256, defineChain } from 'viem';
import { privateKeyToAccount, mnemonicToAccount } from 'viem/accounts';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: {
  rpc: { type: 'string', default: 'http://127.0.0.1:8600' },
  out: { type: 'string', default: 'build/dapp-dev' },
  'forge-out': { type: 'string', default: 'build/forge/out' },
  'epoch-length': { type: 'string', default: '60' },
} });
const outDir = resolve(values.out);
mkdirSync(join(outDir, 'keys'), { recursive: true });

const MNEMONIC = 'test test test test test test test test test test test junk'; // anvil's default
const key = (i) => toHex(mnemonicToAccount(MNEMONIC, { addressIndex: i }).getHdKey().privateKey);
const names = ['deployer', 'registrar', 'settlementOperator', 'keeper', 'user01', 'user02', 'user03', 'user04'];
const keys = Object.fromEntries(names.map((n, i) => [n, key(i)]));
const acct = Object.fromEntries(names.map((n) => [n, privateKeyToAccount(keys[n])]));

const transport = http(values.rpc);
const pub = createPublicClient({ transport });
const chainId = await pub.getChainId();
const chain = defineChain({ id: chainId, name: 'anvil', nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 }, rpcUrls: { default: { http: [values.rpc] } } });
const wallet = (n) => createWalletClient({ account: acct[n], chain, transport });
const art = (n) => JSON.parse(readFileSync(join(values['forge-out'], `${n}.sol`, `${n}.json`), 'utf8'));

async function deploy(name, args) {
  const a = art(name);
  const hash = await wallet('deployer').deployContract({ abi: a.abi, bytecode: a.bytecode.object, args });
  const r = await pub.waitForTransactionReceipt({ hash });
  if (r.status !== 'success') throw new Error(`deploy ${name} failed`);
  return { address: r.contractAddress, abi: a.abi, block: r.blockNumber };
}
async function send(who, c, functionName, args) {
  const hash = await wallet(who).writeContract({ address: c.address, abi: c.abi, functionName, args });
  const r = await pub.waitForTransactionReceipt({ hash });
  if (r.status !== 'success') throw new Error(`${functionName} failed`);
}
const read = (c, functionName, args = []) => pub.readContract({ address: c.address, abi: c.abi, functionName, args });
const gov = acct.deployer.address;

// Mine each transaction at once while deploying (anvil only), then go back to 2 s blocks like the devnet.
const anvil = await pub.request({ method: 'web3_clientVersion' }).then((v) => /anvil/i.test(v));
if (anvil) await pub.request({ method: 'evm_setAutomine', params: [true] });
const registry = await deploy('Registry', [gov]);
const gridToken = await deploy('GridToken', [registry.address, gov]);
const thb = await deploy('SettlementToken', [gov]);
const trading = await deploy('Trading', [registry.address, gridToken.address, thb.address, gov, {
  epochLength: BigInt(values['epoch-length']), firstEpochStart: 0n,
  priceFloor: parseEther('2.2'), priceCeiling: parseEther('4.15'), priceTick: parseEther('0.01'),
  amountQuantum: 10n ** 15n, minOrderAmount: 10n ** 17n, maxOrdersPerUser: 100n, maxOrdersPerEpoch: 10000n,
  wheelingFeePerKwh: 0n, gridOperator: gov, settleBatchSize: 100n,
}]);

await send('deployer', registry, 'grantRole', [await read(registry, 'REGISTRAR_ROLE'), acct.registrar.address]);
await send('deployer', thb, 'grantRole', [await read(thb, 'SETTLEMENT_OPERATOR_ROLE'), acct.settlementOperator.address]);
await send('deployer', gridToken, 'grantRole', [await read(gridToken, 'SYSTEM_ROLE'), trading.address]);
await send('deployer', thb, 'grantRole', [await read(thb, 'SYSTEM_ROLE'), trading.address]);
await send('deployer', gridToken, 'grantRole', [await read(gridToken, 'MINTER_ROLE'), gov]);
await send('deployer', trading, 'grantRole', [await read(trading, 'MARKET_MAKER_ROLE'), acct.keeper.address]);

const demo = ['user01', 'user02', 'user03', 'user04'];
for (const [i, n] of demo.entries()) {
  const who = acct[n].address;
  const prosumer = i % 2 === 0;
  await send('registrar', registry, 'registerUser', [who, prosumer ? 1 : 2, prosumer ? 'Engineering Bldg 3 roof' : 'Dormitory A']);
  await send('settlementOperator', thb, 'topUp', [who, parseEther('10000'), keccak256(toHex(`dev top-up ${n}`))]);
  if (prosumer) {
    const meter = keccak256(toHex(`DEV-METER-${n}`));
    await send('registrar', registry, 'assignMeter', [meter, who, acct.deployer.address]);
    await send('deployer', gridToken, 'mint', [who, parseEther('25'), meter]);
  }
}

if (anvil) await pub.request({ method: 'evm_setIntervalMining', params: [2] });
for (const n of names) writeFileSync(join(outDir, 'keys', `${n}.key`), keys[n].slice(2) + '\n', { mode: 0o600 });
const account = (n) => ({ name: n, address: acct[n].address.toLowerCase(), keyFile: join(outDir, 'keys', `${n}.key`) });
const manifest = {
  chainId, nodes: [], rpc: [{ name: 'anvil', rpcUrl: values.rpc, wsUrl: values.rpc.replace('http', 'ws') }],
  contracts: { Registry: registry.address.toLowerCase(), GridToken: gridToken.address.toLowerCase(), SettlementToken: thb.address.toLowerCase(), Trading: trading.address.toLowerCase() },
  deployBlock: Number(registry.block),
  roles: { governance: [gov.toLowerCase()], registrar: [acct.registrar.address.toLowerCase()], marketMaker: [acct.keeper.address.toLowerCase()] },
  accounts: Object.fromEntries(['deployer', 'registrar', 'settlementOperator', 'keeper'].map((n) => [n, account(n)])),
  demo: demo.map(account),
  market: { epochLength: Number(values['epoch-length']) },
};
writeFileSync(join(outDir, 'deployment.json'), JSON.stringify(manifest, null, 2) + '\n');
console.log(`deployed to chain ${chainId}; manifest ${join(outDir, 'deployment.json')}`);
