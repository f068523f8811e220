// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {AutomationBase} from "@chainlink/contracts/src/v0.8/automation/AutomationBase.sol";
import {TradingFixture} from "./utils/TradingFixture.sol";
import {Trading} from "../src/Trading.sol";
import {ITrading} from "../src/interfaces/ITrading.sol";
import {IRegistry} from "../src/interfaces/IRegistry.sol";
import {IGridToken} from "../src/interfaces/IGridToken.sol";
import {ISettlementToken} from "../src/interfaces/ISettlementToken.sol";

contract TradingTest is TradingFixture {
    address internal alice; // seller
    address internal bob; // buyer
    address internal carol;
    address internal dave;

    function setUp() public override {
        super.setUp();
        alice = _trader("alice");
        bob = _trader("bob");
        carol = _trader("carol");
        dave = _trader("dave");
    }

    function _expectUnauthorized(address account, bytes32 role) internal {
        vm.expectRevert(abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, account, role));
    }

    // ------------------------------------------------------------------ constructor and config

    function test_constructor_storesConfig() public view {
        assertEq(trading.epochLength(), EPOCH);
        assertEq(trading.firstEpochStart(), block.timestamp);
        assertEq(trading.gridOperator(), gridOperator);
        assertEq(trading.settleBatchSize(), 100);
        assertEq(trading.registry(), address(registry));
        assertEq(trading.gridToken(), address(grid));
        assertEq(trading.settlementToken(), address(thb));
        assertTrue(trading.hasRole(trading.GOVERNANCE_ROLE(), governance));
        assertEq(trading.GOVERNANCE_ROLE(), trading.DEFAULT_ADMIN_ROLE());
        ITrading.MarketRules memory r = trading.marketRules(0);
        assertEq(r.priceFloor, FLOOR);
        assertEq(r.priceCeiling, CEILING);
        assertEq(r.priceTick, TICK);
        assertEq(r.amountQuantum, QUANTUM);
        assertEq(r.minOrderAmount, MIN_ORDER);
        assertEq(r.maxOrdersPerUser, 100);
        assertEq(r.maxOrdersPerEpoch, 10_000);
        assertEq(r.wheelingFeePerKwh, 0);
        (uint256[] memory prices,,) = trading.getDepth(0);
        assertEq(prices.length, LEVELS);
        assertEq(prices[LEVELS - 1], CEILING);
    }

    function test_RevertWhen_constructorZeroAddress() public {
        ITrading.MarketConfig memory config = _defaultConfig();
        vm.expectRevert(ITrading.Trading__ZeroAddress.selector);
        new Trading(IRegistry(address(0)), grid, thb, governance, config);
        vm.expectRevert(ITrading.Trading__ZeroAddress.selector);
        new Trading(registry, grid, thb, address(0), config);
        config.gridOperator = address(0);
        vm.expectRevert(ITrading.Trading__ZeroAddress.selector);
        new Trading(registry, grid, thb, governance, config);
    }

    function test_RevertWhen_constructorEpochLengthZero() public {
        ITrading.MarketConfig memory config = _defaultConfig();
        config.epochLength = 0;
        vm.expectRevert(abi.encodeWithSelector(ITrading.Trading__InvalidConfig.selector, bytes32("epochLength")));
        new Trading(registry, grid, thb, governance, config);
    }

    function test_RevertWhen_constructorBatchSizeZero() public {
        ITrading.MarketConfig memory config = _defaultConfig();
        config.settleBatchSize = 0;
        vm.expectRevert(abi.encodeWithSelector(ITrading.Trading__InvalidConfig.selector, bytes32("settleBatchSize")));
        new Trading(registry, grid, thb, governance, config);
    }

    function _expectInvalidRules(ITrading.MarketRules memory rules, bytes32 reason) internal {
        vm.prank(governance);
        vm.expectRevert(abi.encodeWithSelector(ITrading.Trading__InvalidMarketRules.selector, reason));
        trading.setMarketRules(rules);
    }

    function test_RevertWhen_rulesInvalid() public {
        ITrading.MarketRules memory r = _defaultRules();
        r.priceFloor = 0;
        _expectInvalidRules(r, "priceFloor");
        r = _defaultRules();
        r.priceTick = 0;
        _expectInvalidRules(r, "priceTick");
        r = _defaultRules();
        r.priceCeiling = FLOOR - 1;
        _expectInvalidRules(r, "priceCeiling");
        r = _defaultRules();
        r.priceCeiling = CEILING + 1;
        _expectInvalidRules(r, "priceCeilingOffTick");
        r = _defaultRules();
        r.priceCeiling = FLOOR + 512 * TICK; // 513 levels
        _expectInvalidRules(r, "tooManyLevels");
        r = _defaultRules();
        r.amountQuantum = 0;
        _expectInvalidRules(r, "amountQuantum");
        r = _defaultRules();
        r.amountQuantum = 1; // 1 wei * 0.01 THB is not a whole base unit
        r.minOrderAmount = 1e17;
        _expectInvalidRules(r, "amountTimesPriceNotWhole");
        r = _defaultRules();
        r.minOrderAmount = QUANTUM + 1;
        _expectInvalidRules(r, "minOrderAmount");
        r = _defaultRules();
        r.maxOrdersPerUser = 256;
        _expectInvalidRules(r, "maxOrdersPerUser");
        r = _defaultRules();
        r.maxOrdersPerEpoch = 0;
        _expectInvalidRules(r, "maxOrdersPerEpoch");
        r = _defaultRules();
        r.wheelingFeePerKwh = 1; // 1e15 * 1 / 1e18 is not whole
        _expectInvalidRules(r, "amountTimesPriceNotWhole");
    }

    function test_setMarketRules_512LevelsAllowed() public {
        ITrading.MarketRules memory r = _defaultRules();
        r.priceCeiling = FLOOR + 511 * TICK;
        vm.prank(governance);
        trading.setMarketRules(r);
        (uint256[] memory prices,,) = trading.getDepth(_epochNow() + 1);
        assertEq(prices.length, 512);
    }

    function test_RevertWhen_setMarketRulesNotGovernance() public {
        _expectUnauthorized(alice, trading.GOVERNANCE_ROLE());
        vm.prank(alice);
        trading.setMarketRules(_defaultRules());
    }

    function test_setMarketRules_takesEffectNextEpoch() public {
        ITrading.MarketRules memory r = _defaultRules();
        r.priceFloor = 2e18;
        r.priceCeiling = 5e18;
        uint256 epoch = _epochNow();
        vm.expectEmit(address(trading));
        emit ITrading.MarketRulesChanged(epoch + 1, r);
        vm.prank(governance);
        trading.setMarketRules(r);
        // Still the old grid in this epoch: 2.00 is off it.
        vm.expectRevert(abi.encodeWithSelector(ITrading.Trading__PriceOffGrid.selector, 2e18));
        _sell(alice, 1 ether, 2e18);
        assertEq(trading.marketRules(epoch).priceFloor, FLOOR);
        _endEpoch();
        assertEq(trading.marketRules(epoch + 1).priceFloor, 2e18);
        uint256 id = _sell(alice, 1 ether, 2e18);
        assertEq(trading.getOrder(id).limitPrice, 2e18);
        // The earlier epoch keeps its own rules.
        assertEq(trading.marketRules(epoch).priceFloor, FLOOR);
    }

    function test_setMarketRules_replacesPendingChange() public {
        ITrading.MarketRules memory r = _defaultRules();
        r.wheelingFeePerKwh = 0.1e18;
        vm.startPrank(governance);
        trading.setMarketRules(r);
        r.wheelingFeePerKwh = 0.2e18;
        trading.setMarketRules(r);
        vm.stopPrank();
        uint256 epoch = _epochNow();
        assertEq(trading.marketRules(epoch).wheelingFeePerKwh, 0);
        assertEq(trading.marketRules(epoch + 1).wheelingFeePerKwh, 0.2e18);
    }

    function test_setGridOperator() public {
        address next = makeAddr("next");
        vm.expectEmit(address(trading));
        emit ITrading.GridOperatorChanged(gridOperator, next);
        vm.prank(governance);
        trading.setGridOperator(next);
        assertEq(trading.gridOperator(), next);
        vm.prank(governance);
        vm.expectRevert(ITrading.Trading__ZeroAddress.selector);
        trading.setGridOperator(address(0));
    }

    function test_setSettleBatchSize() public {
        vm.prank(governance);
        trading.setSettleBatchSize(7);
        assertEq(trading.settleBatchSize(), 7);
        vm.prank(governance);
        vm.expectRevert(abi.encodeWithSelector(ITrading.Trading__InvalidConfig.selector, bytes32("settleBatchSize")));
        trading.setSettleBatchSize(0);
    }

    // ------------------------------------------------------------------ placing

    function test_createSellOrder_escrowsGrid() public {
        uint256 balance = grid.balanceOf(alice);
        uint256 epoch = _epochNow();
        vm.expectEmit(address(trading));
        emit ITrading.OrderPlaced(epoch << 16, epoch, alice, ITrading.Side.Sell, 2.5 ether, _price(10), 2.5 ether);
        uint256 id = _sell(alice, 2.5 ether, _price(10));
        assertEq(id, epoch << 16);
        assertEq(grid.balanceOf(alice), balance - 2.5 ether);
        assertEq(grid.balanceOf(address(trading)), 2.5 ether);
        ITrading.OrderInfo memory o = trading.getOrder(id);
        assertEq(o.owner, alice);
        assertEq(o.epoch, epoch);
        assertEq(uint8(o.side), uint8(ITrading.Side.Sell));
        assertEq(uint8(o.status), uint8(ITrading.OrderStatus.Open));
        assertEq(o.amount, 2.5 ether);
        assertEq(o.limitPrice, _price(10));
        assertFalse(o.fillFinal);
        (, uint256[] memory supply, uint256[] memory demand) = trading.getDepth(epoch);
        assertEq(supply[10], 2.5 ether);
        assertEq(demand[10], 0);
    }

    function test_createBuyOrder_escrowsPayment() public {
        uint256 balance = thb.balanceOf(bob);
        uint256 id = _buy(bob, 3 ether, _price(100));
        uint256 cost = _cost(3 ether, _price(100));
        assertEq(thb.balanceOf(bob), balance - cost);
        assertEq(thb.balanceOf(address(trading)), cost);
        (, uint256[] memory supply, uint256[] memory demand) = trading.getDepth(_epochNow());
        assertEq(demand[100], 3 ether);
        assertEq(supply[100], 0);
        assertEq(uint8(trading.getOrder(id).side), uint8(ITrading.Side.Buy));
    }

    function test_createBuyOrder_escrowsWheelingFee() public {
        ITrading.MarketRules memory r = _defaultRules();
        r.wheelingFeePerKwh = 0.25e18;
        vm.prank(governance);
        trading.setMarketRules(r);
        _endEpoch();
        uint256 balance = thb.balanceOf(bob);
        _buy(bob, 2 ether, _price(0));
        assertEq(balance - thb.balanceOf(bob), _cost(2 ether, _price(0) + 0.25e18));
    }

    function test_createSellOrder_atFloorCeilingAndMinimum() public {
        _sell(alice, MIN_ORDER, FLOOR);
        _sell(alice, MIN_ORDER + QUANTUM, CEILING);
        (, uint256[] memory supply,) = trading.getDepth(_epochNow());
        assertEq(supply[0], MIN_ORDER);
        assertEq(supply[LEVELS - 1], MIN_ORDER + QUANTUM);
    }

    function test_ordersOf_listsInPlacementOrder() public {
        uint256 epoch = _epochNow();
        uint256[] memory ids = new uint256[](40);
        for (uint256 i; i < 40; ++i) {
            ids[i] = i % 3 == 0 ? _buy(alice, 1 ether, _price(i)) : _sell(alice, 1 ether, _price(i));
            _sell(bob, 1 ether, _price(i)); // interleaved: ids of one user are not contiguous
        }
        assertEq(trading.ordersOf(epoch, alice), ids);
        assertEq(trading.ordersOf(epoch, carol).length, 0);
    }

    function test_RevertWhen_createOrderNotVerified() public {
        address stranger = makeAddr("stranger");
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(ITrading.Trading__UserNotVerified.selector, stranger));
        trading.createSellOrder(1 ether, FLOOR);
        _suspend(bob);
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(ITrading.Trading__UserNotVerified.selector, bob));
        trading.createBuyOrder(1 ether, FLOOR);
    }

    function test_RevertWhen_createOrderPaused() public {
        vm.prank(marketPauser);
        trading.pause();
        vm.prank(alice);
        vm.expectRevert(Pausable.EnforcedPause.selector);
        trading.createSellOrder(1 ether, FLOOR);
        vm.prank(bob);
        vm.expectRevert(Pausable.EnforcedPause.selector);
        trading.createBuyOrder(1 ether, FLOOR);
        vm.prank(marketPauser);
        trading.unpause();
        _sell(alice, 1 ether, FLOOR);
    }

    function test_RevertWhen_pauseNotPauser() public {
        _expectUnauthorized(alice, trading.PAUSER_ROLE());
        vm.prank(alice);
        trading.pause();
    }

    function test_RevertWhen_amountNotOnQuantum() public {
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ITrading.Trading__InvalidAmount.selector, 1 ether + 1, QUANTUM));
        trading.createSellOrder(1 ether + 1, FLOOR);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ITrading.Trading__InvalidAmount.selector, 0, QUANTUM));
        trading.createSellOrder(0, FLOOR);
    }

    function test_RevertWhen_amountBelowMinimum() public {
        vm.prank(bob);
        vm.expectRevert(
            abi.encodeWithSelector(ITrading.Trading__AmountBelowMinimum.selector, MIN_ORDER - QUANTUM, MIN_ORDER)
        );
        trading.createBuyOrder(MIN_ORDER - QUANTUM, FLOOR);
    }

    function test_RevertWhen_amountTooLarge() public {
        uint256 amount = (uint256(type(uint40).max) + 1) * QUANTUM;
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ITrading.Trading__AmountTooLarge.selector, amount));
        trading.createSellOrder(amount, FLOOR);
    }

    function test_RevertWhen_priceOffGrid() public {
        uint256[4] memory bad = [FLOOR - TICK, CEILING + TICK, FLOOR + TICK / 2, uint256(0)];
        for (uint256 i; i < bad.length; ++i) {
            vm.prank(alice);
            vm.expectRevert(abi.encodeWithSelector(ITrading.Trading__PriceOffGrid.selector, bad[i]));
            trading.createSellOrder(1 ether, bad[i]);
        }
    }

    function test_RevertWhen_userOrderLimitReached() public {
        for (uint256 i; i < 100; ++i) {
            _sell(alice, MIN_ORDER, FLOOR);
        }
        // A cancel does not give a slot back.
        uint256 epoch = _epochNow();
        vm.prank(alice);
        trading.cancelOrder(epoch << 16);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ITrading.Trading__UserOrderLimitReached.selector, alice, epoch, 100));
        trading.createSellOrder(MIN_ORDER, FLOOR);
        assertEq(trading.ordersOf(epoch, alice).length, 100);
        // The next epoch starts afresh.
        _endEpoch();
        _sell(alice, MIN_ORDER, FLOOR);
    }

    function test_RevertWhen_epochOrderLimitReached() public {
        ITrading.MarketRules memory r = _defaultRules();
        r.maxOrdersPerEpoch = 3;
        vm.prank(governance);
        trading.setMarketRules(r);
        _endEpoch();
        uint256 epoch = _epochNow();
        _sell(alice, 1 ether, FLOOR);
        _sell(bob, 1 ether, FLOOR);
        _buy(carol, 1 ether, FLOOR);
        vm.prank(dave);
        vm.expectRevert(abi.encodeWithSelector(ITrading.Trading__EpochOrderLimitReached.selector, epoch, 3));
        trading.createBuyOrder(1 ether, FLOOR);
    }

    function test_RevertWhen_marketNotOpen() public {
        ITrading.MarketConfig memory config = _defaultConfig();
        config.firstEpochStart = uint64(block.timestamp + 100);
        Trading later = _deployTrading(config);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ITrading.Trading__MarketNotOpen.selector, block.timestamp + 100));
        later.createSellOrder(1 ether, FLOOR);
        vm.expectRevert(abi.encodeWithSelector(ITrading.Trading__MarketNotOpen.selector, block.timestamp + 100));
        later.currentEpoch();
    }

    function test_RevertWhen_sellWithoutGridAllowance() public {
        address eve = _newProsumer("eve");
        _mintGrid(eve, 5 ether);
        vm.prank(eve);
        vm.expectRevert();
        trading.createSellOrder(1 ether, FLOOR);
    }

    function test_RevertWhen_tokensSentStraightToTrading() public {
        // Trading takes tokens only by pulling them in its own entry points: pushed tokens would be stranded.
        address eve = _trader("eve");
        vm.startPrank(eve);
        vm.expectRevert(
            abi.encodeWithSelector(IGridToken.GridToken__SystemContractRecipient.selector, address(trading))
        );
        grid.transfer(address(trading), 1 ether);
        vm.expectRevert(
            abi.encodeWithSelector(ISettlementToken.SettlementToken__SystemContractRecipient.selector, address(trading))
        );
        thb.transfer(address(trading), 1 ether);
        vm.stopPrank();
        assertEq(grid.balanceOf(address(trading)), 0);
        assertEq(thb.balanceOf(address(trading)), 0);
    }

    // ------------------------------------------------------------------ epochs

    function test_currentEpoch_advancesWithTime() public {
        (uint256 e0, uint256 end0) = trading.currentEpoch();
        assertEq(e0, 0);
        assertEq(end0, block.timestamp + EPOCH);
        vm.warp(end0 - 1);
        assertEq(_epochNow(), 0);
        vm.warp(end0);
        assertEq(_epochNow(), 1);
        assertEq(trading.epochAt(end0 + 5 * EPOCH), 6);
        uint256 start = trading.firstEpochStart();
        vm.expectRevert(abi.encodeWithSelector(ITrading.Trading__MarketNotOpen.selector, start));
        trading.epochAt(start - 1);
    }

    function test_getEpochResult_statuses() public {
        uint256 epoch = _epochNow();
        assertEq(uint8(trading.getEpochResult(epoch).status), uint8(ITrading.EpochStatus.Open));
        _sell(alice, 1 ether, _price(0));
        _sell(carol, 1 ether, _price(0));
        _buy(bob, 1.5 ether, _price(5));
        _endEpoch();
        ITrading.EpochResult memory res = trading.getEpochResult(epoch);
        assertEq(uint8(res.status), uint8(ITrading.EpochStatus.Closed));
        assertEq(res.orderCount, 3);
        assertEq(res.endTime, res.startTime + EPOCH);
        // An ended epoch without orders has nothing to do.
        assertEq(uint8(trading.getEpochResult(epoch + 5).status), uint8(ITrading.EpochStatus.Open));
        _clear(epoch);
        // Two sellers split 1.5 kWh at the marginal level: allocation pending.
        assertEq(uint8(trading.getEpochResult(epoch).status), uint8(ITrading.EpochStatus.Cleared));
        assertTrue(trading.allocateMarginal(epoch, 10));
        assertEq(uint8(trading.getEpochResult(epoch).status), uint8(ITrading.EpochStatus.Settling));
        _settleAll(epoch);
        res = trading.getEpochResult(epoch);
        assertEq(uint8(res.status), uint8(ITrading.EpochStatus.Settled));
        assertEq(res.settledCount, 3);
        assertEq(res.volume, 1.5 ether);
        vm.warp(block.timestamp + 10 * EPOCH);
        assertEq(uint8(trading.getEpochResult(epoch + 3).status), uint8(ITrading.EpochStatus.Settled));
    }

    // ------------------------------------------------------------------ cancelling

    function test_cancelOrder_refundsAtOnce() public {
        uint256 sellId = _sell(alice, 2 ether, _price(3));
        uint256 buyId = _buy(bob, 2 ether, _price(50));
        uint256 aliceGrid = grid.balanceOf(alice);
        uint256 bobThb = thb.balanceOf(bob);
        vm.expectEmit(address(trading));
        emit ITrading.OrderCancelled(sellId, alice, 2 ether);
        vm.prank(alice);
        trading.cancelOrder(sellId);
        vm.prank(bob);
        trading.cancelOrder(buyId);
        assertEq(grid.balanceOf(alice), aliceGrid + 2 ether);
        assertEq(thb.balanceOf(bob), bobThb + _cost(2 ether, _price(50)));
        assertEq(grid.balanceOf(address(trading)), 0);
        assertEq(thb.balanceOf(address(trading)), 0);
        assertEq(uint8(trading.getOrder(sellId).status), uint8(ITrading.OrderStatus.Cancelled));
        (, uint256[] memory supply, uint256[] memory demand) = trading.getDepth(_epochNow());
        assertEq(supply[3], 0);
        assertEq(demand[50], 0);
    }

    function test_cancelOrder_whilePausedAndSuspended() public {
        uint256 id = _sell(alice, 2 ether, _price(3));
        vm.prank(marketPauser);
        trading.pause();
        vm.prank(pauser);
        grid.pause();
        _suspend(alice);
        uint256 balance = grid.balanceOf(alice);
        vm.prank(alice);
        trading.cancelOrder(id);
        assertEq(grid.balanceOf(alice), balance + 2 ether);
    }

    function test_RevertWhen_cancelOrderNotFound() public {
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ITrading.Trading__OrderNotFound.selector, 42));
        trading.cancelOrder(42);
    }

    function test_RevertWhen_cancelOrderNotOwner() public {
        uint256 id = _sell(alice, 2 ether, _price(3));
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(ITrading.Trading__NotOrderOwner.selector, id, bob));
        trading.cancelOrder(id);
    }

    function test_RevertWhen_cancelOrderTwice() public {
        uint256 id = _sell(alice, 2 ether, _price(3));
        vm.prank(alice);
        trading.cancelOrder(id);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ITrading.Trading__OrderNotOpen.selector, id));
        trading.cancelOrder(id);
    }

    function test_RevertWhen_cancelOrderEpochClosed() public {
        uint256 id = _sell(alice, 2 ether, _price(3));
        uint256 epoch = _epochNow();
        _endEpoch();
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ITrading.Trading__EpochClosed.selector, epoch));
        trading.cancelOrder(id);
    }

    // ------------------------------------------------------------------ clearing rules

    function _clearedPrice(uint256 epoch) internal view returns (uint256) {
        return trading.getEpochResult(epoch).clearingPrice;
    }

    function test_matchOrders_maximisesVolume() public {
        // Asks 1 @0 and 2 @10; bids 2 @20 and 1 @5.
        //   levels 0..9:   supply 1, demand >= 2 -> volume 1
        //   levels 10..20: supply 3, demand 2    -> volume 2 (surplus 1, supply above demand: the lowest)
        uint256 epoch = _epochNow();
        _sell(alice, 1 ether, _price(0));
        _sell(carol, 2 ether, _price(10));
        _buy(bob, 2 ether, _price(20));
        _buy(dave, 1 ether, _price(5));
        _endEpoch();
        vm.expectEmit(address(trading));
        emit ITrading.EpochCleared(epoch, _price(10), 2 ether, 0);
        _clear(epoch);
        assertEq(_clearedPrice(epoch), _price(10));
    }

    function test_matchOrders_minimisesSurplus() public {
        // Asks 2 @0 and 1 @30; bids 2 @40 and 1 @10.
        uint256 epoch = _epochNow();
        _sell(alice, 2 ether, _price(0));
        _sell(carol, 1 ether, _price(30));
        _buy(bob, 2 ether, _price(40));
        _buy(dave, 1 ether, _price(10));
        _endEpoch();
        _clear(epoch);
        // p in [0,10]: S=2, D=3 -> vol 2 surplus 1 (demand pressure)
        // p in [11,29]: S=2, D=2 -> vol 2 surplus 0
        // p in [30,40]: S=3, D=2 -> vol 2 surplus 1
        // Best: vol 2, surplus 0 at [11, 29]; no reference price: middle (11 + 29) / 2 = 20.
        assertEq(_clearedPrice(epoch), _price(20));
        assertEq(trading.getEpochResult(epoch).volume, 2 ether);
    }

    function test_matchOrders_demandPressureTakesHighest() public {
        // Supply 1 @0; demand 2 @50. Every price in [0, 50] has volume 1 and demand above supply: the highest.
        uint256 epoch = _epochNow();
        _sell(alice, 1 ether, _price(0));
        _buy(bob, 2 ether, _price(50));
        _runEpoch();
        assertEq(_clearedPrice(epoch), _price(50));
    }

    function test_matchOrders_supplyPressureTakesLowest() public {
        uint256 epoch = _epochNow();
        _sell(alice, 2 ether, _price(10));
        _buy(bob, 1 ether, _price(50));
        _runEpoch();
        assertEq(_clearedPrice(epoch), _price(10));
    }

    function test_matchOrders_nearestToLastTradedPrice() public {
        // Epoch 1 trades at 3.00 (level 80) by demand pressure.
        _sell(alice, 1 ether, _price(0));
        _buy(bob, 2 ether, _price(80));
        _runEpoch();
        assertEq(trading.lastTradedPrice(), _price(80));
        // Epoch 2: balanced book over [20, 60]: the nearest to 3.00 is 60.
        uint256 epoch = _epochNow();
        _sell(alice, 1 ether, _price(20));
        _buy(bob, 1 ether, _price(60));
        _runEpoch();
        assertEq(_clearedPrice(epoch), _price(60));
        // Epoch 3: balanced over [10, 100]: 60 (the last price) lies inside.
        epoch = _epochNow();
        _sell(alice, 1 ether, _price(10));
        _buy(bob, 1 ether, _price(100));
        _runEpoch();
        assertEq(_clearedPrice(epoch), _price(60));
        // Epoch 4: balanced over [70, 90]: the nearest to 60 is 70.
        epoch = _epochNow();
        _sell(alice, 1 ether, _price(70));
        _buy(bob, 1 ether, _price(90));
        _runEpoch();
        assertEq(_clearedPrice(epoch), _price(70));
    }

    function test_matchOrders_referenceOffGridTakesLowerOnTie() public {
        // Trade at 2.25 (level 5), then move the grid to 0.02 ticks from 2.20: 2.25 lies between 2.24 and 2.26.
        _sell(alice, 1 ether, _price(0));
        _buy(bob, 2 ether, _price(5));
        _runEpoch();
        ITrading.MarketRules memory r = _defaultRules();
        r.priceTick = 0.02e18;
        r.priceCeiling = FLOOR + 97 * 0.02e18;
        vm.prank(governance);
        trading.setMarketRules(r);
        _endEpoch();
        uint256 epoch = _epochNow();
        _sell(alice, 1 ether, FLOOR);
        _buy(bob, 1 ether, FLOOR + 10 * 0.02e18);
        _runEpoch();
        assertEq(_clearedPrice(epoch), 2.24e18);
    }

    function test_matchOrders_noCrossNoTrade() public {
        uint256 epoch = _epochNow();
        uint256 sellId = _sell(alice, 1 ether, _price(100));
        uint256 buyId = _buy(bob, 1 ether, _price(50));
        uint256 aliceGrid = grid.balanceOf(alice) + 1 ether;
        uint256 bobThb = thb.balanceOf(bob) + _cost(1 ether, _price(50));
        _endEpoch();
        vm.expectEmit(address(trading));
        emit ITrading.EpochCleared(epoch, 0, 0, 0);
        _clear(epoch);
        assertEq(uint8(trading.getEpochResult(epoch).status), uint8(ITrading.EpochStatus.Settling));
        assertTrue(trading.getOrder(sellId).fillFinal);
        assertEq(trading.getOrder(sellId).filledAmount, 0);
        _settleAll(epoch);
        assertEq(grid.balanceOf(alice), aliceGrid);
        assertEq(thb.balanceOf(bob), bobThb);
        assertEq(trading.lastTradedPrice(), 0);
        assertEq(uint8(trading.getOrder(buyId).status), uint8(ITrading.OrderStatus.Settled));
    }

    function test_matchOrders_oneSidedBook() public {
        uint256 epoch = _epochNow();
        _buy(bob, 1 ether, _price(50));
        _buy(carol, 1 ether, _price(60));
        _runEpoch();
        assertEq(trading.getEpochResult(epoch).volume, 0);
        assertEq(thb.balanceOf(address(trading)), 0);
    }

    function test_matchOrders_allCancelled() public {
        uint256 epoch = _epochNow();
        uint256 id = _sell(alice, 1 ether, _price(50));
        vm.prank(alice);
        trading.cancelOrder(id);
        _runEpoch();
        assertEq(trading.getEpochResult(epoch).volume, 0);
        assertEq(trading.getEpochResult(epoch).settledCount, 0);
    }

    function test_RevertWhen_matchOrdersNotMarketMaker() public {
        _expectUnauthorized(alice, trading.MARKET_MAKER_ROLE());
        vm.prank(alice);
        trading.matchOrders(0);
    }

    function test_RevertWhen_matchOrdersEpochNotEnded() public {
        _sell(alice, 1 ether, _price(50));
        (uint256 epoch, uint256 end) = trading.currentEpoch();
        vm.prank(keeper);
        vm.expectRevert(abi.encodeWithSelector(ITrading.Trading__EpochNotEnded.selector, epoch, end));
        trading.matchOrders(epoch);
    }

    function test_RevertWhen_matchOrdersEpochEmpty() public {
        _endEpoch();
        vm.prank(keeper);
        vm.expectRevert(abi.encodeWithSelector(ITrading.Trading__EpochEmpty.selector, 0));
        trading.matchOrders(0);
    }

    function test_RevertWhen_matchOrdersTwice() public {
        _sell(alice, 1 ether, _price(50));
        _endEpoch();
        _clear(0);
        vm.prank(keeper);
        vm.expectRevert(abi.encodeWithSelector(ITrading.Trading__EpochAlreadyCleared.selector, 0));
        trading.matchOrders(0);
    }

    function test_RevertWhen_matchOrdersOutOfOrder() public {
        uint256 first = _epochNow();
        _sell(alice, 1 ether, _price(50));
        vm.warp(block.timestamp + 3 * EPOCH); // epochs in between have no orders
        uint256 second = _epochNow();
        _sell(alice, 1 ether, _price(50));
        _endEpoch();
        vm.prank(keeper);
        vm.expectRevert(abi.encodeWithSelector(ITrading.Trading__EarlierEpochNotCleared.selector, first));
        trading.matchOrders(second);
        (bool pending, uint256 next) = trading.nextEpochToClear();
        assertTrue(pending);
        assertEq(next, first);
        _clear(first);
        _clear(second);
        (pending,) = trading.nextEpochToClear();
        assertFalse(pending);
    }

    function test_matchOrders_lateClearingSameResult() public {
        // The same two books cleared on time by one market and an hour late by another agree.
        Trading late = _deployTrading(_defaultConfig());
        for (uint256 k; k < 2; ++k) {
            Trading t = k == 0 ? trading : late;
            vm.startPrank(alice);
            grid.approve(address(t), type(uint256).max);
            t.createSellOrder(3 ether, _price(10));
            vm.stopPrank();
            vm.startPrank(carol);
            grid.approve(address(t), type(uint256).max);
            t.createSellOrder(2 ether, _price(40));
            vm.stopPrank();
            vm.startPrank(bob);
            thb.approve(address(t), type(uint256).max);
            t.createBuyOrder(4 ether, _price(60));
            vm.stopPrank();
        }
        _endEpoch();
        _clear(0);
        vm.warp(block.timestamp + 180 * EPOCH);
        vm.prank(keeper);
        late.matchOrders(0);
        assertEq(late.getEpochResult(0).clearingPrice, trading.getEpochResult(0).clearingPrice);
        assertEq(late.getEpochResult(0).volume, trading.getEpochResult(0).volume);
        assertEq(trading.getEpochResult(0).volume, 4 ether);
    }

    // ------------------------------------------------------------------ fills and settlement

    function test_settle_payerAndSellerAtClearingPrice() public {
        uint256 epoch = _epochNow();
        uint256 s1 = _sell(alice, 2 ether, _price(0));
        uint256 b1 = _buy(bob, 2 ether, _price(100));
        uint256 aliceThb = thb.balanceOf(alice);
        uint256 bobGrid = grid.balanceOf(bob);
        uint256 bobThb = thb.balanceOf(bob);
        _endEpoch();
        _clear(epoch);
        // Balanced over [0, 100]: middle level 50.
        uint256 price = _price(50);
        assertEq(_clearedPrice(epoch), price);
        vm.expectEmit(address(trading));
        emit ITrading.OrderSettled(s1, alice, 2 ether, 0, _cost(2 ether, price));
        vm.prank(keeper);
        assertEq(trading.settleOrders(epoch, 100), 2);
        assertEq(thb.balanceOf(alice), aliceThb + _cost(2 ether, price));
        assertEq(grid.balanceOf(bob), bobGrid + 2 ether);
        // The buyer escrowed 2 kWh at 3.20 and paid 2.70: the difference comes back.
        assertEq(thb.balanceOf(bob), bobThb + _cost(2 ether, _price(100)) - _cost(2 ether, price));
        assertEq(trading.getOrder(b1).filledAmount, 2 ether);
        assertEq(grid.balanceOf(address(trading)), 0);
        assertEq(thb.balanceOf(address(trading)), 0);
    }

    function test_settle_pricePriorityThenProRata() public {
        uint256 epoch = _epochNow();
        // Cheap seller fills whole; three sellers at the marginal level 10 share the rest.
        uint256 cheap = _sell(alice, 1 ether, _price(0));
        uint256 m1 = _sell(bob, 0.1 ether, _price(10));
        uint256 m2 = _sell(carol, 0.2 ether, _price(10));
        uint256 m3 = _sell(dave, 0.2 ether, _price(10));
        uint256 dear = _sell(alice, 5 ether, _price(30));
        // Demand: 1.101 kWh at 0.20 (level 20).
        address eve = _trader("eve");
        uint256 b = _buy(eve, 1.101 ether, _price(20));
        _endEpoch();
        _clear(epoch);
        // Volume 1.101 at levels [10, 20): marginal split of 0.101 kWh = 101 quanta over 500 quanta:
        // shares 100*101/500 = 20.2 -> 20, 200*101/500 = 40.4 -> 40, 40 -> leftover 1 to the earliest (m1).
        assertEq(trading.getOrder(cheap).filledAmount, 1 ether);
        assertFalse(trading.getOrder(m1).fillFinal);
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(ITrading.Trading__AllocationPending.selector, epoch));
        trading.claim(m1);
        assertTrue(trading.allocateMarginal(epoch, 100));
        assertEq(trading.getOrder(m1).filledAmount, 21 * QUANTUM);
        assertEq(trading.getOrder(m2).filledAmount, 40 * QUANTUM);
        assertEq(trading.getOrder(m3).filledAmount, 40 * QUANTUM);
        assertEq(trading.getOrder(dear).filledAmount, 0);
        assertEq(trading.getOrder(b).filledAmount, 1.101 ether);
        _settleAll(epoch);
        assertEq(grid.balanceOf(address(trading)), 0);
        assertEq(thb.balanceOf(address(trading)), 0);
    }

    function test_allocateMarginal_skipsCancelledOrders() public {
        uint256 epoch = _epochNow();
        // Five buyers at level 50, the second cancelled; supply 0.503 kWh at level 0 is the short side.
        uint256[5] memory ids;
        address[5] memory who = [alice, bob, carol, dave, _trader("eve")];
        for (uint256 i; i < 5; ++i) {
            ids[i] = _buy(who[i], 0.2 ether, _price(50));
        }
        vm.prank(bob);
        trading.cancelOrder(ids[1]);
        _sell(alice, 0.503 ether, _price(0));
        _endEpoch();
        _clear(epoch);
        // 503 quanta over 4 live orders of 200 quanta: 125.75 each -> 125, leftover 3 to the three earliest live.
        uint256 steps;
        while (!trading.allocateMarginal(epoch, 1)) {
            ++steps;
        }
        assertGt(steps, 3); // one order per call: bounded work
        assertEq(trading.getOrder(ids[0]).filledAmount, 126 * QUANTUM);
        assertEq(trading.getOrder(ids[1]).filledAmount, 0);
        assertEq(trading.getOrder(ids[2]).filledAmount, 126 * QUANTUM);
        assertEq(trading.getOrder(ids[3]).filledAmount, 126 * QUANTUM);
        assertEq(trading.getOrder(ids[4]).filledAmount, 125 * QUANTUM);
        _settleAll(epoch);
        assertEq(thb.balanceOf(address(trading)), 0);
    }

    function test_RevertWhen_allocateMarginalNotCleared() public {
        _sell(alice, 1 ether, _price(0));
        vm.expectRevert(abi.encodeWithSelector(ITrading.Trading__EpochNotCleared.selector, 0));
        trading.allocateMarginal(0, 10);
    }

    function test_allocateMarginal_doneIsNoOp() public {
        _sell(alice, 1 ether, _price(0));
        _buy(bob, 1 ether, _price(0));
        _endEpoch();
        _clear(0);
        assertTrue(trading.allocateMarginal(0, 10));
        assertTrue(trading.allocateMarginal(0, 10));
    }

    function test_settle_wheelingFeeToGridOperator() public {
        ITrading.MarketRules memory r = _defaultRules();
        r.wheelingFeePerKwh = 0.3e18;
        vm.prank(governance);
        trading.setMarketRules(r);
        _endEpoch();
        uint256 epoch = _epochNow();
        _sell(alice, 2 ether, _price(0));
        _buy(bob, 2 ether, _price(0));
        uint256 bobThb = thb.balanceOf(bob);
        uint256 aliceThb = thb.balanceOf(alice);
        _endEpoch();
        vm.expectEmit(address(trading));
        emit ITrading.EpochCleared(epoch, FLOOR, 2 ether, 0.6e18);
        _clear(epoch);
        assertEq(thb.balanceOf(gridOperator), 0.6e18);
        _settleAll(epoch);
        assertEq(thb.balanceOf(alice), aliceThb + _cost(2 ether, FLOOR));
        assertEq(thb.balanceOf(bob), bobThb); // paid exactly its escrow: price + fee
        assertEq(thb.balanceOf(address(trading)), 0);
    }

    function test_settle_suspendedUserAndPausedToken() public {
        uint256 epoch = _epochNow();
        _sell(alice, 2 ether, _price(0));
        _buy(bob, 3 ether, _price(10));
        _suspend(alice);
        _suspend(bob);
        vm.prank(pauser);
        grid.pause();
        vm.prank(marketPauser);
        trading.pause();
        uint256 bobGrid = grid.balanceOf(bob);
        _runEpoch();
        assertEq(grid.balanceOf(bob), bobGrid + 2 ether);
        assertEq(grid.balanceOf(address(trading)), 0);
        assertEq(thb.balanceOf(address(trading)), 0);
        assertEq(trading.getEpochResult(epoch).volume, 2 ether);
    }

    function test_RevertWhen_settleOrdersNotMarketMaker() public {
        _expectUnauthorized(alice, trading.MARKET_MAKER_ROLE());
        vm.prank(alice);
        trading.settleOrders(0, 10);
    }

    function test_RevertWhen_settleOrdersNotCleared() public {
        _sell(alice, 1 ether, _price(0));
        vm.prank(keeper);
        vm.expectRevert(abi.encodeWithSelector(ITrading.Trading__EpochNotCleared.selector, 0));
        trading.settleOrders(0, 10);
    }

    function test_RevertWhen_settleOrdersAllocationPending() public {
        _sell(alice, 1 ether, _price(0));
        _sell(bob, 1 ether, _price(0));
        _buy(carol, 1.001 ether, _price(0));
        _endEpoch();
        _clear(0);
        vm.prank(keeper);
        vm.expectRevert(abi.encodeWithSelector(ITrading.Trading__AllocationPending.selector, 0));
        trading.settleOrders(0, 10);
    }

    function test_settleOrders_boundedBatchesAndSettledNoOp() public {
        for (uint256 i; i < 25; ++i) {
            _sell(alice, 1 ether, _price(i));
            _buy(bob, 1 ether, _price(100 + i));
        }
        _endEpoch();
        _clear(0);
        trading.allocateMarginal(0, 1000);
        vm.startPrank(keeper);
        assertEq(trading.settleOrders(0, 20), 20);
        assertEq(trading.getEpochResult(0).settleCursor, 20);
        assertEq(trading.settleOrders(0, 20), 20);
        assertEq(trading.settleOrders(0, 20), 10);
        assertEq(uint8(trading.getEpochResult(0).status), uint8(ITrading.EpochStatus.Settled));
        assertEq(trading.settleOrders(0, 20), 0);
        vm.stopPrank();
    }

    // ------------------------------------------------------------------ claims

    function test_claim_beforeKeeperBatch() public {
        uint256 epoch = _epochNow();
        uint256 s1 = _sell(alice, 2 ether, _price(0));
        uint256 b1 = _buy(bob, 2 ether, _price(0));
        _endEpoch();
        _clear(epoch);
        uint256 aliceThb = thb.balanceOf(alice);
        vm.prank(alice);
        trading.claim(s1);
        assertEq(thb.balanceOf(alice), aliceThb + _cost(2 ether, FLOOR));
        assertEq(uint8(trading.getOrder(s1).status), uint8(ITrading.OrderStatus.Settled));
        assertEq(trading.getEpochResult(epoch).settledCount, 1);
        // The batch skips the claimed order.
        vm.prank(keeper);
        assertEq(trading.settleOrders(epoch, 100), 1);
        assertEq(trading.getEpochResult(epoch).settledCount, 2);
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(ITrading.Trading__OrderNotOpen.selector, b1));
        trading.claim(b1);
    }

    function test_claim_whileSuspendedAndPaused() public {
        uint256 id = _sell(alice, 2 ether, _price(50));
        _endEpoch();
        _clear(0);
        _suspend(alice);
        vm.prank(pauser);
        grid.pause();
        uint256 balance = grid.balanceOf(alice);
        vm.prank(alice);
        trading.claim(id);
        assertEq(grid.balanceOf(alice), balance + 2 ether);
    }

    function test_RevertWhen_claimNotOwner() public {
        uint256 id = _sell(alice, 2 ether, _price(50));
        _endEpoch();
        _clear(0);
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(ITrading.Trading__NotOrderOwner.selector, id, bob));
        trading.claim(id);
    }

    function test_RevertWhen_claimNotCleared() public {
        uint256 id = _sell(alice, 2 ether, _price(50));
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ITrading.Trading__EpochNotCleared.selector, 0));
        trading.claim(id);
    }

    function test_RevertWhen_claimUnknownOrder() public {
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ITrading.Trading__OrderNotFound.selector, 7));
        trading.claim(7);
    }

    // ------------------------------------------------------------------ automation

    function _check() internal returns (bool needed, bytes memory data) {
        vm.prank(address(0), address(0));
        (needed, data) = trading.checkUpkeep("");
    }

    function _perform(bytes memory data) internal {
        vm.prank(keeper);
        trading.performUpkeep(data);
    }

    function test_RevertWhen_checkUpkeepExecuted() public {
        vm.prank(alice, alice);
        vm.expectRevert(AutomationBase.OnlySimulatedBackend.selector);
        trading.checkUpkeep("");
    }

    function test_checkUpkeep_walksTheEpochLifecycle() public {
        (bool needed,) = _check();
        assertFalse(needed);
        uint256 epoch = _epochNow();
        _sell(alice, 1 ether, _price(0));
        _sell(carol, 1 ether, _price(0));
        _buy(bob, 1.5 ether, _price(9));
        (needed,) = _check();
        assertFalse(needed); // the epoch is still open
        _endEpoch();
        bytes memory data;
        (needed, data) = _check();
        assertTrue(needed);
        assertEq(data, abi.encode(ITrading.UpkeepAction.Clear, epoch, 0));
        _perform(data);
        (needed, data) = _check();
        assertEq(data, abi.encode(ITrading.UpkeepAction.Allocate, epoch, 0));
        _perform(data);
        (needed, data) = _check();
        assertEq(data, abi.encode(ITrading.UpkeepAction.Settle, epoch, 0));
        vm.prank(governance);
        trading.setSettleBatchSize(2);
        _perform(data);
        (needed, data) = _check();
        assertEq(data, abi.encode(ITrading.UpkeepAction.Settle, epoch, 2));
        _perform(data);
        (needed,) = _check();
        assertFalse(needed);
        assertEq(uint8(trading.getEpochResult(epoch).status), uint8(ITrading.EpochStatus.Settled));
    }

    function test_checkUpkeep_clearsBeforeSettling() public {
        _sell(alice, 1 ether, _price(0));
        _buy(bob, 1 ether, _price(0));
        _endEpoch();
        (, bytes memory data) = _check();
        _perform(data); // epoch 0 cleared, settling pending
        uint256 next = _epochNow();
        _sell(alice, 1 ether, _price(0));
        _endEpoch();
        (, data) = _check();
        assertEq(data, abi.encode(ITrading.UpkeepAction.Clear, next, 0));
        _perform(data);
        (, data) = _check();
        assertEq(data, abi.encode(ITrading.UpkeepAction.Settle, 0, 0));
    }

    function test_performUpkeep_workDoneIsNoOp() public {
        _sell(alice, 1 ether, _price(0));
        _buy(bob, 1 ether, _price(0));
        _endEpoch();
        (, bytes memory clearData) = _check();
        _perform(clearData);
        vm.expectEmit(address(trading));
        emit ITrading.UpkeepSkipped(ITrading.UpkeepAction.Clear, 0, 0);
        _perform(clearData); // a second keeper with the same data
        (, bytes memory settleData) = _check();
        _perform(settleData);
        vm.expectEmit(address(trading));
        emit ITrading.UpkeepSkipped(ITrading.UpkeepAction.Settle, 0, 0);
        _perform(settleData);
        vm.expectEmit(address(trading));
        emit ITrading.UpkeepSkipped(ITrading.UpkeepAction.Allocate, 0, 0);
        _perform(abi.encode(ITrading.UpkeepAction.Allocate, 0, 0));
    }

    function test_performUpkeep_settleSkipsClaimedWork() public {
        uint256 s1 = _sell(alice, 1 ether, _price(0));
        _buy(bob, 1 ether, _price(0));
        _endEpoch();
        _clear(0);
        (, bytes memory data) = _check();
        vm.prank(alice);
        trading.claim(s1);
        _perform(data); // settles only the buyer
        assertEq(trading.getEpochResult(0).settledCount, 2);
        assertEq(uint8(trading.getEpochResult(0).status), uint8(ITrading.EpochStatus.Settled));
    }

    function test_RevertWhen_performUpkeepInvalid() public {
        vm.startPrank(keeper);
        vm.expectRevert(ITrading.Trading__InvalidPerformData.selector);
        trading.performUpkeep("");
        vm.expectRevert(ITrading.Trading__InvalidPerformData.selector);
        trading.performUpkeep(abi.encode(uint256(9), 0, 0));
        vm.expectRevert(ITrading.Trading__InvalidPerformData.selector);
        trading.performUpkeep(abi.encode(ITrading.UpkeepAction.None, 0, 0));
        vm.stopPrank();
        _sell(alice, 1 ether, _price(0));
        _buy(bob, 1 ether, _price(0));
        _endEpoch();
        vm.startPrank(keeper);
        vm.expectRevert(abi.encodeWithSelector(ITrading.Trading__EpochNotCleared.selector, 0));
        trading.performUpkeep(abi.encode(ITrading.UpkeepAction.Settle, 0, 0));
        vm.expectRevert(abi.encodeWithSelector(ITrading.Trading__EpochNotCleared.selector, 0));
        trading.performUpkeep(abi.encode(ITrading.UpkeepAction.Allocate, 0, 0));
        trading.matchOrders(0);
        vm.expectRevert(ITrading.Trading__InvalidPerformData.selector);
        trading.performUpkeep(abi.encode(ITrading.UpkeepAction.Settle, 0, 5)); // a cursor from nowhere
        vm.stopPrank();
    }

    function test_RevertWhen_performUpkeepNotMarketMaker() public {
        _expectUnauthorized(alice, trading.MARKET_MAKER_ROLE());
        vm.prank(alice);
        trading.performUpkeep(abi.encode(ITrading.UpkeepAction.Clear, 0, 0));
    }

    function test_RevertWhen_performUpkeepSettleBeforeAllocation() public {
        _sell(alice, 1 ether, _price(0));
        _sell(bob, 1 ether, _price(0));
        _buy(carol, 1.001 ether, _price(0));
        _endEpoch();
        _clear(0);
        vm.prank(keeper);
        vm.expectRevert(abi.encodeWithSelector(ITrading.Trading__AllocationPending.selector, 0));
        trading.performUpkeep(abi.encode(ITrading.UpkeepAction.Settle, 0, 0));
    }

    function test_checkUpkeep_epochsSettledOutOfOrder() public {
        _sell(alice, 1 ether, _price(0));
        _buy(bob, 1 ether, _price(0));
        _endEpoch();
        uint256 second = _epochNow();
        _sell(alice, 1 ether, _price(0));
        _buy(bob, 1 ether, _price(0));
        _endEpoch();
        _clear(0);
        _clear(second);
        // The later epoch is settled first, directly.
        vm.prank(keeper);
        trading.settleOrders(second, 100);
        (bool needed, bytes memory data) = _check();
        assertTrue(needed);
        assertEq(data, abi.encode(ITrading.UpkeepAction.Settle, 0, 0));
        _perform(data);
        (needed,) = _check();
        assertFalse(needed);
    }

    // ------------------------------------------------------------------ fuzz

    function testFuzz_createOrder_escrowMatchesAmountAndPrice(uint256 quanta, uint256 level, bool buy) public {
        quanta = bound(quanta, 100, 1_000_000);
        level = bound(level, 0, LEVELS - 1);
        uint256 amount = quanta * QUANTUM;
        uint256 gridBefore = grid.balanceOf(alice);
        uint256 thbBefore = thb.balanceOf(alice);
        uint256 id = buy ? _buy(alice, amount, _price(level)) : _sell(alice, amount, _price(level));
        if (buy) assertEq(thbBefore - thb.balanceOf(alice), _cost(amount, _price(level)));
        else assertEq(gridBefore - grid.balanceOf(alice), amount);
        ITrading.OrderInfo memory o = trading.getOrder(id);
        assertEq(o.amount, amount);
        assertEq(o.limitPrice, _price(level));
        vm.prank(alice);
        trading.cancelOrder(id);
        assertEq(grid.balanceOf(alice), gridBefore);
        assertEq(thb.balanceOf(alice), thbBefore);
    }

    function testFuzz_createOrder_offGridReverts(uint256 price) public {
        price = bound(price, 0, 10e18);
        bool onGrid = price >= FLOOR && price <= CEILING && (price - FLOOR) % TICK == 0;
        vm.assume(!onGrid);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ITrading.Trading__PriceOffGrid.selector, price));
        trading.createSellOrder(1 ether, price);
    }

    function testFuzz_epoch_individuallyRationalAndConserving(uint256 seed, uint8 nOrders) public {
        nOrders = uint8(bound(nOrders, 1, 40));
        address[4] memory who = [alice, bob, carol, dave];
        uint256 epoch = _epochNow();
        uint256 gridTotal = grid.balanceOf(alice) + grid.balanceOf(bob) + grid.balanceOf(carol) + grid.balanceOf(dave);
        uint256 thbTotal = thb.balanceOf(alice) + thb.balanceOf(bob) + thb.balanceOf(carol) + thb.balanceOf(dave);
        uint256[] memory ids = new uint256[](nOrders);
        for (uint256 i; i < nOrders; ++i) {
            uint256 r = uint256(keccak256(abi.encode(seed, i)));
            uint256 level = r % 40;
            uint256 amount = (100 + (r >> 8) % 3000) * QUANTUM;
            ids[i] =
                (r >> 40) % 2 == 0 ? _sell(who[i % 4], amount, _price(level)) : _buy(who[i % 4], amount, _price(level));
        }
        _runEpoch();
        uint256 price = trading.getEpochResult(epoch).clearingPrice;
        uint256 sold;
        uint256 bought;
        for (uint256 i; i < nOrders; ++i) {
            ITrading.OrderInfo memory o = trading.getOrder(ids[i]);
            assertLe(o.filledAmount, o.amount);
            assertEq(o.filledAmount % QUANTUM, 0);
            if (o.filledAmount > 0) {
                if (o.side == ITrading.Side.Sell) assertLe(o.limitPrice, price);
                else assertGe(o.limitPrice, price);
            }
            if (o.side == ITrading.Side.Sell) sold += o.filledAmount;
            else bought += o.filledAmount;
        }
        assertEq(sold, bought);
        assertEq(sold, trading.getEpochResult(epoch).volume);
        assertEq(grid.balanceOf(address(trading)), 0);
        assertEq(thb.balanceOf(address(trading)), 0);
        assertEq(grid.balanceOf(alice) + grid.balanceOf(bob) + grid.balanceOf(carol) + grid.balanceOf(dave), gridTotal);
        assertEq(thb.balanceOf(alice) + thb.balanceOf(bob) + thb.balanceOf(carol) + thb.balanceOf(dave), thbTotal);
    }
}
