// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {CampusBase} from "./utils/CampusBase.sol";
import {Registry} from "../src/Registry.sol";
import {IRegistry} from "../src/interfaces/IRegistry.sol";

contract RegistryTest is CampusBase {
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");
    address internal meterKey = makeAddr("meterKey");
    address internal outsider = makeAddr("outsider");

    function _expectUnauthorized(address account, bytes32 role) internal {
        vm.expectRevert(abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, account, role));
    }

    // ------------------------------------------------------------------ constructor and roles

    function test_constructor_grantsGovernance() public view {
        assertTrue(registry.hasRole(registry.GOVERNANCE_ROLE(), governance));
        assertEq(registry.GOVERNANCE_ROLE(), registry.DEFAULT_ADMIN_ROLE());
        assertEq(registry.getRoleAdmin(registry.REGISTRAR_ROLE()), registry.GOVERNANCE_ROLE());
    }

    function test_RevertWhen_constructorGovernanceIsZero() public {
        vm.expectRevert(IRegistry.Registry__ZeroAddress.selector);
        new Registry(address(0));
    }

    function test_grantRole_byGovernanceOnly() public {
        bytes32 role = registry.REGISTRAR_ROLE();
        _expectUnauthorized(outsider, registry.GOVERNANCE_ROLE());
        vm.prank(outsider);
        registry.grantRole(role, outsider);

        vm.prank(governance);
        registry.revokeRole(role, registrar);
        assertFalse(registry.hasRole(role, registrar));
    }

    // ------------------------------------------------------------------ users

    function test_registerUser_storesActiveUser() public {
        vm.warp(1_700_000_000);
        vm.expectEmit(address(registry));
        emit IRegistry.UserRegistered(alice, IRegistry.UserType.Prosumer, "Engineering 3", 1_700_000_000);
        vm.prank(registrar);
        registry.registerUser(alice, IRegistry.UserType.Prosumer, "Engineering 3");

        IRegistry.User memory user = registry.getUser(alice);
        assertEq(uint8(user.userType), uint8(IRegistry.UserType.Prosumer));
        assertEq(uint8(user.status), uint8(IRegistry.UserStatus.Active));
        assertEq(user.registeredAt, 1_700_000_000);
        assertEq(user.meterCount, 0);
        assertEq(user.location, "Engineering 3");
        assertTrue(registry.isUserVerified(alice));
        assertTrue(registry.isRegistered(alice));
        assertEq(registry.userCount(), 1);
    }

    function test_RevertWhen_registerUserByNonRegistrar() public {
        _expectUnauthorized(outsider, registry.REGISTRAR_ROLE());
        vm.prank(outsider);
        registry.registerUser(alice, IRegistry.UserType.Consumer, "");
    }

    function test_RevertWhen_registerUserZeroAddress() public {
        vm.expectRevert(IRegistry.Registry__ZeroAddress.selector);
        vm.prank(registrar);
        registry.registerUser(address(0), IRegistry.UserType.Consumer, "");
    }

    function test_RevertWhen_registerUserTypeNone() public {
        vm.expectRevert(IRegistry.Registry__InvalidUserType.selector);
        vm.prank(registrar);
        registry.registerUser(alice, IRegistry.UserType.None, "");
    }

    function test_RevertWhen_registerUserTwice() public {
        _register(alice, IRegistry.UserType.Consumer);
        vm.expectRevert(abi.encodeWithSelector(IRegistry.Registry__UserAlreadyRegistered.selector, alice));
        vm.prank(registrar);
        registry.registerUser(alice, IRegistry.UserType.Prosumer, "");
    }

    function test_isUserVerified_falseForUnknown() public view {
        assertFalse(registry.isUserVerified(alice));
        assertFalse(registry.isRegistered(alice));
        assertEq(uint8(registry.getUser(alice).status), uint8(IRegistry.UserStatus.None));
    }

    function test_suspendUser_stopsVerification() public {
        _register(alice, IRegistry.UserType.Consumer);
        vm.expectEmit(address(registry));
        emit IRegistry.UserSuspended(alice);
        vm.prank(registrar);
        registry.suspendUser(alice);
        assertFalse(registry.isUserVerified(alice));
        assertTrue(registry.isRegistered(alice));
        assertEq(uint8(registry.getUser(alice).status), uint8(IRegistry.UserStatus.Suspended));
    }

    function test_reactivateUser_restoresVerification() public {
        _register(alice, IRegistry.UserType.Consumer);
        _suspend(alice);
        vm.expectEmit(address(registry));
        emit IRegistry.UserReactivated(alice);
        vm.prank(registrar);
        registry.reactivateUser(alice);
        assertTrue(registry.isUserVerified(alice));
    }

    function test_RevertWhen_suspendUnregistered() public {
        vm.expectRevert(abi.encodeWithSelector(IRegistry.Registry__UserNotRegistered.selector, alice));
        vm.prank(registrar);
        registry.suspendUser(alice);
    }

    function test_RevertWhen_suspendTwice() public {
        _register(alice, IRegistry.UserType.Consumer);
        _suspend(alice);
        vm.expectRevert(abi.encodeWithSelector(IRegistry.Registry__UserAlreadySuspended.selector, alice));
        vm.prank(registrar);
        registry.suspendUser(alice);
    }

    function test_RevertWhen_reactivateActive() public {
        _register(alice, IRegistry.UserType.Consumer);
        vm.expectRevert(abi.encodeWithSelector(IRegistry.Registry__UserNotSuspended.selector, alice));
        vm.prank(registrar);
        registry.reactivateUser(alice);
    }

    function test_RevertWhen_reactivateUnregistered() public {
        vm.expectRevert(abi.encodeWithSelector(IRegistry.Registry__UserNotRegistered.selector, alice));
        vm.prank(registrar);
        registry.reactivateUser(alice);
    }

    function test_RevertWhen_suspendByNonRegistrar() public {
        _register(alice, IRegistry.UserType.Consumer);
        _expectUnauthorized(outsider, registry.REGISTRAR_ROLE());
        vm.prank(outsider);
        registry.suspendUser(alice);
    }

    function test_RevertWhen_reactivateByNonRegistrar() public {
        _register(alice, IRegistry.UserType.Consumer);
        _suspend(alice);
        _expectUnauthorized(outsider, registry.REGISTRAR_ROLE());
        vm.prank(outsider);
        registry.reactivateUser(alice);
    }

    // ------------------------------------------------------------------ meters

    function test_assignMeter_recordsOwnerSignerAndAssignment() public {
        _register(alice, IRegistry.UserType.Prosumer);
        bytes32 id = _meterId(1);
        vm.warp(1_700_000_100);
        vm.expectEmit(address(registry));
        emit IRegistry.MeterAssigned(id, alice, meterKey, 1);
        vm.prank(registrar);
        registry.assignMeter(id, alice, meterKey);

        IRegistry.Meter memory meter = registry.getMeter(id);
        assertEq(meter.owner, alice);
        assertEq(meter.signer, meterKey);
        assertEq(meter.assignedAt, 1_700_000_100);
        assertEq(meter.assignment, 1);
        assertEq(registry.getUser(alice).meterCount, 1);
        bytes32[] memory ids = registry.metersOf(alice);
        assertEq(ids.length, 1);
        assertEq(ids[0], id);
    }

    function test_assignMeter_toSuspendedUser() public {
        _register(alice, IRegistry.UserType.Prosumer);
        _suspend(alice);
        vm.prank(registrar);
        registry.assignMeter(_meterId(1), alice, meterKey);
        assertEq(registry.getMeter(_meterId(1)).owner, alice);
    }

    function test_assignMeter_tenMetersPerUser() public {
        _register(alice, IRegistry.UserType.Prosumer);
        vm.startPrank(registrar);
        for (uint256 i = 1; i <= registry.MAX_METERS_PER_USER(); ++i) {
            registry.assignMeter(_meterId(i), alice, meterKey);
        }
        vm.expectRevert(abi.encodeWithSelector(IRegistry.Registry__TooManyMeters.selector, alice));
        registry.assignMeter(_meterId(11), alice, meterKey);
        vm.stopPrank();
        assertEq(registry.getUser(alice).meterCount, 10);
    }

    function test_RevertWhen_assignMeterTwice() public {
        _register(alice, IRegistry.UserType.Prosumer);
        _register(bob, IRegistry.UserType.Prosumer);
        vm.startPrank(registrar);
        registry.assignMeter(_meterId(1), alice, meterKey);
        vm.expectRevert(abi.encodeWithSelector(IRegistry.Registry__MeterAlreadyAssigned.selector, _meterId(1)));
        registry.assignMeter(_meterId(1), bob, meterKey);
        vm.stopPrank();
    }

    function test_RevertWhen_assignMeterZeroId() public {
        _register(alice, IRegistry.UserType.Prosumer);
        vm.expectRevert(IRegistry.Registry__InvalidMeterId.selector);
        vm.prank(registrar);
        registry.assignMeter(bytes32(0), alice, meterKey);
    }

    function test_RevertWhen_assignMeterZeroSigner() public {
        _register(alice, IRegistry.UserType.Prosumer);
        vm.expectRevert(IRegistry.Registry__ZeroAddress.selector);
        vm.prank(registrar);
        registry.assignMeter(_meterId(1), alice, address(0));
    }

    function test_RevertWhen_assignMeterToUnregistered() public {
        vm.expectRevert(abi.encodeWithSelector(IRegistry.Registry__UserNotRegistered.selector, alice));
        vm.prank(registrar);
        registry.assignMeter(_meterId(1), alice, meterKey);
    }

    function test_RevertWhen_assignMeterByNonRegistrar() public {
        _register(alice, IRegistry.UserType.Prosumer);
        _expectUnauthorized(outsider, registry.REGISTRAR_ROLE());
        vm.prank(outsider);
        registry.assignMeter(_meterId(1), alice, meterKey);
    }

    function test_unassignMeter_freesSlotAndKeepsOthers() public {
        _register(alice, IRegistry.UserType.Prosumer);
        vm.startPrank(registrar);
        registry.assignMeter(_meterId(1), alice, meterKey);
        registry.assignMeter(_meterId(2), alice, meterKey);
        registry.assignMeter(_meterId(3), alice, meterKey);
        vm.expectEmit(address(registry));
        emit IRegistry.MeterUnassigned(_meterId(1), alice);
        registry.unassignMeter(_meterId(1));
        vm.stopPrank();

        IRegistry.Meter memory meter = registry.getMeter(_meterId(1));
        assertEq(meter.owner, address(0));
        assertEq(meter.signer, address(0));
        assertEq(meter.assignment, 1, "assignment number survives unassignment");
        bytes32[] memory ids = registry.metersOf(alice);
        assertEq(ids.length, 2);
        assertEq(ids[0], _meterId(3));
        assertEq(ids[1], _meterId(2));
        assertEq(registry.getUser(alice).meterCount, 2);

        // The moved meter can still be unassigned (its slot was updated).
        vm.prank(registrar);
        registry.unassignMeter(_meterId(3));
        ids = registry.metersOf(alice);
        assertEq(ids.length, 1);
        assertEq(ids[0], _meterId(2));
    }

    function test_assignMeter_reassignmentStartsNewAssignment() public {
        _register(alice, IRegistry.UserType.Prosumer);
        _register(bob, IRegistry.UserType.Consumer);
        vm.startPrank(registrar);
        registry.assignMeter(_meterId(1), alice, meterKey);
        registry.unassignMeter(_meterId(1));
        registry.assignMeter(_meterId(1), bob, meterKey);
        vm.stopPrank();
        IRegistry.Meter memory meter = registry.getMeter(_meterId(1));
        assertEq(meter.owner, bob);
        assertEq(meter.assignment, 2);
        assertEq(registry.metersOf(alice).length, 0);
    }

    // ------------------------------------------------------------------ assignmentAt

    function _expectAssignment(uint64 t, uint32 number, address owner, address signer) internal view {
        IRegistry.Assignment memory a = registry.assignmentAt(_meterId(1), t);
        assertEq(a.number, number, string.concat("assignment at ", vm.toString(t)));
        assertEq(a.owner, owner, string.concat("owner at ", vm.toString(t)));
        assertEq(a.signer, signer, string.concat("signer at ", vm.toString(t)));
    }

    function test_assignmentAt_followsEveryAssignmentOfTheMeter() public {
        _register(alice, IRegistry.UserType.Prosumer);
        _register(bob, IRegistry.UserType.Consumer);
        address key2 = makeAddr("meterKey2");
        bytes32 id = _meterId(1);
        vm.startPrank(registrar);
        vm.warp(1000);
        registry.assignMeter(id, alice, meterKey); // 1: alice 1000-2000, re-keyed at 1500
        vm.warp(1500);
        registry.rotateMeterSigner(id, key2);
        vm.warp(2000);
        registry.unassignMeter(id);
        registry.assignMeter(id, bob, meterKey); // 2: bob 2000-3000 (takes the shared second)
        vm.warp(3000);
        registry.unassignMeter(id);
        vm.warp(4000);
        registry.assignMeter(id, alice, key2); // 3: alice 4000-4000 (ends in the second it began)
        registry.unassignMeter(id);
        registry.assignMeter(id, bob, key2); // 4: bob from 4000 on
        vm.stopPrank();

        _expectAssignment(999, 0, address(0), address(0)); // before the first assignment
        _expectAssignment(1000, 1, alice, key2); // a past assignment answers with its last key
        _expectAssignment(1999, 1, alice, key2);
        _expectAssignment(2000, 2, bob, meterKey);
        _expectAssignment(3000, 2, bob, meterKey); // the second of the unassignment is still bob's
        _expectAssignment(3001, 0, address(0), address(0)); // nobody held the meter
        _expectAssignment(3999, 0, address(0), address(0));
        _expectAssignment(4000, 4, bob, key2);
        _expectAssignment(type(uint64).max, 4, bob, key2);

        IRegistry.Assignment memory past = registry.assignmentAt(id, 2500);
        assertEq(past.assignedAt, 2000);
        assertEq(past.unassignedAt, 3000);
        IRegistry.Assignment memory current = registry.assignmentAt(id, 5000);
        assertEq(current.assignedAt, 4000);
        assertEq(current.unassignedAt, 0, "the current assignment has not ended");

        vm.prank(registrar);
        vm.warp(6000);
        registry.unassignMeter(id);
        _expectAssignment(6000, 4, bob, key2);
        _expectAssignment(6001, 0, address(0), address(0)); // after the last unassignment
    }

    function test_assignmentAt_unknownMeterHasNone() public view {
        IRegistry.Assignment memory a = registry.assignmentAt(_meterId(7), 1);
        assertEq(a.number, 0);
        assertEq(a.owner, address(0));
    }

    function testFuzz_assignmentAt_findsTheAssignmentInForce(uint8 count, uint64 probe) public {
        count = uint8(bound(count, 1, 40));
        _register(alice, IRegistry.UserType.Prosumer);
        bytes32 id = _meterId(1);
        // Assignment k (1-based) lasts [100k, 100k + 50]; the gaps between belong to no one.
        vm.startPrank(registrar);
        for (uint256 k = 1; k <= count; ++k) {
            vm.warp(100 * k);
            registry.assignMeter(id, alice, address(uint160(k)));
            vm.warp(100 * k + 50);
            registry.unassignMeter(id);
        }
        vm.stopPrank();
        probe = uint64(bound(probe, 0, 100 * uint256(count) + 99));
        uint256 which = probe / 100;
        bool inForce = which >= 1 && probe % 100 <= 50;
        IRegistry.Assignment memory a = registry.assignmentAt(id, probe);
        assertEq(a.number, inForce ? which : 0);
        assertEq(a.signer, inForce ? address(uint160(which)) : address(0));
    }

    function test_RevertWhen_unassignUnassignedMeter() public {
        vm.expectRevert(abi.encodeWithSelector(IRegistry.Registry__MeterNotAssigned.selector, _meterId(1)));
        vm.prank(registrar);
        registry.unassignMeter(_meterId(1));
    }

    function test_RevertWhen_unassignByNonRegistrar() public {
        _register(alice, IRegistry.UserType.Prosumer);
        vm.prank(registrar);
        registry.assignMeter(_meterId(1), alice, meterKey);
        _expectUnauthorized(outsider, registry.REGISTRAR_ROLE());
        vm.prank(outsider);
        registry.unassignMeter(_meterId(1));
    }

    function test_rotateMeterSigner_keepsAssignment() public {
        _register(alice, IRegistry.UserType.Prosumer);
        address newKey = makeAddr("newKey");
        vm.startPrank(registrar);
        registry.assignMeter(_meterId(1), alice, meterKey);
        vm.expectEmit(address(registry));
        emit IRegistry.MeterSignerRotated(_meterId(1), meterKey, newKey);
        registry.rotateMeterSigner(_meterId(1), newKey);
        vm.stopPrank();
        IRegistry.Meter memory meter = registry.getMeter(_meterId(1));
        assertEq(meter.signer, newKey);
        assertEq(meter.owner, alice);
        assertEq(meter.assignment, 1);
    }

    function test_RevertWhen_rotateUnassignedMeter() public {
        vm.expectRevert(abi.encodeWithSelector(IRegistry.Registry__MeterNotAssigned.selector, _meterId(1)));
        vm.prank(registrar);
        registry.rotateMeterSigner(_meterId(1), meterKey);
    }

    function test_RevertWhen_rotateToZeroSigner() public {
        _register(alice, IRegistry.UserType.Prosumer);
        vm.startPrank(registrar);
        registry.assignMeter(_meterId(1), alice, meterKey);
        vm.expectRevert(IRegistry.Registry__ZeroAddress.selector);
        registry.rotateMeterSigner(_meterId(1), address(0));
        vm.stopPrank();
    }

    function test_RevertWhen_rotateToSameSigner() public {
        _register(alice, IRegistry.UserType.Prosumer);
        vm.startPrank(registrar);
        registry.assignMeter(_meterId(1), alice, meterKey);
        vm.expectRevert(abi.encodeWithSelector(IRegistry.Registry__SameSigner.selector, _meterId(1)));
        registry.rotateMeterSigner(_meterId(1), meterKey);
        vm.stopPrank();
    }

    function test_RevertWhen_rotateByNonRegistrar() public {
        _register(alice, IRegistry.UserType.Prosumer);
        vm.prank(registrar);
        registry.assignMeter(_meterId(1), alice, meterKey);
        _expectUnauthorized(outsider, registry.REGISTRAR_ROLE());
        vm.prank(outsider);
        registry.rotateMeterSigner(_meterId(1), outsider);
    }

    // ------------------------------------------------------------------ fuzz

    function testFuzz_registerUser_anyAccount(address account, bool prosumer, string calldata location) public {
        vm.assume(account != address(0));
        IRegistry.UserType userType = prosumer ? IRegistry.UserType.Prosumer : IRegistry.UserType.Consumer;
        vm.prank(registrar);
        registry.registerUser(account, userType, location);
        IRegistry.User memory user = registry.getUser(account);
        assertEq(uint8(user.userType), uint8(userType));
        assertEq(user.location, location);
        assertTrue(registry.isUserVerified(account));
    }

    /// Random assign/unassign sequences keep metersOf, meterCount and the meter records consistent.
    function testFuzz_assignUnassign_consistent(uint256 seed, uint8 steps) public {
        address[2] memory owners = [alice, bob];
        _register(alice, IRegistry.UserType.Prosumer);
        _register(bob, IRegistry.UserType.Consumer);
        steps = uint8(bound(steps, 1, 60));
        vm.startPrank(registrar);
        for (uint256 i = 0; i < steps; ++i) {
            seed = uint256(keccak256(abi.encode(seed, i)));
            bytes32 id = _meterId(seed % 12 + 1);
            address owner = owners[(seed >> 8) % 2];
            IRegistry.Meter memory meter = registry.getMeter(id);
            if (meter.owner == address(0)) {
                if (registry.getUser(owner).meterCount < 10) registry.assignMeter(id, owner, meterKey);
            } else {
                registry.unassignMeter(id);
            }
        }
        vm.stopPrank();
        uint256 total;
        for (uint256 o = 0; o < 2; ++o) {
            bytes32[] memory ids = registry.metersOf(owners[o]);
            assertEq(ids.length, registry.getUser(owners[o]).meterCount);
            for (uint256 k = 0; k < ids.length; ++k) {
                assertEq(registry.getMeter(ids[k]).owner, owners[o]);
            }
            total += ids.length;
        }
        uint256 assigned;
        for (uint256 m = 1; m <= 12; ++m) {
            if (registry.getMeter(_meterId(m)).owner != address(0)) ++assigned;
        }
        assertEq(total, assigned);
    }
}
