package gridctl

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"strings"
	"text/tabwriter"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/campus-grid/gridchain/bindings/trading"
	"github.com/campus-grid/gridchain/chain/manifest"
)

// Order sides and statuses as ITrading numbers them.
var (
	orderSides    = []string{"sell", "buy"}
	orderStatuses = []string{"none", "open", "cancelled", "settled"}
)

// maxOrderQuanta is the most quanta one order holds (the contract packs them in 40 bits).
var maxOrderQuanta = new(big.Int).SetUint64(1<<40 - 1)

var one = new(big.Int).Exp(big.NewInt(10), big.NewInt(Decimals), nil)

// parseOrderTerms converts the --amount (kWh) and --price (THB/kWh) decimals to base units
// exactly (string arithmetic, no floating point).
func parseOrderTerms(amountArg, priceArg string) (amount, price *big.Int, err error) {
	if amountArg == "" {
		return nil, nil, usageErr("--amount (kWh) is required")
	}
	if priceArg == "" {
		return nil, nil, usageErr("--price (THB/kWh) is required")
	}
	if amount, err = parseAmount(amountArg); err != nil {
		return nil, nil, usageErr("--amount: %s", strings.TrimPrefix(err.Error(), ErrUsage.Error()+": "))
	}
	if price, err = parseAmount(priceArg); err != nil {
		return nil, nil, usageErr("--price: %s", strings.TrimPrefix(err.Error(), ErrUsage.Error()+": "))
	}
	if amount.Sign() == 0 {
		return nil, nil, usageErr("--amount must be more than 0 kWh")
	}
	if price.Sign() == 0 {
		return nil, nil, usageErr("--price must be more than 0 THB/kWh")
	}
	return amount, price, nil
}

// orderTerms parses the terms and checks them against the epoch's rules, so that an off-grid
// order is refused before it is sent.
func orderTerms(amountArg, priceArg string, r trading.ITradingMarketRules) (amount, price *big.Int, err error) {
	if amount, price, err = parseOrderTerms(amountArg, priceArg); err != nil {
		return nil, nil, err
	}
	if err := checkOrder(amount, price, r); err != nil {
		return nil, nil, err
	}
	return amount, price, nil
}

// checkOrder applies the contract's order rules (Trading._checkOrder) to base-unit values.
func checkOrder(amount, price *big.Int, r trading.ITradingMarketRules) error {
	if r.AmountQuantum == nil || r.AmountQuantum.Sign() <= 0 || r.PriceTick == nil || r.PriceTick.Sign() <= 0 {
		return errors.New("the market rules of the epoch are not set")
	}
	if amount.Sign() <= 0 {
		return usageErr("--amount must be more than 0 kWh")
	}
	quanta, rem := new(big.Int).QuoRem(amount, r.AmountQuantum, new(big.Int))
	if rem.Sign() != 0 {
		return usageErr("amount %s kWh is not a multiple of the market's quantum %s kWh",
			formatAmount(amount), formatAmount(r.AmountQuantum))
	}
	if amount.Cmp(r.MinOrderAmount) < 0 {
		return usageErr("amount %s kWh is below the minimum order of %s kWh", formatAmount(amount), formatAmount(r.MinOrderAmount))
	}
	if quanta.Cmp(maxOrderQuanta) > 0 {
		return usageErr("amount %s kWh is more than one order can hold (%s kWh)", formatAmount(amount),
			formatAmount(new(big.Int).Mul(maxOrderQuanta, r.AmountQuantum)))
	}
	grid := fmt.Sprintf("from %s to %s THB/kWh in steps of %s", formatAmount(r.PriceFloor), formatAmount(r.PriceCeiling), formatAmount(r.PriceTick))
	if price.Cmp(r.PriceFloor) < 0 || price.Cmp(r.PriceCeiling) > 0 {
		return usageErr("price %s THB/kWh is outside the market's range: limit prices go %s", formatAmount(price), grid)
	}
	if new(big.Int).Rem(new(big.Int).Sub(price, r.PriceFloor), r.PriceTick).Sign() != 0 {
		return usageErr("price %s THB/kWh is off the tick grid: limit prices go %s", formatAmount(price), grid)
	}
	return nil
}

// buyEscrow is the settlement token a buy order locks: amount * (price + wheeling fee) / 1e18.
func buyEscrow(amount, price *big.Int, r trading.ITradingMarketRules) *big.Int {
	fee := r.WheelingFeePerKwh
	if fee == nil {
		fee = new(big.Int)
	}
	v := new(big.Int).Mul(amount, new(big.Int).Add(price, fee))
	return v.Quo(v, one)
}

// parseOrderID reads a decimal order id (epoch << 16 | index).
func parseOrderID(s string) (*big.Int, error) {
	n, err := parseUint(s)
	if err != nil {
		return nil, usageErr("order id %q is not a number", s)
	}
	return new(big.Int).SetUint64(n), nil
}

// orderView is an order as the commands print it.
type orderView struct {
	OrderID    uint64         `json:"orderId"`
	Epoch      uint64         `json:"epoch"`
	Index      uint64         `json:"index"`
	Owner      common.Address `json:"owner"`
	Side       string         `json:"side"`
	Status     string         `json:"status"`
	Amount     string         `json:"amount"`
	Price      string         `json:"price"`
	Filled     string         `json:"filled"`
	FillFinal  bool           `json:"fillFinal"`
	AmountWei  string         `json:"amountWei"`
	PriceWei   string         `json:"priceWei"`
	FilledWei  string         `json:"filledWei"`
	FillShown  string         `json:"-"`
	OwnerLabel string         `json:"-"`
}

func newOrderView(o trading.ITradingOrderInfo) orderView {
	id := o.OrderId.Uint64()
	v := orderView{OrderID: id, Epoch: o.Epoch.Uint64(), Index: id & 0xffff, Owner: o.Owner,
		Side: enumName(orderSides, o.Side), Status: enumName(orderStatuses, o.Status),
		Amount: formatAmount(o.Amount), Price: formatAmount(o.LimitPrice), Filled: formatAmount(o.FilledAmount),
		FillFinal: o.FillFinal, AmountWei: o.Amount.String(), PriceWei: o.LimitPrice.String(), FilledWei: o.FilledAmount.String()}
	switch {
	case v.Status == "cancelled":
		v.FillShown = "-"
	case o.FillFinal:
		v.FillShown = v.Filled + " kWh"
	default:
		v.FillShown = "pending"
	}
	return v
}

func (e *Env) tradingAddr() (common.Address, error) { return e.contract(manifest.Trading) }

func (e *Env) currentEpoch(ctx context.Context, addr common.Address) (*big.Int, error) {
	cur, err := call(ctx, e, tradingInstance(addr), market.PackCurrentEpoch(), market.UnpackCurrentEpoch)
	if err != nil {
		return nil, fmt.Errorf("currentEpoch: %w", err)
	}
	return cur.Epoch, nil
}

func (e *Env) getOrder(ctx context.Context, addr common.Address, id *big.Int) (trading.ITradingOrderInfo, error) {
	o, err := call(ctx, e, tradingInstance(addr), market.PackGetOrder(id), market.UnpackGetOrder)
	if err != nil {
		return o, fmt.Errorf("getOrder(%s): %w", id, err)
	}
	if o.Status == 0 || o.Owner == (common.Address{}) {
		return o, fmt.Errorf("no order %s", id)
	}
	return o, nil
}

// placed is the output of order sell and order buy.
type placed struct {
	OrderID   uint64 `json:"orderId"`
	Epoch     uint64 `json:"epoch"`
	Side      string `json:"side"`
	Amount    string `json:"amount"`
	Price     string `json:"price"`
	Escrow    string `json:"escrow"`
	EscrowWei string `json:"escrowWei"`
	Approve   *sent  `json:"approve,omitempty"`
	Tx        *sent  `json:"tx"`
}

func runOrderSell(ctx context.Context, e *Env, inv *invocation) error {
	return placeOrder(ctx, e, inv, 0)
}
func runOrderBuy(ctx context.Context, e *Env, inv *invocation) error {
	return placeOrder(ctx, e, inv, 1)
}

func placeOrder(ctx context.Context, e *Env, inv *invocation, side uint8) error {
	// Malformed numbers are refused before any node is asked.
	if _, _, err := parseOrderTerms(inv.flag("amount"), inv.flag("price")); err != nil {
		return err
	}
	addr, err := e.tradingAddr()
	if err != nil {
		return err
	}
	owner, err := e.sender()
	if err != nil {
		return err
	}
	epoch, err := e.currentEpoch(ctx, addr)
	if err != nil {
		return err
	}
	rules, err := call(ctx, e, tradingInstance(addr), market.PackMarketRules(epoch), market.UnpackMarketRules)
	if err != nil {
		return fmt.Errorf("marketRules(%s): %w", epoch, err)
	}
	amount, price, err := orderTerms(inv.flag("amount"), inv.flag("price"), rules)
	if err != nil {
		return err
	}

	// The escrow: GRID for a sell, settlement token (price plus wheeling fee) for a buy.
	tokenName, tokenContract, need := "GRID", manifest.GridToken, amount
	if side == 1 {
		tokenName, tokenContract, need = "cTHB", manifest.SettlementToken, buyEscrow(amount, price, rules)
	}
	tokenAddr, err := e.contract(tokenContract)
	if err != nil {
		return err
	}
	var balance, allowance *big.Int
	if side == 0 {
		if balance, err = call(ctx, e, gridInstance(tokenAddr), grid.PackBalanceOf(owner), grid.UnpackBalanceOf); err == nil {
			allowance, err = call(ctx, e, gridInstance(tokenAddr), grid.PackAllowance(owner, addr), grid.UnpackAllowance)
		}
	} else {
		if balance, err = call(ctx, e, thbInstance(tokenAddr), thb.PackBalanceOf(owner), thb.UnpackBalanceOf); err == nil {
			allowance, err = call(ctx, e, thbInstance(tokenAddr), thb.PackAllowance(owner, addr), thb.UnpackAllowance)
		}
	}
	if err != nil {
		return fmt.Errorf("%s balance and allowance: %w", tokenName, err)
	}
	if balance.Cmp(need) < 0 {
		return fmt.Errorf("%s holds %s %s, the order needs %s %s in escrow", owner.Hex(), formatAmount(balance), tokenName,
			formatAmount(need), tokenName)
	}
	out := placed{Side: orderSides[side], Amount: formatAmount(amount), Price: formatAmount(price),
		Escrow: formatAmount(need), EscrowWei: need.String()}
	if allowance.Cmp(need) < 0 {
		data := grid.PackApprove(addr, need)
		if side == 1 {
			data = thb.PackApprove(addr, need)
		}
		if out.Approve, err = e.send(ctx, "approve "+tokenName, tokenAddr, data, nil); err != nil {
			return err
		}
	}
	data, label := market.PackCreateSellOrder(amount, price), "createSellOrder"
	if side == 1 {
		data, label = market.PackCreateBuyOrder(amount, price), "createBuyOrder"
	}
	tx, rcpt, err := e.sendReceipt(ctx, label, addr, data, nil)
	if err != nil {
		return err
	}
	out.Tx = tx
	ev := findEvent(rcpt, addr, market.UnpackOrderPlacedEvent)
	if ev == nil {
		return fmt.Errorf("%s %s mined without an OrderPlaced event", label, tx.Hash)
	}
	out.OrderID, out.Epoch = ev.OrderId.Uint64(), ev.Epoch.Uint64()
	out.Escrow, out.EscrowWei = formatAmount(ev.Escrow), ev.Escrow.String()
	return e.emit(out, func(w io.Writer) {
		fmt.Fprintf(w, "%s order %d placed in epoch %d: %s kWh at %s THB/kWh (escrow %s %s)\n",
			out.Side, out.OrderID, out.Epoch, out.Amount, out.Price, out.Escrow, tokenName)
	})
}

// findEvent returns the first log of the contract at addr that unpack accepts.
func findEvent[T any](rcpt *types.Receipt, addr common.Address, unpack func(*types.Log) (*T, error)) *T {
	for _, l := range rcpt.Logs {
		if l.Address != addr {
			continue
		}
		if ev, err := unpack(l); err == nil {
			return ev
		}
	}
	return nil
}

func runOrderCancel(ctx context.Context, e *Env, inv *invocation) error {
	id, err := parseOrderID(inv.args[0])
	if err != nil {
		return err
	}
	addr, err := e.tradingAddr()
	if err != nil {
		return err
	}
	o, err := e.getOrder(ctx, addr, id)
	if err != nil {
		return err
	}
	tx, rcpt, err := e.sendReceipt(ctx, "cancelOrder", addr, market.PackCancelOrder(id), nil)
	if err != nil {
		return err
	}
	unit := "GRID"
	if o.Side == 1 {
		unit = "cTHB"
	}
	refund := new(big.Int)
	if ev := findEvent(rcpt, addr, market.UnpackOrderCancelledEvent); ev != nil {
		refund = ev.Refund
	}
	return e.emit(map[string]any{"tx": tx, "orderId": id.Uint64(), "refund": formatAmount(refund), "refundWei": refund.String(), "token": unit},
		func(w io.Writer) {
			fmt.Fprintf(w, "order %s cancelled: %s %s refunded\n", id, formatAmount(refund), unit)
		})
}

func runOrderClaim(ctx context.Context, e *Env, inv *invocation) error {
	id, err := parseOrderID(inv.args[0])
	if err != nil {
		return err
	}
	addr, err := e.tradingAddr()
	if err != nil {
		return err
	}
	tx, rcpt, err := e.sendReceipt(ctx, "claim", addr, market.PackClaim(id), nil)
	if err != nil {
		return err
	}
	ev := findEvent(rcpt, addr, market.UnpackOrderSettledEvent)
	if ev == nil {
		return fmt.Errorf("claim %s mined without an OrderSettled event", tx.Hash)
	}
	v := map[string]any{"tx": tx, "orderId": id.Uint64(), "filled": formatAmount(ev.FilledAmount),
		"gridPaid": formatAmount(ev.GridPaid), "thbPaid": formatAmount(ev.TokenPaid)}
	return e.emit(v, func(w io.Writer) {
		fmt.Fprintf(w, "order %s settled: filled %s kWh, paid out %s GRID and %s cTHB\n", id,
			formatAmount(ev.FilledAmount), formatAmount(ev.GridPaid), formatAmount(ev.TokenPaid))
	})
}

func runOrderShow(ctx context.Context, e *Env, inv *invocation) error {
	id, err := parseOrderID(inv.args[0])
	if err != nil {
		return err
	}
	addr, err := e.tradingAddr()
	if err != nil {
		return err
	}
	o, err := e.getOrder(ctx, addr, id)
	if err != nil {
		return err
	}
	v := newOrderView(o)
	return e.emit(v, func(w io.Writer) {
		fmt.Fprintf(w, "order %d (epoch %d, #%d) of %s %s\n%s %s kWh at %s THB/kWh: %s, fill %s\n", v.OrderID, v.Epoch, v.Index,
			v.Owner.Hex(), e.nameOf(v.Owner), v.Side, v.Amount, v.Price, v.Status, v.FillShown)
	})
}

func runOrderList(ctx context.Context, e *Env, inv *invocation) error {
	var epoch *big.Int
	if s := inv.flag("epoch"); s != "" {
		n, err := parseUint(s)
		if err != nil {
			return usageErr("--epoch %q is not a number", s)
		}
		epoch = new(big.Int).SetUint64(n)
	}
	addr, err := e.tradingAddr()
	if err != nil {
		return err
	}
	var account common.Address
	if a := inv.flag("account"); a != "" {
		if account, err = e.address(a); err != nil {
			return err
		}
	} else if account, err = e.sender(); err != nil {
		return fmt.Errorf("%w (or pass --account)", err)
	}
	if epoch == nil {
		if epoch, err = e.currentEpoch(ctx, addr); err != nil {
			return err
		}
	}
	ids, err := call(ctx, e, tradingInstance(addr), market.PackOrdersOf(epoch, account), market.UnpackOrdersOf)
	if err != nil {
		return fmt.Errorf("ordersOf(%s, %s): %w", epoch, account.Hex(), err)
	}
	views := make([]orderView, 0, len(ids))
	for _, id := range ids {
		o, err := e.getOrder(ctx, addr, id)
		if err != nil {
			return err
		}
		views = append(views, newOrderView(o))
	}
	return e.emit(views, func(w io.Writer) {
		fmt.Fprintf(w, "orders of %s %s in epoch %s: %d\n", account.Hex(), e.nameOf(account), epoch, len(views))
		if len(views) == 0 {
			return
		}
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "ID\tSIDE\tAMOUNT kWh\tPRICE THB/kWh\tSTATUS\tFILL")
		for _, v := range views {
			fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\n", v.OrderID, v.Side, v.Amount, v.Price, v.Status, v.FillShown)
		}
		tw.Flush()
	})
}

// runEpochClear sets an ended epoch's price and volume (matchOrders), as a keeper would.
func runEpochClear(ctx context.Context, e *Env, inv *invocation) error {
	n, err := parseUint(inv.args[0])
	if err != nil {
		return usageErr("epoch %q is not a number", inv.args[0])
	}
	epoch := new(big.Int).SetUint64(n)
	addr, err := e.tradingAddr()
	if err != nil {
		return err
	}
	tx, rcpt, err := e.sendReceipt(ctx, "matchOrders", addr, market.PackMatchOrders(epoch), nil)
	if err != nil {
		return err
	}
	ev := findEvent(rcpt, addr, market.UnpackEpochClearedEvent)
	if ev == nil {
		return fmt.Errorf("matchOrders %s mined without an EpochCleared event", tx.Hash)
	}
	v := map[string]any{"tx": tx, "epoch": n, "clearingPrice": formatAmount(ev.ClearingPrice), "volume": formatAmount(ev.Volume),
		"wheelingFee": formatAmount(ev.WheelingFee)}
	return e.emit(v, func(w io.Writer) {
		fmt.Fprintf(w, "epoch %d cleared: price %s THB/kWh, volume %s kWh, wheeling fee %s cTHB\n", n,
			formatAmount(ev.ClearingPrice), formatAmount(ev.Volume), formatAmount(ev.WheelingFee))
	})
}
