// Package txmgr sends transactions for one key and sees them through to a confirmation depth.
//
// It follows Optimism's op-service txmgr and Chainlink's transaction manager:
//   - one Manager owns the nonce of its key (the store's Lock enforces it across processes);
//   - gas is estimated, and a call that would revert is refused with its decoded custom error;
//   - every transaction, and every fee-bumped attempt of it, is recorded in the Store before it is
//     broadcast, so a crash loses nothing and a restart re-broadcasts what was in flight with no
//     nonce gap and no duplicate;
//   - a transaction not mined within ResubmitTimeout is re-sent with both EIP-1559 fees bumped by
//     at least 10%; "replacement transaction underpriced" bumps again, "already known" counts as
//     sent, "nonce too low" means an attempt was mined: the manager finds which one;
//   - a receipt counts once it is Confirmations blocks deep (see Final); a receipt that disappears
//     in a reorg puts the transaction back in play.
//
// # Idempotency keys
//
// This is the contract between the manager and its callers (keeper, relayer, gridctl, tradersim):
//
//   - A Candidate's Key names one intended effect of the sending account. At most one record per
//     key is live: pending, mined or confirmed (a confirmed one stays live even when it reverted
//     on-chain, because it reached the chain).
//   - Queue with a key that a live record holds sends nothing and returns that record's handle
//     (after a restart too, with a persistent store).
//   - A failed record (StateFailed: refused by the node before any pool took it, its nonce
//     consumed by another sender, or abandoned above a nonce gap) can never be mined. It releases
//     its key: the next Queue with that key records and sends a new transaction. Failed records
//     stay in the store as history. The new transaction may be byte for byte the refused one (same
//     nonce, data and fees): an attempt is unique within its record, not across records.
//
// So a caller that wants an effect retried after a refusal (insufficient funds, a full pool)
// queues it again under the same key, and one that wants it exactly once never needs more than
// one key for it.
package txmgr

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"go.uber.org/zap"
)

// Manager sends the transactions of one key.
type Manager struct {
	cfg     Config
	chain   ChainClient
	store   Store
	signer  Signer
	from    common.Address
	log     *zap.Logger
	clock   Clock
	metrics Metrics
	decoder *ErrorDecoder

	chainID  *big.Int
	chainIDu uint64

	// nonceMu is held while a nonce is assigned, recorded and first broadcast.
	nonceMu   sync.Mutex
	nextNonce uint64

	// pollMu serialises monitoring passes.
	pollMu sync.Mutex

	mu        sync.Mutex
	started   bool
	stopped   bool
	tracked   map[int64]*tracked
	lock      KeyLock
	cancel    context.CancelFunc
	loopDone  chan struct{}
	stoppedCh chan struct{}
	kick      chan struct{}
}

// tracked is an open transaction and what the monitor knows about it beyond the record.
type tracked struct {
	tx       *Tx
	log      *zap.Logger
	queuedAt time.Time
	lastSend time.Time
	// nonceUsedAt is the head at which the chain's nonce first passed this transaction's nonce
	// while no attempt of it had a receipt (0: not seen).
	nonceUsedAt uint64
	handle      *Handle
}

// Option adjusts a Manager.
type Option func(*Manager)

// WithClock replaces the wall clock (tests).
func WithClock(c Clock) Option { return func(m *Manager) { m.clock = c } }

// WithMetrics records the manager's figures.
func WithMetrics(mt Metrics) Option { return func(m *Manager) { m.metrics = mt } }

// WithErrorDecoder decodes reverts with the custom errors of the given ABIs.
func WithErrorDecoder(d *ErrorDecoder) Option { return func(m *Manager) { m.decoder = d } }

// New builds a manager for signer's key. Call Start before sending.
func New(cfg Config, chain ChainClient, store Store, signer Signer, log *zap.Logger, opts ...Option) (*Manager, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if chain == nil || store == nil || signer == nil || log == nil {
		return nil, errors.New("txmgr: chain, store, signer and logger are required")
	}
	m := &Manager{
		cfg: cfg, chain: chain, store: store, signer: signer, from: signer.Address(),
		log: log.With(zap.Stringer("from", signer.Address())), clock: SystemClock, metrics: NoopMetrics{},
		tracked: map[int64]*tracked{}, kick: make(chan struct{}, 1), stoppedCh: make(chan struct{}),
	}
	for _, o := range opts {
		o(m)
	}
	return m, nil
}

// From is the sending account.
func (m *Manager) From() common.Address { return m.from }

// ChainID is the chain the manager sends to (known after Start).
func (m *Manager) ChainID() *big.Int { return new(big.Int).Set(m.chainID) }

// Decoder is the error decoder the manager uses.
func (m *Manager) Decoder() *ErrorDecoder { return m.decoder }

// Start claims the key, recovers the open transactions of the store, re-broadcasts them and
// starts the monitor. A failed start releases what it took.
func (m *Manager) Start(ctx context.Context) (err error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.started {
		return ErrAlreadyStarted
	}
	id, err := m.chain.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("txmgr start: chain id: %w", err)
	}
	if !id.IsUint64() {
		return fmt.Errorf("txmgr start: chain id %s does not fit 64 bits", id)
	}
	m.chainID, m.chainIDu = id, id.Uint64()
	lock, err := m.store.Lock(ctx, m.chainIDu, m.from)
	if err != nil {
		return fmt.Errorf("txmgr start: %w", err)
	}
	defer func() {
		if err != nil {
			lock.Release()
		}
	}()
	if err := m.recover(ctx); err != nil {
		return fmt.Errorf("txmgr start: %w", err)
	}
	loopCtx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	m.lock, m.cancel, m.loopDone, m.started = lock, cancel, make(chan struct{}), true
	go m.loop(loopCtx)
	return nil
}

// recover loads the open transactions, abandons those the chain can no longer mine (a gap below
// them), sets the next nonce and re-broadcasts the pending ones in nonce order.
func (m *Manager) recover(ctx context.Context) error {
	open, err := m.store.Open(ctx, m.chainIDu, m.from)
	if err != nil {
		return fmt.Errorf("load open transactions: %w", err)
	}
	latest, err := m.chain.NonceAt(ctx, m.from, nil)
	if err != nil {
		return fmt.Errorf("nonce: %w", err)
	}
	pending, err := m.chain.PendingNonceAt(ctx, m.from)
	if err != nil {
		return fmt.Errorf("pending nonce: %w", err)
	}
	// The lowest open nonce at or above the chain's: if it lies above the pool's pending nonce,
	// the nonces in between belong to nobody we know (a reset chain, or the key used elsewhere)
	// and nothing above the gap can ever be mined.
	gap := false
	for _, tx := range open {
		if tx.Nonce >= latest {
			gap = tx.Nonce > pending
			break
		}
	}
	next := pending
	now := m.clock.Now()
	for _, tx := range open {
		log := m.txLogger(tx)
		if gap && tx.Nonce >= latest {
			tx.State, tx.Error = StateFailed, ErrNonceGap.Error()
			if err := m.store.Update(ctx, tx); err != nil {
				return fmt.Errorf("abandon transaction %d: %w", tx.ID, err)
			}
			log.Error("abandoned transaction: the chain lacks the nonces below it",
				zap.Uint64("chain_nonce", latest), zap.Uint64("pending_nonce", pending))
			m.metrics.TxFailed(tx.Label)
			continue
		}
		if tx.Nonce+1 > next {
			next = tx.Nonce + 1
		}
		t := &tracked{tx: tx, log: log, queuedAt: tx.CreatedAt, lastSend: now}
		m.tracked[tx.ID] = t
		if tx.State == StatePending && tx.Nonce >= latest {
			out, err := m.publishLatest(ctx, t)
			log.Info("recovered in-flight transaction", zap.Stringer("hash", tx.Latest().Hash),
				zap.Int("attempts", len(tx.Attempts)), zap.String("broadcast", out.String()), zap.Error(err))
		} else {
			log.Info("recovered transaction awaiting confirmation", zap.String("state", string(tx.State)))
		}
	}
	m.nonceMu.Lock()
	m.nextNonce = next
	m.nonceMu.Unlock()
	m.metrics.Nonce(next)
	m.metrics.InFlight(len(m.tracked))
	m.log.Info("transaction manager started", zap.Uint64("chain_id", m.chainIDu), zap.Uint64("next_nonce", next),
		zap.Int("in_flight", len(m.tracked)))
	return nil
}

// Stop ends the monitor and releases the key. Open transactions stay in the store for the next
// Start. Waiters get ErrStopped. Stopping twice is safe.
func (m *Manager) Stop(ctx context.Context) error {
	m.mu.Lock()
	if !m.started || m.stopped {
		m.mu.Unlock()
		return nil
	}
	m.stopped = true
	m.cancel()
	close(m.stoppedCh)
	m.mu.Unlock()
	var err error
	select {
	case <-m.loopDone:
	case <-ctx.Done():
		err = fmt.Errorf("txmgr stop: %w", ctx.Err())
	}
	// The key is released only once nothing can send for it any more: no monitoring pass (pollMu)
	// and no Queue between its record and its broadcast (nonceMu; a later Queue sees stopped).
	// The order is the monitor's (a pass takes nonceMu to give a transaction a new nonce).
	m.pollMu.Lock()
	m.nonceMu.Lock()
	m.lock.Release()
	m.nonceMu.Unlock()
	m.pollMu.Unlock()
	return err
}

// Stopped reports whether Stop was called.
func (m *Manager) Stopped() bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.stopped
}

func (m *Manager) running() error {
	m.mu.Lock()
	defer m.mu.Unlock()
	switch {
	case m.stopped:
		return ErrStopped
	case !m.started:
		return ErrNotStarted
	}
	return m.lock.Err()
}

// Lost is closed when the manager has lost its key to another process (the store's lock, lost
// for good across a database restart): from then on it sends nothing and Err says why. The
// service running the manager must stop.
func (m *Manager) Lost() <-chan struct{} {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.lock == nil {
		return nil
	}
	return m.lock.Lost()
}

// Err is why the manager lost its key (nil while it holds it).
func (m *Manager) Err() error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.lock == nil {
		return nil
	}
	return m.lock.Err()
}

func (m *Manager) loop(ctx context.Context) {
	defer close(m.loopDone)
	for {
		select {
		case <-ctx.Done():
			return
		case <-m.clock.After(m.cfg.PollInterval):
		case <-m.kick:
		}
		if err := m.Poll(ctx); err != nil && ctx.Err() == nil {
			m.log.Warn("monitoring pass incomplete", zap.Error(err))
		}
	}
}

// Send queues c and waits until it is Confirmations blocks deep. It returns the receipt; when
// the transaction reverted on-chain it also returns an error wrapping ErrReverted (a
// *RevertError with the decoded reason when a replay finds one). If ctx ends first, the
// transaction goes on in the background and Send returns ctx's error.
func (m *Manager) Send(ctx context.Context, c Candidate) (*types.Receipt, error) {
	h, err := m.Queue(ctx, c)
	if err != nil {
		return nil, err
	}
	return h.Wait(ctx)
}

// Queue estimates, records and broadcasts c, and returns without waiting for it to be mined.
// A call that would revert is refused (a *RevertError) and consumes no nonce.
func (m *Manager) Queue(ctx context.Context, c Candidate) (*Handle, error) {
	if err := m.running(); err != nil {
		return nil, err
	}
	if c.Key != "" {
		if h, err := m.lookupKey(ctx, c.Key); h != nil || err != nil {
			return h, err
		}
	}
	value := new(big.Int)
	if c.Value != nil {
		value.Set(c.Value)
	}
	gasLimit := c.GasLimit
	if gasLimit == 0 {
		est, err := m.chain.EstimateGas(ctx, ethereum.CallMsg{From: m.from, To: c.To, Value: value, Data: c.Data})
		if err != nil {
			if rev := m.decoder.FromError(err); rev != nil {
				return nil, fmt.Errorf("%s: %w", labelOr(c.Label), rev)
			}
			return nil, fmt.Errorf("%s: estimate gas: %w", labelOr(c.Label), err)
		}
		gasLimit = uint64(float64(est)*m.cfg.GasLimitMultiplier) + m.cfg.GasLimitHeadroom
	}

	m.nonceMu.Lock()
	defer m.nonceMu.Unlock()
	// Stop releases the key only under nonceMu: once it has, nothing may be recorded or sent.
	if err := m.running(); err != nil {
		return nil, err
	}
	if c.Key != "" {
		if h, err := m.lookupKey(ctx, c.Key); h != nil || err != nil {
			return h, err
		}
	}
	// From here the record and its broadcast belong together: the caller's cancellation must not
	// split them.
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 2*m.cfg.NetworkTimeout)
	defer cancel()
	tip, baseFee, err := m.suggestFees(sctx)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", labelOr(c.Label), err)
	}
	tip, feeCap, err := initialFees(tip, baseFee, m.cfg.maxFeeCap())
	if err != nil {
		return nil, fmt.Errorf("%s: %w", labelOr(c.Label), err)
	}
	for resync := 0; ; resync++ {
		tx := &Tx{
			ChainID: m.chainIDu, From: m.from, Nonce: m.nextNonce, To: c.To, Data: c.Data, Value: value,
			GasLimit: gasLimit, Label: c.Label, Key: c.Key, State: StatePending,
		}
		signed, att, err := m.sign(tx, tip, feeCap)
		if err != nil {
			return nil, err
		}
		tx.Attempts = []Attempt{att}
		if err := m.store.Insert(sctx, tx); err != nil {
			if errors.Is(err, ErrDuplicateKey) {
				if h, lerr := m.lookupKey(ctx, c.Key); h != nil || lerr != nil {
					return h, lerr
				}
			}
			return nil, fmt.Errorf("%s: record transaction: %w", labelOr(c.Label), err)
		}
		t := &tracked{tx: tx, log: m.txLogger(tx), queuedAt: m.clock.Now()}
		out, sendErr := m.sendWithBumps(sctx, t, signed)
		t.lastSend = m.clock.Now()
		switch {
		case out.accepted() || out == sendUnreachable:
			// Unreachable: the node may have it; the monitor re-broadcasts until it is mined.
			m.nextNonce = tx.Nonce + 1
			m.metrics.Nonce(m.nextNonce)
			m.metrics.TxQueued(c.Label)
			if out == sendUnreachable {
				t.log.Warn("broadcast unconfirmed, will retry", zap.Error(sendErr))
			} else {
				t.log.Debug("transaction sent", zap.Stringer("hash", tx.Latest().Hash))
			}
			h := m.track(t)
			select {
			case m.kick <- struct{}{}:
			default:
			}
			return h, nil
		case out == sendNonceTooLow && m.minedOurs(sctx, t):
			// One of our own attempts holds the nonce: a node that timed out had taken it (and the
			// failover client asked the next one). It is this transaction; nothing is sent again.
			m.nextNonce = tx.Nonce + 1
			m.metrics.Nonce(m.nextNonce)
			m.metrics.TxQueued(c.Label)
			t.log.Info("nonce too low: our own attempt is already in a block", zap.Stringer("hash", tx.MinedHash))
			h := m.track(t)
			select {
			case m.kick <- struct{}{}:
			default:
			}
			return h, nil
		case out == sendNonceTooLow && resync < m.cfg.SendRetries:
			// Someone else used this nonce (the key is shared, or our view of the pool was stale):
			// none of our attempts is in a block, so none can be any more. Give the nonce up and
			// take the pool's next one; the failed record releases its key for the retry.
			m.failRecord(sctx, t, fmt.Errorf("%w: %v", ErrNonceConsumed, sendErr))
			pending, err := m.chain.PendingNonceAt(sctx, m.from)
			if err != nil {
				return nil, fmt.Errorf("%s: resync nonce: %w", labelOr(c.Label), err)
			}
			if pending > m.nextNonce {
				m.nextNonce = pending
			} else {
				m.nextNonce++
			}
			t.log.Warn("nonce already used on chain; resynced", zap.Uint64("next_nonce", m.nextNonce))
			continue
		default:
			// The node refused it: it is in no pool and its nonce stays free for the next one.
			var cause error
			switch out {
			case sendInsufficientFunds:
				cause = ErrInsufficientFund
			case sendReplaceUnderpriced, sendUnderpriced:
				cause = ErrUnderpriced
			default:
				cause = ErrRejected
			}
			err := fmt.Errorf("%s: %w: %v", labelOr(c.Label), cause, sendErr)
			m.failRecord(sctx, t, err)
			return nil, err
		}
	}
}

// Tx returns the record of a transaction.
func (m *Manager) Tx(ctx context.Context, id int64) (*Tx, error) { return m.store.Get(ctx, id) }

// InFlight counts the transactions not yet at the confirmation depth.
func (m *Manager) InFlight() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return len(m.tracked)
}

// NextNonce is the nonce the next queued transaction gets.
func (m *Manager) NextNonce() uint64 {
	m.nonceMu.Lock()
	defer m.nonceMu.Unlock()
	return m.nextNonce
}

// minedOurs is asked after "nonce too low": does one of t's recorded attempts hold the nonce? When
// a receipt of one is found, t is recorded as mined. It reports false only when the node answered
// "not found" for every attempt; when it cannot tell (the lookup failed) it reports true, and the
// monitor follows t like any sent transaction (and gives it a new nonce only once the nonce's
// block is Confirmations deep with none of t's attempts in it).
func (m *Manager) minedOurs(ctx context.Context, t *tracked) bool {
	rcpt, err := m.findReceipt(ctx, t.tx)
	if err != nil {
		m.metrics.RPCError()
		// Cannot tell whose transaction holds the nonce: keep ours; the monitor finds out (and
		// re-sends under a new nonce only once the nonce's block is final and none is ours).
		t.log.Warn("nonce too low and the receipts of our attempts are unavailable; monitoring", zap.Error(err))
		return true
	}
	if rcpt == nil {
		return false
	}
	tx := t.tx
	tx.State, tx.MinedHash, tx.MinedBlock, tx.MinedBlockHash = StateMined, rcpt.TxHash, rcpt.BlockNumber.Uint64(), rcpt.BlockHash
	if err := m.store.Update(ctx, tx); err != nil {
		// The monitor records it on its next pass.
		tx.State, tx.MinedHash, tx.MinedBlock, tx.MinedBlockHash = StatePending, common.Hash{}, 0, common.Hash{}
		t.log.Warn("record mined", zap.Error(err))
	}
	return true
}

// lookupKey returns the handle of the transaction holding an idempotency key, or nil when no
// record holds it (none was recorded, or the last one failed: see the package documentation).
func (m *Manager) lookupKey(ctx context.Context, key string) (*Handle, error) {
	m.mu.Lock()
	for _, t := range m.tracked {
		if t.tx.Key == key {
			h := m.handleLocked(t)
			m.mu.Unlock()
			return h, nil
		}
	}
	m.mu.Unlock()
	tx, err := m.store.ByKey(ctx, m.chainIDu, m.from, key)
	if errors.Is(err, ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("look up key %q: %w", key, err)
	}
	h := newHandle(tx, m.stoppedCh)
	switch tx.State {
	case StateConfirmed:
		rcpt, err := m.chain.TransactionReceipt(ctx, tx.MinedHash)
		if err != nil {
			return nil, fmt.Errorf("receipt of %s: %w", tx.MinedHash, err)
		}
		h.complete(rcpt, m.statusError(ctx, tx, rcpt))
	case StateFailed:
		// A failed record released the key.
		return nil, nil
	default:
		return nil, fmt.Errorf("transaction %d with key %q is open but not tracked by this manager", tx.ID, key)
	}
	return h, nil
}

func (m *Manager) track(t *tracked) *Handle {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.tracked[t.tx.ID] = t
	m.metrics.InFlight(len(m.tracked))
	return m.handleLocked(t)
}

func (m *Manager) handleLocked(t *tracked) *Handle {
	if t.handle == nil {
		t.handle = newHandle(t.tx, m.stoppedCh)
	}
	return t.handle
}

// sign builds and signs the dynamic-fee transaction of tx with the given fees.
func (m *Manager) sign(tx *Tx, tip, feeCap *big.Int) (*types.Transaction, Attempt, error) {
	unsigned := types.NewTx(&types.DynamicFeeTx{
		ChainID: m.chainID, Nonce: tx.Nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: tx.GasLimit,
		To: tx.To, Value: tx.Value, Data: tx.Data,
	})
	signed, err := m.signer.SignTx(m.chainID, unsigned)
	if err != nil {
		return nil, Attempt{}, fmt.Errorf("sign nonce %d: %w", tx.Nonce, err)
	}
	raw, err := signed.MarshalBinary()
	if err != nil {
		return nil, Attempt{}, fmt.Errorf("encode nonce %d: %w", tx.Nonce, err)
	}
	return signed, Attempt{Hash: signed.Hash(), GasTipCap: new(big.Int).Set(tip), GasFeeCap: new(big.Int).Set(feeCap),
		Raw: raw, CreatedAt: m.clock.Now()}, nil
}

// bumpAttempt signs, records (before anything is sent) and returns a new attempt of t with
// bumped fees.
func (m *Manager) bumpAttempt(ctx context.Context, t *tracked) (*types.Transaction, error) {
	sugTip, baseFee, err := m.suggestFees(ctx)
	if err != nil {
		return nil, err
	}
	last := t.tx.Latest()
	tip, feeCap, err := bumpFees(last.GasTipCap, last.GasFeeCap, sugTip, baseFee, m.cfg.maxFeeCap(), m.cfg.FeeBumpPercent)
	if err != nil {
		return nil, err
	}
	signed, att, err := m.sign(t.tx, tip, feeCap)
	if err != nil {
		return nil, err
	}
	if err := m.store.AddAttempt(ctx, t.tx.ID, att); err != nil {
		return nil, fmt.Errorf("record attempt: %w", err)
	}
	t.tx.Attempts = append(t.tx.Attempts, att)
	m.metrics.FeeBumped()
	t.log.Info("fees bumped", zap.Stringer("hash", att.Hash), zap.Stringer("tip", tip), zap.Stringer("fee_cap", feeCap),
		zap.Int("attempt", len(t.tx.Attempts)))
	return signed, nil
}

// sendWithBumps broadcasts signed; while the node answers "underpriced" it records and sends a
// bumped attempt, up to SendRetries times.
func (m *Manager) sendWithBumps(ctx context.Context, t *tracked, signed *types.Transaction) (sendOutcome, error) {
	for i := 0; ; i++ {
		err := m.chain.SendTransaction(ctx, signed)
		out := classifySend(err)
		if out == sendUnreachable {
			m.metrics.RPCError()
		}
		if (out != sendReplaceUnderpriced && out != sendUnderpriced) || i >= m.cfg.SendRetries {
			return out, err
		}
		t.log.Info("node says underpriced; bumping", zap.Error(err))
		next, berr := m.bumpAttempt(ctx, t)
		if berr != nil {
			return out, errors.Join(err, berr)
		}
		signed = next
	}
}

// publishLatest re-broadcasts the current attempt as it is.
func (m *Manager) publishLatest(ctx context.Context, t *tracked) (sendOutcome, error) {
	var signed types.Transaction
	if err := signed.UnmarshalBinary(t.tx.Latest().Raw); err != nil {
		return sendRejected, fmt.Errorf("decode recorded attempt: %w", err)
	}
	return m.sendWithBumps(ctx, t, &signed)
}

// Poll runs one monitoring pass over the open transactions: it records receipts, confirms those
// at depth, puts reorged ones back in play and re-sends stuck ones. Start runs it every
// PollInterval; tests call it directly.
func (m *Manager) Poll(ctx context.Context) error {
	m.pollMu.Lock()
	defer m.pollMu.Unlock()
	if m.Stopped() && ctx.Err() != nil {
		return ErrStopped
	}
	if err := m.Err(); err != nil {
		return err // another process owns the nonces now: re-sending would fight it
	}
	m.mu.Lock()
	list := make([]*tracked, 0, len(m.tracked))
	for _, t := range m.tracked {
		list = append(list, t)
	}
	m.mu.Unlock()
	if len(list) == 0 {
		return nil
	}
	sort.Slice(list, func(i, j int) bool { return list[i].tx.Nonce < list[j].tx.Nonce })
	head, err := m.chain.BlockNumber(ctx)
	if err != nil {
		m.metrics.RPCError()
		return fmt.Errorf("head: %w", err)
	}
	chainNonce, err := m.chain.NonceAt(ctx, m.from, nil)
	if err != nil {
		m.metrics.RPCError()
		return fmt.Errorf("nonce: %w", err)
	}
	var errs []error
	for _, t := range list {
		if err := m.check(ctx, t, head, chainNonce); err != nil {
			errs = append(errs, fmt.Errorf("transaction %d nonce %d: %w", t.tx.ID, t.tx.Nonce, err))
		}
		if ctx.Err() != nil {
			break
		}
	}
	m.mu.Lock()
	m.metrics.InFlight(len(m.tracked))
	m.mu.Unlock()
	return errors.Join(errs...)
}

func (m *Manager) check(ctx context.Context, t *tracked, head, chainNonce uint64) error {
	tx := t.tx
	if tx.Nonce >= chainNonce {
		// Nothing with this nonce is in the chain.
		t.nonceUsedAt = 0
		if tx.State == StateMined {
			t.log.Warn("receipt disappeared in a reorg; transaction back in play",
				zap.Stringer("hash", tx.MinedHash), zap.Uint64("was_block", tx.MinedBlock))
			m.metrics.Reorged()
			tx.State, tx.MinedHash, tx.MinedBlock, tx.MinedBlockHash = StatePending, common.Hash{}, 0, common.Hash{}
			if err := m.store.Update(ctx, tx); err != nil {
				return fmt.Errorf("record reorg: %w", err)
			}
			out, err := m.publishLatest(ctx, t)
			t.lastSend = m.clock.Now()
			m.logSend(t, "re-broadcast after reorg", out, err)
			return nil
		}
		if m.clock.Now().Sub(t.lastSend) >= m.cfg.ResubmitTimeout {
			return m.resubmit(ctx, t)
		}
		return nil
	}

	// A transaction with this nonce is in the chain: which one?
	rcpt, err := m.findReceipt(ctx, tx)
	if err != nil {
		m.metrics.RPCError()
		return err
	}
	if rcpt == nil {
		// The nonce is used, but by none of our attempts (or the node has not indexed it yet):
		// give it the confirmation depth before giving up on it.
		if t.nonceUsedAt == 0 {
			t.nonceUsedAt = head
			return nil
		}
		if head >= t.nonceUsedAt+m.cfg.Confirmations {
			// Another sender of this key (a shared registrar key, say) took the nonce: none of
			// our attempts can be mined any more, so sending the transaction again under a new
			// nonce cannot duplicate it.
			return m.renonce(ctx, t)
		}
		return nil
	}
	t.nonceUsedAt = 0
	if tx.State != StateMined || tx.MinedHash != rcpt.TxHash || tx.MinedBlockHash != rcpt.BlockHash {
		if tx.State == StateMined {
			t.log.Warn("transaction moved to another block in a reorg", zap.Uint64("was_block", tx.MinedBlock),
				zap.Uint64("block", rcpt.BlockNumber.Uint64()))
			m.metrics.Reorged()
		}
		tx.State, tx.MinedHash, tx.MinedBlock, tx.MinedBlockHash = StateMined, rcpt.TxHash, rcpt.BlockNumber.Uint64(), rcpt.BlockHash
		if err := m.store.Update(ctx, tx); err != nil {
			return fmt.Errorf("record mined: %w", err)
		}
		t.log.Debug("transaction mined", zap.Stringer("hash", rcpt.TxHash), zap.Uint64("block", tx.MinedBlock),
			zap.Uint64("status", rcpt.Status))
	}
	if !Final(tx.MinedBlock, head, m.cfg.Confirmations) {
		return nil
	}
	tx.State = StateConfirmed
	if err := m.store.Update(ctx, tx); err != nil {
		return fmt.Errorf("record confirmed: %w", err)
	}
	statusErr := m.statusError(ctx, tx, rcpt)
	m.metrics.TxConfirmed(tx.Label, rcpt.Status != types.ReceiptStatusSuccessful, m.clock.Now().Sub(t.queuedAt))
	t.log.Info("transaction confirmed", zap.Stringer("hash", rcpt.TxHash), zap.Uint64("block", tx.MinedBlock),
		zap.Uint64("status", rcpt.Status), zap.Uint64("gas_used", rcpt.GasUsed), zap.Error(statusErr))
	m.finish(t, rcpt, statusErr)
	return nil
}

// renonce gives a transaction whose nonce another sender consumed the next free nonce, keeping its
// record (and its id and waiters). The record is updated before the new attempt is recorded and
// broadcast, so a crash in between broadcasts nothing under the new nonce.
func (m *Manager) renonce(ctx context.Context, t *tracked) error {
	m.nonceMu.Lock()
	defer m.nonceMu.Unlock()
	pending, err := m.chain.PendingNonceAt(ctx, m.from)
	if err != nil {
		m.metrics.RPCError()
		return fmt.Errorf("pending nonce: %w", err)
	}
	next := max(m.nextNonce, pending)
	tip, baseFee, err := m.suggestFees(ctx)
	if err != nil {
		return err
	}
	tip, feeCap, err := initialFees(tip, baseFee, m.cfg.maxFeeCap())
	if err != nil {
		return err
	}
	tx, old := t.tx, t.tx.Nonce
	tx.Nonce = next
	signed, att, err := m.sign(tx, tip, feeCap)
	if err != nil {
		tx.Nonce = old
		return err
	}
	tx.State, tx.MinedHash, tx.MinedBlock, tx.MinedBlockHash = StatePending, common.Hash{}, 0, common.Hash{}
	if err := m.store.Update(ctx, tx); err != nil {
		tx.Nonce = old
		return fmt.Errorf("record new nonce: %w", err)
	}
	m.nextNonce = next + 1
	m.metrics.Nonce(m.nextNonce)
	if err := m.store.AddAttempt(ctx, tx.ID, att); err != nil {
		return fmt.Errorf("record attempt: %w", err)
	}
	tx.Attempts = append(tx.Attempts, att)
	t.log = m.txLogger(tx)
	t.log.Warn("nonce taken by another sender of this key; re-sent under a new nonce",
		zap.Uint64("old_nonce", old), zap.Stringer("hash", att.Hash))
	out, err := m.sendWithBumps(ctx, t, signed)
	t.lastSend, t.nonceUsedAt = m.clock.Now(), 0
	m.logSend(t, "sent under a new nonce", out, err)
	return nil
}

// findReceipt looks for a receipt of any attempt of tx: the mined one first, then the newest.
func (m *Manager) findReceipt(ctx context.Context, tx *Tx) (*types.Receipt, error) {
	hashes := make([]common.Hash, 0, len(tx.Attempts)+1)
	if tx.MinedHash != (common.Hash{}) {
		hashes = append(hashes, tx.MinedHash)
	}
	for i := len(tx.Attempts) - 1; i >= 0; i-- {
		if h := tx.Attempts[i].Hash; h != tx.MinedHash {
			hashes = append(hashes, h)
		}
	}
	for _, h := range hashes {
		rcpt, err := m.chain.TransactionReceipt(ctx, h)
		if errors.Is(err, ethereum.NotFound) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("receipt %s: %w", h, err)
		}
		if rcpt != nil {
			return rcpt, nil
		}
	}
	return nil, nil
}

// resubmit re-sends a transaction that has waited ResubmitTimeout with bumped fees (or as it is
// once the fee cap is reached).
func (m *Manager) resubmit(ctx context.Context, t *tracked) error {
	signed, err := m.bumpAttempt(ctx, t)
	var out sendOutcome
	switch {
	case errors.Is(err, ErrFeeCapReached):
		t.log.Warn("stuck at the fee cap; re-broadcasting as is", zap.Error(err))
		out, err = m.publishLatest(ctx, t)
	case err != nil:
		return fmt.Errorf("bump: %w", err)
	default:
		out, err = m.sendWithBumps(ctx, t, signed)
	}
	t.lastSend = m.clock.Now()
	m.logSend(t, "re-sent stuck transaction", out, err)
	return nil
}

func (m *Manager) logSend(t *tracked, what string, out sendOutcome, err error) {
	fields := []zap.Field{zap.Stringer("hash", t.tx.Latest().Hash), zap.String("outcome", out.String())}
	switch out {
	case sendOK, sendKnown, sendNonceTooLow:
		// nonce too low: an attempt is in a block; the next pass finds its receipt.
		t.log.Info(what, fields...)
	default:
		t.log.Warn(what, append(fields, zap.Error(err))...)
	}
}

// statusError explains a reverted receipt by replaying the call on the state before its block.
func (m *Manager) statusError(ctx context.Context, tx *Tx, rcpt *types.Receipt) error {
	if rcpt == nil || rcpt.Status == types.ReceiptStatusSuccessful {
		return nil
	}
	rev := &RevertError{Reason: "reverted on-chain"}
	if rcpt.BlockNumber != nil && rcpt.BlockNumber.Sign() > 0 {
		parent := new(big.Int).Sub(rcpt.BlockNumber, big.NewInt(1))
		_, err := m.chain.CallContract(ctx, ethereum.CallMsg{From: tx.From, To: tx.To, Gas: tx.GasLimit, Value: tx.Value, Data: tx.Data}, parent)
		if decoded := m.decoder.FromError(err); decoded != nil {
			rev = decoded
		}
	}
	return fmt.Errorf("%s %s: %w", labelOr(tx.Label), rcpt.TxHash, rev)
}

func (m *Manager) failRecord(ctx context.Context, t *tracked, cause error) {
	t.tx.State, t.tx.Error = StateFailed, cause.Error()
	if err := m.store.Update(ctx, t.tx); err != nil {
		t.log.Error("record failure", zap.Error(err), zap.NamedError("cause", cause))
	}
	m.metrics.TxFailed(t.tx.Label)
	t.log.Warn("transaction failed", zap.Error(cause))
}

func (m *Manager) finish(t *tracked, rcpt *types.Receipt, err error) {
	m.mu.Lock()
	delete(m.tracked, t.tx.ID)
	h := t.handle
	if h == nil {
		h = newHandle(t.tx, m.stoppedCh)
		t.handle = h
	}
	m.mu.Unlock()
	h.complete(rcpt, err)
}

func (m *Manager) txLogger(tx *Tx) *zap.Logger {
	return m.log.With(zap.Int64("tx_id", tx.ID), zap.Uint64("nonce", tx.Nonce), zap.String("label", tx.Label))
}

func labelOr(label string) string {
	if label == "" {
		return "transaction"
	}
	return label
}

func (o sendOutcome) String() string {
	switch o {
	case sendOK:
		return "sent"
	case sendKnown:
		return "already known"
	case sendNonceTooLow:
		return "nonce too low"
	case sendReplaceUnderpriced:
		return "replacement underpriced"
	case sendUnderpriced:
		return "underpriced"
	case sendInsufficientFunds:
		return "insufficient funds"
	case sendRejected:
		return "rejected"
	case sendUnreachable:
		return "unreachable"
	}
	return "unknown"
}

// Handle follows one queued transaction.
type Handle struct {
	ID    int64
	Nonce uint64
	Label string

	done    chan struct{}
	once    sync.Once
	receipt *types.Receipt
	err     error
	stopped <-chan struct{}
}

func newHandle(tx *Tx, stopped <-chan struct{}) *Handle {
	return &Handle{ID: tx.ID, Nonce: tx.Nonce, Label: tx.Label, done: make(chan struct{}), stopped: stopped}
}

func (h *Handle) complete(rcpt *types.Receipt, err error) {
	h.once.Do(func() {
		h.receipt, h.err = rcpt, err
		close(h.done)
	})
}

// Done is closed once the transaction is confirmed or failed.
func (h *Handle) Done() <-chan struct{} { return h.done }

// Wait blocks until the transaction is confirmed or failed, ctx ends, or the manager stops. See
// Manager.Send for what it returns.
func (h *Handle) Wait(ctx context.Context) (*types.Receipt, error) {
	select {
	case <-h.done:
		return h.receipt, h.err
	case <-ctx.Done():
		return nil, fmt.Errorf("waiting for %s nonce %d: %w", labelOr(h.Label), h.Nonce, ctx.Err())
	case <-h.stopped:
		select {
		case <-h.done:
			return h.receipt, h.err
		default:
			return nil, fmt.Errorf("waiting for %s nonce %d: %w", labelOr(h.Label), h.Nonce, ErrStopped)
		}
	}
}
