// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test, Vm} from "forge-std/Test.sol";
import {Registry} from "../../src/Registry.sol";
import {GridToken} from "../../src/GridToken.sol";
import {OracleClient} from "../../src/OracleClient.sol";
import {IOracleClient} from "../../src/interfaces/IOracleClient.sol";
import {IRegistry} from "../../src/interfaces/IRegistry.sol";
import {IGridToken} from "../../src/interfaces/IGridToken.sol";

/// @notice Drives OracleClient the way the field does: physical meters whose cumulative counters tick
/// forward and sign readings, relayers that submit them late, in batches, twice, reordered or corrupted,
/// and registrars that reassign meters, rotate keys and suspend owners. A reading relayed after its meter
/// was unassigned or reassigned belongs, in the model, to whoever held the meter when it was metered.
///
/// It keeps two kinds of ghosts:
/// - a reference model of the rules (what must apply, what must be minted and burned), so the
///   invariants can check the contract applies exactly what the rules say;
/// - facts observed on-chain independently of the model (GridToken's mint and burn events, the
///   readings OracleClient reports applied, the energy each owner's meters really exported while the
///   owner held them).
contract OracleClientHandler is Test {
    uint256 internal constant NUM_METERS = 4;
    uint256 internal constant WH = 1e15;
    uint64 internal constant INTERVAL = 900;

    OracleClient internal immutable oracle;
    Registry internal immutable registry;
    GridToken internal immutable grid;
    address internal immutable registrar;
    address internal immutable operator;

    struct Signed {
        IOracleClient.Reading reading;
        bytes signature;
        address signer;
    }

    struct PhysicalMeter {
        bytes32 id;
        uint64 exportWh;
        uint64 importWh;
        uint64 seq;
        uint256 keyVersion;
        uint256 ownerSlot; // owner index + 1; 0 when unassigned
    }

    /// One assignment of a meter as the registrar made it (the model's own record, not the Registry's).
    struct Holding {
        address owner;
        address signer; // the key the meter had last during the assignment
        uint64 start;
        uint64 end; // 0 while it lasts
    }

    /// The model's counters of one assignment: its last applied reading.
    struct ModelState {
        bool started;
        uint64 seq;
        uint64 exportWh;
        uint64 importWh;
        uint64 intervalEnd;
    }

    address[] public owners;
    PhysicalMeter[NUM_METERS] internal meters;
    mapping(uint256 meter => Signed[]) internal history;
    mapping(uint256 meter => Holding[]) internal holdings;
    mapping(uint256 meter => mapping(uint256 holding => ModelState)) internal modelStates;

    // Reference model.
    uint256 public ghostModelMinted;
    uint256 public ghostModelBurned;
    mapping(address owner => uint256) public ghostModelBalance;
    /// Readings where the contract's verdict (applied or skipped) differed from the rules.
    uint256 public ghostVerdictMismatches;

    // Observed on-chain.
    uint256 public ghostEventMinted;
    uint256 public ghostEventBurned;
    mapping(address owner => uint256) public ghostMintedTo;
    /// Energy exported (Wh) by meters while assigned to the owner: the most it may ever be credited with.
    mapping(address owner => uint256) public ghostEarnableWh;
    /// A (meter, assignment, seq) reported applied (ReadingApplied or BaselineSet) more than once.
    uint256 public ghostDoubleApplies;
    mapping(bytes32 key => bool) internal appliedOnce;
    uint256 public ghostAppliedReadings;
    uint256 public ghostRejectedReadings;

    constructor(
        OracleClient oracle_,
        Registry registry_,
        GridToken grid_,
        address registrar_,
        address operator_,
        address[] memory owners_
    ) {
        oracle = oracle_;
        registry = registry_;
        grid = grid_;
        registrar = registrar_;
        operator = operator_;
        owners = owners_;
        for (uint256 m; m < NUM_METERS; ++m) {
            meters[m].id = keccak256(abi.encode("invariant-meter", m));
        }
    }

    // ------------------------------------------------------------------ actions

    /// One metering interval passes on meter `m`: its counters grow and it signs a reading, which a
    /// relayer brings at once when `relayNow`.
    function tick(uint256 m, uint64 exportWh, uint64 importWh, bool relayNow) external {
        m = bound(m, 0, NUM_METERS - 1);
        vm.warp(block.timestamp + INTERVAL);
        _meter(m, uint64(bound(exportWh, 0, 5000)), uint64(bound(importWh, 0, 3000)));
        if (relayNow) {
            Signed[] memory batch = new Signed[](1);
            batch[0] = history[m][history[m].length - 1];
            _submit(batch, _intact(1));
        }
    }

    /// One metering interval passes on every meter; a relayer brings all their readings in one batch.
    function tickAll(uint256 seed) external {
        vm.warp(block.timestamp + INTERVAL);
        Signed[] memory batch = new Signed[](NUM_METERS);
        for (uint256 m; m < NUM_METERS; ++m) {
            uint256 r = uint256(keccak256(abi.encode(seed, m)));
            _meter(m, uint64(r % 5001), uint64((r >> 64) % 3001));
            batch[m] = history[m][history[m].length - 1];
        }
        _submit(batch, _intact(NUM_METERS));
    }

    function _meter(uint256 m, uint64 exportWh, uint64 importWh) internal {
        PhysicalMeter storage pm = meters[m];
        pm.exportWh += exportWh;
        pm.importWh += importWh;
        ++pm.seq;
        if (pm.ownerSlot != 0) ghostEarnableWh[owners[pm.ownerSlot - 1]] += exportWh;
        IOracleClient.Reading memory r = IOracleClient.Reading({
            meterId: pm.id,
            intervalStart: uint64(block.timestamp) - INTERVAL,
            intervalEnd: uint64(block.timestamp),
            exportWh: pm.exportWh,
            importWh: pm.importWh,
            seq: pm.seq
        });
        uint256 key = _key(m, pm.keyVersion);
        history[m].push(Signed({reading: r, signature: _sign(key, r), signer: vm.addr(key)}));
    }

    /// A relayer brings the latest reading of each meter selected by `mask`, maybe with a duplicate.
    function submitLatest(uint256 mask, bool duplicateFirst) external {
        uint256 n;
        Signed[] memory batch = new Signed[](NUM_METERS + 1);
        for (uint256 m; m < NUM_METERS; ++m) {
            if (mask & (1 << m) == 0 || history[m].length == 0) continue;
            batch[n++] = history[m][history[m].length - 1];
        }
        if (n == 0) return;
        if (duplicateFirst) batch[n++] = batch[0];
        assembly ("memory-safe") {
            mstore(batch, n)
        }
        _submit(batch, _intact(n));
    }

    /// A relayer brings an old reading again (a replay, or a late reading never brought before).
    function replay(uint256 m, uint256 h) external {
        m = bound(m, 0, NUM_METERS - 1);
        if (history[m].length == 0) return;
        Signed[] memory batch = new Signed[](1);
        batch[0] = history[m][bound(h, 0, history[m].length - 1)];
        _submit(batch, _intact(1));
    }

    /// A relayer brings a tampered or malformed version of a meter's latest reading.
    function corrupt(uint256 m, uint8 kind, uint64 amount) external {
        m = bound(m, 0, NUM_METERS - 1);
        if (history[m].length == 0) return;
        Signed memory s = history[m][history[m].length - 1];
        bool[] memory intact = _intact(1);
        kind = uint8(bound(kind, 0, 3));
        if (kind == 0) {
            // Signed by a key that is not the meter's.
            uint256 wrongKey = _key(m + 100, 0);
            s.signature = _sign(wrongKey, s.reading);
            s.signer = vm.addr(wrongKey);
        } else if (kind == 1) {
            // Export inflated after signing.
            s.reading.exportWh += uint64(bound(amount, 1, 1e6));
            intact[0] = false;
        } else if (kind == 2) {
            // Properly signed but regressed counters (a broken meter). Only against counters of the
            // current assignment: a key that signs false counters as a baseline can of course fool
            // anyone, and the earnable-energy ghost assumes honest meters.
            IOracleClient.MeterState memory st = oracle.meterState(s.reading.meterId);
            if (st.exportWh == 0 || st.assignment != registry.getMeter(s.reading.meterId).assignment) return;
            // ... and only when the latest reading belongs to that assignment too.
            if (meters[m].ownerSlot == 0 || _holdingAt(m, s.reading.intervalEnd) != holdings[m].length) return;
            s.reading.seq = st.seq + 1;
            s.reading.exportWh = st.exportWh - uint64(bound(amount, 1, st.exportWh));
            s.signature = _sign(_key(m, meters[m].keyVersion), s.reading);
            s.signer = vm.addr(_key(m, meters[m].keyVersion));
        } else {
            // An empty interval.
            s.reading.intervalStart = s.reading.intervalEnd;
            s.signature = _sign(_key(m, meters[m].keyVersion), s.reading);
            s.signer = vm.addr(_key(m, meters[m].keyVersion));
        }
        Signed[] memory batch = new Signed[](1);
        batch[0] = s;
        _submit(batch, intact);
    }

    /// A registrar acts on meter `m` or owner `o`: reassigns the meter, unassigns it, re-keys it, or
    /// suspends (or reactivates) the owner.
    function registrarAction(uint256 m, uint256 o, uint8 kind) external {
        m = bound(m, 0, NUM_METERS - 1);
        o = bound(o, 0, owners.length - 1);
        kind = uint8(bound(kind, 0, 3));
        if (kind == 0) reassign(m, o);
        else if (kind == 1) _unassign(m);
        else if (kind == 2) _rotateKey(m);
        else _toggleSuspension(owners[o]);
    }

    /// Hands meter `m` to owner `o` (taking it from its current owner first). Also used by setUp.
    function reassign(uint256 m, uint256 o) public {
        m = bound(m, 0, NUM_METERS - 1);
        o = bound(o, 0, owners.length - 1);
        PhysicalMeter storage pm = meters[m];
        _unassign(m);
        address signer = vm.addr(_key(m, pm.keyVersion));
        vm.prank(registrar);
        registry.assignMeter(pm.id, owners[o], signer);
        pm.ownerSlot = o + 1;
        holdings[m].push(Holding({owner: owners[o], signer: signer, start: uint64(block.timestamp), end: 0}));
    }

    function _unassign(uint256 m) internal {
        PhysicalMeter storage pm = meters[m];
        if (pm.ownerSlot == 0) return;
        vm.prank(registrar);
        registry.unassignMeter(pm.id);
        pm.ownerSlot = 0;
        holdings[m][holdings[m].length - 1].end = uint64(block.timestamp);
    }

    /// The meter is re-keyed: readings signed from now on use the new key.
    function _rotateKey(uint256 m) internal {
        PhysicalMeter storage pm = meters[m];
        if (pm.ownerSlot == 0) return;
        ++pm.keyVersion;
        address signer = vm.addr(_key(m, pm.keyVersion));
        vm.prank(registrar);
        registry.rotateMeterSigner(pm.id, signer);
        holdings[m][holdings[m].length - 1].signer = signer;
    }

    function _toggleSuspension(address owner) internal {
        bool verified = registry.isUserVerified(owner);
        vm.prank(registrar);
        if (verified) registry.suspendUser(owner);
        else registry.reactivateUser(owner);
    }

    // ------------------------------------------------------------------ submission and bookkeeping

    function _submit(Signed[] memory batch, bool[] memory intact) internal {
        uint256 n = batch.length;
        IOracleClient.Reading[] memory readings = new IOracleClient.Reading[](n);
        bytes[] memory signatures = new bytes[](n);
        uint256 expectedApplied;
        // The batch holds each meter at most once, plus at most one duplicate of the first entry, which
        // never applies (it is not newer than itself): each verdict depends on the state before the call.
        for (uint256 i; i < n; ++i) {
            readings[i] = batch[i].reading;
            signatures[i] = batch[i].signature;
            bool duplicate = i > 0 && keccak256(abi.encode(batch[i].reading)) == keccak256(abi.encode(batch[0].reading));
            if (!duplicate && _modelApplies(batch[i], intact[i])) {
                ++expectedApplied;
                _modelAccount(batch[i].reading);
            }
        }

        vm.recordLogs();
        vm.prank(operator);
        uint256 applied = oracle.submitReadings(readings, signatures);
        Vm.Log[] memory logs = vm.getRecordedLogs();

        if (applied != expectedApplied) ++ghostVerdictMismatches;
        ghostAppliedReadings += applied;
        ghostRejectedReadings += n - applied;
        _observe(logs);
    }

    /// The assignment (index + 1 into holdings; 0: none) in force when a reading of meter `m` ends at
    /// `t`: the latest that began at or before t, unless it ended before t. Energy belongs to whoever
    /// held the meter when it was metered, whenever the reading arrives.
    function _holdingAt(uint256 m, uint64 t) internal view returns (uint256) {
        Holding[] storage hs = holdings[m];
        for (uint256 i = hs.length; i > 0; --i) {
            Holding storage h = hs[i - 1];
            if (h.start > t) continue;
            return h.end == 0 || t <= h.end ? i : 0;
        }
        return 0;
    }

    function _meterIndex(bytes32 meterId) internal view returns (uint256) {
        for (uint256 m; m < NUM_METERS; ++m) {
            if (meters[m].id == meterId) return m;
        }
        revert("unknown meter");
    }

    /// The rules of IOracleClient, written independently of the contract.
    function _modelApplies(Signed memory s, bool intact) internal view returns (bool) {
        IOracleClient.Reading memory r = s.reading;
        uint256 m = _meterIndex(r.meterId);
        uint256 h = _holdingAt(m, r.intervalEnd);
        if (h == 0 || r.intervalStart >= r.intervalEnd) return false;
        if (r.intervalEnd > block.timestamp + 15 minutes) return false;
        ModelState storage st = modelStates[m][h];
        if (
            st.started
                && (r.seq <= st.seq
                    || r.intervalEnd <= st.intervalEnd
                    || r.exportWh < st.exportWh
                    || r.importWh < st.importWh)
        ) {
            return false;
        }
        return intact && s.signer == holdings[m][h - 1].signer;
    }

    /// Mint then burn up to the balance of the assignment's owner, as the rules say; a baseline moves nothing.
    function _modelAccount(IOracleClient.Reading memory r) internal {
        uint256 m = _meterIndex(r.meterId);
        uint256 h = _holdingAt(m, r.intervalEnd);
        ModelState storage st = modelStates[m][h];
        if (st.started) {
            address owner = holdings[m][h - 1].owner;
            uint256 minted = uint256(r.exportWh - st.exportWh) * WH;
            uint256 imported = uint256(r.importWh - st.importWh) * WH;
            uint256 balance = ghostModelBalance[owner] + minted;
            uint256 burned = imported < balance ? imported : balance;
            ghostModelBalance[owner] = balance - burned;
            ghostModelMinted += minted;
            ghostModelBurned += burned;
        }
        modelStates[m][h] = ModelState({
            started: true, seq: r.seq, exportWh: r.exportWh, importWh: r.importWh, intervalEnd: r.intervalEnd
        });
    }

    function _observe(Vm.Log[] memory logs) internal {
        for (uint256 i; i < logs.length; ++i) {
            Vm.Log memory log = logs[i];
            bytes32 topic = log.topics[0];
            if (log.emitter == address(grid) && topic == IGridToken.EnergyMinted.selector) {
                uint256 amount = abi.decode(log.data, (uint256));
                ghostEventMinted += amount;
                ghostMintedTo[address(uint160(uint256(log.topics[1])))] += amount;
            } else if (log.emitter == address(grid) && topic == IGridToken.EnergyBurned.selector) {
                ghostEventBurned += abi.decode(log.data, (uint256));
            } else if (log.emitter == address(oracle) && topic == IOracleClient.ReadingApplied.selector) {
                (uint64 seq, uint64 intervalEnd,,) = abi.decode(log.data, (uint64, uint64, uint256, uint256));
                bytes32 meterId = log.topics[1];
                _markApplied(meterId, uint32(_holdingAt(_meterIndex(meterId), intervalEnd)), seq);
            } else if (log.emitter == address(oracle) && topic == IOracleClient.BaselineSet.selector) {
                (uint32 assignment, uint64 seq,,,) = abi.decode(log.data, (uint32, uint64, uint64, uint64, uint64));
                _markApplied(log.topics[1], assignment, seq);
            }
        }
    }

    function _markApplied(bytes32 meterId, uint32 assignment, uint64 seq) internal {
        bytes32 key = keccak256(abi.encode(meterId, assignment, seq));
        if (appliedOnce[key]) ++ghostDoubleApplies;
        appliedOnce[key] = true;
    }

    function _intact(uint256 n) internal pure returns (bool[] memory intact) {
        intact = new bool[](n);
        for (uint256 i; i < n; ++i) {
            intact[i] = true;
        }
    }

    function _key(uint256 m, uint256 version) internal pure returns (uint256) {
        return uint256(keccak256(abi.encode("meter-key", m, version))) % 1e70 + 1;
    }

    function _sign(uint256 key, IOracleClient.Reading memory r) internal view returns (bytes memory) {
        (uint8 v, bytes32 rr, bytes32 s) = vm.sign(key, oracle.hashReading(r));
        return abi.encodePacked(rr, s, v);
    }

    function ownerCount() external view returns (uint256) {
        return owners.length;
    }
}
