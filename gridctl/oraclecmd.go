package gridctl

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/campus-grid/gridchain/chain/manifest"
)

// Request statuses as IOracleClient numbers them.
var requestStatuses = []string{"none", "pending", "fulfilled", "expired"}

func oracleInstance(addr common.Address) func(bind.ContractBackend) *bind.BoundContract {
	return func(b bind.ContractBackend) *bind.BoundContract { return oracle.Instance(b, addr) }
}

// parseIntervalEnd reads a positive unix time in seconds, or an RFC 3339 time.
func parseIntervalEnd(s string) (uint64, error) {
	if s == "" {
		return 0, usageErr("--interval-end (unix seconds) is required")
	}
	if n, err := parseUint(s); err == nil {
		if n == 0 {
			return 0, usageErr("--interval-end must be after 1970-01-01 (unix seconds > 0)")
		}
		return n, nil
	}
	t, err := time.Parse(time.RFC3339, strings.TrimSpace(s))
	if err != nil || t.Unix() <= 0 {
		return 0, usageErr("--interval-end %q is neither unix seconds nor an RFC 3339 time", s)
	}
	return uint64(t.Unix()), nil
}

type requestView struct {
	RequestID      uint64 `json:"requestId"`
	Meter          string `json:"meter"`
	MeterID        string `json:"meterId"`
	IntervalEnd    uint64 `json:"intervalEnd"`
	IntervalEndUTC string `json:"intervalEndUtc"`
	ExpiresAtBlock uint64 `json:"expiresAtBlock"`
	Status         string `json:"status"`
	Head           uint64 `json:"head,omitempty"`
}

func runOracleRequest(ctx context.Context, e *Env, inv *invocation) error {
	meterID, err := parseMeterID(inv.args[0])
	if err != nil {
		return err
	}
	end, err := parseIntervalEnd(inv.flag("interval-end"))
	if err != nil {
		return err
	}
	addr, err := e.contract(manifest.OracleClient)
	if err != nil {
		return err
	}
	tx, rcpt, err := e.sendReceipt(ctx, "requestEnergyData", addr, oracle.PackRequestEnergyData(meterID, end), nil)
	if err != nil {
		return err
	}
	req := findEvent(rcpt, addr, oracle.UnpackEnergyDataRequestedEvent)
	if req == nil {
		return fmt.Errorf("requestEnergyData %s mined without an EnergyDataRequested event", tx.Hash)
	}
	v := requestView{RequestID: req.RequestId.Uint64(), Meter: meterName(meterID), MeterID: common.Hash(meterID).Hex(),
		IntervalEnd: end, IntervalEndUTC: time.Unix(int64(end), 0).UTC().Format(time.RFC3339),
		ExpiresAtBlock: req.ExpiresAtBlock, Status: "pending"}
	if findEvent(rcpt, addr, oracle.UnpackEnergyDataFulfilledEvent) != nil {
		v.Status = "fulfilled"
	}
	return e.emit(map[string]any{"tx": tx, "request": v}, func(w io.Writer) {
		fmt.Fprintf(w, "oracle request %d for meter %s up to %s: %s", v.RequestID, v.Meter, v.IntervalEndUTC, v.Status)
		if v.Status == "fulfilled" {
			fmt.Fprintln(w, " at once (the meter's applied readings already reach it)")
		} else {
			fmt.Fprintf(w, " until block %d\n", v.ExpiresAtBlock)
		}
	})
}

func runOracleShow(ctx context.Context, e *Env, inv *invocation) error {
	n, err := parseUint(inv.args[0])
	if err != nil {
		return usageErr("request id %q is not a number", inv.args[0])
	}
	addr, err := e.contract(manifest.OracleClient)
	if err != nil {
		return err
	}
	r, err := call(ctx, e, oracleInstance(addr), oracle.PackGetRequest(new(big.Int).SetUint64(n)), oracle.UnpackGetRequest)
	if err != nil {
		return fmt.Errorf("getRequest(%d): %w", n, err)
	}
	if r.Status == 0 {
		return fmt.Errorf("no oracle request %d", n)
	}
	v := requestView{RequestID: n, Meter: meterName(r.MeterId), MeterID: common.Hash(r.MeterId).Hex(), IntervalEnd: r.IntervalEnd,
		IntervalEndUTC: time.Unix(int64(r.IntervalEnd), 0).UTC().Format(time.RFC3339), ExpiresAtBlock: r.ExpiresAtBlock,
		Status: enumName(requestStatuses, r.Status)}
	if c, err := e.reader(ctx); err == nil {
		if head, err := c.BlockNumber(ctx); err == nil {
			v.Head = head
		}
	}
	return e.emit(v, func(w io.Writer) {
		fmt.Fprintf(w, "oracle request %d: meter %s up to %s (%d), %s", v.RequestID, v.Meter, v.IntervalEndUTC, v.IntervalEnd, v.Status)
		switch {
		case v.Status == "pending" && v.Head > v.ExpiresAtBlock:
			fmt.Fprintf(w, ", past its last block %d (head %d): a keeper expires it\n", v.ExpiresAtBlock, v.Head)
		case v.Status == "pending":
			fmt.Fprintf(w, " until block %d (head %d)\n", v.ExpiresAtBlock, v.Head)
		default:
			fmt.Fprintf(w, " (last block %d)\n", v.ExpiresAtBlock)
		}
	})
}
