// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {CampusBase} from "./utils/CampusBase.sol";
import {SettlementToken} from "../src/SettlementToken.sol";
import {ISettlementToken} from "../src/interfaces/ISettlementToken.sol";

contract SettlementTokenTest is CampusBase {
    address internal alice = makeAddr("alice");
    bytes32 internal constant REF = keccak256("bank-transfer-42");

    function test_metadata() public view {
        assertEq(thb.symbol(), "cTHB");
        assertEq(thb.decimals(), 18);
        assertTrue(thb.hasRole(thb.GOVERNANCE_ROLE(), governance));
    }

    function test_RevertWhen_constructorZeroGovernance() public {
        vm.expectRevert(ISettlementToken.SettlementToken__ZeroAddress.selector);
        new SettlementToken(address(0));
    }

    function test_topUp_mintsAndEmits() public {
        vm.expectEmit(address(thb));
        emit ISettlementToken.ToppedUp(alice, 500 ether, REF);
        vm.prank(settlementOperator);
        thb.topUp(alice, 500 ether, REF);
        assertEq(thb.balanceOf(alice), 500 ether);
        assertEq(thb.totalSupply(), 500 ether);
    }

    function test_RevertWhen_topUpByNonOperator() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, alice, thb.SETTLEMENT_OPERATOR_ROLE()
            )
        );
        vm.prank(alice);
        thb.topUp(alice, 1 ether, REF);
    }

    function test_RevertWhen_topUpZeroAddress() public {
        vm.expectRevert(ISettlementToken.SettlementToken__ZeroAddress.selector);
        vm.prank(settlementOperator);
        thb.topUp(address(0), 1 ether, REF);
    }

    function test_RevertWhen_topUpZeroAmount() public {
        vm.expectRevert(ISettlementToken.SettlementToken__ZeroAmount.selector);
        vm.prank(settlementOperator);
        thb.topUp(alice, 0, REF);
    }

    function test_redeem_burnsAndEmits() public {
        _topUp(alice, 100 ether);
        vm.expectEmit(address(thb));
        emit ISettlementToken.Redeemed(alice, 40 ether, REF);
        vm.prank(alice);
        thb.redeem(40 ether, REF);
        assertEq(thb.balanceOf(alice), 60 ether);
        assertEq(thb.totalSupply(), 60 ether);
    }

    function test_RevertWhen_redeemZero() public {
        vm.expectRevert(ISettlementToken.SettlementToken__ZeroAmount.selector);
        vm.prank(alice);
        thb.redeem(0, REF);
    }

    function test_RevertWhen_redeemMoreThanBalance() public {
        _topUp(alice, 1 ether);
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, alice, 1 ether, 2 ether));
        vm.prank(alice);
        thb.redeem(2 ether, REF);
    }

    function testFuzz_topUpRedeem(uint256 topped, uint256 redeemed) public {
        topped = bound(topped, 1, 1e36);
        redeemed = bound(redeemed, 1, topped);
        _topUp(alice, topped);
        vm.prank(alice);
        thb.redeem(redeemed, REF);
        assertEq(thb.balanceOf(alice), topped - redeemed);
        assertEq(thb.totalSupply(), topped - redeemed);
    }
}
