// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IRegistry} from "./interfaces/IRegistry.sol";

/// @title Registry
/// @notice Users, smart meters and meter signing keys of the campus market.
contract Registry is IRegistry, AccessControl {
    /// @notice The four authorities; administers every role.
    bytes32 public constant GOVERNANCE_ROLE = DEFAULT_ADMIN_ROLE;
    /// @notice University admins: register users and assign meters.
    bytes32 public constant REGISTRAR_ROLE = keccak256("REGISTRAR_ROLE");

    /// @inheritdoc IRegistry
    uint8 public constant MAX_METERS_PER_USER = 10;

    mapping(address account => User) private _users;
    mapping(bytes32 meterId => Meter) private _meters;
    mapping(address owner => bytes32[]) private _ownerMeters;
    // Position + 1 of a meter in its owner's list, so unassignment is O(1).
    mapping(bytes32 meterId => uint256) private _meterSlot;
    uint256 private _userCount;
    // Ended assignments, kept so that readings metered during one are credited to its owner whenever they arrive.
    mapping(bytes32 meterId => mapping(uint32 number => PastAssignment)) private _pastAssignments;

    // Two slots: owner and assignedAt, signer and unassignedAt.
    struct PastAssignment {
        address owner;
        uint64 assignedAt;
        address signer;
        uint64 unassignedAt;
    }

    /// @param governance The first governance account (an authority's key or a multisig).
    constructor(address governance) {
        if (governance == address(0)) revert Registry__ZeroAddress();
        _grantRole(GOVERNANCE_ROLE, governance);
    }

    /// @inheritdoc IRegistry
    function registerUser(address account, UserType userType, string calldata location)
        external
        onlyRole(REGISTRAR_ROLE)
    {
        if (account == address(0)) revert Registry__ZeroAddress();
        if (userType == UserType.None) revert Registry__InvalidUserType();
        User storage user = _users[account];
        if (user.status != UserStatus.None) revert Registry__UserAlreadyRegistered(account);
        user.userType = userType;
        user.status = UserStatus.Active;
        user.registeredAt = uint64(block.timestamp);
        user.location = location;
        ++_userCount;
        emit UserRegistered(account, userType, location, uint64(block.timestamp));
    }

    /// @inheritdoc IRegistry
    function suspendUser(address account) external onlyRole(REGISTRAR_ROLE) {
        User storage user = _requireUser(account);
        if (user.status == UserStatus.Suspended) revert Registry__UserAlreadySuspended(account);
        user.status = UserStatus.Suspended;
        emit UserSuspended(account);
    }

    /// @inheritdoc IRegistry
    function reactivateUser(address account) external onlyRole(REGISTRAR_ROLE) {
        User storage user = _requireUser(account);
        if (user.status != UserStatus.Suspended) revert Registry__UserNotSuspended(account);
        user.status = UserStatus.Active;
        emit UserReactivated(account);
    }

    /// @inheritdoc IRegistry
    function assignMeter(bytes32 meterId, address owner, address meterSigner) external onlyRole(REGISTRAR_ROLE) {
        if (meterId == bytes32(0)) revert Registry__InvalidMeterId();
        if (meterSigner == address(0)) revert Registry__ZeroAddress();
        User storage user = _requireUser(owner);
        Meter storage meter = _meters[meterId];
        if (meter.owner != address(0)) revert Registry__MeterAlreadyAssigned(meterId);
        if (user.meterCount >= MAX_METERS_PER_USER) revert Registry__TooManyMeters(owner);

        meter.owner = owner;
        meter.signer = meterSigner;
        meter.assignedAt = uint64(block.timestamp);
        uint32 assignment = meter.assignment + 1;
        meter.assignment = assignment;
        // meterCount < MAX_METERS_PER_USER (10) was checked above.
        unchecked {
            ++user.meterCount;
        }
        _ownerMeters[owner].push(meterId);
        _meterSlot[meterId] = _ownerMeters[owner].length;
        emit MeterAssigned(meterId, owner, meterSigner, assignment);
    }

    /// @inheritdoc IRegistry
    function unassignMeter(bytes32 meterId) external onlyRole(REGISTRAR_ROLE) {
        Meter storage meter = _meters[meterId];
        address owner = meter.owner;
        if (owner == address(0)) revert Registry__MeterNotAssigned(meterId);

        bytes32[] storage list = _ownerMeters[owner];
        uint256 slot = _meterSlot[meterId];
        uint256 last = list.length;
        if (slot != last) {
            bytes32 moved = list[last - 1];
            list[slot - 1] = moved;
            _meterSlot[moved] = slot;
        }
        list.pop();
        delete _meterSlot[meterId];
        // An assigned meter was counted in its owner's meterCount, so it is at least 1.
        unchecked {
            --_users[owner].meterCount;
        }
        _pastAssignments[meterId][meter.assignment] = PastAssignment({
            owner: owner, assignedAt: meter.assignedAt, signer: meter.signer, unassignedAt: uint64(block.timestamp)
        });
        meter.owner = address(0);
        meter.signer = address(0);
        meter.assignedAt = 0;
        emit MeterUnassigned(meterId, owner);
    }

    /// @inheritdoc IRegistry
    function rotateMeterSigner(bytes32 meterId, address newSigner) external onlyRole(REGISTRAR_ROLE) {
        if (newSigner == address(0)) revert Registry__ZeroAddress();
        Meter storage meter = _meters[meterId];
        if (meter.owner == address(0)) revert Registry__MeterNotAssigned(meterId);
        address oldSigner = meter.signer;
        if (oldSigner == newSigner) revert Registry__SameSigner(meterId);
        meter.signer = newSigner;
        emit MeterSignerRotated(meterId, oldSigner, newSigner);
    }

    /// @inheritdoc IRegistry
    function isUserVerified(address account) external view returns (bool) {
        return _users[account].status == UserStatus.Active;
    }

    /// @inheritdoc IRegistry
    function isRegistered(address account) external view returns (bool) {
        return _users[account].status != UserStatus.None;
    }

    /// @inheritdoc IRegistry
    function getUser(address account) external view returns (User memory) {
        return _users[account];
    }

    /// @inheritdoc IRegistry
    function getMeter(bytes32 meterId) external view returns (Meter memory) {
        return _meters[meterId];
    }

    /// @inheritdoc IRegistry
    function assignmentAt(bytes32 meterId, uint64 timestamp) external view returns (Assignment memory) {
        Meter storage meter = _meters[meterId];
        uint32 latest = meter.assignment;
        uint64 currentStart = meter.assignedAt;
        if (meter.owner != address(0)) {
            if (timestamp >= currentStart) return Assignment(latest, meter.owner, meter.signer, currentStart, 0);
            // latest >= 1 while assigned: the past assignments are 1 .. latest - 1.
            unchecked {
                --latest;
            }
        }
        // Binary search for the last past assignment that began at or before `timestamp` (they are in
        // time order: block timestamps never go back).
        uint32 lo = 1;
        uint32 hi = latest;
        uint32 found;
        mapping(uint32 => PastAssignment) storage past = _pastAssignments[meterId];
        while (lo <= hi) {
            // lo + hi is summed in 64 bits (it may exceed 2^32 - 1); mid >= lo >= 1.
            uint32 mid = uint32((uint64(lo) + hi) / 2);
            if (past[mid].assignedAt <= timestamp) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (found == 0) return Assignment(0, address(0), address(0), 0, 0);
        PastAssignment storage a = past[found];
        if (timestamp > a.unassignedAt) return Assignment(0, address(0), address(0), 0, 0);
        return Assignment(found, a.owner, a.signer, a.assignedAt, a.unassignedAt);
    }

    /// @inheritdoc IRegistry
    function metersOf(address owner) external view returns (bytes32[] memory) {
        return _ownerMeters[owner];
    }

    /// @inheritdoc IRegistry
    function userCount() external view returns (uint256) {
        return _userCount;
    }

    function _requireUser(address account) private view returns (User storage user) {
        user = _users[account];
        if (user.status == UserStatus.None) revert Registry__UserNotRegistered(account);
    }
}
