// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";
import {Registry} from "../../src/Registry.sol";
import {GridToken} from "../../src/GridToken.sol";
import {SettlementToken} from "../../src/SettlementToken.sol";
import {IRegistry} from "../../src/interfaces/IRegistry.sol";

/// @notice Shared setup: Registry, GridToken and SettlementToken deployed with the roles wired as on
/// the devnet, and helpers to register users and fund them.
abstract contract CampusBase is Test {
    Registry internal registry;
    GridToken internal grid;
    SettlementToken internal thb;

    address internal governance = makeAddr("governance");
    address internal registrar = makeAddr("registrar");
    address internal minter = makeAddr("minter");
    address internal burner = makeAddr("burner");
    address internal pauser = makeAddr("pauser");
    address internal settlementOperator = makeAddr("settlementOperator");

    function setUp() public virtual {
        registry = new Registry(governance);
        grid = new GridToken(registry, governance);
        thb = new SettlementToken(governance);
        vm.startPrank(governance);
        registry.grantRole(registry.REGISTRAR_ROLE(), registrar);
        grid.grantRole(grid.MINTER_ROLE(), minter);
        grid.grantRole(grid.BURNER_ROLE(), burner);
        grid.grantRole(grid.PAUSER_ROLE(), pauser);
        thb.grantRole(thb.SETTLEMENT_OPERATOR_ROLE(), settlementOperator);
        vm.stopPrank();
    }

    function _register(address account, IRegistry.UserType userType) internal {
        vm.prank(registrar);
        registry.registerUser(account, userType, "Faculty of Engineering");
    }

    function _newProsumer(string memory name) internal returns (address account) {
        account = makeAddr(name);
        _register(account, IRegistry.UserType.Prosumer);
    }

    function _newConsumer(string memory name) internal returns (address account) {
        account = makeAddr(name);
        _register(account, IRegistry.UserType.Consumer);
    }

    function _mintGrid(address to, uint256 amount) internal {
        vm.prank(minter);
        grid.mint(to, amount, keccak256("test-meter"));
    }

    function _topUp(address to, uint256 amount) internal {
        vm.prank(settlementOperator);
        thb.topUp(to, amount, keccak256("test-topup"));
    }

    function _suspend(address account) internal {
        vm.prank(registrar);
        registry.suspendUser(account);
    }

    function _meterId(uint256 n) internal pure returns (bytes32) {
        return keccak256(abi.encode("meter", n));
    }
}
