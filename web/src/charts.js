// Small canvas charts: the book's depth, the clearing history and a meter's readings.
// Each marks its canvas with data-rendered and data-points so tests can see what was drawn.
const COLORS = { supply: '#2e9e5b', demand: '#2f6fd6', price: '#e07b00', volume: '#9aa7b8', grid: '#e3e7ee', text: '#445', gen: '#2e9e5b', use: '#d9822b' };

function setup(canvas) {
  const dpr = window.devicePixelRatio || 1;
  const w = canvas.clientWidth || 480;
  const h = canvas.clientHeight || 220;
  if (canvas.width !== Math.round(w * dpr) || canvas.height !== Math.round(h * dpr)) {
    canvas.width = Math.round(w * dpr);
    canvas.height = Math.round(h * dpr);
  }
  const ctx = canvas.getContext('2d');
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, w, h);
  ctx.font = '11px system-ui, sans-serif';
  return { ctx, w, h, pad: { l: 66, r: 48, t: 14, b: 26 } };
}

function done(canvas, points) {
  canvas.dataset.rendered = '1';
  canvas.dataset.points = String(points);
}

function empty(canvas, text) {
  const { ctx, w, h } = setup(canvas);
  ctx.fillStyle = '#889';
  ctx.textAlign = 'center';
  ctx.fillText(text, w / 2, h / 2);
  done(canvas, 0);
}

function axes(ctx, w, h, pad, yTicks, fmtY, side = 'left') {
  ctx.strokeStyle = COLORS.grid;
  ctx.fillStyle = COLORS.text;
  ctx.lineWidth = 1;
  ctx.textAlign = side === 'left' ? 'right' : 'left';
  for (const [y, v] of yTicks) {
    ctx.beginPath();
    ctx.moveTo(pad.l, y);
    ctx.lineTo(w - pad.r, y);
    ctx.stroke();
    ctx.fillText(fmtY(v), side === 'left' ? pad.l - 4 : w - pad.r + 4, y + 3);
  }
}

const toNum = (v) => Number(v) / 1e18;

function niceMax(v) {
  if (v <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}

/** Cumulative supply (sellers asking at most p) and demand (buyers bidding at least p) per price. */
export function drawDepth(canvas, depth, lastPrice) {
  const prices = depth?.prices ?? [];
  const occupied = prices.map((_, i) => i).filter((i) => depth.supply[i] > 0n || depth.demand[i] > 0n);
  if (occupied.length === 0) return empty(canvas, 'No open orders in this epoch yet');
  const { ctx, w, h, pad } = setup(canvas);
  const lo = Math.max(0, occupied[0] - 5);
  const hi = Math.min(prices.length - 1, occupied[occupied.length - 1] + 5);
  const cumS = [];
  const cumD = [];
  let s = 0;
  for (let i = lo; i <= hi; i++) cumS.push((s += toNum(depth.supply[i])));
  let d = 0;
  for (let i = hi; i >= lo; i--) cumD[i - lo] = d += toNum(depth.demand[i]);
  const maxY = niceMax(Math.max(s, d) * 1.2); // headroom for the legend
  const x = (i) => pad.l + ((i - lo) / Math.max(1, hi - lo)) * (w - pad.l - pad.r);
  const y = (v) => h - pad.b - (v / maxY) * (h - pad.t - pad.b);
  axes(ctx, w, h, pad, [0, 0.5, 1].map((f) => [y(f * maxY), f * maxY]), (v) => `${+v.toPrecision(3)} kWh`);
  ctx.textAlign = 'center';
  const step = Math.max(1, Math.ceil((hi - lo) / 6));
  for (let i = lo; i <= hi; i += step) ctx.fillText(toNum(prices[i]).toFixed(2), x(i), h - pad.b + 14);
  for (const [series, color] of [[cumS, COLORS.supply], [cumD, COLORS.demand]]) {
    ctx.strokeStyle = color;
    ctx.fillStyle = `${color}22`;
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.moveTo(x(lo), y(series[0]));
    for (let i = lo + 1; i <= hi; i++) {
      ctx.lineTo(x(i), y(series[i - lo - 1]));
      ctx.lineTo(x(i), y(series[i - lo]));
    }
    ctx.stroke();
    ctx.lineTo(x(hi), y(0));
    ctx.lineTo(x(lo), y(0));
    ctx.fill();
  }
  if (lastPrice && lastPrice > 0n) {
    const idx = prices.findIndex((p) => p === lastPrice);
    if (idx >= lo && idx <= hi) {
      ctx.strokeStyle = COLORS.price;
      ctx.setLineDash([4, 3]);
      ctx.beginPath();
      ctx.moveTo(x(idx), pad.t);
      ctx.lineTo(x(idx), h - pad.b);
      ctx.stroke();
      ctx.setLineDash([]);
    }
  }
  ctx.textAlign = 'left';
  ctx.fillStyle = COLORS.supply;
  ctx.fillText('■ offered (sell)', pad.l + 4, pad.t + 4);
  ctx.fillStyle = COLORS.demand;
  ctx.fillText('■ bid (buy)', pad.l + 104, pad.t + 4);
  done(canvas, occupied.length);
}

/** Clearing price (line, right axis) and volume (bars, left axis) per cleared epoch. */
export function drawHistory(canvas, rows) {
  if (!rows.length) return empty(canvas, 'No epoch cleared yet');
  const { ctx, w, h, pad } = setup(canvas);
  const vols = rows.map((r) => toNum(r.volume));
  const prices = rows.map((r) => toNum(r.clearingPrice));
  const maxV = niceMax(Math.max(...vols) * 1.2);
  const traded = prices.filter((p) => p > 0);
  const pLo = traded.length ? Math.floor(Math.min(...traded) * 10) / 10 : 2;
  const pHi = traded.length ? Math.ceil(Math.max(...traded) * 10) / 10 + 0.1 : 4.2;
  const bw = Math.min(48, (w - pad.l - pad.r) / rows.length);
  const x = (i) => pad.l + bw * i + bw / 2;
  const yV = (v) => h - pad.b - (v / maxV) * (h - pad.t - pad.b);
  const yP = (p) => h - pad.b - ((p - pLo) / (pHi - pLo)) * (h - pad.t - pad.b);
  axes(ctx, w, h, pad, [0, 0.5, 1].map((f) => [yV(f * maxV), f * maxV]), (v) => `${+v.toPrecision(3)} kWh`);
  ctx.fillStyle = COLORS.text;
  ctx.textAlign = 'left';
  for (const f of [0, 0.5, 1]) {
    const p = pLo + f * (pHi - pLo);
    ctx.fillText(p.toFixed(2), w - pad.r + 4, yP(p) + 3);
  }
  ctx.fillStyle = COLORS.volume;
  rows.forEach((r, i) => ctx.fillRect(x(i) - bw * 0.35, yV(vols[i]), bw * 0.7, h - pad.b - yV(vols[i])));
  // An epoch that cleared without a trade: a small cross on the axis.
  ctx.strokeStyle = COLORS.text;
  ctx.lineWidth = 1.5;
  rows.forEach((r, i) => {
    if (vols[i] > 0) return;
    const y0 = h - pad.b - 5;
    ctx.beginPath();
    ctx.moveTo(x(i) - 4, y0 - 4); ctx.lineTo(x(i) + 4, y0 + 4);
    ctx.moveTo(x(i) + 4, y0 - 4); ctx.lineTo(x(i) - 4, y0 + 4);
    ctx.stroke();
  });
  ctx.fillStyle = COLORS.text;
  ctx.textAlign = 'center';
  const step = Math.max(1, Math.ceil(rows.length / 8));
  rows.forEach((r, i) => { if (i % step === 0) ctx.fillText(`#${r.epoch}`, x(i), h - pad.b + 14); });
  ctx.strokeStyle = COLORS.price;
  ctx.fillStyle = COLORS.price;
  ctx.lineWidth = 2;
  ctx.beginPath();
  let started = false;
  rows.forEach((r, i) => {
    if (prices[i] <= 0) { started = false; return; }
    if (started) ctx.lineTo(x(i), yP(prices[i]));
    else ctx.moveTo(x(i), yP(prices[i]));
    started = true;
  });
  ctx.stroke();
  rows.forEach((r, i) => { if (prices[i] > 0) { ctx.beginPath(); ctx.arc(x(i), yP(prices[i]), 3, 0, 7); ctx.fill(); } });
  ctx.textAlign = 'left';
  ctx.textAlign = 'right';
  ctx.fillText('● clearing price (THB/kWh, right)', w - pad.r - 4, pad.t + 4);
  ctx.fillStyle = COLORS.volume;
  ctx.fillText('■ volume (kWh, left)   × no trade', w - pad.r - 4, pad.t + 18);
  done(canvas, rows.length);
}

/** Generation (up) and consumption (down) per interval, from cumulative meter counters. */
export function drawReadings(canvas, intervals, emptyText = 'No readings yet for this meter') {
  if (!intervals.length) return empty(canvas, emptyText);
  const { ctx, w, h, pad } = setup(canvas);
  const maxE = niceMax(Math.max(1, ...intervals.map((r) => Math.max(r.exportWh, r.importWh))));
  const mid = pad.t + (h - pad.t - pad.b) / 2;
  const half = (h - pad.t - pad.b) / 2;
  const bw = Math.min(32, (w - pad.l - pad.r) / intervals.length);
  axes(ctx, w, h, pad, [[mid - half, maxE], [mid, 0], [mid + half, maxE]], (v) => `${v} Wh`);
  intervals.forEach((r, i) => {
    const x0 = pad.l + bw * i + bw * 0.1;
    ctx.fillStyle = COLORS.gen;
    ctx.fillRect(x0, mid - (r.exportWh / maxE) * half, bw * 0.8, (r.exportWh / maxE) * half);
    ctx.fillStyle = COLORS.use;
    ctx.fillRect(x0, mid, bw * 0.8, (r.importWh / maxE) * half);
  });
  ctx.fillStyle = COLORS.text;
  ctx.textAlign = 'center';
  const step = Math.max(1, Math.ceil(intervals.length / 6));
  intervals.forEach((r, i) => { if (i % step === 0) ctx.fillText(new Date(r.end * 1000).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }), pad.l + bw * (i + 0.5), h - pad.b + 14); });
  ctx.textAlign = 'left';
  ctx.fillStyle = COLORS.gen;
  ctx.fillText('■ generated (exported)', pad.l + 4, pad.t + 4);
  ctx.fillStyle = COLORS.use;
  ctx.fillText('■ consumed (imported)', pad.l + 150, pad.t + 4);
  done(canvas, intervals.length);
}
