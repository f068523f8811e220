package main

import (
	"bytes"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
)

// forbidden are the opcodes of Shanghai and later forks. geth v1.13.15 Clique runs London rules
// and rejects any of them at execution time.
var forbidden = map[byte]string{
	0x5f: "PUSH0",
	0x5e: "MCOPY",
	0x5c: "TLOAD",
	0x5d: "TSTORE",
	0x49: "BLOBHASH",
	0x4a: "BLOBBASEFEE",
}

var errBadHex = errors.New("bytecode is not hex")

// Finding is a forbidden opcode at an offset of a piece of code.
type Finding struct {
	Offset int
	Op     string
}

// decodeHex turns forge's "0x..." bytecode into bytes.
func decodeHex(s string) ([]byte, error) {
	s = strings.TrimPrefix(s, "0x")
	if strings.Contains(s, "__$") {
		return nil, fmt.Errorf("%w: unlinked library placeholder", errBadHex)
	}
	b, err := hex.DecodeString(s)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", errBadHex, err)
	}
	return b, nil
}

// stripMetadata drops solc's CBOR metadata tail: the last two bytes give its length. Without a
// plausible tail the code is returned whole.
func stripMetadata(code []byte) []byte {
	if len(code) < 2 {
		return code
	}
	n := int(code[len(code)-2])<<8 | int(code[len(code)-1])
	if n == 0 || n+2 > len(code) {
		return code
	}
	tail := code[len(code)-2-n : len(code)-2]
	// The CBOR map starts with 0xa1..0xa5 (a map of 1-5 entries) in every solc release.
	if tail[0] < 0xa1 || tail[0] > 0xa5 {
		return code
	}
	return code[:len(code)-2-n]
}

// scan disassembles code linearly, skipping PUSH data, and reports forbidden opcodes.
func scan(code []byte) []Finding {
	var out []Finding
	for pc := 0; pc < len(code); pc++ {
		op := code[pc]
		if name, bad := forbidden[op]; bad {
			out = append(out, Finding{Offset: pc, Op: name})
		}
		if op >= 0x60 && op <= 0x7f { // PUSH1..PUSH32
			pc += int(op - 0x5f)
		}
	}
	return out
}

// checkContract scans the runtime code (metadata tail removed) and the init code that precedes the
// runtime template inside the creation code.
func checkContract(creation, runtime []byte) (initFindings, runtimeFindings []Finding) {
	runtimeFindings = scan(stripMetadata(runtime))
	initCode := creation
	if len(runtime) > 0 {
		if i := bytes.Index(creation, runtime); i >= 0 {
			initCode = creation[:i]
		} else {
			initCode = stripMetadata(creation)
		}
	}
	initFindings = scan(initCode)
	return initFindings, runtimeFindings
}
