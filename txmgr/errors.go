package txmgr

import (
	"context"
	"errors"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/rpc"
)

var (
	ErrNotStarted       = errors.New("txmgr: not started")
	ErrStopped          = errors.New("txmgr: stopped")
	ErrAlreadyStarted   = errors.New("txmgr: already started")
	ErrReverted         = errors.New("execution reverted")
	ErrInsufficientFund = errors.New("insufficient funds for gas * price + value")
	ErrRejected         = errors.New("transaction rejected by the node")
	ErrUnderpriced      = errors.New("transaction underpriced: another transaction holds the nonce")
	ErrNonceConsumed    = errors.New("nonce consumed by a transaction this manager did not send")
	ErrNonceGap         = errors.New("abandoned: the chain is missing nonces below this transaction (chain reset or key used elsewhere)")
	ErrFeeCapTooLow     = errors.New("max fee cap is below base fee plus tip")
	ErrKeyInUse         = errors.New("txmgr: another manager owns this key's nonce")
	ErrNotFound         = errors.New("txmgr: transaction not found")
	ErrDuplicateKey     = errors.New("txmgr: idempotency key already used")
	ErrChainIDMismatch  = errors.New("txmgr: rpc endpoints disagree on the chain id")
)

// sendOutcome is how a node answered eth_sendRawTransaction.
type sendOutcome int

const (
	sendOK sendOutcome = iota
	// sendKnown: the node has the transaction already: as good as accepted.
	sendKnown
	// sendNonceTooLow: the nonce is already mined (by an earlier attempt, or by someone else).
	sendNonceTooLow
	// sendReplaceUnderpriced: another transaction with this nonce sits in the pool with fees we
	// did not beat by the pool's price bump.
	sendReplaceUnderpriced
	// sendUnderpriced: the tip is below the node's minimum.
	sendUnderpriced
	// sendInsufficientFunds: the key cannot pay value + gas * fee cap.
	sendInsufficientFunds
	// sendRejected: the node answered with another error: the transaction is not in its pool.
	sendRejected
	// sendUnreachable: no answer (network, timeout, HTTP error): the node may or may not have it.
	sendUnreachable
)

// SendErrorKind names how the manager reads an eth_sendRawTransaction answer: "sent", "already
// known", "nonce too low", "replacement underpriced", "underpriced", "insufficient funds",
// "rejected" or "unreachable" (for logs and for tests against real nodes).
func SendErrorKind(err error) string { return classifySend(err).String() }

func (o sendOutcome) accepted() bool { return o == sendOK || o == sendKnown }

// classifySend maps an eth_sendRawTransaction error to an outcome. geth and anvil word their
// errors differently; both are matched.
func classifySend(err error) sendOutcome {
	if err == nil {
		return sendOK
	}
	msg := strings.ToLower(err.Error())
	switch {
	case strings.Contains(msg, "already known"), strings.Contains(msg, "already imported"),
		strings.Contains(msg, "known transaction"):
		return sendKnown
	case strings.Contains(msg, "nonce too low"):
		return sendNonceTooLow
	case strings.Contains(msg, "replacement transaction underpriced"), strings.Contains(msg, "replacement fee too low"):
		return sendReplaceUnderpriced
	case strings.Contains(msg, "insufficient funds"):
		return sendInsufficientFunds
	case strings.Contains(msg, "transaction underpriced"), strings.Contains(msg, "max priority fee per gas higher"),
		strings.Contains(msg, "fee cap less than block base fee"), strings.Contains(msg, "less than block base fee"):
		return sendUnderpriced
	}
	if isNodeAnswer(err) {
		return sendRejected
	}
	return sendUnreachable
}

// isNodeAnswer reports whether err is a JSON-RPC error object from a node (as opposed to a
// transport failure, after which the request may or may not have been processed).
func isNodeAnswer(err error) bool {
	var rpcErr rpc.Error
	return errors.As(err, &rpcErr)
}

// IsNetworkError reports whether err means the endpoint did not answer (so another endpoint
// should be tried). Node answers, "not found" and cancellation are not network errors.
func IsNetworkError(err error) bool {
	if err == nil || errors.Is(err, ethereum.NotFound) || errors.Is(err, context.Canceled) {
		return false
	}
	return !isNodeAnswer(err)
}
