// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {CampusBase} from "./CampusBase.sol";
import {Trading} from "../../src/Trading.sol";
import {ITrading} from "../../src/interfaces/ITrading.sol";
import {IRegistry} from "../../src/interfaces/IRegistry.sol";

/// @notice Shared setup for the Trading tests: the campus contracts plus a Trading market with the
/// default Thai tariff grid (2.20 to 4.15 THB/kWh, 0.01 ticks: 196 levels), 20-second epochs, the
/// roles wired as on the devnet, and helpers to fund traders, place orders and run an epoch to the end.
abstract contract TradingFixture is CampusBase {
    Trading internal trading;

    address internal keeper = makeAddr("keeper");
    address internal marketPauser = makeAddr("marketPauser");
    address internal gridOperator = makeAddr("gridOperator");

    uint64 internal constant EPOCH = 20;
    uint256 internal constant FLOOR = 2.2e18;
    uint256 internal constant CEILING = 4.15e18;
    uint256 internal constant TICK = 0.01e18;
    uint256 internal constant QUANTUM = 1e15;
    uint256 internal constant MIN_ORDER = 1e17;
    uint256 internal constant LEVELS = 196;
    uint256 internal constant FUND_GRID = 1_000_000 ether;
    uint256 internal constant FUND_THB = 10_000_000 ether;

    function setUp() public virtual override {
        super.setUp();
        vm.warp(1_700_000_000);
        trading = _deployTrading(_defaultConfig());
    }

    function _defaultConfig() internal view returns (ITrading.MarketConfig memory config) {
        config = ITrading.MarketConfig({
            epochLength: EPOCH,
            firstEpochStart: 0,
            priceFloor: FLOOR,
            priceCeiling: CEILING,
            priceTick: TICK,
            amountQuantum: QUANTUM,
            minOrderAmount: MIN_ORDER,
            maxOrdersPerUser: 100,
            maxOrdersPerEpoch: 10_000,
            wheelingFeePerKwh: 0,
            gridOperator: gridOperator,
            settleBatchSize: 100
        });
    }

    function _defaultRules() internal pure returns (ITrading.MarketRules memory) {
        return ITrading.MarketRules({
            priceFloor: FLOOR,
            priceCeiling: CEILING,
            priceTick: TICK,
            amountQuantum: QUANTUM,
            minOrderAmount: MIN_ORDER,
            maxOrdersPerUser: 100,
            maxOrdersPerEpoch: 10_000,
            wheelingFeePerKwh: 0
        });
    }

    function _deployTrading(ITrading.MarketConfig memory config) internal returns (Trading t) {
        t = new Trading(registry, grid, thb, governance, config);
        vm.startPrank(governance);
        grid.grantRole(grid.SYSTEM_ROLE(), address(t));
        thb.grantRole(thb.SYSTEM_ROLE(), address(t));
        t.grantRole(t.MARKET_MAKER_ROLE(), keeper);
        t.grantRole(t.PAUSER_ROLE(), marketPauser);
        vm.stopPrank();
        // The grid operator receives fees in the payment token only; it is registered so it could hold GRID too.
        if (!registry.isRegistered(config.gridOperator)) _register(config.gridOperator, IRegistry.UserType.Consumer);
    }

    /// @dev A verified user holding GRID and payment tokens, with both approved to the market.
    function _trader(string memory name) internal returns (address account) {
        account = _newProsumer(name);
        _fund(account);
    }

    function _fund(address account) internal {
        _mintGrid(account, FUND_GRID);
        _topUp(account, FUND_THB);
        vm.startPrank(account);
        grid.approve(address(trading), type(uint256).max);
        thb.approve(address(trading), type(uint256).max);
        vm.stopPrank();
    }

    function _sell(address account, uint256 amount, uint256 price) internal returns (uint256 id) {
        vm.prank(account);
        id = trading.createSellOrder(amount, price);
    }

    function _buy(address account, uint256 amount, uint256 price) internal returns (uint256 id) {
        vm.prank(account);
        id = trading.createBuyOrder(amount, price);
    }

    function _price(uint256 level) internal pure returns (uint256) {
        return FLOOR + level * TICK;
    }

    function _epochNow() internal view returns (uint256 epoch) {
        (epoch,) = trading.currentEpoch();
    }

    function _endEpoch() internal {
        (, uint256 end) = trading.currentEpoch();
        vm.warp(end);
    }

    function _clear(uint256 epoch) internal {
        vm.prank(keeper);
        trading.matchOrders(epoch);
    }

    function _allocateAll(uint256 epoch) internal {
        for (uint256 i; i < 1000; ++i) {
            if (trading.allocateMarginal(epoch, 50)) return;
        }
        revert("allocation did not finish");
    }

    function _settleAll(uint256 epoch) internal {
        for (uint256 i; i < 1000; ++i) {
            if (trading.getEpochResult(epoch).status == ITrading.EpochStatus.Settled) return;
            vm.prank(keeper);
            trading.settleOrders(epoch, 100);
        }
        revert("settlement did not finish");
    }

    /// @dev Ends the current epoch and clears, allocates and settles it.
    function _runEpoch() internal returns (uint256 epoch) {
        epoch = _epochNow();
        _endEpoch();
        _clear(epoch);
        _allocateAll(epoch);
        _settleAll(epoch);
    }

    function _cost(uint256 amount, uint256 price) internal pure returns (uint256) {
        return amount * price / 1e18;
    }
}
