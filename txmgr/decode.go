package txmgr

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"
	"reflect"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
)

// RevertError is a call or transaction that reverted, with its decoded reason.
type RevertError struct {
	// Reason is the decoded error, e.g. `Registry__UserAlreadyRegistered(0xAb..)`, the message of
	// a require string, a panic description, or `unknown error 0x12345678` when no ABI knows it.
	Reason string
	// Name is the custom error's name when it was decoded ("" otherwise).
	Name string
	// Args are the custom error's arguments when it was decoded.
	Args []any
	// Data is the raw revert data.
	Data []byte
}

func (e *RevertError) Error() string {
	if e.Reason == "" {
		return ErrReverted.Error()
	}
	return ErrReverted.Error() + ": " + e.Reason
}

// Is makes errors.Is(err, ErrReverted) true.
func (e *RevertError) Is(target error) bool { return target == ErrReverted }

var (
	errorSelector = []byte{0x08, 0xc3, 0x79, 0xa0} // Error(string)
	panicSelector = []byte{0x4e, 0x48, 0x7b, 0x71} // Panic(uint256)
)

// ErrorDecoder turns revert data into readable reasons using the custom errors of ABIs.
type ErrorDecoder struct {
	byID map[[4]byte]abi.Error
}

// NewErrorDecoder builds a decoder from any mix of *abi.ABI, abi.ABI and *bind.MetaData (the
// MetaData variables of the generated bindings).
func NewErrorDecoder(sources ...any) (*ErrorDecoder, error) {
	d := &ErrorDecoder{byID: map[[4]byte]abi.Error{}}
	for i, src := range sources {
		var parsed *abi.ABI
		switch s := src.(type) {
		case *abi.ABI:
			parsed = s
		case abi.ABI:
			parsed = &s
		case *bind.MetaData:
			p, err := s.ParseABI()
			if err != nil {
				return nil, fmt.Errorf("error decoder: abi %d: %w", i, err)
			}
			parsed = p
		default:
			return nil, fmt.Errorf("error decoder: abi %d: unsupported type %T", i, src)
		}
		for _, e := range parsed.Errors {
			var id [4]byte
			copy(id[:], e.ID[:4])
			d.byID[id] = e
		}
	}
	return d, nil
}

// MustErrorDecoder is NewErrorDecoder for package-level setup with the generated bindings.
func MustErrorDecoder(sources ...any) *ErrorDecoder {
	d, err := NewErrorDecoder(sources...)
	if err != nil {
		panic(err)
	}
	return d
}

// Decode describes revert data.
func (d *ErrorDecoder) Decode(data []byte) *RevertError {
	out := &RevertError{Data: data}
	switch {
	case len(data) == 0:
		out.Reason = "no reason given"
	case len(data) < 4:
		out.Reason = "malformed revert data " + hexutil.Encode(data)
	case bytes.Equal(data[:4], errorSelector):
		if msg, err := abi.UnpackRevert(data); err == nil {
			out.Reason = msg
		} else {
			out.Reason = "malformed Error(string) " + hexutil.Encode(data)
		}
	case bytes.Equal(data[:4], panicSelector):
		if len(data) != 36 {
			out.Reason = "malformed Panic(uint256) " + hexutil.Encode(data)
			return out
		}
		code := new(big.Int).SetBytes(data[4:])
		out.Reason = fmt.Sprintf("panic 0x%x (%s)", code, panicText(code.Uint64()))
	default:
		var id [4]byte
		copy(id[:], data[:4])
		e, ok := d.lookup(id)
		if !ok {
			out.Reason = "unknown error " + hexutil.Encode(data[:4])
			if len(data) > 4 {
				out.Reason += " data " + hexutil.Encode(data[4:])
			}
			return out
		}
		args, err := e.Inputs.Unpack(data[4:])
		if err != nil {
			out.Reason = fmt.Sprintf("%s(<undecodable %s>)", e.Name, hexutil.Encode(data[4:]))
			out.Name = e.Name
			return out
		}
		out.Name, out.Args = e.Name, args
		parts := make([]string, len(args))
		for i, a := range args {
			parts[i] = formatArg(a)
		}
		out.Reason = e.Name + "(" + strings.Join(parts, ", ") + ")"
	}
	return out
}

func (d *ErrorDecoder) lookup(id [4]byte) (abi.Error, bool) {
	if d == nil {
		return abi.Error{}, false
	}
	e, ok := d.byID[id]
	return e, ok
}

// FromError extracts and decodes the revert carried by an RPC error (eth_call, eth_estimateGas).
// It returns nil when err is not a revert.
func (d *ErrorDecoder) FromError(err error) *RevertError {
	if err == nil {
		return nil
	}
	var de rpc.DataError
	if errors.As(err, &de) {
		if data, ok := revertData(de.ErrorData()); ok {
			return d.Decode(data)
		}
	}
	if strings.Contains(strings.ToLower(err.Error()), "execution reverted") {
		// A revert without data (e.g. `revert()`); keep the node's own words.
		return &RevertError{Reason: strings.TrimPrefix(strings.TrimPrefix(err.Error(), "execution reverted"), ": ")}
	}
	return nil
}

func revertData(v any) ([]byte, bool) {
	switch x := v.(type) {
	case string:
		b, err := hexutil.Decode(x)
		return b, err == nil
	case []byte:
		return x, true
	case hexutil.Bytes:
		return x, true
	}
	return nil, false
}

func formatArg(a any) string {
	switch v := a.(type) {
	case common.Address:
		return v.Hex()
	case [32]byte:
		return hexutil.Encode(v[:])
	case []byte:
		return hexutil.Encode(v)
	case *big.Int:
		return v.String()
	case string:
		return fmt.Sprintf("%q", v)
	}
	rv := reflect.ValueOf(a)
	if rv.Kind() == reflect.Array && rv.Type().Elem().Kind() == reflect.Uint8 {
		b := make([]byte, rv.Len())
		reflect.Copy(reflect.ValueOf(b), rv)
		return hexutil.Encode(b)
	}
	return fmt.Sprint(a)
}

func panicText(code uint64) string {
	switch code {
	case 0x01:
		return "assertion failed"
	case 0x11:
		return "arithmetic overflow or underflow"
	case 0x12:
		return "division or modulo by zero"
	case 0x21:
		return "invalid enum value"
	case 0x22:
		return "invalid storage byte array"
	case 0x31:
		return "pop on empty array"
	case 0x32:
		return "array index out of bounds"
	case 0x41:
		return "out of memory"
	case 0x51:
		return "call to a zero function"
	}
	return "unknown panic"
}
