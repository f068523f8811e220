// Command opcheck fails when any contract of contracts/src would deploy bytecode holding an opcode
// that our Clique chain (London rules) rejects: PUSH0, MCOPY, TLOAD, TSTORE, BLOBHASH, BLOBBASEFEE.
// It disassembles the code (skipping PUSH data and the solc metadata tail) rather than grepping hex.
//
//	go run ./tools/opcheck build/forge/out
package main

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// sourcePrefix limits the check to the contracts we deploy (not tests, scripts or libraries' mocks).
const sourcePrefix = "contracts/src/"

type artifact struct {
	Bytecode struct {
		Object string `json:"object"`
	} `json:"bytecode"`
	DeployedBytecode struct {
		Object string `json:"object"`
	} `json:"deployedBytecode"`
	Metadata struct {
		Settings struct {
			CompilationTarget map[string]string `json:"compilationTarget"`
			EVMVersion        string            `json:"evmVersion"`
		} `json:"settings"`
	} `json:"metadata"`
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: opcheck FORGE_OUT_DIR")
		os.Exit(2)
	}
	checked, problems, err := run(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "opcheck:", err)
		os.Exit(2)
	}
	for _, p := range problems {
		fmt.Println(p)
	}
	if len(problems) > 0 {
		fmt.Printf("opcheck: %d forbidden opcode(s) in deployable bytecode\n", len(problems))
		os.Exit(1)
	}
	fmt.Printf("opcheck: %d contracts clean (no PUSH0, MCOPY, TLOAD, TSTORE, BLOBHASH, BLOBBASEFEE)\n", checked)
}

func run(outDir string) (int, []string, error) {
	var problems []string
	checked := 0
	err := filepath.WalkDir(outDir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !strings.HasSuffix(path, ".json") {
			return nil
		}
		raw, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		var a artifact
		if err := json.Unmarshal(raw, &a); err != nil {
			return nil // build-info and other non-artifact JSON
		}
		deployable := false
		for src := range a.Metadata.Settings.CompilationTarget {
			if strings.HasPrefix(src, sourcePrefix) {
				deployable = true
			}
		}
		if !deployable || len(a.Bytecode.Object) <= 2 {
			return nil // interfaces and abstract contracts have no code
		}
		if v := a.Metadata.Settings.EVMVersion; v != "paris" {
			problems = append(problems, fmt.Sprintf("%s: compiled for evm %q, want paris", path, v))
		}
		creation, err := decodeHex(a.Bytecode.Object)
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		runtime, err := decodeHex(a.DeployedBytecode.Object)
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		initF, runF := checkContract(creation, runtime)
		for _, f := range initF {
			problems = append(problems, fmt.Sprintf("%s: init code offset %d: %s", path, f.Offset, f.Op))
		}
		for _, f := range runF {
			problems = append(problems, fmt.Sprintf("%s: runtime offset %d: %s", path, f.Offset, f.Op))
		}
		checked++
		return nil
	})
	sort.Strings(problems)
	if err == nil && checked == 0 {
		err = fmt.Errorf("no deployable contracts found under %s (run forge build first)", outDir)
	}
	return checked, problems, err
}
