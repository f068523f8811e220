// The campus market page: wiring of the chain state to the DOM, refreshed on every new block.
import { decodeEventLog, getAddress, isAddress, isHex, keccak256, parseEther, toHex, formatEther } from 'viem';
import { ABI, Chain, discoverWallets, loadConfig } from './chain.js';
import { explain, errorName } from './errors.js';
import * as f from './format.js';
import { drawDepth, drawHistory, drawReadings } from './charts.js';

const $ = (id) => document.getElementById(id);
const SIDE = ['Sell', 'Buy'];
const ORDER_STATUS = ['–', 'Open', 'Cancelled', 'Settled'];
const EPOCH_STATUS = ['Open', 'Closed', 'Cleared', 'Settling', 'Settled'];
const USER_TYPE = ['–', 'Prosumer', 'Consumer'];
const USER_STATUS = ['Not registered', 'Active', 'Suspended'];
const HISTORY_POINTS = 48;
const ORDERS_SHOWN = 30;

let chain;
const st = {
  epoch: null, endTime: 0n, offset: 0, rules: null, lastPrice: 0n, block: 0n,
  history: [], historyFrom: 0n, refreshing: false, again: false,
  orders: new Map(), ordersFrom: 0n, meters: [], meter: null, readingsAt: 0, isRegistrar: false,
  accountGen: 0,
};

function setStatus(id, text, kind = '') {
  const el = $(id);
  el.textContent = text;
  el.className = `status ${kind}`;
}

function banner(text) {
  const el = $('banner');
  el.textContent = text;
  el.hidden = !text;
}

const orderLabel = (id) => `#${id >> 16n}-${id & 0xffffn}`;

async function main() {
  let cfg;
  try {
    cfg = await loadConfig();
  } catch (err) {
    banner(explain(err));
    return;
  }
  chain = new Chain(cfg);
  window.__dapp = { chain, state: st, explain }; // for the browser tests and curious users
  $('footer').textContent = `Chain ${cfg.chainId} · ` + Object.entries(cfg.contracts ?? {}).map(([n, a]) => `${n} ${f.short(a)}`).join(' · ');
  if (!chain.has('Trading')) banner('The market contract is not deployed on this chain yet: balances and the registrar view work, trading does not.');
  st.historyFrom = BigInt(cfg.deployBlock ?? 0);
  setupConnect(cfg);
  setupOrderForm();
  setupAdmin();
  setInterval(tickCountdown, 250);
  chain.public.watchBlockNumber({
    emitOnBegin: true,
    poll: true,
    pollingInterval: 1000,
    onBlockNumber: (n) => onBlock(n),
    onError: (err) => { $('network').textContent = `node unreachable: ${explain(err)}`; },
  });
}

// ------------------------------------------------------------------ connecting

function setupConnect(cfg) {
  discoverWallets((wallets) => {
    const box = $('wallets');
    box.replaceChildren(...wallets.map((w) => {
      const b = document.createElement('button');
      b.className = 'wallet-btn';
      if (w.icon) {
        const img = document.createElement('img');
        img.src = w.icon;
        img.alt = '';
        b.append(img);
      }
      b.append(`Connect ${w.name}`);
      b.onclick = async () => {
        try {
          await chain.useInjected(w.provider);
          w.provider.on?.('accountsChanged', (a) => (a?.length ? chain.useInjected(w.provider).then(accountChanged) : disconnect()));
          w.provider.on?.('chainChanged', () => chain.useInjected(w.provider).then(accountChanged).catch((e) => banner(explain(e))));
          accountChanged();
        } catch (err) {
          banner(explain(err));
        }
      };
      return b;
    }));
  });
  const demo = cfg.demoAccounts ?? [];
  if (demo.length) {
    $('demo-picker').hidden = false;
    const sel = $('demo-select');
    for (const [i, a] of demo.entries()) {
      const o = document.createElement('option');
      o.value = String(i);
      o.textContent = `${a.name} (${f.short(a.address)})`;
      o.dataset.name = a.name;
      sel.append(o);
    }
    sel.onchange = () => {
      if (sel.value === '') return disconnect();
      chain.useDemo(demo[Number(sel.value)].privateKey);
      sessionStorage.setItem('demo', demo[Number(sel.value)].name);
      accountChanged();
    };
    const remembered = demo.findIndex((a) => a.name === sessionStorage.getItem('demo'));
    if (remembered >= 0) {
      sel.value = String(remembered);
      sel.onchange();
    }
  }
  $('disconnect').onclick = disconnect;
}

function disconnect() {
  chain.disconnect();
  sessionStorage.removeItem('demo');
  $('demo-select').value = '';
  accountChanged();
}

function accountChanged() {
  st.accountGen++;
  st.orders = new Map();
  st.ordersFrom = BigInt(chain.cfg.deployBlock ?? 0);
  st.meters = [];
  st.meter = null;
  st.readingsAt = 0;
  st.isRegistrar = false;
  const on = Boolean(chain.account);
  $('who').hidden = !on;
  $('who-label').textContent = on ? `${chain.kind === 'demo' ? 'demo ' : ''}${chain.account}` : '';
  $('balances').hidden = !on;
  $('account-empty').hidden = on;
  $('admin').hidden = true;
  $('orders-table').tBodies[0].replaceChildren();
  $('meter-list').textContent = 'No meters.';
  $('meter-note').textContent = '';
  $('readings-chart').hidden = false;
  for (const id of ['trade-status', 'orders-status', 'admin-status']) setStatus(id, '');
  banner(chain.has('Trading') ? '' : $('banner').textContent);
  if (on) refreshAccount(st.block).catch((e) => banner(explain(e)));
}

// ------------------------------------------------------------------ refresh loop

async function onBlock(n) {
  st.block = n;
  if (st.refreshing) {
    st.again = true;
    return;
  }
  st.refreshing = true;
  try {
    do {
      st.again = false;
      await refreshAll(st.block);
    } while (st.again);
  } finally {
    st.refreshing = false;
  }
}

async function refreshAll(n) {
  try {
    const block = await chain.public.getBlock({ blockNumber: n });
    st.offset = Number(block.timestamp) - Date.now() / 1000;
    $('network').textContent = `${chain.cfg.chainName} · block ${n} · ${f.time(block.timestamp)}`;
    const jobs = [];
    if (chain.has('Trading')) jobs.push(refreshMarket(n));
    if (chain.account) jobs.push(refreshAccount(n));
    const results = await Promise.allSettled(jobs);
    const failed = results.find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
  } catch (err) {
    $('network').textContent = `refresh failed: ${explain(err)}`;
  }
}

async function refreshMarket(n) {
  const [[epoch, endTime], lastPrice] = await Promise.all([
    chain.read('Trading', 'currentEpoch'),
    chain.read('Trading', 'lastTradedPrice'),
  ]);
  if (st.epoch !== epoch) st.rules = await chain.read('Trading', 'marketRules', [epoch]);
  Object.assign(st, { epoch, endTime, lastPrice });
  $('epoch-number').textContent = `#${epoch}`;
  $('epoch-end').textContent = `(at ${f.time(endTime)})`;
  const r = st.rules;
  $('epoch-rules').textContent = `Prices ${f.fmt18(r.priceFloor, 2)}–${f.fmt18(r.priceCeiling, 2)} THB/kWh in steps of ${f.fmt18(r.priceTick, 2)}; orders from ${f.kwh(r.minOrderAmount)} in steps of ${f.kwh(r.amountQuantum)}` +
    (r.wheelingFeePerKwh > 0n ? `; wheeling fee ${f.price(r.wheelingFeePerKwh)}` : '');
  $('last-price').textContent = lastPrice > 0n ? `Last clearing price ${f.price(lastPrice)}` : 'No epoch has traded yet';
  updateEscrow();
  const [prices, supply, demand] = await chain.read('Trading', 'getDepth', [epoch]);
  drawDepth($('depth-chart'), { prices, supply, demand }, lastPrice);
  $('depth-chart').dataset.epoch = epoch.toString();
  await refreshHistory(n);
}

async function refreshHistory(n) {
  if (n >= st.historyFrom) {
    const logs = await chain.public.getContractEvents({
      address: chain.addr.Trading, abi: ABI.Trading, eventName: 'EpochCleared', fromBlock: st.historyFrom, toBlock: n,
    });
    for (const l of logs) st.history.push({ epoch: l.args.epoch, clearingPrice: l.args.clearingPrice, volume: l.args.volume });
    st.historyFrom = n + 1n;
  }
  const rows = st.history.slice(-HISTORY_POINTS);
  drawHistory($('history-chart'), rows);
  const last = rows.slice(-6).reverse();
  const results = await Promise.all(last.map((h) => chain.read('Trading', 'getEpochResult', [h.epoch])));
  $('epochs').tBodies[0].replaceChildren(...last.map((h, i) => {
    const r = results[i];
    return tr([`#${h.epoch}`, f.time(r.endTime), h.volume > 0n ? f.price(h.clearingPrice) : 'no trade', f.kwh(h.volume),
      r.status >= 2 && r.settledCount === r.orderCount ? `all ${r.orderCount} paid out` : `${EPOCH_STATUS[r.status]} (${r.settledCount}/${r.orderCount} paid)`]);
  }));
}

function tr(cells) {
  const row = document.createElement('tr');
  for (const c of cells) {
    const td = document.createElement('td');
    if (c instanceof Node) td.append(c);
    else td.textContent = c;
    row.append(td);
  }
  return row;
}

function tickCountdown() {
  if (st.epoch === null) return;
  const left = Number(st.endTime) - (Date.now() / 1000 + st.offset);
  $('countdown').textContent = left > 0 ? f.countdown(left) : '0:00 (closing at the next block)';
}

// ------------------------------------------------------------------ account

async function refreshAccount(n) {
  const account = chain.account;
  const gen = st.accountGen;
  const reads = [
    chain.has('GridToken') ? chain.read('GridToken', 'balanceOf', [account]) : null,
    chain.has('SettlementToken') ? chain.read('SettlementToken', 'balanceOf', [account]) : null,
    chain.public.getBalance({ address: account }),
    chain.read('Registry', 'getUser', [account]),
    chain.read('Registry', 'metersOf', [account]),
  ];
  const [gridBal, thbBal, gas, user, meters] = await Promise.all(reads);
  if (gen !== st.accountGen) return;
  $('bal-grid').textContent = gridBal === null ? '–' : f.grid(gridBal);
  $('bal-thb').textContent = thbBal === null ? '–' : f.thb(thbBal);
  $('bal-gas').textContent = `${f.fmt18(gas, 4)} ${chain.chain.nativeCurrency.symbol}`;
  $('user-status').textContent = user.status === 0 ? 'Not registered: ask a campus registrar' : `${USER_TYPE[user.userType]}, ${USER_STATUS[user.status]}${user.location ? ` · ${user.location}` : ''}`;
  st.balances = { GRID: gridBal ?? 0n, cTHB: thbBal ?? 0n };
  await Promise.all([refreshOrders(n, gen), refreshMeters(meters, gen), refreshAdmin(gen)]);
}

async function refreshAdmin(gen) {
  if (st.isRegistrar || !chain.account) return;
  const role = await chain.read('Registry', 'REGISTRAR_ROLE');
  const is = await chain.read('Registry', 'hasRole', [role, chain.account]);
  if (gen !== st.accountGen) return;
  st.isRegistrar = is;
  $('admin').hidden = !is;
}

async function refreshOrders(n, gen) {
  if (!chain.has('Trading')) return;
  if (n >= st.ordersFrom) {
    const logs = await chain.public.getContractEvents({
      address: chain.addr.Trading, abi: ABI.Trading, eventName: 'OrderPlaced', args: { owner: chain.account }, fromBlock: st.ordersFrom, toBlock: n,
    });
    if (gen !== st.accountGen) return;
    for (const l of logs) st.orders.set(l.args.orderId, { escrow: l.args.escrow });
    st.ordersFrom = n + 1n;
  }
  const ids = [...st.orders.keys()].sort((a, b) => (a < b ? 1 : -1)).slice(0, ORDERS_SHOWN);
  const infos = await Promise.all(ids.map((id) => chain.read('Trading', 'getOrder', [id])));
  const epochs = [...new Set(infos.map((o) => o.epoch))];
  const results = new Map(await Promise.all(epochs.map(async (e) => [e, await chain.read('Trading', 'getEpochResult', [e])])));
  if (gen !== st.accountGen) return;
  $('orders-empty').hidden = ids.length > 0;
  $('orders-table').tBodies[0].replaceChildren(...infos.map((o) => {
    const res = results.get(o.epoch);
    let action = '';
    if (o.status === 1 && res.status === 0) action = button('Cancel', () => cancelOrder(o.orderId));
    else if (o.status === 1 && res.status >= 2) action = button('Claim', () => claimOrder(o));
    const filled = o.fillFinal ? f.kwh(o.filledAmount) : res.status <= 1 ? 'not cleared yet' : 'being tallied';
    const status = o.status === 1 && res.status >= 2 ? 'Cleared, to be paid' : ORDER_STATUS[o.status];
    const row = tr([orderLabel(o.orderId), SIDE[o.side], f.kwh(o.amount), f.price(o.limitPrice), status, filled, action]);
    row.dataset.orderId = o.orderId.toString();
    row.dataset.status = ORDER_STATUS[o.status];
    return row;
  }));
}

function button(text, onclick) {
  const b = document.createElement('button');
  b.className = 'small';
  b.textContent = text;
  b.onclick = async () => {
    b.disabled = true;
    try {
      await onclick();
    } finally {
      b.disabled = false;
    }
  };
  return b;
}

async function cancelOrder(id) {
  setStatus('orders-status', `Cancelling ${orderLabel(id)}…`);
  try {
    await chain.write('Trading', 'cancelOrder', [id]);
    setStatus('orders-status', `Order ${orderLabel(id)} cancelled: its escrow is back in your balance.`, 'ok');
  } catch (err) {
    setStatus('orders-status', explain(err), 'error');
  }
  onBlock(await chain.public.getBlockNumber());
}

async function claimOrder(o) {
  setStatus('orders-status', `Claiming ${orderLabel(o.orderId)}…`);
  try {
    try {
      await chain.write('Trading', 'claim', [o.orderId]);
    } catch (err) {
      if (errorName(err) !== 'Trading__AllocationPending') throw err;
      // The marginal split is not tallied yet: anyone may tally it, so do it and claim again.
      setStatus('orders-status', 'The fills of this epoch are still being tallied: finishing the tally first…');
      await chain.write('Trading', 'allocateMarginal', [o.epoch, 10_000n]);
      await chain.write('Trading', 'claim', [o.orderId]);
    }
    setStatus('orders-status', `Order ${orderLabel(o.orderId)} paid out.`, 'ok');
  } catch (err) {
    setStatus('orders-status', explain(err), 'error');
  }
  onBlock(await chain.public.getBlockNumber());
}

// ------------------------------------------------------------------ meters

async function refreshMeters(meters, gen) {
  const ids = [...meters];
  if (ids.join() !== st.meters.join()) {
    st.meters = ids;
    if (!ids.includes(st.meter)) st.meter = ids[0] ?? null;
    st.readingsAt = 0;
    const list = $('meter-list');
    if (!ids.length) list.textContent = 'No meters assigned to this account.';
    else {
      list.replaceChildren(...ids.map((id) => {
        const s = document.createElement('span');
        s.className = `meter${id === st.meter ? ' active' : ''}`;
        s.textContent = `${id.slice(0, 10)}…${id.slice(-4)}`;
        s.title = id;
        s.onclick = () => { st.meter = id; st.readingsAt = 0; for (const c of list.children) c.classList.toggle('active', c.title === id); refreshReadings(gen); };
        return s;
      }));
    }
  }
  if (Date.now() - st.readingsAt > 10_000) await refreshReadings(gen);
}

async function refreshReadings(gen) {
  st.readingsAt = Date.now();
  const canvas = $('readings-chart');
  if (!st.meter) return drawReadings(canvas, [], 'No meter is assigned to this account');
  if (!chain.cfg.meterbridge) {
    canvas.hidden = true;
    $('meter-note').textContent = 'Readings need meterbridge, which this dapp server is not connected to.';
    return;
  }
  try {
    const latest = await fetch(`api/meters/${st.meter}/latest`);
    if (latest.status === 404) return drawReadings(canvas, []);
    if (!latest.ok) throw new Error(`meterbridge answered ${latest.status}`);
    const last = await latest.json();
    const span = Math.max(1, last.intervalEnd - last.intervalStart);
    const from = Math.max(0, last.intervalEnd - span * 48);
    const res = await fetch(`api/meters/${st.meter}/readings?from=${from}&limit=100`);
    if (!res.ok) throw new Error(`meterbridge answered ${res.status}`);
    const rows = (await res.json()).readings ?? [];
    const intervals = [];
    for (let i = 1; i < rows.length; i++) {
      intervals.push({ end: rows[i].intervalEnd, exportWh: rows[i].exportWh - rows[i - 1].exportWh, importWh: rows[i].importWh - rows[i - 1].importWh });
    }
    if (gen === st.accountGen) drawReadings(canvas, intervals);
    $('meter-note').textContent = intervals.length ? `Last ${intervals.length} intervals of meter ${st.meter.slice(0, 10)}…` : '';
  } catch (err) {
    $('meter-note').textContent = `Readings are unavailable right now (${err.message}).`;
  }
}

// ------------------------------------------------------------------ placing orders

function readOrderForm() {
  const side = document.querySelector('input[name=side]:checked').value;
  const amount = f.parse18($('order-amount').value, 'Amount');
  const limitPrice = f.parse18($('order-price').value, 'Limit price');
  const r = st.rules;
  if (r) {
    if (amount < r.minOrderAmount) throw new Error(`The smallest order is ${f.kwh(r.minOrderAmount)}.`);
    if (amount % r.amountQuantum !== 0n) throw new Error(`Amounts go in steps of ${f.kwh(r.amountQuantum)}.`);
    if (limitPrice < r.priceFloor || limitPrice > r.priceCeiling) throw new Error(`Prices must lie between ${f.price(r.priceFloor)} and ${f.price(r.priceCeiling)}.`);
    if ((limitPrice - r.priceFloor) % r.priceTick !== 0n) throw new Error(`Prices go in steps of ${f.fmt18(r.priceTick, 2)} THB.`);
  }
  const escrow = f.escrowOf(side, amount, limitPrice, r?.wheelingFeePerKwh ?? 0n);
  return { side, amount, limitPrice, escrow };
}

function updateEscrow() {
  const el = $('escrow');
  try {
    const o = readOrderForm();
    const what = o.side === 'sell'
      ? `You offer ${f.kwh(o.amount)} at ${f.price(o.limitPrice)} or more.`
      : `You bid for ${f.kwh(o.amount)} at ${f.price(o.limitPrice)} or less.`;
    const value = o.escrow.token === 'GRID' ? f.grid(o.escrow.value) : f.thb(o.escrow.value);
    el.textContent = `${what} Escrow taken now: ${value} (unused escrow comes back after clearing).`;
    el.dataset.escrow = o.escrow.value.toString();
    el.classList.remove('error');
  } catch (err) {
    el.textContent = err.message;
    delete el.dataset.escrow;
  }
}

function setupOrderForm() {
  const form = $('order-form');
  form.addEventListener('input', updateEscrow);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const btn = $('place-order');
    btn.disabled = true;
    try {
      await placeOrder();
    } catch (err) {
      setStatus('trade-status', explain(err), 'error');
    } finally {
      btn.disabled = false;
    }
  });
  updateEscrow();
}

async function placeOrder() {
  if (!chain.account) throw new Error('Connect a wallet or pick a demo account first.');
  if (!chain.has('Trading')) throw new Error('The market contract is not deployed on this chain.');
  const o = readOrderForm();
  const token = o.side === 'sell' ? 'GridToken' : 'SettlementToken';
  const balance = await chain.read(token, 'balanceOf', [chain.account]);
  if (balance < o.escrow.value) {
    throw new Error(`This order needs ${f.fmt18(o.escrow.value)} ${o.escrow.token} in escrow and you have ${f.fmt18(balance)} ${o.escrow.token}.`);
  }
  setStatus('trade-status', `Checking that the market may hold your ${o.escrow.token}…`);
  const allowance = await chain.read(token, 'allowance', [chain.account, chain.addr.Trading]);
  if (allowance < o.escrow.value) {
    setStatus('trade-status', `Step 1 of 2: allow the market to hold your ${o.escrow.token} (asked once, never again)…`);
    await chain.ensureAllowance(token, o.escrow.value);
    setStatus('trade-status', 'Step 2 of 2: placing the order…');
  } else {
    setStatus('trade-status', 'Placing the order…');
  }
  const receipt = await chain.write('Trading', o.side === 'sell' ? 'createSellOrder' : 'createBuyOrder', [o.amount, o.limitPrice]);
  let placed = null;
  for (const log of receipt.logs) {
    if (log.address.toLowerCase() !== chain.addr.Trading.toLowerCase()) continue;
    try {
      const ev = decodeEventLog({ abi: ABI.Trading, data: log.data, topics: log.topics });
      if (ev.eventName === 'OrderPlaced') placed = ev.args;
    } catch { /* another event */ }
  }
  if (!placed) throw new Error('The order transaction succeeded but reported no order.');
  st.orders.set(placed.orderId, { escrow: placed.escrow });
  const status = $('trade-status');
  status.dataset.orderId = placed.orderId.toString();
  setStatus('trade-status', `Order ${orderLabel(placed.orderId)} placed in epoch #${placed.epoch}: ${o.escrow.token === 'GRID' ? f.grid(placed.escrow) : f.thb(placed.escrow)} held in escrow.`, 'ok');
  onBlock(receipt.blockNumber > st.block ? receipt.blockNumber : st.block);
}

// ------------------------------------------------------------------ registrar view

function meterId(text) {
  const t = text.trim();
  if (isHex(t) && t.length === 66) return t;
  if (!t) throw new Error('Enter a meter id.');
  return keccak256(toHex(t));
}

function address(text, what) {
  const t = text.trim();
  if (!isAddress(t)) throw new Error(`${what}: enter an address such as 0x12ab… (40 hex digits).`);
  return getAddress(t);
}

function setupAdmin() {
  const run = (form, fn) => form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const data = new FormData(form);
    const action = ev.submitter?.value;
    for (const b of form.querySelectorAll('button')) b.disabled = true;
    try {
      setStatus('admin-status', 'Sending…');
      setStatus('admin-status', await fn(data, action), 'ok');
    } catch (err) {
      setStatus('admin-status', explain(err), 'error');
    } finally {
      for (const b of form.querySelectorAll('button')) b.disabled = false;
    }
  });
  run($('form-register'), async (d) => {
    const who = address(d.get('account'), 'Wallet address');
    const allowance = d.get('allowance').trim() === '' ? 0n : parseEther(d.get('allowance').trim());
    await chain.write('Registry', 'registerUser', [who, Number(d.get('userType')), d.get('location').trim()]);
    // As gridctl does: top the new wallet up to the gas allowance so it can send its first orders.
    const has = await chain.public.getBalance({ address: who });
    if (allowance > has) await chain.sendValue(who, allowance - has);
    return `Registered ${who}${allowance > has ? ` and sent ${formatEther(allowance - has)} coin for gas` : ''}.`;
  });
  run($('form-meter'), async (d) => {
    const id = meterId(d.get('meter'));
    await chain.write('Registry', 'assignMeter', [id, address(d.get('owner'), 'Owner'), address(d.get('signer'), 'Meter signing key')]);
    return `Meter ${id} assigned.`;
  });
  run($('form-status'), async (d, action) => {
    const who = address(d.get('account'), 'Wallet address');
    await chain.write('Registry', action === 'reactivate' ? 'reactivateUser' : 'suspendUser', [who]);
    return `${who} ${action === 'reactivate' ? 'reactivated' : 'suspended'}.`;
  });
}

main();
