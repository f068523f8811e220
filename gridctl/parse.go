package gridctl

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"
	"unicode"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Decimals of GRID, the settlement token and the native coin.
const Decimals = 18

func parseUint(s string) (uint64, error) { return strconv.ParseUint(strings.TrimSpace(s), 10, 64) }

// parseAddress accepts 0x + 40 hex digits.
func parseAddress(s string) (common.Address, error) {
	if !common.IsHexAddress(s) || !strings.HasPrefix(s, "0x") {
		return common.Address{}, usageErr("%q is not an address (0x + 40 hex digits)", s)
	}
	return common.HexToAddress(s), nil
}

// parseAmount reads a decimal token amount ("12.5") into base units (18 decimals).
func parseAmount(s string) (*big.Int, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil, usageErr("empty amount")
	}
	whole, frac, hasDot := strings.Cut(s, ".")
	if hasDot && frac == "" || whole == "" && frac == "" {
		return nil, usageErr("%q is not an amount", s)
	}
	if len(frac) > Decimals {
		return nil, usageErr("%q has more than %d decimals", s, Decimals)
	}
	for _, part := range []string{whole, frac} {
		for _, r := range part {
			if r < '0' || r > '9' {
				return nil, usageErr("%q is not a non-negative decimal amount", s)
			}
		}
	}
	digits := whole + frac + strings.Repeat("0", Decimals-len(frac))
	v, ok := new(big.Int).SetString(strings.TrimLeft(digits, "0")+"0", 10)
	if !ok {
		return nil, usageErr("%q is not an amount", s)
	}
	return v.Div(v, big.NewInt(10)), nil
}

// formatAmount prints base units as a decimal with trailing zeros trimmed ("12.5").
func formatAmount(v *big.Int) string {
	if v == nil {
		return "0"
	}
	neg := v.Sign() < 0
	abs := new(big.Int).Abs(v)
	unit := new(big.Int).Exp(big.NewInt(10), big.NewInt(Decimals), nil)
	whole, frac := new(big.Int).QuoRem(abs, unit, new(big.Int))
	out := whole.String()
	if frac.Sign() > 0 {
		f := fmt.Sprintf("%018s", frac.String())
		out += "." + strings.TrimRight(f, "0")
	}
	if neg {
		out = "-" + out
	}
	return out
}

// parseMeterID accepts a 0x-prefixed 32-byte hex id, or a name of at most 32 bytes stored
// left-aligned (Solidity's bytes32("MTR-001"), as the meter simulator does).
func parseMeterID(s string) ([32]byte, error) {
	var id [32]byte
	if strings.HasPrefix(s, "0x") && len(s) == 66 {
		b, err := hexBytes(s)
		if err != nil {
			return id, usageErr("meter id %q: %v", s, err)
		}
		copy(id[:], b)
	} else {
		if s == "" || len(s) > 32 {
			return id, usageErr("meter id %q must be 1 to 32 characters or 0x + 64 hex digits", s)
		}
		copy(id[:], s)
	}
	if id == ([32]byte{}) {
		return id, usageErr("meter id must not be zero")
	}
	return id, nil
}

// meterName shows a meter id as its text when it is printable text, else as hex.
func meterName(id [32]byte) string {
	end := len(id)
	for end > 0 && id[end-1] == 0 {
		end--
	}
	for _, b := range id[:end] {
		if b == 0 || b > unicode.MaxASCII || !unicode.IsPrint(rune(b)) {
			return common.Hash(id).Hex()
		}
	}
	return string(id[:end])
}

func hexBytes(s string) ([]byte, error) { return common.ParseHexOrString(s) }

// parseRef turns a reference (0x + 64 hex digits, or any text hashed with keccak256) into bytes32.
func parseRef(s string) [32]byte {
	if strings.HasPrefix(s, "0x") && len(s) == 66 {
		if b, err := hexBytes(s); err == nil {
			var out [32]byte
			copy(out[:], b)
			return out
		}
	}
	return crypto.Keccak256Hash([]byte(s))
}

// User types and statuses as IRegistry numbers them.
var (
	userTypes    = []string{"none", "prosumer", "consumer"}
	userStatuses = []string{"none", "active", "suspended"}
)

func parseUserType(s string) (uint8, error) {
	for i, name := range userTypes {
		if i > 0 && strings.EqualFold(s, name) {
			return uint8(i), nil
		}
	}
	return 0, usageErr("user type %q must be prosumer or consumer", s)
}

func enumName(names []string, v uint8) string {
	if int(v) < len(names) {
		return names[v]
	}
	return fmt.Sprintf("unknown(%d)", v)
}

func signalContext() (context.Context, context.CancelFunc) {
	return signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
}
