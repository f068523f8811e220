// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {ISettlementToken} from "./interfaces/ISettlementToken.sol";

/// @title SettlementToken
/// @notice Campus THB: the payment token of the market, 1e18 = 1 THB.
contract SettlementToken is ISettlementToken, ERC20Permit, AccessControl {
    /// @notice The four authorities; administers every role.
    bytes32 public constant GOVERNANCE_ROLE = DEFAULT_ADMIN_ROLE;
    /// @notice Issues tokens on top-up.
    bytes32 public constant SETTLEMENT_OPERATOR_ROLE = keccak256("SETTLEMENT_OPERATOR_ROLE");

    /// @param governance The first governance account.
    constructor(address governance) ERC20("Campus Thai Baht", "cTHB") ERC20Permit("cTHB") {
        if (governance == address(0)) revert SettlementToken__ZeroAddress();
        _grantRole(GOVERNANCE_ROLE, governance);
    }

    /// @inheritdoc ISettlementToken
    function topUp(address to, uint256 amount, bytes32 ref) external onlyRole(SETTLEMENT_OPERATOR_ROLE) {
        if (to == address(0)) revert SettlementToken__ZeroAddress();
        if (amount == 0) revert SettlementToken__ZeroAmount();
        _mint(to, amount);
        emit ToppedUp(to, amount, ref);
    }

    /// @inheritdoc ISettlementToken
    function redeem(uint256 amount, bytes32 ref) external {
        if (amount == 0) revert SettlementToken__ZeroAmount();
        _burn(msg.sender, amount);
        emit Redeemed(msg.sender, amount, ref);
    }
}
