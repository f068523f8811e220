// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {AutomationBase} from "@chainlink/contracts/src/v0.8/automation/AutomationBase.sol";
import {OracleClientBase} from "./OracleClientBase.t.sol";
import {OracleClient} from "../src/OracleClient.sol";
import {IOracleClient} from "../src/interfaces/IOracleClient.sol";
import {IRegistry} from "../src/interfaces/IRegistry.sol";
import {IGridToken} from "../src/interfaces/IGridToken.sol";
import {ISettlementToken} from "../src/interfaces/ISettlementToken.sol";

contract OracleClientTest is OracleClientBase {
    bytes32 internal meter = _meterId(1);
    bytes32 internal meter2 = _meterId(2);

    // ------------------------------------------------------------------ construction and format

    function test_constructor_setsRolesAndParameters() public view {
        assertTrue(oracle.hasRole(oracle.GOVERNANCE_ROLE(), governance));
        assertEq(oracle.GOVERNANCE_ROLE(), oracle.DEFAULT_ADMIN_ROLE());
        assertEq(oracle.registry(), address(registry));
        assertEq(oracle.gridToken(), address(grid));
        assertEq(oracle.requestTimeoutBlocks(), 100);
        assertEq(oracle.nextRequestId(), 1);
        assertEq(oracle.expiryCursor(), 1);
    }

    function test_RevertWhen_constructorGetsZeroAddress() public {
        vm.expectRevert(IOracleClient.OracleClient__ZeroAddress.selector);
        new OracleClient(IRegistry(address(0)), grid, governance, 100);
        vm.expectRevert(IOracleClient.OracleClient__ZeroAddress.selector);
        new OracleClient(registry, IGridToken(address(0)), governance, 100);
        vm.expectRevert(IOracleClient.OracleClient__ZeroAddress.selector);
        new OracleClient(registry, grid, address(0), 100);
    }

    function test_RevertWhen_constructorGetsZeroTimeout() public {
        vm.expectRevert(IOracleClient.OracleClient__ZeroTimeout.selector);
        new OracleClient(registry, grid, governance, 0);
    }

    function test_domainSeparator_isBoundToChainAndRegistry() public {
        bytes32 expected = keccak256(
            abi.encode(
                keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"),
                keccak256("CampusGridMeter"),
                keccak256("1"),
                block.chainid,
                address(registry)
            )
        );
        assertEq(oracle.domainSeparator(), expected);
        // Another OracleClient on the same Registry shares the domain: meters sign once for every upgrade.
        OracleClient next = new OracleClient(registry, grid, governance, 100);
        assertEq(next.domainSeparator(), expected);
        // On a fork with another chain id the separator follows the chain id.
        vm.chainId(4242);
        assertTrue(oracle.domainSeparator() != expected);
        assertEq(
            oracle.domainSeparator(),
            keccak256(
                abi.encode(
                    keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"),
                    keccak256("CampusGridMeter"),
                    keccak256("1"),
                    uint256(4242),
                    address(registry)
                )
            )
        );
    }

    function test_hashReading_isEip712Digest() public view {
        IOracleClient.Reading memory r = _reading(meter, 7, 3, 12_345, 678);
        bytes32 structHash = keccak256(
            abi.encode(
                keccak256(
                    "Reading(bytes32 meterId,uint64 intervalStart,uint64 intervalEnd,uint64 exportWh,uint64 importWh,uint64 seq)"
                ),
                r.meterId,
                r.intervalStart,
                r.intervalEnd,
                r.exportWh,
                r.importWh,
                r.seq
            )
        );
        assertEq(oracle.READING_TYPEHASH(), 0xc6412e9107afdc2b51d305c72ca7f72ba3d884a23c3c0abb0e1211fa222c4685);
        assertEq(oracle.hashReading(r), keccak256(abi.encodePacked(hex"1901", oracle.domainSeparator(), structHash)));
    }

    /// The first vector of meterbridge's Go reading package (reading/testdata/vectors.json): chain id
    /// 31337, Registry 0x5FbDB2315678afecb367f032d93F642f64180aa3. Both sides must agree bit for bit.
    function test_hashReading_matchesGoVector() public {
        vm.chainId(31_337);
        OracleClient atGoRegistry =
            new OracleClient(IRegistry(0x5FbDB2315678afecb367f032d93F642f64180aa3), grid, governance, 100);
        assertEq(atGoRegistry.domainSeparator(), 0x8af8389ca7dd47da34e1ed1094c613c32ab9cc0bcdf34846c662698671728c3e);
        IOracleClient.Reading memory r = IOracleClient.Reading({
            meterId: 0x4b4d5554542d534f4c41522d3000000000000000000000000000000000000000,
            intervalStart: 1_767_225_600,
            intervalEnd: 1_767_226_500,
            exportWh: 12_345,
            importWh: 678,
            seq: 1
        });
        bytes32 digest = atGoRegistry.hashReading(r);
        assertEq(digest, 0x24853149e16bda52c57c40c7c8104e9da707188934034c83e95095808dcaf977);
        (uint8 v, bytes32 rr, bytes32 s) =
            vm.sign(0x4632a31bb49f1286f0f1b7de3238e0f2c534c6f285d634baea86157c6349bac4, digest);
        assertEq(
            abi.encodePacked(rr, s, v),
            hex"f9bf62c81d56925f255dd90c9a28321b4cb3c00a93d9bcd708450fffe582171645f383883fa28f0d34e1f919028faf8ee23e0e9f2f6acd49b48e892e609f81e01b"
        );
    }

    // ------------------------------------------------------------------ submitReadings: applying

    function test_submitReadings_firstReadingSetsBaselineAndMintsNothing() public {
        address alice = _newProsumer("alice");
        _assign(meter, alice, METER_KEY);
        IOracleClient.Reading memory r = _reading(meter, 5, 1, 50_000, 7000);
        vm.expectEmit(address(oracle));
        emit IOracleClient.BaselineSet(meter, alice, 1, 5, r.intervalEnd, 50_000, 7000);
        assertEq(_submitSigned(METER_KEY, r), 1);
        assertEq(grid.balanceOf(alice), 0, "energy before the first reading is not credited");
        assertEq(grid.totalSupply(), 0);
        IOracleClient.MeterState memory s = oracle.meterState(meter);
        assertEq(s.seq, 5);
        assertEq(s.exportWh, 50_000);
        assertEq(s.importWh, 7000);
        assertEq(s.intervalEnd, r.intervalEnd);
        assertEq(s.assignment, 1);
    }

    function test_submitReadings_exportDeltaMintsToOwner() public {
        address alice = _prosumerWithBaseline("alice", meter, 1000, 0);
        IOracleClient.Reading memory r = _reading(meter, 2, 2, 3500, 0);
        vm.expectEmit(address(grid));
        emit IGridToken.EnergyMinted(alice, 2500 * WH, meter);
        vm.expectEmit(address(oracle));
        emit IOracleClient.ReadingApplied(meter, alice, 2, r.intervalEnd, 2500 * WH, 0);
        assertEq(_submitSigned(METER_KEY, r), 1);
        assertEq(grid.balanceOf(alice), 2.5 ether, "2,500 Wh = 2.5 GRID");
        assertEq(oracle.meterState(meter).exportWh, 3500);
    }

    function test_submitReadings_importDeltaBurnsFromOwner() public {
        address alice = _prosumerWithBaseline("alice", meter, 0, 0);
        _submitSigned(METER_KEY, _reading(meter, 2, 2, 4000, 0));
        IOracleClient.Reading memory r = _reading(meter, 3, 3, 4000, 1500);
        vm.expectEmit(address(grid));
        emit IGridToken.EnergyBurned(alice, 1500 * WH, meter);
        vm.expectEmit(address(oracle));
        emit IOracleClient.ReadingApplied(meter, alice, 3, r.intervalEnd, 0, 1500 * WH);
        _submitSigned(METER_KEY, r);
        assertEq(grid.balanceOf(alice), 2.5 ether);
        assertEq(grid.totalSupply(), 2.5 ether);
    }

    function test_submitReadings_importBeyondBalanceIsRecordedAsGridImport() public {
        address alice = _prosumerWithBaseline("alice", meter, 0, 0);
        _submitSigned(METER_KEY, _reading(meter, 2, 2, 1000, 0));
        IOracleClient.Reading memory r = _reading(meter, 3, 3, 1000, 3000);
        vm.expectEmit(address(grid));
        emit IGridToken.EnergyBurned(alice, 1000 * WH, meter);
        vm.expectEmit(address(oracle));
        emit IOracleClient.GridImportRecorded(meter, alice, 2000 * WH);
        vm.expectEmit(address(oracle));
        emit IOracleClient.ReadingApplied(meter, alice, 3, r.intervalEnd, 0, 1000 * WH);
        _submitSigned(METER_KEY, r);
        assertEq(grid.balanceOf(alice), 0);
        assertEq(grid.totalSupply(), 0);
    }

    function test_submitReadings_importWithEmptyBalanceBurnsNothing() public {
        address alice = _prosumerWithBaseline("alice", meter, 0, 0);
        vm.expectEmit(address(oracle));
        emit IOracleClient.GridImportRecorded(meter, alice, 800 * WH);
        _submitSigned(METER_KEY, _reading(meter, 2, 2, 0, 800));
        assertEq(grid.balanceOf(alice), 0);
        assertEq(oracle.meterState(meter).importWh, 800);
    }

    function test_submitReadings_exportIsCreditedBeforeImportOfTheSameInterval() public {
        address alice = _prosumerWithBaseline("alice", meter, 0, 0);
        _submitSigned(METER_KEY, _reading(meter, 2, 2, 2000, 500));
        assertEq(grid.balanceOf(alice), 1.5 ether, "2 kWh exported, 0.5 kWh imported in one interval");
    }

    function test_submitReadings_suspendedOwnersReadingsStillApply() public {
        address alice = _prosumerWithBaseline("alice", meter, 0, 0);
        _suspend(alice);
        assertEq(_submitSigned(METER_KEY, _reading(meter, 2, 2, 3000, 0)), 1);
        assertEq(grid.balanceOf(alice), 3 ether);
        assertEq(_submitSigned(METER_KEY, _reading(meter, 3, 3, 3000, 1000)), 1);
        assertEq(grid.balanceOf(alice), 2 ether);
        vm.prank(registrar);
        registry.reactivateUser(alice);
        assertEq(_submitSigned(METER_KEY, _reading(meter, 4, 4, 4000, 1000)), 1);
        assertEq(grid.balanceOf(alice), 3 ether, "nothing lost or credited twice across the suspension");
    }

    function test_submitReadings_rotatedKeyContinuesCounters() public {
        address alice = _prosumerWithBaseline("alice", meter, 100, 0);
        _submitSigned(METER_KEY, _reading(meter, 2, 2, 1100, 0));
        vm.prank(registrar);
        registry.rotateMeterSigner(meter, vm.addr(METER_KEY_2));

        IOracleClient.Reading memory r = _reading(meter, 3, 3, 2100, 0);
        vm.expectEmit(address(oracle));
        emit IOracleClient.ReadingRejected(meter, 3, IOracleClient.RejectReason.BadSignature);
        assertEq(_submitSigned(METER_KEY, r), 0, "the retired key no longer signs");
        assertEq(_submitSigned(METER_KEY_2, r), 1);
        assertEq(grid.balanceOf(alice), 2 ether, "the new key continues the counters: no new baseline");
        assertEq(oracle.meterState(meter).assignment, 1);
    }

    function test_submitReadings_reassignmentNeverCreditsOldEnergyToNewOwner() public {
        address alice = _prosumerWithBaseline("alice", meter, 0, 0);
        IOracleClient.Reading memory beforeHandOver = _reading(meter, 2, 2, 1000, 0);
        bytes memory beforeSig = _sign(METER_KEY, beforeHandOver);
        _submitSigned(METER_KEY, beforeHandOver);
        // Energy metered while alice still owned the meter, brought on-chain only after the hand-over.
        IOracleClient.Reading memory late = _reading(meter, 3, 3, 5000, 0);
        bytes memory lateSig = _sign(METER_KEY, late);
        // Energy metered while nobody held the meter.
        IOracleClient.Reading memory between = _reading(meter, 7, 7, 6000, 0);
        bytes memory betweenSig = _sign(METER_KEY, between);

        vm.warp(T0 + 5 * INTERVAL);
        _unassign(meter);
        vm.warp(T0 + 10 * INTERVAL); // the hand-over
        address bob = _newProsumer("bob");
        _assign(meter, bob, METER_KEY);

        vm.expectEmit(address(oracle));
        emit IOracleClient.ReadingRejected(meter, 7, IOracleClient.RejectReason.BeforeAssignment);
        assertEq(_submit(between, betweenSig), 0, "metered before bob's assignment, after alice's: no one's");
        assertEq(_submitSigned(METER_KEY, _reading(meter, 11, 11, 9000, 0)), 1, "bob's baseline");
        assertEq(oracle.meterState(meter).assignment, 2);
        _submitSigned(METER_KEY, _reading(meter, 12, 12, 9500, 0));
        assertEq(grid.balanceOf(bob), 0.5 ether, "bob is credited only with energy metered while he held the meter");

        vm.expectEmit(address(oracle));
        emit IOracleClient.ReadingApplied(meter, alice, 3, late.intervalEnd, 4000 * WH, 0);
        assertEq(_submit(late, lateSig), 1, "alice's late reading is still hers");
        assertEq(_submit(beforeHandOver, beforeSig), 0, "and applies once");
        assertEq(grid.balanceOf(alice), 5 ether);
        assertEq(grid.balanceOf(bob), 0.5 ether);
        assertEq(oracle.assignmentState(meter, 1).seq, 3);
        assertEq(oracle.assignmentState(meter, 2).seq, 12);
    }

    function test_submitReadings_readingRelayedAfterUnassignmentCreditsItsOwner() public {
        address alice = _prosumerWithBaseline("alice", meter, 0, 0);
        IOracleClient.Reading memory late = _reading(meter, 2, 4, 3000, 500);
        bytes memory lateSig = _sign(METER_KEY, late);
        vm.warp(T0 + 4 * INTERVAL); // the reading ends in the second of the unassignment: still alice's
        _unassign(meter);
        vm.warp(NOW);

        assertEq(_submit(late, lateSig), 1);
        assertEq(grid.balanceOf(alice), 2.5 ether, "3 kWh exported and 0.5 kWh imported while alice held the meter");
        IOracleClient.Reading memory afterIt = _reading(meter, 3, 5, 4000, 500);
        vm.expectEmit(address(oracle));
        emit IOracleClient.ReadingRejected(meter, 3, IOracleClient.RejectReason.UnassignedMeter);
        assertEq(_submitSigned(METER_KEY, afterIt), 0, "metered after the unassignment: no one's");
        assertEq(grid.balanceOf(alice), 2.5 ether);
    }

    function test_submitReadings_lateReadingIsCheckedAgainstItsAssignmentsKey() public {
        address alice = _prosumerWithBaseline("alice", meter, 0, 0);
        IOracleClient.Reading memory late = _reading(meter, 2, 2, 1000, 0);
        vm.warp(T0 + 3 * INTERVAL);
        _unassign(meter);
        address bob = _newProsumer("bob");
        _assign(meter, bob, METER_KEY_2); // a new meter key comes with bob's assignment
        vm.warp(NOW);

        vm.expectEmit(address(oracle));
        emit IOracleClient.ReadingRejected(meter, 2, IOracleClient.RejectReason.BadSignature);
        assertEq(_submitSigned(METER_KEY_2, late), 0, "bob's key cannot sign alice's energy");
        assertEq(_submitSigned(METER_KEY, late), 1, "alice's assignment had METER_KEY");
        assertEq(grid.balanceOf(alice), 1 ether);
        assertEq(grid.balanceOf(bob), 0);
    }

    function test_requestEnergyData_fulfilledByAReadingOfThePastAssignment() public {
        _prosumerWithBaseline("alice", meter, 0, 0);
        vm.prank(operator);
        uint256 id = oracle.requestEnergyData(meter, T0 + 2 * INTERVAL);
        IOracleClient.Reading memory late = _reading(meter, 2, 2, 1000, 0);
        bytes memory lateSig = _sign(METER_KEY, late);
        vm.warp(T0 + 3 * INTERVAL);
        _unassign(meter);
        _assign(meter, _newProsumer("bob"), METER_KEY);

        vm.prank(operator);
        oracle.fulfillEnergyData(id, late, lateSig);
        assertEq(uint8(oracle.getRequest(id).status), uint8(IOracleClient.RequestStatus.Fulfilled));
    }

    function test_submitReadings_reassignmentToTheSameOwnerRestartsBaseline() public {
        address alice = _prosumerWithBaseline("alice", meter, 0, 0);
        vm.warp(T0 + 5 * INTERVAL);
        _unassign(meter);
        _assign(meter, alice, METER_KEY);
        // A replacement meter starts its counters again from zero: no regression, just a baseline.
        assertEq(_submitSigned(METER_KEY, _reading(meter, 1, 6, 10, 0)), 1);
        assertEq(grid.balanceOf(alice), 0);
        assertEq(_submitSigned(METER_KEY, _reading(meter, 2, 7, 1010, 0)), 1);
        assertEq(grid.balanceOf(alice), 1 ether);
    }

    function test_submitReadings_duplicateFromSecondRelayerIsANoOp() public {
        address alice = _prosumerWithBaseline("alice", meter, 0, 0);
        vm.warp(NOW); // the relayers bring these readings later
        address relayer2 = makeAddr("relayer2");
        bytes32 role = oracle.ORACLE_OPERATOR_ROLE();
        vm.prank(governance);
        oracle.grantRole(role, relayer2);

        IOracleClient.Reading[] memory readings = new IOracleClient.Reading[](1);
        bytes[] memory signatures = new bytes[](1);
        readings[0] = _reading(meter, 2, 2, 1000, 0);
        signatures[0] = _sign(METER_KEY, readings[0]);
        vm.prank(operator);
        assertEq(oracle.submitReadings(readings, signatures), 1);
        vm.expectEmit(address(oracle));
        emit IOracleClient.ReadingRejected(meter, 2, IOracleClient.RejectReason.NotNewer);
        vm.prank(relayer2);
        assertEq(oracle.submitReadings(readings, signatures), 0);
        assertEq(grid.balanceOf(alice), 1 ether, "minted once");
    }

    function test_submitReadings_badReadingsAreSkippedTheRestApply() public {
        address alice = _prosumerWithBaseline("alice", meter, 0, 0);
        address bob = _prosumerWithBaseline("bob", meter2, 0, 0);
        vm.warp(NOW); // the relayers bring these readings later
        bytes32 unassigned = _meterId(99);

        IOracleClient.Reading[] memory readings = new IOracleClient.Reading[](5);
        bytes[] memory signatures = new bytes[](5);
        readings[0] = _reading(unassigned, 2, 2, 1000, 0);
        signatures[0] = _sign(METER_KEY, readings[0]);
        readings[1] = _reading(meter, 2, 2, 1000, 0);
        signatures[1] = _sign(METER_KEY, readings[1]);
        readings[2] = _reading(meter2, 2, 2, 7000, 0);
        signatures[2] = _sign(OTHER_KEY, readings[2]);
        readings[3] = _reading(meter2, 3, 3, 2000, 0);
        signatures[3] = _sign(METER_KEY, readings[3]);
        readings[4] = readings[1]; // the same reading twice in one batch
        signatures[4] = signatures[1];

        vm.expectEmit(address(oracle));
        emit IOracleClient.ReadingRejected(unassigned, 2, IOracleClient.RejectReason.UnassignedMeter);
        vm.expectEmit(address(oracle));
        emit IOracleClient.ReadingApplied(meter, alice, 2, readings[1].intervalEnd, 1000 * WH, 0);
        vm.expectEmit(address(oracle));
        emit IOracleClient.ReadingRejected(meter2, 2, IOracleClient.RejectReason.BadSignature);
        vm.expectEmit(address(oracle));
        emit IOracleClient.ReadingApplied(meter2, bob, 3, readings[3].intervalEnd, 2000 * WH, 0);
        vm.expectEmit(address(oracle));
        emit IOracleClient.ReadingRejected(meter, 2, IOracleClient.RejectReason.NotNewer);
        vm.prank(operator);
        assertEq(oracle.submitReadings(readings, signatures), 2);
        assertEq(grid.balanceOf(alice), 1 ether);
        assertEq(grid.balanceOf(bob), 2 ether);
    }

    function test_submitReadings_twoReadingsOfOneMeterApplyInOrder() public {
        address alice = _prosumerWithBaseline("alice", meter, 0, 0);
        vm.warp(NOW); // the relayers bring these readings later
        IOracleClient.Reading[] memory readings = new IOracleClient.Reading[](2);
        bytes[] memory signatures = new bytes[](2);
        readings[0] = _reading(meter, 2, 2, 1000, 0);
        readings[1] = _reading(meter, 3, 3, 1500, 0);
        signatures[0] = _sign(METER_KEY, readings[0]);
        signatures[1] = _sign(METER_KEY, readings[1]);
        vm.prank(operator);
        assertEq(oracle.submitReadings(readings, signatures), 2);
        assertEq(grid.balanceOf(alice), 1.5 ether);
        // Reordered: the older one after the newer one is rejected.
        readings[0] = _reading(meter, 5, 5, 3000, 0);
        readings[1] = _reading(meter, 4, 4, 2000, 0);
        signatures[0] = _sign(METER_KEY, readings[0]);
        signatures[1] = _sign(METER_KEY, readings[1]);
        vm.prank(operator);
        assertEq(oracle.submitReadings(readings, signatures), 1);
        assertEq(grid.balanceOf(alice), 3 ether);
    }

    function test_RevertWhen_tokensSentStraightToOracleClient() public {
        // OracleClient never takes tokens: GRID or cTHB pushed to it would be stranded.
        address alice = _newProsumer("alice");
        _mintGrid(alice, 1 ether);
        _topUp(alice, 1 ether);
        vm.startPrank(alice);
        vm.expectRevert(abi.encodeWithSelector(IGridToken.GridToken__UnverifiedAccount.selector, address(oracle)));
        grid.transfer(address(oracle), 1 ether);
        vm.expectRevert(
            abi.encodeWithSelector(ISettlementToken.SettlementToken__SystemContractRecipient.selector, address(oracle))
        );
        thb.transfer(address(oracle), 1 ether);
        vm.stopPrank();
    }

    // ------------------------------------------------------------------ submitReadings: rejections

    function _expectRejected(IOracleClient.Reading memory r, bytes memory sig, IOracleClient.RejectReason reason)
        internal
    {
        IOracleClient.MeterState memory before = oracle.meterState(r.meterId);
        uint256 supply = grid.totalSupply();
        vm.expectEmit(address(oracle));
        emit IOracleClient.ReadingRejected(r.meterId, r.seq, reason);
        assertEq(_submit(r, sig), 0);
        IOracleClient.MeterState memory after_ = oracle.meterState(r.meterId);
        assertEq(abi.encode(after_), abi.encode(before), "a rejected reading changes nothing");
        assertEq(grid.totalSupply(), supply, "a rejected reading mints and burns nothing");
    }

    function test_submitReadings_rejectsUnassignedMeter() public {
        IOracleClient.Reading memory r = _reading(meter, 1, 1, 1000, 0);
        _expectRejected(r, _sign(METER_KEY, r), IOracleClient.RejectReason.UnassignedMeter);
    }

    function test_submitReadings_rejectsBadInterval() public {
        _prosumerWithBaseline("alice", meter, 0, 0);
        IOracleClient.Reading memory r = _reading(meter, 2, 2, 1000, 0);
        r.intervalStart = r.intervalEnd;
        _expectRejected(r, _sign(METER_KEY, r), IOracleClient.RejectReason.BadInterval);
        // A newer seq whose interval does not end after the last applied one.
        r = _reading(meter, 2, 1, 1000, 0);
        _expectRejected(r, _sign(METER_KEY, r), IOracleClient.RejectReason.BadInterval);
    }

    function test_submitReadings_rejectsBadIntervalOnBaseline() public {
        address alice = _newProsumer("alice");
        _assign(meter, alice, METER_KEY);
        IOracleClient.Reading memory r = _reading(meter, 1, 1, 0, 0);
        r.intervalStart = r.intervalEnd + 1;
        _expectRejected(r, _sign(METER_KEY, r), IOracleClient.RejectReason.BadInterval);
    }

    function _submitNow(IOracleClient.Reading memory r, bytes memory sig) internal returns (uint256) {
        IOracleClient.Reading[] memory readings = new IOracleClient.Reading[](1);
        bytes[] memory signatures = new bytes[](1);
        readings[0] = r;
        signatures[0] = sig;
        vm.prank(operator);
        return oracle.submitReadings(readings, signatures);
    }

    function test_submitReadings_rejectsReadingFromTheFuture() public {
        _prosumerWithBaseline("alice", meter, 0, 0);
        uint64 skew = oracle.MAX_CLOCK_SKEW();
        uint64 now_ = uint64(block.timestamp);
        IOracleClient.Reading memory r = _reading(meter, 2, 2, 1000, 0);
        r.intervalEnd = now_ + skew + 1;
        r.intervalStart = r.intervalEnd - INTERVAL;
        bytes memory sig = _sign(METER_KEY, r);
        vm.expectEmit(address(oracle));
        emit IOracleClient.ReadingRejected(meter, 2, IOracleClient.RejectReason.BadInterval);
        assertEq(_submitNow(r, sig), 0);
        assertEq(oracle.meterState(meter).seq, 1);
        // A meter clock a little ahead of the chain's is fine, up to the skew.
        r.intervalEnd = now_ + skew;
        r.intervalStart = r.intervalEnd - INTERVAL;
        assertEq(_submitNow(r, _sign(METER_KEY, r)), 1);
        assertEq(grid.totalSupply(), 1 ether);
    }

    function test_submitReadings_rejectsBaselineFromTheFuture() public {
        address alice = _newProsumer("alice");
        _assign(meter, alice, METER_KEY);
        IOracleClient.Reading memory r = _reading(meter, 1, 1, 0, 0);
        r.intervalEnd = uint64(block.timestamp) + oracle.MAX_CLOCK_SKEW() + 1;
        bytes memory sig = _sign(METER_KEY, r);
        vm.expectEmit(address(oracle));
        emit IOracleClient.ReadingRejected(meter, 1, IOracleClient.RejectReason.BadInterval);
        assertEq(_submitNow(r, sig), 0);
        assertEq(oracle.meterState(meter).assignment, 0, "no baseline from the future");
    }

    function test_submitReadings_rejectsBaselineBeforeAssignment() public {
        vm.warp(T0 + 3 * INTERVAL);
        address alice = _newProsumer("alice");
        _assign(meter, alice, METER_KEY);
        IOracleClient.Reading memory r = _reading(meter, 1, 2, 0, 0);
        _expectRejected(r, _sign(METER_KEY, r), IOracleClient.RejectReason.BeforeAssignment);
        // Ending exactly at the assignment is fine: every later Wh is the new owner's.
        assertEq(_submitSigned(METER_KEY, _reading(meter, 1, 3, 0, 0)), 1);
    }

    function test_submitReadings_rejectsReplayAndOlderSeq() public {
        _prosumerWithBaseline("alice", meter, 0, 0);
        IOracleClient.Reading memory r = _reading(meter, 2, 2, 1000, 0);
        bytes memory sig = _sign(METER_KEY, r);
        _submit(r, sig);
        _expectRejected(r, sig, IOracleClient.RejectReason.NotNewer);
        IOracleClient.Reading memory older = _reading(meter, 1, 3, 2000, 0);
        _expectRejected(older, _sign(METER_KEY, older), IOracleClient.RejectReason.NotNewer);
    }

    function test_submitReadings_rejectsRegressedCounters() public {
        _prosumerWithBaseline("alice", meter, 1000, 1000);
        IOracleClient.Reading memory r = _reading(meter, 2, 2, 999, 1000);
        _expectRejected(r, _sign(METER_KEY, r), IOracleClient.RejectReason.CounterRegressed);
        r = _reading(meter, 2, 2, 1000, 999);
        _expectRejected(r, _sign(METER_KEY, r), IOracleClient.RejectReason.CounterRegressed);
    }

    function test_submitReadings_rejectsWrongKey() public {
        _prosumerWithBaseline("alice", meter, 0, 0);
        IOracleClient.Reading memory r = _reading(meter, 2, 2, 1000, 0);
        _expectRejected(r, _sign(OTHER_KEY, r), IOracleClient.RejectReason.BadSignature);
    }

    function test_submitReadings_rejectsSignatureOfAnotherReading() public {
        _prosumerWithBaseline("alice", meter, 0, 0);
        IOracleClient.Reading memory r = _reading(meter, 2, 2, 1000, 0);
        bytes memory sig = _sign(METER_KEY, r);
        r.exportWh = 100_000; // inflated after signing
        _expectRejected(r, sig, IOracleClient.RejectReason.BadSignature);
    }

    function test_submitReadings_rejectsHighSMalleatedSignature() public {
        _prosumerWithBaseline("alice", meter, 0, 0);
        IOracleClient.Reading memory r = _reading(meter, 2, 2, 1000, 0);
        (uint8 v, bytes32 rr, bytes32 s) = vm.sign(METER_KEY, oracle.hashReading(r));
        // (r, n - s, v ^ 1) recovers the same key: EIP-2 forbids it.
        uint256 n = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141;
        bytes memory malleated = abi.encodePacked(rr, bytes32(n - uint256(s)), v == 27 ? uint8(28) : uint8(27));
        assertEq(ecrecover(oracle.hashReading(r), v == 27 ? 28 : 27, rr, bytes32(n - uint256(s))), vm.addr(METER_KEY));
        _expectRejected(r, malleated, IOracleClient.RejectReason.BadSignature);
    }

    function test_submitReadings_rejectsMalformedSignatures() public {
        _prosumerWithBaseline("alice", meter, 0, 0);
        IOracleClient.Reading memory r = _reading(meter, 2, 2, 1000, 0);
        (uint8 v, bytes32 rr, bytes32 s) = vm.sign(METER_KEY, oracle.hashReading(r));
        _expectRejected(r, abi.encodePacked(rr, s), IOracleClient.RejectReason.BadSignature);
        _expectRejected(r, abi.encodePacked(rr, s, v, uint8(0)), IOracleClient.RejectReason.BadSignature);
        _expectRejected(r, abi.encodePacked(rr, s, v - 27), IOracleClient.RejectReason.BadSignature);
        _expectRejected(r, "", IOracleClient.RejectReason.BadSignature);
        _expectRejected(r, new bytes(65), IOracleClient.RejectReason.BadSignature);
        assertEq(_submit(r, abi.encodePacked(rr, s, v)), 1, "the well-formed signature applies");
    }

    function test_RevertWhen_submitReadingsCallerIsNotOperator() public {
        IOracleClient.Reading[] memory readings = new IOracleClient.Reading[](1);
        bytes[] memory signatures = new bytes[](1);
        address stranger = makeAddr("stranger");
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, oracle.ORACLE_OPERATOR_ROLE()
            )
        );
        vm.prank(stranger);
        oracle.submitReadings(readings, signatures);
    }

    function test_RevertWhen_submitReadingsLengthsDiffer() public {
        IOracleClient.Reading[] memory readings = new IOracleClient.Reading[](2);
        bytes[] memory signatures = new bytes[](1);
        vm.expectRevert(abi.encodeWithSelector(IOracleClient.OracleClient__LengthMismatch.selector, 2, 1));
        vm.prank(operator);
        oracle.submitReadings(readings, signatures);
    }

    function test_RevertWhen_submitReadingsBatchIsEmpty() public {
        vm.expectRevert(IOracleClient.OracleClient__EmptyBatch.selector);
        vm.prank(operator);
        oracle.submitReadings(new IOracleClient.Reading[](0), new bytes[](0));
    }

    // ------------------------------------------------------------------ request path

    function _request(address who, bytes32 meterId, uint64 intervalsAfterT0) internal returns (uint256) {
        vm.prank(who);
        return oracle.requestEnergyData(meterId, T0 + intervalsAfterT0 * INTERVAL);
    }

    function test_requestEnergyData_pendingWhenNotCovered() public {
        address alice = _prosumerWithBaseline("alice", meter, 0, 0);
        uint64 end = T0 + 4 * INTERVAL;
        vm.expectEmit(address(oracle));
        emit IOracleClient.EnergyDataRequested(1, meter, alice, end, uint64(block.number) + 100);
        vm.prank(alice);
        assertEq(oracle.requestEnergyData(meter, end), 1);
        IOracleClient.Request memory req = oracle.getRequest(1);
        assertEq(req.meterId, meter);
        assertEq(req.intervalEnd, end);
        assertEq(req.expiresAtBlock, block.number + 100);
        assertEq(uint8(req.status), uint8(IOracleClient.RequestStatus.Pending));
        assertEq(oracle.nextRequestId(), 2);
    }

    function test_requestEnergyData_fulfilledAtOnceWhenCovered() public {
        _prosumerWithBaseline("alice", meter, 0, 0);
        _submitSigned(METER_KEY, _reading(meter, 2, 3, 1000, 0));
        vm.expectEmit(address(oracle));
        emit IOracleClient.EnergyDataFulfilled(1, meter, 2, T0 + 3 * INTERVAL);
        assertEq(_request(keeper, meter, 2), 1);
        assertEq(uint8(oracle.getRequest(1).status), uint8(IOracleClient.RequestStatus.Fulfilled));
        assertEq(grid.totalSupply(), 1 ether, "nothing applied twice");
    }

    function test_requestEnergyData_byMarketMakerOperatorAndVerifiedUser() public {
        address alice = _prosumerWithBaseline("alice", meter, 0, 0);
        address carol = _newConsumer("carol");
        assertEq(_request(keeper, meter, 5), 1);
        assertEq(_request(operator, meter, 5), 2);
        assertEq(_request(carol, meter, 5), 3);
        assertEq(_request(alice, meter, 5), 4);
    }

    function test_RevertWhen_requestEnergyDataByStrangerOrSuspendedUser() public {
        address alice = _prosumerWithBaseline("alice", meter, 0, 0);
        address stranger = makeAddr("stranger");
        vm.expectRevert(abi.encodeWithSelector(IOracleClient.OracleClient__NotAuthorizedRequester.selector, stranger));
        _request(stranger, meter, 5);
        _suspend(alice);
        vm.expectRevert(abi.encodeWithSelector(IOracleClient.OracleClient__NotAuthorizedRequester.selector, alice));
        _request(alice, meter, 5);
    }

    function test_RevertWhen_requestEnergyDataForUnassignedMeter() public {
        vm.expectRevert(abi.encodeWithSelector(IOracleClient.OracleClient__MeterNotAssigned.selector, meter));
        _request(keeper, meter, 5);
    }

    function test_RevertWhen_requestEnergyDataIntervalEndIsZero() public {
        _prosumerWithBaseline("alice", meter, 0, 0);
        vm.expectRevert(IOracleClient.OracleClient__InvalidIntervalEnd.selector);
        vm.prank(keeper);
        oracle.requestEnergyData(meter, 0);
    }

    function test_fulfillEnergyData_appliesReadingAndFulfils() public {
        address alice = _prosumerWithBaseline("alice", meter, 0, 0);
        vm.warp(NOW); // the relayers bring these readings later
        uint256 id = _request(alice, meter, 4);
        IOracleClient.Reading memory r = _reading(meter, 2, 5, 2000, 0);
        bytes memory sig = _sign(METER_KEY, r);
        vm.expectEmit(address(oracle));
        emit IOracleClient.ReadingApplied(meter, alice, 2, r.intervalEnd, 2000 * WH, 0);
        vm.expectEmit(address(oracle));
        emit IOracleClient.EnergyDataFulfilled(id, meter, 2, r.intervalEnd);
        vm.prank(operator);
        oracle.fulfillEnergyData(id, r, sig);
        assertEq(uint8(oracle.getRequest(id).status), uint8(IOracleClient.RequestStatus.Fulfilled));
        assertEq(grid.balanceOf(alice), 2 ether);
    }

    function test_fulfillEnergyData_coveredByEarlierReadingAppliesNothingTwice() public {
        address alice = _prosumerWithBaseline("alice", meter, 0, 0);
        vm.warp(NOW); // the relayers bring these readings later
        uint256 id = _request(alice, meter, 4);
        IOracleClient.Reading memory r = _reading(meter, 2, 4, 2000, 0);
        bytes memory sig = _sign(METER_KEY, r);
        _submit(r, sig); // the push path got there first
        vm.expectEmit(address(oracle));
        emit IOracleClient.EnergyDataFulfilled(id, meter, 2, r.intervalEnd);
        vm.prank(operator);
        oracle.fulfillEnergyData(id, r, sig);
        assertEq(grid.balanceOf(alice), 2 ether, "minted once");
        assertEq(uint8(oracle.getRequest(id).status), uint8(IOracleClient.RequestStatus.Fulfilled));
    }

    function test_fulfillEnergyData_secondFulfilmentIsIgnored() public {
        address alice = _prosumerWithBaseline("alice", meter, 0, 0);
        vm.warp(NOW); // the relayers bring these readings later
        uint256 id = _request(alice, meter, 4);
        IOracleClient.Reading memory r = _reading(meter, 2, 4, 2000, 0);
        bytes memory sig = _sign(METER_KEY, r);
        vm.prank(operator);
        oracle.fulfillEnergyData(id, r, sig);
        IOracleClient.Reading memory r2 = _reading(meter, 3, 5, 3000, 0);
        bytes memory sig2 = _sign(METER_KEY, r2);
        vm.expectEmit(address(oracle));
        emit IOracleClient.FulfillmentIgnored(id, IOracleClient.RequestStatus.Fulfilled);
        vm.prank(operator);
        oracle.fulfillEnergyData(id, r2, sig2);
        assertEq(grid.balanceOf(alice), 2 ether, "an ignored fulfilment applies nothing");
    }

    function test_fulfillEnergyData_pastDeadlineExpiresInsteadOfFulfilling() public {
        address alice = _prosumerWithBaseline("alice", meter, 0, 0);
        vm.warp(NOW); // the relayers bring these readings later
        uint256 id = _request(alice, meter, 4);
        vm.roll(block.number + 101);
        IOracleClient.Reading memory r = _reading(meter, 2, 4, 2000, 0);
        bytes memory sig = _sign(METER_KEY, r);
        vm.expectEmit(address(oracle));
        emit IOracleClient.EnergyDataRequestExpired(id, meter);
        vm.expectEmit(address(oracle));
        emit IOracleClient.FulfillmentIgnored(id, IOracleClient.RequestStatus.Expired);
        vm.prank(operator);
        oracle.fulfillEnergyData(id, r, sig);
        assertEq(uint8(oracle.getRequest(id).status), uint8(IOracleClient.RequestStatus.Expired));
        assertEq(grid.balanceOf(alice), 0);
    }

    function test_fulfillEnergyData_lastBlockStillFulfils() public {
        address alice = _prosumerWithBaseline("alice", meter, 0, 0);
        vm.warp(NOW); // the relayers bring these readings later
        uint256 id = _request(alice, meter, 4);
        vm.roll(block.number + 100);
        IOracleClient.Reading memory r = _reading(meter, 2, 4, 2000, 0);
        bytes memory sig = _sign(METER_KEY, r);
        vm.prank(operator);
        oracle.fulfillEnergyData(id, r, sig);
        assertEq(uint8(oracle.getRequest(id).status), uint8(IOracleClient.RequestStatus.Fulfilled));
    }

    function test_RevertWhen_fulfillEnergyDataReadingEndsTooEarly() public {
        address alice = _prosumerWithBaseline("alice", meter, 0, 0);
        vm.warp(NOW); // the relayers bring these readings later
        uint256 id = _request(alice, meter, 4);
        IOracleClient.Reading memory r = _reading(meter, 2, 3, 2000, 0);
        bytes memory sig = _sign(METER_KEY, r);
        vm.expectRevert(
            abi.encodeWithSelector(
                IOracleClient.OracleClient__IntervalNotReached.selector, id, T0 + 3 * INTERVAL, T0 + 4 * INTERVAL
            )
        );
        vm.prank(operator);
        oracle.fulfillEnergyData(id, r, sig);
        assertEq(grid.balanceOf(alice), 0, "the revert undid the reading");
    }

    function test_RevertWhen_fulfillEnergyDataReadingIsRejected() public {
        address alice = _prosumerWithBaseline("alice", meter, 0, 0);
        vm.warp(NOW); // the relayers bring these readings later
        uint256 id = _request(alice, meter, 4);
        IOracleClient.Reading memory r = _reading(meter, 2, 4, 2000, 0);
        bytes memory sig = _sign(OTHER_KEY, r);
        vm.expectRevert(
            abi.encodeWithSelector(
                IOracleClient.OracleClient__ReadingRejected.selector, id, IOracleClient.RejectReason.BadSignature
            )
        );
        vm.prank(operator);
        oracle.fulfillEnergyData(id, r, sig);
    }

    function test_RevertWhen_fulfillEnergyDataWrongMeter() public {
        address alice = _prosumerWithBaseline("alice", meter, 0, 0);
        vm.warp(NOW); // the relayers bring these readings later
        uint256 id = _request(alice, meter, 4);
        IOracleClient.Reading memory r = _reading(meter2, 2, 4, 2000, 0);
        bytes memory sig = _sign(METER_KEY, r);
        vm.expectRevert(abi.encodeWithSelector(IOracleClient.OracleClient__WrongMeter.selector, id, meter, meter2));
        vm.prank(operator);
        oracle.fulfillEnergyData(id, r, sig);
    }

    function test_RevertWhen_fulfillEnergyDataUnknownRequest() public {
        IOracleClient.Reading memory r = _reading(meter, 2, 4, 2000, 0);
        vm.expectRevert(abi.encodeWithSelector(IOracleClient.OracleClient__UnknownRequest.selector, 7));
        vm.prank(operator);
        oracle.fulfillEnergyData(7, r, "");
    }

    function test_RevertWhen_fulfillEnergyDataCallerIsNotOperator() public {
        IOracleClient.Reading memory r = _reading(meter, 2, 4, 2000, 0);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, keeper, oracle.ORACLE_OPERATOR_ROLE()
            )
        );
        vm.prank(keeper);
        oracle.fulfillEnergyData(1, r, "");
    }

    // ------------------------------------------------------------------ governance

    function test_setRequestTimeout_appliesToNewRequests() public {
        _prosumerWithBaseline("alice", meter, 0, 0);
        uint256 first = _request(keeper, meter, 5);
        vm.expectEmit(address(oracle));
        emit IOracleClient.RequestTimeoutUpdated(100, 10);
        vm.prank(governance);
        oracle.setRequestTimeout(10);
        uint256 second = _request(keeper, meter, 5);
        assertEq(oracle.getRequest(first).expiresAtBlock, block.number + 100);
        assertEq(oracle.getRequest(second).expiresAtBlock, block.number + 10);
    }

    function test_RevertWhen_setRequestTimeoutZeroOrNotGovernance() public {
        vm.expectRevert(IOracleClient.OracleClient__ZeroTimeout.selector);
        vm.prank(governance);
        oracle.setRequestTimeout(0);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, keeper, oracle.GOVERNANCE_ROLE()
            )
        );
        vm.prank(keeper);
        oracle.setRequestTimeout(5);
    }

    // ------------------------------------------------------------------ automation

    function test_RevertWhen_checkUpkeepIsNotASimulation() public {
        vm.expectRevert(AutomationBase.OnlySimulatedBackend.selector);
        vm.prank(keeper, keeper);
        oracle.checkUpkeep("");
    }

    function test_checkUpkeep_nothingToDo() public {
        (bool needed, uint256[] memory ids) = _checkUpkeep();
        assertFalse(needed);
        assertEq(ids.length, 0);
        _prosumerWithBaseline("alice", meter, 0, 0);
        _request(keeper, meter, 5);
        vm.roll(block.number + 100);
        (needed, ids) = _checkUpkeep();
        assertFalse(needed, "a request is live through its last block");
    }

    function test_upkeep_expiresTimedOutRequestsAndSkipsClosedOnes() public {
        _prosumerWithBaseline("alice", meter, 0, 0);
        uint256 a = _request(keeper, meter, 5);
        uint256 covered = _request(keeper, meter, 1); // fulfilled at once
        uint256 b = _request(keeper, meter, 6);
        vm.roll(block.number + 5);
        uint256 live = _request(keeper, meter, 7);
        vm.roll(block.number + 97); // a and b are past their last block; live is not

        (bool needed, uint256[] memory ids) = _checkUpkeep();
        assertTrue(needed);
        assertEq(ids.length, 2);
        assertEq(ids[0], a);
        assertEq(ids[1], b);

        vm.expectEmit(address(oracle));
        emit IOracleClient.EnergyDataRequestExpired(a, meter);
        vm.expectEmit(address(oracle));
        emit IOracleClient.EnergyDataRequestExpired(b, meter);
        _performUpkeep(ids);
        assertEq(uint8(oracle.getRequest(a).status), uint8(IOracleClient.RequestStatus.Expired));
        assertEq(uint8(oracle.getRequest(covered).status), uint8(IOracleClient.RequestStatus.Fulfilled));
        assertEq(uint8(oracle.getRequest(live).status), uint8(IOracleClient.RequestStatus.Pending));
        assertEq(oracle.expiryCursor(), live, "the cursor stops at the first pending request");

        (needed, ids) = _checkUpkeep();
        assertFalse(needed);
        // A second keeper with the same (stale) performData: a no-op, not a revert.
        uint256[] memory stale = new uint256[](3);
        stale[0] = a;
        stale[1] = b;
        stale[2] = live;
        vm.recordLogs();
        _performUpkeep(stale);
        assertEq(vm.getRecordedLogs().length, 0, "nothing expired twice, the live request untouched");
        assertEq(uint8(oracle.getRequest(live).status), uint8(IOracleClient.RequestStatus.Pending));
    }

    function test_upkeep_batchIsBounded() public {
        _prosumerWithBaseline("alice", meter, 0, 0);
        uint256 count = oracle.MAX_EXPIRE_BATCH() + 7;
        for (uint256 i; i < count; ++i) {
            _request(keeper, meter, 5);
        }
        vm.roll(block.number + 101);
        (bool needed, uint256[] memory ids) = _checkUpkeep();
        assertTrue(needed);
        assertEq(ids.length, oracle.MAX_EXPIRE_BATCH());
        _performUpkeep(ids);
        assertEq(oracle.expiryCursor(), oracle.MAX_EXPIRE_BATCH() + 1);
        (needed, ids) = _checkUpkeep();
        assertEq(ids.length, 7);
        _performUpkeep(ids);
        assertEq(oracle.expiryCursor(), count + 1);
        (needed,) = _checkUpkeep();
        assertFalse(needed);
    }

    function test_upkeep_cursorMovesOverLongRunsOfClosedRequests() public {
        _prosumerWithBaseline("alice", meter, 0, 0);
        uint256 closed = oracle.MAX_EXPIRY_SCAN() + 20;
        for (uint256 i; i < closed; ++i) {
            _request(keeper, meter, 1); // covered: fulfilled at once
        }
        uint256 pending = _request(keeper, meter, 9);
        vm.roll(block.number + 101);
        // The first scan window holds only closed requests: the upkeep just moves the cursor on.
        (bool needed, uint256[] memory ids) = _checkUpkeep();
        assertTrue(needed);
        assertEq(ids.length, 0);
        _performUpkeep(ids);
        assertEq(oracle.expiryCursor(), oracle.MAX_EXPIRY_SCAN() + 1);
        (needed, ids) = _checkUpkeep();
        assertTrue(needed);
        assertEq(ids.length, 1);
        assertEq(ids[0], pending);
        _performUpkeep(ids);
        assertEq(oracle.expiryCursor(), pending + 1);
    }

    function test_RevertWhen_performUpkeepCallerIsNotMarketMaker() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, operator, oracle.MARKET_MAKER_ROLE()
            )
        );
        vm.prank(operator);
        oracle.performUpkeep(abi.encode(new uint256[](0)));
    }

    // ------------------------------------------------------------------ fuzz

    function testFuzz_submitReadings_mintsExactlyTheExportDelta(uint64 base, uint64 delta, uint64 importBase) public {
        base = uint64(bound(base, 0, type(uint64).max / 2));
        delta = uint64(bound(delta, 0, type(uint64).max / 2));
        address alice = _prosumerWithBaseline("alice", meter, base, importBase);
        assertEq(_submitSigned(METER_KEY, _reading(meter, 2, 2, base + delta, importBase)), 1);
        assertEq(grid.balanceOf(alice), uint256(delta) * WH);
        assertEq(grid.totalSupply(), uint256(delta) * WH);
    }

    function testFuzz_submitReadings_importBurnsUpToBalance(uint64 exported, uint64 imported) public {
        exported = uint64(bound(exported, 0, 1e12));
        imported = uint64(bound(imported, 0, 1e12));
        address alice = _prosumerWithBaseline("alice", meter, 0, 0);
        _submitSigned(METER_KEY, _reading(meter, 2, 2, exported, 0));
        _submitSigned(METER_KEY, _reading(meter, 3, 3, exported, imported));
        uint256 expected = exported >= imported ? uint256(exported - imported) * WH : 0;
        assertEq(grid.balanceOf(alice), expected);
        assertEq(grid.totalSupply(), expected);
        assertEq(oracle.meterState(meter).importWh, imported);
    }

    function testFuzz_submitReadings_regressionOrReplayNeverMints(uint64 seq, uint64 exportWh, uint64 importWh) public {
        _prosumerWithBaseline("alice", meter, 0, 0);
        assertEq(_submitSigned(METER_KEY, _reading(meter, 10, 10, 5000, 5000)), 1);
        uint256 supply = grid.totalSupply();
        seq = uint64(bound(seq, 0, 20));
        exportWh = uint64(bound(exportWh, 0, 10_000));
        importWh = uint64(bound(importWh, 0, 10_000));
        // Anything not newer or with a counter below the last applied value is rejected.
        vm.assume(seq <= 10 || exportWh < 5000 || importWh < 5000);
        assertEq(_submitSigned(METER_KEY, _reading(meter, seq, 11, exportWh, importWh)), 0);
        assertEq(grid.totalSupply(), supply);
        assertEq(oracle.meterState(meter).seq, 10);
    }

    function testFuzz_submitReadings_onlyTheMeterKeySigns(uint256 key) public {
        key = bound(key, 1, 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364140);
        vm.assume(key != METER_KEY);
        _prosumerWithBaseline("alice", meter, 0, 0);
        IOracleClient.Reading memory r = _reading(meter, 2, 2, 1000, 0);
        assertEq(_submitSigned(key, r), 0);
        assertEq(grid.totalSupply(), 0);
    }
}
