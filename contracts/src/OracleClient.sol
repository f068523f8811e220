// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {MessageHashUtils} from "@openzeppelin/contracts/utils/cryptography/MessageHashUtils.sol";
import {AutomationCompatible} from "@chainlink/contracts/src/v0.8/automation/AutomationCompatible.sol";
import {IOracleClient} from "./interfaces/IOracleClient.sol";
import {IRegistry} from "./interfaces/IRegistry.sol";
import {IGridToken} from "./interfaces/IGridToken.sol";

/// @title OracleClient
/// @notice Verifies smart meters' EIP-712 signed readings and turns their counter deltas into GRID:
/// export mints to the meter's owner, import burns from it. Expiry of timed-out energy data requests
/// runs through Chainlink-compatible automation (checkUpkeep / performUpkeep).
/// @dev Needs GridToken's MINTER_ROLE and BURNER_ROLE. See IOracleClient for the reading format and rules.
contract OracleClient is IOracleClient, AccessControl, AutomationCompatible {
    /// @notice The four authorities; administers every role.
    bytes32 public constant GOVERNANCE_ROLE = DEFAULT_ADMIN_ROLE;
    /// @notice Relayers: submit readings and fulfil requests.
    bytes32 public constant ORACLE_OPERATOR_ROLE = keccak256("ORACLE_OPERATOR_ROLE");
    /// @notice Keepers: run performUpkeep (request expiry).
    bytes32 public constant MARKET_MAKER_ROLE = keccak256("MARKET_MAKER_ROLE");

    /// @notice GRID base units per watt-hour (1 GRID = 1e18 = 1 kWh).
    uint256 public constant GRID_PER_WH = 1e15;
    /// @notice Most requests one performUpkeep expires.
    uint256 public constant MAX_EXPIRE_BATCH = 50;
    /// @notice Most requests one checkUpkeep looks at, and one performUpkeep moves the expiry cursor over.
    uint256 public constant MAX_EXPIRY_SCAN = 100;
    /// @notice How far (seconds) a reading's intervalEnd may lie after the block time: meter clocks run a
    /// little ahead of the chain's, but counters cannot be read in the future, and a reading from the
    /// future would block the meter's next genuine readings (BadInterval) until real time caught up.
    uint64 public constant MAX_CLOCK_SKEW = 15 minutes;

    /// @notice keccak256 of the EIP-712 Reading type string.
    bytes32 public constant READING_TYPEHASH = keccak256(
        "Reading(bytes32 meterId,uint64 intervalStart,uint64 intervalEnd,uint64 exportWh,uint64 importWh,uint64 seq)"
    );
    bytes32 private constant _DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    bytes32 private constant _NAME_HASH = keccak256("CampusGridMeter");
    bytes32 private constant _VERSION_HASH = keccak256("1");

    IRegistry private immutable _registry;
    IGridToken private immutable _grid;
    // The separator is cached for the deployment chain and recomputed if the chain id ever changes (a fork).
    uint256 private immutable _cachedChainId;
    bytes32 private immutable _cachedDomainSeparator;

    // Counters are kept per Registry assignment: a reading is credited to the assignment in force when it was metered.
    mapping(bytes32 meterId => mapping(uint32 assignment => MeterState)) private _meters;
    mapping(uint256 requestId => Request) private _requests;
    uint64 private _requestTimeoutBlocks;
    uint256 private _nextRequestId = 1;
    // Every request below the cursor is closed (fulfilled or expired); the expiry queue starts here.
    uint256 private _expiryCursor = 1;

    /// @param registry_ The Registry of meters and keys (also the EIP-712 verifyingContract).
    /// @param grid The GRID token; this contract needs its MINTER_ROLE and BURNER_ROLE.
    /// @param governance The first governance account.
    /// @param requestTimeoutBlocks_ How many blocks a request stays open (100 in the design).
    constructor(IRegistry registry_, IGridToken grid, address governance, uint64 requestTimeoutBlocks_) {
        if (address(registry_) == address(0) || address(grid) == address(0) || governance == address(0)) {
            revert OracleClient__ZeroAddress();
        }
        if (requestTimeoutBlocks_ == 0) revert OracleClient__ZeroTimeout();
        _registry = registry_;
        _grid = grid;
        _cachedChainId = block.chainid;
        _cachedDomainSeparator = _buildDomainSeparator(address(registry_));
        _requestTimeoutBlocks = requestTimeoutBlocks_;
        _grantRole(GOVERNANCE_ROLE, governance);
        emit RequestTimeoutUpdated(0, requestTimeoutBlocks_);
    }

    // ------------------------------------------------------------------ push path

    /// @inheritdoc IOracleClient
    function submitReadings(Reading[] calldata readings, bytes[] calldata signatures)
        external
        onlyRole(ORACLE_OPERATOR_ROLE)
        returns (uint256 applied)
    {
        uint256 n = readings.length;
        if (n != signatures.length) revert OracleClient__LengthMismatch(n, signatures.length);
        if (n == 0) revert OracleClient__EmptyBatch();
        bytes32 separator = domainSeparator();
        for (uint256 i; i < n;) {
            (RejectReason reason,) = _applyReading(readings[i], signatures[i], separator);
            if (reason == RejectReason.None) {
                // applied <= i < n: cannot overflow.
                unchecked {
                    ++applied;
                }
            }
            // i < n <= calldata length: cannot overflow.
            unchecked {
                ++i;
            }
        }
    }

    // ------------------------------------------------------------------ request path

    /// @inheritdoc IOracleClient
    function requestEnergyData(bytes32 meterId, uint64 intervalEnd) external returns (uint256 requestId) {
        if (
            !hasRole(MARKET_MAKER_ROLE, msg.sender) && !hasRole(ORACLE_OPERATOR_ROLE, msg.sender)
                && !_registry.isUserVerified(msg.sender)
        ) revert OracleClient__NotAuthorizedRequester(msg.sender);
        if (intervalEnd == 0) revert OracleClient__InvalidIntervalEnd();
        IRegistry.Meter memory meter = _registry.getMeter(meterId);
        if (meter.owner == address(0)) revert OracleClient__MeterNotAssigned(meterId);

        requestId = _nextRequestId++;
        uint64 expiresAt = uint64(block.number) + _requestTimeoutBlocks;
        MeterState storage state = _meters[meterId][meter.assignment];
        uint64 coveredUntil = state.intervalEnd;
        bool covered = coveredUntil >= intervalEnd;
        _requests[requestId] = Request({
            meterId: meterId,
            intervalEnd: intervalEnd,
            expiresAtBlock: expiresAt,
            status: covered ? RequestStatus.Fulfilled : RequestStatus.Pending
        });
        emit EnergyDataRequested(requestId, meterId, msg.sender, intervalEnd, expiresAt);
        if (covered) emit EnergyDataFulfilled(requestId, meterId, state.seq, coveredUntil);
    }

    /// @inheritdoc IOracleClient
    function fulfillEnergyData(uint256 requestId, Reading calldata reading, bytes calldata signature)
        external
        onlyRole(ORACLE_OPERATOR_ROLE)
    {
        Request storage request = _requests[requestId];
        RequestStatus status = request.status;
        if (status == RequestStatus.None) revert OracleClient__UnknownRequest(requestId);
        if (status != RequestStatus.Pending) {
            emit FulfillmentIgnored(requestId, status);
            return;
        }
        bytes32 meterId = request.meterId;
        if (block.number > request.expiresAtBlock) {
            request.status = RequestStatus.Expired;
            emit EnergyDataRequestExpired(requestId, meterId);
            emit FulfillmentIgnored(requestId, RequestStatus.Expired);
            return;
        }
        if (reading.meterId != meterId) revert OracleClient__WrongMeter(requestId, meterId, reading.meterId);

        (RejectReason reason, uint32 assignment) = _applyReading(reading, signature, domainSeparator());
        // The data of the assignment the reading belongs to (none: nothing covered).
        MeterState storage state = _meters[meterId][assignment];
        uint64 coveredUntil = state.intervalEnd;
        if (coveredUntil < request.intervalEnd) {
            // A duplicate of an applied reading is fine (racing relayers); any other rejection is the caller's error.
            if (reason != RejectReason.None && reason != RejectReason.NotNewer) {
                revert OracleClient__ReadingRejected(requestId, reason);
            }
            revert OracleClient__IntervalNotReached(requestId, coveredUntil, request.intervalEnd);
        }
        request.status = RequestStatus.Fulfilled;
        emit EnergyDataFulfilled(requestId, meterId, state.seq, coveredUntil);
    }

    // ------------------------------------------------------------------ automation (request expiry)

    /// @notice Returns the next batch of pending requests past their last block, as `abi.encode(uint256[] ids)`.
    /// @dev Simulation only (eth_call with from = 0x0). Walks the queue from the expiry cursor, at most
    /// MAX_EXPIRY_SCAN requests, so its cost never grows with the number of requests ever made. Also asks
    /// for an upkeep (with no ids) when a full scan window of closed requests lets the cursor move on.
    function checkUpkeep(bytes calldata)
        external
        view
        cannotExecute
        returns (bool upkeepNeeded, bytes memory performData)
    {
        uint256 cursor = _expiryCursor;
        uint256 end = _nextRequestId;
        uint256 scanEnd = cursor + MAX_EXPIRY_SCAN;
        if (scanEnd > end) scanEnd = end;
        uint256[] memory ids = new uint256[](MAX_EXPIRE_BATCH);
        uint256 found;
        bool onlyClosed = true;
        for (uint256 id = cursor; id < scanEnd && found < MAX_EXPIRE_BATCH; ++id) {
            Request storage request = _requests[id];
            if (request.status != RequestStatus.Pending) continue;
            // Requests are queued in creation order; with a constant timeout the first live one ends the scan.
            if (block.number <= request.expiresAtBlock) {
                onlyClosed = false;
                break;
            }
            ids[found++] = id;
        }
        // found <= MAX_EXPIRE_BATCH, the array's length: shrinking it in place is safe.
        assembly ("memory-safe") {
            mstore(ids, found)
        }
        upkeepNeeded = found > 0 || (onlyClosed && scanEnd - cursor == MAX_EXPIRY_SCAN);
        performData = abi.encode(ids);
    }

    /// @notice Expires the given requests when they are still pending and past their last block, then
    /// moves the expiry cursor over closed requests. Market maker only.
    /// @dev Re-checks everything on-chain: ids already fulfilled or expired (by another keeper, a
    /// fulfilment, or an earlier upkeep) and ids still live are skipped as no-ops, never reverts.
    function performUpkeep(bytes calldata performData) external onlyRole(MARKET_MAKER_ROLE) {
        uint256[] memory ids = abi.decode(performData, (uint256[]));
        for (uint256 i; i < ids.length; ++i) {
            uint256 id = ids[i];
            Request storage request = _requests[id];
            if (request.status == RequestStatus.Pending && block.number > request.expiresAtBlock) {
                request.status = RequestStatus.Expired;
                emit EnergyDataRequestExpired(id, request.meterId);
            }
        }
        uint256 cursor = _expiryCursor;
        uint256 end = _nextRequestId;
        uint256 limit = cursor + MAX_EXPIRY_SCAN;
        if (limit > end) limit = end;
        while (cursor < limit && _requests[cursor].status != RequestStatus.Pending) {
            ++cursor;
        }
        _expiryCursor = cursor;
    }

    // ------------------------------------------------------------------ governance

    /// @inheritdoc IOracleClient
    function setRequestTimeout(uint64 timeoutBlocks) external onlyRole(GOVERNANCE_ROLE) {
        if (timeoutBlocks == 0) revert OracleClient__ZeroTimeout();
        uint64 old = _requestTimeoutBlocks;
        _requestTimeoutBlocks = timeoutBlocks;
        emit RequestTimeoutUpdated(old, timeoutBlocks);
    }

    // ------------------------------------------------------------------ views

    /// @inheritdoc IOracleClient
    function meterState(bytes32 meterId) external view returns (MeterState memory) {
        return _meters[meterId][_registry.getMeter(meterId).assignment];
    }

    /// @inheritdoc IOracleClient
    function assignmentState(bytes32 meterId, uint32 assignment) external view returns (MeterState memory) {
        return _meters[meterId][assignment];
    }

    /// @inheritdoc IOracleClient
    function getRequest(uint256 requestId) external view returns (Request memory) {
        return _requests[requestId];
    }

    /// @inheritdoc IOracleClient
    function domainSeparator() public view returns (bytes32) {
        if (block.chainid == _cachedChainId) return _cachedDomainSeparator;
        return _buildDomainSeparator(address(_registry));
    }

    /// @inheritdoc IOracleClient
    function hashReading(Reading calldata reading) external view returns (bytes32) {
        return _digest(reading, domainSeparator());
    }

    /// @inheritdoc IOracleClient
    function requestTimeoutBlocks() external view returns (uint64) {
        return _requestTimeoutBlocks;
    }

    /// @inheritdoc IOracleClient
    function nextRequestId() external view returns (uint256) {
        return _nextRequestId;
    }

    /// @inheritdoc IOracleClient
    function expiryCursor() external view returns (uint256) {
        return _expiryCursor;
    }

    /// @inheritdoc IOracleClient
    function registry() external view returns (address) {
        return address(_registry);
    }

    /// @inheritdoc IOracleClient
    function gridToken() external view returns (address) {
        return address(_grid);
    }

    // ------------------------------------------------------------------ internals

    /// @dev Applies one reading or rejects it with an event; returns RejectReason.None when it applied, and
    /// the Registry assignment the reading belongs to (0: none). State is written before GridToken is
    /// called (checks-effects-interactions).
    function _applyReading(Reading calldata reading, bytes calldata signature, bytes32 separator)
        private
        returns (RejectReason, uint32)
    {
        bytes32 meterId = reading.meterId;
        // The counters are read at intervalEnd: the energy is the owner's at that instant, whenever the
        // reading arrives. Before an assignment it is never the new owner's; before an unassignment it is
        // still the old owner's, checked against that assignment's counters and key.
        IRegistry.Assignment memory holder = _registry.assignmentAt(meterId, reading.intervalEnd);
        uint32 assignment = holder.number;
        if (assignment == 0) {
            bool assignedNow = _registry.getMeter(meterId).owner != address(0);
            return (_reject(reading, assignedNow ? RejectReason.BeforeAssignment : RejectReason.UnassignedMeter), 0);
        }
        if (reading.intervalStart >= reading.intervalEnd || reading.intervalEnd > block.timestamp + MAX_CLOCK_SKEW) {
            return (_reject(reading, RejectReason.BadInterval), assignment);
        }

        MeterState memory last = _meters[meterId][assignment];
        // The first reading of an assignment (it ends at or after the assignment began) is its baseline.
        bool baseline = last.assignment == 0;
        if (!baseline) {
            if (reading.seq <= last.seq) return (_reject(reading, RejectReason.NotNewer), assignment);
            if (reading.intervalEnd <= last.intervalEnd) {
                return (_reject(reading, RejectReason.BadInterval), assignment);
            }
            if (reading.exportWh < last.exportWh || reading.importWh < last.importWh) {
                return (_reject(reading, RejectReason.CounterRegressed), assignment);
            }
        }
        if (!_signedBy(_digest(reading, separator), signature, holder.signer)) {
            return (_reject(reading, RejectReason.BadSignature), assignment);
        }

        _meters[meterId][assignment] = MeterState({
            seq: reading.seq,
            exportWh: reading.exportWh,
            importWh: reading.importWh,
            intervalEnd: reading.intervalEnd,
            assignment: assignment
        });
        if (baseline) {
            _emitBaseline(reading, holder.owner, assignment);
            return (RejectReason.None, assignment);
        }

        _credit(reading, holder.owner, last);
        return (RejectReason.None, assignment);
    }

    /// @dev Mints the export delta of `reading` over `last` to `owner`, then burns the import delta up to its balance.
    function _credit(Reading calldata reading, address owner, MeterState memory last) private {
        bytes32 meterId = reading.meterId;
        // The deltas are non-negative (checked by the caller) and at most 2^64 Wh; times 1e15 fits in 2^114.
        uint256 minted = uint256(reading.exportWh - last.exportWh) * GRID_PER_WH;
        uint256 imported = uint256(reading.importWh - last.importWh) * GRID_PER_WH;
        if (minted != 0) _grid.mint(owner, minted, meterId);
        uint256 burned;
        if (imported != 0) {
            uint256 balance = _grid.balanceOf(owner);
            burned = imported < balance ? imported : balance;
            if (burned != 0) _grid.burnMetered(owner, burned, meterId);
            if (imported != burned) emit GridImportRecorded(meterId, owner, imported - burned);
        }
        emit ReadingApplied(meterId, owner, reading.seq, reading.intervalEnd, minted, burned);
    }

    function _emitBaseline(Reading calldata reading, address owner, uint32 assignment) private {
        emit BaselineSet(
            reading.meterId, owner, assignment, reading.seq, reading.intervalEnd, reading.exportWh, reading.importWh
        );
    }

    function _reject(Reading calldata reading, RejectReason reason) private returns (RejectReason) {
        emit ReadingRejected(reading.meterId, reading.seq, reason);
        return reason;
    }

    function _digest(Reading calldata reading, bytes32 separator) private pure returns (bytes32) {
        bytes32 structHash = keccak256(
            abi.encode(
                READING_TYPEHASH,
                reading.meterId,
                reading.intervalStart,
                reading.intervalEnd,
                reading.exportWh,
                reading.importWh,
                reading.seq
            )
        );
        return MessageHashUtils.toTypedDataHash(separator, structHash);
    }

    /// @dev True when `signature` is a 65-byte r||s||v, low-s signature of `digest` by `signer`.
    function _signedBy(bytes32 digest, bytes calldata signature, address signer) private pure returns (bool) {
        if (signature.length != 65) return false;
        bytes32 r;
        bytes32 s;
        uint8 v;
        // Read r, s and v straight from calldata (ECDSA.tryRecover(bytes) would copy to memory first).
        assembly ("memory-safe") {
            r := calldataload(signature.offset)
            s := calldataload(add(signature.offset, 0x20))
            v := byte(0, calldataload(add(signature.offset, 0x40)))
        }
        // tryRecover rejects high s (EIP-2) and returns address(0) with an error for a bad v or signature.
        (address recovered, ECDSA.RecoverError err,) = ECDSA.tryRecover(digest, v, r, s);
        return err == ECDSA.RecoverError.NoError && recovered == signer;
    }

    function _buildDomainSeparator(address verifyingContract) private view returns (bytes32) {
        return keccak256(abi.encode(_DOMAIN_TYPEHASH, _NAME_HASH, _VERSION_HASH, block.chainid, verifyingContract));
    }
}
