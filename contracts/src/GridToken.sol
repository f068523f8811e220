// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {IGridToken} from "./interfaces/IGridToken.sol";
import {IRegistry} from "./interfaces/IRegistry.sol";

/// @title GridToken
/// @notice GRID: 1 GRID = 1 kWh of verified rooftop solar export, held and traded by campus users.
contract GridToken is IGridToken, ERC20Permit, AccessControl, Pausable {
    /// @notice The four authorities; administers every role.
    bytes32 public constant GOVERNANCE_ROLE = DEFAULT_ADMIN_ROLE;
    /// @notice Mints GRID for metered export (OracleClient).
    bytes32 public constant MINTER_ROLE = keccak256("MINTER_ROLE");
    /// @notice Burns GRID for metered consumption (OracleClient).
    bytes32 public constant BURNER_ROLE = keccak256("BURNER_ROLE");
    /// @notice Pauses user transfers.
    bytes32 public constant PAUSER_ROLE = keccak256("PAUSER_ROLE");
    /// @notice Contracts that hold escrow (Trading): they may always pay out.
    bytes32 public constant SYSTEM_ROLE = keccak256("SYSTEM_ROLE");

    // The ERC-20 name is also the EIP-712 (permit) domain name: wallets build the domain from name().
    string private constant _NAME = "Campus Solar Energy";

    IRegistry private immutable _registry;

    /// @param registry_ The Registry of campus users.
    /// @param governance The first governance account.
    constructor(IRegistry registry_, address governance) ERC20(_NAME, "GRID") ERC20Permit(_NAME) {
        if (address(registry_) == address(0) || governance == address(0)) revert GridToken__ZeroAddress();
        _registry = registry_;
        _grantRole(GOVERNANCE_ROLE, governance);
    }

    /// @inheritdoc IGridToken
    function mint(address to, uint256 amount, bytes32 meterId) external onlyRole(MINTER_ROLE) {
        if (!_registry.isRegistered(to)) revert GridToken__UnregisteredAccount(to);
        _mint(to, amount);
        emit EnergyMinted(to, amount, meterId);
    }

    /// @inheritdoc IGridToken
    function burnMetered(address from, uint256 amount, bytes32 meterId) external onlyRole(BURNER_ROLE) {
        _burn(from, amount);
        emit EnergyBurned(from, amount, meterId);
    }

    /// @inheritdoc IGridToken
    function burn(uint256 amount) external {
        _burn(msg.sender, amount);
    }

    /// @inheritdoc IGridToken
    function burnFrom(address account, uint256 amount) external {
        _spendAllowance(account, msg.sender, amount);
        _burn(account, amount);
    }

    /// @inheritdoc IGridToken
    function pause() external onlyRole(PAUSER_ROLE) {
        _pause();
    }

    /// @inheritdoc IGridToken
    function unpause() external onlyRole(PAUSER_ROLE) {
        _unpause();
    }

    /// @inheritdoc IGridToken
    function registry() external view returns (address) {
        return address(_registry);
    }

    /// @dev The one place where GRID moves; see IGridToken for the rules.
    function _update(address from, address to, uint256 value) internal override {
        if (from == address(0)) {
            // Minting: only mint() reaches here, behind MINTER_ROLE; never paused.
        } else if (to == address(0)) {
            // Burning: the burner's metered burns always go through; a holder's own burn is a user action.
            if (!hasRole(BURNER_ROLE, msg.sender)) _requireNotPaused();
        } else if (hasRole(SYSTEM_ROLE, from)) {
            // Escrow and settlement always reach their owner, paused or suspended.
            if (hasRole(SYSTEM_ROLE, to)) _requirePulledBy(to);
            else if (!_registry.isRegistered(to)) revert GridToken__UnregisteredAccount(to);
        } else {
            _requireNotPaused();
            if (!_registry.isUserVerified(from)) revert GridToken__UnverifiedAccount(from);
            if (hasRole(SYSTEM_ROLE, to)) _requirePulledBy(to);
            else if (!_registry.isUserVerified(to)) revert GridToken__UnverifiedAccount(to);
        }
        super._update(from, to, value);
    }

    /// @dev A system contract takes GRID only through its own entry points, which pull it
    /// (transferFrom with the system contract as the caller); GRID pushed to it would be stranded.
    function _requirePulledBy(address systemContract) private view {
        if (msg.sender != systemContract) revert GridToken__SystemContractRecipient(systemContract);
    }
}
