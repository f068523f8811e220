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
    /// @notice The market's contracts (Trading, OracleClient): they take cTHB only by pulling it.
    bytes32 public constant SYSTEM_ROLE = keccak256("SYSTEM_ROLE");

    // The ERC-20 name is also the EIP-712 (permit) domain name: wallets build the domain from name().
    string private constant _NAME = "Campus Thai Baht";

    /// @param governance The first governance account.
    constructor(address governance) ERC20(_NAME, "cTHB") ERC20Permit(_NAME) {
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

    /// @dev A system contract takes cTHB only through its own entry points, which pull it (transferFrom
    /// with the system contract as the caller): cTHB pushed or issued to it would be stranded. Only a
    /// contract can be one, so the role is looked up only for a recipient with code: paying an account
    /// (a claim's owner, already warm as the transaction's sender) costs no storage read.
    function _update(address from, address to, uint256 value) internal override {
        if (to != msg.sender && to != address(0) && to.code.length != 0 && hasRole(SYSTEM_ROLE, to)) {
            revert SettlementToken__SystemContractRecipient(to);
        }
        super._update(from, to, value);
    }
}
