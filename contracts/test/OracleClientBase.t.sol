// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {CampusBase} from "./utils/CampusBase.sol";
import {OracleClient} from "../src/OracleClient.sol";
import {IOracleClient} from "../src/interfaces/IOracleClient.sol";

/// @notice Shared setup of the OracleClient tests: the campus contracts plus OracleClient holding
/// GridToken's minter and burner roles, an oracle operator and a keeper, and helpers that sign
/// readings with meter keys the way a smart meter does.
abstract contract OracleClientBase is CampusBase {
    OracleClient internal oracle;

    address internal operator = makeAddr("operator");
    address internal keeper = makeAddr("keeper");

    /// 2026-01-01T00:00:00Z: readings in the tests are 15-minute intervals after it.
    uint64 internal constant T0 = 1_767_225_600;
    uint64 internal constant INTERVAL = 900;
    uint256 internal constant WH = 1e15;

    uint256 internal constant METER_KEY = 0xA11CE;
    uint256 internal constant METER_KEY_2 = 0xB0B;
    uint256 internal constant OTHER_KEY = 0xBAD;

    /// Well after every interval the tests sign: warping here puts no reading in the future.
    uint64 internal constant NOW = T0 + 1000 * INTERVAL;

    function setUp() public virtual override {
        super.setUp();
        vm.warp(T0);
        vm.roll(1000);
        oracle = new OracleClient(registry, grid, governance, 100);
        vm.startPrank(governance);
        grid.grantRole(grid.MINTER_ROLE(), address(oracle));
        grid.grantRole(grid.BURNER_ROLE(), address(oracle));
        thb.grantRole(thb.SYSTEM_ROLE(), address(oracle));
        oracle.grantRole(oracle.ORACLE_OPERATOR_ROLE(), operator);
        oracle.grantRole(oracle.MARKET_MAKER_ROLE(), keeper);
        vm.stopPrank();
    }

    function _assign(bytes32 meterId, address owner, uint256 key) internal {
        vm.prank(registrar);
        registry.assignMeter(meterId, owner, vm.addr(key));
    }

    function _unassign(bytes32 meterId) internal {
        vm.prank(registrar);
        registry.unassignMeter(meterId);
    }

    /// A reading of the 15-minute interval that ends `intervalsAfterT0` intervals after T0.
    function _reading(bytes32 meterId, uint64 seq, uint64 intervalsAfterT0, uint64 exportWh, uint64 importWh)
        internal
        pure
        returns (IOracleClient.Reading memory)
    {
        uint64 end = T0 + intervalsAfterT0 * INTERVAL;
        return IOracleClient.Reading({
            meterId: meterId,
            intervalStart: end - INTERVAL,
            intervalEnd: end,
            exportWh: exportWh,
            importWh: importWh,
            seq: seq
        });
    }

    function _sign(uint256 key, IOracleClient.Reading memory reading) internal view returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, oracle.hashReading(reading));
        return abi.encodePacked(r, s, v);
    }

    /// Submits one reading as a relayer does: after its interval has ended (the clock moves forward to it).
    function _submit(IOracleClient.Reading memory reading, bytes memory signature) internal returns (uint256) {
        if (block.timestamp < reading.intervalEnd) vm.warp(reading.intervalEnd);
        IOracleClient.Reading[] memory readings = new IOracleClient.Reading[](1);
        bytes[] memory signatures = new bytes[](1);
        readings[0] = reading;
        signatures[0] = signature;
        vm.prank(operator);
        return oracle.submitReadings(readings, signatures);
    }

    function _submitSigned(uint256 key, IOracleClient.Reading memory reading) internal returns (uint256) {
        return _submit(reading, _sign(key, reading));
    }

    /// A prosumer owning `meterId` (keyed with METER_KEY) whose baseline (seq 1, interval 1) is applied.
    function _prosumerWithBaseline(string memory name, bytes32 meterId, uint64 exportWh, uint64 importWh)
        internal
        returns (address owner)
    {
        owner = _newProsumer(name);
        _assign(meterId, owner, METER_KEY);
        assertEq(_submitSigned(METER_KEY, _reading(meterId, 1, 1, exportWh, importWh)), 1, "baseline applies");
    }

    /// As eth_call from 0x0 (what `cannotExecute` requires).
    function _checkUpkeep() internal returns (bool needed, uint256[] memory ids) {
        vm.prank(address(0), address(0));
        bytes memory data;
        (needed, data) = oracle.checkUpkeep("");
        ids = abi.decode(data, (uint256[]));
    }

    function _performUpkeep(uint256[] memory ids) internal {
        vm.prank(keeper);
        oracle.performUpkeep(abi.encode(ids));
    }
}
