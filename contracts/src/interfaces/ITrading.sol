// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {
    AutomationCompatibleInterface
} from "@chainlink/contracts/src/v0.8/automation/interfaces/AutomationCompatibleInterface.sol";

/// @title ITrading
/// @notice The campus energy market: a uniform-price (pay-as-clear) double auction per epoch.
/// @dev Units: amounts are GRID base units (1e18 = 1 kWh); prices are settlement-token base units per kWh
/// (1e18 = 1 THB/kWh). Orders are identified by `orderId = epoch << 16 | index`, where index counts the
/// orders of the epoch from 0 in the order they were placed.
///
/// Life of an epoch: Open (orders placed and cancelled) -> Closed (ended, waiting for `matchOrders`) ->
/// Cleared (price and volume set; the pro-rata split of a marginal price level is still being tallied by
/// `allocateMarginal`) -> Settling (every fill is final; orders are settled by `settleOrders` batches and
/// owners' `claim`s) -> Settled (every order paid out; the contract holds nothing for the epoch).
///
/// Roles: GOVERNANCE_ROLE (= DEFAULT_ADMIN_ROLE) changes the market rules (from the next epoch), the grid
/// operator and the batch size; MARKET_MAKER_ROLE (keepers) clears, settles and performs upkeep;
/// PAUSER_ROLE stops new orders (never cancels, clearing or settlement).
interface ITrading is AutomationCompatibleInterface {
    /// @notice Which side of the book an order is on.
    enum Side {
        Sell,
        Buy
    }

    /// @notice Where an order is in its life.
    enum OrderStatus {
        None,
        Open,
        Cancelled,
        Settled
    }

    /// @notice Where an epoch is in its life (see the contract description).
    enum EpochStatus {
        Open,
        Closed,
        Cleared,
        Settling,
        Settled
    }

    /// @notice The unit of work an upkeep performs, encoded in performData with the epoch and a cursor.
    enum UpkeepAction {
        None,
        Clear,
        Allocate,
        Settle
    }

    /// @notice Deployment settings.
    /// @param epochLength Seconds per epoch (900 in production).
    /// @param firstEpochStart Timestamp at which epoch 0 starts; 0 means the deployment block's time.
    /// @param priceFloor Lowest limit price (2.20e18: 2.20 THB/kWh).
    /// @param priceCeiling Highest limit price (4.15e18).
    /// @param priceTick Price grid step (0.01e18); (ceiling - floor) / tick + 1 levels, at most 512.
    /// @param amountQuantum Amount step (1e15: 0.001 kWh); amount * price is always a whole base unit.
    /// @param minOrderAmount Smallest order (1e17: 0.1 kWh), a multiple of the quantum.
    /// @param maxOrdersPerUser Orders one account may place per epoch (100; a cancel does not give one back).
    /// @param maxOrdersPerEpoch Orders per epoch (10,000).
    /// @param wheelingFeePerKwh Settlement-token units per kWh bought, paid by buyers to the grid operator.
    /// @param gridOperator Receives the wheeling fee.
    /// @param settleBatchSize Orders settled per upkeep (100).
    struct MarketConfig {
        uint64 epochLength;
        uint64 firstEpochStart;
        uint256 priceFloor;
        uint256 priceCeiling;
        uint256 priceTick;
        uint256 amountQuantum;
        uint256 minOrderAmount;
        uint256 maxOrdersPerUser;
        uint256 maxOrdersPerEpoch;
        uint256 wheelingFeePerKwh;
        address gridOperator;
        uint256 settleBatchSize;
    }

    /// @notice The rules of one epoch's book; governance changes them with effect from the next epoch.
    /// Fields as in MarketConfig.
    struct MarketRules {
        uint256 priceFloor;
        uint256 priceCeiling;
        uint256 priceTick;
        uint256 amountQuantum;
        uint256 minOrderAmount;
        uint256 maxOrdersPerUser;
        uint256 maxOrdersPerEpoch;
        uint256 wheelingFeePerKwh;
    }

    /// @notice An order as a wallet shows it.
    /// @param filledAmount GRID bought or sold; meaningful when `fillFinal`.
    /// @param fillFinal True once the epoch is cleared and this order's share is known.
    struct OrderInfo {
        uint256 orderId;
        uint256 epoch;
        address owner;
        Side side;
        OrderStatus status;
        uint256 amount;
        uint256 limitPrice;
        uint256 filledAmount;
        bool fillFinal;
    }

    /// @notice An epoch's state and result.
    /// @param clearingPrice The uniform price (0 when nothing traded).
    /// @param volume GRID traded.
    /// @param orderCount Orders placed (cancelled ones included).
    /// @param settledCount Orders paid out so far (by batch or claim).
    /// @param settleCursor Index of the next order the settlement batches look at.
    struct EpochResult {
        EpochStatus status;
        uint256 startTime;
        uint256 endTime;
        uint256 clearingPrice;
        uint256 volume;
        uint256 orderCount;
        uint256 settledCount;
        uint256 settleCursor;
    }

    /// @notice Emitted when `owner` places an order, its escrow taken.
    event OrderPlaced(
        uint256 indexed orderId,
        uint256 indexed epoch,
        address indexed owner,
        Side side,
        uint256 amount,
        uint256 limitPrice,
        uint256 escrow
    );
    /// @notice Emitted when `owner` cancels an order and gets `refund` (GRID for a sell, payment token for a buy).
    event OrderCancelled(uint256 indexed orderId, address indexed owner, uint256 refund);
    /// @notice Emitted when an epoch's price and volume are set (price 0 and volume 0: nothing traded).
    event EpochCleared(uint256 indexed epoch, uint256 clearingPrice, uint256 volume, uint256 wheelingFee);
    /// @notice Emitted when every fill of an epoch is final (the marginal levels' leftovers are assigned).
    event AllocationCompleted(uint256 indexed epoch);
    /// @notice Emitted when an order is paid out: `gridPaid` GRID and `tokenPaid` settlement tokens to `owner`.
    event OrderSettled(
        uint256 indexed orderId, address indexed owner, uint256 filledAmount, uint256 gridPaid, uint256 tokenPaid
    );
    /// @notice Emitted when every order of an epoch is paid out.
    event EpochSettled(uint256 indexed epoch);
    /// @notice Emitted when governance changes the rules, in force from `effectiveEpoch`.
    event MarketRulesChanged(uint256 indexed effectiveEpoch, MarketRules rules);
    /// @notice Emitted when governance changes the wheeling fee recipient.
    event GridOperatorChanged(address indexed previous, address indexed current);
    /// @notice Emitted when governance changes the upkeep batch size.
    event SettleBatchSizeChanged(uint256 previous, uint256 current);
    /// @notice Emitted when an upkeep finds its unit of work already done by someone else.
    event UpkeepSkipped(UpkeepAction action, uint256 indexed epoch, uint256 cursor);

    /// @notice The zero address was given where an account or contract is needed.
    error Trading__ZeroAddress();
    /// @notice A deployment setting is out of range.
    error Trading__InvalidConfig(bytes32 setting);
    /// @notice A market rule is out of range.
    error Trading__InvalidMarketRules(bytes32 rule);
    /// @notice The caller is not a verified (registered, active) user.
    error Trading__UserNotVerified(address account);
    /// @notice Trading has not started: epoch 0 starts at `firstEpochStart`.
    error Trading__MarketNotOpen(uint256 firstEpochStart);
    /// @notice `amount` is not a positive multiple of the quantum `quantum`.
    error Trading__InvalidAmount(uint256 amount, uint256 quantum);
    /// @notice `amount` is below the minimum order `minimum`.
    error Trading__AmountBelowMinimum(uint256 amount, uint256 minimum);
    /// @notice `amount` is more than one order can hold.
    error Trading__AmountTooLarge(uint256 amount);
    /// @notice `price` is not a tick price between the floor and the ceiling.
    error Trading__PriceOffGrid(uint256 price);
    /// @notice `account` has placed `limit` orders in `epoch` already (cancelled ones count).
    error Trading__UserOrderLimitReached(address account, uint256 epoch, uint256 limit);
    /// @notice `epoch` holds `limit` orders already.
    error Trading__EpochOrderLimitReached(uint256 epoch, uint256 limit);
    /// @notice No order has this id.
    error Trading__OrderNotFound(uint256 orderId);
    /// @notice Only the order's owner may do this.
    error Trading__NotOrderOwner(uint256 orderId, address caller);
    /// @notice The order is cancelled or settled already.
    error Trading__OrderNotOpen(uint256 orderId);
    /// @notice The epoch has ended: its orders can no longer be cancelled.
    error Trading__EpochClosed(uint256 epoch);
    /// @notice The epoch runs until `endTime`.
    error Trading__EpochNotEnded(uint256 epoch, uint256 endTime);
    /// @notice The epoch was cleared already.
    error Trading__EpochAlreadyCleared(uint256 epoch);
    /// @notice The epoch has no orders: there is nothing to clear.
    error Trading__EpochEmpty(uint256 epoch);
    /// @notice Epochs clear in order: `pendingEpoch` comes first.
    error Trading__EarlierEpochNotCleared(uint256 pendingEpoch);
    /// @notice The epoch has not been cleared yet.
    error Trading__EpochNotCleared(uint256 epoch);
    /// @notice The pro-rata split of the epoch's marginal level is not final yet: run `allocateMarginal`.
    error Trading__AllocationPending(uint256 epoch);
    /// @notice performData that no state of the contract could make valid.
    error Trading__InvalidPerformData();

    /// @notice Offers `amount` GRID at `limitPrice` or more in the current epoch; the GRID is escrowed
    /// (approve this contract on GridToken first, or use its permit).
    /// @return orderId The new order's id.
    function createSellOrder(uint256 amount, uint256 limitPrice) external returns (uint256 orderId);

    /// @notice Bids for `amount` GRID at `limitPrice` or less in the current epoch; escrows
    /// amount * (limitPrice + wheelingFeePerKwh) / 1e18 settlement tokens (approve this contract first).
    /// @return orderId The new order's id.
    function createBuyOrder(uint256 amount, uint256 limitPrice) external returns (uint256 orderId);

    /// @notice Withdraws an open order while its epoch is open and returns its escrow at once. Owner only;
    /// works while paused and while the owner is suspended. Does not give back the order slot.
    function cancelOrder(uint256 orderId) external;

    /// @notice Sets the epoch's uniform price and volume from its aggregated book. Market maker only.
    /// @dev Cost depends on the number of price levels, not orders. Epochs clear strictly in order.
    function matchOrders(uint256 epoch) external;

    /// @notice Tallies the pro-rata split of the epoch's marginal price levels, visiting at most
    /// `maxSteps` orders. Anyone may call it (it moves no funds), so owners never depend on a keeper.
    /// @return done True when every fill of the epoch is final.
    function allocateMarginal(uint256 epoch, uint256 maxSteps) external returns (bool done);

    /// @notice Pays out the next `maxOrders` orders of the epoch from its settlement cursor. Market maker only.
    /// @return settled The number of orders paid out by this call.
    function settleOrders(uint256 epoch, uint256 maxOrders) external returns (uint256 settled);

    /// @notice Pays out one of the caller's orders of a cleared epoch.
    function claim(uint256 orderId) external;

    /// @notice Replaces the market rules from the next epoch on. Governance only.
    function setMarketRules(MarketRules calldata rules) external;

    /// @notice Sets the account that receives the wheeling fee. Governance only.
    function setGridOperator(address gridOperator) external;

    /// @notice Sets how many orders one settlement upkeep pays out. Governance only.
    function setSettleBatchSize(uint256 settleBatchSize) external;

    /// @notice Stops new orders. Pauser only.
    function pause() external;

    /// @notice Lets orders in again. Pauser only.
    function unpause() external;

    /// @notice The epoch now open and the time it ends.
    function currentEpoch() external view returns (uint256 epoch, uint256 endTime);

    /// @notice The epoch that a transaction mined at `timestamp` belongs to.
    function epochAt(uint256 timestamp) external view returns (uint256 epoch);

    /// @notice An order by id.
    function getOrder(uint256 orderId) external view returns (OrderInfo memory);

    /// @notice The ids of the orders `account` placed in `epoch`, in the order placed.
    function ordersOf(uint256 epoch, address account) external view returns (uint256[] memory orderIds);

    /// @notice The aggregated book of an epoch: for every tick price, the GRID offered and bid (open orders).
    function getDepth(uint256 epoch)
        external
        view
        returns (uint256[] memory prices, uint256[] memory supply, uint256[] memory demand);

    /// @notice An epoch's state and result.
    function getEpochResult(uint256 epoch) external view returns (EpochResult memory);

    /// @notice The rules in force for `epoch`.
    function marketRules(uint256 epoch) external view returns (MarketRules memory);

    /// @notice The clearing price of the last epoch that traded (0 before the first trade).
    function lastTradedPrice() external view returns (uint256);

    /// @notice The oldest epoch with orders that is not cleared yet, and whether there is one.
    function nextEpochToClear() external view returns (bool pending, uint256 epoch);

    /// @notice Epoch length in seconds.
    function epochLength() external view returns (uint256);

    /// @notice Start of epoch 0.
    function firstEpochStart() external view returns (uint256);

    /// @notice Receiver of the wheeling fee.
    function gridOperator() external view returns (address);

    /// @notice Orders paid out per settlement upkeep.
    function settleBatchSize() external view returns (uint256);
}
