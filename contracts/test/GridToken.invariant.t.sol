// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {CampusBase} from "./utils/CampusBase.sol";
import {GridTokenHandler} from "./handlers/GridTokenHandler.sol";

/// Invariants of GRID whatever users, pauses and suspensions do:
/// total supply = minted - burned; the sum of balances = total supply; no unverified account ever
/// receives GRID by transfer.
contract GridTokenInvariantTest is CampusBase {
    GridTokenHandler internal handler;
    address internal escrow = makeAddr("escrow");

    function setUp() public override {
        super.setUp();
        address[] memory actors = new address[](6);
        for (uint256 i = 0; i < 5; ++i) {
            actors[i] = _newProsumer(string(abi.encodePacked("user", vm.toString(i))));
        }
        actors[5] = makeAddr("outsider"); // never registered
        bytes32 systemRole = grid.SYSTEM_ROLE();
        vm.prank(governance);
        grid.grantRole(systemRole, escrow);
        handler = new GridTokenHandler(registry, grid, registrar, minter, burner, pauser, escrow, actors);
        targetContract(address(handler));
    }

    function invariant_supplyIsMintedMinusBurned() public view {
        assertEq(grid.totalSupply(), handler.ghostMinted() - handler.ghostBurned());
    }

    function invariant_balancesSumToSupply() public view {
        uint256 sum = grid.balanceOf(escrow);
        for (uint256 i = 0; i < handler.actorCount(); ++i) {
            sum += grid.balanceOf(handler.actors(i));
        }
        assertEq(sum, grid.totalSupply());
    }

    function invariant_noUnverifiedReceipts() public view {
        assertEq(handler.ghostUnverifiedReceipts(), 0);
        assertEq(grid.balanceOf(handler.actors(5)), 0, "the unregistered outsider never holds GRID");
    }
}
