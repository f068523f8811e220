// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// @title IGridToken
/// @notice GRID, the campus energy credit: 1 GRID (1e18 base units) = 1 kWh of verified solar export.
/// @dev Transfer rules, enforced in `_update`:
/// - between users (and from a user into a system contract) both sides must be verified in the
///   Registry and the token must not be paused: energy credits stay with campus users;
/// - a system contract (SYSTEM_ROLE, e.g. Trading) receives GRID only through its own entry points,
///   which pull it (transferFrom called by the system contract itself); a plain transfer or a third
///   party's transferFrom to it reverts with GridToken__SystemContractRecipient, since nothing could
///   ever move it out again (OracleClient, not a registered user, cannot receive GRID at all);
/// - a system contract can always pay out, paused or not, to any
///   registered account, suspended ones included: escrow and settlement always reach their owner;
/// - the minter (MINTER_ROLE, OracleClient) mints and the burner (BURNER_ROLE, OracleClient) burns
///   metered consumption whatever the pause or the holder's status: suspension stops trading, not metering.
interface IGridToken is IERC20 {
    /// @notice Emitted when `amount` GRID is minted to `to` for export metered by `meterId`.
    event EnergyMinted(address indexed to, uint256 amount, bytes32 indexed meterId);
    /// @notice Emitted when `amount` GRID is burned from `from` for consumption metered by `meterId`.
    event EnergyBurned(address indexed from, uint256 amount, bytes32 indexed meterId);

    /// @notice The zero address was given where an account is needed.
    error GridToken__ZeroAddress();
    /// @notice `account` is not a verified (registered and active) user.
    error GridToken__UnverifiedAccount(address account);
    /// @notice Minting or paying out to `account`, which is not registered.
    error GridToken__UnregisteredAccount(address account);
    /// @notice `account` is a market contract: it takes tokens only through its own functions (place an order instead).
    error GridToken__SystemContractRecipient(address account);

    /// @notice Mints `amount` GRID to `to` for export metered by `meterId`. Minter only.
    function mint(address to, uint256 amount, bytes32 meterId) external;

    /// @notice Burns `amount` GRID from `from` for consumption metered by `meterId`, without an allowance. Burner only.
    function burnMetered(address from, uint256 amount, bytes32 meterId) external;

    /// @notice Burns `amount` of the caller's GRID.
    function burn(uint256 amount) external;

    /// @notice Burns `amount` of `account`'s GRID using the caller's allowance.
    function burnFrom(address account, uint256 amount) external;

    /// @notice Stops user transfers and user burns; never stops system payouts, minting or metered burns. Pauser only.
    function pause() external;

    /// @notice Lifts a pause. Pauser only.
    function unpause() external;

    /// @notice The Registry whose users may hold and transfer GRID.
    function registry() external view returns (address);
}
