// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title IOracleClient
/// @notice Brings signed smart-meter readings on-chain: export mints GRID to the meter's owner,
/// import burns it. Meters sign readings; oracle operators (relayers) only carry them.
///
/// @dev READING FORMAT (fixed; meterbridge implements the same digest in Go, and the test vectors in
/// contracts/test/vectors/readings.json pin it):
/// - EIP-712 domain: name "CampusGridMeter", version "1", chainId = block.chainid,
///   verifyingContract = the Registry address (not this contract: the Registry outlives
///   OracleClient upgrades, so meters keep signing the same domain). No salt.
///   EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)
/// - Primary type:
///   Reading(bytes32 meterId,uint64 intervalStart,uint64 intervalEnd,uint64 exportWh,uint64 importWh,uint64 seq)
///   exportWh and importWh are the meter's CUMULATIVE counters in watt-hours; seq is the meter's reading
///   sequence number (strictly increasing); intervalStart and intervalEnd are unix seconds.
/// - Signature: 65 bytes r || s || v with v = 27 or 28, s in the lower half order (EIP-2), signed by
///   the meter key currently recorded for the meter in the Registry.
/// - Units: 1 Wh = 1e15 GRID base units (1 GRID = 1e18 = 1 kWh).
///
/// RULES (per meter and Registry assignment, see docs/oracle.md):
/// - A reading belongs to the Registry assignment in force at its intervalEnd (Registry.assignmentAt),
///   whenever it arrives: energy metered before an assignment is never credited to the new owner, and
///   energy metered before an unassignment (or a reassignment) is still credited to the old owner when
///   its reading is relayed later. Counters are kept per assignment (assignmentState).
/// - A reading applies only when the meter had an owner at its intervalEnd, the interval is well formed
///   (intervalStart < intervalEnd, intervalEnd at most 15 minutes after the block time), the signature
///   is by the key that assignment has (the current key while it lasts, the last one after it ended),
///   seq is above the assignment's last applied seq, intervalEnd is after its last applied intervalEnd
///   and neither counter went down.
///   A bad reading in a batch is skipped with ReadingRejected(reason); the rest apply.
/// - The first reading of each assignment only sets the baseline and mints nothing (it ends at or after
///   the assignment began, by the rule above). A rotated key continues the same counters.
/// - Export delta mints delta * 1e15 GRID to the owner; then import delta burns from the owner up to
///   its balance, and what the balance cannot cover is recorded as grid import (GridImportRecorded).
/// - A suspended owner's readings still apply: suspension stops trading, not metering.
/// - The same reading brought twice (by racing relayers) applies once; the second is a no-op
///   (ReadingRejected with NotNewer), never a revert and never a second mint.
interface IOracleClient {
    /// @notice A signed smart-meter reading (the EIP-712 primary type `Reading`).
    /// @param meterId The meter id recorded in the Registry.
    /// @param intervalStart Start of the metering interval, unix seconds.
    /// @param intervalEnd End of the metering interval, unix seconds: the counters are read at this instant.
    /// @param exportWh Cumulative energy exported to the grid, watt-hours.
    /// @param importWh Cumulative energy imported from the grid, watt-hours.
    /// @param seq The meter's reading sequence number, strictly increasing.
    struct Reading {
        bytes32 meterId;
        uint64 intervalStart;
        uint64 intervalEnd;
        uint64 exportWh;
        uint64 importWh;
        uint64 seq;
    }

    /// @notice What OracleClient remembers of a meter's assignment: the last applied reading of it.
    /// @param seq Sequence number of the last applied reading.
    /// @param exportWh Cumulative export counter of the last applied reading.
    /// @param importWh Cumulative import counter of the last applied reading.
    /// @param intervalEnd End of the interval of the last applied reading.
    /// @param assignment The Registry assignment number these counters belong to (0: no reading of it yet).
    struct MeterState {
        uint64 seq;
        uint64 exportWh;
        uint64 importWh;
        uint64 intervalEnd;
        uint32 assignment;
    }

    /// @notice Why a reading was skipped. The numeric values are part of the ABI: never reorder.
    enum RejectReason {
        None, // 0: not rejected (never emitted)
        UnassignedMeter, // 1: the meter had no owner at the reading's intervalEnd and has none now
        BadInterval, // 2: intervalStart >= intervalEnd, intervalEnd not after the last applied one, or more
        // than MAX_CLOCK_SKEW (15 minutes) after the block time
        BeforeAssignment, // 3: the meter had no owner at the reading's intervalEnd (before its first
        // assignment or between two) and has one now: it ends before the current assignment
        NotNewer, // 4: seq not above the last applied seq: a replay, a duplicate or a reordered reading
        CounterRegressed, // 5: exportWh or importWh below the last applied value
        BadSignature // 6: not a valid low-s 65-byte signature by the meter's current key
    }

    /// @notice Lifecycle of an energy data request.
    enum RequestStatus {
        None,
        Pending,
        Fulfilled,
        Expired
    }

    /// @notice An energy data request.
    /// @param meterId The meter asked about.
    /// @param intervalEnd The request is fulfilled by an applied reading of the meter ending at or after this.
    /// @param expiresAtBlock The last block in which the request can be fulfilled.
    /// @param status Pending, Fulfilled or Expired.
    struct Request {
        bytes32 meterId;
        uint64 intervalEnd;
        uint64 expiresAtBlock;
        RequestStatus status;
    }

    /// @notice Emitted when a reading applied and moved the meter's counters.
    /// @param minted GRID minted to `owner` for the export delta.
    /// @param burned GRID burned from `owner` for the import delta (up to its balance).
    event ReadingApplied(
        bytes32 indexed meterId, address indexed owner, uint64 seq, uint64 intervalEnd, uint256 minted, uint256 burned
    );
    /// @notice Emitted when the first reading of an assignment set the meter's baseline (nothing minted or burned).
    event BaselineSet(
        bytes32 indexed meterId,
        address indexed owner,
        uint32 assignment,
        uint64 seq,
        uint64 intervalEnd,
        uint64 exportWh,
        uint64 importWh
    );
    /// @notice Emitted when a reading was skipped; nothing changed for it.
    event ReadingRejected(bytes32 indexed meterId, uint64 seq, RejectReason reason);
    /// @notice Emitted when an import delta exceeded the owner's GRID: `amount` GRID base units came from the grid.
    event GridImportRecorded(bytes32 indexed meterId, address indexed owner, uint256 amount);
    /// @notice Emitted when `requester` asks for the energy data of `meterId` up to `intervalEnd`.
    event EnergyDataRequested(
        uint256 indexed requestId,
        bytes32 indexed meterId,
        address indexed requester,
        uint64 intervalEnd,
        uint64 expiresAtBlock
    );
    /// @notice Emitted when a request is fulfilled by the applied reading (`seq`, `intervalEnd`) of its meter.
    event EnergyDataFulfilled(uint256 indexed requestId, bytes32 indexed meterId, uint64 seq, uint64 intervalEnd);
    /// @notice Emitted when a request timed out unanswered.
    event EnergyDataRequestExpired(uint256 indexed requestId, bytes32 indexed meterId);
    /// @notice Emitted when a fulfilment arrived for a request that is no longer pending: nothing changed.
    event FulfillmentIgnored(uint256 indexed requestId, RequestStatus status);
    /// @notice Emitted when governance changes the request timeout (applies to new requests).
    event RequestTimeoutUpdated(uint64 oldTimeoutBlocks, uint64 newTimeoutBlocks);

    /// @notice A zero address was given where a contract or account is needed.
    error OracleClient__ZeroAddress();
    /// @notice The request timeout must be at least one block.
    error OracleClient__ZeroTimeout();
    /// @notice `readings` and `signatures` differ in length.
    error OracleClient__LengthMismatch(uint256 readings, uint256 signatures);
    /// @notice An empty batch was submitted.
    error OracleClient__EmptyBatch();
    /// @notice `account` may not request energy data (not a verified user, market maker or oracle operator).
    error OracleClient__NotAuthorizedRequester(address account);
    /// @notice `meterId` has no owner in the Registry.
    error OracleClient__MeterNotAssigned(bytes32 meterId);
    /// @notice The requested interval end is zero.
    error OracleClient__InvalidIntervalEnd();
    /// @notice No request has id `requestId`.
    error OracleClient__UnknownRequest(uint256 requestId);
    /// @notice The reading is of meter `got`, the request of meter `expected`.
    error OracleClient__WrongMeter(uint256 requestId, bytes32 expected, bytes32 got);
    /// @notice The fulfilment's reading could not be applied for `reason` and the request is not covered.
    error OracleClient__ReadingRejected(uint256 requestId, RejectReason reason);
    /// @notice After the fulfilment the meter's data ends at `covered`, before the requested `requested`.
    error OracleClient__IntervalNotReached(uint256 requestId, uint64 covered, uint64 requested);

    /// @notice Applies many meters' signed readings in one transaction. Oracle operator only.
    /// @dev Readings apply in order (two readings of one meter in a batch apply one after the other).
    /// A reading that fails a rule is skipped with ReadingRejected; the others still apply.
    /// @param readings The readings.
    /// @param signatures `signatures[i]` is the meter's 65-byte signature of `readings[i]`.
    /// @return applied The number of readings that applied (baselines included).
    function submitReadings(Reading[] calldata readings, bytes[] calldata signatures) external returns (uint256 applied);

    /// @notice Asks relayers for the energy data of `meterId` up to `intervalEnd`.
    /// Verified users, market makers and oracle operators may ask.
    /// @dev When an applied reading of the meter already ends at or after `intervalEnd`, the request is
    /// fulfilled at once (EnergyDataRequested then EnergyDataFulfilled in the same transaction).
    /// Otherwise it stays pending until fulfilled or until `requestTimeoutBlocks()` blocks have passed.
    /// @return requestId The id of the request (ids count up from 1).
    function requestEnergyData(bytes32 meterId, uint64 intervalEnd) external returns (uint256 requestId);

    /// @notice Answers a pending request with a signed reading of its meter. Oracle operator only.
    /// @dev The reading is applied under the same rules as submitReadings (a duplicate of an applied
    /// reading is not applied again). The request is then fulfilled when the meter's applied data
    /// reaches the requested interval end; otherwise the call reverts. A request that is no longer
    /// pending (fulfilled, expired, or past its last block) is a no-op with FulfillmentIgnored
    /// (a past-deadline request is marked Expired first).
    function fulfillEnergyData(uint256 requestId, Reading calldata reading, bytes calldata signature) external;

    /// @notice Sets the number of blocks a new request stays open. Governance only.
    function setRequestTimeout(uint64 timeoutBlocks) external;

    /// @notice The state of `meterId` in its latest Registry assignment: the last applied reading of it
    /// (assignment 0 when none applied yet).
    function meterState(bytes32 meterId) external view returns (MeterState memory);

    /// @notice The state of Registry assignment `assignment` of `meterId`: its last applied reading
    /// (assignment 0 in the result when none applied).
    function assignmentState(bytes32 meterId, uint32 assignment) external view returns (MeterState memory);

    /// @notice The request `requestId` (status None when unknown).
    function getRequest(uint256 requestId) external view returns (Request memory);

    /// @notice The EIP-712 domain separator meters sign under (bound to the chain id and the Registry).
    function domainSeparator() external view returns (bytes32);

    /// @notice The EIP-712 digest of `reading`: what the meter key signs.
    function hashReading(Reading calldata reading) external view returns (bytes32);

    /// @notice The number of blocks a new request stays open.
    function requestTimeoutBlocks() external view returns (uint64);

    /// @notice The id the next request will get.
    function nextRequestId() external view returns (uint256);

    /// @notice The oldest request id the expiry queue may still have to expire.
    function expiryCursor() external view returns (uint256);

    /// @notice The Registry of meters and their keys (also the EIP-712 verifyingContract).
    function registry() external view returns (address);

    /// @notice The GRID token minted and burned for metered energy.
    function gridToken() external view returns (address);
}
