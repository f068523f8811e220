// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {TradingFixture} from "./utils/TradingFixture.sol";
import {TradingHandler} from "./handlers/TradingHandler.sol";
import {ITrading} from "../src/interfaces/ITrading.sol";

/// @notice Conservation laws of the market across random place/cancel/clear/allocate/settle/claim
/// sequences with pauses and suspensions: no GRID or payment token is created or destroyed, the market
/// holds exactly what its open and half-settled orders account for, and a settled epoch leaves nothing.
contract TradingInvariantTest is TradingFixture {
    TradingHandler internal handler;
    address[] internal actors;
    uint256 internal gridSupply;
    uint256 internal thbSupply;

    function setUp() public override {
        super.setUp();
        // A wheeling fee, so its path is part of the accounting.
        ITrading.MarketConfig memory config = _defaultConfig();
        config.wheelingFeePerKwh = 0.05e18;
        trading = _deployTrading(config);
        for (uint256 i; i < 5; ++i) {
            actors.push(_trader(string(abi.encodePacked("actor", vm.toString(i)))));
        }
        handler = new TradingHandler(trading, registry, grid, thb, actors, keeper, registrar, marketPauser, pauser);
        gridSupply = grid.totalSupply();
        thbSupply = thb.totalSupply();
        targetContract(address(handler));
    }

    function _sumBalances(bool gridToken) internal view returns (uint256 sum) {
        for (uint256 i; i < actors.length; ++i) {
            sum += gridToken ? grid.balanceOf(actors[i]) : thb.balanceOf(actors[i]);
        }
        sum += gridToken ? grid.balanceOf(address(trading)) : thb.balanceOf(address(trading));
        sum += gridToken ? grid.balanceOf(gridOperator) : thb.balanceOf(gridOperator);
    }

    function invariant_noTokenCreatedOrDestroyed() public view {
        assertEq(grid.totalSupply(), gridSupply);
        assertEq(thb.totalSupply(), thbSupply);
        assertEq(_sumBalances(true), gridSupply);
        assertEq(_sumBalances(false), thbSupply);
    }

    /// The market holds exactly: open sell escrow, plus GRID sellers delivered and buyers not yet took;
    /// open buy escrow, plus what settled buyers paid, minus what settled sellers and the grid operator got.
    function invariant_escrowAccounting() public view {
        int256 gridHeld;
        int256 thbHeld;
        uint256 n = handler.orderCount();
        for (uint256 i; i < n; ++i) {
            ITrading.OrderInfo memory o = trading.getOrder(handler.orderIds(i));
            if (o.status == ITrading.OrderStatus.Cancelled) continue;
            ITrading.EpochResult memory res = trading.getEpochResult(o.epoch);
            uint256 fee = trading.marketRules(o.epoch).wheelingFeePerKwh;
            if (o.side == ITrading.Side.Sell) {
                if (o.status == ITrading.OrderStatus.Open) gridHeld += int256(o.amount);
                else thbHeld -= int256(o.filledAmount * res.clearingPrice / 1e18);
                if (o.status == ITrading.OrderStatus.Settled) gridHeld += int256(o.filledAmount);
            } else {
                if (o.status == ITrading.OrderStatus.Open) {
                    thbHeld += int256(o.amount * (o.limitPrice + fee) / 1e18);
                } else {
                    thbHeld += int256(o.filledAmount * (res.clearingPrice + fee) / 1e18);
                    gridHeld -= int256(o.filledAmount);
                }
            }
        }
        uint256 epochs = handler.epochCount();
        for (uint256 i; i < epochs; ++i) {
            uint256 epoch = handler.epochsTouched(i);
            ITrading.EpochResult memory res = trading.getEpochResult(epoch);
            thbHeld -= int256(res.volume * trading.marketRules(epoch).wheelingFeePerKwh / 1e18);
        }
        assertEq(int256(grid.balanceOf(address(trading))), gridHeld, "GRID held");
        assertEq(int256(thb.balanceOf(address(trading))), thbHeld, "payment token held");
    }

    /// Fills are whole quanta, within the order, individually rational, and equal on both sides.
    function invariant_fillsRationalAndBalanced() public view {
        uint256 epochs = handler.epochCount();
        for (uint256 e; e < epochs; ++e) {
            uint256 epoch = handler.epochsTouched(e);
            ITrading.EpochResult memory res = trading.getEpochResult(epoch);
            if (res.status == ITrading.EpochStatus.Settled) {
                assertEq(res.settledCount + _cancelledIn(epoch), res.orderCount);
            }
        }
        uint256 n = handler.orderCount();
        for (uint256 i; i < n; ++i) {
            ITrading.OrderInfo memory o = trading.getOrder(handler.orderIds(i));
            if (!o.fillFinal) continue;
            assertLe(o.filledAmount, o.amount);
            assertEq(o.filledAmount % QUANTUM, 0);
            if (o.filledAmount == 0) continue;
            uint256 price = trading.getEpochResult(o.epoch).clearingPrice;
            if (o.side == ITrading.Side.Sell) assertLe(o.limitPrice, price);
            else assertGe(o.limitPrice, price);
        }
    }

    function _cancelledIn(uint256 epoch) internal view returns (uint256 count) {
        uint256 n = handler.orderCount();
        for (uint256 i; i < n; ++i) {
            uint256 id = handler.orderIds(i);
            if (id >> 16 != epoch) continue;
            if (trading.getOrder(id).status == ITrading.OrderStatus.Cancelled) ++count;
        }
    }

    /// When every epoch that received orders is settled, the market holds nothing at all.
    function invariant_settledMarketHoldsNothing() public view {
        uint256 epochs = handler.epochCount();
        for (uint256 i; i < epochs; ++i) {
            if (trading.getEpochResult(handler.epochsTouched(i)).status != ITrading.EpochStatus.Settled) return;
        }
        assertEq(grid.balanceOf(address(trading)), 0);
        assertEq(thb.balanceOf(address(trading)), 0);
    }
}
