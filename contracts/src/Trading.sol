// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {AutomationCompatible} from "@chainlink/contracts/src/v0.8/automation/AutomationCompatible.sol";
import {
    AutomationCompatibleInterface
} from "@chainlink/contracts/src/v0.8/automation/interfaces/AutomationCompatibleInterface.sol";
import {IGridToken} from "./interfaces/IGridToken.sol";
import {IRegistry} from "./interfaces/IRegistry.sol";
import {ITrading} from "./interfaces/ITrading.sol";

/// @title Trading
/// @notice The campus pay-as-clear market: one uniform price per epoch, set from the aggregated book.
/// @dev Storage is laid out for the gas targets of the 10,000-order epoch:
/// - an order is one packed slot (owner, amount in quanta, price level, rank in its level, link to the
///   previous order of its level and side, side and status);
/// - a price level is one packed slot per epoch (supply and demand in quanta, order and cancel counts
///   and the tail of a per-level linked list for each side); a two-word bitmap marks occupied levels;
/// - clearing reads the occupied levels only, so its cost follows the level count, never the order count;
/// - the marginal level's pro-rata split (floor share, leftover quanta one each to the earliest orders)
///   needs the sum of the floor shares, which only a walk over that level's orders gives: `allocateMarginal`
///   does it in bounded steps along the level's linked list and stores a rank boundary, after which
///   every order's fill is computed in O(1) at settlement.
/// Amount * price is always a whole number of base units (checked on the rules), so nothing is rounded
/// and an epoch leaves nothing behind once settled.
contract Trading is ITrading, AutomationCompatible, AccessControl, Pausable {
    using SafeERC20 for IERC20;

    /// @notice The four authorities; administers every role.
    bytes32 public constant GOVERNANCE_ROLE = DEFAULT_ADMIN_ROLE;
    /// @notice Keepers: clear epochs, settle batches, perform upkeep.
    bytes32 public constant MARKET_MAKER_ROLE = keccak256("MARKET_MAKER_ROLE");
    /// @notice May stop and resume new orders.
    bytes32 public constant PAUSER_ROLE = keccak256("PAUSER_ROLE");
    /// @notice The most price levels a grid may ever have.
    uint256 public constant MAX_PRICE_LEVELS = 512;
    /// @notice The most orders one account may place in an epoch, whatever the rules say.
    uint256 public constant MAX_ORDERS_PER_USER_LIMIT = 255;
    /// @notice The most orders an epoch may hold, whatever the rules say (indexes are 16-bit).
    uint256 public constant MAX_ORDERS_PER_EPOCH_LIMIT = 65_535;
    /// @notice Orders one allocation upkeep visits, per order of settleBatchSize (a visit is a read, ~2.5k gas).
    uint256 public constant ALLOCATION_STEPS_PER_BATCH_ORDER = 10;

    uint256 private constant ONE = 1e18;

    // Packed order slot.
    uint256 private constant ORDER_QUANTA_SHIFT = 160; // uint40
    uint256 private constant ORDER_LEVEL_SHIFT = 200; // uint16
    uint256 private constant ORDER_RANK_SHIFT = 216; // uint16: rank among its level's orders of its side
    uint256 private constant ORDER_PREV_SHIFT = 232; // uint16: index + 1 of the previous order of its level and side
    uint256 private constant ORDER_FLAGS_SHIFT = 248; // bit 0: buy; bits 1-2: OrderStatus
    uint256 private constant MASK16 = 0xffff;
    uint256 private constant MASK40 = 0xffffffffff;
    uint256 private constant MASK64 = 0xffffffffffffffff;
    uint256 private constant STATUS_OPEN = 1;
    uint256 private constant STATUS_CANCELLED = 2;
    uint256 private constant STATUS_SETTLED = 3;

    // Packed level slot; side s (0 sell, 1 buy) at: quanta 64*s (uint64), count 128+16s, cancelled 160+16s,
    // tail (index + 1 of the side's latest order at this level) 192+16s.
    uint256 private constant LEVEL_COUNT_SHIFT = 128;
    uint256 private constant LEVEL_CANCELLED_SHIFT = 160;
    uint256 private constant LEVEL_TAIL_SHIFT = 192;

    // Stored epoch status; Open and Closed are told apart by time.
    uint8 private constant STORED_NOT_CLEARED = 0;
    uint8 private constant STORED_CLEARED = 1;
    uint8 private constant STORED_SETTLING = 2;
    uint8 private constant STORED_SETTLED = 3;

    // Phases of a marginal level's allocation.
    uint8 private constant PHASE_DONE = 0;
    uint8 private constant PHASE_SUM = 1; // summing floor shares from the tail
    uint8 private constant PHASE_BOUNDARY = 2; // finding the rank of the last order owed a leftover quantum

    /// @dev The rules of a book, as stored (two slots).
    struct Rules {
        uint96 priceFloor;
        uint96 priceTick;
        uint64 effectiveEpoch;
        uint80 amountQuantum;
        uint80 wheelingFeePerKwh;
        uint16 levelCount;
        uint16 maxOrdersPerUser;
        uint16 maxOrdersPerEpoch;
        uint48 minQuanta;
    }

    /// @dev One slot per epoch.
    struct EpochState {
        uint16 orderCount;
        uint16 rulesId;
        uint8 status;
        uint16 clearingLevel;
        bool traded;
        uint64 volume; // quanta
        uint16 settleCursor;
        uint16 settledCount;
        uint96 clearingPrice;
    }

    /// @dev The marginal level of one side, set at clearing: orders below it (sells) or above it (buys) fill
    /// whole, beyond it not at all; at it each live order fills floor(quanta * fill / total) quanta plus one
    /// more if its rank is below `boundary`.
    struct Marginal {
        uint16 level;
        uint64 fill;
        uint64 total;
        uint16 boundary;
        uint16 cursor;
        uint64 acc;
        uint8 phase;
    }

    IRegistry private immutable _registry;
    IERC20 private immutable _grid;
    IERC20 private immutable _token;
    uint256 private immutable _epochLength;
    uint256 private immutable _firstEpochStart;

    Rules[] private _rules;
    address private _gridOperator;
    uint256 private _settleBatchSize;
    uint256 private _lastTradedPrice;

    mapping(uint256 orderId => uint256 packed) private _orders;
    mapping(uint256 epoch => EpochState) private _epochs;
    mapping(uint256 epoch => uint256[MAX_PRICE_LEVELS] packed) private _levels;
    mapping(uint256 epoch => uint256[2] bitmap) private _occupied;
    mapping(uint256 epoch => Marginal[2] bySide) private _marginals;
    // Slot 0: count (16 bits) then 15 order indexes; slots 1..15: 16 order indexes each.
    mapping(uint256 epoch => mapping(address account => uint256[16] packed)) private _userOrders;

    // Epochs that received an order, in order; clearing and settlement heads walk it.
    uint256[] private _bookedEpochs;
    uint256 private _clearHead;
    uint256 private _settleHead;

    /// @param registry_ The campus user registry.
    /// @param grid_ GRID; this contract needs its SYSTEM_ROLE to pay out.
    /// @param settlementToken_ The payment token (18 decimals).
    /// @param governance The first governance account.
    /// @param config Epoch timing, the first rules, the grid operator and the batch size.
    constructor(
        IRegistry registry_,
        IGridToken grid_,
        IERC20 settlementToken_,
        address governance,
        MarketConfig memory config
    ) {
        if (
            address(registry_) == address(0) || address(grid_) == address(0) || address(settlementToken_) == address(0)
                || governance == address(0) || config.gridOperator == address(0)
        ) revert Trading__ZeroAddress();
        if (config.epochLength == 0) revert Trading__InvalidConfig("epochLength");
        if (config.settleBatchSize == 0 || config.settleBatchSize > MAX_ORDERS_PER_EPOCH_LIMIT) {
            revert Trading__InvalidConfig("settleBatchSize");
        }
        _registry = registry_;
        _grid = grid_;
        _token = settlementToken_;
        _epochLength = config.epochLength;
        _firstEpochStart = config.firstEpochStart == 0 ? block.timestamp : config.firstEpochStart;
        _gridOperator = config.gridOperator;
        _settleBatchSize = config.settleBatchSize;
        MarketRules memory rules = MarketRules({
            priceFloor: config.priceFloor,
            priceCeiling: config.priceCeiling,
            priceTick: config.priceTick,
            amountQuantum: config.amountQuantum,
            minOrderAmount: config.minOrderAmount,
            maxOrdersPerUser: config.maxOrdersPerUser,
            maxOrdersPerEpoch: config.maxOrdersPerEpoch,
            wheelingFeePerKwh: config.wheelingFeePerKwh
        });
        _rules.push(_toRules(rules, 0));
        _grantRole(GOVERNANCE_ROLE, governance);
        emit MarketRulesChanged(0, rules);
    }

    // ------------------------------------------------------------------ orders

    /// @inheritdoc ITrading
    function createSellOrder(uint256 amount, uint256 limitPrice) external whenNotPaused returns (uint256) {
        return _place(0, amount, limitPrice);
    }

    /// @inheritdoc ITrading
    function createBuyOrder(uint256 amount, uint256 limitPrice) external whenNotPaused returns (uint256) {
        return _place(1, amount, limitPrice);
    }

    /// @inheritdoc ITrading
    function cancelOrder(uint256 orderId) external {
        uint256 order = _orders[orderId];
        address owner = address(uint160(order));
        if (owner == address(0)) revert Trading__OrderNotFound(orderId);
        if (owner != msg.sender) revert Trading__NotOrderOwner(orderId, msg.sender);
        if ((order >> (ORDER_FLAGS_SHIFT + 1)) & 3 != STATUS_OPEN) revert Trading__OrderNotOpen(orderId);
        uint256 epoch = orderId >> 16;
        if (block.timestamp >= _epochEnd(epoch)) revert Trading__EpochClosed(epoch);

        uint256 side = (order >> ORDER_FLAGS_SHIFT) & 1;
        uint256 quanta = (order >> ORDER_QUANTA_SHIFT) & MASK40;
        uint256 level = (order >> ORDER_LEVEL_SHIFT) & MASK16;
        // The order's quanta were added to the level and are still there: no underflow; the cancel count
        // stays below the order count, which fits 16 bits.
        unchecked {
            _levels[epoch][level] =
                _levels[epoch][level] - (quanta << (64 * side)) + (1 << (LEVEL_CANCELLED_SHIFT + 16 * side));
        }
        _orders[orderId] =
            (order & ~(uint256(3) << (ORDER_FLAGS_SHIFT + 1))) | (STATUS_CANCELLED << (ORDER_FLAGS_SHIFT + 1));

        Rules memory r = _rules[_epochs[epoch].rulesId];
        uint256 amount = quanta * r.amountQuantum;
        uint256 refund;
        if (side == 0) {
            refund = amount;
            _grid.safeTransfer(owner, refund);
        } else {
            uint256 price = r.priceFloor + level * r.priceTick;
            refund = amount * (price + r.wheelingFeePerKwh) / ONE;
            _token.safeTransfer(owner, refund);
        }
        emit OrderCancelled(orderId, owner, refund);
    }

    // ------------------------------------------------------------------ clearing

    /// @inheritdoc ITrading
    function matchOrders(uint256 epoch) external onlyRole(MARKET_MAKER_ROLE) {
        _matchOrders(epoch);
    }

    /// @inheritdoc ITrading
    function allocateMarginal(uint256 epoch, uint256 maxSteps) external returns (bool done) {
        uint8 status = _epochs[epoch].status;
        if (status == STORED_NOT_CLEARED) revert Trading__EpochNotCleared(epoch);
        if (status != STORED_CLEARED) return true;
        return _allocate(epoch, maxSteps);
    }

    // ------------------------------------------------------------------ settlement

    /// @inheritdoc ITrading
    function settleOrders(uint256 epoch, uint256 maxOrders) external onlyRole(MARKET_MAKER_ROLE) returns (uint256) {
        return _settleBatch(epoch, maxOrders);
    }

    /// @inheritdoc ITrading
    function claim(uint256 orderId) external {
        uint256 order = _orders[orderId];
        address owner = address(uint160(order));
        if (owner == address(0)) revert Trading__OrderNotFound(orderId);
        if (owner != msg.sender) revert Trading__NotOrderOwner(orderId, msg.sender);
        if ((order >> (ORDER_FLAGS_SHIFT + 1)) & 3 != STATUS_OPEN) revert Trading__OrderNotOpen(orderId);
        uint256 epoch = orderId >> 16;
        EpochState storage st = _epochs[epoch];
        // Copy only the fields a settlement reads (each struct member copied is one more SLOAD).
        EpochState memory s;
        s.status = st.status;
        if (s.status == STORED_NOT_CLEARED) revert Trading__EpochNotCleared(epoch);
        s.traded = st.traded;
        s.clearingPrice = st.clearingPrice;
        Marginal storage mgs = _marginals[epoch][(order >> ORDER_FLAGS_SHIFT) & 1];
        Marginal memory mg;
        mg.level = mgs.level;
        mg.fill = mgs.fill;
        mg.total = mgs.total;
        mg.boundary = mgs.boundary;
        mg.phase = mgs.phase;
        if (s.status == STORED_CLEARED && _isPendingMarginal(order, s.traded, mg)) {
            revert Trading__AllocationPending(epoch);
        }
        Rules storage rs = _rules[st.rulesId];
        Rules memory r;
        r.priceFloor = rs.priceFloor;
        r.priceTick = rs.priceTick;
        r.amountQuantum = rs.amountQuantum;
        r.wheelingFeePerKwh = rs.wheelingFeePerKwh;
        _settleOrder(orderId, order, s, r, mg);
        // At most one settlement per order, and orderCount fits 16 bits.
        unchecked {
            ++st.settledCount;
        }
    }

    // ------------------------------------------------------------------ automation

    /// @inheritdoc AutomationCompatibleInterface
    /// @dev performData is abi.encode(UpkeepAction, epoch, cursor): clear the oldest due epoch first, then the
    /// oldest unfinished epoch's allocation or next settlement batch from its cursor. O(1) in the order count.
    function checkUpkeep(bytes calldata)
        external
        view
        cannotExecute
        returns (bool upkeepNeeded, bytes memory performData)
    {
        uint256 booked = _bookedEpochs.length;
        uint256 clearHead = _clearHead;
        if (clearHead < booked) {
            uint256 epoch = _bookedEpochs[clearHead];
            if (block.timestamp >= _epochEnd(epoch)) {
                return (true, abi.encode(UpkeepAction.Clear, epoch, uint256(0)));
            }
        }
        for (uint256 h = _settleHead; h < clearHead; ++h) {
            uint256 epoch = _bookedEpochs[h];
            EpochState memory s = _epochs[epoch];
            if (s.status == STORED_CLEARED) {
                return (true, abi.encode(UpkeepAction.Allocate, epoch, uint256(0)));
            }
            if (s.status == STORED_SETTLING) {
                return (true, abi.encode(UpkeepAction.Settle, epoch, uint256(s.settleCursor)));
            }
        }
        return (false, "");
    }

    /// @inheritdoc AutomationCompatibleInterface
    /// @dev Market maker only. Re-checks on-chain and does one bounded unit of work; work already done (by
    /// another keeper or by owners' claims) is a no-op that emits UpkeepSkipped.
    function performUpkeep(bytes calldata performData) external onlyRole(MARKET_MAKER_ROLE) {
        if (performData.length != 96) revert Trading__InvalidPerformData();
        (uint256 action, uint256 epoch, uint256 cursor) = abi.decode(performData, (uint256, uint256, uint256));
        uint8 status = _epochs[epoch].status;
        if (action == uint256(UpkeepAction.Clear)) {
            if (status != STORED_NOT_CLEARED) {
                emit UpkeepSkipped(UpkeepAction.Clear, epoch, cursor);
                return;
            }
            _matchOrders(epoch);
        } else if (action == uint256(UpkeepAction.Allocate)) {
            if (status == STORED_NOT_CLEARED) revert Trading__EpochNotCleared(epoch);
            if (status != STORED_CLEARED) {
                emit UpkeepSkipped(UpkeepAction.Allocate, epoch, cursor);
                return;
            }
            _allocate(epoch, _settleBatchSize * ALLOCATION_STEPS_PER_BATCH_ORDER);
        } else if (action == uint256(UpkeepAction.Settle)) {
            if (status == STORED_NOT_CLEARED) revert Trading__EpochNotCleared(epoch);
            if (status == STORED_CLEARED) revert Trading__AllocationPending(epoch);
            uint256 settleCursor = _epochs[epoch].settleCursor;
            if (status == STORED_SETTLED || cursor < settleCursor) {
                emit UpkeepSkipped(UpkeepAction.Settle, epoch, cursor);
                return;
            }
            if (cursor > settleCursor) revert Trading__InvalidPerformData();
            _settleBatch(epoch, _settleBatchSize);
        } else {
            revert Trading__InvalidPerformData();
        }
    }

    // ------------------------------------------------------------------ governance

    /// @inheritdoc ITrading
    function setMarketRules(MarketRules calldata rules) external onlyRole(GOVERNANCE_ROLE) {
        uint256 effective = _currentEpochUnchecked() + 1;
        Rules memory stored = _toRules(rules, effective);
        uint256 last = _rules.length - 1;
        if (_rules[last].effectiveEpoch >= effective && last > 0) {
            // A change made earlier in this epoch and not yet in force: replace it.
            _rules[last] = stored;
        } else {
            _rules.push(stored);
        }
        emit MarketRulesChanged(effective, rules);
    }

    /// @inheritdoc ITrading
    function setGridOperator(address gridOperator_) external onlyRole(GOVERNANCE_ROLE) {
        if (gridOperator_ == address(0)) revert Trading__ZeroAddress();
        emit GridOperatorChanged(_gridOperator, gridOperator_);
        _gridOperator = gridOperator_;
    }

    /// @inheritdoc ITrading
    function setSettleBatchSize(uint256 settleBatchSize_) external onlyRole(GOVERNANCE_ROLE) {
        if (settleBatchSize_ == 0 || settleBatchSize_ > MAX_ORDERS_PER_EPOCH_LIMIT) {
            revert Trading__InvalidConfig("settleBatchSize");
        }
        emit SettleBatchSizeChanged(_settleBatchSize, settleBatchSize_);
        _settleBatchSize = settleBatchSize_;
    }

    /// @inheritdoc ITrading
    function pause() external onlyRole(PAUSER_ROLE) {
        _pause();
    }

    /// @inheritdoc ITrading
    function unpause() external onlyRole(PAUSER_ROLE) {
        _unpause();
    }

    // ------------------------------------------------------------------ views

    /// @inheritdoc ITrading
    function currentEpoch() external view returns (uint256 epoch, uint256 endTime) {
        epoch = _currentEpoch();
        endTime = _epochEnd(epoch);
    }

    /// @inheritdoc ITrading
    function epochAt(uint256 timestamp) external view returns (uint256) {
        if (timestamp < _firstEpochStart) revert Trading__MarketNotOpen(_firstEpochStart);
        return (timestamp - _firstEpochStart) / _epochLength;
    }

    /// @inheritdoc ITrading
    function getOrder(uint256 orderId) external view returns (OrderInfo memory info) {
        uint256 order = _orders[orderId];
        if (order == 0) revert Trading__OrderNotFound(orderId);
        uint256 epoch = orderId >> 16;
        EpochState memory s = _epochs[epoch];
        Rules memory r = _rules[s.rulesId];
        uint256 level = (order >> ORDER_LEVEL_SHIFT) & MASK16;
        uint256 quanta = (order >> ORDER_QUANTA_SHIFT) & MASK40;
        uint256 status = (order >> (ORDER_FLAGS_SHIFT + 1)) & 3;
        info.orderId = orderId;
        info.epoch = epoch;
        info.owner = address(uint160(order));
        info.side = Side((order >> ORDER_FLAGS_SHIFT) & 1);
        info.status = OrderStatus(status);
        info.amount = quanta * r.amountQuantum;
        info.limitPrice = r.priceFloor + level * r.priceTick;
        if (s.status != STORED_NOT_CLEARED) {
            Marginal memory mg = _marginals[epoch][uint256(info.side)];
            if (status == STATUS_CANCELLED) {
                info.fillFinal = true;
            } else if (s.status != STORED_CLEARED || !_isPendingMarginal(order, s.traded, mg)) {
                info.fillFinal = true;
                info.filledAmount = _fillOf(order, s.traded, mg) * r.amountQuantum;
            }
        }
    }

    /// @inheritdoc ITrading
    function ordersOf(uint256 epoch, address account) external view returns (uint256[] memory orderIds) {
        uint256[16] storage list = _userOrders[epoch][account];
        uint256 head = list[0];
        uint256 n = head & MASK16;
        orderIds = new uint256[](n);
        for (uint256 i; i < n; ++i) {
            uint256 index = i < 15
                ? (head >> (16 * (i + 1))) & MASK16
                : (list[(i - 15) / 16 + 1] >> (16 * ((i - 15) % 16))) & MASK16;
            orderIds[i] = (epoch << 16) | index;
        }
    }

    /// @inheritdoc ITrading
    function getDepth(uint256 epoch)
        external
        view
        returns (uint256[] memory prices, uint256[] memory supply, uint256[] memory demand)
    {
        Rules memory r = _rules[_rulesIdOf(epoch)];
        uint256 n = r.levelCount;
        prices = new uint256[](n);
        supply = new uint256[](n);
        demand = new uint256[](n);
        uint256[MAX_PRICE_LEVELS] storage levels = _levels[epoch];
        for (uint256 l; l < n; ++l) {
            uint256 lv = levels[l];
            prices[l] = r.priceFloor + l * r.priceTick;
            supply[l] = (lv & MASK64) * r.amountQuantum;
            demand[l] = ((lv >> 64) & MASK64) * r.amountQuantum;
        }
    }

    /// @inheritdoc ITrading
    function getEpochResult(uint256 epoch) external view returns (EpochResult memory result) {
        EpochState memory s = _epochs[epoch];
        Rules memory r = _rules[_rulesIdOf(epoch)];
        result.startTime = _firstEpochStart + epoch * _epochLength;
        result.endTime = result.startTime + _epochLength;
        if (s.status == STORED_NOT_CLEARED) {
            if (block.timestamp < result.endTime) result.status = EpochStatus.Open;
            else if (s.orderCount == 0) result.status = EpochStatus.Settled;
            else result.status = EpochStatus.Closed;
        } else if (s.status == STORED_CLEARED) {
            result.status = EpochStatus.Cleared;
        } else if (s.status == STORED_SETTLING) {
            result.status = EpochStatus.Settling;
        } else {
            result.status = EpochStatus.Settled;
        }
        result.clearingPrice = s.clearingPrice;
        result.volume = uint256(s.volume) * r.amountQuantum;
        result.orderCount = s.orderCount;
        result.settledCount = s.settledCount;
        result.settleCursor = s.settleCursor;
    }

    /// @inheritdoc ITrading
    function marketRules(uint256 epoch) external view returns (MarketRules memory rules) {
        Rules memory r = _rules[_rulesIdOf(epoch)];
        rules.priceFloor = r.priceFloor;
        rules.priceCeiling = r.priceFloor + (uint256(r.levelCount) - 1) * r.priceTick;
        rules.priceTick = r.priceTick;
        rules.amountQuantum = r.amountQuantum;
        rules.minOrderAmount = uint256(r.minQuanta) * r.amountQuantum;
        rules.maxOrdersPerUser = r.maxOrdersPerUser;
        rules.maxOrdersPerEpoch = r.maxOrdersPerEpoch;
        rules.wheelingFeePerKwh = r.wheelingFeePerKwh;
    }

    /// @inheritdoc ITrading
    function lastTradedPrice() external view returns (uint256) {
        return _lastTradedPrice;
    }

    /// @inheritdoc ITrading
    function nextEpochToClear() external view returns (bool pending, uint256 epoch) {
        if (_clearHead < _bookedEpochs.length) return (true, _bookedEpochs[_clearHead]);
    }

    /// @inheritdoc ITrading
    function epochLength() external view returns (uint256) {
        return _epochLength;
    }

    /// @inheritdoc ITrading
    function firstEpochStart() external view returns (uint256) {
        return _firstEpochStart;
    }

    /// @inheritdoc ITrading
    function gridOperator() external view returns (address) {
        return _gridOperator;
    }

    /// @inheritdoc ITrading
    function settleBatchSize() external view returns (uint256) {
        return _settleBatchSize;
    }

    /// @notice The Registry consulted for verified users.
    function registry() external view returns (address) {
        return address(_registry);
    }

    /// @notice GRID.
    function gridToken() external view returns (address) {
        return address(_grid);
    }

    /// @notice The payment token.
    function settlementToken() external view returns (address) {
        return address(_token);
    }

    // ------------------------------------------------------------------ internals: placing

    function _place(uint256 side, uint256 amount, uint256 limitPrice) private returns (uint256 orderId) {
        if (!_registry.isUserVerified(msg.sender)) revert Trading__UserNotVerified(msg.sender);
        uint256 epoch = _currentEpoch();
        (uint256 index, Rules memory r) = _nextIndex(epoch);
        (uint256 quanta, uint256 level) = _checkOrder(r, amount, limitPrice);
        _recordUserOrder(epoch, index, r.maxOrdersPerUser);
        (uint256 rank, uint256 prev) = _addToLevel(epoch, level, side, quanta, index);

        orderId = (epoch << 16) | index;
        _orders[orderId] = uint256(uint160(msg.sender)) | (quanta << ORDER_QUANTA_SHIFT) | (level << ORDER_LEVEL_SHIFT)
            | (rank << ORDER_RANK_SHIFT) | (prev << ORDER_PREV_SHIFT)
            | ((side | (STATUS_OPEN << 1)) << ORDER_FLAGS_SHIFT);

        uint256 escrow;
        if (side == 0) {
            escrow = amount;
            _grid.safeTransferFrom(msg.sender, address(this), amount);
        } else {
            escrow = amount * (limitPrice + r.wheelingFeePerKwh) / ONE;
            _token.safeTransferFrom(msg.sender, address(this), escrow);
        }
        emit OrderPlaced(orderId, epoch, msg.sender, Side(side), amount, limitPrice, escrow);
    }

    /// @dev Takes the next order index of the epoch (booking the epoch and its rules on its first order).
    function _nextIndex(uint256 epoch) private returns (uint256 index, Rules memory r) {
        EpochState storage st = _epochs[epoch];
        index = st.orderCount;
        uint256 rulesId;
        if (index == 0) {
            rulesId = _rulesIdOf(epoch);
            st.rulesId = uint16(rulesId);
            _bookedEpochs.push(epoch);
        } else {
            rulesId = st.rulesId;
        }
        r = _rules[rulesId];
        if (index >= r.maxOrdersPerEpoch) revert Trading__EpochOrderLimitReached(epoch, r.maxOrdersPerEpoch);
        // index < maxOrdersPerEpoch <= 65,535.
        unchecked {
            st.orderCount = uint16(index + 1);
        }
    }

    /// @dev Validates amount and price against the epoch's rules; returns them as quanta and a level.
    function _checkOrder(Rules memory r, uint256 amount, uint256 limitPrice)
        private
        pure
        returns (uint256 quanta, uint256 level)
    {
        uint256 quantum = r.amountQuantum;
        quanta = amount / quantum;
        if (quanta == 0 || quanta * quantum != amount) revert Trading__InvalidAmount(amount, quantum);
        if (quanta < r.minQuanta) revert Trading__AmountBelowMinimum(amount, uint256(r.minQuanta) * quantum);
        if (quanta > MASK40) revert Trading__AmountTooLarge(amount);
        uint256 floor = r.priceFloor;
        uint256 tick = r.priceTick;
        if (limitPrice < floor) revert Trading__PriceOffGrid(limitPrice);
        level = (limitPrice - floor) / tick;
        if (level >= r.levelCount || level * tick + floor != limitPrice) revert Trading__PriceOffGrid(limitPrice);
    }

    /// @dev Appends order `index` to the caller's list for the epoch, which also counts its orders.
    function _recordUserOrder(uint256 epoch, uint256 index, uint256 maxOrdersPerUser) private {
        uint256[16] storage list = _userOrders[epoch][msg.sender];
        uint256 head = list[0];
        uint256 n = head & MASK16;
        if (n >= maxOrdersPerUser) revert Trading__UserOrderLimitReached(msg.sender, epoch, maxOrdersPerUser);
        // n < maxOrdersPerUser <= 255 and index < 65,535: the shifts stay inside their 16-bit fields.
        unchecked {
            if (n < 15) {
                list[0] = head + 1 + (index << (16 * (n + 1)));
            } else {
                uint256 k = n - 15;
                list[k / 16 + 1] |= index << (16 * (k % 16));
                list[0] = head + 1;
            }
        }
    }

    /// @dev Adds an order to its level's aggregate and linked list; returns its rank and the previous tail.
    function _addToLevel(uint256 epoch, uint256 level, uint256 side, uint256 quanta, uint256 index)
        private
        returns (uint256 rank, uint256 prev)
    {
        uint256 lv = _levels[epoch][level];
        if ((lv >> LEVEL_COUNT_SHIFT) & 0xffffffff == 0) {
            // First order at this level in this epoch: mark it occupied.
            _occupied[epoch][level >> 8] |= 1 << (level & 255);
        }
        uint256 countShift = LEVEL_COUNT_SHIFT + 16 * side;
        uint256 tailShift = LEVEL_TAIL_SHIFT + 16 * side;
        rank = (lv >> countShift) & MASK16;
        prev = (lv >> tailShift) & MASK16;
        // Quanta per side stay below 65,535 * 2^40 < 2^64 and the count below 65,535; the tail is replaced whole.
        unchecked {
            lv = lv + (quanta << (64 * side)) + (1 << countShift);
            lv = (lv & ~(MASK16 << tailShift)) | ((index + 1) << tailShift);
        }
        _levels[epoch][level] = lv;
    }

    // ------------------------------------------------------------------ internals: clearing

    function _matchOrders(uint256 epoch) private {
        EpochState memory s = _epochs[epoch];
        if (s.status != STORED_NOT_CLEARED) revert Trading__EpochAlreadyCleared(epoch);
        if (s.orderCount == 0) revert Trading__EpochEmpty(epoch);
        uint256 end = _epochEnd(epoch);
        if (block.timestamp < end) revert Trading__EpochNotEnded(epoch, end);
        uint256 head = _clearHead;
        // The epoch has orders and is not cleared, so it sits in the queue at or after the head.
        uint256 pending = _bookedEpochs[head];
        if (pending != epoch) revert Trading__EarlierEpochNotCleared(pending);
        _clearHead = head + 1;

        Rules memory r = _rules[s.rulesId];
        (uint256[] memory supply, uint256[] memory cumDemand) = _loadBook(epoch, r.levelCount);
        (uint256 volume, uint256 lo, uint256 hi) = _bestRange(supply, cumDemand);
        if (volume == 0) {
            _epochs[epoch].status = STORED_SETTLING;
            emit EpochCleared(epoch, 0, 0, 0);
            emit AllocationCompleted(epoch);
            return;
        }

        uint256 c = _pickLevel(r, lo, hi, supply, cumDemand);
        uint256 price = r.priceFloor + c * r.priceTick;
        bool pendingAllocation = _setMarginals(epoch, c, volume, supply, cumDemand);

        _recordClearing(epoch, pendingAllocation, c, volume, price);
        _lastTradedPrice = price;

        uint256 fee;
        if (r.wheelingFeePerKwh != 0) {
            fee = volume * r.amountQuantum * r.wheelingFeePerKwh / ONE;
            _token.safeTransfer(_gridOperator, fee);
        }
        emit EpochCleared(epoch, price, volume * r.amountQuantum, fee);
        if (!pendingAllocation) emit AllocationCompleted(epoch);
    }

    function _recordClearing(uint256 epoch, bool pendingAllocation, uint256 c, uint256 volume, uint256 price) private {
        EpochState storage st = _epochs[epoch];
        st.status = pendingAllocation ? STORED_CLEARED : STORED_SETTLING;
        st.clearingLevel = uint16(c);
        st.traded = true;
        st.volume = uint64(volume);
        st.clearingPrice = uint96(price);
    }

    /// @dev Supply per level and cumulative demand (bids at or above each level; one extra zero entry on top),
    /// reading only the occupied levels.
    function _loadBook(uint256 epoch, uint256 n)
        private
        view
        returns (uint256[] memory supply, uint256[] memory cumDemand)
    {
        supply = new uint256[](n);
        cumDemand = new uint256[](n + 1);
        uint256[MAX_PRICE_LEVELS] storage levels = _levels[epoch];
        uint256[2] memory bitmap = _occupied[epoch];
        uint256 demandAbove;
        for (uint256 l = n; l > 0;) {
            // l > 0 in the loop condition.
            unchecked {
                --l;
            }
            if ((bitmap[l >> 8] >> (l & 255)) & 1 != 0) {
                uint256 lv = levels[l];
                supply[l] = lv & MASK64;
                demandAbove += (lv >> 64) & MASK64;
            }
            cumDemand[l] = demandAbove;
        }
    }

    /// @dev The levels with the maximum volume and, among them, the minimum surplus: a contiguous range
    /// [lo, hi], because cumulative supply rises and cumulative demand falls with the price.
    function _bestRange(uint256[] memory supply, uint256[] memory cumDemand)
        private
        pure
        returns (uint256 bestVolume, uint256 lo, uint256 hi)
    {
        uint256 bestSurplus = type(uint256).max;
        uint256 cumSupply;
        uint256 n = supply.length;
        for (uint256 l; l < n; ++l) {
            cumSupply += supply[l];
            uint256 d = cumDemand[l];
            (uint256 volume, uint256 surplus) = cumSupply < d ? (cumSupply, d - cumSupply) : (d, cumSupply - d);
            if (volume > bestVolume || (volume == bestVolume && surplus < bestSurplus)) {
                bestVolume = volume;
                bestSurplus = surplus;
                lo = l;
                hi = l;
            } else if (volume == bestVolume && surplus == bestSurplus) {
                hi = l;
            }
        }
    }

    /// @dev Records the marginal level of each side at clearing level `c`; true when a split needs a walk.
    function _setMarginals(
        uint256 epoch,
        uint256 c,
        uint256 volume,
        uint256[] memory supply,
        uint256[] memory cumDemand
    ) private returns (bool pendingAllocation) {
        uint256[MAX_PRICE_LEVELS] storage levels = _levels[epoch];
        Marginal[2] storage marginals = _marginals[epoch];
        // Sellers fill from the lowest ask up: the marginal level is the first where supply reaches the volume.
        uint256 below;
        uint256 m;
        while (below + supply[m] < volume) {
            below += supply[m];
            ++m;
        }
        pendingAllocation = _setMarginal(marginals[0], levels[m], 0, m, volume - below);
        // Buyers fill from the highest bid down: the marginal level is the last where demand reaches the volume
        // (cumDemand ends with a zero entry, so the walk stops inside the grid).
        m = c;
        while (cumDemand[m + 1] >= volume) ++m;
        pendingAllocation = _setMarginal(marginals[1], levels[m], 1, m, volume - cumDemand[m + 1]) || pendingAllocation;
    }

    /// @dev The clearing level within the best range [lo, hi]: market pressure, then the reference price.
    function _pickLevel(Rules memory r, uint256 lo, uint256 hi, uint256[] memory supply, uint256[] memory cumDemand)
        private
        view
        returns (uint256)
    {
        if (lo == hi) return lo;
        // Surplus sign (supply - demand) rises with the price: check the ends of the range.
        uint256 supplyToHi;
        for (uint256 l; l <= hi; ++l) {
            supplyToHi += supply[l];
        }
        if (supplyToHi < cumDemand[hi]) return hi; // demand above supply everywhere: the highest
        uint256 supplyToLo = supplyToHi;
        for (uint256 l = hi; l > lo; --l) {
            supplyToLo -= supply[l];
        }
        if (supplyToLo > cumDemand[lo]) return lo; // supply above demand everywhere: the lowest
        uint256 refPrice = _lastTradedPrice;
        if (refPrice == 0) return (lo + hi) / 2;
        uint256 floor = r.priceFloor;
        uint256 tick = r.priceTick;
        if (refPrice <= floor + lo * tick) return lo;
        if (refPrice >= floor + hi * tick) return hi;
        uint256 k = (refPrice - floor) / tick;
        uint256 rem = (refPrice - floor) - k * tick;
        // Nearest tick, the lower on a tie.
        return rem * 2 > tick ? k + 1 : k;
    }

    /// @dev Records one side's marginal level; returns true when its pro-rata split needs a walk.
    function _setMarginal(Marginal storage mg, uint256 lv, uint256 side, uint256 level, uint256 fill)
        private
        returns (bool pending)
    {
        uint256 total = (lv >> (64 * side)) & MASK64;
        uint256 live =
            ((lv >> (LEVEL_COUNT_SHIFT + 16 * side)) & MASK16) - ((lv >> (LEVEL_CANCELLED_SHIFT + 16 * side)) & MASK16);
        Marginal memory m;
        m.level = uint16(level);
        m.fill = uint64(fill);
        m.total = uint64(total);
        // A single live order, or a whole level filled, leaves no leftover quantum to hand out.
        if (fill < total && live > 1) {
            pending = true;
            m.phase = PHASE_SUM;
            m.cursor = uint16((lv >> (LEVEL_TAIL_SHIFT + 16 * side)) & MASK16);
        }
        mg.level = m.level;
        mg.fill = m.fill;
        mg.total = m.total;
        mg.boundary = 0;
        mg.cursor = m.cursor;
        mg.acc = 0;
        mg.phase = m.phase;
    }

    /// @dev Walks at most `maxSteps` marginal orders; returns true when both sides are final.
    function _allocate(uint256 epoch, uint256 maxSteps) private returns (bool done) {
        uint256 steps;
        done = true;
        for (uint256 side; side < 2; ++side) {
            Marginal storage mgs = _marginals[epoch][side];
            Marginal memory mg = mgs;
            if (mg.phase == PHASE_DONE) continue;
            uint256 lv = _levels[epoch][mg.level];
            while (mg.phase != PHASE_DONE && steps < maxSteps) {
                if (mg.cursor == 0) {
                    // End of the sum walk: the leftover quanta go one each to the earliest live orders.
                    uint256 leftover = mg.fill - mg.acc;
                    uint256 cancelled = (lv >> (LEVEL_CANCELLED_SHIFT + 16 * side)) & MASK16;
                    if (leftover == 0 || cancelled == 0) {
                        // Ranks of live orders are 0.. without gaps: the first `leftover` ranks get one more.
                        mg.boundary = uint16(leftover);
                        mg.phase = PHASE_DONE;
                    } else {
                        uint256 liveCount = ((lv >> (LEVEL_COUNT_SHIFT + 16 * side)) & MASK16) - cancelled;
                        mg.phase = PHASE_BOUNDARY;
                        mg.cursor = uint16((lv >> (LEVEL_TAIL_SHIFT + 16 * side)) & MASK16);
                        // Skip the latest (live - leftover) live orders; the next live one is the last owed a quantum.
                        mg.acc = uint64(liveCount - leftover);
                    }
                    continue;
                }
                uint256 order = _orders[(epoch << 16) | (mg.cursor - 1)];
                ++steps;
                bool live = (order >> (ORDER_FLAGS_SHIFT + 1)) & 3 != STATUS_CANCELLED;
                if (mg.phase == PHASE_SUM) {
                    if (live) mg.acc += uint64(((order >> ORDER_QUANTA_SHIFT) & MASK40) * mg.fill / mg.total);
                } else if (live) {
                    if (mg.acc == 0) {
                        mg.boundary = uint16(((order >> ORDER_RANK_SHIFT) & MASK16) + 1);
                        mg.phase = PHASE_DONE;
                        continue;
                    }
                    --mg.acc;
                }
                mg.cursor = uint16((order >> ORDER_PREV_SHIFT) & MASK16);
            }
            mgs.boundary = mg.boundary;
            mgs.cursor = mg.cursor;
            mgs.acc = mg.acc;
            mgs.phase = mg.phase;
            if (mg.phase != PHASE_DONE) done = false;
        }
        if (done) {
            _epochs[epoch].status = STORED_SETTLING;
            emit AllocationCompleted(epoch);
        }
    }

    // ------------------------------------------------------------------ internals: settlement

    function _settleBatch(uint256 epoch, uint256 maxOrders) private returns (uint256 settled) {
        EpochState storage st = _epochs[epoch];
        EpochState memory s = st;
        if (s.status == STORED_NOT_CLEARED) revert Trading__EpochNotCleared(epoch);
        if (s.status == STORED_CLEARED) revert Trading__AllocationPending(epoch);
        if (s.status == STORED_SETTLED) return 0;
        Rules memory r = _rules[s.rulesId];
        Marginal[2] memory m = _marginals[epoch];
        uint256 cursor = s.settleCursor;
        uint256 end = cursor + maxOrders;
        if (end > s.orderCount) end = s.orderCount;
        uint256 base = epoch << 16;
        for (uint256 i = cursor; i < end; ++i) {
            uint256 orderId = base | i;
            uint256 order = _orders[orderId];
            if ((order >> (ORDER_FLAGS_SHIFT + 1)) & 3 == STATUS_OPEN) {
                _settleOrder(orderId, order, s, r, m[(order >> ORDER_FLAGS_SHIFT) & 1]);
                ++settled;
            }
        }
        st.settleCursor = uint16(end);
        // settled <= orderCount - settledCount: every order settles at most once.
        unchecked {
            st.settledCount = uint16(s.settledCount + settled);
        }
        if (end == s.orderCount) {
            st.status = STORED_SETTLED;
            emit EpochSettled(epoch);
            _advanceSettleHead();
        }
    }

    function _advanceSettleHead() private {
        uint256 h = _settleHead;
        uint256 clearHead = _clearHead;
        while (h < clearHead && _epochs[_bookedEpochs[h]].status == STORED_SETTLED) ++h;
        _settleHead = h;
    }

    function _settleOrder(uint256 orderId, uint256 order, EpochState memory s, Rules memory r, Marginal memory mg)
        private
    {
        address owner = address(uint160(order));
        uint256 quantum = r.amountQuantum;
        uint256 quanta = (order >> ORDER_QUANTA_SHIFT) & MASK40;
        uint256 filled = _fillOf(order, s.traded, mg);
        _orders[orderId] = order | (uint256(STATUS_SETTLED) << (ORDER_FLAGS_SHIFT + 1));
        uint256 gridPaid;
        uint256 tokenPaid;
        if ((order >> ORDER_FLAGS_SHIFT) & 1 == 1) {
            uint256 limit = r.priceFloor + ((order >> ORDER_LEVEL_SHIFT) & MASK16) * r.priceTick;
            uint256 fee = r.wheelingFeePerKwh;
            // Escrow minus what the fill costs at the clearing price; clearing price <= limit for a filled buyer.
            tokenPaid = (quanta * quantum * (limit + fee) - filled * quantum * (s.clearingPrice + fee)) / ONE;
            gridPaid = filled * quantum;
            if (gridPaid != 0) _grid.safeTransfer(owner, gridPaid);
            if (tokenPaid != 0) _token.safeTransfer(owner, tokenPaid);
        } else {
            tokenPaid = filled * quantum * s.clearingPrice / ONE;
            gridPaid = (quanta - filled) * quantum;
            if (tokenPaid != 0) _token.safeTransfer(owner, tokenPaid);
            if (gridPaid != 0) _grid.safeTransfer(owner, gridPaid);
        }
        emit OrderSettled(orderId, owner, filled * quantum, gridPaid, tokenPaid);
    }

    /// @dev Quanta filled for an order of a cleared epoch; `mg` is the marginal level of the order's side.
    function _fillOf(uint256 order, bool traded, Marginal memory mg) private pure returns (uint256) {
        if (!traded || (order >> (ORDER_FLAGS_SHIFT + 1)) & 3 == STATUS_CANCELLED) return 0;
        uint256 level = (order >> ORDER_LEVEL_SHIFT) & MASK16;
        uint256 quanta = (order >> ORDER_QUANTA_SHIFT) & MASK40;
        if (level == mg.level) {
            if (mg.fill == mg.total) return quanta;
            uint256 share = quanta * mg.fill / mg.total;
            if (((order >> ORDER_RANK_SHIFT) & MASK16) < mg.boundary) ++share;
            return share;
        }
        // Sellers below the marginal level and buyers above it fill whole.
        return (((order >> ORDER_FLAGS_SHIFT) & 1) == 0) == (level < mg.level) ? quanta : 0;
    }

    function _isPendingMarginal(uint256 order, bool traded, Marginal memory mg) private pure returns (bool) {
        return traded && mg.phase != PHASE_DONE && ((order >> ORDER_LEVEL_SHIFT) & MASK16) == mg.level;
    }

    // ------------------------------------------------------------------ internals: time and rules

    function _currentEpoch() private view returns (uint256) {
        if (block.timestamp < _firstEpochStart) revert Trading__MarketNotOpen(_firstEpochStart);
        return (block.timestamp - _firstEpochStart) / _epochLength;
    }

    /// @dev Before the market opens, rules set now take effect from epoch 0 + 1; epoch 0 keeps the deployed ones.
    function _currentEpochUnchecked() private view returns (uint256) {
        if (block.timestamp < _firstEpochStart) return 0;
        return (block.timestamp - _firstEpochStart) / _epochLength;
    }

    function _epochEnd(uint256 epoch) private view returns (uint256) {
        return _firstEpochStart + (epoch + 1) * _epochLength;
    }

    /// @dev The rules of an epoch: those it was booked with, or else the latest in force from it.
    function _rulesIdOf(uint256 epoch) private view returns (uint256) {
        EpochState storage st = _epochs[epoch];
        if (st.orderCount != 0) return st.rulesId;
        uint256 id = _rules.length - 1;
        while (id > 0 && _rules[id].effectiveEpoch > epoch) --id;
        return id;
    }

    function _toRules(MarketRules memory rules, uint256 effectiveEpoch) private pure returns (Rules memory r) {
        uint256 floor = rules.priceFloor;
        uint256 tick = rules.priceTick;
        uint256 quantum = rules.amountQuantum;
        if (floor == 0 || floor > type(uint96).max) revert Trading__InvalidMarketRules("priceFloor");
        if (tick == 0 || tick > type(uint96).max) revert Trading__InvalidMarketRules("priceTick");
        if (rules.priceCeiling < floor || rules.priceCeiling > type(uint96).max) {
            revert Trading__InvalidMarketRules("priceCeiling");
        }
        if ((rules.priceCeiling - floor) % tick != 0) revert Trading__InvalidMarketRules("priceCeilingOffTick");
        uint256 levels = (rules.priceCeiling - floor) / tick + 1;
        if (levels > MAX_PRICE_LEVELS) revert Trading__InvalidMarketRules("tooManyLevels");
        if (quantum == 0 || quantum > type(uint80).max) revert Trading__InvalidMarketRules("amountQuantum");
        if (rules.wheelingFeePerKwh > type(uint80).max) revert Trading__InvalidMarketRules("wheelingFeePerKwh");
        // Every amount times every price (and fee) must be a whole number of base units: no rounding, no dust.
        if (
            (quantum * floor) % ONE != 0 || (quantum * tick) % ONE != 0
                || (quantum * rules.wheelingFeePerKwh) % ONE != 0
        ) {
            revert Trading__InvalidMarketRules("amountTimesPriceNotWhole");
        }
        if (rules.minOrderAmount < quantum || rules.minOrderAmount % quantum != 0) {
            revert Trading__InvalidMarketRules("minOrderAmount");
        }
        uint256 minQuanta = rules.minOrderAmount / quantum;
        if (minQuanta > MASK40) revert Trading__InvalidMarketRules("minOrderAmount");
        if (rules.maxOrdersPerUser == 0 || rules.maxOrdersPerUser > MAX_ORDERS_PER_USER_LIMIT) {
            revert Trading__InvalidMarketRules("maxOrdersPerUser");
        }
        if (rules.maxOrdersPerEpoch == 0 || rules.maxOrdersPerEpoch > MAX_ORDERS_PER_EPOCH_LIMIT) {
            revert Trading__InvalidMarketRules("maxOrdersPerEpoch");
        }
        r.priceFloor = uint96(floor);
        r.priceTick = uint96(tick);
        r.effectiveEpoch = uint64(effectiveEpoch);
        r.amountQuantum = uint80(quantum);
        r.wheelingFeePerKwh = uint80(rules.wheelingFeePerKwh);
        r.levelCount = uint16(levels);
        r.maxOrdersPerUser = uint16(rules.maxOrdersPerUser);
        r.maxOrdersPerEpoch = uint16(rules.maxOrdersPerEpoch);
        r.minQuanta = uint48(minQuanta);
    }
}
