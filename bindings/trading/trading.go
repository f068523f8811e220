// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package trading

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// ITradingEpochResult is an auto generated low-level Go binding around an user-defined struct.
type ITradingEpochResult struct {
	Status        uint8
	StartTime     *big.Int
	EndTime       *big.Int
	ClearingPrice *big.Int
	Volume        *big.Int
	OrderCount    *big.Int
	SettledCount  *big.Int
	SettleCursor  *big.Int
}

// ITradingMarketConfig is an auto generated low-level Go binding around an user-defined struct.
type ITradingMarketConfig struct {
	EpochLength       uint64
	FirstEpochStart   uint64
	PriceFloor        *big.Int
	PriceCeiling      *big.Int
	PriceTick         *big.Int
	AmountQuantum     *big.Int
	MinOrderAmount    *big.Int
	MaxOrdersPerUser  *big.Int
	MaxOrdersPerEpoch *big.Int
	WheelingFeePerKwh *big.Int
	GridOperator      common.Address
	SettleBatchSize   *big.Int
}

// ITradingMarketRules is an auto generated low-level Go binding around an user-defined struct.
type ITradingMarketRules struct {
	PriceFloor        *big.Int
	PriceCeiling      *big.Int
	PriceTick         *big.Int
	AmountQuantum     *big.Int
	MinOrderAmount    *big.Int
	MaxOrdersPerUser  *big.Int
	MaxOrdersPerEpoch *big.Int
	WheelingFeePerKwh *big.Int
}

// ITradingOrderInfo is an auto generated low-level Go binding around an user-defined struct.
type ITradingOrderInfo struct {
	OrderId      *big.Int
	Epoch        *big.Int
	Owner        common.Address
	Side         uint8
	Status       uint8
	Amount       *big.Int
	LimitPrice   *big.Int
	FilledAmount *big.Int
	FillFinal    bool
}

// TradingMetaData contains all meta data concerning the Trading contract.
var TradingMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"registry_\",\"type\":\"address\",\"internalType\":\"contractIRegistry\"},{\"name\":\"grid_\",\"type\":\"address\",\"internalType\":\"contractIGridToken\"},{\"name\":\"settlementToken_\",\"type\":\"address\",\"internalType\":\"contractIERC20\"},{\"name\":\"governance\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"config\",\"type\":\"tuple\",\"internalType\":\"structITrading.MarketConfig\",\"components\":[{\"name\":\"epochLength\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"firstEpochStart\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"priceFloor\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"priceCeiling\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"priceTick\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"amountQuantum\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minOrderAmount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maxOrdersPerUser\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maxOrdersPerEpoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"wheelingFeePerKwh\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"gridOperator\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"settleBatchSize\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"ALLOCATION_STEPS_PER_BATCH_ORDER\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DEFAULT_ADMIN_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"GOVERNANCE_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MARKET_MAKER_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_ORDERS_PER_EPOCH_LIMIT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_ORDERS_PER_USER_LIMIT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_PRICE_LEVELS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"PAUSER_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"allocateMarginal\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maxSteps\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"done\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"cancelOrder\",\"inputs\":[{\"name\":\"orderId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"checkUpkeep\",\"inputs\":[{\"name\":\"\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"upkeepNeeded\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"performData\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"claim\",\"inputs\":[{\"name\":\"orderId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"createBuyOrder\",\"inputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"limitPrice\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"createSellOrder\",\"inputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"limitPrice\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"currentEpoch\",\"inputs\":[],\"outputs\":[{\"name\":\"epoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"endTime\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"epochAt\",\"inputs\":[{\"name\":\"timestamp\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"epochLength\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"firstEpochStart\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getDepth\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"prices\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"},{\"name\":\"supply\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"},{\"name\":\"demand\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getEpochResult\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"result\",\"type\":\"tuple\",\"internalType\":\"structITrading.EpochResult\",\"components\":[{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"enumITrading.EpochStatus\"},{\"name\":\"startTime\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"endTime\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"clearingPrice\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"volume\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"orderCount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"settledCount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"settleCursor\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getOrder\",\"inputs\":[{\"name\":\"orderId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"info\",\"type\":\"tuple\",\"internalType\":\"structITrading.OrderInfo\",\"components\":[{\"name\":\"orderId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"epoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"side\",\"type\":\"uint8\",\"internalType\":\"enumITrading.Side\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"enumITrading.OrderStatus\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"limitPrice\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"filledAmount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"fillFinal\",\"type\":\"bool\",\"internalType\":\"bool\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getRoleAdmin\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"grantRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"gridOperator\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"gridToken\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"hasRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"lastTradedPrice\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"marketRules\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"rules\",\"type\":\"tuple\",\"internalType\":\"structITrading.MarketRules\",\"components\":[{\"name\":\"priceFloor\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"priceCeiling\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"priceTick\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"amountQuantum\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minOrderAmount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maxOrdersPerUser\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maxOrdersPerEpoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"wheelingFeePerKwh\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"matchOrders\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"nextEpochToClear\",\"inputs\":[],\"outputs\":[{\"name\":\"pending\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"epoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"ordersOf\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"orderIds\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pause\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"paused\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"performUpkeep\",\"inputs\":[{\"name\":\"performData\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"registry\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"renounceRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callerConfirmation\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setGridOperator\",\"inputs\":[{\"name\":\"gridOperator_\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setMarketRules\",\"inputs\":[{\"name\":\"rules\",\"type\":\"tuple\",\"internalType\":\"structITrading.MarketRules\",\"components\":[{\"name\":\"priceFloor\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"priceCeiling\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"priceTick\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"amountQuantum\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minOrderAmount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maxOrdersPerUser\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maxOrdersPerEpoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"wheelingFeePerKwh\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setSettleBatchSize\",\"inputs\":[{\"name\":\"settleBatchSize_\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"settleBatchSize\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"settleOrders\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maxOrders\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"settlementToken\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"supportsInterface\",\"inputs\":[{\"name\":\"interfaceId\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"unpause\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"AllocationCompleted\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EpochCleared\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"clearingPrice\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"volume\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"wheelingFee\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EpochSettled\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"GridOperatorChanged\",\"inputs\":[{\"name\":\"previous\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"current\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"MarketRulesChanged\",\"inputs\":[{\"name\":\"effectiveEpoch\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"rules\",\"type\":\"tuple\",\"indexed\":false,\"internalType\":\"structITrading.MarketRules\",\"components\":[{\"name\":\"priceFloor\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"priceCeiling\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"priceTick\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"amountQuantum\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minOrderAmount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maxOrdersPerUser\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maxOrdersPerEpoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"wheelingFeePerKwh\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OrderCancelled\",\"inputs\":[{\"name\":\"orderId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"owner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"refund\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OrderPlaced\",\"inputs\":[{\"name\":\"orderId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"epoch\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"owner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"side\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumITrading.Side\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"limitPrice\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"escrow\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OrderSettled\",\"inputs\":[{\"name\":\"orderId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"owner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"filledAmount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"gridPaid\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"tokenPaid\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Paused\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleAdminChanged\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"previousAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"newAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleGranted\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleRevoked\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SettleBatchSizeChanged\",\"inputs\":[{\"name\":\"previous\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"current\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Unpaused\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"UpkeepSkipped\",\"inputs\":[{\"name\":\"action\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumITrading.UpkeepAction\"},{\"name\":\"epoch\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"cursor\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AccessControlBadConfirmation\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"AccessControlUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"neededRole\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"EnforcedPause\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ExpectedPause\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"OnlySimulatedBackend\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"SafeERC20FailedOperation\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Trading__AllocationPending\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Trading__AmountBelowMinimum\",\"inputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minimum\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Trading__AmountTooLarge\",\"inputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Trading__EarlierEpochNotCleared\",\"inputs\":[{\"name\":\"pendingEpoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Trading__EpochAlreadyCleared\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Trading__EpochClosed\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Trading__EpochEmpty\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Trading__EpochNotCleared\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Trading__EpochNotEnded\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"endTime\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Trading__EpochOrderLimitReached\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"limit\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Trading__InvalidAmount\",\"inputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"quantum\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Trading__InvalidConfig\",\"inputs\":[{\"name\":\"setting\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"Trading__InvalidMarketRules\",\"inputs\":[{\"name\":\"rule\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"Trading__InvalidPerformData\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Trading__MarketNotOpen\",\"inputs\":[{\"name\":\"firstEpochStart\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Trading__NotOrderOwner\",\"inputs\":[{\"name\":\"orderId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Trading__OrderNotFound\",\"inputs\":[{\"name\":\"orderId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Trading__OrderNotOpen\",\"inputs\":[{\"name\":\"orderId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Trading__PriceOffGrid\",\"inputs\":[{\"name\":\"price\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Trading__UserNotVerified\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Trading__UserOrderLimitReached\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"epoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"limit\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Trading__ZeroAddress\",\"inputs\":[]}]",
	ID:  "Trading",
	Bin: "0x61012060405234801561001157600080fd5b50604051616b2c380380616b2c833981016040819052610030916109ce565b6001600160a01b038516158061004d57506001600160a01b038416155b8061005f57506001600160a01b038316155b8061007157506001600160a01b038216155b8061008857506101408101516001600160a01b0316155b156100a6576040516392e8ebe560e01b815260040160405180910390fd5b80516001600160401b03166000036100e65760405163bc0faef560e01b81526a0cae0dec6d098cadccee8d60ab1b60048201526024015b60405180910390fd5b61016081015115806100fe575061ffff816101600151115b156101305760405163bc0faef560e01b81526e736574746c65426174636853697a6560881b60048201526024016100dd565b6001600160a01b0380861660805284811660a052831660c05280516001600160401b0390811660e052602082015116156101775780602001516001600160401b0316610179565b425b6101008181525050806101400151600360006101000a8154816001600160a01b0302191690836001600160a01b0316021790555080610160015160048190555060006040518061010001604052808360400151815260200183606001518152602001836080015181526020018360a0015181526020018360c0015181526020018360e00151815260200183610100015181526020018361012001518152509050600261022c8260006103f960201b60201c565b81546001818101845560009384526020808520845160029094020180549185015160408601516001600160401b0316600160c01b9081026001600160c01b036001600160601b039384166c01000000000000000000000000026001600160c01b03199096169390971692909217939093178516178155606085015192018054608086015160a087015160c088015160e08901516101009099015165ffffffffffff16600160d01b026001600160d01b0361ffff9a8b1690970296909616908916600160b01b0261ffff60b01b1999909216600160a01b029890981663ffffffff60a01b196001600160501b039384166a0100000000000000000000026001600160a01b03199095169390971692909217929092179490941693909317929092179092169290921717905561036090846108ac565b5060007f2e39d206f665c4332fea1a95cb5b6c07291d311565e9a03b498781cf79856cf2826040516103e69190600061010082019050825182526020830151602083015260408301516040830152606083015160608301526080830151608083015260a083015160a083015260c083015160c083015260e083015160e083015292915050565b60405180910390a2505050505050610b7b565b6040805161012081018252600080825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081019190915282516040840151606085015182158061046157506001600160601b0383115b1561048d5760405162482e1560e01b815269383934b1b2a33637b7b960b11b60048201526024016100dd565b8115806104a057506001600160601b0382115b156104cb5760405162482e1560e01b81526870726963655469636b60b81b60048201526024016100dd565b82866020015110806104e7575060208601516001600160601b03105b156105155760405162482e1560e01b81526b70726963654365696c696e6760a01b60048201526024016100dd565b818387602001516105269190610b00565b6105309190610b29565b1561056f5760405162482e1560e01b81527f70726963654365696c696e674f66665469636b0000000000000000000000000060048201526024016100dd565b6000828488602001516105829190610b00565b61058c9190610b3d565b610597906001610b51565b90506102008111156105cd5760405162482e1560e01b81526c746f6f4d616e794c6576656c7360981b60048201526024016100dd565b8115806105e057506001600160501b0382115b1561060f5760405162482e1560e01b81526c616d6f756e745175616e74756d60981b60048201526024016100dd565b60e08701516001600160501b0310156106505760405162482e1560e01b8152700eed0cacad8d2dcce8ccacaa0cae496eed607b1b60048201526024016100dd565b670de0b6b3a76400006106638584610b64565b61066d9190610b29565b1515806106955750670de0b6b3a76400006106888484610b64565b6106929190610b29565b15155b806106c15750670de0b6b3a76400008760e00151836106b49190610b64565b6106be9190610b29565b15155b156107005760405162482e1560e01b81527f616d6f756e7454696d657350726963654e6f7457686f6c65000000000000000060048201526024016100dd565b8187608001511080610720575081876080015161071d9190610b29565b15155b156107505760405162482e1560e01b81526d1b5a5b93dc99195c905b5bdd5b9d60921b60048201526024016100dd565b60008288608001516107629190610b3d565b905064ffffffffff81111561079c5760405162482e1560e01b81526d1b5a5b93dc99195c905b5bdd5b9d60921b60048201526024016100dd565b60a088015115806107b1575060ff8860a00151115b156107e35760405162482e1560e01b81526f36b0bc27b93232b939a832b92ab9b2b960811b60048201526024016100dd565b60c088015115806107f9575061ffff8860c00151115b1561082c5760405162482e1560e01b8152700dac2f09ee4c8cae4e6a0cae48ae0dec6d607b1b60048201526024016100dd565b6001600160601b0394851686529290931660208501526001600160401b0390941660408401526001600160501b03938416606084015260e080860151909416608084015261ffff91821660a080850191909152850151821660c08085019190915290940151169181019190915265ffffffffffff90911661010082015290565b6000828152602081815260408083206001600160a01b038516845290915281205460ff1661094e576000838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556109063390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610952565b5060005b92915050565b6001600160a01b038116811461096d57600080fd5b50565b805161097b81610958565b919050565b60405161018081016001600160401b03811182821017156109b157634e487b7160e01b600052604160045260246000fd5b60405290565b80516001600160401b038116811461097b57600080fd5b60008060008060008587036102008112156109e857600080fd5b86516109f381610958565b6020880151909650610a0481610958565b6040880151909550610a1581610958565b6060880151909450610a2681610958565b9250610180607f1982011215610a3b57600080fd5b50610a44610980565b610a50608088016109b7565b8152610a5e60a088016109b7565b602082015260c087810151604083015260e0808901516060840152610100808a01516080850152610120808b015160a08601526101408b0151938501939093526101608a015191840191909152610180890151908301526101a088015190820152610acc6101c08801610970565b6101408201526101e096909601516101608701525092959194509290565b634e487b7160e01b600052601160045260246000fd5b8181038181111561095257610952610aea565b634e487b7160e01b600052601260045260246000fd5b600082610b3857610b38610b13565b500690565b600082610b4c57610b4c610b13565b500490565b8082018082111561095257610952610aea565b808202811582820484141761095257610952610aea565b60805160a05160c05160e05161010051615ec5610c67600039600081816103a9015281816110f10152818161112601528181611178015281816128af01528181613f64015281816140f1015281816141260152818161417801526141eb0152600081816104f60152818161115401528181612884015281816128e001528181613f2a01526141540152600081816105c0015281816114fc015281816134e60152818161384b015281816138dc0152613e600152600081816103cf015281816114590152818161347401528181613811015261391601526000818161059a015261330e0152615ec56000f3fe608060405234801561001057600080fd5b50600436106102ff5760003560e01c806357d775f81161019c578063a217fddf116100ee578063d09ef24111610097578063e63ab1e911610071578063e63ab1e914610745578063eb8994241461076c578063f36c8f5c1461063657600080fd5b8063d09ef2411461070a578063d547741f1461072a578063def5bd8c1461073d57600080fd5b8063b56beccb116100c8578063b56beccb146106ba578063bee9eaef146106e1578063cc925d2c146106ea57600080fd5b8063a217fddf14610636578063a963eb551461063e578063b2792fb21461064657600080fd5b806376671808116101505780638456cb591161012a5780638456cb59146105e45780638a1f93ad146105ec57806391d14854146105ff57600080fd5b8063766718081461057b5780637b103999146105985780637b9e618d146105be57600080fd5b80635c975abb116101815780635c975abb1461052d5780636e04ff0d1461053857806375e618c91461055957600080fd5b806357d775f8146104f45780635a449d1e1461051a57600080fd5b80632cb4f4b7116102555780633f4ba83a116102095780634b62811b116101e35780634b62811b146104c8578063514fcac7146104d95780635348da84146104ec57600080fd5b80633f4ba83a1461049a5780634585e33b146104a25780634a439cfe146104b557600080fd5b8063343d77151161023a578063343d77151461046157806336568abe14610474578063379607f51461048757600080fd5b80632cb4f4b71461043b5780632f2ff15d1461044e57600080fd5b80631df68102116102b7578063248a9ca311610291578063248a9ca31461040757806325300a021461042a5780632c0b1ab11461043257600080fd5b80631df6810214610394578063219f2428146103a757806322fa7544146103cd57600080fd5b80630d999f87116102e85780630d999f871461034d5780630ed82b9d1461036257806311cb1eea1461037557600080fd5b806301ffc9a71461030457806308635ab31461032c575b600080fd5b61031761031236600461585f565b61078c565b60405190151581526020015b60405180910390f35b61033f61033a3660046158a1565b610825565b604051908152602001610323565b61036061035b3660046158df565b610865565b005b6103176103703660046158a1565b61091a565b61037d610979565b604080519215158352602083019190915201610323565b61033f6103a23660046158a1565b6109b8565b7f000000000000000000000000000000000000000000000000000000000000000061033f565b7f00000000000000000000000000000000000000000000000000000000000000005b6040516001600160a01b039091168152602001610323565b61033f6104153660046158fa565b60009081526020819052604090206001015490565b60055461033f565b61033f61020081565b61033f6104493660046158a1565b6109d5565b61036061045c366004615913565b6109eb565b61036061046f3660046158fa565b610a16565b610360610482366004615913565b610aca565b6103606104953660046158fa565b610b1b565b610360610e31565b6103606104b036600461593f565b610e66565b61033f6104c33660046158fa565b6110ed565b6003546001600160a01b03166103ef565b6103606104e73660046158fa565b6111a7565b60045461033f565b7f000000000000000000000000000000000000000000000000000000000000000061033f565b6103606105283660046158fa565b611575565b60015460ff16610317565b61054b61054636600461593f565b6115ac565b6040516103239291906159b3565b61056c6105673660046158fa565b6117ae565b60405161032393929190615a46565b610583611a64565b60408051928352602083019190915201610323565b7f00000000000000000000000000000000000000000000000000000000000000006103ef565b7f00000000000000000000000000000000000000000000000000000000000000006103ef565b610360611a80565b6103606105fa366004615a7f565b611ab2565b61031761060d366004615913565b6000918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b61033f600081565b61033f60ff81565b6106596106543660046158fa565b611ee6565b6040516103239190600061010082019050825182526020830151602083015260408301516040830152606083015160608301526080830151608083015260a083015160a083015260c083015160c083015260e083015160e083015292915050565b61033f7f75e5bf8b7de9fd9f24c97951733c6410a040b7a07b543096cb36c6dda365aa8b81565b61033f61ffff81565b6106fd6106f8366004615913565b6120d0565b6040516103239190615a9b565b61071d6107183660046158fa565b612210565b6040516103239190615ae8565b610360610738366004615913565b612680565b61033f600a81565b61033f7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a81565b61077f61077a3660046158fa565b6126a5565b6040516103239190615b6d565b60007fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b00000000000000000000000000000000000000000000000000000000148061081f57507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b60007f75e5bf8b7de9fd9f24c97951733c6410a040b7a07b543096cb36c6dda365aa8b61085181612a09565b61085b8484612a13565b91505b5092915050565b600061087081612a09565b6001600160a01b0382166108b0576040517f92e8ebe500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6003546040516001600160a01b038085169216907f870836e00d6c68fba2e15078da60d78fdcb58974316900f69144cdedb0ef084590600090a3506003805473ffffffffffffffffffffffffffffffffffffffff19166001600160a01b0392909216919091179055565b600082815260076020526040812054640100000000900460ff168061095a576040516322410cb160e01b8152600481018590526024015b60405180910390fd5b60ff811660011461096f57600191505061081f565b61085b8484612e21565b600c54600d54600091829110156109b4576001600c600d54815481106109a1576109a1615bd5565b9060005260206000200154915091509091565b9091565b60006109c261329e565b6109ce600084846132dd565b9392505050565b60006109df61329e565b6109ce600184846132dd565b600082815260208190526040902060010154610a0681612a09565b610a10838361356e565b50505050565b6000610a2181612a09565b811580610a2f575061ffff82115b15610a88576040517fbc0faef50000000000000000000000000000000000000000000000000000000081527f736574746c65426174636853697a6500000000000000000000000000000000006004820152602401610951565b60045460408051918252602082018490527f81e4f58c277f8ef6f39febce6c7e6d24b88e577978a66492835849b1b235baf8910160405180910390a150600455565b6001600160a01b0381163314610b0c576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610b168282613618565b505050565b600081815260066020526040902054806001600160a01b038116610b5557604051630af05e2360e01b815260048101849052602401610951565b6001600160a01b0381163314610b875760405163cbd1f90360e01b815260048101849052336024820152604401610951565b6001610b9460f882615c01565b83901c60031614610bbb576040516338e93e6560e11b815260048101849052602401610951565b601083901c6000818152600760209081526040808320815161012081018352848152928301849052606083018490526080830184905260a0830184905260c0830184905260e083018490526101008301939093528254640100000000900460ff16908201819052610c42576040516322410cb160e01b815260048101849052602401610951565b8154670100000000000000810460ff1615156080830152600160a01b90046001600160601b03166101008201526000838152600a6020526040812060f887901c60011660028110610c9557610c95615bd5565b6040805160e08101825260006080820181905260a082015292909101805461ffff808216855267ffffffffffffffff62010000830481166020870152600160501b83041685850152600160901b820416606085015260ff600160f01b909104811660c085015291850151909350166001148015610d1c5750610d1c8784608001518361369b565b15610d3d576040516314c9067160e31b815260048101869052602401610951565b83546002805460009262010000900461ffff16908110610d5f57610d5f615bd5565b60009182526020808320604080516101208101825290810185905260a0810185905260c0810185905260e0810185905261010081019490945260029290920290910180546001600160601b038082168552600160601b909104169183019190915260018101546001600160501b038082166060850152600160501b9091041660808301529150610df28a8a8784876136d3565b50508354600161ffff600160901b808404821692909201160273ffff000000000000000000000000000000000000199091161790935550505050505050565b7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a610e5b81612a09565b610e6361399e565b50565b7f75e5bf8b7de9fd9f24c97951733c6410a040b7a07b543096cb36c6dda365aa8b610e9081612a09565b60608214610eb157604051634918e0a160e01b815260040160405180910390fd5b60008080610ec185870187615c14565b6000828152600760205260409020549295509093509150640100000000900460ff1660018403610f465760ff811615610f3857827f8bfe26ae2150a534163bda89d775c3ad03ff65322fe7307383b07f7f916ed6dc600184604051610f27929190615c40565b60405180910390a250505050505050565b610f41836139f0565b6110e4565b60028403610fce5760ff8116610f72576040516322410cb160e01b815260048101849052602401610951565b60ff8116600114610fb057827f8bfe26ae2150a534163bda89d775c3ad03ff65322fe7307383b07f7f916ed6dc600284604051610f27929190615c40565b610fc883600a600454610fc39190615c57565b612e21565b506110e4565b600384036110cb5760ff8116610ffa576040516322410cb160e01b815260048101849052602401610951565b60001960ff821601611022576040516314c9067160e31b815260048101849052602401610951565b600083815260076020526040902054600160801b900461ffff16600360ff8316148061104d57508083105b1561109757837f8bfe26ae2150a534163bda89d775c3ad03ff65322fe7307383b07f7f916ed6dc600385604051611085929190615c40565b60405180910390a25050505050505050565b808311156110b857604051634918e0a160e01b815260040160405180910390fd5b6110c484600454612a13565b50506110e4565b604051634918e0a160e01b815260040160405180910390fd5b50505050505050565b60007f00000000000000000000000000000000000000000000000000000000000000008210156111525760405163f58880df60e01b81527f00000000000000000000000000000000000000000000000000000000000000006004820152602401610951565b7f000000000000000000000000000000000000000000000000000000000000000061119d7f000000000000000000000000000000000000000000000000000000000000000084615c6e565b61081f9190615c97565b600081815260066020526040902054806001600160a01b0381166111e157604051630af05e2360e01b815260048101849052602401610951565b6001600160a01b03811633146112135760405163cbd1f90360e01b815260048101849052336024820152604401610951565b600161122060f882615c01565b83901c60031614611247576040516338e93e6560e11b815260048101849052602401610951565b601083901c61125581613f26565b4210611290576040517f5449deb600000000000000000000000000000000000000000000000000000000815260048101829052602401610951565b60008181526008602052604090819020600160f886901c81169260a087811c64ffffffffff169360c889901c61ffff1693601087029092019190911b91850284901b908361020081106112e5576112e5615bd5565b015403016008600086815260200190815260200160002082610200811061130e5761130e615bd5565b015561131c60f86001615c01565b6002901b61132c60f86001615c01565b6000898152600660209081526040808320600390941b198b169490941790925586815260079091529081205460028054909162010000900461ffff1690811061137757611377615bd5565b600091825260208083206040805161012081018252600290940290910180546001600160601b038082168652600160601b8204169385019390935267ffffffffffffffff600160c01b938490041691840191909152600101546001600160501b0380821660608501819052600160501b8304909116608085015261ffff600160a01b8304811660a0860152600160b01b8304811660c086015292820490921660e084015265ffffffffffff600160d01b9091041661010083015290925061143e9085615c57565b90506000856000036114855750806114806001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168983613f88565b611525565b600083602001516001600160601b0316856114a09190615c57565b84516114b591906001600160601b0316615c01565b9050670de0b6b3a764000084608001516001600160501b0316826114d99190615c01565b6114e39085615c57565b6114ed9190615c97565b91506115236001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168a84613f88565b505b876001600160a01b03168a7fc4058ebc534b64ecb27b2d4eaa1904f98997ec18ebe6ada4117593dde89478cc8360405161156191815260200190565b60405180910390a350505050505050505050565b7f75e5bf8b7de9fd9f24c97951733c6410a040b7a07b543096cb36c6dda365aa8b61159f81612a09565b6115a8826139f0565b5050565b600060606115b8613ffc565b600c54600d548181101561162c576000600c82815481106115db576115db615bd5565b906000526020600020015490506115f181613f26565b421061162a5760018082600060405160200161160f93929190615cab565b604051602081830303815290604052945094505050506117a7565b505b600e545b8181101561178d576000600c828154811061164d5761164d615bd5565b60009182526020808320919091015480835260078252604092839020835161012081018552905461ffff8082168352620100008204811694830194909452640100000000810460ff908116958301869052650100000000008204851660608401526701000000000000008204161515608083015268010000000000000000810467ffffffffffffffff1660a0830152600160801b8104841660c0830152600160901b810490931660e0820152600160a01b9092046001600160601b031661010083015292509060001901611751576001600283600060405160200161173493929190615cab565b6040516020818303038152906040529650965050505050506117a7565b600260ff16816040015160ff16036117835760016003838360c0015161ffff1660405160200161173493929190615cab565b5050600101611630565b506000604051806020016040528060008152509350935050505b9250929050565b6060806060600060026117c086614056565b815481106117d0576117d0615bd5565b60009182526020918290206040805161012081018252600290930290910180546001600160601b038082168552600160601b8204169484019490945267ffffffffffffffff600160c01b94859004811692840192909252600101546001600160501b038082166060850152600160501b820416608084015261ffff600160a01b8204811660a08501819052600160b01b8304821660c08601529482041660e084015265ffffffffffff600160d01b90910416610100830152909250819081111561189c5761189c615ccc565b6040519080825280602002602001820160405280156118c5578160200160208202803683370190505b5094508067ffffffffffffffff8111156118e1576118e1615ccc565b60405190808252806020026020018201604052801561190a578160200160208202803683370190505b5093508067ffffffffffffffff81111561192657611926615ccc565b60405190808252806020026020018201604052801561194f578160200160208202803683370190505b5060008781526008602052604081209194505b82811015611a595760008282610200811061197f5761197f615bd5565b0154905084602001516001600160601b03168261199c9190615c57565b85516119b191906001600160601b0316615c01565b8883815181106119c3576119c3615bd5565b602090810291909101015260608501516119f0906001600160501b031667ffffffffffffffff8316615c57565b878381518110611a0257611a02615bd5565b60209081029190910101526060850151611a33906001600160501b0316604083901c67ffffffffffffffff16615c57565b868381518110611a4557611a45615bd5565b602090810291909101015250600101611962565b505050509193909250565b600080611a6f6140ed565b9150611a7a82613f26565b90509091565b7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a611aaa81612a09565b610e636141ac565b6000611abd81612a09565b6000611ac76141e7565b611ad2906001615c01565b90506000611aee611ae836869003860186615ce2565b83614217565b600254909150600090611b0390600190615c6e565b90508260028281548110611b1957611b19615bd5565b6000918252602090912060029091020154600160c01b900467ffffffffffffffff1610801590611b495750600081115b15611cc6578160028281548110611b6257611b62615bd5565b60009182526020918290208351600290920201805492840151604085015167ffffffffffffffff16600160c01b90810277ffffffffffffffffffffffffffffffffffffffffffffffff6001600160601b03938416600160601b027fffffffffffffffff0000000000000000000000000000000000000000000000009097169390951692909217949094178316178155606084015160019091018054608086015160a087015160c088015160e08901516101009099015165ffffffffffff16600160d01b0279ffffffffffffffffffffffffffffffffffffffffffffffffffff61ffff9a8b1690990298909816908916600160b01b0261ffff60b01b1999909216600160a01b029890981663ffffffff60a01b196001600160501b03938416600160501b0273ffffffffffffffffffffffffffffffffffffffff1990951693909616929092179290921793909316929092179190911790911692909217179055611e63565b600280546001810182556000829052835191027f405787fa12a823e0f2b7631cc41b3ba8828b3321ca811111fa75cd3aa3bb5ace810180546020860151604087015167ffffffffffffffff16600160c01b90810277ffffffffffffffffffffffffffffffffffffffffffffffff6001600160601b03938416600160601b027fffffffffffffffff00000000000000000000000000000000000000000000000090951693909716929092179290921785161790915560608501517f405787fa12a823e0f2b7631cc41b3ba8828b3321ca811111fa75cd3aa3bb5acf9092018054608087015160a088015160c089015160e08a01516101008b015165ffffffffffff16600160d01b0279ffffffffffffffffffffffffffffffffffffffffffffffffffff61ffff92831690980297909716918116600160b01b0261ffff60b01b1991909316600160a01b021663ffffffff60a01b196001600160501b03948516600160501b0273ffffffffffffffffffffffffffffffffffffffff19909616949098169390931793909317959095161793909317909316919091171790555b6040805186358152602080880135908201528682013581830152606080880135908201526080808801359082015260a0808801359082015260c0808801359082015260e08088013590820152905184917f2e39d206f665c4332fea1a95cb5b6c07291d311565e9a03b498781cf79856cf291908190036101000190a25050505050565b611f2e60405180610100016040528060008152602001600081526020016000815260200160008152602001600081526020016000815260200160008152602001600081525090565b60006002611f3b84614056565b81548110611f4b57611f4b615bd5565b6000918252602091829020604080516101208101825260029390930290910180546001600160601b03808216808652600160601b83048216968601968752600160c01b9283900467ffffffffffffffff16948601949094526001928301546001600160501b038082166060880152600160501b8204166080870152600160a01b810461ffff90811660a08801908152600160b01b8304821660c0890152938204811660e0880152600160d01b90910465ffffffffffff16610100870152938852945190519395509093169261202292909116615c6e565b61202c9190615c57565b815161204191906001600160601b0316615c01565b6020808401919091528101516001600160601b03166040830152606080820180516001600160501b03908116928501929092525161010083015161209192919091169065ffffffffffff16615c57565b60808084019190915260c08083015161ffff90811660a086015260e080850151909116918501919091529101516001600160501b031690820152919050565b6000828152600b602090815260408083206001600160a01b0385168452909152902080546060919061ffff81168067ffffffffffffffff81111561211657612116615ccc565b60405190808252806020026020018201604052801561213f578160200160208202803683370190505b50935060005b81811015612206576000600f82106121b95761ffff6010612167600f85615c6e565b6121719190615d82565b61217c906010615c57565b86601061218a600f87615c6e565b6121949190615c97565b61219f906001615c01565b601081106121af576121af615bd5565b0154901c166121d7565b61ffff6121c7836001615c01565b6121d2906010615c57565b85901c165b905080601089901b178683815181106121f2576121f2615bd5565b602090810291909101015250600101612145565b5050505092915050565b61226160408051610120810182526000808252602082018190529181018290529060608201908152602001600081526020016000815260200160008152602001600081526020016000151581525090565b6000828152600660205260408120549081900361229457604051630af05e2360e01b815260048101849052602401610951565b601083901c6000818152600760209081526040808320815161012081018352905461ffff80821683526201000082048116948301859052640100000000820460ff908116948401949094526501000000000082048116606084015267010000000000000082049093161515608083015268010000000000000000810467ffffffffffffffff1660a0830152600160801b8104831660c0830152600160901b810490921660e0820152600160a01b9091046001600160601b0316610100820152600280549193929091811061236a5761236a615bd5565b600091825260208083206040805161012081018252600290940290910180546001600160601b038082168652600160601b8204169385019390935267ffffffffffffffff600160c01b9384900416918401919091526001908101546001600160501b038082166060860152600160501b820416608085015261ffff600160a01b8204811660a080870191909152600160b01b8304821660c0870152938204811660e086015265ffffffffffff600160d01b9092049190911661010085015292945060c888901c909216929087901c64ffffffffff169161244c9060f890615c01565b898952602089018790526001600160a01b03881660408a015260039088901c169050600160f888901c81169081111561248757612487615aae565b8860600190600181111561249d5761249d615aae565b908160018111156124b0576124b0615aae565b9052508060038111156124c5576124c5615aae565b886080019060038111156124db576124db615aae565b908160038111156124ee576124ee615aae565b9052506060840151612509906001600160501b031683615c57565b60a08901526020840151612526906001600160601b031684615c57565b845161253b91906001600160601b0316615c01565b60c0890152604085015160ff1615612674576000868152600a6020526040812060608a0151600181111561257157612571615aae565b6002811061258157612581615bd5565b6040805160e081018252929091015461ffff808216845267ffffffffffffffff62010000830481166020860152600160501b8304811693850193909352600160901b820481166060850152600160a01b8204166080840152600160b01b810490911660a083015260ff600160f01b9091041660c0820152905060011982016126105760016101008a0152612672565b604086015160ff16600114158061263357506126318887608001518361369b565b155b156126725760016101008a0152606085015160808701516001600160501b0390911690612662908a9084614766565b61266c9190615c57565b60e08a01525b505b50505050505050919050565b60008281526020819052604090206001015461269b81612a09565b610a108383613618565b6126ee6040805161010081019091528060008152602001600081526020016000815260200160008152602001600081526020016000815260200160008152602001600081525090565b6000828152600760209081526040808320815161012081018352905461ffff808216835262010000820481169483019490945260ff64010000000082048116938301939093526501000000000081048416606083015267010000000000000081049092161515608082015267ffffffffffffffff6801000000000000000083041660a0820152600160801b8204831660c0820152600160901b820490921660e08301526001600160601b03600160a01b909104166101008201529060026127b485614056565b815481106127c4576127c4615bd5565b6000918252602091829020604080516101208101825260029390930290910180546001600160601b038082168552600160601b82041694840194909452600160c01b9384900467ffffffffffffffff1691830191909152600101546001600160501b038082166060840152600160501b8204166080830152600160a01b810461ffff90811660a0840152600160b01b8204811660c084015292810490921660e0820152600160d01b90910465ffffffffffff1661010082015290506128a97f000000000000000000000000000000000000000000000000000000000000000085615c57565b6128d3907f0000000000000000000000000000000000000000000000000000000000000000615c01565b60208401819052612905907f000000000000000000000000000000000000000000000000000000000000000090615c01565b60408085019190915282015160ff16612961578260400151421015612943578260005b9081600481111561293b5761293b615aae565b90525061299a565b815161ffff16600003612959576004838161293b565b826001612928565b600160ff16826040015160ff160361297b57826002612928565b600260ff16826040015160ff160361299557826003612928565b600483525b6101008201516001600160601b031660608085019190915281015160a08301516129d7916001600160501b03169067ffffffffffffffff16615c57565b608084015250805161ffff90811660a084015260e080830151821660c080860191909152909201511690820152919050565b610e63813361486e565b6000828152600760209081526040808320815161012081018352815461ffff8082168352620100008204811695830195909552640100000000810460ff908116948301859052650100000000008204861660608401526701000000000000008204161515608083015268010000000000000000810467ffffffffffffffff1660a0830152600160801b8104851660c0830152600160901b810490941660e0820152600160a01b9093046001600160601b03166101008401529190612aed576040516322410cb160e01b815260048101869052602401610951565b600160ff16816040015160ff1603612b1b576040516314c9067160e31b815260048101869052602401610951565b600360ff16816040015160ff1603612b385760009250505061081f565b60006002826020015161ffff1681548110612b5557612b55615bd5565b600091825260208083206040805161012081018252600294850290920180546001600160601b038082168552600160601b8204168486015267ffffffffffffffff600160c01b9182900416848401526001909101546001600160501b038082166060860152600160501b820416608085015261ffff600160a01b8204811660a0860152600160b01b8204811660c086015291810490911660e084015265ffffffffffff600160d01b909104166101008301528a8552600a9092528184208251808401909352909450909183835b82821015612cb2576040805160e0810182528386015461ffff808216835267ffffffffffffffff6201000083048116602080860191909152600160501b8404821695850195909552600160901b830482166060850152600160a01b83049091166080840152600160b01b82041660a083015260ff600160f01b9091041660c0820152825260019092019101612c22565b50505060c08501519192505061ffff166000612cce8883615c01565b855190915061ffff16811115612ce65750835161ffff165b601089901b825b82811015612d5f578181176000818152600660205260409020546001612d1460f882615c01565b82901c60031603612d5557612d4982828b8b8b60f887901c60011660028110612d3f57612d3f615bd5565b60200201516136d3565b612d528b615d96565b9a505b5050600101612ced565b50865460e087015161ffff9081168a018116600160901b0273ffff00000000000000000000000000000000000019828616600160801b02167fffffffffffffffffffffffff00000000ffffffffffffffffffffffffffffffff909316929092179190911788558651168203612e1457865464ff0000000019166403000000001787556040518a907fdcc9e959923a833cdc093ddc91a8eb9780f33595ef3042a5e262474d68ec3c4790600090a2612e146148da565b5050505050505092915050565b60016000805b6002811015613248576000858152600a602052604081208260028110612e4f57612e4f615bd5565b6040805160e08101825291909201805461ffff808216845262010000820467ffffffffffffffff9081166020860152600160501b8304811695850195909552600160901b820481166060850152600160a01b8204166080840152600160b01b810490931660a0830152600160f01b90920460ff1660c0820181905291925090612ed9575050613240565b6000878152600860205260408120825161ffff166102008110612efe57612efe615bd5565b015490505b60c082015160ff1615801590612f1857508685105b1561315757816080015161ffff166000036130115760008260a001518360200151612f439190615daf565b67ffffffffffffffff169050600061ffff612f5f876010615c57565b612f6a9060a0615c01565b84901c169050811580612f7b575080155b15612f965761ffff82166060850152600060c085015261300a565b60008161ffff612fa7896010615c57565b612fb2906080615c01565b86901c16612fc09190615c6e565b600260c0870152905061ffff612fd7886010615c57565b612fe29060c0615c01565b85901c1661ffff166080860152612ff98382615c6e565b67ffffffffffffffff1660a0860152505b5050612f03565b600060066000600185608001516130289190615dcf565b61ffff1660108c901b1781526020019081526020016000205490508561304d90615d96565b95506000600261305f60f86001615c01565b83901c60031614159050600160ff168460c0015160ff16036130e35780156130de57836040015167ffffffffffffffff16846020015167ffffffffffffffff1664ffffffffff60a085901c166130b59190615c57565b6130bf9190615c97565b8460a0018181516130d09190615de9565b67ffffffffffffffff169052505b613145565b8015613145578360a0015167ffffffffffffffff166000036131295761311260d883901c61ffff166001615c01565b61ffff1660608501525050600060c0830152612f03565b8360a001805161313890615e09565b67ffffffffffffffff1690525b5060e81c61ffff166080830152612f03565b60608201518354608084015160a085015160c086015175ffffffff00000000000000000000000000000000000019909316600160901b61ffff958616027fffffffffffffffffffff0000ffffffffffffffffffffffffffffffffffffffff1617600160a01b9490921693909302177fff000000000000000000ffffffffffffffffffffffffffffffffffffffffffff16600160b01b67ffffffffffffffff909316929092027fff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff1691909117600160f01b60ff9092169182021784551561323c57600095505b5050505b600101612e27565b50811561085e57600084815260076020526040808220805464ff0000000019166402000000001790555185917fa7202991562bf948e78d9f2ff0e1864c66b800cd534dab5a8f0ecd89be8f2cbc91a25092915050565b60015460ff16156132db576040517fd93c066500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b565b6040517face417e00000000000000000000000000000000000000000000000000000000081523360048201526000907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063ace417e090602401602060405180830381865afa15801561335d573d6000803e3d6000fd5b505050506040513d601f19601f820116820180604052508101906133819190615e2d565b6133b9576040517f05f6626c000000000000000000000000000000000000000000000000000000008152336004820152602401610951565b60006133c36140ed565b90506000806133d18361494c565b915091506000806133e3838989614b4b565b915091506133fa85858560c0015161ffff16614d13565b60008061340a87848d878a614dfb565b9150915085601088901b17975060f86001801b8c17901b60e882901b60d884901b60c886901b60a088901b336001600160a01b03161717171717600660008a81526020019081526020016000208190555060008b6000036134a157508961349c6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333084614f0d565b61350e565b670de0b6b3a764000086608001516001600160501b03168b6134c39190615c01565b6134cd908d615c57565b6134d79190615c97565b905061350e6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333084614f0d565b33888a7f0e2f0330146cb09b59c1b2264d2f116f040cf9498b429633b1fa3fa93151f8098f600181111561354457613544615aae565b8f8f876040516135579493929190615e4f565b60405180910390a450505050505050509392505050565b6000828152602081815260408083206001600160a01b038516845290915281205460ff16613610576000838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556135c83390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161081f565b50600061081f565b6000828152602081815260408083206001600160a01b038516845290915281205460ff1615613610576000838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a450600161081f565b60008280156136b0575060c082015160ff1615155b80156136cb5750816000015161ffff1661ffff60c886901c16145b949350505050565b6060820151608084015185916001600160501b03169060a083901c64ffffffffff169060009061370590859087614766565b905061371360f86001615c01565b60008a8152600660205260408120600390921b8a1790915580600160f88b901c8116900361387957600088602001516001600160601b031661ffff60c88d901c1661375e9190615c57565b895161377391906001600160601b0316615c01565b9050600089608001516001600160501b03169050670de0b6b3a7640000818c61010001516001600160601b03166137aa9190615c01565b6137b48988615c57565b6137be9190615c57565b6137c88385615c01565b6137d28a8a615c57565b6137dc9190615c57565b6137e69190615c6e565b6137f09190615c97565b92506137fc8786615c57565b93508315613838576138386001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168986613f88565b8215613872576138726001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168985613f88565b505061393d565b610100890151670de0b6b3a7640000906001600160601b031661389c8786615c57565b6138a69190615c57565b6138b09190615c97565b9050846138bd8486615c6e565b6138c79190615c57565b91508015613903576139036001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168783613f88565b811561393d5761393d6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168784613f88565b6001600160a01b0386168b7f3067f39e6ffa9d61212be2ab426600decdd821b220d6d49a44428a4ed6d5d2216139738887615c57565b6040805191825260208201879052810185905260600160405180910390a35050505050505050505050565b6139a6614f46565b6001805460ff191690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a1565b600081815260076020908152604091829020825161012081018452905461ffff8082168352620100008204811693830193909352640100000000810460ff908116948301859052650100000000008204841660608401526701000000000000008204161515608083015268010000000000000000810467ffffffffffffffff1660a0830152600160801b8104831660c0830152600160901b810490921660e0820152600160a01b9091046001600160601b03166101008201529015613ae4576040517f3f4b6fa000000000000000000000000000000000000000000000000000000000815260048101839052602401610951565b805161ffff16600003613b26576040517ff71054b900000000000000000000000000000000000000000000000000000000815260048101839052602401610951565b6000613b3183613f26565b905080421015613b77576040517f4a825d870000000000000000000000000000000000000000000000000000000081526004810184905260248101829052604401610951565b6000600d5490506000600c8281548110613b9357613b93615bd5565b90600052602060002001549050848114613bdc576040517f8928758400000000000000000000000000000000000000000000000000000000815260048101829052602401610951565b613be7826001615c01565b600d5560208401516002805460009261ffff16908110613c0957613c09615bd5565b600091825260208083206040805161012081018252600290940290910180546001600160601b038082168652600160601b8204169385019390935267ffffffffffffffff600160c01b938490041691840191909152600101546001600160501b038082166060850152600160501b820416608084015261ffff600160a01b8204811660a08501819052600160b01b8304821660c08601529282041660e084015265ffffffffffff600160d01b909104166101008301529092508190613ccf908990614f82565b915091506000806000613ce28585615126565b92509250925082600003613d8c5760008b8152600760209081526040808320805464ff00000000191664020000000017905580518381529182018390528101919091528b907f57977943f217b7c488852c2f0fd997f80f213a8e5acd1814f47f4da995d744289060600160405180910390a26040518b907fa7202991562bf948e78d9f2ff0e1864c66b800cd534dab5a8f0ecd89be8f2cbc90600090a25050505050505050505050565b6000613d9b878484898961520a565b9050600087602001516001600160601b031682613db89190615c57565b8851613dcd91906001600160601b0316615c01565b90506000613dde8e84888b8b6153f3565b9050613ded8e8285898661553f565b600582905560808901516000906001600160501b031615613e8957670de0b6b3a76400008a608001516001600160501b03168b606001516001600160501b031689613e389190615c57565b613e429190615c57565b613e4c9190615c97565b600354909150613e89906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000008116911683613f88565b8e7f57977943f217b7c488852c2f0fd997f80f213a8e5acd1814f47f4da995d74428848c606001516001600160501b03168a613ec59190615c57565b604080519283526020830191909152810184905260600160405180910390a281613f15576040518f907fa7202991562bf948e78d9f2ff0e1864c66b800cd534dab5a8f0ecd89be8f2cbc90600090a25b505050505050505050505050505050565b60007f0000000000000000000000000000000000000000000000000000000000000000613f54836001615c01565b613f5e9190615c57565b61081f907f0000000000000000000000000000000000000000000000000000000000000000615c01565b6040516001600160a01b03838116602483015260448201839052610b1691859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff838183161783525050505061560b565b321580159061401f57503273111111111111111111111111111111111111111114155b156132db576040517fb60ac5db00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6000818152600760205260408120805461ffff1615614080575462010000900461ffff1692915050565b60025460009061409290600190615c6e565b90505b6000811180156140d8575083600282815481106140b4576140b4615bd5565b6000918252602090912060029091020154600160c01b900467ffffffffffffffff16115b156109ce576140e681615e78565b9050614095565b60007f00000000000000000000000000000000000000000000000000000000000000004210156141525760405163f58880df60e01b81527f00000000000000000000000000000000000000000000000000000000000000006004820152602401610951565b7f000000000000000000000000000000000000000000000000000000000000000061419d7f000000000000000000000000000000000000000000000000000000000000000042615c6e565b6141a79190615c97565b905090565b6141b461329e565b6001805460ff1916811790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258336139d3565b60007f00000000000000000000000000000000000000000000000000000000000000004210156141525750600090565b6040805161012081018252600080825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081019190915282516040840151606085015182158061427f57506001600160601b0383115b156142be5760405162482e1560e01b81527f7072696365466c6f6f72000000000000000000000000000000000000000000006004820152602401610951565b8115806142d157506001600160601b0382115b156143105760405162482e1560e01b81527f70726963655469636b00000000000000000000000000000000000000000000006004820152602401610951565b828660200151108061432c575060208601516001600160601b03105b1561436b5760405162482e1560e01b81527f70726963654365696c696e6700000000000000000000000000000000000000006004820152602401610951565b8183876020015161437c9190615c6e565b6143869190615d82565b156143c55760405162482e1560e01b81527f70726963654365696c696e674f66665469636b000000000000000000000000006004820152602401610951565b6000828488602001516143d89190615c6e565b6143e29190615c97565b6143ed906001615c01565b90506102008111156144335760405162482e1560e01b81527f746f6f4d616e794c6576656c73000000000000000000000000000000000000006004820152602401610951565b81158061444657506001600160501b0382115b156144855760405162482e1560e01b81527f616d6f756e745175616e74756d000000000000000000000000000000000000006004820152602401610951565b60e08701516001600160501b0310156144d25760405162482e1560e01b81527f776865656c696e674665655065724b77680000000000000000000000000000006004820152602401610951565b670de0b6b3a76400006144e58584615c57565b6144ef9190615d82565b1515806145175750670de0b6b3a764000061450a8484615c57565b6145149190615d82565b15155b806145435750670de0b6b3a76400008760e00151836145369190615c57565b6145409190615d82565b15155b156145825760405162482e1560e01b81527f616d6f756e7454696d657350726963654e6f7457686f6c6500000000000000006004820152602401610951565b81876080015110806145a2575081876080015161459f9190615d82565b15155b156145e15760405162482e1560e01b81527f6d696e4f72646572416d6f756e740000000000000000000000000000000000006004820152602401610951565b60008288608001516145f39190615c97565b905064ffffffffff81111561463c5760405162482e1560e01b81527f6d696e4f72646572416d6f756e740000000000000000000000000000000000006004820152602401610951565b60a08801511580614651575060ff8860a00151115b156146905760405162482e1560e01b81527f6d61784f726465727350657255736572000000000000000000000000000000006004820152602401610951565b60c088015115806146a6575061ffff8860c00151115b156146e55760405162482e1560e01b81527f6d61784f726465727350657245706f63680000000000000000000000000000006004820152602401610951565b6001600160601b03948516865292909316602085015267ffffffffffffffff90941660408401526001600160501b03938416606084015260e080860151909416608084015261ffff91821660a080850191909152850151821660c08085019190915290940151169181019190915265ffffffffffff90911661010082015290565b60008215806147865750600261477e60f86001615c01565b85901c600316145b15614793575060006109ce565b815161ffff60c886901c81169164ffffffffff60a088901c169116820361484557836040015167ffffffffffffffff16846020015167ffffffffffffffff16036147e05791506109ce9050565b6000846040015167ffffffffffffffff16856020015167ffffffffffffffff168361480b9190615c57565b6148159190615c97565b9050846060015161ffff1661ffff60d889901c16101561483b5761483881615d96565b90505b92506109ce915050565b835161ffff16821060f887901c6001161514614862576000614864565b805b9695505050505050565b6000828152602081815260408083206001600160a01b038516845290915290205460ff166115a8576040517fe2517d3f0000000000000000000000000000000000000000000000000000000081526001600160a01b038216600482015260248101839052604401610951565b600e54600d545b80821080156149315750600360ff1660076000600c858154811061490757614907615bd5565b6000918252602080832090910154835282019290925260400190205460ff64010000000090910416145b156149465761493f82615d96565b91506148e1565b50600e55565b604080516101208101825260008082526020808301829052828401829052606083018290526080830182905260a0830182905260c0830182905260e08301829052610100830182905284825260079052918220805461ffff1692838103614a08576149b685614056565b825463ffff000019166201000061ffff831602178355600c80546001810182556000919091527fdf6966c971051c3d54ec59162606531493a51404a002842f56009d7e5cf4a8c7018690559050614a16565b50805462010000900461ffff165b60028181548110614a2957614a29615bd5565b6000918252602091829020604080516101208101825260029390930290910180546001600160601b038082168552600160601b82041694840194909452600160c01b9384900467ffffffffffffffff1691830191909152600101546001600160501b038082166060840152600160501b8204166080830152600160a01b810461ffff90811660a0840152600160b01b8204811660c084015292810490921660e08201819052600160d01b90920465ffffffffffff1661010082015293508410614b315760e08301516040517f3b13310d0000000000000000000000000000000000000000000000000000000081526004810187905261ffff9091166024820152604401610951565b50805461ffff19166001840161ffff161790559092909150565b606083015160009081906001600160501b0316614b688186615c97565b9250821580614b80575084614b7d8285615c57565b14155b15614bc1576040517fd60547a80000000000000000000000000000000000000000000000000000000081526004810186905260248101829052604401610951565b85610100015165ffffffffffff16831015614c2b57848187610100015165ffffffffffff16614bf09190615c57565b6040517f5c39620200000000000000000000000000000000000000000000000000000000815260048101929092526024820152604401610951565b64ffffffffff831115614c6d576040517f6977590700000000000000000000000000000000000000000000000000000000815260048101869052602401610951565b855160208701516001600160601b03918216911681861015614ca5576040516305ce8d9f60e21b815260048101879052602401610951565b80614cb08388615c6e565b614cba9190615c97565b93508760a0015161ffff1684101580614ce757508582614cda8387615c57565b614ce49190615c01565b14155b15614d08576040516305ce8d9f60e21b815260048101879052602401610951565b505050935093915050565b6000838152600b602090815260408083203384529091529020805461ffff8116838110614d7c576040517f382e29b10000000000000000000000000000000000000000000000000000000081523360048201526024810187905260448101859052606401610951565b600f811015614dae578060010160100285901b826001010183600060108110614da757614da7615bd5565b0155614df3565b600e1981016010810660100286901b8460108381614dce57614dce615c81565b0460010160108110614de257614de2615bd5565b018054919091179055506001820183555b505050505050565b600085815260086020526040812081908190876102008110614e1f57614e1f615bd5565b01549050608081901c63ffffffff16600003614e69576000888152600960205260409020600160ff89161b90600889901c60028110614e6057614e60615bd5565b01805490911790555b6000614e76876010615c57565b614e81906080615c01565b90506000614e90886010615c57565b614e9b9060c0615c01565b905061ffff8284901c16945061ffff8184901c169350816001901b8860400288901b84010192508086600101901b8161ffff901b19841617925082600860008c81526020019081526020016000208a6102008110614efb57614efb615bd5565b01819055505050509550959350505050565b6040516001600160a01b038481166024830152838116604483015260648201839052610a109186918216906323b872dd90608401613fb5565b60015460ff166132db576040517f8dfc202b00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6060808267ffffffffffffffff811115614f9e57614f9e615ccc565b604051908082528060200260200182016040528015614fc7578160200160208202803683370190505b509150614fd5836001615c01565b67ffffffffffffffff811115614fed57614fed615ccc565b604051908082528060200260200182016040528015615016578160200160208202803683370190505b50600085815260086020908152604080832060099092528083208151808301928390529495509193919060029082845b81548152602001906001019080831161504657505050505090506000808690505b801561511b576000190160ff811683600883901c6002811061508b5761508b615bd5565b60200201516001911c16156150f7576000848261020081106150af576150af615bd5565b0154905067ffffffffffffffff81168783815181106150d0576150d0615bd5565b60209081029190910101526150f3604082901c67ffffffffffffffff1684615c01565b9250505b8185828151811061510a5761510a615bd5565b602002602001018181525050615067565b505050509250929050565b815160009081908190600019908290815b818110156151ff5788818151811061515157615151615bd5565b6020026020010151836151649190615c01565b9250600088828151811061517a5761517a615bd5565b6020026020010151905060008082861061519e57826151998188615c6e565b6151a9565b856151a98185615c6e565b91509150898211806151c4575089821480156151c457508681105b156151da578199508096508398508397506151f1565b89821480156151e857508681145b156151f1578397505b505050806001019050615137565b505050509250925092565b600083850361521a5750836153ea565b6000805b85811161525c5784818151811061523757615237615bd5565b60200260200101518261524a9190615c01565b915061525581615d96565b905061521e565b5082858151811061526f5761526f615bd5565b602002602001015181101561528757849150506153ea565b80855b878111156152c9578581815181106152a4576152a4615bd5565b6020026020010151826152b79190615c6e565b91506152c281615e78565b905061528a565b508387815181106152dc576152dc615bd5565b60200260200101518111156152f55786925050506153ea565b600554600081900361532157600261530d888a615c01565b6153179190615c97565b93505050506153ea565b885160208a01516001600160601b03918216911661533f818b615c57565b6153499083615c01565b831161535c5789955050505050506153ea565b615366818a615c57565b6153709083615c01565b83106153835788955050505050506153ea565b6000816153908486615c6e565b61539a9190615c97565b905060006153a88383615c57565b6153b28587615c6e565b6153bc9190615c6e565b9050826153ca826002615c57565b116153d557816153e0565b6153e0826001615c01565b9750505050505050505b95945050505050565b6000858152600860209081526040808320600a909252822082805b8787828151811061542157615421615bd5565b6020026020010151836154349190615c01565b10156154715786818151811061544c5761544c615bd5565b60200260200101518261545f9190615c01565b915061546a81615d96565b905061540e565b61549c838583610200811061548857615488615bd5565b0154600084615497878e615c6e565b615695565b94508890505b87866154af836001615c01565b815181106154bf576154bf615bd5565b6020026020010151106154dc576154d581615d96565b90506154a2565b61552983600101858361020081106154f6576154f6615bd5565b01546001848a6155068284615c01565b8151811061551657615516615bd5565b60200260200101518d6154979190615c6e565b806155315750845b9a9950505050505050505050565b60008581526007602052604090208461555957600261555c565b60015b81546001600160601b03909316600160a01b026001600160a01b0367ffffffffffffffff90951668010000000000000000027fffffffffffffffffffffffffffffffff000000000000000000ffffffffffffff61ffff909716650100000000000266ffff00000000001960ff94909416640100000000029390931666ffffff00000000199095169490941791909117949094169190911767010000000000000017919091169190911790555050565b600080602060008451602086016000885af18061562e576040513d6000823e3d81fd5b50506000513d91508115615646578060011415615653565b6001600160a01b0384163b155b15610a10576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610951565b60008067ffffffffffffffff6156ac866040615c57565b87901c169050600061ffff6156c2876010615c57565b6156cd9060a0615c01565b88901c1661ffff6156df886010615c57565b6156ea906080615c01565b89901c166156f89190615c6e565b6040805160e0810182526000606082018190526080820181905260a0820181905260c082015261ffff8816815267ffffffffffffffff878116602083015285169181019190915290915082851080156157515750600182115b1561578857600160c08201819052935061ffff61576f886010615c57565b61577a9060c0615c01565b89901c1661ffff1660808201525b8051895460208301516040840151608085015160c09095015160ff16600160f01b027fff000000000000000000ffffffffffffffffffffffffffffffffffffffffffff61ffff968716600160a01b0275ffffffff0000000000000000000000000000000000001967ffffffffffffffff948516600160501b02167fffffffffffffffffffff000000000000000000000000ffffffffffffffffffff94909516620100000269ffffffffffffffffffff1990961697909616969096179390931716179190911791909116179097555095945050505050565b60006020828403121561587157600080fd5b81357fffffffff00000000000000000000000000000000000000000000000000000000811681146109ce57600080fd5b600080604083850312156158b457600080fd5b50508035926020909101359150565b80356001600160a01b03811681146158da57600080fd5b919050565b6000602082840312156158f157600080fd5b6109ce826158c3565b60006020828403121561590c57600080fd5b5035919050565b6000806040838503121561592657600080fd5b82359150615936602084016158c3565b90509250929050565b6000806020838503121561595257600080fd5b823567ffffffffffffffff81111561596957600080fd5b8301601f8101851361597a57600080fd5b803567ffffffffffffffff81111561599157600080fd5b8560208284010111156159a357600080fd5b6020919091019590945092505050565b8215158152604060208201526000825180604084015260005b818110156159e957602081860181015160608684010152016159cc565b506000606082850101526060601f19601f8301168401019150509392505050565b600081518084526020840193506020830160005b82811015615a3c578151865260209586019590910190600101615a1e565b5093949350505050565b606081526000615a596060830186615a0a565b8281036020840152615a6b8186615a0a565b905082810360408401526148648185615a0a565b6000610100828403128015615a9357600080fd5b509092915050565b6020815260006109ce6020830184615a0a565b634e487b7160e01b600052602160045260246000fd5b60028110615ad457615ad4615aae565b9052565b60048110610e6357610e63615aae565b60006101208201905082518252602083015160208301526001600160a01b0360408401511660408301526060830151615b246060840182615ac4565b506080830151615b3381615ad8565b8060808401525060a083015160a083015260c083015160c083015260e083015160e083015261010083015161085e61010084018215159052565b815161010082019060058110615b8557615b85615aae565b808352506020830151602083015260408301516040830152606083015160608301526080830151608083015260a083015160a083015260c083015160c083015260e083015160e083015292915050565b634e487b7160e01b600052603260045260246000fd5b634e487b7160e01b600052601160045260246000fd5b8082018082111561081f5761081f615beb565b600080600060608486031215615c2957600080fd5b505081359360208301359350604090920135919050565b60408101615c4d84615ad8565b9281526020015290565b808202811582820484141761081f5761081f615beb565b8181038181111561081f5761081f615beb565b634e487b7160e01b600052601260045260246000fd5b600082615ca657615ca6615c81565b500490565b60608101615cb885615ad8565b938152602081019290925260409091015290565b634e487b7160e01b600052604160045260246000fd5b6000610100828403128015615cf657600080fd5b60009050604051610100810181811067ffffffffffffffff82111715615d2a57634e487b7160e01b83526041600452602483fd5b604090815284358252602080860135908301528481013590820152606080850135908201526080808501359082015260a0808501359082015260c0808501359082015260e09384013593810193909352509092915050565b600082615d9157615d91615c81565b500690565b600060018201615da857615da8615beb565b5060010190565b67ffffffffffffffff828116828216039081111561081f5761081f615beb565b61ffff828116828216039081111561081f5761081f615beb565b67ffffffffffffffff818116838216019081111561081f5761081f615beb565b600067ffffffffffffffff821680615e2357615e23615beb565b6000190192915050565b600060208284031215615e3f57600080fd5b815180151581146109ce57600080fd5b60808101615e5d8287615ac4565b84602083015283604083015282606083015295945050505050565b600081615e8757615e87615beb565b50600019019056fea2646970667358221220069e45ba38c91afa140d84d5d872932736728b9f816eb3f6ad834866213349d964736f6c634300081e0033",
}

// Trading is an auto generated Go binding around an Ethereum contract.
type Trading struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Trading) GetABI() abi.ABI {
	return c.abi
}

// NewTrading creates a new instance of Trading.
func NewTrading() *Trading {
	parsed, err := TradingMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Trading{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Trading) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address registry_, address grid_, address settlementToken_, address governance, (uint64,uint64,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,address,uint256) config) returns()
func (trading *Trading) PackConstructor(registry_ common.Address, grid_ common.Address, settlementToken_ common.Address, governance common.Address, config ITradingMarketConfig) []byte {
	enc, err := trading.abi.Pack("", registry_, grid_, settlementToken_, governance, config)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackALLOCATIONSTEPSPERBATCHORDER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdef5bd8c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ALLOCATION_STEPS_PER_BATCH_ORDER() view returns(uint256)
func (trading *Trading) PackALLOCATIONSTEPSPERBATCHORDER() []byte {
	enc, err := trading.abi.Pack("ALLOCATION_STEPS_PER_BATCH_ORDER")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackALLOCATIONSTEPSPERBATCHORDER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdef5bd8c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ALLOCATION_STEPS_PER_BATCH_ORDER() view returns(uint256)
func (trading *Trading) TryPackALLOCATIONSTEPSPERBATCHORDER() ([]byte, error) {
	return trading.abi.Pack("ALLOCATION_STEPS_PER_BATCH_ORDER")
}

// UnpackALLOCATIONSTEPSPERBATCHORDER is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdef5bd8c.
//
// Solidity: function ALLOCATION_STEPS_PER_BATCH_ORDER() view returns(uint256)
func (trading *Trading) UnpackALLOCATIONSTEPSPERBATCHORDER(data []byte) (*big.Int, error) {
	out, err := trading.abi.Unpack("ALLOCATION_STEPS_PER_BATCH_ORDER", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (trading *Trading) PackDEFAULTADMINROLE() []byte {
	enc, err := trading.abi.Pack("DEFAULT_ADMIN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (trading *Trading) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return trading.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (trading *Trading) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := trading.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGOVERNANCEROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf36c8f5c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function GOVERNANCE_ROLE() view returns(bytes32)
func (trading *Trading) PackGOVERNANCEROLE() []byte {
	enc, err := trading.abi.Pack("GOVERNANCE_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGOVERNANCEROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf36c8f5c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function GOVERNANCE_ROLE() view returns(bytes32)
func (trading *Trading) TryPackGOVERNANCEROLE() ([]byte, error) {
	return trading.abi.Pack("GOVERNANCE_ROLE")
}

// UnpackGOVERNANCEROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf36c8f5c.
//
// Solidity: function GOVERNANCE_ROLE() view returns(bytes32)
func (trading *Trading) UnpackGOVERNANCEROLE(data []byte) ([32]byte, error) {
	out, err := trading.abi.Unpack("GOVERNANCE_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMARKETMAKERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb56beccb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MARKET_MAKER_ROLE() view returns(bytes32)
func (trading *Trading) PackMARKETMAKERROLE() []byte {
	enc, err := trading.abi.Pack("MARKET_MAKER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMARKETMAKERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb56beccb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MARKET_MAKER_ROLE() view returns(bytes32)
func (trading *Trading) TryPackMARKETMAKERROLE() ([]byte, error) {
	return trading.abi.Pack("MARKET_MAKER_ROLE")
}

// UnpackMARKETMAKERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb56beccb.
//
// Solidity: function MARKET_MAKER_ROLE() view returns(bytes32)
func (trading *Trading) UnpackMARKETMAKERROLE(data []byte) ([32]byte, error) {
	out, err := trading.abi.Unpack("MARKET_MAKER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXORDERSPEREPOCHLIMIT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbee9eaef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_ORDERS_PER_EPOCH_LIMIT() view returns(uint256)
func (trading *Trading) PackMAXORDERSPEREPOCHLIMIT() []byte {
	enc, err := trading.abi.Pack("MAX_ORDERS_PER_EPOCH_LIMIT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXORDERSPEREPOCHLIMIT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbee9eaef.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_ORDERS_PER_EPOCH_LIMIT() view returns(uint256)
func (trading *Trading) TryPackMAXORDERSPEREPOCHLIMIT() ([]byte, error) {
	return trading.abi.Pack("MAX_ORDERS_PER_EPOCH_LIMIT")
}

// UnpackMAXORDERSPEREPOCHLIMIT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbee9eaef.
//
// Solidity: function MAX_ORDERS_PER_EPOCH_LIMIT() view returns(uint256)
func (trading *Trading) UnpackMAXORDERSPEREPOCHLIMIT(data []byte) (*big.Int, error) {
	out, err := trading.abi.Unpack("MAX_ORDERS_PER_EPOCH_LIMIT", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXORDERSPERUSERLIMIT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa963eb55.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_ORDERS_PER_USER_LIMIT() view returns(uint256)
func (trading *Trading) PackMAXORDERSPERUSERLIMIT() []byte {
	enc, err := trading.abi.Pack("MAX_ORDERS_PER_USER_LIMIT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXORDERSPERUSERLIMIT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa963eb55.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_ORDERS_PER_USER_LIMIT() view returns(uint256)
func (trading *Trading) TryPackMAXORDERSPERUSERLIMIT() ([]byte, error) {
	return trading.abi.Pack("MAX_ORDERS_PER_USER_LIMIT")
}

// UnpackMAXORDERSPERUSERLIMIT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa963eb55.
//
// Solidity: function MAX_ORDERS_PER_USER_LIMIT() view returns(uint256)
func (trading *Trading) UnpackMAXORDERSPERUSERLIMIT(data []byte) (*big.Int, error) {
	out, err := trading.abi.Unpack("MAX_ORDERS_PER_USER_LIMIT", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXPRICELEVELS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2c0b1ab1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_PRICE_LEVELS() view returns(uint256)
func (trading *Trading) PackMAXPRICELEVELS() []byte {
	enc, err := trading.abi.Pack("MAX_PRICE_LEVELS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXPRICELEVELS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2c0b1ab1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_PRICE_LEVELS() view returns(uint256)
func (trading *Trading) TryPackMAXPRICELEVELS() ([]byte, error) {
	return trading.abi.Pack("MAX_PRICE_LEVELS")
}

// UnpackMAXPRICELEVELS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2c0b1ab1.
//
// Solidity: function MAX_PRICE_LEVELS() view returns(uint256)
func (trading *Trading) UnpackMAXPRICELEVELS(data []byte) (*big.Int, error) {
	out, err := trading.abi.Unpack("MAX_PRICE_LEVELS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPAUSERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe63ab1e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PAUSER_ROLE() view returns(bytes32)
func (trading *Trading) PackPAUSERROLE() []byte {
	enc, err := trading.abi.Pack("PAUSER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPAUSERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe63ab1e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PAUSER_ROLE() view returns(bytes32)
func (trading *Trading) TryPackPAUSERROLE() ([]byte, error) {
	return trading.abi.Pack("PAUSER_ROLE")
}

// UnpackPAUSERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe63ab1e9.
//
// Solidity: function PAUSER_ROLE() view returns(bytes32)
func (trading *Trading) UnpackPAUSERROLE(data []byte) ([32]byte, error) {
	out, err := trading.abi.Unpack("PAUSER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAllocateMarginal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ed82b9d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allocateMarginal(uint256 epoch, uint256 maxSteps) returns(bool done)
func (trading *Trading) PackAllocateMarginal(epoch *big.Int, maxSteps *big.Int) []byte {
	enc, err := trading.abi.Pack("allocateMarginal", epoch, maxSteps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllocateMarginal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ed82b9d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allocateMarginal(uint256 epoch, uint256 maxSteps) returns(bool done)
func (trading *Trading) TryPackAllocateMarginal(epoch *big.Int, maxSteps *big.Int) ([]byte, error) {
	return trading.abi.Pack("allocateMarginal", epoch, maxSteps)
}

// UnpackAllocateMarginal is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0ed82b9d.
//
// Solidity: function allocateMarginal(uint256 epoch, uint256 maxSteps) returns(bool done)
func (trading *Trading) UnpackAllocateMarginal(data []byte) (bool, error) {
	out, err := trading.abi.Unpack("allocateMarginal", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackCancelOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x514fcac7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelOrder(uint256 orderId) returns()
func (trading *Trading) PackCancelOrder(orderId *big.Int) []byte {
	enc, err := trading.abi.Pack("cancelOrder", orderId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x514fcac7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelOrder(uint256 orderId) returns()
func (trading *Trading) TryPackCancelOrder(orderId *big.Int) ([]byte, error) {
	return trading.abi.Pack("cancelOrder", orderId)
}

// PackCheckUpkeep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e04ff0d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function checkUpkeep(bytes ) view returns(bool upkeepNeeded, bytes performData)
func (trading *Trading) PackCheckUpkeep(arg0 []byte) []byte {
	enc, err := trading.abi.Pack("checkUpkeep", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCheckUpkeep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e04ff0d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function checkUpkeep(bytes ) view returns(bool upkeepNeeded, bytes performData)
func (trading *Trading) TryPackCheckUpkeep(arg0 []byte) ([]byte, error) {
	return trading.abi.Pack("checkUpkeep", arg0)
}

// CheckUpkeepOutput serves as a container for the return parameters of contract
// method CheckUpkeep.
type CheckUpkeepOutput struct {
	UpkeepNeeded bool
	PerformData  []byte
}

// UnpackCheckUpkeep is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6e04ff0d.
//
// Solidity: function checkUpkeep(bytes ) view returns(bool upkeepNeeded, bytes performData)
func (trading *Trading) UnpackCheckUpkeep(data []byte) (CheckUpkeepOutput, error) {
	out, err := trading.abi.Unpack("checkUpkeep", data)
	outstruct := new(CheckUpkeepOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.UpkeepNeeded = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.PerformData = *abi.ConvertType(out[1], new([]byte)).(*[]byte)
	return *outstruct, nil
}

// PackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x379607f5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claim(uint256 orderId) returns()
func (trading *Trading) PackClaim(orderId *big.Int) []byte {
	enc, err := trading.abi.Pack("claim", orderId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x379607f5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claim(uint256 orderId) returns()
func (trading *Trading) TryPackClaim(orderId *big.Int) ([]byte, error) {
	return trading.abi.Pack("claim", orderId)
}

// PackCreateBuyOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2cb4f4b7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createBuyOrder(uint256 amount, uint256 limitPrice) returns(uint256)
func (trading *Trading) PackCreateBuyOrder(amount *big.Int, limitPrice *big.Int) []byte {
	enc, err := trading.abi.Pack("createBuyOrder", amount, limitPrice)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateBuyOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2cb4f4b7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createBuyOrder(uint256 amount, uint256 limitPrice) returns(uint256)
func (trading *Trading) TryPackCreateBuyOrder(amount *big.Int, limitPrice *big.Int) ([]byte, error) {
	return trading.abi.Pack("createBuyOrder", amount, limitPrice)
}

// UnpackCreateBuyOrder is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2cb4f4b7.
//
// Solidity: function createBuyOrder(uint256 amount, uint256 limitPrice) returns(uint256)
func (trading *Trading) UnpackCreateBuyOrder(data []byte) (*big.Int, error) {
	out, err := trading.abi.Unpack("createBuyOrder", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCreateSellOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1df68102.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createSellOrder(uint256 amount, uint256 limitPrice) returns(uint256)
func (trading *Trading) PackCreateSellOrder(amount *big.Int, limitPrice *big.Int) []byte {
	enc, err := trading.abi.Pack("createSellOrder", amount, limitPrice)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateSellOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1df68102.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createSellOrder(uint256 amount, uint256 limitPrice) returns(uint256)
func (trading *Trading) TryPackCreateSellOrder(amount *big.Int, limitPrice *big.Int) ([]byte, error) {
	return trading.abi.Pack("createSellOrder", amount, limitPrice)
}

// UnpackCreateSellOrder is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1df68102.
//
// Solidity: function createSellOrder(uint256 amount, uint256 limitPrice) returns(uint256)
func (trading *Trading) UnpackCreateSellOrder(data []byte) (*big.Int, error) {
	out, err := trading.abi.Unpack("createSellOrder", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCurrentEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76671808.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function currentEpoch() view returns(uint256 epoch, uint256 endTime)
func (trading *Trading) PackCurrentEpoch() []byte {
	enc, err := trading.abi.Pack("currentEpoch")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCurrentEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76671808.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function currentEpoch() view returns(uint256 epoch, uint256 endTime)
func (trading *Trading) TryPackCurrentEpoch() ([]byte, error) {
	return trading.abi.Pack("currentEpoch")
}

// CurrentEpochOutput serves as a container for the return parameters of contract
// method CurrentEpoch.
type CurrentEpochOutput struct {
	Epoch   *big.Int
	EndTime *big.Int
}

// UnpackCurrentEpoch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x76671808.
//
// Solidity: function currentEpoch() view returns(uint256 epoch, uint256 endTime)
func (trading *Trading) UnpackCurrentEpoch(data []byte) (CurrentEpochOutput, error) {
	out, err := trading.abi.Unpack("currentEpoch", data)
	outstruct := new(CurrentEpochOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Epoch = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.EndTime = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackEpochAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a439cfe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function epochAt(uint256 timestamp) view returns(uint256)
func (trading *Trading) PackEpochAt(timestamp *big.Int) []byte {
	enc, err := trading.abi.Pack("epochAt", timestamp)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEpochAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a439cfe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function epochAt(uint256 timestamp) view returns(uint256)
func (trading *Trading) TryPackEpochAt(timestamp *big.Int) ([]byte, error) {
	return trading.abi.Pack("epochAt", timestamp)
}

// UnpackEpochAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4a439cfe.
//
// Solidity: function epochAt(uint256 timestamp) view returns(uint256)
func (trading *Trading) UnpackEpochAt(data []byte) (*big.Int, error) {
	out, err := trading.abi.Unpack("epochAt", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackEpochLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57d775f8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function epochLength() view returns(uint256)
func (trading *Trading) PackEpochLength() []byte {
	enc, err := trading.abi.Pack("epochLength")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEpochLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57d775f8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function epochLength() view returns(uint256)
func (trading *Trading) TryPackEpochLength() ([]byte, error) {
	return trading.abi.Pack("epochLength")
}

// UnpackEpochLength is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x57d775f8.
//
// Solidity: function epochLength() view returns(uint256)
func (trading *Trading) UnpackEpochLength(data []byte) (*big.Int, error) {
	out, err := trading.abi.Unpack("epochLength", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFirstEpochStart is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x219f2428.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function firstEpochStart() view returns(uint256)
func (trading *Trading) PackFirstEpochStart() []byte {
	enc, err := trading.abi.Pack("firstEpochStart")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFirstEpochStart is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x219f2428.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function firstEpochStart() view returns(uint256)
func (trading *Trading) TryPackFirstEpochStart() ([]byte, error) {
	return trading.abi.Pack("firstEpochStart")
}

// UnpackFirstEpochStart is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x219f2428.
//
// Solidity: function firstEpochStart() view returns(uint256)
func (trading *Trading) UnpackFirstEpochStart(data []byte) (*big.Int, error) {
	out, err := trading.abi.Unpack("firstEpochStart", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetDepth is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75e618c9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getDepth(uint256 epoch) view returns(uint256[] prices, uint256[] supply, uint256[] demand)
func (trading *Trading) PackGetDepth(epoch *big.Int) []byte {
	enc, err := trading.abi.Pack("getDepth", epoch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetDepth is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75e618c9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getDepth(uint256 epoch) view returns(uint256[] prices, uint256[] supply, uint256[] demand)
func (trading *Trading) TryPackGetDepth(epoch *big.Int) ([]byte, error) {
	return trading.abi.Pack("getDepth", epoch)
}

// GetDepthOutput serves as a container for the return parameters of contract
// method GetDepth.
type GetDepthOutput struct {
	Prices []*big.Int
	Supply []*big.Int
	Demand []*big.Int
}

// UnpackGetDepth is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x75e618c9.
//
// Solidity: function getDepth(uint256 epoch) view returns(uint256[] prices, uint256[] supply, uint256[] demand)
func (trading *Trading) UnpackGetDepth(data []byte) (GetDepthOutput, error) {
	out, err := trading.abi.Unpack("getDepth", data)
	outstruct := new(GetDepthOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Prices = *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	outstruct.Supply = *abi.ConvertType(out[1], new([]*big.Int)).(*[]*big.Int)
	outstruct.Demand = *abi.ConvertType(out[2], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackGetEpochResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb899424.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getEpochResult(uint256 epoch) view returns((uint8,uint256,uint256,uint256,uint256,uint256,uint256,uint256) result)
func (trading *Trading) PackGetEpochResult(epoch *big.Int) []byte {
	enc, err := trading.abi.Pack("getEpochResult", epoch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetEpochResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb899424.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getEpochResult(uint256 epoch) view returns((uint8,uint256,uint256,uint256,uint256,uint256,uint256,uint256) result)
func (trading *Trading) TryPackGetEpochResult(epoch *big.Int) ([]byte, error) {
	return trading.abi.Pack("getEpochResult", epoch)
}

// UnpackGetEpochResult is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeb899424.
//
// Solidity: function getEpochResult(uint256 epoch) view returns((uint8,uint256,uint256,uint256,uint256,uint256,uint256,uint256) result)
func (trading *Trading) UnpackGetEpochResult(data []byte) (ITradingEpochResult, error) {
	out, err := trading.abi.Unpack("getEpochResult", data)
	if err != nil {
		return *new(ITradingEpochResult), err
	}
	out0 := *abi.ConvertType(out[0], new(ITradingEpochResult)).(*ITradingEpochResult)
	return out0, nil
}

// PackGetOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd09ef241.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getOrder(uint256 orderId) view returns((uint256,uint256,address,uint8,uint8,uint256,uint256,uint256,bool) info)
func (trading *Trading) PackGetOrder(orderId *big.Int) []byte {
	enc, err := trading.abi.Pack("getOrder", orderId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetOrder is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd09ef241.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getOrder(uint256 orderId) view returns((uint256,uint256,address,uint8,uint8,uint256,uint256,uint256,bool) info)
func (trading *Trading) TryPackGetOrder(orderId *big.Int) ([]byte, error) {
	return trading.abi.Pack("getOrder", orderId)
}

// UnpackGetOrder is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd09ef241.
//
// Solidity: function getOrder(uint256 orderId) view returns((uint256,uint256,address,uint8,uint8,uint256,uint256,uint256,bool) info)
func (trading *Trading) UnpackGetOrder(data []byte) (ITradingOrderInfo, error) {
	out, err := trading.abi.Unpack("getOrder", data)
	if err != nil {
		return *new(ITradingOrderInfo), err
	}
	out0 := *abi.ConvertType(out[0], new(ITradingOrderInfo)).(*ITradingOrderInfo)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (trading *Trading) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := trading.abi.Pack("getRoleAdmin", role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (trading *Trading) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return trading.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (trading *Trading) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := trading.abi.Unpack("getRoleAdmin", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (trading *Trading) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := trading.abi.Pack("grantRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (trading *Trading) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return trading.abi.Pack("grantRole", role, account)
}

// PackGridOperator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b62811b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function gridOperator() view returns(address)
func (trading *Trading) PackGridOperator() []byte {
	enc, err := trading.abi.Pack("gridOperator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGridOperator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b62811b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function gridOperator() view returns(address)
func (trading *Trading) TryPackGridOperator() ([]byte, error) {
	return trading.abi.Pack("gridOperator")
}

// UnpackGridOperator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4b62811b.
//
// Solidity: function gridOperator() view returns(address)
func (trading *Trading) UnpackGridOperator(data []byte) (common.Address, error) {
	out, err := trading.abi.Unpack("gridOperator", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGridToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22fa7544.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function gridToken() view returns(address)
func (trading *Trading) PackGridToken() []byte {
	enc, err := trading.abi.Pack("gridToken")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGridToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22fa7544.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function gridToken() view returns(address)
func (trading *Trading) TryPackGridToken() ([]byte, error) {
	return trading.abi.Pack("gridToken")
}

// UnpackGridToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x22fa7544.
//
// Solidity: function gridToken() view returns(address)
func (trading *Trading) UnpackGridToken(data []byte) (common.Address, error) {
	out, err := trading.abi.Unpack("gridToken", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (trading *Trading) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := trading.abi.Pack("hasRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (trading *Trading) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return trading.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (trading *Trading) UnpackHasRole(data []byte) (bool, error) {
	out, err := trading.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLastTradedPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x25300a02.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastTradedPrice() view returns(uint256)
func (trading *Trading) PackLastTradedPrice() []byte {
	enc, err := trading.abi.Pack("lastTradedPrice")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastTradedPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x25300a02.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastTradedPrice() view returns(uint256)
func (trading *Trading) TryPackLastTradedPrice() ([]byte, error) {
	return trading.abi.Pack("lastTradedPrice")
}

// UnpackLastTradedPrice is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x25300a02.
//
// Solidity: function lastTradedPrice() view returns(uint256)
func (trading *Trading) UnpackLastTradedPrice(data []byte) (*big.Int, error) {
	out, err := trading.abi.Unpack("lastTradedPrice", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMarketRules is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb2792fb2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function marketRules(uint256 epoch) view returns((uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256) rules)
func (trading *Trading) PackMarketRules(epoch *big.Int) []byte {
	enc, err := trading.abi.Pack("marketRules", epoch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMarketRules is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb2792fb2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function marketRules(uint256 epoch) view returns((uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256) rules)
func (trading *Trading) TryPackMarketRules(epoch *big.Int) ([]byte, error) {
	return trading.abi.Pack("marketRules", epoch)
}

// UnpackMarketRules is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb2792fb2.
//
// Solidity: function marketRules(uint256 epoch) view returns((uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256) rules)
func (trading *Trading) UnpackMarketRules(data []byte) (ITradingMarketRules, error) {
	out, err := trading.abi.Unpack("marketRules", data)
	if err != nil {
		return *new(ITradingMarketRules), err
	}
	out0 := *abi.ConvertType(out[0], new(ITradingMarketRules)).(*ITradingMarketRules)
	return out0, nil
}

// PackMatchOrders is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a449d1e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function matchOrders(uint256 epoch) returns()
func (trading *Trading) PackMatchOrders(epoch *big.Int) []byte {
	enc, err := trading.abi.Pack("matchOrders", epoch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMatchOrders is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a449d1e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function matchOrders(uint256 epoch) returns()
func (trading *Trading) TryPackMatchOrders(epoch *big.Int) ([]byte, error) {
	return trading.abi.Pack("matchOrders", epoch)
}

// PackNextEpochToClear is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x11cb1eea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nextEpochToClear() view returns(bool pending, uint256 epoch)
func (trading *Trading) PackNextEpochToClear() []byte {
	enc, err := trading.abi.Pack("nextEpochToClear")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNextEpochToClear is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x11cb1eea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nextEpochToClear() view returns(bool pending, uint256 epoch)
func (trading *Trading) TryPackNextEpochToClear() ([]byte, error) {
	return trading.abi.Pack("nextEpochToClear")
}

// NextEpochToClearOutput serves as a container for the return parameters of contract
// method NextEpochToClear.
type NextEpochToClearOutput struct {
	Pending bool
	Epoch   *big.Int
}

// UnpackNextEpochToClear is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x11cb1eea.
//
// Solidity: function nextEpochToClear() view returns(bool pending, uint256 epoch)
func (trading *Trading) UnpackNextEpochToClear(data []byte) (NextEpochToClearOutput, error) {
	out, err := trading.abi.Unpack("nextEpochToClear", data)
	outstruct := new(NextEpochToClearOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Pending = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.Epoch = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackOrdersOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc925d2c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ordersOf(uint256 epoch, address account) view returns(uint256[] orderIds)
func (trading *Trading) PackOrdersOf(epoch *big.Int, account common.Address) []byte {
	enc, err := trading.abi.Pack("ordersOf", epoch, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOrdersOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc925d2c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ordersOf(uint256 epoch, address account) view returns(uint256[] orderIds)
func (trading *Trading) TryPackOrdersOf(epoch *big.Int, account common.Address) ([]byte, error) {
	return trading.abi.Pack("ordersOf", epoch, account)
}

// UnpackOrdersOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcc925d2c.
//
// Solidity: function ordersOf(uint256 epoch, address account) view returns(uint256[] orderIds)
func (trading *Trading) UnpackOrdersOf(data []byte) ([]*big.Int, error) {
	out, err := trading.abi.Unpack("ordersOf", data)
	if err != nil {
		return *new([]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	return out0, nil
}

// PackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pause() returns()
func (trading *Trading) PackPause() []byte {
	enc, err := trading.abi.Pack("pause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pause() returns()
func (trading *Trading) TryPackPause() ([]byte, error) {
	return trading.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (trading *Trading) PackPaused() []byte {
	enc, err := trading.abi.Pack("paused")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function paused() view returns(bool)
func (trading *Trading) TryPackPaused() ([]byte, error) {
	return trading.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (trading *Trading) UnpackPaused(data []byte) (bool, error) {
	out, err := trading.abi.Unpack("paused", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackPerformUpkeep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4585e33b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function performUpkeep(bytes performData) returns()
func (trading *Trading) PackPerformUpkeep(performData []byte) []byte {
	enc, err := trading.abi.Pack("performUpkeep", performData)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPerformUpkeep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4585e33b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function performUpkeep(bytes performData) returns()
func (trading *Trading) TryPackPerformUpkeep(performData []byte) ([]byte, error) {
	return trading.abi.Pack("performUpkeep", performData)
}

// PackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registry() view returns(address)
func (trading *Trading) PackRegistry() []byte {
	enc, err := trading.abi.Pack("registry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registry() view returns(address)
func (trading *Trading) TryPackRegistry() ([]byte, error) {
	return trading.abi.Pack("registry")
}

// UnpackRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (trading *Trading) UnpackRegistry(data []byte) (common.Address, error) {
	out, err := trading.abi.Unpack("registry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (trading *Trading) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := trading.abi.Pack("renounceRole", role, callerConfirmation)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (trading *Trading) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return trading.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (trading *Trading) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := trading.abi.Pack("revokeRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (trading *Trading) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return trading.abi.Pack("revokeRole", role, account)
}

// PackSetGridOperator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0d999f87.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setGridOperator(address gridOperator_) returns()
func (trading *Trading) PackSetGridOperator(gridOperator common.Address) []byte {
	enc, err := trading.abi.Pack("setGridOperator", gridOperator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetGridOperator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0d999f87.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setGridOperator(address gridOperator_) returns()
func (trading *Trading) TryPackSetGridOperator(gridOperator common.Address) ([]byte, error) {
	return trading.abi.Pack("setGridOperator", gridOperator)
}

// PackSetMarketRules is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8a1f93ad.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMarketRules((uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256) rules) returns()
func (trading *Trading) PackSetMarketRules(rules ITradingMarketRules) []byte {
	enc, err := trading.abi.Pack("setMarketRules", rules)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMarketRules is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8a1f93ad.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMarketRules((uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256) rules) returns()
func (trading *Trading) TryPackSetMarketRules(rules ITradingMarketRules) ([]byte, error) {
	return trading.abi.Pack("setMarketRules", rules)
}

// PackSetSettleBatchSize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x343d7715.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setSettleBatchSize(uint256 settleBatchSize_) returns()
func (trading *Trading) PackSetSettleBatchSize(settleBatchSize *big.Int) []byte {
	enc, err := trading.abi.Pack("setSettleBatchSize", settleBatchSize)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetSettleBatchSize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x343d7715.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setSettleBatchSize(uint256 settleBatchSize_) returns()
func (trading *Trading) TryPackSetSettleBatchSize(settleBatchSize *big.Int) ([]byte, error) {
	return trading.abi.Pack("setSettleBatchSize", settleBatchSize)
}

// PackSettleBatchSize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5348da84.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settleBatchSize() view returns(uint256)
func (trading *Trading) PackSettleBatchSize() []byte {
	enc, err := trading.abi.Pack("settleBatchSize")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettleBatchSize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5348da84.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settleBatchSize() view returns(uint256)
func (trading *Trading) TryPackSettleBatchSize() ([]byte, error) {
	return trading.abi.Pack("settleBatchSize")
}

// UnpackSettleBatchSize is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5348da84.
//
// Solidity: function settleBatchSize() view returns(uint256)
func (trading *Trading) UnpackSettleBatchSize(data []byte) (*big.Int, error) {
	out, err := trading.abi.Unpack("settleBatchSize", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSettleOrders is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08635ab3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settleOrders(uint256 epoch, uint256 maxOrders) returns(uint256)
func (trading *Trading) PackSettleOrders(epoch *big.Int, maxOrders *big.Int) []byte {
	enc, err := trading.abi.Pack("settleOrders", epoch, maxOrders)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettleOrders is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08635ab3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settleOrders(uint256 epoch, uint256 maxOrders) returns(uint256)
func (trading *Trading) TryPackSettleOrders(epoch *big.Int, maxOrders *big.Int) ([]byte, error) {
	return trading.abi.Pack("settleOrders", epoch, maxOrders)
}

// UnpackSettleOrders is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x08635ab3.
//
// Solidity: function settleOrders(uint256 epoch, uint256 maxOrders) returns(uint256)
func (trading *Trading) UnpackSettleOrders(data []byte) (*big.Int, error) {
	out, err := trading.abi.Unpack("settleOrders", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSettlementToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b9e618d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settlementToken() view returns(address)
func (trading *Trading) PackSettlementToken() []byte {
	enc, err := trading.abi.Pack("settlementToken")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettlementToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b9e618d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settlementToken() view returns(address)
func (trading *Trading) TryPackSettlementToken() ([]byte, error) {
	return trading.abi.Pack("settlementToken")
}

// UnpackSettlementToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b9e618d.
//
// Solidity: function settlementToken() view returns(address)
func (trading *Trading) UnpackSettlementToken(data []byte) (common.Address, error) {
	out, err := trading.abi.Unpack("settlementToken", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (trading *Trading) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := trading.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (trading *Trading) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return trading.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (trading *Trading) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := trading.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unpause() returns()
func (trading *Trading) PackUnpause() []byte {
	enc, err := trading.abi.Pack("unpause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unpause() returns()
func (trading *Trading) TryPackUnpause() ([]byte, error) {
	return trading.abi.Pack("unpause")
}

// TradingAllocationCompleted represents a AllocationCompleted event raised by the Trading contract.
type TradingAllocationCompleted struct {
	Epoch *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const TradingAllocationCompletedEventName = "AllocationCompleted"

// ContractEventName returns the user-defined event name.
func (TradingAllocationCompleted) ContractEventName() string {
	return TradingAllocationCompletedEventName
}

// UnpackAllocationCompletedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AllocationCompleted(uint256 indexed epoch)
func (trading *Trading) UnpackAllocationCompletedEvent(log *types.Log) (*TradingAllocationCompleted, error) {
	event := "AllocationCompleted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != trading.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TradingAllocationCompleted)
	if len(log.Data) > 0 {
		if err := trading.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range trading.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TradingEpochCleared represents a EpochCleared event raised by the Trading contract.
type TradingEpochCleared struct {
	Epoch         *big.Int
	ClearingPrice *big.Int
	Volume        *big.Int
	WheelingFee   *big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const TradingEpochClearedEventName = "EpochCleared"

// ContractEventName returns the user-defined event name.
func (TradingEpochCleared) ContractEventName() string {
	return TradingEpochClearedEventName
}

// UnpackEpochClearedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EpochCleared(uint256 indexed epoch, uint256 clearingPrice, uint256 volume, uint256 wheelingFee)
func (trading *Trading) UnpackEpochClearedEvent(log *types.Log) (*TradingEpochCleared, error) {
	event := "EpochCleared"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != trading.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TradingEpochCleared)
	if len(log.Data) > 0 {
		if err := trading.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range trading.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TradingEpochSettled represents a EpochSettled event raised by the Trading contract.
type TradingEpochSettled struct {
	Epoch *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const TradingEpochSettledEventName = "EpochSettled"

// ContractEventName returns the user-defined event name.
func (TradingEpochSettled) ContractEventName() string {
	return TradingEpochSettledEventName
}

// UnpackEpochSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EpochSettled(uint256 indexed epoch)
func (trading *Trading) UnpackEpochSettledEvent(log *types.Log) (*TradingEpochSettled, error) {
	event := "EpochSettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != trading.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TradingEpochSettled)
	if len(log.Data) > 0 {
		if err := trading.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range trading.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TradingGridOperatorChanged represents a GridOperatorChanged event raised by the Trading contract.
type TradingGridOperatorChanged struct {
	Previous common.Address
	Current  common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const TradingGridOperatorChangedEventName = "GridOperatorChanged"

// ContractEventName returns the user-defined event name.
func (TradingGridOperatorChanged) ContractEventName() string {
	return TradingGridOperatorChangedEventName
}

// UnpackGridOperatorChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event GridOperatorChanged(address indexed previous, address indexed current)
func (trading *Trading) UnpackGridOperatorChangedEvent(log *types.Log) (*TradingGridOperatorChanged, error) {
	event := "GridOperatorChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != trading.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TradingGridOperatorChanged)
	if len(log.Data) > 0 {
		if err := trading.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range trading.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TradingMarketRulesChanged represents a MarketRulesChanged event raised by the Trading contract.
type TradingMarketRulesChanged struct {
	EffectiveEpoch *big.Int
	Rules          ITradingMarketRules
	Raw            *types.Log // Blockchain specific contextual infos
}

const TradingMarketRulesChangedEventName = "MarketRulesChanged"

// ContractEventName returns the user-defined event name.
func (TradingMarketRulesChanged) ContractEventName() string {
	return TradingMarketRulesChangedEventName
}

// UnpackMarketRulesChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MarketRulesChanged(uint256 indexed effectiveEpoch, (uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256) rules)
func (trading *Trading) UnpackMarketRulesChangedEvent(log *types.Log) (*TradingMarketRulesChanged, error) {
	event := "MarketRulesChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != trading.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TradingMarketRulesChanged)
	if len(log.Data) > 0 {
		if err := trading.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range trading.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TradingOrderCancelled represents a OrderCancelled event raised by the Trading contract.
type TradingOrderCancelled struct {
	OrderId *big.Int
	Owner   common.Address
	Refund  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const TradingOrderCancelledEventName = "OrderCancelled"

// ContractEventName returns the user-defined event name.
func (TradingOrderCancelled) ContractEventName() string {
	return TradingOrderCancelledEventName
}

// UnpackOrderCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrderCancelled(uint256 indexed orderId, address indexed owner, uint256 refund)
func (trading *Trading) UnpackOrderCancelledEvent(log *types.Log) (*TradingOrderCancelled, error) {
	event := "OrderCancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != trading.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TradingOrderCancelled)
	if len(log.Data) > 0 {
		if err := trading.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range trading.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TradingOrderPlaced represents a OrderPlaced event raised by the Trading contract.
type TradingOrderPlaced struct {
	OrderId    *big.Int
	Epoch      *big.Int
	Owner      common.Address
	Side       uint8
	Amount     *big.Int
	LimitPrice *big.Int
	Escrow     *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const TradingOrderPlacedEventName = "OrderPlaced"

// ContractEventName returns the user-defined event name.
func (TradingOrderPlaced) ContractEventName() string {
	return TradingOrderPlacedEventName
}

// UnpackOrderPlacedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrderPlaced(uint256 indexed orderId, uint256 indexed epoch, address indexed owner, uint8 side, uint256 amount, uint256 limitPrice, uint256 escrow)
func (trading *Trading) UnpackOrderPlacedEvent(log *types.Log) (*TradingOrderPlaced, error) {
	event := "OrderPlaced"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != trading.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TradingOrderPlaced)
	if len(log.Data) > 0 {
		if err := trading.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range trading.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TradingOrderSettled represents a OrderSettled event raised by the Trading contract.
type TradingOrderSettled struct {
	OrderId      *big.Int
	Owner        common.Address
	FilledAmount *big.Int
	GridPaid     *big.Int
	TokenPaid    *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const TradingOrderSettledEventName = "OrderSettled"

// ContractEventName returns the user-defined event name.
func (TradingOrderSettled) ContractEventName() string {
	return TradingOrderSettledEventName
}

// UnpackOrderSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OrderSettled(uint256 indexed orderId, address indexed owner, uint256 filledAmount, uint256 gridPaid, uint256 tokenPaid)
func (trading *Trading) UnpackOrderSettledEvent(log *types.Log) (*TradingOrderSettled, error) {
	event := "OrderSettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != trading.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TradingOrderSettled)
	if len(log.Data) > 0 {
		if err := trading.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range trading.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TradingPaused represents a Paused event raised by the Trading contract.
type TradingPaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const TradingPausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (TradingPaused) ContractEventName() string {
	return TradingPausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address account)
func (trading *Trading) UnpackPausedEvent(log *types.Log) (*TradingPaused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != trading.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TradingPaused)
	if len(log.Data) > 0 {
		if err := trading.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range trading.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TradingRoleAdminChanged represents a RoleAdminChanged event raised by the Trading contract.
type TradingRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const TradingRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (TradingRoleAdminChanged) ContractEventName() string {
	return TradingRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (trading *Trading) UnpackRoleAdminChangedEvent(log *types.Log) (*TradingRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != trading.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TradingRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := trading.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range trading.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TradingRoleGranted represents a RoleGranted event raised by the Trading contract.
type TradingRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const TradingRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (TradingRoleGranted) ContractEventName() string {
	return TradingRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (trading *Trading) UnpackRoleGrantedEvent(log *types.Log) (*TradingRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != trading.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TradingRoleGranted)
	if len(log.Data) > 0 {
		if err := trading.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range trading.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TradingRoleRevoked represents a RoleRevoked event raised by the Trading contract.
type TradingRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const TradingRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (TradingRoleRevoked) ContractEventName() string {
	return TradingRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (trading *Trading) UnpackRoleRevokedEvent(log *types.Log) (*TradingRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != trading.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TradingRoleRevoked)
	if len(log.Data) > 0 {
		if err := trading.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range trading.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TradingSettleBatchSizeChanged represents a SettleBatchSizeChanged event raised by the Trading contract.
type TradingSettleBatchSizeChanged struct {
	Previous *big.Int
	Current  *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const TradingSettleBatchSizeChangedEventName = "SettleBatchSizeChanged"

// ContractEventName returns the user-defined event name.
func (TradingSettleBatchSizeChanged) ContractEventName() string {
	return TradingSettleBatchSizeChangedEventName
}

// UnpackSettleBatchSizeChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SettleBatchSizeChanged(uint256 previous, uint256 current)
func (trading *Trading) UnpackSettleBatchSizeChangedEvent(log *types.Log) (*TradingSettleBatchSizeChanged, error) {
	event := "SettleBatchSizeChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != trading.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TradingSettleBatchSizeChanged)
	if len(log.Data) > 0 {
		if err := trading.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range trading.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TradingUnpaused represents a Unpaused event raised by the Trading contract.
type TradingUnpaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const TradingUnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (TradingUnpaused) ContractEventName() string {
	return TradingUnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address account)
func (trading *Trading) UnpackUnpausedEvent(log *types.Log) (*TradingUnpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != trading.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TradingUnpaused)
	if len(log.Data) > 0 {
		if err := trading.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range trading.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TradingUpkeepSkipped represents a UpkeepSkipped event raised by the Trading contract.
type TradingUpkeepSkipped struct {
	Action uint8
	Epoch  *big.Int
	Cursor *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const TradingUpkeepSkippedEventName = "UpkeepSkipped"

// ContractEventName returns the user-defined event name.
func (TradingUpkeepSkipped) ContractEventName() string {
	return TradingUpkeepSkippedEventName
}

// UnpackUpkeepSkippedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UpkeepSkipped(uint8 action, uint256 indexed epoch, uint256 cursor)
func (trading *Trading) UnpackUpkeepSkippedEvent(log *types.Log) (*TradingUpkeepSkipped, error) {
	event := "UpkeepSkipped"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != trading.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TradingUpkeepSkipped)
	if len(log.Data) > 0 {
		if err := trading.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range trading.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (trading *Trading) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], trading.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return trading.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], trading.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return trading.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], trading.abi.Errors["EnforcedPause"].ID.Bytes()[:4]) {
		return trading.UnpackEnforcedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], trading.abi.Errors["ExpectedPause"].ID.Bytes()[:4]) {
		return trading.UnpackExpectedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], trading.abi.Errors["OnlySimulatedBackend"].ID.Bytes()[:4]) {
		return trading.UnpackOnlySimulatedBackendError(raw[4:])
	}
	if bytes.Equal(raw[:4], trading.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return trading.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], trading.abi.Errors["Trading__AllocationPending"].ID.Bytes()[:4]) {
		return trading.UnpackTradingAllocationPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], trading.abi.Errors["Trading__AmountBelowMinimum"].ID.Bytes()[:4]) {
		return trading.UnpackTradingAmountBelowMinimumError(raw[4:])
	}
	if bytes.Equal(raw[:4], trading.abi.Errors["Trading__AmountTooLarge"].ID.Bytes()[:4]) {
		return trading.UnpackTradingAmountTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], trading.abi.Errors["Trading__EarlierEpochNotCleared"].ID.Bytes()[:4]) {
		return trading.UnpackTradingEarlierEpochNotClearedError(raw[4:])
	}
	if bytes.Equal(raw[:4], trading.abi.Errors["Trading__EpochAlreadyCleared"].ID.Bytes()[:4]) {
		return trading.UnpackTradingEpochAlreadyClearedError(raw[4:])
	}
	if bytes.Equal(raw[:4], trading.abi.Errors["Trading__EpochClosed"].ID.Bytes()[:4]) {
		return trading.UnpackTradingEpochClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], trading.abi.Errors["Trading__EpochEmpty"].ID.Bytes()[:4]) {
		return trading.UnpackTradingEpochEmptyError(raw[4:])
	}
	if bytes.Equal(raw[:4], trading.abi.Errors["Trading__EpochNotCleared"].ID.Bytes()[:4]) {
		return trading.UnpackTradingEpochNotClearedError(raw[4:])
	}
	if bytes.Equal(raw[:4], trading.abi.Errors["Trading__EpochNotEnded"].ID.Bytes()[:4]) {
		return trading.UnpackTradingEpochNotEndedError(raw[4:])
	}
	if bytes.Equal(raw[:4], trading.abi.Errors["Trading__EpochOrderLimitReached"].ID.Bytes()[:4]) {
		return trading.UnpackTradingEpochOrderLimitReachedError(raw[4:])
	}
	if bytes.Equal(raw[:4], trading.abi.Errors["Trading__InvalidAmount"].ID.Bytes()[:4]) {
		return trading.UnpackTradingInvalidAmountError(raw[4:])
	}
	if bytes.Equal(raw[:4], trading.abi.Errors["Trading__InvalidConfig"].ID.Bytes()[:4]) {
		return trading.UnpackTradingInvalidConfigError(raw[4:])
	}
	if bytes.Equal(raw[:4], trading.abi.Errors["Trading__InvalidMarketRules"].ID.Bytes()[:4]) {
		return trading.UnpackTradingInvalidMarketRulesError(raw[4:])
	}
	if bytes.Equal(raw[:4], trading.abi.Errors["Trading__InvalidPerformData"].ID.Bytes()[:4]) {
		return trading.UnpackTradingInvalidPerformDataError(raw[4:])
	}
	if bytes.Equal(raw[:4], trading.abi.Errors["Trading__MarketNotOpen"].ID.Bytes()[:4]) {
		return trading.UnpackTradingMarketNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], trading.abi.Errors["Trading__NotOrderOwner"].ID.Bytes()[:4]) {
		return trading.UnpackTradingNotOrderOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], trading.abi.Errors["Trading__OrderNotFound"].ID.Bytes()[:4]) {
		return trading.UnpackTradingOrderNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], trading.abi.Errors["Trading__OrderNotOpen"].ID.Bytes()[:4]) {
		return trading.UnpackTradingOrderNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], trading.abi.Errors["Trading__PriceOffGrid"].ID.Bytes()[:4]) {
		return trading.UnpackTradingPriceOffGridError(raw[4:])
	}
	if bytes.Equal(raw[:4], trading.abi.Errors["Trading__UserNotVerified"].ID.Bytes()[:4]) {
		return trading.UnpackTradingUserNotVerifiedError(raw[4:])
	}
	if bytes.Equal(raw[:4], trading.abi.Errors["Trading__UserOrderLimitReached"].ID.Bytes()[:4]) {
		return trading.UnpackTradingUserOrderLimitReachedError(raw[4:])
	}
	if bytes.Equal(raw[:4], trading.abi.Errors["Trading__ZeroAddress"].ID.Bytes()[:4]) {
		return trading.UnpackTradingZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// TradingAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the Trading contract.
type TradingAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func TradingAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (trading *Trading) UnpackAccessControlBadConfirmationError(raw []byte) (*TradingAccessControlBadConfirmation, error) {
	out := new(TradingAccessControlBadConfirmation)
	if err := trading.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TradingAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the Trading contract.
type TradingAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func TradingAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (trading *Trading) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*TradingAccessControlUnauthorizedAccount, error) {
	out := new(TradingAccessControlUnauthorizedAccount)
	if err := trading.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TradingEnforcedPause represents a EnforcedPause error raised by the Trading contract.
type TradingEnforcedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnforcedPause()
func TradingEnforcedPauseErrorID() common.Hash {
	return common.HexToHash("0xd93c0665d6c96d04a8f174024fc4ddd66c250604aff22bbec808de86dd3637e3")
}

// UnpackEnforcedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnforcedPause()
func (trading *Trading) UnpackEnforcedPauseError(raw []byte) (*TradingEnforcedPause, error) {
	out := new(TradingEnforcedPause)
	if err := trading.abi.UnpackIntoInterface(out, "EnforcedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TradingExpectedPause represents a ExpectedPause error raised by the Trading contract.
type TradingExpectedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExpectedPause()
func TradingExpectedPauseErrorID() common.Hash {
	return common.HexToHash("0x8dfc202bcfe9a735b559bee70674422512bc5c30f687046ae8778315fb81da44")
}

// UnpackExpectedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExpectedPause()
func (trading *Trading) UnpackExpectedPauseError(raw []byte) (*TradingExpectedPause, error) {
	out := new(TradingExpectedPause)
	if err := trading.abi.UnpackIntoInterface(out, "ExpectedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TradingOnlySimulatedBackend represents a OnlySimulatedBackend error raised by the Trading contract.
type TradingOnlySimulatedBackend struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OnlySimulatedBackend()
func TradingOnlySimulatedBackendErrorID() common.Hash {
	return common.HexToHash("0xb60ac5db5c8bc594935e2849935fc4764a8619de845dc96daf2ee9c3809253b5")
}

// UnpackOnlySimulatedBackendError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OnlySimulatedBackend()
func (trading *Trading) UnpackOnlySimulatedBackendError(raw []byte) (*TradingOnlySimulatedBackend, error) {
	out := new(TradingOnlySimulatedBackend)
	if err := trading.abi.UnpackIntoInterface(out, "OnlySimulatedBackend", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TradingSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the Trading contract.
type TradingSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func TradingSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (trading *Trading) UnpackSafeERC20FailedOperationError(raw []byte) (*TradingSafeERC20FailedOperation, error) {
	out := new(TradingSafeERC20FailedOperation)
	if err := trading.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TradingTradingAllocationPending represents a Trading__AllocationPending error raised by the Trading contract.
type TradingTradingAllocationPending struct {
	Epoch *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Trading__AllocationPending(uint256 epoch)
func TradingTradingAllocationPendingErrorID() common.Hash {
	return common.HexToHash("0xa64833884d9832ca9732c5c54ad9a6c8a37d8604be4d2aefdabab8786111261f")
}

// UnpackTradingAllocationPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Trading__AllocationPending(uint256 epoch)
func (trading *Trading) UnpackTradingAllocationPendingError(raw []byte) (*TradingTradingAllocationPending, error) {
	out := new(TradingTradingAllocationPending)
	if err := trading.abi.UnpackIntoInterface(out, "Trading__AllocationPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TradingTradingAmountBelowMinimum represents a Trading__AmountBelowMinimum error raised by the Trading contract.
type TradingTradingAmountBelowMinimum struct {
	Amount  *big.Int
	Minimum *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Trading__AmountBelowMinimum(uint256 amount, uint256 minimum)
func TradingTradingAmountBelowMinimumErrorID() common.Hash {
	return common.HexToHash("0x5c3962021cf99d5fb8a6533e26200f6aebe616b4fca52f5182954144a7a4009c")
}

// UnpackTradingAmountBelowMinimumError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Trading__AmountBelowMinimum(uint256 amount, uint256 minimum)
func (trading *Trading) UnpackTradingAmountBelowMinimumError(raw []byte) (*TradingTradingAmountBelowMinimum, error) {
	out := new(TradingTradingAmountBelowMinimum)
	if err := trading.abi.UnpackIntoInterface(out, "Trading__AmountBelowMinimum", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TradingTradingAmountTooLarge represents a Trading__AmountTooLarge error raised by the Trading contract.
type TradingTradingAmountTooLarge struct {
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Trading__AmountTooLarge(uint256 amount)
func TradingTradingAmountTooLargeErrorID() common.Hash {
	return common.HexToHash("0x697759077c97f9385c576e66a194436edac5f91b4fea0d26074cd349a40fd2d6")
}

// UnpackTradingAmountTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Trading__AmountTooLarge(uint256 amount)
func (trading *Trading) UnpackTradingAmountTooLargeError(raw []byte) (*TradingTradingAmountTooLarge, error) {
	out := new(TradingTradingAmountTooLarge)
	if err := trading.abi.UnpackIntoInterface(out, "Trading__AmountTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TradingTradingEarlierEpochNotCleared represents a Trading__EarlierEpochNotCleared error raised by the Trading contract.
type TradingTradingEarlierEpochNotCleared struct {
	PendingEpoch *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Trading__EarlierEpochNotCleared(uint256 pendingEpoch)
func TradingTradingEarlierEpochNotClearedErrorID() common.Hash {
	return common.HexToHash("0x8928758475a5a3fd306d7e940706a5a323da6a02520f5a5de538bb5bc924c179")
}

// UnpackTradingEarlierEpochNotClearedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Trading__EarlierEpochNotCleared(uint256 pendingEpoch)
func (trading *Trading) UnpackTradingEarlierEpochNotClearedError(raw []byte) (*TradingTradingEarlierEpochNotCleared, error) {
	out := new(TradingTradingEarlierEpochNotCleared)
	if err := trading.abi.UnpackIntoInterface(out, "Trading__EarlierEpochNotCleared", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TradingTradingEpochAlreadyCleared represents a Trading__EpochAlreadyCleared error raised by the Trading contract.
type TradingTradingEpochAlreadyCleared struct {
	Epoch *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Trading__EpochAlreadyCleared(uint256 epoch)
func TradingTradingEpochAlreadyClearedErrorID() common.Hash {
	return common.HexToHash("0x3f4b6fa06d501cb7c4cfd931db387ad157672f57727490064ec88f4883ebd251")
}

// UnpackTradingEpochAlreadyClearedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Trading__EpochAlreadyCleared(uint256 epoch)
func (trading *Trading) UnpackTradingEpochAlreadyClearedError(raw []byte) (*TradingTradingEpochAlreadyCleared, error) {
	out := new(TradingTradingEpochAlreadyCleared)
	if err := trading.abi.UnpackIntoInterface(out, "Trading__EpochAlreadyCleared", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TradingTradingEpochClosed represents a Trading__EpochClosed error raised by the Trading contract.
type TradingTradingEpochClosed struct {
	Epoch *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Trading__EpochClosed(uint256 epoch)
func TradingTradingEpochClosedErrorID() common.Hash {
	return common.HexToHash("0x5449deb64e3f7e20e9a72407af32f8c9ee5448752ff6823d6e62127fa86510f0")
}

// UnpackTradingEpochClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Trading__EpochClosed(uint256 epoch)
func (trading *Trading) UnpackTradingEpochClosedError(raw []byte) (*TradingTradingEpochClosed, error) {
	out := new(TradingTradingEpochClosed)
	if err := trading.abi.UnpackIntoInterface(out, "Trading__EpochClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TradingTradingEpochEmpty represents a Trading__EpochEmpty error raised by the Trading contract.
type TradingTradingEpochEmpty struct {
	Epoch *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Trading__EpochEmpty(uint256 epoch)
func TradingTradingEpochEmptyErrorID() common.Hash {
	return common.HexToHash("0xf71054b9a0dcf7732f394e4b36bc7dfdcf374ecbe9a5bedc06ef08b719dad49c")
}

// UnpackTradingEpochEmptyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Trading__EpochEmpty(uint256 epoch)
func (trading *Trading) UnpackTradingEpochEmptyError(raw []byte) (*TradingTradingEpochEmpty, error) {
	out := new(TradingTradingEpochEmpty)
	if err := trading.abi.UnpackIntoInterface(out, "Trading__EpochEmpty", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TradingTradingEpochNotCleared represents a Trading__EpochNotCleared error raised by the Trading contract.
type TradingTradingEpochNotCleared struct {
	Epoch *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Trading__EpochNotCleared(uint256 epoch)
func TradingTradingEpochNotClearedErrorID() common.Hash {
	return common.HexToHash("0x22410cb17b4483ff2eb93a5c92a47dc314cab1b99f4cc682bf66523e36ce9ab3")
}

// UnpackTradingEpochNotClearedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Trading__EpochNotCleared(uint256 epoch)
func (trading *Trading) UnpackTradingEpochNotClearedError(raw []byte) (*TradingTradingEpochNotCleared, error) {
	out := new(TradingTradingEpochNotCleared)
	if err := trading.abi.UnpackIntoInterface(out, "Trading__EpochNotCleared", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TradingTradingEpochNotEnded represents a Trading__EpochNotEnded error raised by the Trading contract.
type TradingTradingEpochNotEnded struct {
	Epoch   *big.Int
	EndTime *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Trading__EpochNotEnded(uint256 epoch, uint256 endTime)
func TradingTradingEpochNotEndedErrorID() common.Hash {
	return common.HexToHash("0x4a825d8737b229b4538f0320c1045325fa8f83e406bf87abec866e27fc35d31c")
}

// UnpackTradingEpochNotEndedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Trading__EpochNotEnded(uint256 epoch, uint256 endTime)
func (trading *Trading) UnpackTradingEpochNotEndedError(raw []byte) (*TradingTradingEpochNotEnded, error) {
	out := new(TradingTradingEpochNotEnded)
	if err := trading.abi.UnpackIntoInterface(out, "Trading__EpochNotEnded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TradingTradingEpochOrderLimitReached represents a Trading__EpochOrderLimitReached error raised by the Trading contract.
type TradingTradingEpochOrderLimitReached struct {
	Epoch *big.Int
	Limit *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Trading__EpochOrderLimitReached(uint256 epoch, uint256 limit)
func TradingTradingEpochOrderLimitReachedErrorID() common.Hash {
	return common.HexToHash("0x3b13310d19893369ea503e3bbf1f063c191f6ad15ee844888aacd16b1c01cf12")
}

// UnpackTradingEpochOrderLimitReachedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Trading__EpochOrderLimitReached(uint256 epoch, uint256 limit)
func (trading *Trading) UnpackTradingEpochOrderLimitReachedError(raw []byte) (*TradingTradingEpochOrderLimitReached, error) {
	out := new(TradingTradingEpochOrderLimitReached)
	if err := trading.abi.UnpackIntoInterface(out, "Trading__EpochOrderLimitReached", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TradingTradingInvalidAmount represents a Trading__InvalidAmount error raised by the Trading contract.
type TradingTradingInvalidAmount struct {
	Amount  *big.Int
	Quantum *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Trading__InvalidAmount(uint256 amount, uint256 quantum)
func TradingTradingInvalidAmountErrorID() common.Hash {
	return common.HexToHash("0xd60547a8e33535129a4372726534ca56067e548885d5c790a4ef14c0fbe1b33f")
}

// UnpackTradingInvalidAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Trading__InvalidAmount(uint256 amount, uint256 quantum)
func (trading *Trading) UnpackTradingInvalidAmountError(raw []byte) (*TradingTradingInvalidAmount, error) {
	out := new(TradingTradingInvalidAmount)
	if err := trading.abi.UnpackIntoInterface(out, "Trading__InvalidAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TradingTradingInvalidConfig represents a Trading__InvalidConfig error raised by the Trading contract.
type TradingTradingInvalidConfig struct {
	Setting [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Trading__InvalidConfig(bytes32 setting)
func TradingTradingInvalidConfigErrorID() common.Hash {
	return common.HexToHash("0xbc0faef5e5fd999d909fbaaa65adbd412779e5f8d69226e914156688b64aacdd")
}

// UnpackTradingInvalidConfigError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Trading__InvalidConfig(bytes32 setting)
func (trading *Trading) UnpackTradingInvalidConfigError(raw []byte) (*TradingTradingInvalidConfig, error) {
	out := new(TradingTradingInvalidConfig)
	if err := trading.abi.UnpackIntoInterface(out, "Trading__InvalidConfig", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TradingTradingInvalidMarketRules represents a Trading__InvalidMarketRules error raised by the Trading contract.
type TradingTradingInvalidMarketRules struct {
	Rule [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Trading__InvalidMarketRules(bytes32 rule)
func TradingTradingInvalidMarketRulesErrorID() common.Hash {
	return common.HexToHash("0x00482e1579641d776a03da26fd114ce810694dfd80210ca06f65baf51277f275")
}

// UnpackTradingInvalidMarketRulesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Trading__InvalidMarketRules(bytes32 rule)
func (trading *Trading) UnpackTradingInvalidMarketRulesError(raw []byte) (*TradingTradingInvalidMarketRules, error) {
	out := new(TradingTradingInvalidMarketRules)
	if err := trading.abi.UnpackIntoInterface(out, "Trading__InvalidMarketRules", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TradingTradingInvalidPerformData represents a Trading__InvalidPerformData error raised by the Trading contract.
type TradingTradingInvalidPerformData struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Trading__InvalidPerformData()
func TradingTradingInvalidPerformDataErrorID() common.Hash {
	return common.HexToHash("0x4918e0a1dd2346c5d62d4432b2179624b7ed10536111166d43f77a8728751688")
}

// UnpackTradingInvalidPerformDataError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Trading__InvalidPerformData()
func (trading *Trading) UnpackTradingInvalidPerformDataError(raw []byte) (*TradingTradingInvalidPerformData, error) {
	out := new(TradingTradingInvalidPerformData)
	if err := trading.abi.UnpackIntoInterface(out, "Trading__InvalidPerformData", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TradingTradingMarketNotOpen represents a Trading__MarketNotOpen error raised by the Trading contract.
type TradingTradingMarketNotOpen struct {
	FirstEpochStart *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Trading__MarketNotOpen(uint256 firstEpochStart)
func TradingTradingMarketNotOpenErrorID() common.Hash {
	return common.HexToHash("0xf58880df1de318237e2f2259f7fbc4b0c6897a263c3cc2a9ec0293595026f31c")
}

// UnpackTradingMarketNotOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Trading__MarketNotOpen(uint256 firstEpochStart)
func (trading *Trading) UnpackTradingMarketNotOpenError(raw []byte) (*TradingTradingMarketNotOpen, error) {
	out := new(TradingTradingMarketNotOpen)
	if err := trading.abi.UnpackIntoInterface(out, "Trading__MarketNotOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TradingTradingNotOrderOwner represents a Trading__NotOrderOwner error raised by the Trading contract.
type TradingTradingNotOrderOwner struct {
	OrderId *big.Int
	Caller  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Trading__NotOrderOwner(uint256 orderId, address caller)
func TradingTradingNotOrderOwnerErrorID() common.Hash {
	return common.HexToHash("0xcbd1f903cf7fc1117579fd1425bae6d3713b10f55b5e81a6a3ef682a02144947")
}

// UnpackTradingNotOrderOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Trading__NotOrderOwner(uint256 orderId, address caller)
func (trading *Trading) UnpackTradingNotOrderOwnerError(raw []byte) (*TradingTradingNotOrderOwner, error) {
	out := new(TradingTradingNotOrderOwner)
	if err := trading.abi.UnpackIntoInterface(out, "Trading__NotOrderOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TradingTradingOrderNotFound represents a Trading__OrderNotFound error raised by the Trading contract.
type TradingTradingOrderNotFound struct {
	OrderId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Trading__OrderNotFound(uint256 orderId)
func TradingTradingOrderNotFoundErrorID() common.Hash {
	return common.HexToHash("0x0af05e23591c023a77baa74110b680ba8ca0bb30359b1f4f9390fdf22d9d208a")
}

// UnpackTradingOrderNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Trading__OrderNotFound(uint256 orderId)
func (trading *Trading) UnpackTradingOrderNotFoundError(raw []byte) (*TradingTradingOrderNotFound, error) {
	out := new(TradingTradingOrderNotFound)
	if err := trading.abi.UnpackIntoInterface(out, "Trading__OrderNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TradingTradingOrderNotOpen represents a Trading__OrderNotOpen error raised by the Trading contract.
type TradingTradingOrderNotOpen struct {
	OrderId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Trading__OrderNotOpen(uint256 orderId)
func TradingTradingOrderNotOpenErrorID() common.Hash {
	return common.HexToHash("0x71d27cca88c62af102a4a8f21cab93f00b27be226231066f170cfac9140f7374")
}

// UnpackTradingOrderNotOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Trading__OrderNotOpen(uint256 orderId)
func (trading *Trading) UnpackTradingOrderNotOpenError(raw []byte) (*TradingTradingOrderNotOpen, error) {
	out := new(TradingTradingOrderNotOpen)
	if err := trading.abi.UnpackIntoInterface(out, "Trading__OrderNotOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TradingTradingPriceOffGrid represents a Trading__PriceOffGrid error raised by the Trading contract.
type TradingTradingPriceOffGrid struct {
	Price *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Trading__PriceOffGrid(uint256 price)
func TradingTradingPriceOffGridErrorID() common.Hash {
	return common.HexToHash("0x173a367c4d26dcb74c8e113a64fab264f194d7e5568352da258d5682810c3090")
}

// UnpackTradingPriceOffGridError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Trading__PriceOffGrid(uint256 price)
func (trading *Trading) UnpackTradingPriceOffGridError(raw []byte) (*TradingTradingPriceOffGrid, error) {
	out := new(TradingTradingPriceOffGrid)
	if err := trading.abi.UnpackIntoInterface(out, "Trading__PriceOffGrid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TradingTradingUserNotVerified represents a Trading__UserNotVerified error raised by the Trading contract.
type TradingTradingUserNotVerified struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Trading__UserNotVerified(address account)
func TradingTradingUserNotVerifiedErrorID() common.Hash {
	return common.HexToHash("0x05f6626c1101a1fcc7465f409e06d474b2091b7f43947a35dbae59c2bfdee7a0")
}

// UnpackTradingUserNotVerifiedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Trading__UserNotVerified(address account)
func (trading *Trading) UnpackTradingUserNotVerifiedError(raw []byte) (*TradingTradingUserNotVerified, error) {
	out := new(TradingTradingUserNotVerified)
	if err := trading.abi.UnpackIntoInterface(out, "Trading__UserNotVerified", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TradingTradingUserOrderLimitReached represents a Trading__UserOrderLimitReached error raised by the Trading contract.
type TradingTradingUserOrderLimitReached struct {
	Account common.Address
	Epoch   *big.Int
	Limit   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Trading__UserOrderLimitReached(address account, uint256 epoch, uint256 limit)
func TradingTradingUserOrderLimitReachedErrorID() common.Hash {
	return common.HexToHash("0x382e29b102859aa8d6385829e2a34421b5d05eb76a8b1a054fd0469f6f0aacb3")
}

// UnpackTradingUserOrderLimitReachedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Trading__UserOrderLimitReached(address account, uint256 epoch, uint256 limit)
func (trading *Trading) UnpackTradingUserOrderLimitReachedError(raw []byte) (*TradingTradingUserOrderLimitReached, error) {
	out := new(TradingTradingUserOrderLimitReached)
	if err := trading.abi.UnpackIntoInterface(out, "Trading__UserOrderLimitReached", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TradingTradingZeroAddress represents a Trading__ZeroAddress error raised by the Trading contract.
type TradingTradingZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Trading__ZeroAddress()
func TradingTradingZeroAddressErrorID() common.Hash {
	return common.HexToHash("0x92e8ebe5253195c0b334f01fab06b468f9dd3c575e193f38affda6ae33fd477b")
}

// UnpackTradingZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Trading__ZeroAddress()
func (trading *Trading) UnpackTradingZeroAddressError(raw []byte) (*TradingTradingZeroAddress, error) {
	out := new(TradingTradingZeroAddress)
	if err := trading.abi.UnpackIntoInterface(out, "Trading__ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}
