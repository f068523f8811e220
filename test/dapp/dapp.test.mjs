// Browser tests of the campus market dapp: headless Debian Chromium driven by playwright-core
// against a running chain (the shared devnet's manifest by default) and the dapp server binary.
// Every wait is on a condition; nothing sleeps for a fixed time.
//
//   DAPP_MANIFEST=build/devnet/deployment.json DAPP_BIN=build/bin/dapp node --test test/dapp/
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createPublicClient, createWalletClient, http, parseEther, defineChain } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const MANIFEST = resolve(root, process.env.DAPP_MANIFEST ?? 'build/devnet/deployment.json');
const DAPP_BIN = resolve(root, process.env.DAPP_BIN ?? 'build/bin/dapp');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const ARTIFACTS = resolve(root, process.env.ARTIFACTS ?? 'build/test-artifacts');
const TradingAbi = JSON.parse(readFileSync(join(root, 'build/forge/out/Trading.sol/Trading.json'), 'utf8')).abi;
const ERC20Abi = JSON.parse(readFileSync(join(root, 'build/forge/out/GridToken.sol/GridToken.json'), 'utf8')).abi;

const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
const rpcUrl = manifest.nodes[0].rpcUrl;
const chain = defineChain({ id: manifest.chainId, name: 'campus', nativeCurrency: { name: 'gas', symbol: 'GAS', decimals: 18 }, rpcUrls: { default: { http: [rpcUrl] } } });
const rpc = createPublicClient({ chain, transport: http(rpcUrl), pollingInterval: 500 });
const trading = manifest.contracts.Trading;
const readTrading = (functionName, args = []) => rpc.readContract({ address: trading, abi: TradingAbi, functionName, args });

let server;
let userDataDir;
let context;
let page;
let baseUrl;
let pageConfig;
const pageErrors = [];
let screenshotTaken = false;
const placed = {};

/** Polls `fn` until it returns a truthy value (returned) or `timeoutMs` passes. */
async function until(what, fn, timeoutMs = 60_000, everyMs = 250) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${last.message}` : ''}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

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

function keyOf(account) {
  return `0x${readFileSync(account.keyFile, 'utf8').trim().replace(/^0x/, '')}`;
}

/** Clears every pending epoch up to `epoch` with a market maker key from the manifest, unless a keeper already did. */
async function ensureCleared(epoch) {
  const makers = new Set((manifest.roles?.marketMaker ?? []).map((a) => a.toLowerCase()));
  const keeper = Object.values(manifest.accounts ?? {}).find((a) => a.keyFile && (makers.has(a.address.toLowerCase()) || /^keeper/i.test(a.name)));
  await until(`epoch ${epoch} to be cleared`, async () => {
    const r = await readTrading('getEpochResult', [epoch]);
    if (r.status >= 2) return true;
    const [pending, next] = await readTrading('nextEpochToClear');
    const [current] = await readTrading('currentEpoch');
    if (!pending || next >= current || !keeper) return false;
    const wallet = createWalletClient({ account: privateKeyToAccount(keyOf(keeper)), chain, transport: http(rpcUrl) });
    try {
      const { request } = await rpc.simulateContract({ account: wallet.account, address: trading, abi: TradingAbi, functionName: 'matchOrders', args: [next] });
      await rpc.waitForTransactionReceipt({ hash: await wallet.writeContract(request) });
    } catch {
      // another keeper cleared it first, or the chain has not reached the end yet: look again
    }
    return false;
  }, 240_000, 1000);
}

before(async () => {
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}/`;
  server = spawn(DAPP_BIN, ['-manifest', MANIFEST, '-listen', `127.0.0.1:${port}`, '-devnet'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let serverLog = '';
  server.stderr.on('data', (d) => { serverLog += d; });
  await until('the dapp server to be ready', async () => {
    if (server.exitCode !== null) throw new Error(`dapp server exited: ${serverLog}`);
    return (await fetch(`${baseUrl}readyz`)).ok;
  }, 30_000);
  pageConfig = await (await fetch(`${baseUrl}config.json`)).json();
  userDataDir = mkdtempSync(join(tmpdir(), 'dapp-chromium-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    viewport: { width: 1280, height: 1400 },
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (err) => pageErrors.push(err.message));
  page.on('console', (msg) => { if (msg.type() === 'error') pageErrors.push(msg.text()); });
});

after(async () => {
  if (page && !screenshotTaken) {
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'dapp-failure.png'), fullPage: true }).catch(() => {});
  }
  await context?.close();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  if (server && server.exitCode === null) {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
  }
});

test('the page loads the chain configuration and follows new blocks', async () => {
  assert.ok(trading, 'the manifest has no Trading contract: deploy the market first');
  await page.goto(baseUrl);
  assert.equal(await page.title(), 'Campus Solar Market');
  const first = await until('a block number in the header', async () => (await page.textContent('#network')).match(/block (\d+)/)?.[1]);
  await until('the header to follow the next block', async () => {
    const now = (await page.textContent('#network')).match(/block (\d+)/)?.[1];
    return now && BigInt(now) > BigInt(first);
  });
  const [epoch] = await readTrading('currentEpoch');
  const shown = await until('the epoch number', async () => (await page.textContent('#epoch-number')).match(/#(\d+)/)?.[1]);
  assert.ok(BigInt(shown) >= epoch && BigInt(shown) <= epoch + 1n, `page shows epoch ${shown}, chain says ${epoch}`);
});

test('the epoch counts down', async () => {
  const parse = (t) => { const m = t.match(/^(\d+):(\d\d)$/); return m ? Number(m[1]) * 60 + Number(m[2]) : null; };
  const a = await until('a countdown', async () => parse((await page.textContent('#countdown')).trim()) ?? false);
  const b = await until('the countdown to move', async () => {
    const v = parse((await page.textContent('#countdown')).trim());
    return v !== null && v !== a ? v : false;
  }, 10_000);
  const [, endTime] = await readTrading('currentEpoch');
  const block = await rpc.getBlock();
  assert.ok(b < a || b > a + 5, `countdown went from ${a} to ${b}`);
  assert.ok(Math.abs(b - Number(endTime - block.timestamp)) <= 12 || b > a, `countdown ${b}s, chain says ${endTime - block.timestamp}s`);
});

async function pickDemo(name) {
  const idx = pageConfig.demoAccounts.findIndex((a) => a.name === name);
  await page.selectOption('#demo-select', String(idx));
  const addr = pageConfig.demoAccounts[idx].address.toLowerCase();
  await until(`${name} to be connected`, async () => (await page.textContent('#who-label')).toLowerCase().includes(addr));
  await until(`${name}'s balances`, async () => /cTHB/.test(await page.textContent('#bal-thb')));
  return pageConfig.demoAccounts[idx];
}

async function placeOrder(side, amount, price, expectEscrow) {
  await page.check(`input[name=side][value=${side}]`);
  await page.fill('#order-amount', amount);
  await page.fill('#order-price', price);
  await until(`the escrow preview (${expectEscrow})`, async () => (await page.textContent('#escrow')).includes(expectEscrow), 5000);
  await page.evaluate(() => { const s = document.getElementById('trade-status'); s.className = 'status'; delete s.dataset.orderId; });
  await page.click('#place-order');
  const outcome = await until('the order to be placed', async () => page.evaluate(() => {
    const s = document.getElementById('trade-status');
    if (s.classList.contains('error')) return { error: s.textContent };
    if (s.classList.contains('ok') && s.dataset.orderId) return { id: s.dataset.orderId, text: s.textContent };
    return null;
  }), 90_000);
  assert.ok(!outcome.error, `placing failed: ${outcome.error}`);
  return BigInt(outcome.id);
}

test('a demo account places a buy order that appears on chain', async () => {
  const candidates = pageConfig.demoAccounts.filter((a) => !a.name.startsWith('registrar'));
  let buyer;
  // Prefer a consumer (no GRID), so that a prosumer is left to sell.
  const gridOf = (a) => rpc.readContract({ address: manifest.contracts.GridToken, abi: ERC20Abi, functionName: 'balanceOf', args: [a.address] });
  const grids = await Promise.all(candidates.map(gridOf));
  const ordered = candidates.map((a, i) => ({ a, prosumer: grids[i] > 0n })).sort((x, y) => Number(x.prosumer) - Number(y.prosumer)).map((x) => x.a);
  for (const a of ordered) {
    const thb = await rpc.readContract({ address: manifest.contracts.SettlementToken, abi: ERC20Abi, functionName: 'balanceOf', args: [a.address] });
    if (thb >= parseEther('1')) { buyer = a; break; }
  }
  assert.ok(buyer, 'no demo account holds 1 cTHB');
  await pickDemo(buyer.name);
  const id = await placeOrder('buy', '0.2', '3.00', '0.6 cTHB');
  const order = await readTrading('getOrder', [id]);
  assert.equal(order.owner.toLowerCase(), buyer.address.toLowerCase());
  assert.equal(order.side, 1);
  assert.equal(order.amount, parseEther('0.2'));
  assert.equal(order.limitPrice, parseEther('3'));
  assert.equal(order.status, 1);
  placed.buy = { id, epoch: order.epoch, owner: buyer };
  await page.waitForSelector(`#orders-table tr[data-order-id="${id}"]`, { timeout: 30_000 });
});

test('a prosumer with GRID offers it (when a demo account holds GRID)', async (t) => {
  let seller;
  for (const a of pageConfig.demoAccounts.filter((d) => d.name !== placed.buy.owner.name && !d.name.startsWith('registrar'))) {
    const bal = await rpc.readContract({ address: manifest.contracts.GridToken, abi: ERC20Abi, functionName: 'balanceOf', args: [a.address] });
    if (bal >= parseEther('0.2')) { seller = a; break; }
  }
  if (!seller) return t.skip('no demo account holds GRID on this chain');
  await pickDemo(seller.name);
  const id = await placeOrder('sell', '0.2', '2.50', '0.2 GRID');
  const order = await readTrading('getOrder', [id]);
  assert.equal(order.owner.toLowerCase(), seller.address.toLowerCase());
  assert.equal(order.side, 0);
  placed.sell = { id, epoch: order.epoch, owner: seller };
  await pickDemo(placed.buy.owner.name);
});

test('the depth chart draws the open book', async () => {
  const { epoch } = placed.buy;
  const state = await until('the depth chart', async () => page.evaluate(() => {
    const c = document.getElementById('depth-chart');
    if (c.dataset.rendered !== '1') return null;
    const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let ink = 0;
    for (let i = 3; i < px.length; i += 4) if (px[i] > 0) ink++;
    return { epoch: c.dataset.epoch, points: Number(c.dataset.points), ink };
  }));
  if (BigInt(state.epoch) === epoch) assert.ok(state.points >= 1, `depth chart of epoch ${epoch} shows ${state.points} levels`);
  assert.ok(state.ink > 500, `depth chart drew ${state.ink} pixels`);
  const [, , demand] = await readTrading('getDepth', [epoch]);
  assert.ok(demand.some((d) => d >= parseEther('0.2')), 'the chain book holds the bid');
});

test('a closed epoch cannot be cancelled: the error reads in plain words', async () => {
  const { id, epoch } = placed.buy;
  await until(`epoch ${epoch} to end`, async () => (await readTrading('currentEpoch'))[0] > epoch, 240_000, 1000);
  const text = await page.evaluate(async (orderId) => {
    try {
      await window.__dapp.chain.write('Trading', 'cancelOrder', [BigInt(orderId)]);
      return 'no error';
    } catch (err) {
      return window.__dapp.explain(err);
    }
  }, id.toString());
  assert.match(text, /The epoch has ended: its orders can no longer be cancelled\.|The order is cancelled or settled already\./);
  assert.doesNotMatch(text, /0x[0-9a-f]{8}/i, `raw revert data in: ${text}`);
});

test('the clearing shows in the history chart, and the buyer claims', async () => {
  const { id, epoch } = placed.buy;
  await ensureCleared(epoch);
  await until('the history chart to hold the cleared epoch', async () => page.evaluate((e) => {
    const c = document.getElementById('history-chart');
    const rows = [...document.querySelectorAll('#epochs tbody tr')].map((r) => r.cells[0].textContent);
    return c.dataset.rendered === '1' && Number(c.dataset.points) >= 1 && rows.includes(`#${e}`);
  }, epoch.toString()), 60_000);
  const before = await readTrading('getOrder', [id]);
  if (before.status === 1) {
    const claim = `#orders-table tr[data-order-id="${id}"] button`;
    await page.waitForSelector(claim, { timeout: 30_000 });
    await page.click(claim);
    const outcome = await until('the claim', async () => page.evaluate(() => {
      const s = document.getElementById('orders-status');
      if (s.classList.contains('error')) return { error: s.textContent };
      if (s.classList.contains('ok')) return { text: s.textContent };
      return null;
    }), 90_000);
    assert.ok(!outcome.error, `claim failed: ${outcome.error}`);
  }
  const afterClaim = await readTrading('getOrder', [id]);
  assert.equal(afterClaim.status, 3, 'the order is settled on chain');
  await until('the order row to show Settled', async () => (await page.getAttribute(`#orders-table tr[data-order-id="${id}"]`, 'data-status')) === 'Settled', 30_000);
});

test('the page raised no script errors; screenshot saved', async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, 'dapp.png'), fullPage: true });
  screenshotTaken = true;
  assert.deepEqual(pageErrors, []);
});
