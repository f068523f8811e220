package audit

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/campus-grid/gridchain/bindings/gridtoken"
	"github.com/campus-grid/gridchain/bindings/oracleclient"
	"github.com/campus-grid/gridchain/bindings/registry"
	"github.com/campus-grid/gridchain/bindings/settlementtoken"
	"github.com/campus-grid/gridchain/bindings/trading"
	"github.com/campus-grid/gridchain/reading"
)

// GridPerWh is the GRID base units minted per exported watt-hour (1 GRID = 1e18 = 1 kWh).
var GridPerWh = big.NewInt(1e15)

var one = big.NewInt(1e18)

// Chain is what the audit reads: an ethclient.Client or the simulated backend's client.
type Chain interface {
	bind.ContractBackend
	BlockNumber(ctx context.Context) (uint64, error)
	TransactionByHash(ctx context.Context, hash common.Hash) (*types.Transaction, bool, error)
}

var _ Chain = (*ethclient.Client)(nil)

// ErrUnbalanced is returned (wrapped, with every finding) when the books do not balance.
var ErrUnbalanced = errors.New("audit: the books do not balance")

// Contracts are the addresses the audit reads.
type Contracts struct {
	GridToken, SettlementToken, Trading, OracleClient common.Address
}

// Report is what an audit found.
type Report struct {
	Block          uint64
	Readings       int // readings applied (baselines included)
	Minted, Burned *big.Int
	Orders         int
	EpochsCleared  int
	EpochsSettled  int
	Accounts       int
	Findings       []string
}

// OK reports whether the books balance.
func (r *Report) OK() bool { return len(r.Findings) == 0 }

func (r *Report) failf(format string, args ...any) {
	if len(r.Findings) < 200 {
		r.Findings = append(r.Findings, fmt.Sprintf(format, args...))
	}
}

type meterCounters struct {
	exportWh, importWh uint64
	known              bool
}

// assignmentKey names the counters of one Registry assignment of a meter: OracleClient keeps a
// meter's counters per assignment.
type assignmentKey struct {
	meter  [32]byte
	number uint32
}

type order struct {
	id          *big.Int
	epoch       uint64
	owner       common.Address
	sell        bool
	amount      *big.Int
	limit       *big.Int
	escrow      *big.Int
	cancelled   bool
	settled     bool
	filled      *big.Int
	placedIndex int
}

type epochInfo struct {
	cleared       bool
	price, volume *big.Int
	fee           *big.Int // wheeling fee per kWh of the epoch's rules
	quantum       *big.Int
	grid          Rules // the epoch's price grid
	orders        []*order
	filledSell    *big.Int
	filledBuy     *big.Int
}

// ledger replays the chain's economic events with reference rules.
type ledger struct {
	ctx       context.Context
	client    Chain
	c         Contracts
	tr        *trading.Trading
	trC       *bind.BoundContract
	grid      *gridtoken.GridToken
	thb       *settlementtoken.SettlementToken
	oc        *oracleclient.OracleClient
	rep       *Report
	gridBal   map[common.Address]*big.Int
	thbBal    map[common.Address]*big.Int
	meters    map[assignmentKey]*meterCounters
	reg       *registry.Registry
	regAddr   common.Address
	holdings  map[[32]byte][]reading.Assignment
	times     map[uint64]uint64 // block number -> timestamp
	orders    map[string]*order
	epochs    map[uint64]*epochInfo
	lastPrice *big.Int
	gridOp    common.Address
	txCache   map[common.Hash]*types.Transaction
	supply    *big.Int
}

// Run audits the books from fromBlock (the deployment block) to atBlock (0: the head).
func Run(ctx context.Context, client Chain, c Contracts, fromBlock, atBlock uint64) (*Report, error) {
	if atBlock == 0 {
		head, err := client.BlockNumber(ctx)
		if err != nil {
			return nil, err
		}
		atBlock = head
	}
	l := &ledger{
		ctx: ctx, client: client, c: c,
		tr: trading.NewTrading(), grid: gridtoken.NewGridToken(), thb: settlementtoken.NewSettlementToken(),
		oc:      oracleclient.NewOracleClient(),
		rep:     &Report{Block: atBlock, Minted: new(big.Int), Burned: new(big.Int)},
		gridBal: map[common.Address]*big.Int{}, thbBal: map[common.Address]*big.Int{},
		meters: map[assignmentKey]*meterCounters{}, orders: map[string]*order{}, epochs: map[uint64]*epochInfo{},
		reg: registry.NewRegistry(), holdings: map[[32]byte][]reading.Assignment{}, times: map[uint64]uint64{},
		txCache: map[common.Hash]*types.Transaction{}, supply: new(big.Int),
	}
	l.trC = l.tr.Instance(client, c.Trading)
	op, err := bind.Call(l.trC, l.at(), l.tr.PackGridOperator(), l.tr.UnpackGridOperator)
	if err != nil {
		return nil, fmt.Errorf("read grid operator: %w", err)
	}
	l.gridOp = op
	// Readings are credited to the Registry assignment in force when they were metered: the audit
	// replays the assignments of the Registry OracleClient reads.
	regAddr, err := bind.Call(l.oc.Instance(client, c.OracleClient), l.at(), l.oc.PackRegistry(), l.oc.UnpackRegistry)
	if err != nil {
		return nil, fmt.Errorf("read registry: %w", err)
	}
	l.regAddr = regAddr
	logs, err := l.logs(fromBlock, atBlock)
	if err != nil {
		return nil, err
	}
	for i := range logs {
		if err := l.apply(&logs[i]); err != nil {
			return nil, err
		}
	}
	if err := l.compare(); err != nil {
		return nil, err
	}
	if !l.rep.OK() {
		return l.rep, fmt.Errorf("%w: %d finding(s), first: %s", ErrUnbalanced, len(l.rep.Findings), l.rep.Findings[0])
	}
	return l.rep, nil
}

func (l *ledger) at() *bind.CallOpts {
	return &bind.CallOpts{Context: l.ctx, BlockNumber: new(big.Int).SetUint64(l.rep.Block)}
}

// logs fetches every log of the four contracts and the Registry, in chunks, in chain order.
func (l *ledger) logs(from, to uint64) ([]types.Log, error) {
	var out []types.Log
	const chunk = 5000
	for start := from; start <= to; start += chunk {
		end := min(start+chunk-1, to)
		part, err := l.client.FilterLogs(l.ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(start), ToBlock: new(big.Int).SetUint64(end),
			Addresses: []common.Address{l.c.GridToken, l.c.SettlementToken, l.c.Trading, l.c.OracleClient, l.regAddr},
		})
		if err != nil {
			return nil, fmt.Errorf("logs %d-%d: %w", start, end, err)
		}
		out = append(out, part...)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].BlockNumber != out[j].BlockNumber {
			return out[i].BlockNumber < out[j].BlockNumber
		}
		return out[i].Index < out[j].Index
	})
	return out, nil
}

func bal(m map[common.Address]*big.Int, a common.Address) *big.Int {
	if m[a] == nil {
		m[a] = new(big.Int)
	}
	return m[a]
}

func (l *ledger) system(a common.Address) bool {
	return a == l.c.Trading || a == l.c.OracleClient || a == (common.Address{})
}

func (l *ledger) apply(lg *types.Log) error {
	switch lg.Address {
	case l.regAddr:
		return l.applyRegistry(lg)
	case l.c.OracleClient:
		return l.applyOracle(lg)
	case l.c.Trading:
		return l.applyTrading(lg)
	case l.c.GridToken:
		if ev, err := l.grid.UnpackTransferEvent(lg); err == nil {
			switch {
			case !l.system(ev.From) && !l.system(ev.To): // user to user
				bal(l.gridBal, ev.From).Sub(bal(l.gridBal, ev.From), ev.Value)
				bal(l.gridBal, ev.To).Add(bal(l.gridBal, ev.To), ev.Value)
			case ev.To == (common.Address{}) && !l.system(ev.From):
				// A holder's own burn, unless it is a metered burn (which happens in OracleClient txs).
				tx, err := l.tx(lg.TxHash)
				if err != nil {
					return err
				}
				if tx.To() == nil || *tx.To() != l.c.OracleClient {
					bal(l.gridBal, ev.From).Sub(bal(l.gridBal, ev.From), ev.Value)
					l.supply.Sub(l.supply, ev.Value)
					l.rep.Burned.Add(l.rep.Burned, ev.Value)
				}
			}
		}
	case l.c.SettlementToken:
		if ev, err := l.thb.UnpackToppedUpEvent(lg); err == nil {
			bal(l.thbBal, ev.To).Add(bal(l.thbBal, ev.To), ev.Amount)
		} else if ev, err := l.thb.UnpackRedeemedEvent(lg); err == nil {
			bal(l.thbBal, ev.From).Sub(bal(l.thbBal, ev.From), ev.Amount)
		} else if ev, err := l.thb.UnpackTransferEvent(lg); err == nil && !l.system(ev.From) && !l.system(ev.To) {
			bal(l.thbBal, ev.From).Sub(bal(l.thbBal, ev.From), ev.Value)
			bal(l.thbBal, ev.To).Add(bal(l.thbBal, ev.To), ev.Value)
		}
	}
	return nil
}

func (l *ledger) tx(h common.Hash) (*types.Transaction, error) {
	if tx, ok := l.txCache[h]; ok {
		return tx, nil
	}
	tx, _, err := l.client.TransactionByHash(l.ctx, h)
	if err != nil {
		return nil, fmt.Errorf("transaction %s: %w", h, err)
	}
	l.txCache[h] = tx
	return tx, nil
}

// readingOf finds the signed reading (meterId, seq) in the calldata of the transaction that applied it.
func (l *ledger) readingOf(lg *types.Log, meterID [32]byte, seq uint64) (*oracleclient.IOracleClientReading, error) {
	tx, err := l.tx(lg.TxHash)
	if err != nil {
		return nil, err
	}
	data := tx.Data()
	if len(data) < 4 {
		return nil, fmt.Errorf("tx %s: no calldata", lg.TxHash)
	}
	ocABI := l.oc.GetABI()
	method, err := ocABI.MethodById(data[:4])
	if err != nil {
		return nil, fmt.Errorf("tx %s: not an OracleClient call: %w", lg.TxHash, err)
	}
	args, err := method.Inputs.Unpack(data[4:])
	if err != nil {
		return nil, fmt.Errorf("tx %s: decode %s: %w", lg.TxHash, method.Name, err)
	}
	var candidates []oracleclient.IOracleClientReading
	switch method.Name {
	case "submitReadings":
		if err := ocABI.Methods["submitReadings"].Inputs.Copy(&struct {
			Readings   *[]oracleclient.IOracleClientReading
			Signatures *[][]byte
		}{&candidates, new([][]byte)}, args); err != nil {
			return nil, fmt.Errorf("tx %s: %w", lg.TxHash, err)
		}
	case "fulfillEnergyData":
		var r oracleclient.IOracleClientReading
		if err := ocABI.Methods["fulfillEnergyData"].Inputs.Copy(&struct {
			RequestId *big.Int
			Reading   *oracleclient.IOracleClientReading
			Signature *[]byte
		}{new(big.Int), &r, new([]byte)}, args); err != nil {
			return nil, fmt.Errorf("tx %s: %w", lg.TxHash, err)
		}
		candidates = append(candidates, r)
	default:
		return nil, fmt.Errorf("tx %s: reading applied by %s", lg.TxHash, method.Name)
	}
	for i := range candidates {
		if candidates[i].MeterId == meterID && candidates[i].Seq == seq {
			return &candidates[i], nil
		}
	}
	return nil, fmt.Errorf("tx %s: reading %x/%d not in calldata", lg.TxHash, meterID, seq)
}

// blockTime returns the timestamp of block n (the Registry stamps assignments with it).
func (l *ledger) blockTime(n uint64) (uint64, error) {
	if t, ok := l.times[n]; ok {
		return t, nil
	}
	h, err := l.client.HeaderByNumber(l.ctx, new(big.Int).SetUint64(n))
	if err != nil {
		return 0, fmt.Errorf("header %d: %w", n, err)
	}
	l.times[n] = h.Time
	return h.Time, nil
}

// applyRegistry follows meter assignments: who held each meter from when to when.
func (l *ledger) applyRegistry(lg *types.Log) error {
	if ev, err := l.reg.UnpackMeterAssignedEvent(lg); err == nil {
		t, err := l.blockTime(lg.BlockNumber)
		if err != nil {
			return err
		}
		hs := l.holdings[ev.MeterId]
		if len(hs) > 0 && hs[len(hs)-1].UnassignedAt == 0 {
			l.rep.failf("meter %x: assignment %d while assignment %d lasts", ev.MeterId, ev.Assignment, hs[len(hs)-1].Number)
		}
		l.holdings[ev.MeterId] = append(hs, reading.Assignment{Number: ev.Assignment, Owner: ev.Owner, Signer: ev.Signer, AssignedAt: t})
	} else if ev, err := l.reg.UnpackMeterUnassignedEvent(lg); err == nil {
		t, err := l.blockTime(lg.BlockNumber)
		if err != nil {
			return err
		}
		hs := l.holdings[ev.MeterId]
		if len(hs) == 0 || hs[len(hs)-1].UnassignedAt != 0 {
			l.rep.failf("meter %x: unassigned but not assigned", ev.MeterId)
			return nil
		}
		hs[len(hs)-1].UnassignedAt = t
	}
	return nil
}

// holdingAt is the assignment of meter in force at t (false: nobody held it), by the Registry's
// rule (reading.AssignmentAt). The counters are read at a reading's intervalEnd, so the energy is
// the holder's at that instant, whenever the reading arrives.
func (l *ledger) holdingAt(meter [32]byte, t uint64) (reading.Assignment, bool) {
	return reading.AssignmentAt(l.holdings[meter], t)
}

func (l *ledger) applyOracle(lg *types.Log) error {
	if ev, err := l.oc.UnpackBaselineSetEvent(lg); err == nil {
		r, err := l.readingOf(lg, ev.MeterId, ev.Seq)
		if err != nil {
			return err
		}
		if r.ExportWh != ev.ExportWh || r.ImportWh != ev.ImportWh {
			l.rep.failf("meter %x seq %d: baseline %d/%d differs from the signed reading %d/%d", ev.MeterId, ev.Seq, ev.ExportWh, ev.ImportWh, r.ExportWh, r.ImportWh)
		}
		h, held := l.holdingAt(ev.MeterId, r.IntervalEnd)
		switch {
		case !held:
			l.rep.failf("meter %x seq %d: baseline metered while nobody held the meter", ev.MeterId, ev.Seq)
			return nil
		case h.Number != ev.Assignment || h.Owner != ev.Owner:
			l.rep.failf("meter %x seq %d: baseline of assignment %d (%s), metered in assignment %d (%s)", ev.MeterId, ev.Seq, ev.Assignment, ev.Owner, h.Number, h.Owner)
		}
		l.meters[assignmentKey{ev.MeterId, h.Number}] = &meterCounters{exportWh: r.ExportWh, importWh: r.ImportWh, known: true}
		l.rep.Readings++
		return nil
	}
	ev, err := l.oc.UnpackReadingAppliedEvent(lg)
	if err != nil {
		return nil // requests, rejections, expiries: no money moves
	}
	l.rep.Readings++
	r, err := l.readingOf(lg, ev.MeterId, ev.Seq)
	if err != nil {
		return err
	}
	h, held := l.holdingAt(ev.MeterId, r.IntervalEnd)
	if !held {
		l.rep.failf("meter %x seq %d: credited to %s, metered while nobody held the meter", ev.MeterId, ev.Seq, ev.Owner)
		return nil
	}
	if h.Owner != ev.Owner {
		l.rep.failf("meter %x seq %d: credited to %s, metered while %s held the meter", ev.MeterId, ev.Seq, ev.Owner, h.Owner)
	}
	key := assignmentKey{ev.MeterId, h.Number}
	m := l.meters[key]
	if m == nil || !m.known {
		l.rep.failf("meter %x seq %d: applied without a baseline", ev.MeterId, ev.Seq)
		m = &meterCounters{exportWh: r.ExportWh, importWh: r.ImportWh, known: true}
		l.meters[key] = m
	}
	if r.ExportWh < m.exportWh || r.ImportWh < m.importWh {
		l.rep.failf("meter %x seq %d: counters went backwards", ev.MeterId, ev.Seq)
		return nil
	}
	wantMint := new(big.Int).Mul(new(big.Int).SetUint64(r.ExportWh-m.exportWh), GridPerWh)
	importDue := new(big.Int).Mul(new(big.Int).SetUint64(r.ImportWh-m.importWh), GridPerWh)
	owner := bal(l.gridBal, h.Owner)
	owner.Add(owner, wantMint)
	wantBurn := minBig(owner, importDue)
	owner.Sub(owner, wantBurn)
	if ev.Minted.Cmp(wantMint) != 0 {
		l.rep.failf("meter %x seq %d: minted %s, the export delta is %s", ev.MeterId, ev.Seq, ev.Minted, wantMint)
	}
	if ev.Burned.Cmp(wantBurn) != 0 {
		l.rep.failf("meter %x seq %d: burned %s, want %s", ev.MeterId, ev.Seq, ev.Burned, wantBurn)
	}
	l.supply.Add(l.supply, wantMint).Sub(l.supply, wantBurn)
	l.rep.Minted.Add(l.rep.Minted, wantMint)
	l.rep.Burned.Add(l.rep.Burned, wantBurn)
	m.exportWh, m.importWh = r.ExportWh, r.ImportWh
	return nil
}

func (l *ledger) epoch(e uint64) (*epochInfo, error) {
	if ep, ok := l.epochs[e]; ok {
		return ep, nil
	}
	rules, err := bind.Call(l.trC, l.at(), l.tr.PackMarketRules(new(big.Int).SetUint64(e)), l.tr.UnpackMarketRules)
	if err != nil {
		return nil, fmt.Errorf("market rules of epoch %d: %w", e, err)
	}
	ep := &epochInfo{fee: rules.WheelingFeePerKwh, quantum: rules.AmountQuantum, filledSell: new(big.Int), filledBuy: new(big.Int),
		grid: Rules{Floor: rules.PriceFloor, Ceiling: rules.PriceCeiling, Tick: rules.PriceTick}}
	ep.price = new(big.Int)
	l.epochs[e] = ep
	return ep, nil
}

func (l *ledger) applyTrading(lg *types.Log) error {
	if ev, err := l.tr.UnpackOrderPlacedEvent(lg); err == nil {
		ep, err := l.epoch(ev.Epoch.Uint64())
		if err != nil {
			return err
		}
		o := &order{id: ev.OrderId, epoch: ev.Epoch.Uint64(), owner: ev.Owner, sell: ev.Side == 0, amount: ev.Amount, limit: ev.LimitPrice, placedIndex: len(ep.orders)}
		if o.sell {
			o.escrow = new(big.Int).Set(ev.Amount)
			bal(l.gridBal, o.owner).Sub(bal(l.gridBal, o.owner), o.escrow)
			bal(l.gridBal, l.c.Trading).Add(bal(l.gridBal, l.c.Trading), o.escrow)
		} else {
			o.escrow = new(big.Int).Div(new(big.Int).Mul(ev.Amount, new(big.Int).Add(ev.LimitPrice, ep.fee)), one)
			bal(l.thbBal, o.owner).Sub(bal(l.thbBal, o.owner), o.escrow)
			bal(l.thbBal, l.c.Trading).Add(bal(l.thbBal, l.c.Trading), o.escrow)
		}
		if ev.Escrow.Cmp(o.escrow) != 0 {
			l.rep.failf("order %s: escrow %s, want %s", ev.OrderId, ev.Escrow, o.escrow)
		}
		l.orders[ev.OrderId.String()] = o
		ep.orders = append(ep.orders, o)
		l.rep.Orders++
		return nil
	}
	if ev, err := l.tr.UnpackOrderCancelledEvent(lg); err == nil {
		o := l.orders[ev.OrderId.String()]
		if o == nil {
			l.rep.failf("order %s cancelled but never placed", ev.OrderId)
			return nil
		}
		o.cancelled = true
		l.pay(o, o.escrow, o.sell)
		if ev.Refund.Cmp(o.escrow) != 0 {
			l.rep.failf("order %s: cancel refunded %s of escrow %s", ev.OrderId, ev.Refund, o.escrow)
		}
		return nil
	}
	if ev, err := l.tr.UnpackEpochClearedEvent(lg); err == nil {
		e := ev.Epoch.Uint64()
		ep, err := l.epoch(e)
		if err != nil {
			return err
		}
		l.checkClearing(e, ep, ev)
		ep.cleared, ep.price, ep.volume = true, ev.ClearingPrice, ev.Volume
		fee := new(big.Int).Div(new(big.Int).Mul(ev.Volume, ep.fee), one)
		if fee.Cmp(ev.WheelingFee) != 0 {
			l.rep.failf("epoch %d: wheeling fee %s, want %s", e, ev.WheelingFee, fee)
		}
		bal(l.thbBal, l.c.Trading).Sub(bal(l.thbBal, l.c.Trading), fee)
		bal(l.thbBal, l.gridOp).Add(bal(l.thbBal, l.gridOp), fee)
		if ev.Volume.Sign() > 0 {
			l.lastPrice = ev.ClearingPrice
		}
		l.rep.EpochsCleared++
		return nil
	}
	if ev, err := l.tr.UnpackOrderSettledEvent(lg); err == nil {
		return l.settle(ev)
	}
	if ev, err := l.tr.UnpackEpochSettledEvent(lg); err == nil {
		l.rep.EpochsSettled++
		ep, err := l.epoch(ev.Epoch.Uint64())
		if err != nil {
			return err
		}
		for _, o := range ep.orders {
			if !o.cancelled && !o.settled {
				l.rep.failf("epoch %s settled but order %s is not", ev.Epoch, o.id)
			}
		}
		if ep.filledSell.Cmp(ep.volume) != 0 || ep.filledBuy.Cmp(ep.volume) != 0 {
			l.rep.failf("epoch %s: fills %s sold / %s bought, volume %s", ev.Epoch, ep.filledSell, ep.filledBuy, ep.volume)
		}
	}
	return nil
}

// checkClearing compares the contract's price and volume with the reference auction.
func (l *ledger) checkClearing(e uint64, ep *epochInfo, ev *trading.TradingEpochCleared) {
	var book []BookOrder
	for _, o := range ep.orders {
		if !o.cancelled {
			book = append(book, BookOrder{ID: o.id, Sell: o.sell, Amount: o.amount, LimitPrice: o.limit})
		}
	}
	ref := ReferenceClearing(book, ep.grid, l.lastPrice)
	if ref.Volume.Cmp(ev.Volume) != 0 {
		l.rep.failf("epoch %d: volume %s, the reference auction gives %s", e, ev.Volume, ref.Volume)
	}
	if ref.Price != nil && ref.Price.Cmp(ev.ClearingPrice) != 0 {
		l.rep.failf("epoch %d: price %s, the reference auction gives %s", e, ev.ClearingPrice, ref.Price)
	}
}

func (l *ledger) settle(ev *trading.TradingOrderSettled) error {
	o := l.orders[ev.OrderId.String()]
	if o == nil {
		l.rep.failf("order %s settled but never placed", ev.OrderId)
		return nil
	}
	if o.settled || o.cancelled {
		l.rep.failf("order %s settled twice (or after a cancel)", ev.OrderId)
		return nil
	}
	ep, err := l.epoch(o.epoch)
	if err != nil {
		return err
	}
	if !ep.cleared {
		l.rep.failf("order %s settled before its epoch cleared", ev.OrderId)
		return nil
	}
	o.settled, o.filled = true, ev.FilledAmount
	filled, price := ev.FilledAmount, ep.price
	// Individually rational, whole quanta, never more than the order.
	if filled.Cmp(o.amount) > 0 || new(big.Int).Mod(filled, ep.quantum).Sign() != 0 {
		l.rep.failf("order %s: filled %s of %s", o.id, filled, o.amount)
	}
	if filled.Sign() > 0 && ((o.sell && o.limit.Cmp(price) > 0) || (!o.sell && o.limit.Cmp(price) < 0)) {
		l.rep.failf("order %s: filled at %s beyond its limit %s", o.id, price, o.limit)
	}
	// Price priority: an order strictly better than the price fills completely.
	if ep.volume.Sign() > 0 && ((o.sell && o.limit.Cmp(price) < 0) || (!o.sell && o.limit.Cmp(price) > 0)) && filled.Cmp(o.amount) != 0 {
		l.rep.failf("order %s: limit %s beats price %s but filled only %s of %s", o.id, o.limit, price, filled, o.amount)
	}
	var wantGrid, wantToken *big.Int
	if o.sell {
		wantToken = new(big.Int).Div(new(big.Int).Mul(filled, price), one)
		wantGrid = new(big.Int).Sub(o.amount, filled)
		ep.filledSell.Add(ep.filledSell, filled)
	} else {
		wantGrid = new(big.Int).Set(filled)
		cost := new(big.Int).Div(new(big.Int).Mul(filled, new(big.Int).Add(price, ep.fee)), one)
		wantToken = new(big.Int).Sub(o.escrow, cost)
		ep.filledBuy.Add(ep.filledBuy, filled)
	}
	if ev.GridPaid.Cmp(wantGrid) != 0 || ev.TokenPaid.Cmp(wantToken) != 0 {
		l.rep.failf("order %s: paid %s GRID + %s cTHB, want %s + %s", o.id, ev.GridPaid, ev.TokenPaid, wantGrid, wantToken)
	}
	l.move(l.gridBal, l.c.Trading, o.owner, wantGrid)
	l.move(l.thbBal, l.c.Trading, o.owner, wantToken)
	return nil
}

func (l *ledger) move(m map[common.Address]*big.Int, from, to common.Address, v *big.Int) {
	bal(m, from).Sub(bal(m, from), v)
	bal(m, to).Add(bal(m, to), v)
}

// pay returns escrow to an order's owner.
func (l *ledger) pay(o *order, v *big.Int, grid bool) {
	if grid {
		l.move(l.gridBal, l.c.Trading, o.owner, v)
	} else {
		l.move(l.thbBal, l.c.Trading, o.owner, v)
	}
}

// compare checks every reference balance, the GRID supply and what Trading holds.
func (l *ledger) compare() error {
	accounts := map[common.Address]bool{}
	for a := range l.gridBal {
		accounts[a] = true
	}
	for a := range l.thbBal {
		accounts[a] = true
	}
	gridC := l.grid.Instance(l.client, l.c.GridToken)
	thbC := l.thb.Instance(l.client, l.c.SettlementToken)
	for a := range accounts {
		if a == (common.Address{}) {
			continue
		}
		g, err := bind.Call(gridC, l.at(), l.grid.PackBalanceOf(a), l.grid.UnpackBalanceOf)
		if err != nil {
			return err
		}
		t, err := bind.Call(thbC, l.at(), l.thb.PackBalanceOf(a), l.thb.UnpackBalanceOf)
		if err != nil {
			return err
		}
		if g.Cmp(bal(l.gridBal, a)) != 0 {
			l.rep.failf("%s holds %s GRID, the reference says %s", a, g, bal(l.gridBal, a))
		}
		if t.Cmp(bal(l.thbBal, a)) != 0 {
			l.rep.failf("%s holds %s cTHB, the reference says %s", a, t, bal(l.thbBal, a))
		}
		l.rep.Accounts++
	}
	supply, err := bind.Call(gridC, l.at(), l.grid.PackTotalSupply(), l.grid.UnpackTotalSupply)
	if err != nil {
		return err
	}
	if supply.Cmp(l.supply) != 0 {
		l.rep.failf("GRID supply %s, verified export minus burns is %s", supply, l.supply)
	}
	// Nothing stranded: Trading holds exactly the escrow of orders not yet cancelled or settled.
	openGrid, openTHB := new(big.Int), new(big.Int)
	for _, o := range l.orders {
		if o.cancelled || o.settled {
			continue
		}
		if o.sell {
			openGrid.Add(openGrid, o.escrow)
		} else {
			openTHB.Add(openTHB, o.escrow)
		}
	}
	if bal(l.gridBal, l.c.Trading).Cmp(openGrid) != 0 {
		l.rep.failf("Trading's reference GRID %s differs from open sell escrow %s", bal(l.gridBal, l.c.Trading), openGrid)
	}
	if openTHB.Sign() == 0 && bal(l.thbBal, l.c.Trading).Sign() != 0 {
		l.rep.failf("no buy order is open but Trading's reference cTHB is %s", bal(l.thbBal, l.c.Trading))
	}
	return nil
}
