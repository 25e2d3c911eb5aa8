package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// config is the optional configuration file, JSON at $TRUCE_CONFIG, else
// $XDG_CONFIG_HOME/truce/config.json (~/.config/truce/config.json). Flags
// override the environment, which overrides the file.
type config struct {
	// DB is the database path.
	DB string `json:"db"`
	// Token turns on the write endpoints of truce serve.
	Token string `json:"token"`
	// Webhook is where truce watch and truce serve POST ceasefire alerts.
	Webhook string `json:"webhook"`
}

// maxConfigBytes bounds the file: a config is a few lines.
const maxConfigBytes = 1 << 20

// configPath returns where the configuration file is looked for.
func configPath(e *env) string {
	if p := e.getenv("TRUCE_CONFIG"); p != "" {
		return p
	}
	dir := e.getenv("XDG_CONFIG_HOME")
	if dir == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return ""
		}
		dir = filepath.Join(home, ".config")
	}
	return filepath.Join(dir, "truce", "config.json")
}

// loadConfig reads the configuration file. A missing file is an empty
// configuration; an unreadable or malformed one is an error naming it.
func loadConfig(e *env) (config, error) {
	var c config
	path := configPath(e)
	if path == "" {
		return c, nil
	}
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return c, nil
	}
	if err != nil {
		return c, fmt.Errorf("read config %s: %w", path, err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return c, fmt.Errorf("read config %s: %w", path, err)
	}
	if st.Size() > maxConfigBytes {
		return c, fmt.Errorf("read config %s: %d bytes, more than a config can be", path, st.Size())
	}
	dec := json.NewDecoder(f)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&c); err != nil {
		return c, fmt.Errorf("read config %s: %w", path, err)
	}
	if c.Token != "" && st.Mode().Perm()&0o077 != 0 {
		fmt.Fprintf(e.stderr, "truce: warning: %s holds a token and can be read by others (chmod 600 it)\n", path)
	}
	return c, nil
}

// tokenFrom returns the write token: TRUCE_TOKEN, else the config file's.
func tokenFrom(e *env) (string, error) {
	if t := e.getenv("TRUCE_TOKEN"); t != "" {
		return t, nil
	}
	c, err := loadConfig(e)
	return c.Token, err
}
