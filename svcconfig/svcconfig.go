// Package svcconfig loads the configuration of the long-running services (meterbridge, the
// oracle relayer, the keeper) the same way: the service's defaults, then a file (yaml, toml or
// json), then environment variables <PREFIX>_<KEY> for every setting, and builds their zap
// loggers.
package svcconfig

import (
	"errors"
	"fmt"
	"reflect"
	"strings"

	"github.com/go-viper/mapstructure/v2"
	"github.com/spf13/viper"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
)

// Load fills out (a pointer to a config struct with mapstructure tags) from defaults (a value of
// the same struct type), then the file at path ("" skips it), then the environment: every leaf
// setting "a.b_c" is read from <envPrefix>_A_B_C, and db.dsn also from PG_DSN. Lists of structs
// are left to the file. Durations parse from strings ("15s"), lists from comma-separated values.
func Load(path, envPrefix string, defaults, out any) error {
	v := viper.New()
	for key, val := range Keys(defaults) {
		v.SetDefault(key, val)
		env := envPrefix + "_" + strings.ToUpper(strings.ReplaceAll(key, ".", "_"))
		if key == "db.dsn" {
			_ = v.BindEnv(key, env, "PG_DSN") // BindEnv fails only without a key
			continue
		}
		_ = v.BindEnv(key, env)
	}
	if path != "" {
		v.SetConfigFile(path)
		if err := v.ReadInConfig(); err != nil {
			return fmt.Errorf("read config %s: %w", path, err)
		}
	}
	hook := mapstructure.ComposeDecodeHookFunc(mapstructure.TextUnmarshallerHookFunc(),
		mapstructure.StringToTimeDurationHookFunc(), mapstructure.StringToSliceHookFunc(","))
	if err := v.Unmarshal(out, viper.DecodeHook(hook)); err != nil {
		return fmt.Errorf("decode config: %w", err)
	}
	return nil
}

// Keys lists the leaf settings of a config struct (or a pointer to one) by their dotted
// mapstructure keys, with their values.
func Keys(cfg any) map[string]any {
	v := reflect.ValueOf(cfg)
	for v.Kind() == reflect.Pointer {
		v = v.Elem()
	}
	out := map[string]any{}
	flatten("", v, out)
	return out
}

func flatten(prefix string, v reflect.Value, out map[string]any) {
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag, _, _ := strings.Cut(f.Tag.Get("mapstructure"), ",")
		if tag == "" || tag == "-" || !f.IsExported() {
			continue
		}
		key := tag
		if prefix != "" {
			key = prefix + "." + tag
		}
		fv := v.Field(i)
		switch {
		case fv.Kind() == reflect.Struct && !isLeafStruct(fv.Type()):
			flatten(key, fv, out)
		case fv.Kind() == reflect.Slice && fv.Type().Elem().Kind() == reflect.Struct:
			// configured in the file only
		default:
			out[key] = fv.Interface()
		}
	}
}

// isLeafStruct tells structs that are one setting (decoded from text) from groups of settings.
func isLeafStruct(t reflect.Type) bool {
	return reflect.PointerTo(t).Implements(reflect.TypeFor[interface{ UnmarshalText([]byte) error }]())
}

// ErrLogLevel is a log level zap does not know.
var ErrLogLevel = errors.New("log.level must be debug, info, warn or error")

// Log configures a service's logger.
type Log struct {
	// Level is debug, info, warn or error.
	Level string `mapstructure:"level"`
	// Format is json (production) or console (development).
	Format string `mapstructure:"format"`
}

// NewLogger builds the zap logger the configuration asks for, writing to stderr.
func (c Log) NewLogger() (*zap.Logger, error) {
	level, err := zapcore.ParseLevel(c.Level)
	if err != nil {
		return nil, ErrLogLevel
	}
	zc := zap.NewProductionConfig()
	if c.Format == "console" {
		zc = zap.NewDevelopmentConfig()
	}
	zc.Level = zap.NewAtomicLevelAt(level)
	zc.OutputPaths = []string{"stderr"}
	return zc.Build()
}
