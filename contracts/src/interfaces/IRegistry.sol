// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title IRegistry
/// @notice Users, smart meters and their signing keys on the campus market.
/// @dev Roles (OpenZeppelin AccessControl): GOVERNANCE_ROLE (= DEFAULT_ADMIN_ROLE, the four
/// authorities) administers every role; REGISTRAR_ROLE (university admins) registers users,
/// suspends and reactivates them and assigns, unassigns and re-keys meters.
interface IRegistry {
    /// @notice What a registered account does in the market.
    enum UserType {
        None,
        Prosumer,
        Consumer
    }

    /// @notice Whether a registered account may trade and transfer.
    enum UserStatus {
        None,
        Active,
        Suspended
    }

    /// @notice A registered user.
    /// @param userType Prosumer or Consumer.
    /// @param status Active or Suspended (None: not registered).
    /// @param registeredAt Block timestamp of registration.
    /// @param meterCount Number of meters currently assigned to the user (at most MAX_METERS_PER_USER).
    /// @param location Free text: building, faculty or campus zone.
    struct User {
        UserType userType;
        UserStatus status;
        uint64 registeredAt;
        uint8 meterCount;
        string location;
    }

    /// @notice A smart meter.
    /// @param owner The user credited with (or charged for) the meter's energy; zero when unassigned.
    /// @param signer The meter's signing key: readings must carry its signature.
    /// @param assignedAt Block timestamp of the current assignment (0 when unassigned).
    /// @param assignment Increments on every assignment (the number of the current or, when
    /// unassigned, the last assignment; 0: never assigned). Readings carry no owner: consumers
    /// (OracleClient) keep a meter's counters per assignment and credit a reading to the assignment
    /// in force when it was metered (assignmentAt), so energy metered before an assignment is never
    /// credited to the new owner, and energy metered before an unassignment is still its owner's.
    struct Meter {
        address owner;
        address signer;
        uint64 assignedAt;
        uint32 assignment;
    }

    /// @notice One assignment of a meter, current or past.
    /// @param number The assignment's number (Meter.assignment while it lasts); 0: no assignment.
    /// @param owner The user credited with (or charged for) the energy metered during the assignment.
    /// @param signer The meter key that signs its readings (the last one recorded during the assignment).
    /// @param assignedAt Block timestamp at which the assignment began.
    /// @param unassignedAt Block timestamp at which it ended; 0 while it lasts.
    struct Assignment {
        uint32 number;
        address owner;
        address signer;
        uint64 assignedAt;
        uint64 unassignedAt;
    }

    /// @notice Emitted when a registrar registers `account`.
    event UserRegistered(address indexed account, UserType userType, string location, uint64 registeredAt);
    /// @notice Emitted when a registrar suspends `account`: it can no longer trade or transfer; its meters still count.
    event UserSuspended(address indexed account);
    /// @notice Emitted when a registrar lifts the suspension of `account`.
    event UserReactivated(address indexed account);
    /// @notice Emitted when `meterId` is assigned to `owner` with signing key `signer`.
    event MeterAssigned(bytes32 indexed meterId, address indexed owner, address signer, uint32 assignment);
    /// @notice Emitted when `meterId` is taken away from `owner`.
    event MeterUnassigned(bytes32 indexed meterId, address indexed owner);
    /// @notice Emitted when the signing key of `meterId` is replaced; its counters go on.
    event MeterSignerRotated(bytes32 indexed meterId, address oldSigner, address newSigner);

    /// @notice The account is the zero address.
    error Registry__ZeroAddress();
    /// @notice The user type is not Prosumer or Consumer.
    error Registry__InvalidUserType();
    /// @notice `account` is registered already.
    error Registry__UserAlreadyRegistered(address account);
    /// @notice `account` is not registered.
    error Registry__UserNotRegistered(address account);
    /// @notice `account` is suspended already.
    error Registry__UserAlreadySuspended(address account);
    /// @notice `account` is not suspended.
    error Registry__UserNotSuspended(address account);
    /// @notice The meter id is zero.
    error Registry__InvalidMeterId();
    /// @notice `meterId` is assigned already: a meter id is never active twice.
    error Registry__MeterAlreadyAssigned(bytes32 meterId);
    /// @notice `meterId` is not assigned.
    error Registry__MeterNotAssigned(bytes32 meterId);
    /// @notice `owner` holds MAX_METERS_PER_USER meters already.
    error Registry__TooManyMeters(address owner);
    /// @notice The new signing key equals the current one.
    error Registry__SameSigner(bytes32 meterId);

    /// @notice Registers `account` as an active user. Registrar only.
    /// @param account The user's wallet.
    /// @param userType Prosumer or Consumer.
    /// @param location Free text: building, faculty or campus zone.
    function registerUser(address account, UserType userType, string calldata location) external;

    /// @notice Suspends `account`: no trading and no transfers; metering goes on. Registrar only.
    function suspendUser(address account) external;

    /// @notice Lifts the suspension of `account`. Registrar only.
    function reactivateUser(address account) external;

    /// @notice Assigns `meterId` to `owner`, whose readings are signed by `meterSigner`. Registrar only.
    /// @dev `owner` must be registered (a suspended user may receive meters) and hold fewer than
    /// MAX_METERS_PER_USER meters; `meterId` must not be assigned.
    function assignMeter(bytes32 meterId, address owner, address meterSigner) external;

    /// @notice Takes `meterId` away from its owner. Registrar only.
    function unassignMeter(bytes32 meterId) external;

    /// @notice Replaces the signing key of `meterId` (the same physical meter re-keyed). Registrar only.
    function rotateMeterSigner(bytes32 meterId, address newSigner) external;

    /// @notice True when `account` is registered and active: it may trade and transfer GRID.
    function isUserVerified(address account) external view returns (bool);

    /// @notice True when `account` is registered, active or suspended.
    function isRegistered(address account) external view returns (bool);

    /// @notice The user record of `account` (status None when not registered).
    function getUser(address account) external view returns (User memory);

    /// @notice The meter record of `meterId` (owner zero when unassigned).
    function getMeter(bytes32 meterId) external view returns (Meter memory);

    /// @notice The assignment of `meterId` in force at `timestamp` (unix seconds): energy metered at that
    /// instant belongs to its owner. Number 0 when the meter had no owner then.
    /// @dev The assignment in force at t is the latest one that began at or before t, provided it had not
    /// ended before t: the current one from its assignedAt on, a past one from its assignedAt to its
    /// unassignedAt, both included (an assignment that begins in the second another ends takes that
    /// second). Gaps between assignments, and the time before the first, belong to no one. Past
    /// assignments are found by binary search: the cost grows with log2 of the meter's assignments.
    function assignmentAt(bytes32 meterId, uint64 timestamp) external view returns (Assignment memory);

    /// @notice The meters currently assigned to `owner`.
    function metersOf(address owner) external view returns (bytes32[] memory);

    /// @notice The number of registered users.
    function userCount() external view returns (uint256);

    /// @notice The most meters one user may hold.
    function MAX_METERS_PER_USER() external view returns (uint8);
}
