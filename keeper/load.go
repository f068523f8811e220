package keeper

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/go-viper/mapstructure/v2"
	"github.com/spf13/viper"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
)

// EnvPrefix prefixes the environment variables that override the configuration file:
// KEEPER_INDEX, KEEPER_RPC_URLS (comma separated), KEEPER_DB_DSN, KEEPER_TXMGR_CONFIRMATIONS...
const EnvPrefix = "KEEPER"

// LoadConfig reads the configuration file at path (yaml, toml or json; "" for none) over
// DefaultConfig, then applies KEEPER_* environment overrides (PG_DSN also sets db.dsn).
func LoadConfig(path string) (Config, error) {
	v := viper.New()
	def := DefaultConfig()
	for key, val := range flatten("", reflect.ValueOf(def)) {
		v.SetDefault(key, val)
		env := EnvPrefix + "_" + strings.ToUpper(strings.ReplaceAll(key, ".", "_"))
		if key == "db.dsn" {
			_ = v.BindEnv(key, env, "PG_DSN") // BindEnv fails only without a key
			continue
		}
		_ = v.BindEnv(key, env)
	}
	if path != "" {
		v.SetConfigFile(path)
		if err := v.ReadInConfig(); err != nil {
			return Config{}, fmt.Errorf("read config %s: %w", path, err)
		}
	}
	var cfg Config
	hook := mapstructure.ComposeDecodeHookFunc(mapstructure.TextUnmarshallerHookFunc(),
		mapstructure.StringToTimeDurationHookFunc(), mapstructure.StringToSliceHookFunc(","))
	if err := v.Unmarshal(&cfg, viper.DecodeHook(hook)); err != nil {
		return Config{}, fmt.Errorf("decode config: %w", err)
	}
	return cfg, nil
}

// flatten lists the leaf settings of a config struct by their dotted mapstructure keys, so that
// every one of them can be overridden from the environment. Lists of structs (upkeeps) are left
// to the file.
func flatten(prefix string, v reflect.Value) map[string]any {
	out := map[string]any{}
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag := f.Tag.Get("mapstructure")
		if tag == "" || tag == "-" {
			continue
		}
		key := tag
		if prefix != "" {
			key = prefix + "." + tag
		}
		fv := v.Field(i)
		switch {
		case fv.Kind() == reflect.Struct:
			for k, x := range flatten(key, fv) {
				out[k] = x
			}
		case fv.Kind() == reflect.Slice && fv.Type().Elem().Kind() == reflect.Struct:
			// configured in the file only
		default:
			out[key] = fv.Interface()
		}
	}
	return out
}

// NewLogger builds the production zap logger at level (debug, info, warn, error).
func NewLogger(level string) (*zap.Logger, error) {
	lvl, err := zapcore.ParseLevel(level)
	if err != nil {
		return nil, fmt.Errorf("log_level: %w", err)
	}
	cfg := zap.NewProductionConfig()
	cfg.Level = zap.NewAtomicLevelAt(lvl)
	cfg.EncoderConfig.TimeKey = "ts"
	cfg.EncoderConfig.EncodeTime = zapcore.ISO8601TimeEncoder
	return cfg.Build()
}
