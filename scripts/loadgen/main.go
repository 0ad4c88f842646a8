// Command keyspace-loadgen is the Keyspace half of a side-by-side benchmark
// against redis-benchmark: it sends redis-benchmark's default-suite commands
// as Keyspace gRPC calls, with the same clients, pipelining, key space and
// payload, and prints one JSON summary on stdout.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"runtime"
	"strings"
	"syscall"
	"time"
)

// defaultRequests is redis-benchmark's -n default, used when neither
// --requests nor --duration is given.
const defaultRequests = 100000

// cpuBoundShare is the share of its CPUs past which the loader, not the
// server, may be what limits throughput.
const cpuBoundShare = 0.9

type summary struct {
	Workload      string  `json:"workload"`
	Mode          string  `json:"mode"`
	Clients       int     `json:"clients"`
	InFlight      int     `json:"in_flight"`
	Commands      int64   `json:"commands"`
	Errors        int64   `json:"errors"`
	Seconds       float64 `json:"seconds"`
	OpsPerSec     float64 `json:"ops_per_sec"`
	P50Ms         float64 `json:"p50_ms"`
	P99Ms         float64 `json:"p99_ms"`
	P999Ms        float64 `json:"p999_ms"`
	MaxMs         float64 `json:"max_ms"`
	Keyspace      uint64  `json:"keyspace"`
	ValueSize     int     `json:"value_size"`
	LoaderProcs   int     `json:"loader_procs"`
	LoaderCPU     float64 `json:"loader_cpu_seconds"`
	LoaderCPUPerM float64 `json:"loader_cpu_seconds_per_1m"`
}

func main() {
	cfg, err := parseFlags(os.Args[1:])
	if err != nil {
		fmt.Fprintln(os.Stderr, "keyspace-loadgen:", err)
		os.Exit(2)
	}
	fmt.Fprintf(os.Stderr, "keyspace-loadgen: %s %s, %d clients, %d per batch, against %s\n",
		cfg.w.name, modeName(cfg), cfg.clients, cfg.batchSize(), cfg.addr)
	runtime.GOMAXPROCS(cfg.procs)
	res, err := run(cfg)
	if err != nil {
		fmt.Fprintln(os.Stderr, "keyspace-loadgen:", err)
		os.Exit(1)
	}
	if err := json.NewEncoder(os.Stdout).Encode(report(cfg, res)); err != nil {
		fmt.Fprintln(os.Stderr, "keyspace-loadgen:", err)
		os.Exit(1)
	}
	if busy := res.cpu.Seconds() / res.elapsed.Seconds(); busy >= cpuBoundShare*float64(cfg.procs) {
		fmt.Fprintf(os.Stderr, "keyspace-loadgen: warning: the loader used %.2f of its %d CPUs; "+
			"it may have been the bottleneck (try --procs)\n", busy, cfg.procs)
	}
	if res.errors > 0 {
		fmt.Fprintf(os.Stderr, "keyspace-loadgen: %d commands failed; first: %s\n", res.errors, res.firstErr)
		os.Exit(1)
	}
}

func modeName(cfg *config) string {
	if cfg.pipeline {
		return "pipeline"
	}
	return "unary"
}

func report(cfg *config, res *result) summary {
	secs := res.elapsed.Seconds()
	s := summary{
		Workload:    cfg.w.name,
		Mode:        modeName(cfg),
		Clients:     cfg.clients,
		InFlight:    cfg.batchSize(),
		Commands:    res.commands,
		Errors:      res.errors,
		Seconds:     round(secs, 3),
		P50Ms:       round(res.lat.p50, 3),
		P99Ms:       round(res.lat.p99, 3),
		P999Ms:      round(res.lat.p999, 3),
		MaxMs:       round(res.lat.max, 3),
		Keyspace:    cfg.keyspace,
		ValueSize:   len(cfg.value),
		LoaderProcs: cfg.procs,
		LoaderCPU:   round(res.cpu.Seconds(), 3),
	}
	if secs > 0 {
		s.OpsPerSec = round(float64(res.commands)/secs, 1)
	}
	if res.commands > 0 {
		s.LoaderCPUPerM = round(res.cpu.Seconds()*1e6/float64(res.commands), 3)
	}
	return s
}

func round(x float64, places int) float64 {
	scale := math.Pow(10, float64(places))
	return math.Round(x*scale) / scale
}

// processCPU is the user plus system time this process has used so far.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func parseFlags(args []string) (*config, error) {
	fs := flag.NewFlagSet("keyspace-loadgen", flag.ContinueOnError)
	addr := fs.String("addr", "127.0.0.1:7379", "server address host:port (plaintext gRPC)")
	name := fs.String("workload", "", "redis-benchmark test to mirror (case-insensitive): "+workloadNames())
	mode := fs.String("mode", "unary", "unary: one RPC outstanding per client (redis-benchmark -P 1);\n"+
		"pipeline: batches of --in-flight commands on one Pipeline stream per client (-P N)")
	clients := fs.Int("clients", 50, "clients, each with its own connection (redis-benchmark -c)")
	inFlight := fs.Int("in-flight", 16, "commands per PipelineRequest in pipeline mode (redis-benchmark -P)")
	requests := fs.Int64("requests", 0, fmt.Sprintf("total commands over all clients (redis-benchmark -n);\n"+
		"%d when --duration is not given either", defaultRequests))
	duration := fs.Float64("duration", 0, "run for this many seconds instead; with --requests too,\n"+
		"stop at whichever comes first")
	keyspace := fs.Uint64("keyspace", 100000, "every __rand_int__ becomes a fresh number in [0,K) as 12 digits\n"+
		"(redis-benchmark -r K); 0 sends the placeholder as is, like running without -r")
	valueSize := fs.Int("value-size", 3, "payload bytes (redis-benchmark -d)")
	seed := fs.Uint64("seed", 0, "random seed (default: from the clock)")
	procs := fs.Int("procs", 1, "CPUs the loader may use (GOMAXPROCS); 1 like redis-benchmark's single\n"+
		"event loop, and cheapest per command while the server is the bottleneck")
	fs.Bool("plaintext", true, "accepted for symmetry with grpcurl; connections are always plaintext")
	fs.Usage = func() {
		out := fs.Output()
		fmt.Fprintf(out, "Usage: keyspace-loadgen --workload NAME [flags]\n\n"+
			"Runs one redis-benchmark test (-t NAME) against a Keyspace server and prints\n"+
			"one JSON object on stdout: throughput, exact latency percentiles and the\n"+
			"loader's own CPU time. Exit status 1 if any command failed.\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			os.Exit(0)
		}
		return nil, err
	}
	if fs.NArg() > 0 {
		return nil, fmt.Errorf("unexpected arguments: %s", strings.Join(fs.Args(), " "))
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })

	w, ok := findWorkload(*name)
	if !ok {
		return nil, fmt.Errorf("--workload must be one of: %s", workloadNames())
	}
	cfg := &config{addr: *addr, w: w, clients: *clients, inFlight: *inFlight, requests: *requests,
		keyspace: *keyspace, value: benchmarkData(*valueSize), seed: *seed}
	switch strings.ToLower(*mode) {
	case "unary":
	case "pipeline":
		cfg.pipeline = true
	default:
		return nil, fmt.Errorf("--mode must be unary or pipeline, not %q", *mode)
	}
	switch {
	case *clients < 1:
		return nil, fmt.Errorf("--clients must be at least 1")
	case *inFlight < 1:
		return nil, fmt.Errorf("--in-flight must be at least 1")
	case *requests < 0 || *duration < 0:
		return nil, fmt.Errorf("--requests and --duration cannot be negative")
	case *procs < 1:
		return nil, fmt.Errorf("--procs must be at least 1")
	case *valueSize < 1:
		return nil, fmt.Errorf("--value-size must be at least 1")
	}
	cfg.duration = time.Duration(*duration * float64(time.Second))
	if cfg.requests == 0 && cfg.duration == 0 {
		cfg.requests = defaultRequests
	}
	cfg.procs = *procs
	if !set["seed"] {
		cfg.seed = uint64(time.Now().UnixNano())
	}
	return cfg, nil
}
