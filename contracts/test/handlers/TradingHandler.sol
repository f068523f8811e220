// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";
import {Registry} from "../../src/Registry.sol";
import {GridToken} from "../../src/GridToken.sol";
import {SettlementToken} from "../../src/SettlementToken.sol";
import {Trading} from "../../src/Trading.sol";
import {ITrading} from "../../src/interfaces/ITrading.sol";

/// @notice Drives the market through random sequences of place, cancel, time passing, clear, allocate,
/// settle and claim, with market and token pauses and user suspensions mixed in. Every call it makes is
/// one a real participant could make; calls the rules forbid at that moment are skipped, not forced.
contract TradingHandler is Test {
    uint256 internal constant FLOOR = 2.2e18;
    uint256 internal constant TICK = 0.01e18;
    uint256 internal constant QUANTUM = 1e15;

    Trading public immutable trading;
    Registry public immutable registry;
    GridToken public immutable grid;
    SettlementToken public immutable thb;
    address public immutable keeper;
    address public immutable registrar;
    address public immutable marketPauser;
    address public immutable gridPauser;

    address[] public actors;
    uint256[] public orderIds;
    uint256[] public epochsTouched;
    mapping(uint256 epoch => bool) internal touched;

    // Counters of what the run did, so the invariant test can show the sequences went deep.
    mapping(bytes32 action => uint256) public calls;

    constructor(
        Trading trading_,
        Registry registry_,
        GridToken grid_,
        SettlementToken thb_,
        address[] memory actors_,
        address keeper_,
        address registrar_,
        address marketPauser_,
        address gridPauser_
    ) {
        trading = trading_;
        registry = registry_;
        grid = grid_;
        thb = thb_;
        actors = actors_;
        keeper = keeper_;
        registrar = registrar_;
        marketPauser = marketPauser_;
        gridPauser = gridPauser_;
    }

    function orderCount() external view returns (uint256) {
        return orderIds.length;
    }

    function epochCount() external view returns (uint256) {
        return epochsTouched.length;
    }

    function actorCount() external view returns (uint256) {
        return actors.length;
    }

    function place(uint256 actorSeed, bool buy, uint256 level, uint256 quanta) external {
        address actor = actors[actorSeed % actors.length];
        if (trading.paused() || !registry.isUserVerified(actor)) return;
        if (!buy && grid.paused()) return; // user GRID transfers stop while GRID is paused
        (uint256 epoch,) = trading.currentEpoch();
        if (trading.ordersOf(epoch, actor).length >= 100) return;
        level = bound(level, 0, 30);
        quanta = bound(quanta, 100, 3000);
        vm.prank(actor);
        uint256 id = buy
            ? trading.createBuyOrder(quanta * QUANTUM, FLOOR + level * TICK)
            : trading.createSellOrder(quanta * QUANTUM, FLOOR + level * TICK);
        orderIds.push(id);
        if (!touched[epoch]) {
            touched[epoch] = true;
            epochsTouched.push(epoch);
        }
        ++calls["place"];
    }

    function cancel(uint256 seed) external {
        if (orderIds.length == 0) return;
        uint256 id = orderIds[seed % orderIds.length];
        ITrading.OrderInfo memory o = trading.getOrder(id);
        (uint256 epoch,) = trading.currentEpoch();
        if (o.status != ITrading.OrderStatus.Open || o.epoch != epoch) return;
        vm.prank(o.owner);
        trading.cancelOrder(id);
        ++calls["cancel"];
    }

    function passTime(uint256 secs) external {
        vm.warp(block.timestamp + bound(secs, 1, 30));
        ++calls["time"];
    }

    function clear() external {
        (bool pending, uint256 epoch) = trading.nextEpochToClear();
        if (!pending) return;
        if (block.timestamp < trading.getEpochResult(epoch).endTime) return;
        vm.prank(keeper);
        trading.matchOrders(epoch);
        ++calls["clear"];
    }

    function allocate(uint256 seed, uint256 steps) external {
        if (epochsTouched.length == 0) return;
        uint256 epoch = epochsTouched[seed % epochsTouched.length];
        if (trading.getEpochResult(epoch).status != ITrading.EpochStatus.Cleared) return;
        trading.allocateMarginal(epoch, bound(steps, 1, 5));
        ++calls["allocate"];
    }

    function settle(uint256 seed, uint256 maxOrders) external {
        if (epochsTouched.length == 0) return;
        uint256 epoch = epochsTouched[seed % epochsTouched.length];
        if (trading.getEpochResult(epoch).status != ITrading.EpochStatus.Settling) return;
        vm.prank(keeper);
        trading.settleOrders(epoch, bound(maxOrders, 1, 7));
        ++calls["settle"];
    }

    function upkeep() external {
        vm.prank(address(0), address(0));
        (bool needed, bytes memory data) = trading.checkUpkeep("");
        if (!needed) return;
        vm.prank(keeper);
        trading.performUpkeep(data);
        ++calls["upkeep"];
    }

    function claim(uint256 seed) external {
        if (orderIds.length == 0) return;
        uint256 id = orderIds[seed % orderIds.length];
        ITrading.OrderInfo memory o = trading.getOrder(id);
        if (o.status != ITrading.OrderStatus.Open || !o.fillFinal) return;
        vm.prank(o.owner);
        trading.claim(id);
        ++calls["claim"];
    }

    function toggleMarketPause() external {
        bool paused = trading.paused();
        vm.prank(marketPauser);
        if (paused) trading.unpause();
        else trading.pause();
        ++calls["pause"];
    }

    function toggleGridPause() external {
        bool paused = grid.paused();
        vm.prank(gridPauser);
        if (paused) grid.unpause();
        else grid.pause();
        ++calls["gridPause"];
    }

    function toggleSuspension(uint256 actorSeed) external {
        address actor = actors[actorSeed % actors.length];
        bool verified = registry.isUserVerified(actor);
        vm.prank(registrar);
        if (verified) registry.suspendUser(actor);
        else registry.reactivateUser(actor);
        ++calls["suspend"];
    }
}
