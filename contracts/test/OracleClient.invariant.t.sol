// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {console} from "forge-std/console.sol";
import {OracleClientBase} from "./OracleClientBase.t.sol";
import {OracleClientHandler} from "./handlers/OracleClientHandler.sol";

/// Invariants of metering whatever relayers, meters and registrars do (see OracleClientHandler):
/// - GRID supply = the applied export deltas minus the burns (by the rules, and by GridToken's events);
/// - the contract applies exactly the readings the rules accept, and no reading applies twice;
/// - no owner is ever credited with more than its meters exported while it held them
///   (reassignment never credits the new owner with old energy).
contract OracleClientInvariantTest is OracleClientBase {
    OracleClientHandler internal handler;

    function setUp() public override {
        super.setUp();
        address[] memory owners = new address[](3);
        for (uint256 i; i < owners.length; ++i) {
            owners[i] = _newProsumer(string.concat("owner", vm.toString(i)));
        }
        handler = new OracleClientHandler(oracle, registry, grid, registrar, operator, owners);
        // Every meter starts assigned so that the early calls of a run already mint.
        for (uint256 m; m < 4; ++m) {
            handler.reassign(m, m);
        }
        targetContract(address(handler));
    }

    function invariant_supplyIsAppliedExportMinusBurns() public view {
        assertEq(grid.totalSupply(), handler.ghostModelMinted() - handler.ghostModelBurned(), "by the rules");
        assertEq(grid.totalSupply(), handler.ghostEventMinted() - handler.ghostEventBurned(), "by the events");
        assertEq(handler.ghostEventMinted(), handler.ghostModelMinted(), "minted = applied export deltas");
    }

    function invariant_balancesFollowTheRules() public view {
        for (uint256 i; i < handler.ownerCount(); ++i) {
            address owner = handler.owners(i);
            assertEq(grid.balanceOf(owner), handler.ghostModelBalance(owner));
        }
    }

    function invariant_appliesExactlyWhatTheRulesAccept() public view {
        assertEq(handler.ghostVerdictMismatches(), 0);
    }

    function invariant_noReadingAppliesTwice() public view {
        assertEq(handler.ghostDoubleApplies(), 0);
    }

    function invariant_neverCreditsEnergyExportedOutsideOwnership() public view {
        for (uint256 i; i < handler.ownerCount(); ++i) {
            address owner = handler.owners(i);
            assertLe(handler.ghostMintedTo(owner), handler.ghostEarnableWh(owner) * WH);
        }
    }

    function afterInvariant() public view {
        console.log("applied", handler.ghostAppliedReadings(), "rejected", handler.ghostRejectedReadings());
        console.log("minted", handler.ghostEventMinted() / 1e15, "burned", handler.ghostEventBurned() / 1e15);
    }
}
