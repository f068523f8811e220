// Turns any failure (a decoded custom error, a wallet refusal, a network fault) into plain words.
// The words of custom errors are the contracts' own NatSpec notices, taken from the forge output.
import { BaseError, ContractFunctionRevertedError, UserRejectedRequestError, InsufficientFundsError, decodeErrorResult, keccak256, toHex } from 'viem';
import { errorsAbi, errorNotices } from './abis.gen.js';
import { fmt18, short, time } from './format.js';

const ROLE_NAMES = ['REGISTRAR_ROLE', 'MINTER_ROLE', 'BURNER_ROLE', 'PAUSER_ROLE', 'SYSTEM_ROLE', 'MARKET_MAKER_ROLE', 'SETTLEMENT_OPERATOR_ROLE', 'ORACLE_OPERATOR_ROLE'];
const roles = new Map(ROLE_NAMES.map((r) => [keccak256(toHex(r)), r.replace('_ROLE', '').toLowerCase().replace('_', ' ')]));
roles.set(`0x${'0'.repeat(64)}`, 'governance');

// OpenZeppelin's standard errors carry @dev docs only: their plain words live here.
const STANDARD = {
  ERC20InsufficientBalance: (a) => `Your balance is too low: you have ${fmt18(a.balance)}, this needs ${fmt18(a.needed)}.`,
  ERC20InsufficientAllowance: (a) => `The market may not move enough of your tokens yet (allowed ${fmt18(a.allowance)}, needed ${fmt18(a.needed)}): approve it and try again.`,
  AccessControlUnauthorizedAccount: (a) => `Account ${short(a.account)} does not hold the ${roles.get(a.neededRole) ?? 'required'} role needed for this.`,
  EnforcedPause: () => 'Paused by the authorities: new orders and user transfers are stopped for now (escrow still comes back).',
  ExpectedPause: () => 'This needs the contract to be paused, and it is not.',
  ERC2612ExpiredSignature: () => 'The signed permit has expired: sign again.',
  ERC2612InvalidSigner: () => 'The permit was not signed by the token owner.',
  InvalidAccountNonce: () => 'The permit was already used: sign a new one.',
};

function words(name) {
  return name.replace(/^[A-Za-z]+__/, '').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function formatArg(name, type, value) {
  const n = name.toLowerCase();
  if (type === 'address') return short(value);
  if (type === 'bytes32') return `${value.slice(0, 10)}…`;
  if (typeof value !== 'bigint') return String(value);
  if (n.includes('price')) return `${fmt18(value, 4)} THB/kWh`;
  if (n.includes('amount') || n.includes('quantum') || n.includes('minimum')) return `${fmt18(value, 3)} kWh`;
  if (n.includes('time') || n.includes('start')) return time(value);
  if (n.includes('order') && n.includes('id')) return `#${value >> 16n}-${value & 0xffffn}`;
  return value.toString();
}

/** Explains a decoded custom error `{ errorName, args }` against its ABI entry. */
export function explainDecoded(errorName, args = [], abiItem) {
  const inputs = abiItem?.inputs ?? [];
  const named = Object.fromEntries(inputs.map((p, i) => [p.name, args[i]]));
  if (STANDARD[errorName]) return STANDARD[errorName](named);
  const notice = errorNotices[errorName];
  const used = new Set();
  // Notices name their arguments in backticks (`amount`): put the values in their place.
  const text = notice?.replace(/`(\w+)`/g, (m, name) => {
    const i = inputs.findIndex((p) => p.name === name);
    if (i < 0) return name;
    used.add(name);
    return formatArg(name, inputs[i].type, args[i]);
  });
  const detail = inputs
    .map((p, i) => (p.name && !used.has(p.name) ? `${words(p.name)} ${formatArg(p.name, p.type, args[i])}` : null))
    .filter(Boolean)
    .join(', ');
  const base = text ?? `The contract refused: ${words(errorName)}.`;
  return detail ? `${base} (${detail})` : base;
}

function decodeRaw(data) {
  try {
    const d = decodeErrorResult({ abi: errorsAbi, data });
    return explainDecoded(d.errorName, d.args ?? [], d.abiItem);
  } catch {
    return null;
  }
}

/** Plain words for any error thrown by viem, a wallet or the page. */
export function explain(err) {
  if (!err) return 'Something went wrong.';
  if (err instanceof BaseError) {
    if (err.walk((e) => e instanceof UserRejectedRequestError || e?.code === 4001)) return 'You declined the request in your wallet.';
    if (err.walk((e) => e instanceof InsufficientFundsError)) return 'Your account has no native coin left to pay for gas: ask a registrar for a gas allowance.';
    const reverted = err.walk((e) => e instanceof ContractFunctionRevertedError);
    if (reverted) {
      if (reverted.data?.errorName) {
        if (reverted.data.errorName === 'Error' || reverted.data.errorName === 'Panic') return `The contract refused: ${reverted.reason ?? reverted.shortMessage}`;
        return explainDecoded(reverted.data.errorName, reverted.data.args ?? [], reverted.data.abiItem);
      }
      if (reverted.raw) {
        const text = decodeRaw(reverted.raw);
        if (text) return text;
      }
      if (reverted.reason) return `The contract refused: ${reverted.reason}`;
      return 'The contract refused the transaction without saying why.';
    }
    // Wallets often return the revert data on the RPC error itself.
    const withData = err.walk((e) => typeof e?.data === 'string' && e.data.startsWith('0x') && e.data.length >= 10);
    if (withData) {
      const text = decodeRaw(withData.data);
      if (text) return text;
    }
    if (err.walk((e) => e?.name === 'HttpRequestError' || e?.name === 'TimeoutError')) return 'The chain node did not answer: check your connection and try again.';
    // Anything else: viem's short message plus what the node said (e.g. "nonce too low").
    const details = err.details && !String(err.shortMessage).includes(err.details) ? ` (${err.details})` : '';
    return `${err.shortMessage || err.message}${details}`;
  }
  return err.message || String(err);
}

/** The custom error name inside a viem error, if any (e.g. 'Trading__AllocationPending'). */
export function errorName(err) {
  if (!(err instanceof BaseError)) return null;
  const reverted = err.walk((e) => e instanceof ContractFunctionRevertedError);
  if (reverted?.data?.errorName) return reverted.data.errorName;
  if (reverted?.raw) {
    try {
      return decodeErrorResult({ abi: errorsAbi, data: reverted.raw }).errorName;
    } catch {
      return null;
    }
  }
  return null;
}
