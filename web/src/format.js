// Units: GRID and cTHB have 18 decimals; 1 GRID = 1 kWh; prices are cTHB base units per kWh.
import { formatUnits, parseUnits } from 'viem';

export const ONE = 10n ** 18n;

/** Formats 18-decimal base units with at most `digits` fraction digits (trailing zeros cut). */
export function fmt18(value, digits = 3) {
  if (value === undefined || value === null) return '–';
  const s = formatUnits(BigInt(value), 18);
  const [whole, frac = ''] = s.split('.');
  const cut = frac.slice(0, digits).replace(/0+$/, '');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return cut ? `${grouped}.${cut}` : grouped;
}

export const kwh = (v) => `${fmt18(v, 3)} kWh`;
export const grid = (v) => `${fmt18(v, 3)} GRID`;
export const thb = (v) => `${fmt18(v, 2)} cTHB`;
export const price = (v) => `${fmt18(v, 2)} THB/kWh`;

/** Parses a decimal string typed by a person into 18-decimal base units, or throws a plain error. */
export function parse18(text, what) {
  const t = String(text ?? '').trim();
  if (!/^\d+(\.\d{0,18})?$/.test(t)) throw new Error(`${what}: enter a number such as 1.5`);
  return parseUnits(t, 18);
}

export const short = (addr) => (addr ? `${addr.slice(0, 6)}…${addr.slice(-4)}` : '–');

export function countdown(seconds) {
  const s = Math.max(0, Math.floor(seconds));
  const m = Math.floor(s / 60);
  return `${m}:${String(s % 60).padStart(2, '0')}`;
}

export function time(ts) {
  return new Date(Number(ts) * 1000).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

/** The escrow an order takes: GRID for a sell, amount * (limit + wheeling fee) cTHB for a buy. */
export function escrowOf(side, amount, limitPrice, wheelingFee) {
  if (side === 'sell') return { token: 'GRID', value: amount };
  return { token: 'cTHB', value: (amount * (limitPrice + wheelingFee)) / ONE };
}
