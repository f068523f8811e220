package campus

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"go.uber.org/zap"

	"github.com/campus-grid/gridchain/bindings/gridtoken"
	"github.com/campus-grid/gridchain/bindings/trading"
	"github.com/campus-grid/gridchain/simclock"
)

// Epoch statuses of ITrading.EpochStatus.
const (
	epochOpen uint8 = iota
	epochClosed
	epochCleared
	epochSettling
	epochSettled
)

// EpochLine is what the progress printer knows of one epoch.
type EpochLine struct {
	Epoch      uint64
	Start, End time.Time
	// CampusStart and CampusEnd are Start and End on the campus clock.
	CampusStart, CampusEnd time.Time
	Orders                 uint64
	Sells, Buys            uint64
	ClearingPrice          *big.Int
	Volume                 *big.Int
	Minted, Burned         *big.Int
	Settled                uint64
	Status                 uint8
}

// String renders one line a person can follow.
func (l EpochLine) String() string {
	price := "no trade"
	if l.ClearingPrice != nil && l.ClearingPrice.Sign() > 0 && l.Volume != nil && l.Volume.Sign() > 0 {
		price = fmt.Sprintf("price %s THB/kWh", units(l.ClearingPrice, 2))
	}
	state := fmt.Sprintf("settled %d/%d", l.Settled, l.Orders)
	switch {
	case l.Orders == 0:
		state = "nothing to settle"
	case l.Status == epochSettled && l.Settled < l.Orders:
		// Every order is paid out; the rest were cancelled (and refunded) while the epoch was open.
		state = fmt.Sprintf("settled %d/%d (%d cancelled)", l.Settled, l.Orders, l.Orders-l.Settled)
	}
	return fmt.Sprintf("epoch %-5d %s-%s  campus %s-%s  orders %3d (%d sell, %d buy)  %-22s volume %s kWh  minted %s kWh  burned %s kWh  %s",
		l.Epoch, l.Start.Format("15:04:05"), l.End.Format("15:04:05"), l.CampusStart.Format("15:04"), l.CampusEnd.Format("15:04"),
		l.Orders, l.Sells, l.Buys, price,
		units(l.Volume, 3), units(l.Minted, 3), units(l.Burned, 3), state)
}

// units formats base units (1e18 per unit) with the given decimals.
func units(v *big.Int, decimals int) string {
	if v == nil {
		v = new(big.Int)
	}
	f := new(big.Float).Quo(new(big.Float).SetInt(v), big.NewFloat(1e18))
	return f.Text('f', decimals)
}

// Progress prints one line per epoch once it is settled (or found empty).
type Progress struct {
	client      *ethclient.Client
	log         *zap.Logger
	out         io.Writer
	trading     *trading.Trading
	tradingAddr common.Address
	tradingC    *bind.BoundContract
	grid        *gridtoken.GridToken
	gridAddr    common.Address
	clock       simclock.Clock

	epochLength, firstStart uint64
	next                    uint64 // the next epoch to print
	scanned                 uint64 // last block whose GRID logs were tallied
	minted, burned          map[uint64]*big.Int
	blockTime               map[uint64]uint64
}

// NewProgress prepares a printer that starts with the epoch open now; it shows each epoch's times
// on the chain's clock and on the campus clock.
func NewProgress(ctx context.Context, client *ethclient.Client, tradingAddr, gridAddr common.Address, clock simclock.Clock, out io.Writer, log *zap.Logger) (*Progress, error) {
	p := &Progress{
		client: client, log: log, out: out, clock: clock,
		trading: trading.NewTrading(), tradingAddr: tradingAddr,
		grid: gridtoken.NewGridToken(), gridAddr: gridAddr,
		minted: map[uint64]*big.Int{}, burned: map[uint64]*big.Int{}, blockTime: map[uint64]uint64{},
	}
	p.tradingC = p.trading.Instance(client, tradingAddr)
	opts := &bind.CallOpts{Context: ctx}
	length, err := bind.Call(p.tradingC, opts, p.trading.PackEpochLength(), p.trading.UnpackEpochLength)
	if err != nil {
		return nil, fmt.Errorf("read epoch length: %w", err)
	}
	first, err := bind.Call(p.tradingC, opts, p.trading.PackFirstEpochStart(), p.trading.UnpackFirstEpochStart)
	if err != nil {
		return nil, fmt.Errorf("read first epoch start: %w", err)
	}
	cur, err := bind.Call(p.tradingC, opts, p.trading.PackCurrentEpoch(), p.trading.UnpackCurrentEpoch)
	if err != nil {
		return nil, fmt.Errorf("read current epoch: %w", err)
	}
	head, err := client.BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	p.epochLength, p.firstStart = length.Uint64(), first.Uint64()
	p.next = cur.Epoch.Uint64()
	p.scanned = head
	return p, nil
}

// Run polls until ctx ends.
func (p *Progress) Run(ctx context.Context, every time.Duration) {
	for {
		if err := p.Poll(ctx); err != nil && ctx.Err() == nil {
			p.log.Debug("progress poll", zap.Error(err))
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(every):
		}
	}
}

// Poll tallies new GRID mints and burns and prints every epoch that is finished.
func (p *Progress) Poll(ctx context.Context) error {
	head, err := p.client.BlockNumber(ctx)
	if err != nil {
		return err
	}
	if head > p.scanned {
		if err := p.tally(ctx, p.scanned+1, head); err != nil {
			return err
		}
		p.scanned = head
	}
	opts := &bind.CallOpts{Context: ctx}
	for {
		res, err := bind.Call(p.tradingC, opts, p.trading.PackGetEpochResult(new(big.Int).SetUint64(p.next)), p.trading.UnpackGetEpochResult)
		if err != nil {
			return err
		}
		done := res.Status == epochSettled || (res.OrderCount.Sign() == 0 && res.Status != epochOpen)
		if !done {
			return nil
		}
		line, err := p.line(ctx, p.next, res)
		if err != nil {
			return err
		}
		fmt.Fprintln(p.out, line.String())
		delete(p.minted, p.next)
		delete(p.burned, p.next)
		p.next++
	}
}

func (p *Progress) line(ctx context.Context, epoch uint64, res trading.ITradingEpochResult) (EpochLine, error) {
	l := EpochLine{
		Epoch: epoch, Start: time.Unix(res.StartTime.Int64(), 0), End: time.Unix(res.EndTime.Int64(), 0),
		CampusStart: p.clock.At(time.Unix(res.StartTime.Int64(), 0)), CampusEnd: p.clock.At(time.Unix(res.EndTime.Int64(), 0)),
		Orders: res.OrderCount.Uint64(), ClearingPrice: res.ClearingPrice, Volume: res.Volume,
		Minted: p.minted[epoch], Burned: p.burned[epoch], Settled: res.SettledCount.Uint64(), Status: res.Status,
	}
	if l.Orders == 0 {
		return l, nil
	}
	logs, err := p.client.FilterLogs(ctx, ethereum.FilterQuery{
		Addresses: []common.Address{p.tradingAddr},
		Topics:    [][]common.Hash{{p.eventID("OrderPlaced")}, nil, {common.BigToHash(new(big.Int).SetUint64(epoch))}},
	})
	if err != nil {
		return l, err
	}
	for _, lg := range logs {
		ev, err := p.trading.UnpackOrderPlacedEvent(&lg)
		if err != nil {
			continue
		}
		if ev.Side == 0 {
			l.Sells++
		} else {
			l.Buys++
		}
	}
	return l, nil
}

func (p *Progress) eventID(name string) common.Hash {
	return p.trading.GetABI().Events[name].ID
}

// tally adds the GRID minted and burned in blocks from..to to the epochs their blocks belong to.
func (p *Progress) tally(ctx context.Context, from, to uint64) error {
	gabi := p.grid.GetABI()
	logs, err := p.client.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
		Addresses: []common.Address{p.gridAddr},
		Topics:    [][]common.Hash{{gabi.Events["EnergyMinted"].ID, gabi.Events["EnergyBurned"].ID}},
	})
	if err != nil {
		return err
	}
	for _, lg := range logs {
		ts, err := p.timeOf(ctx, lg.BlockNumber)
		if err != nil {
			return err
		}
		epoch := uint64(0)
		if ts > p.firstStart && p.epochLength > 0 {
			epoch = (ts - p.firstStart) / p.epochLength
		}
		if m, err := p.grid.UnpackEnergyMintedEvent(&lg); err == nil {
			add(p.minted, epoch, m.Amount)
		} else if b, err := p.grid.UnpackEnergyBurnedEvent(&lg); err == nil {
			add(p.burned, epoch, b.Amount)
		}
	}
	return nil
}

func (p *Progress) timeOf(ctx context.Context, block uint64) (uint64, error) {
	if ts, ok := p.blockTime[block]; ok {
		return ts, nil
	}
	h, err := p.client.HeaderByNumber(ctx, new(big.Int).SetUint64(block))
	if err != nil {
		return 0, err
	}
	if len(p.blockTime) > 4096 {
		p.blockTime = map[uint64]uint64{}
	}
	p.blockTime[block] = h.Time
	return h.Time, nil
}

func add(m map[uint64]*big.Int, k uint64, v *big.Int) {
	if m[k] == nil {
		m[k] = new(big.Int)
	}
	m[k].Add(m[k], v)
}
