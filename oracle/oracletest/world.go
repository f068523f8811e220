package oracletest

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/campus-grid/gridchain/bindings/oracleclient"
	"github.com/campus-grid/gridchain/oracle"
	"github.com/campus-grid/gridchain/txmgr"
)

// world is a fake chain with a fake OracleClient and a fake transaction manager per sender. It
// follows the contract's rules for what the relayer can observe: per-meter seq and counters,
// baseline, NotNewer, mint of the export delta, request fulfilment, and the transaction
// manager's states (pending, mined, confirmed at depth, back to pending after a reorg).
type world struct {
	mu       sync.Mutex
	conf     uint64
	contract common.Address
	oc       *oracleclient.OracleClient
	blocks   []*fblock // blocks[0] is genesis
	pool     []*ftx    // sent, not in a block, in send order
	txs      map[int64]*ftx
	nextTx   int64
	owners   map[common.Hash]common.Address
	requests map[string]*oracle.OnchainRequest // current state
	reqLogs  []oracle.Request
	// badSig makes readings of a meter fail the signature check.
	badSig map[common.Hash]bool
	// queueErr is returned by the next Queue.
	queueErr error
}

type fstate struct {
	meters   map[common.Hash]IOracleState
	balances map[common.Address]*big.Int
	requests map[string]oracle.OnchainRequest
}

// IOracleState is the fake contract's per-meter state.
type IOracleState struct {
	Seq, ExportWh, ImportWh, IntervalEnd uint64
	Assignment                           uint32
}

type fblock struct {
	number uint64
	hash   common.Hash
	txs    []*ftx
	state  fstate // after the block
	recpts map[common.Hash]*types.Receipt
}

type ftx struct {
	id     int64
	sender string
	key    string
	data   []byte
	state  txmgr.State
	hash   common.Hash
	block  uint64
	bhash  common.Hash
}

func newWorld(conf uint64) *world {
	w := &world{conf: conf, contract: common.HexToAddress("0x0c"), oc: oracleclient.NewOracleClient(),
		txs: map[int64]*ftx{}, owners: map[common.Hash]common.Address{}, badSig: map[common.Hash]bool{}}
	w.blocks = []*fblock{{number: 0, hash: crypto.Keccak256Hash([]byte("genesis")),
		state: fstate{meters: map[common.Hash]IOracleState{}, balances: map[common.Address]*big.Int{}, requests: map[string]oracle.OnchainRequest{}}}}
	return w
}

func (s fstate) clone() fstate {
	c := fstate{meters: map[common.Hash]IOracleState{}, balances: map[common.Address]*big.Int{}, requests: map[string]oracle.OnchainRequest{}}
	for k, v := range s.meters {
		c.meters[k] = v
	}
	for k, v := range s.balances {
		c.balances[k] = new(big.Int).Set(v)
	}
	for k, v := range s.requests {
		c.requests[k] = v
	}
	return c
}

func (w *world) head() *fblock { return w.blocks[len(w.blocks)-1] }

// assign gives a meter an owner (assignment 1).
func (w *world) assign(meter common.Hash, owner common.Address) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.owners[meter] = owner
}

// mine puts every pooled transaction in a new block (salt distinguishes re-mined forks).
func (w *world) mine(salt string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	parent := w.head()
	b := &fblock{number: parent.number + 1, state: parent.state.clone(), recpts: map[common.Hash]*types.Receipt{}}
	b.hash = crypto.Keccak256Hash([]byte(fmt.Sprintf("%d/%s/%s", b.number, parent.hash, salt)))
	for _, tx := range w.pool {
		tx.hash = crypto.Keccak256Hash([]byte(fmt.Sprintf("%s/%d", tx.key, tx.id)))
		tx.state, tx.block, tx.bhash = txmgr.StateMined, b.number, b.hash
		logs, ok := w.execute(&b.state, tx.data, b.number)
		status := types.ReceiptStatusSuccessful
		if !ok {
			status = types.ReceiptStatusFailed
			logs = nil
		}
		b.recpts[tx.hash] = &types.Receipt{Status: status, TxHash: tx.hash, BlockHash: b.hash,
			BlockNumber: new(big.Int).SetUint64(b.number), Logs: logs}
		b.txs = append(b.txs, tx)
	}
	w.pool = nil
	w.blocks = append(w.blocks, b)
	w.confirmLocked()
}

// advance mines n empty blocks.
func (w *world) advance(n int) {
	for i := 0; i < n; i++ {
		w.mine("")
	}
}

func (w *world) confirmLocked() {
	h := w.head().number
	for _, tx := range w.txs {
		if tx.state == txmgr.StateMined && h-tx.block+1 >= w.conf {
			tx.state = txmgr.StateConfirmed
		}
	}
}

// reorg drops every block above keep; their transactions go back to the pool (as the
// transaction manager re-sends them), in their old order.
func (w *world) reorg(keep uint64) {
	w.mu.Lock()
	defer w.mu.Unlock()
	var back []*ftx
	for _, b := range w.blocks[keep+1:] {
		for _, tx := range b.txs {
			if tx.state == txmgr.StateConfirmed {
				panic("reorg deeper than the confirmation depth")
			}
			tx.state, tx.block, tx.bhash, tx.hash = txmgr.StatePending, 0, common.Hash{}, common.Hash{}
			back = append(back, tx)
		}
	}
	w.blocks = w.blocks[:keep+1]
	w.pool = append(back, w.pool...)
}

// inject applies a transaction from a relayer outside the test's drivers (racing relayer).
func (w *world) inject(data []byte) {
	w.mu.Lock()
	w.nextTx++
	tx := &ftx{id: w.nextTx, sender: "outsider", key: fmt.Sprintf("outsider/%d", w.nextTx), data: data, state: txmgr.StatePending}
	w.txs[tx.id] = tx
	w.pool = append(w.pool, tx)
	w.mu.Unlock()
}

func (w *world) event(name string, topics []common.Hash, args ...any) *types.Log {
	ev := w.oc.GetABI().Events[name]
	data, err := ev.Inputs.NonIndexed().Pack(args...)
	if err != nil {
		panic(err)
	}
	return &types.Log{Address: w.contract, Topics: append([]common.Hash{ev.ID}, topics...), Data: data}
}

// apply runs the contract's reading rules.
func (w *world) apply(st *fstate, r oracleclient.IOracleClientReading, sig []byte) (*types.Log, uint8) {
	owner, ok := w.owners[r.MeterId]
	reject := func(reason uint8) (*types.Log, uint8) {
		return w.event("ReadingRejected", []common.Hash{r.MeterId}, r.Seq, reason), reason
	}
	if !ok {
		return reject(1)
	}
	if r.IntervalStart >= r.IntervalEnd {
		return reject(2)
	}
	last := st.meters[r.MeterId]
	baseline := last.Assignment != 1
	if !baseline {
		if r.Seq <= last.Seq {
			return reject(4)
		}
		if r.IntervalEnd <= last.IntervalEnd {
			return reject(2)
		}
		if r.ExportWh < last.ExportWh || r.ImportWh < last.ImportWh {
			return reject(5)
		}
	}
	if w.badSig[r.MeterId] || len(sig) != 65 {
		return reject(6)
	}
	st.meters[r.MeterId] = IOracleState{Seq: r.Seq, ExportWh: r.ExportWh, ImportWh: r.ImportWh, IntervalEnd: r.IntervalEnd, Assignment: 1}
	ownerTopic := common.BytesToHash(owner[:])
	if baseline {
		return w.event("BaselineSet", []common.Hash{r.MeterId, ownerTopic}, uint32(1), r.Seq, r.IntervalEnd, r.ExportWh, r.ImportWh), 0
	}
	minted := new(big.Int).Mul(new(big.Int).SetUint64(r.ExportWh-last.ExportWh), big.NewInt(1e15))
	bal := st.balances[owner]
	if bal == nil {
		bal = new(big.Int)
	}
	bal = new(big.Int).Add(bal, minted)
	imported := new(big.Int).Mul(new(big.Int).SetUint64(r.ImportWh-last.ImportWh), big.NewInt(1e15))
	burned := imported
	if burned.Cmp(bal) > 0 {
		burned = new(big.Int).Set(bal)
	}
	st.balances[owner] = new(big.Int).Sub(bal, burned)
	return w.event("ReadingApplied", []common.Hash{r.MeterId, ownerTopic}, r.Seq, r.IntervalEnd, minted, burned), 0
}

func (w *world) execute(st *fstate, data []byte, block uint64) ([]*types.Log, bool) {
	parsed := w.oc.GetABI()
	m, err := parsed.MethodById(data[:4])
	if err != nil {
		return nil, false
	}
	args, err := m.Inputs.Unpack(data[4:])
	if err != nil {
		return nil, false
	}
	switch m.Name {
	case "submitReadings":
		rs := *abi.ConvertType(args[0], new([]oracleclient.IOracleClientReading)).(*[]oracleclient.IOracleClientReading)
		sigs := args[1].([][]byte)
		var logs []*types.Log
		for i, r := range rs {
			l, _ := w.apply(st, r, sigs[i])
			logs = append(logs, l)
		}
		return logs, true
	case "fulfillEnergyData":
		id := args[0].(*big.Int)
		r := *abi.ConvertType(args[1], new(oracleclient.IOracleClientReading)).(*oracleclient.IOracleClientReading)
		q, ok := st.requests[id.String()]
		if !ok {
			return nil, false
		}
		idTopic := common.BigToHash(id)
		if q.Status != oracle.OnchainPending {
			return []*types.Log{w.event("FulfillmentIgnored", []common.Hash{idTopic}, q.Status)}, true
		}
		if block > q.ExpiresAtBlock {
			q.Status = oracle.OnchainExpired
			st.requests[id.String()] = q
			return []*types.Log{w.event("FulfillmentIgnored", []common.Hash{idTopic}, oracle.OnchainExpired)}, true
		}
		l, reason := w.apply(st, r, args[2].([]byte))
		cov := st.meters[q.MeterID]
		if cov.IntervalEnd < q.IntervalEnd || (reason != 0 && reason != 4) {
			return nil, false
		}
		q.Status = oracle.OnchainFulfilled
		st.requests[id.String()] = q
		return []*types.Log{l, w.event("EnergyDataFulfilled", []common.Hash{idTopic, q.MeterID}, cov.Seq, cov.IntervalEnd)}, true
	}
	return nil, false
}

// request opens a request in the next block's state (applied to the head state directly).
func (w *world) request(id int64, meter common.Hash, end uint64, timeout uint64) {
	w.mu.Lock()
	defer w.mu.Unlock()
	h := w.head()
	q := oracle.OnchainRequest{MeterID: meter, IntervalEnd: end, ExpiresAtBlock: h.number + timeout, Status: oracle.OnchainPending}
	if w.head().state.meters[meter].IntervalEnd >= end {
		q.Status = oracle.OnchainFulfilled
	}
	h.state.requests[big.NewInt(id).String()] = q
	w.reqLogs = append(w.reqLogs, oracle.Request{ID: big.NewInt(id), MeterID: meter, IntervalEnd: end, ExpiresAtBlock: q.ExpiresAtBlock, Block: h.number})
}

func (w *world) balance(a common.Address) *big.Int {
	w.mu.Lock()
	defer w.mu.Unlock()
	if b := w.head().state.balances[a]; b != nil {
		return new(big.Int).Set(b)
	}
	return new(big.Int)
}

func (w *world) sentBy(sender string) []*ftx {
	w.mu.Lock()
	defer w.mu.Unlock()
	var out []*ftx
	for id := int64(1); id <= w.nextTx; id++ {
		if tx := w.txs[id]; tx.sender == sender {
			out = append(out, tx)
		}
	}
	return out
}

// ---------------------------------------------------------------- Chain

type worldChain struct{ w *world }

var _ oracle.Chain = worldChain{}

func (c worldChain) Head(context.Context) (uint64, error) {
	c.w.mu.Lock()
	defer c.w.mu.Unlock()
	return c.w.head().number, nil
}

func (c worldChain) MeterViews(_ context.Context, meters []common.Hash, block *big.Int) (map[common.Hash]oracle.MeterView, error) {
	c.w.mu.Lock()
	defer c.w.mu.Unlock()
	b := c.w.head()
	if block != nil {
		if block.Uint64() >= uint64(len(c.w.blocks)) {
			return nil, errors.New("block not found")
		}
		b = c.w.blocks[block.Uint64()]
	}
	out := map[common.Hash]oracle.MeterView{}
	for _, m := range meters {
		st := b.state.meters[m]
		v := oracle.MeterView{Seq: st.Seq, IntervalEnd: st.IntervalEnd, Assignment: st.Assignment}
		if o, ok := c.w.owners[m]; ok {
			v.Owner, v.RegistryAssignment = o, 1
		}
		out[m] = v
	}
	return out, nil
}

func (c worldChain) Requests(_ context.Context, from, to uint64) ([]oracle.Request, error) {
	c.w.mu.Lock()
	defer c.w.mu.Unlock()
	var out []oracle.Request
	for _, r := range c.w.reqLogs {
		if r.Block >= from && r.Block <= to {
			out = append(out, r)
		}
	}
	return out, nil
}

func (c worldChain) Request(_ context.Context, id *big.Int) (oracle.OnchainRequest, error) {
	c.w.mu.Lock()
	defer c.w.mu.Unlock()
	return c.w.head().state.requests[id.String()], nil
}

func (c worldChain) Receipt(_ context.Context, hash common.Hash) (*types.Receipt, error) {
	c.w.mu.Lock()
	defer c.w.mu.Unlock()
	for _, b := range c.w.blocks {
		if r, ok := b.recpts[hash]; ok {
			return r, nil
		}
	}
	return nil, errors.New("not found")
}

// ---------------------------------------------------------------- Sender

type worldSender struct {
	w    *world
	name string
}

var _ oracle.Sender = worldSender{}

func (s worldSender) record(tx *ftx) *txmgr.Tx {
	return &txmgr.Tx{ID: tx.id, Key: tx.key, Data: tx.data, State: tx.state, MinedHash: tx.hash, MinedBlock: tx.block,
		MinedBlockHash: tx.bhash}
}

func (s worldSender) Queue(_ context.Context, c txmgr.Candidate) (int64, error) {
	s.w.mu.Lock()
	defer s.w.mu.Unlock()
	if err := s.w.queueErr; err != nil {
		s.w.queueErr = nil
		return 0, err
	}
	for _, tx := range s.w.txs {
		if tx.sender == s.name && tx.key == c.Key {
			return tx.id, nil
		}
	}
	s.w.nextTx++
	tx := &ftx{id: s.w.nextTx, sender: s.name, key: c.Key, data: c.Data, state: txmgr.StatePending}
	s.w.txs[tx.id] = tx
	s.w.pool = append(s.w.pool, tx)
	return tx.id, nil
}

func (s worldSender) Tx(_ context.Context, id int64) (*txmgr.Tx, error) {
	s.w.mu.Lock()
	defer s.w.mu.Unlock()
	tx, ok := s.w.txs[id]
	if !ok || tx.sender != s.name {
		return nil, txmgr.ErrNotFound
	}
	return s.record(tx), nil
}

func (s worldSender) ByKey(_ context.Context, key string) (*txmgr.Tx, error) {
	s.w.mu.Lock()
	defer s.w.mu.Unlock()
	for _, tx := range s.w.txs {
		if tx.sender == s.name && tx.key == key {
			return s.record(tx), nil
		}
	}
	return nil, txmgr.ErrNotFound
}
