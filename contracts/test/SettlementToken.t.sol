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
        assertEq(thb.name(), "Campus Thai Baht");
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

    // ------------------------------------------------------------------ system contracts

    address internal market = makeAddr("market"); // stands for Trading or OracleClient (SYSTEM_ROLE)

    function _makeSystem(address account) internal {
        vm.etch(account, hex"00"); // a system contract is a contract
        bytes32 role = thb.SYSTEM_ROLE();
        vm.prank(governance);
        thb.grantRole(role, account);
    }

    function test_transferFrom_systemContractPullsAndPaysOut() public {
        _makeSystem(market);
        _topUp(alice, 10 ether);
        vm.prank(alice);
        thb.approve(market, 4 ether);
        vm.prank(market);
        thb.transferFrom(alice, market, 4 ether);
        assertEq(thb.balanceOf(market), 4 ether);
        vm.prank(market);
        thb.transfer(alice, 1 ether);
        assertEq(thb.balanceOf(alice), 7 ether);
    }

    function test_RevertWhen_userTransfersStraightToSystemContract() public {
        _makeSystem(market);
        _topUp(alice, 10 ether);
        // Nothing could ever move cTHB out of a system contract that did not take it itself.
        vm.expectRevert(
            abi.encodeWithSelector(ISettlementToken.SettlementToken__SystemContractRecipient.selector, market)
        );
        vm.prank(alice);
        thb.transfer(market, 1 ether);
    }

    function test_RevertWhen_thirdPartyMovesTokensIntoSystemContract() public {
        _makeSystem(market);
        address bob = makeAddr("bob");
        _topUp(alice, 10 ether);
        vm.prank(alice);
        thb.approve(bob, 1 ether);
        vm.expectRevert(
            abi.encodeWithSelector(ISettlementToken.SettlementToken__SystemContractRecipient.selector, market)
        );
        vm.prank(bob);
        thb.transferFrom(alice, market, 1 ether);
    }

    function test_RevertWhen_topUpToSystemContract() public {
        _makeSystem(market);
        vm.expectRevert(
            abi.encodeWithSelector(ISettlementToken.SettlementToken__SystemContractRecipient.selector, market)
        );
        vm.prank(settlementOperator);
        thb.topUp(market, 1 ether, REF);
    }

    // ------------------------------------------------------------------ permit (EIP-2612)

    /// A wallet builds the permit domain from the token's name() (or eip712Domain()), version "1".
    function test_permit_signedUnderTheDomainWalletsBuildFromName() public {
        (address owner, uint256 key) = makeAddrAndKey("permitOwner");
        (, string memory domainName,,,,,) = thb.eip712Domain();
        assertEq(domainName, thb.name(), "eip712Domain().name is name()");
        bytes32 walletDomain = keccak256(
            abi.encode(
                keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"),
                keccak256(bytes(thb.name())),
                keccak256("1"),
                block.chainid,
                address(thb)
            )
        );
        uint256 deadline = block.timestamp + 1 hours;
        bytes32 structHash = keccak256(
            abi.encode(
                keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)"),
                owner,
                alice,
                3 ether,
                thb.nonces(owner),
                deadline
            )
        );
        (uint8 v, bytes32 r, bytes32 s) =
            vm.sign(key, keccak256(abi.encodePacked("\x19\x01", walletDomain, structHash)));
        thb.permit(owner, alice, 3 ether, deadline, v, r, s);
        assertEq(thb.allowance(owner, alice), 3 ether);
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
