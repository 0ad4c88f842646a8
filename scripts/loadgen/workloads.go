package main

import (
	"context"
	"math/bits"
	"math/rand/v2"
	"strconv"
	"strings"

	keyspacev1 "github.com/keyspace/keyspace/sdk/go/keyspace/v1"
)

// randPlaceholder is what redis-benchmark writes where -r substitutes a
// number; it is the same length as the 12 digits that replace it, so with
// --keyspace 0 (no -r) the keys are byte for byte redis-benchmark's.
const randPlaceholder = "__rand_int__"

// workload is one redis-benchmark test: how to build one command, how to run
// it as a unary RPC, and which Reply kind a pipeline must answer it with.
type workload struct {
	name  string
	build func(b *builder) *keyspacev1.Command
	unary func(ctx context.Context, c keyspacev1.KeyspaceServiceClient, cmd *keyspacev1.Command) error
	reply func(r *keyspacev1.Reply) bool
}

// builder makes the messages of one slot (one command a client keeps and
// re-randomises) and records where its random numbers go.
type builder struct {
	value  []byte
	random bool
	slot   *slot
}

// slot is one reusable command. Its random parts are rewritten in place
// before every send: gRPC marshals a message before Send or Invoke returns,
// and with no stats handler or tracer installed nothing reads it later, so
// the buffers are free again by the time they are touched.
type slot struct {
	cmd    *keyspacev1.Command
	digits [][]byte
	scores []*float64
}

// randomize draws every random part independently, as redis-benchmark
// redraws each __rand_int__ of its output buffer.
func (s *slot) randomize(rng *rand.PCG, keyspace uint64) {
	for _, d := range s.digits {
		putDigits(d, below(rng, keyspace))
	}
	for _, p := range s.scores {
		*p = float64(below(rng, keyspace))
	}
}

// below is a number in [0, n) by multiply-shift: no division and no retry
// loop, with a bias of n/2^64 that no benchmark can see.
func below(rng *rand.PCG, n uint64) uint64 {
	hi, _ := bits.Mul64(rng.Uint64(), n)
	return hi
}

// putDigits writes v as len(d) zero-padded decimal digits without fmt.
func putDigits(d []byte, v uint64) {
	for i := len(d) - 1; i >= 0; i-- {
		d[i] = byte('0' + v%10)
		v /= 10
	}
}

// randKey is prefix followed by a 12-digit random number (or the literal
// placeholder when no keyspace is given).
func (b *builder) randKey(prefix string) []byte {
	buf := make([]byte, 0, len(prefix)+len(randPlaceholder))
	buf = append(buf, prefix...)
	buf = append(buf, randPlaceholder...)
	if b.random {
		b.slot.digits = append(b.slot.digits, buf[len(prefix):])
	}
	return buf
}

// randScore registers a ZADD score: redis-benchmark sends __rand_int__ as the
// score when -r is given and 0 otherwise.
func (b *builder) randScore(p *float64) {
	if b.random {
		b.slot.scores = append(b.slot.scores, p)
	}
}

// benchmarkData is redis-benchmark's payload for -d n. Since Redis 7.0 it is
// not 'x' repeated but the first n outputs of a fixed 32-bit linear
// congruential sequence (seed 1234) mapped into '0'..'o'; matching it keeps
// byte-identical values (checked against redis-benchmark 7.0.15: -d 5 stores
// "VXKeH").
func benchmarkData(n int) []byte {
	data := make([]byte, n)
	state := uint32(1234)
	for i := range data {
		state = state*1103515245 + 12345
		data[i] = byte('0' + ((state >> 16) & 63))
	}
	return data
}

var (
	keyMylist = []byte("mylist")
	keyMyset  = []byte("myset")
	keyMyhash = []byte("myhash")
	keyMyzset = []byte("myzset")
)

// msetPairs is the key count of redis-benchmark's "MSET (10 keys)".
const msetPairs = 10

func lrange(n int64) workload {
	return workload{
		name: "LRANGE_" + strconv.FormatInt(n, 10),
		build: func(*builder) *keyspacev1.Command {
			return &keyspacev1.Command{Command: &keyspacev1.Command_Lrange{Lrange: &keyspacev1.LRangeRequest{
				Key: keyMylist, Start: 0, Stop: lrangeStop(n),
			}}}
		},
		unary: func(ctx context.Context, c keyspacev1.KeyspaceServiceClient, cmd *keyspacev1.Command) error {
			_, err := c.LRange(ctx, cmd.GetLrange())
			return err
		},
		reply: is[*keyspacev1.Reply_Lrange],
	}
}

// lrangeStop is the last index redis-benchmark asks for: the "500" test reads
// only the first 450 elements (LRANGE mylist 0 449), the others n.
func lrangeStop(n int64) int64 {
	if n == 500 {
		return 449
	}
	return n - 1
}

func is[T any](r *keyspacev1.Reply) bool {
	_, ok := r.GetReply().(T)
	return ok
}

var workloads = []workload{
	{
		name: "PING",
		build: func(*builder) *keyspacev1.Command {
			return &keyspacev1.Command{Command: &keyspacev1.Command_Ping{Ping: &keyspacev1.PingRequest{}}}
		},
		unary: func(ctx context.Context, c keyspacev1.KeyspaceServiceClient, cmd *keyspacev1.Command) error {
			_, err := c.Ping(ctx, cmd.GetPing())
			return err
		},
		reply: is[*keyspacev1.Reply_Ping],
	},
	{
		name: "SET",
		build: func(b *builder) *keyspacev1.Command {
			return &keyspacev1.Command{Command: &keyspacev1.Command_Set{Set: &keyspacev1.SetRequest{
				Key: b.randKey("key:"), Value: b.value,
			}}}
		},
		unary: func(ctx context.Context, c keyspacev1.KeyspaceServiceClient, cmd *keyspacev1.Command) error {
			_, err := c.Set(ctx, cmd.GetSet())
			return err
		},
		reply: is[*keyspacev1.Reply_Set],
	},
	{
		name: "GET",
		build: func(b *builder) *keyspacev1.Command {
			return &keyspacev1.Command{Command: &keyspacev1.Command_Get{Get: &keyspacev1.GetRequest{
				Key: b.randKey("key:"),
			}}}
		},
		unary: func(ctx context.Context, c keyspacev1.KeyspaceServiceClient, cmd *keyspacev1.Command) error {
			_, err := c.Get(ctx, cmd.GetGet())
			return err
		},
		reply: is[*keyspacev1.Reply_Get],
	},
	{
		name: "INCR",
		build: func(b *builder) *keyspacev1.Command {
			return &keyspacev1.Command{Command: &keyspacev1.Command_Incr{Incr: &keyspacev1.IncrRequest{
				Key: b.randKey("counter:"),
			}}}
		},
		unary: func(ctx context.Context, c keyspacev1.KeyspaceServiceClient, cmd *keyspacev1.Command) error {
			_, err := c.Incr(ctx, cmd.GetIncr())
			return err
		},
		reply: is[*keyspacev1.Reply_Incr],
	},
	{
		name: "LPUSH",
		build: func(b *builder) *keyspacev1.Command {
			return &keyspacev1.Command{Command: &keyspacev1.Command_Lpush{Lpush: &keyspacev1.LPushRequest{
				Key: keyMylist, Elements: [][]byte{b.value},
			}}}
		},
		unary: func(ctx context.Context, c keyspacev1.KeyspaceServiceClient, cmd *keyspacev1.Command) error {
			_, err := c.LPush(ctx, cmd.GetLpush())
			return err
		},
		reply: is[*keyspacev1.Reply_Lpush],
	},
	{
		name: "RPUSH",
		build: func(b *builder) *keyspacev1.Command {
			return &keyspacev1.Command{Command: &keyspacev1.Command_Rpush{Rpush: &keyspacev1.RPushRequest{
				Key: keyMylist, Elements: [][]byte{b.value},
			}}}
		},
		unary: func(ctx context.Context, c keyspacev1.KeyspaceServiceClient, cmd *keyspacev1.Command) error {
			_, err := c.RPush(ctx, cmd.GetRpush())
			return err
		},
		reply: is[*keyspacev1.Reply_Rpush],
	},
	{
		name: "LPOP",
		build: func(*builder) *keyspacev1.Command {
			return &keyspacev1.Command{Command: &keyspacev1.Command_Lpop{Lpop: &keyspacev1.LPopRequest{Key: keyMylist}}}
		},
		unary: func(ctx context.Context, c keyspacev1.KeyspaceServiceClient, cmd *keyspacev1.Command) error {
			_, err := c.LPop(ctx, cmd.GetLpop())
			return err
		},
		reply: is[*keyspacev1.Reply_Lpop],
	},
	{
		name: "RPOP",
		build: func(*builder) *keyspacev1.Command {
			return &keyspacev1.Command{Command: &keyspacev1.Command_Rpop{Rpop: &keyspacev1.RPopRequest{Key: keyMylist}}}
		},
		unary: func(ctx context.Context, c keyspacev1.KeyspaceServiceClient, cmd *keyspacev1.Command) error {
			_, err := c.RPop(ctx, cmd.GetRpop())
			return err
		},
		reply: is[*keyspacev1.Reply_Rpop],
	},
	{
		name: "SADD",
		build: func(b *builder) *keyspacev1.Command {
			return &keyspacev1.Command{Command: &keyspacev1.Command_Sadd{Sadd: &keyspacev1.SAddRequest{
				Key: keyMyset, Members: [][]byte{b.randKey("element:")},
			}}}
		},
		unary: func(ctx context.Context, c keyspacev1.KeyspaceServiceClient, cmd *keyspacev1.Command) error {
			_, err := c.SAdd(ctx, cmd.GetSadd())
			return err
		},
		reply: is[*keyspacev1.Reply_Sadd],
	},
	{
		name: "HSET",
		build: func(b *builder) *keyspacev1.Command {
			return &keyspacev1.Command{Command: &keyspacev1.Command_Hset{Hset: &keyspacev1.HSetRequest{
				Key:   keyMyhash,
				Pairs: []*keyspacev1.FieldValue{{Field: b.randKey("element:"), Value: b.value}},
			}}}
		},
		unary: func(ctx context.Context, c keyspacev1.KeyspaceServiceClient, cmd *keyspacev1.Command) error {
			_, err := c.HSet(ctx, cmd.GetHset())
			return err
		},
		reply: is[*keyspacev1.Reply_Hset],
	},
	{
		name: "SPOP",
		build: func(*builder) *keyspacev1.Command {
			return &keyspacev1.Command{Command: &keyspacev1.Command_Spop{Spop: &keyspacev1.SPopRequest{Key: keyMyset}}}
		},
		unary: func(ctx context.Context, c keyspacev1.KeyspaceServiceClient, cmd *keyspacev1.Command) error {
			_, err := c.SPop(ctx, cmd.GetSpop())
			return err
		},
		reply: is[*keyspacev1.Reply_Spop],
	},
	{
		name: "ZADD",
		build: func(b *builder) *keyspacev1.Command {
			member := &keyspacev1.ScoreMember{}
			b.randScore(&member.Score)
			member.Member = b.randKey("element:")
			return &keyspacev1.Command{Command: &keyspacev1.Command_Zadd{Zadd: &keyspacev1.ZAddRequest{
				Key: keyMyzset, Members: []*keyspacev1.ScoreMember{member},
			}}}
		},
		unary: func(ctx context.Context, c keyspacev1.KeyspaceServiceClient, cmd *keyspacev1.Command) error {
			_, err := c.ZAdd(ctx, cmd.GetZadd())
			return err
		},
		reply: is[*keyspacev1.Reply_Zadd],
	},
	{
		name: "ZPOPMIN",
		build: func(*builder) *keyspacev1.Command {
			return &keyspacev1.Command{Command: &keyspacev1.Command_Zpopmin{Zpopmin: &keyspacev1.ZPopMinRequest{Key: keyMyzset}}}
		},
		unary: func(ctx context.Context, c keyspacev1.KeyspaceServiceClient, cmd *keyspacev1.Command) error {
			_, err := c.ZPopMin(ctx, cmd.GetZpopmin())
			return err
		},
		reply: is[*keyspacev1.Reply_Zpopmin],
	},
	lrange(100),
	lrange(300),
	lrange(500),
	lrange(600),
	{
		name: "MSET",
		build: func(b *builder) *keyspacev1.Command {
			pairs := make([]*keyspacev1.KeyValue, msetPairs)
			for i := range pairs {
				pairs[i] = &keyspacev1.KeyValue{Key: b.randKey("key:"), Value: b.value}
			}
			return &keyspacev1.Command{Command: &keyspacev1.Command_Mset{Mset: &keyspacev1.MSetRequest{Pairs: pairs}}}
		},
		unary: func(ctx context.Context, c keyspacev1.KeyspaceServiceClient, cmd *keyspacev1.Command) error {
			_, err := c.MSet(ctx, cmd.GetMset())
			return err
		},
		reply: is[*keyspacev1.Reply_Mset],
	},
}

func findWorkload(name string) (workload, bool) {
	for _, w := range workloads {
		if strings.EqualFold(w.name, name) {
			return w, true
		}
	}
	return workload{}, false
}

func workloadNames() string {
	names := make([]string, len(workloads))
	for i, w := range workloads {
		names[i] = w.name
	}
	return strings.Join(names, " ")
}

// newSlot builds one command with its own random buffers; constant parts
// (key names, the value) are shared, since marshalling only reads them.
func newSlot(w workload, value []byte, random bool) *slot {
	s := &slot{}
	s.cmd = w.build(&builder{value: value, random: random, slot: s})
	return s
}
