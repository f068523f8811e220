// Package gridctl is the operator CLI of the campus market: chain health, user and meter
// administration, token operations, role audit and Clique signer governance.
//
// Commands live in a table (commands.go); adding one (`order sell`, `epoch show`) is one entry
// and one run function. Settings come from flags, then GRIDCTL_* environment variables, then an
// optional config file, then the deployment manifest.
package gridctl

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/viper"

	"github.com/campus-grid/gridchain/txmgr"
)

// Exit statuses.
const (
	ExitOK    = 0
	ExitFail  = 1 // a command failed: unreachable node, reverted transaction, unhealthy chain
	ExitUsage = 2 // wrong arguments
)

// ErrUsage marks wrong arguments (exit status 2).
var ErrUsage = errors.New("usage")

// ErrUnhealthy is returned by status when a health check fails.
var ErrUnhealthy = errors.New("unhealthy")

func usageErr(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrUsage, fmt.Sprintf(format, args...))
}

// Settings are the global options every command shares (viper keys in brackets).
type Settings struct {
	Manifest      string        // [manifest] deployment manifest path
	RPC           []string      // [rpc] JSON-RPC URLs (default: the manifest's RPC nodes)
	IPC           string        // [ipc] operator endpoint for signer commands (default: the node's IPC)
	Node          string        // [node] node name for signer commands ("all" for every node)
	Key           string        // hex private key, from the environment only (EnvKey)
	KeyFile       string        // [key-file] file holding the hex private key
	As            string        // [as] a named account of the manifest (devnet)
	JSON          bool          // [json] machine-readable output
	Confirmations uint64        // [confirmations] depth a sent transaction waits for
	Timeout       time.Duration // [timeout] bound on the whole command
	GasAllowance  string        // [gas-allowance] native coin sent to newly registered users
	MaxBlockAge   time.Duration // [max-block-age] status: older head means unhealthy
}

// globalFlag describes one global option.
type globalFlag struct {
	name, usage string
	def         any
	isBool      bool
}

var globalFlags = []globalFlag{
	{name: "config", usage: "config file (yaml, toml or json)", def: ""},
	{name: "manifest", usage: "deployment manifest", def: "build/devnet/deployment.json"},
	{name: "rpc", usage: "comma-separated JSON-RPC URLs (default: the manifest's RPC nodes)", def: ""},
	{name: "ipc", usage: "operator endpoint (IPC path or URL) for signer commands", def: ""},
	{name: "node", usage: "node name for signer commands, or \"all\"", def: ""},
	{name: "key-file", usage: "file holding the sender's hex private key", def: ""},
	{name: "as", usage: "send as a named account of the manifest (devnet), e.g. registrar", def: ""},
	{name: "json", usage: "print JSON", def: false, isBool: true},
	{name: "confirmations", usage: "blocks a sent transaction waits for", def: "1"},
	{name: "timeout", usage: "bound on the whole command", def: "2m"},
	{name: "gas-allowance", usage: "native coin sent to a newly registered user, in ether units", def: "0.1"},
	{name: "max-block-age", usage: "status: a head older than this is unhealthy", def: "30s"},
}

// EnvKey is the environment variable that may hold the sender's hex private key. There is no
// --key flag: a command line shows in ps and in the shell history.
const EnvKey = "GRIDCTL_KEY"

// keyOnCommandLine reports whether args pass a private key as a flag (--key, -key, --key=...).
func keyOnCommandLine(args []string) bool {
	for _, a := range args {
		if a == "--" {
			return false
		}
		name, _, _ := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if strings.HasPrefix(a, "-") && name == "key" {
			return true
		}
	}
	return false
}

func isGlobalValueFlag(name string) bool {
	for _, g := range globalFlags {
		if g.name == name {
			return !g.isBool
		}
	}
	return false
}

// invocation is a parsed command line.
type invocation struct {
	cmd        *command
	args       []string
	v          *viper.Viper
	local      map[string]*string
	localBools map[string]*bool
}

// Run executes one gridctl command line (without the program name) and returns the exit status.
func Run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	inv, err := parse(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return ExitOK
	}
	if err != nil {
		fmt.Fprintf(stderr, "gridctl: %v\n", err)
		if errors.Is(err, ErrUsage) {
			fmt.Fprintln(stderr, "run 'gridctl help' for the commands")
			return ExitUsage
		}
		return ExitFail
	}
	settings, err := loadSettings(inv.v)
	if err != nil {
		fmt.Fprintf(stderr, "gridctl: %v\n", err)
		return ExitUsage
	}
	ctx, cancel := context.WithTimeout(ctx, settings.Timeout)
	defer cancel()
	env := newEnv(settings, stdout, stderr)
	defer env.close()
	err = inv.cmd.run(ctx, env, inv)
	if err == nil {
		return ExitOK
	}
	fmt.Fprintf(stderr, "gridctl %s: %v%s\n", inv.cmd.name, err, revertHint(err))
	if errors.Is(err, ErrUsage) {
		fmt.Fprintf(stderr, "usage: gridctl %s %s\n", inv.cmd.name, inv.cmd.args)
		return ExitUsage
	}
	return ExitFail
}

// revertHint names the role an AccessControlUnauthorizedAccount error asks for.
func revertHint(err error) string {
	var rev *txmgr.RevertError
	if !errors.As(err, &rev) || rev.Name != "AccessControlUnauthorizedAccount" || len(rev.Args) != 2 {
		return ""
	}
	account, _ := rev.Args[0].(common.Address)
	role, ok := rev.Args[1].([32]byte)
	if !ok {
		return ""
	}
	return fmt.Sprintf(" (%s lacks %s)", account.Hex(), roleName(common.Hash(role)))
}

// parse finds the command (one or two words anywhere among the flags), then parses global and
// command flags interspersed with the positional arguments.
func parse(args []string, stderr io.Writer) (*invocation, error) {
	if keyOnCommandLine(args) {
		return nil, usageErr("%v", ErrKeyFlag)
	}
	var words []string
	var rest []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			rest = append(rest, args[i:]...)
			break
		}
		if strings.HasPrefix(a, "-") && len(a) > 1 {
			rest = append(rest, a)
			name := strings.TrimLeft(a, "-")
			if !strings.Contains(name, "=") && isGlobalValueFlag(name) && i+1 < len(args) {
				rest = append(rest, args[i+1])
				i++
			}
			continue
		}
		if len(words) < 2 && lookupPrefix(append(words, a)) {
			words = append(words, a)
			continue
		}
		rest = append(rest, a)
	}
	if len(words) == 0 || words[0] == "help" {
		printHelp(stderr, words)
		if len(words) == 0 && len(rest) > 0 && rest[0] != "-h" && rest[0] != "--help" && rest[0] != "-help" {
			return nil, usageErr("unknown command %q", rest[0])
		}
		return nil, flag.ErrHelp
	}
	cmd := lookup(strings.Join(words, " "))
	if cmd == nil {
		printHelp(stderr, words)
		return nil, usageErr("%q needs a subcommand", words[0])
	}

	fs := flag.NewFlagSet("gridctl "+cmd.name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	strs := map[string]*string{}
	bools := map[string]*bool{}
	for _, g := range globalFlags {
		if g.isBool {
			bools[g.name] = fs.Bool(g.name, false, g.usage)
		} else {
			strs[g.name] = fs.String(g.name, "", g.usage)
		}
	}
	inv := &invocation{cmd: cmd, local: map[string]*string{}, localBools: map[string]*bool{}}
	for _, f := range cmd.flags {
		if f.isBool {
			inv.localBools[f.name] = fs.Bool(f.name, f.def == "true", f.usage)
		} else {
			inv.local[f.name] = fs.String(f.name, f.def, f.usage)
		}
	}
	// Interspersed: parse flags, take one positional argument, go on.
	for {
		if err := fs.Parse(rest); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				printCommandHelp(stderr, cmd, fs)
				return nil, flag.ErrHelp
			}
			return nil, usageErr("%s: %v", cmd.name, err)
		}
		if fs.NArg() == 0 {
			break
		}
		if fs.Arg(0) == "--" {
			inv.args = append(inv.args, fs.Args()[1:]...)
			break
		}
		inv.args = append(inv.args, fs.Arg(0))
		rest = fs.Args()[1:]
	}

	v := viper.New()
	v.SetEnvPrefix("GRIDCTL")
	v.SetEnvKeyReplacer(strings.NewReplacer("-", "_"))
	v.AutomaticEnv()
	for _, g := range globalFlags {
		v.SetDefault(g.name, g.def)
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	cfgFile := v.GetString("config")
	if set["config"] {
		cfgFile = *strs["config"]
	}
	if cfgFile != "" {
		v.SetConfigFile(cfgFile)
		if err := v.ReadInConfig(); err != nil {
			return nil, usageErr("config %s: %v", cfgFile, err)
		}
	}
	for name, p := range strs {
		if set[name] {
			v.Set(name, *p)
		}
	}
	for name, p := range bools {
		if set[name] {
			v.Set(name, *p)
		}
	}
	inv.v = v
	return inv, nil
}

func loadSettings(v *viper.Viper) (Settings, error) {
	s := Settings{
		Manifest: v.GetString("manifest"), IPC: v.GetString("ipc"), Node: v.GetString("node"),
		Key: os.Getenv(EnvKey), KeyFile: v.GetString("key-file"), As: v.GetString("as"),
		JSON: v.GetBool("json"), GasAllowance: v.GetString("gas-allowance"),
	}
	for _, u := range strings.Split(v.GetString("rpc"), ",") {
		if u = strings.TrimSpace(u); u != "" {
			s.RPC = append(s.RPC, u)
		}
	}
	var err error
	if s.Confirmations, err = parseUint(v.GetString("confirmations")); err != nil || s.Confirmations == 0 {
		return s, usageErr("--confirmations must be a positive integer, got %q", v.GetString("confirmations"))
	}
	if s.Timeout, err = time.ParseDuration(v.GetString("timeout")); err != nil || s.Timeout <= 0 {
		return s, usageErr("--timeout must be a positive duration such as 90s, got %q", v.GetString("timeout"))
	}
	if s.MaxBlockAge, err = time.ParseDuration(v.GetString("max-block-age")); err != nil || s.MaxBlockAge <= 0 {
		return s, usageErr("--max-block-age must be a positive duration, got %q", v.GetString("max-block-age"))
	}
	if _, err := parseAmount(s.GasAllowance); err != nil {
		return s, usageErr("--gas-allowance: %v", err)
	}
	keys := 0
	for _, k := range []string{s.Key, s.KeyFile, s.As} {
		if k != "" {
			keys++
		}
	}
	if keys > 1 {
		return s, usageErr("give only one of %s, --key-file and --as", EnvKey)
	}
	return s, nil
}

func printHelp(w io.Writer, words []string) {
	fmt.Fprintln(w, "gridctl: operator CLI of the campus solar market")
	fmt.Fprintln(w, "\nusage: gridctl [global flags] <command> [flags] [arguments]")
	fmt.Fprintln(w, "\ncommands:")
	names := make([]string, 0, len(commands))
	for _, c := range commands {
		if len(words) > 0 && words[0] != "help" && !strings.HasPrefix(c.name, words[0]) {
			continue
		}
		names = append(names, c.name)
	}
	sort.Strings(names)
	for _, n := range names {
		c := lookup(n)
		fmt.Fprintf(w, "  %-18s %-44s %s\n", c.name, c.args, c.summary)
	}
	fmt.Fprintln(w, "\nglobal flags (also GRIDCTL_<NAME> environment variables, '-' as '_'):")
	for _, g := range globalFlags {
		def := fmt.Sprint(g.def)
		if g.isBool || def == "" {
			fmt.Fprintf(w, "  --%-16s %s\n", g.name, g.usage)
		} else {
			fmt.Fprintf(w, "  --%-16s %s (default %s)\n", g.name, g.usage, def)
		}
	}
}

func printCommandHelp(w io.Writer, c *command, fs *flag.FlagSet) {
	fmt.Fprintf(w, "usage: gridctl %s %s\n\n%s\n", c.name, c.args, c.summary)
	if len(c.flags) > 0 {
		fmt.Fprintln(w, "\nflags:")
		for _, f := range c.flags {
			fmt.Fprintf(w, "  --%-16s %s", f.name, f.usage)
			if f.def != "" && !f.isBool {
				fmt.Fprintf(w, " (default %s)", f.def)
			}
			fmt.Fprintln(w)
		}
	}
	_ = fs
}

// Main is the whole program: it runs os.Args and exits.
func Main() {
	ctx, stop := signalContext()
	code := Run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
