// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// @title ISettlementToken
/// @notice The THB-denominated token buyers pay with (18 decimals, 1e18 = 1 THB). The settlement
/// operator issues it when a user tops up (paying THB off-chain) and burns it when a user redeems.
interface ISettlementToken is IERC20 {
    /// @notice Emitted when the settlement operator credits `to` with `amount` for top-up `ref`.
    event ToppedUp(address indexed to, uint256 amount, bytes32 indexed ref);
    /// @notice Emitted when `from` redeems `amount`; the operator pays THB out off-chain against `ref`.
    event Redeemed(address indexed from, uint256 amount, bytes32 indexed ref);

    /// @notice The zero address was given where an account is needed.
    error SettlementToken__ZeroAddress();
    /// @notice The amount is zero.
    error SettlementToken__ZeroAmount();

    /// @notice Issues `amount` to `to` against an off-chain top-up `ref`. Settlement operator only.
    function topUp(address to, uint256 amount, bytes32 ref) external;

    /// @notice Burns `amount` of the caller's balance; the operator pays THB out against `ref`.
    function redeem(uint256 amount, bytes32 ref) external;
}
