// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {CampusBase} from "./utils/CampusBase.sol";
import {GridToken} from "../src/GridToken.sol";
import {IGridToken} from "../src/interfaces/IGridToken.sol";
import {IRegistry} from "../src/interfaces/IRegistry.sol";

contract GridTokenTest is CampusBase {
    address internal alice;
    address internal bob;
    address internal escrow = makeAddr("escrow"); // stands for Trading (SYSTEM_ROLE)
    address internal stranger = makeAddr("stranger");
    bytes32 internal constant METER = keccak256("meter-1");

    function setUp() public override {
        super.setUp();
        alice = _newProsumer("alice");
        bob = _newConsumer("bob");
        vm.startPrank(governance);
        grid.grantRole(grid.SYSTEM_ROLE(), escrow);
        vm.stopPrank();
        _mintGrid(alice, 10 ether);
    }

    function _expectUnauthorized(address account, bytes32 role) internal {
        vm.expectRevert(abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, account, role));
    }

    function test_metadata() public view {
        assertEq(grid.name(), "Campus Solar Energy");
        assertEq(grid.symbol(), "GRID");
        assertEq(grid.decimals(), 18);
        assertEq(grid.registry(), address(registry));
    }

    function test_RevertWhen_constructorZeroRegistry() public {
        vm.expectRevert(IGridToken.GridToken__ZeroAddress.selector);
        new GridToken(IRegistry(address(0)), governance);
    }

    function test_RevertWhen_constructorZeroGovernance() public {
        vm.expectRevert(IGridToken.GridToken__ZeroAddress.selector);
        new GridToken(registry, address(0));
    }

    // ------------------------------------------------------------------ mint

    function test_mint_emitsMeterId() public {
        vm.expectEmit(address(grid));
        emit IGridToken.EnergyMinted(bob, 2 ether, METER);
        vm.prank(minter);
        grid.mint(bob, 2 ether, METER);
        assertEq(grid.balanceOf(bob), 2 ether);
        assertEq(grid.totalSupply(), 12 ether);
    }

    function test_RevertWhen_mintByNonMinter() public {
        _expectUnauthorized(stranger, grid.MINTER_ROLE());
        vm.prank(stranger);
        grid.mint(alice, 1 ether, METER);
    }

    function test_RevertWhen_mintToUnregistered() public {
        vm.expectRevert(abi.encodeWithSelector(IGridToken.GridToken__UnregisteredAccount.selector, stranger));
        vm.prank(minter);
        grid.mint(stranger, 1 ether, METER);
    }

    function test_mint_toSuspendedUser() public {
        _suspend(alice);
        _mintGrid(alice, 1 ether);
        assertEq(grid.balanceOf(alice), 11 ether);
    }

    function test_mint_whilePaused() public {
        vm.prank(pauser);
        grid.pause();
        _mintGrid(bob, 1 ether);
        assertEq(grid.balanceOf(bob), 1 ether);
    }

    // ------------------------------------------------------------------ transfers

    function test_transfer_betweenVerifiedUsers() public {
        vm.prank(alice);
        assertTrue(grid.transfer(bob, 3 ether));
        assertEq(grid.balanceOf(alice), 7 ether);
        assertEq(grid.balanceOf(bob), 3 ether);
    }

    function test_RevertWhen_transferToUnregistered() public {
        vm.expectRevert(abi.encodeWithSelector(IGridToken.GridToken__UnverifiedAccount.selector, stranger));
        vm.prank(alice);
        grid.transfer(stranger, 1 ether);
    }

    function test_RevertWhen_transferToSuspended() public {
        _suspend(bob);
        vm.expectRevert(abi.encodeWithSelector(IGridToken.GridToken__UnverifiedAccount.selector, bob));
        vm.prank(alice);
        grid.transfer(bob, 1 ether);
    }

    function test_RevertWhen_transferFromSuspended() public {
        _suspend(alice);
        vm.expectRevert(abi.encodeWithSelector(IGridToken.GridToken__UnverifiedAccount.selector, alice));
        vm.prank(alice);
        grid.transfer(bob, 1 ether);
    }

    function test_RevertWhen_transferWhilePaused() public {
        vm.prank(pauser);
        grid.pause();
        vm.expectRevert(Pausable.EnforcedPause.selector);
        vm.prank(alice);
        grid.transfer(bob, 1 ether);
    }

    function test_transfer_afterUnpause() public {
        vm.startPrank(pauser);
        grid.pause();
        grid.unpause();
        vm.stopPrank();
        vm.prank(alice);
        grid.transfer(bob, 1 ether);
        assertEq(grid.balanceOf(bob), 1 ether);
    }

    function test_RevertWhen_pauseByNonPauser() public {
        _expectUnauthorized(stranger, grid.PAUSER_ROLE());
        vm.prank(stranger);
        grid.pause();
    }

    function test_RevertWhen_unpauseByNonPauser() public {
        vm.prank(pauser);
        grid.pause();
        _expectUnauthorized(stranger, grid.PAUSER_ROLE());
        vm.prank(stranger);
        grid.unpause();
    }

    function test_RevertWhen_transferExceedsBalance() public {
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, alice, 10 ether, 11 ether)
        );
        vm.prank(alice);
        grid.transfer(bob, 11 ether);
    }

    function test_transferFrom_withApproval() public {
        vm.prank(alice);
        grid.approve(bob, 4 ether);
        vm.prank(bob);
        grid.transferFrom(alice, bob, 4 ether);
        assertEq(grid.balanceOf(bob), 4 ether);
        assertEq(grid.allowance(alice, bob), 0);
    }

    // ------------------------------------------------------------------ system contracts (escrow)

    /// Escrow takes GRID the way Trading does: the owner approves, the system contract pulls.
    function _escrowPulls(address from, uint256 amount) internal {
        vm.prank(from);
        grid.approve(escrow, amount);
        vm.prank(escrow);
        grid.transferFrom(from, escrow, amount);
    }

    function test_transferFrom_escrowPullsFromUser() public {
        _escrowPulls(alice, 5 ether);
        assertEq(grid.balanceOf(escrow), 5 ether);
    }

    function test_RevertWhen_userTransfersStraightToEscrow() public {
        // Nothing could ever move GRID out of a system contract that did not take it itself.
        vm.expectRevert(abi.encodeWithSelector(IGridToken.GridToken__SystemContractRecipient.selector, escrow));
        vm.prank(alice);
        grid.transfer(escrow, 5 ether);
    }

    function test_RevertWhen_thirdPartyMovesGridIntoEscrow() public {
        vm.prank(alice);
        grid.approve(bob, 5 ether);
        vm.expectRevert(abi.encodeWithSelector(IGridToken.GridToken__SystemContractRecipient.selector, escrow));
        vm.prank(bob);
        grid.transferFrom(alice, escrow, 5 ether);
    }

    function test_RevertWhen_escrowPaysAnotherSystemContract() public {
        address otherSystem = makeAddr("otherSystem");
        bytes32 systemRole = grid.SYSTEM_ROLE();
        vm.prank(governance);
        grid.grantRole(systemRole, otherSystem);
        _escrowPulls(alice, 5 ether);
        vm.expectRevert(abi.encodeWithSelector(IGridToken.GridToken__SystemContractRecipient.selector, otherSystem));
        vm.prank(escrow);
        grid.transfer(otherSystem, 1 ether);
    }

    function test_RevertWhen_suspendedUserEscrows() public {
        vm.prank(alice);
        grid.approve(escrow, 1 ether);
        _suspend(alice);
        vm.expectRevert(abi.encodeWithSelector(IGridToken.GridToken__UnverifiedAccount.selector, alice));
        vm.prank(escrow);
        grid.transferFrom(alice, escrow, 1 ether);
    }

    function test_escrowPaysOut_whilePausedAndSuspended() public {
        _escrowPulls(alice, 5 ether);
        vm.prank(pauser);
        grid.pause();
        _suspend(alice);
        vm.prank(escrow);
        grid.transfer(alice, 5 ether);
        assertEq(grid.balanceOf(alice), 10 ether);
    }

    function test_RevertWhen_escrowPaysUnregistered() public {
        _escrowPulls(alice, 5 ether);
        vm.expectRevert(abi.encodeWithSelector(IGridToken.GridToken__UnregisteredAccount.selector, stranger));
        vm.prank(escrow);
        grid.transfer(stranger, 1 ether);
    }

    // ------------------------------------------------------------------ burns

    function test_burn_ownBalance() public {
        vm.prank(alice);
        grid.burn(4 ether);
        assertEq(grid.balanceOf(alice), 6 ether);
        assertEq(grid.totalSupply(), 6 ether);
    }

    function test_RevertWhen_burnWhilePaused() public {
        vm.prank(pauser);
        grid.pause();
        vm.expectRevert(Pausable.EnforcedPause.selector);
        vm.prank(alice);
        grid.burn(1 ether);
    }

    function test_burnFrom_spendsAllowance() public {
        vm.prank(alice);
        grid.approve(bob, 3 ether);
        vm.prank(bob);
        grid.burnFrom(alice, 2 ether);
        assertEq(grid.balanceOf(alice), 8 ether);
        assertEq(grid.allowance(alice, bob), 1 ether);
    }

    function test_RevertWhen_burnFromWithoutAllowance() public {
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, bob, 0, 1 ether));
        vm.prank(bob);
        grid.burnFrom(alice, 1 ether);
    }

    function test_burnMetered_noAllowanceEvenPausedAndSuspended() public {
        vm.prank(pauser);
        grid.pause();
        _suspend(alice);
        vm.expectEmit(address(grid));
        emit IGridToken.EnergyBurned(alice, 3 ether, METER);
        vm.prank(burner);
        grid.burnMetered(alice, 3 ether, METER);
        assertEq(grid.balanceOf(alice), 7 ether);
        assertEq(grid.totalSupply(), 7 ether);
    }

    function test_RevertWhen_burnMeteredByNonBurner() public {
        _expectUnauthorized(stranger, grid.BURNER_ROLE());
        vm.prank(stranger);
        grid.burnMetered(alice, 1 ether, METER);
    }

    function test_RevertWhen_burnMeteredExceedsBalance() public {
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, alice, 10 ether, 11 ether)
        );
        vm.prank(burner);
        grid.burnMetered(alice, 11 ether, METER);
    }

    // ------------------------------------------------------------------ permit (EIP-2612)

    function test_permit_setsAllowanceFromSignature() public {
        (address owner, uint256 key) = makeAddrAndKey("permitOwner");
        _register(owner, IRegistry.UserType.Prosumer);
        _mintGrid(owner, 2 ether);
        uint256 deadline = block.timestamp + 1 hours;
        bytes32 structHash = keccak256(
            abi.encode(
                keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)"),
                owner,
                escrow,
                2 ether,
                grid.nonces(owner),
                deadline
            )
        );
        bytes32 digest = keccak256(abi.encodePacked("\x19\x01", grid.DOMAIN_SEPARATOR(), structHash));
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, digest);
        grid.permit(owner, escrow, 2 ether, deadline, v, r, s);
        assertEq(grid.allowance(owner, escrow), 2 ether);
        assertEq(grid.nonces(owner), 1);

        vm.prank(escrow);
        grid.transferFrom(owner, escrow, 2 ether);
        assertEq(grid.balanceOf(escrow), 2 ether);
    }

    /// A wallet builds the permit domain from the token's name() (or eip712Domain()), version "1".
    function test_permit_domainIsTheOneWalletsBuildFromName() public view {
        (, string memory domainName, string memory version, uint256 chainId, address verifying,,) = grid.eip712Domain();
        assertEq(domainName, grid.name(), "eip712Domain().name is name()");
        bytes32 walletDomain = keccak256(
            abi.encode(
                keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"),
                keccak256(bytes(grid.name())),
                keccak256("1"),
                block.chainid,
                address(grid)
            )
        );
        assertEq(version, "1");
        assertEq(chainId, block.chainid);
        assertEq(verifying, address(grid));
        assertEq(grid.DOMAIN_SEPARATOR(), walletDomain, "a permit signed under the wallet's domain verifies");
    }

    function test_RevertWhen_permitExpired() public {
        (address owner, uint256 key) = makeAddrAndKey("permitOwner");
        uint256 deadline = block.timestamp;
        bytes32 structHash = keccak256(
            abi.encode(
                keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)"),
                owner,
                escrow,
                1 ether,
                0,
                deadline
            )
        );
        (uint8 v, bytes32 r, bytes32 s) =
            vm.sign(key, keccak256(abi.encodePacked("\x19\x01", grid.DOMAIN_SEPARATOR(), structHash)));
        vm.warp(deadline + 1);
        vm.expectRevert(abi.encodeWithSelector(ERC20Permit.ERC2612ExpiredSignature.selector, deadline));
        grid.permit(owner, escrow, 1 ether, deadline, v, r, s);
    }

    // ------------------------------------------------------------------ fuzz

    function testFuzz_transfer_conservesSupply(uint256 amount) public {
        amount = bound(amount, 0, grid.balanceOf(alice));
        uint256 supply = grid.totalSupply();
        vm.prank(alice);
        grid.transfer(bob, amount);
        assertEq(grid.balanceOf(alice) + grid.balanceOf(bob), 10 ether);
        assertEq(grid.totalSupply(), supply);
    }

    function testFuzz_transfer_toUnverifiedReverts(address to, uint256 amount) public {
        vm.assume(to != address(0) && !registry.isUserVerified(to) && !grid.hasRole(grid.SYSTEM_ROLE(), to));
        amount = bound(amount, 1, 10 ether);
        vm.expectRevert(abi.encodeWithSelector(IGridToken.GridToken__UnverifiedAccount.selector, to));
        vm.prank(alice);
        grid.transfer(to, amount);
    }

    function testFuzz_mintAndBurnMetered(uint256 minted, uint256 burned) public {
        minted = bound(minted, 0, 1e30);
        burned = bound(burned, 0, minted);
        vm.prank(minter);
        grid.mint(bob, minted, METER);
        vm.prank(burner);
        grid.burnMetered(bob, burned, METER);
        assertEq(grid.balanceOf(bob), minted - burned);
        assertEq(grid.totalSupply(), 10 ether + minted - burned);
    }
}
