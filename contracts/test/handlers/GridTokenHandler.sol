// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";
import {Registry} from "../../src/Registry.sol";
import {GridToken} from "../../src/GridToken.sol";

/// @notice Drives GridToken through random mints, burns, transfers, escrow moves, pauses and
/// suspensions, keeping ghost totals for the invariants.
contract GridTokenHandler is Test {
    Registry internal immutable registry;
    GridToken internal immutable grid;
    address internal immutable registrar;
    address internal immutable minter;
    address internal immutable burner;
    address internal immutable pauser;
    address internal immutable escrow;

    address[] public actors;
    uint256 public ghostMinted;
    uint256 public ghostBurned;
    /// Transfers (user to user or user to escrow) that reached an account not verified at the time.
    uint256 public ghostUnverifiedReceipts;

    constructor(
        Registry registry_,
        GridToken grid_,
        address registrar_,
        address minter_,
        address burner_,
        address pauser_,
        address escrow_,
        address[] memory actors_
    ) {
        registry = registry_;
        grid = grid_;
        registrar = registrar_;
        minter = minter_;
        burner = burner_;
        pauser = pauser_;
        escrow = escrow_;
        actors = actors_;
    }

    function actorCount() external view returns (uint256) {
        return actors.length;
    }

    function _actor(uint256 seed) internal view returns (address) {
        return actors[seed % actors.length];
    }

    function mint(uint256 toSeed, uint256 amount) external {
        address to = _actor(toSeed);
        amount = bound(amount, 0, 1e24);
        if (!registry.isRegistered(to)) return;
        vm.prank(minter);
        grid.mint(to, amount, bytes32(toSeed));
        ghostMinted += amount;
    }

    function burnMetered(uint256 fromSeed, uint256 amount) external {
        address from = _actor(fromSeed);
        amount = bound(amount, 0, grid.balanceOf(from));
        vm.prank(burner);
        grid.burnMetered(from, amount, bytes32(fromSeed));
        ghostBurned += amount;
    }

    function burn(uint256 fromSeed, uint256 amount) external {
        address from = _actor(fromSeed);
        amount = bound(amount, 0, grid.balanceOf(from));
        vm.prank(from);
        try grid.burn(amount) {
            ghostBurned += amount;
        } catch {}
    }

    function transfer(uint256 fromSeed, uint256 toSeed, uint256 amount) external {
        address from = _actor(fromSeed);
        address to = _actor(toSeed);
        amount = bound(amount, 0, grid.balanceOf(from));
        bool toVerified = registry.isUserVerified(to);
        vm.prank(from);
        try grid.transfer(to, amount) {
            if (!toVerified) ++ghostUnverifiedReceipts;
        } catch {}
    }

    function escrowIn(uint256 fromSeed, uint256 amount) external {
        address from = _actor(fromSeed);
        amount = bound(amount, 0, grid.balanceOf(from));
        // Escrow takes GRID the way Trading does: the owner approves, the system contract pulls.
        vm.prank(from);
        grid.approve(escrow, amount);
        vm.prank(escrow);
        try grid.transferFrom(from, escrow, amount) {} catch {}
    }

    function escrowOut(uint256 toSeed, uint256 amount) external {
        address to = _actor(toSeed);
        amount = bound(amount, 0, grid.balanceOf(escrow));
        vm.prank(escrow);
        try grid.transfer(to, amount) {} catch {}
    }

    function toggleSuspension(uint256 seed) external {
        address account = _actor(seed);
        if (!registry.isRegistered(account)) return;
        vm.prank(registrar);
        if (registry.isUserVerified(account)) registry.suspendUser(account);
        else registry.reactivateUser(account);
    }

    function togglePause() external {
        vm.prank(pauser);
        if (grid.paused()) grid.unpause();
        else grid.pause();
    }
}
