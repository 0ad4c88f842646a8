package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"sync"
	"sync/atomic"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/status"

	keyspacev1 "github.com/keyspace/keyspace/sdk/go/keyspace/v1"
)

// connectTimeout bounds connecting every client and its first round trip.
const connectTimeout = 5 * time.Second

// flowWindow is a fixed HTTP/2 flow-control window. Fixing it turns off
// grpc-go's bandwidth-delay probing, which would otherwise answer received
// data with extra PING frames: overhead on both sides that a RESP client does
// not have, and pointless for replies this small.
const flowWindow = 4 << 20

// maxReply is the largest response accepted: above the server's own limit
// (grpc-max-message-size, 64 MiB by default), so that limit is the one that
// applies; gRPC-Go's 4 MiB default refuses LRANGE_100 x 100 of 1 KiB values.
const maxReply = 512 << 20

// drainGrace is how long in-flight calls may run past --duration before they
// are cancelled, so a stuck server cannot hang the benchmark.
const drainGrace = 10 * time.Second

type config struct {
	addr     string
	w        workload
	pipeline bool
	clients  int
	inFlight int
	requests int64
	duration time.Duration
	keyspace uint64
	value    []byte
	seed     uint64
	procs    int
}

// batchSize is the number of commands a client sends at once: redis-benchmark
// -P, which is 1 for unary calls.
func (c *config) batchSize() int {
	if c.pipeline {
		return c.inFlight
	}
	return 1
}

// client is one connection (like one of redis-benchmark's -c connections)
// with its reusable commands and its own counters, so the hot loop shares
// nothing with other clients but the request budget.
type client struct {
	conn   *grpc.ClientConn
	api    keyspacev1.KeyspaceServiceClient
	stream grpc.BidiStreamingClient[keyspacev1.PipelineRequest, keyspacev1.PipelineResponse]
	slots  []*slot
	req    *keyspacev1.PipelineRequest
	rng    *rand.PCG
	rec    *recorder
	ok     int64
	errors int64
}

type result struct {
	commands int64
	errors   int64
	elapsed  time.Duration
	cpu      time.Duration
	lat      percentiles
	firstErr string
}

type runner struct {
	cfg      *config
	issued   atomic.Int64
	stop     atomic.Bool
	errOnce  sync.Once
	firstErr string
}

// claim reserves up to want commands of the --requests budget, the way
// redis-benchmark counts requests_issued before it writes a batch; 0 means
// the run is over.
func (r *runner) claim(want int) int {
	if r.stop.Load() {
		return 0
	}
	if r.cfg.requests <= 0 {
		return want
	}
	end := r.issued.Add(int64(want))
	start := end - int64(want)
	if start >= r.cfg.requests {
		return 0
	}
	return int(min(int64(want), r.cfg.requests-start))
}

func (r *runner) fail(msg string) {
	r.errOnce.Do(func() { r.firstErr = msg })
}

func run(cfg *config) (*result, error) {
	r := &runner{cfg: cfg}
	// Streams hang off ctx, so the watchdog can end them too.
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	clients, err := connectAll(ctx, cfg)
	defer func() {
		for _, c := range clients {
			if c != nil && c.conn != nil {
				_ = c.conn.Close()
			}
		}
	}()
	if err != nil {
		return nil, err
	}

	if cfg.duration > 0 {
		stopTimer := time.AfterFunc(cfg.duration, func() { r.stop.Store(true) })
		defer stopTimer.Stop()
		watchdog := time.AfterFunc(cfg.duration+drainGrace, cancel)
		defer watchdog.Stop()
	}

	cpu0 := processCPU()
	start := time.Now()
	var wg sync.WaitGroup
	for _, c := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if cfg.pipeline {
				r.pipelineLoop(c)
			} else {
				r.unaryLoop(ctx, c)
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	cpu := processCPU() - cpu0

	if cfg.pipeline {
		closeStreams(clients)
	}
	res := &result{elapsed: elapsed, cpu: cpu, firstErr: r.firstErr}
	recs := make([]*recorder, len(clients))
	for i, c := range clients {
		res.commands += c.ok
		res.errors += c.errors
		recs[i] = c.rec
	}
	res.lat = summarize(recs)
	return res, nil
}

// connectAll opens every client's connection (and stream) and makes one round
// trip on each, so the clock starts on warm connections, as redis-benchmark
// connects all clients before it starts timing.
func connectAll(runCtx context.Context, cfg *config) ([]*client, error) {
	ctx, cancel := context.WithTimeout(runCtx, connectTimeout)
	defer cancel()
	clients := make([]*client, cfg.clients)
	errs := make([]error, cfg.clients)
	var wg sync.WaitGroup
	for i := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			clients[i], errs[i] = connect(ctx, runCtx, cfg, i)
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		if ctx.Err() != nil {
			return clients, fmt.Errorf("server %s not reachable within %s: %w", cfg.addr, connectTimeout, errs[firstNonNil(errs)])
		}
		return clients, fmt.Errorf("connecting to %s: %w", cfg.addr, errs[firstNonNil(errs)])
	}
	return clients, nil
}

func firstNonNil(errs []error) int {
	for i, err := range errs {
		if err != nil {
			return i
		}
	}
	return 0
}

func connect(ctx, runCtx context.Context, cfg *config, index int) (*client, error) {
	conn, err := grpc.NewClient("passthrough:///"+cfg.addr,
		grpc.WithTransportCredentials(insecure.NewCredentials()),
		grpc.WithInitialWindowSize(flowWindow),
		grpc.WithInitialConnWindowSize(flowWindow),
		grpc.WithDefaultCallOptions(grpc.MaxCallRecvMsgSize(maxReply)))
	if err != nil {
		return nil, err
	}
	c := &client{conn: conn, api: keyspacev1.NewKeyspaceServiceClient(conn)}
	conn.Connect()
	if _, err := c.api.Ping(ctx, &keyspacev1.PingRequest{}, grpc.WaitForReady(true)); err != nil {
		return c, err
	}
	if cfg.pipeline {
		// The stream outlives the connect deadline.
		c.stream, err = c.api.Pipeline(runCtx)
		if err != nil {
			return c, err
		}
	}

	batch := cfg.batchSize()
	c.slots = make([]*slot, batch)
	cmds := make([]*keyspacev1.Command, batch)
	for i := range c.slots {
		c.slots[i] = newSlot(cfg.w, cfg.value, cfg.keyspace > 0)
		cmds[i] = c.slots[i].cmd
	}
	c.req = &keyspacev1.PipelineRequest{Commands: cmds}
	c.rng = rand.NewPCG(cfg.seed, uint64(index))
	c.rec = newRecorder(batch, expectedBatches(cfg))
	return c, nil
}

// expectedBatches sizes a client's latency buffer so a --requests run does
// not grow it; clients do not share the work evenly, hence the headroom.
func expectedBatches(cfg *config) int {
	if cfg.requests <= 0 {
		return 1 << 12
	}
	perClient := cfg.requests / int64(cfg.clients) / int64(cfg.batchSize())
	return int(min(2*perClient+16, 1<<22))
}

func (r *runner) unaryLoop(ctx context.Context, c *client) {
	s := c.slots[0]
	unary := r.cfg.w.unary
	for r.claim(1) == 1 {
		s.randomize(c.rng, r.cfg.keyspace)
		t0 := time.Now()
		err := unary(ctx, c.api, s.cmd)
		ns := time.Since(t0).Nanoseconds()
		if err != nil {
			c.errors++
			r.fail(fmt.Sprintf("%s: %v", r.cfg.w.name, err))
			if connectionLost(err) {
				return
			}
			continue
		}
		c.ok++
		c.rec.add(ns, 1)
	}
}

// connectionLost tells a dead connection, after which more calls only fail
// faster, from an error a command answered with.
func connectionLost(err error) bool {
	switch status.Code(err) {
	case codes.Unavailable, codes.Canceled, codes.DeadlineExceeded, codes.Internal:
		return true
	}
	return false
}

func (r *runner) pipelineLoop(c *client) {
	all := c.req.Commands
	want := r.cfg.w.reply
	for {
		n := r.claim(len(c.slots))
		if n == 0 {
			return
		}
		for _, s := range c.slots[:n] {
			s.randomize(c.rng, r.cfg.keyspace)
		}
		c.req.Commands = all[:n]
		t0 := time.Now()
		resp, err := c.exchange()
		ns := time.Since(t0).Nanoseconds()
		if err != nil {
			c.errors += int64(n)
			r.fail(fmt.Sprintf("%s: pipeline stream: %v", r.cfg.w.name, err))
			return
		}
		bad := r.check(resp.GetReplies(), n, want)
		c.errors += int64(bad)
		c.ok += int64(n - bad)
		c.rec.add(ns, n-bad)
	}
}

// exchange sends one batch and reads its answer. A broken stream makes Send
// return io.EOF; the reason is what Recv then reports.
func (c *client) exchange() (*keyspacev1.PipelineResponse, error) {
	if err := c.stream.Send(c.req); err != nil {
		if errors.Is(err, io.EOF) {
			_, err = c.stream.Recv()
		}
		return nil, err
	}
	return c.stream.Recv()
}

// check counts the replies that are not the expected kind, treating a short
// or long answer as all wrong.
func (r *runner) check(replies []*keyspacev1.Reply, n int, want func(*keyspacev1.Reply) bool) int {
	if len(replies) != n {
		r.fail(fmt.Sprintf("%s: pipeline answered %d commands with %d replies", r.cfg.w.name, n, len(replies)))
		return n
	}
	bad := 0
	for _, reply := range replies {
		if want(reply) {
			continue
		}
		bad++
		if e := reply.GetError(); e != nil {
			r.fail(fmt.Sprintf("%s: error reply: %s: %s", r.cfg.w.name, e.GetReason(), e.GetMessage()))
		} else {
			r.fail(fmt.Sprintf("%s: unexpected reply %T", r.cfg.w.name, reply.GetReply()))
		}
	}
	return bad
}

// closeStreams ends every pipeline stream the polite way, outside the timed
// part, so the server does not log cancelled streams.
func closeStreams(clients []*client) {
	ctx, cancel := context.WithTimeout(context.Background(), connectTimeout)
	defer cancel()
	var wg sync.WaitGroup
	for _, c := range clients {
		if c.stream == nil {
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			if c.stream.CloseSend() != nil {
				return
			}
			done := make(chan struct{})
			go func() {
				defer close(done)
				for {
					if _, err := c.stream.Recv(); err != nil {
						return
					}
				}
			}()
			select {
			case <-done:
			case <-ctx.Done():
			}
		}()
	}
	wg.Wait()
}
