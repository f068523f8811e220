package main

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestScan(t *testing.T) {
	tests := []struct {
		name string
		code []byte
		want []Finding
	}{
		{name: "clean", code: []byte{0x60, 0x80, 0x60, 0x40, 0x52, 0x00}},
		{name: "push0 as an opcode", code: []byte{0x60, 0x01, 0x5f, 0x00}, want: []Finding{{Offset: 2, Op: "PUSH0"}}},
		{name: "0x5f inside PUSH1 data is data", code: []byte{0x60, 0x5f, 0x00}},
		{name: "0x5e inside PUSH32 data is data", code: append(append([]byte{0x7f}, make32(0x5e)...), 0x00)},
		{name: "every forbidden opcode", code: []byte{0x5f, 0x5e, 0x5c, 0x5d, 0x49, 0x4a}, want: []Finding{
			{0, "PUSH0"}, {1, "MCOPY"}, {2, "TLOAD"}, {3, "TSTORE"}, {4, "BLOBHASH"}, {5, "BLOBBASEFEE"},
		}},
		{name: "truncated push at the end", code: []byte{0x61, 0x5f}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.Equal(t, tt.want, scan(tt.code))
		})
	}
}

func make32(b byte) []byte {
	out := make([]byte, 32)
	for i := range out {
		out[i] = b
	}
	return out
}

func TestStripMetadataIgnoresTail(t *testing.T) {
	// runtime: STOP, then a 4-byte "CBOR map" holding 0x5f, then its length (0x0004).
	code := []byte{0x00, 0xa1, 0x5f, 0x5e, 0x5c, 0x00, 0x04}
	require.Empty(t, scan(stripMetadata(code)))
	require.NotEmpty(t, scan(code), "without stripping, the tail would be misread as opcodes")
}

func TestCheckContractSplitsInitAndRuntime(t *testing.T) {
	runtime := []byte{0x60, 0x01, 0x00, 0xa1, 0x5f, 0x00, 0x02}
	initCode := []byte{0x60, 0x07, 0x5f, 0xf3}
	creation := append(append([]byte{}, initCode...), runtime...)
	initF, runF := checkContract(creation, runtime)
	require.Equal(t, []Finding{{Offset: 2, Op: "PUSH0"}}, initF)
	require.Empty(t, runF)
}
