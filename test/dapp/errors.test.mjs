// Unit tests of the page's error wording: every custom error of the contracts the page calls has
// plain words, and reverts decode into them with their arguments in place (no browser, no chain).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BaseError, ContractFunctionRevertedError, UserRejectedRequestError, encodeErrorResult } from 'viem';
import { errorsAbi, errorNotices } from '../../web/src/abis.gen.js';
import { explain, errorName } from '../../web/src/errors.js';

const USER = '0x15d34aaf54267db7d7c367839aaf71a00a2c6a65';
const revert = (name, args) => new ContractFunctionRevertedError({
  abi: errorsAbi, data: encodeErrorResult({ abi: errorsAbi, errorName: name, args }), functionName: 'createBuyOrder',
});

test('every project custom error has a notice', () => {
  const missing = errorsAbi.filter((e) => /__/.test(e.name) && !errorNotices[e.name]).map((e) => e.name);
  assert.deepEqual(missing, []);
});

test('reverts read in plain words with their values', () => {
  const cases = [
    ['Trading__AmountBelowMinimum', [5n * 10n ** 16n, 10n ** 17n], '0.05 kWh is below the minimum order 0.1 kWh.'],
    ['Trading__PriceOffGrid', [2205n * 10n ** 15n], '2.205 THB/kWh is not a tick price between the floor and the ceiling.'],
    ['Trading__EpochClosed', [3n], 'The epoch has ended: its orders can no longer be cancelled. (epoch 3)'],
    ['Trading__NotOrderOwner', [(5n << 16n) | 2n, USER], "Only the order's owner may do this. (order id #5-2, caller 0x15d3…6A65)"],
    ['GridToken__UnverifiedAccount', [USER], '0x15d3…6A65 is not a verified (registered and active) user.'],
    ['ERC20InsufficientAllowance', [USER, 0n, 10n ** 18n], 'The market may not move enough of your tokens yet (allowed 0, needed 1): approve it and try again.'],
    ['EnforcedPause', [], 'Paused by the authorities: new orders and user transfers are stopped for now (escrow still comes back).'],
  ];
  for (const [name, args, want] of cases) {
    const err = new BaseError('call failed', { cause: revert(name, args) });
    assert.equal(explain(err), want, name);
    assert.equal(errorName(err), name);
  }
});

test('a declined signature is said plainly', () => {
  const err = new BaseError('request failed', { cause: new UserRejectedRequestError(new Error('User rejected')) });
  assert.equal(explain(err), 'You declined the request in your wallet.');
});
