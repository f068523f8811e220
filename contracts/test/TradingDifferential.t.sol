// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {TradingFixture} from "./utils/TradingFixture.sol";
import {ITrading} from "../src/interfaces/ITrading.sol";

/// @notice Differential test: the contract's clearing against a brute-force reference written from the
/// market rules (every tick price tried, no shortcut the contract takes: no contiguity of the candidate
/// set, no aggregation, pro-rata and leftovers order by order). Random books with ties, equal prices,
/// one-sided and empty books, single orders, minimum amounts and cancellations; optionally a reference
/// price from an earlier traded epoch.
contract TradingDifferentialTest is TradingFixture {
    struct RefOrder {
        uint256 id;
        uint256 trader;
        bool buy;
        uint256 level;
        uint256 quanta;
        bool cancelled;
        uint256 fill;
    }

    uint256 internal constant TRADERS = 6;
    address[TRADERS] internal traders;

    function setUp() public override {
        super.setUp();
        for (uint256 i; i < TRADERS; ++i) {
            traders[i] = _trader(string(abi.encodePacked("trader", vm.toString(i))));
        }
    }

    // ------------------------------------------------------------------ reference

    function _refPrice(RefOrder[] memory book, uint256 lastPrice)
        internal
        pure
        returns (bool traded, uint256 level, uint256 volume)
    {
        uint256[] memory s = new uint256[](LEVELS);
        uint256[] memory d = new uint256[](LEVELS);
        for (uint256 p; p < LEVELS; ++p) {
            for (uint256 i; i < book.length; ++i) {
                RefOrder memory o = book[i];
                if (o.cancelled) continue;
                if (!o.buy && o.level <= p) s[p] += o.quanta;
                if (o.buy && o.level >= p) d[p] += o.quanta;
            }
        }
        // (1) maximum volume
        for (uint256 p; p < LEVELS; ++p) {
            uint256 v = s[p] < d[p] ? s[p] : d[p];
            if (v > volume) volume = v;
        }
        if (volume == 0) return (false, 0, 0);
        return (true, _refChoose(s, d, _refCandidates(s, d, volume), lastPrice), volume);
    }

    /// @dev (2) the maximum-volume prices with the minimum surplus.
    function _refCandidates(uint256[] memory s, uint256[] memory d, uint256 volume)
        internal
        pure
        returns (bool[] memory cand)
    {
        uint256 minSurplus = type(uint256).max;
        for (uint256 p; p < LEVELS; ++p) {
            if ((s[p] < d[p] ? s[p] : d[p]) != volume) continue;
            uint256 sur = s[p] > d[p] ? s[p] - d[p] : d[p] - s[p];
            if (sur < minSurplus) minSurplus = sur;
        }
        cand = new bool[](LEVELS);
        for (uint256 p; p < LEVELS; ++p) {
            if ((s[p] < d[p] ? s[p] : d[p]) != volume) continue;
            if ((s[p] > d[p] ? s[p] - d[p] : d[p] - s[p]) != minSurplus) continue;
            cand[p] = true;
        }
    }

    /// @dev (3) market pressure, (4) nearest to the last traded price (lower on a tie), else the middle.
    function _refChoose(uint256[] memory s, uint256[] memory d, bool[] memory cand, uint256 lastPrice)
        internal
        pure
        returns (uint256 level)
    {
        bool allDemand = true;
        bool allSupply = true;
        uint256 lowest = type(uint256).max;
        uint256 highest;
        for (uint256 p; p < LEVELS; ++p) {
            if (!cand[p]) continue;
            if (!(d[p] > s[p])) allDemand = false;
            if (!(s[p] > d[p])) allSupply = false;
            if (p < lowest) lowest = p;
            if (p > highest) highest = p;
        }
        if (allDemand) return highest;
        if (allSupply) return lowest;
        if (lastPrice == 0) {
            uint256 mid = ((FLOOR + lowest * TICK) + (FLOOR + highest * TICK)) / 2;
            return (mid - FLOOR) / TICK;
        }
        uint256 bestDist = type(uint256).max;
        for (uint256 p; p < LEVELS; ++p) {
            if (!cand[p]) continue;
            uint256 price = FLOOR + p * TICK;
            uint256 dist = price > lastPrice ? price - lastPrice : lastPrice - price;
            if (dist < bestDist) {
                bestDist = dist;
                level = p;
            }
        }
    }

    /// @dev Fills one side: price priority, then pro-rata in whole quanta at the marginal level with the
    /// leftover quanta one each to the marginal orders in placement order.
    function _refFill(RefOrder[] memory book, bool buy, uint256 clearing, uint256 volume) internal pure {
        uint256 remaining = volume;
        // Visit price levels best first: sellers from the lowest ask, buyers from the highest bid.
        for (uint256 k; k < LEVELS && remaining > 0; ++k) {
            uint256 p = buy ? LEVELS - 1 - k : k;
            if (buy ? p < clearing : p > clearing) break;
            uint256 total;
            for (uint256 i; i < book.length; ++i) {
                if (!book[i].cancelled && book[i].buy == buy && book[i].level == p) total += book[i].quanta;
            }
            if (total == 0) continue;
            if (total <= remaining) {
                for (uint256 i; i < book.length; ++i) {
                    if (!book[i].cancelled && book[i].buy == buy && book[i].level == p) book[i].fill = book[i].quanta;
                }
                remaining -= total;
                continue;
            }
            uint256 given;
            for (uint256 i; i < book.length; ++i) {
                if (!book[i].cancelled && book[i].buy == buy && book[i].level == p) {
                    book[i].fill = book[i].quanta * remaining / total;
                    given += book[i].fill;
                }
            }
            // book is in placement order
            for (uint256 i; i < book.length && given < remaining; ++i) {
                if (!book[i].cancelled && book[i].buy == buy && book[i].level == p) {
                    ++book[i].fill;
                    ++given;
                }
            }
            remaining = 0;
        }
    }

    // ------------------------------------------------------------------ driver

    int256[TRADERS] internal gridDelta;
    int256[TRADERS] internal thbDelta;
    uint256[TRADERS] internal gridBefore;
    uint256[TRADERS] internal thbBefore;

    function _checkBook(uint256 seed, uint256 n, uint256 spread, uint256 lastLevel, bool withReference) internal {
        if (withReference) {
            // An earlier epoch trades exactly at lastLevel (a single crossing price).
            _sell(traders[0], 1 ether, _price(lastLevel));
            _buy(traders[1], 1 ether, _price(lastLevel));
            _runEpoch();
            assertEq(trading.lastTradedPrice(), _price(lastLevel));
        }
        uint256 lastPrice = trading.lastTradedPrice();
        uint256 epoch = _epochNow();
        for (uint256 t; t < TRADERS; ++t) {
            gridBefore[t] = grid.balanceOf(traders[t]);
            thbBefore[t] = thb.balanceOf(traders[t]);
            gridDelta[t] = 0;
            thbDelta[t] = 0;
        }
        RefOrder[] memory book = _placeBook(seed, n, spread);

        (bool traded, uint256 level, uint256 volume) = _refPrice(book, lastPrice);
        if (traded) {
            _refFill(book, false, level, volume);
            _refFill(book, true, level, volume);
        }
        _endEpoch();
        if (n == 0) {
            assertEq(uint8(trading.getEpochResult(epoch).status), uint8(ITrading.EpochStatus.Settled));
            return;
        }
        _clear(epoch);
        ITrading.EpochResult memory res = trading.getEpochResult(epoch);
        assertEq(res.clearingPrice, traded ? _price(level) : 0, "clearing price");
        assertEq(res.volume, volume * QUANTUM, "volume");
        _allocateAll(epoch);
        _checkFills(book, res.clearingPrice);
        _settleAll(epoch);
        for (uint256 t; t < TRADERS; ++t) {
            assertEq(int256(grid.balanceOf(traders[t])) - int256(gridBefore[t]), gridDelta[t], "grid delta");
            assertEq(int256(thb.balanceOf(traders[t])) - int256(thbBefore[t]), thbDelta[t], "thb delta");
        }
        assertEq(grid.balanceOf(address(trading)), 0);
        assertEq(thb.balanceOf(address(trading)), 0);
    }

    function _placeBook(uint256 seed, uint256 n, uint256 spread) internal returns (RefOrder[] memory book) {
        uint256 base = uint256(keccak256(abi.encode(seed, "base"))) % (LEVELS - spread);
        book = new RefOrder[](n);
        for (uint256 i; i < n; ++i) {
            uint256 r = uint256(keccak256(abi.encode(seed, i)));
            RefOrder memory o = book[i];
            o.trader = r % TRADERS;
            o.buy = (r >> 8) % 2 == 1;
            o.level = base + (r >> 16) % spread;
            // a third at the minimum, the rest up to 2.5 kWh
            o.quanta = (r >> 32) % 3 == 0 ? 100 : 100 + (r >> 40) % 2400;
            o.id = o.buy
                ? _buy(traders[o.trader], o.quanta * QUANTUM, _price(o.level))
                : _sell(traders[o.trader], o.quanta * QUANTUM, _price(o.level));
        }
        for (uint256 i; i < n; ++i) {
            if (uint256(keccak256(abi.encode(seed, i, "cancel"))) % 8 == 0) {
                book[i].cancelled = true;
                vm.prank(traders[book[i].trader]);
                trading.cancelOrder(book[i].id);
            }
        }
    }

    function _checkFills(RefOrder[] memory book, uint256 price) internal {
        for (uint256 i; i < book.length; ++i) {
            RefOrder memory o = book[i];
            ITrading.OrderInfo memory info = trading.getOrder(o.id);
            assertTrue(info.fillFinal);
            assertEq(info.filledAmount, o.fill * QUANTUM, "fill");
            int256 amount = int256(o.fill * QUANTUM);
            int256 pay = int256(o.fill * QUANTUM * price / 1e18);
            if (o.buy) {
                gridDelta[o.trader] += amount;
                thbDelta[o.trader] -= pay;
            } else {
                gridDelta[o.trader] -= amount;
                thbDelta[o.trader] += pay;
            }
        }
    }

    function testFuzz_differential_randomBooks(uint256 seed, uint8 n, uint8 spread, uint8 lastLevel, bool ref) public {
        n = uint8(bound(n, 0, 30));
        spread = uint8(bound(spread, 1, 12)); // few levels: many ties and shared marginal levels
        lastLevel = uint8(bound(lastLevel, 0, LEVELS - 1));
        _checkBook(seed, n, spread, lastLevel, ref);
    }

    function test_differential_emptyBook() public {
        _checkBook(1, 0, 1, 0, false);
    }

    function test_differential_singleOrder() public {
        _checkBook(2, 1, 1, 0, false);
    }

    function test_differential_allAtOneLevel() public {
        _checkBook(3, 25, 1, 0, false);
        _checkBook(4, 25, 1, 90, true);
    }

    function test_differential_manySeeds() public {
        for (uint256 s; s < 12; ++s) {
            _checkBook(100 + s, 20, 1 + s % 6, (s * 37) % LEVELS, s % 2 == 0);
        }
    }

    function test_differential_oneSidedBook() public {
        uint256 epoch = _epochNow();
        _sell(traders[0], MIN_ORDER, _price(3));
        _sell(traders[1], MIN_ORDER, _price(3));
        _runEpoch();
        assertEq(trading.getEpochResult(epoch).volume, 0);
        assertEq(grid.balanceOf(address(trading)), 0);
    }
}
