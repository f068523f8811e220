// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// @title ISettlementToken
/// @notice The THB-denominated token buyers pay with (18 decimals, 1e18 = 1 THB). The settlement
/// operator issues it when a user tops up (paying THB off-chain) and burns it when a user redeems.
/// @dev The market's contracts hold SYSTEM_ROLE (Trading, OracleClient): they receive cTHB only through
/// their own entry points, which pull it (transferFrom called by the system contract itself). A plain
/// transfer, a third party's transferFrom or a top-up to one reverts with
/// SettlementToken__SystemContractRecipient, since nothing could ever move it out again.
interface ISettlementToken is IERC20 {
    /// @notice Emitted when the settlement operator credits `to` with `amount` for top-up `ref`.
    event ToppedUp(address indexed to, uint256 amount, bytes32 indexed ref);
    /// @notice Emitted when `from` redeems `amount`; the operator pays THB out off-chain against `ref`.
    event Redeemed(address indexed from, uint256 amount, bytes32 indexed ref);

    /// @notice The zero address was given where an account is needed.
    error SettlementToken__ZeroAddress();
    /// @notice The amount is zero.
    error SettlementToken__ZeroAmount();
    /// @notice `account` is a market contract: it takes tokens only through its own functions (place an order instead).
    error SettlementToken__SystemContractRecipient(address account);

    /// @notice Issues `amount` to `to` against an off-chain top-up `ref`. Settlement operator only.
    function topUp(address to, uint256 amount, bytes32 ref) external;

    /// @notice Burns `amount` of the caller's balance; the operator pays THB out against `ref`.
    function redeem(uint256 amount, bytes32 ref) external;
}
