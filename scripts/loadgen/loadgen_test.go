package main

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	keyspacev1 "github.com/keyspace/keyspace/sdk/go/keyspace/v1"
)

func TestSummarizeWeighsBatches(t *testing.T) {
	// 16-command batches at 1..10 ms, plus a last batch of 4 commands at 20 ms:
	// 164 commands, so p50 is the 82nd (6th batch) and max is the short batch.
	rec := newRecorder(16, 0)
	for ms := int64(10); ms >= 1; ms-- {
		rec.add(ms*1e6, 16)
	}
	rec.add(20e6, 4)
	rec.add(99e6, 0) // a batch whose every reply failed counts for nothing
	got := summarize([]*recorder{rec, newRecorder(16, 0)})
	want := percentiles{p50: 6, p99: 20, p999: 20, max: 20}
	if got != want {
		t.Fatalf("summarize = %+v, want %+v", got, want)
	}
}

func TestSummarizeUnary(t *testing.T) {
	a, b := newRecorder(1, 0), newRecorder(1, 0)
	for i := int64(1); i <= 1000; i++ {
		if i%2 == 0 {
			a.add(i*1e3, 1)
		} else {
			b.add(i*1e3, 1)
		}
	}
	got := summarize([]*recorder{a, b})
	want := percentiles{p50: 0.5, p99: 0.99, p999: 0.999, max: 1}
	if got != want {
		t.Fatalf("summarize = %+v, want %+v", got, want)
	}
}

func TestBenchmarkDataMatchesRedisBenchmark(t *testing.T) {
	// What redis-benchmark 7.0.15 -d 5 stores.
	if got := string(benchmarkData(5)); got != "VXKeH" {
		t.Fatalf("benchmarkData(5) = %q", got)
	}
}

func TestRandomKeysAreTwelveDigitsInRange(t *testing.T) {
	w, _ := findWorkload("mset")
	s := newSlot(w, []byte("v"), true)
	rng := rand.NewPCG(1, 2)
	for range 100 {
		s.randomize(rng, 1000)
		for _, kv := range s.cmd.GetMset().GetPairs() {
			k := string(kv.GetKey())
			n, err := strconv.ParseUint(strings.TrimPrefix(k, "key:"), 10, 64)
			if len(k) != len("key:")+12 || !strings.HasPrefix(k, "key:") || err != nil || n >= 1000 {
				t.Fatalf("key %q is not key: and 12 digits below 1000", k)
			}
		}
	}
	if len(s.digits) != msetPairs {
		t.Fatalf("MSET randomises %d keys, want %d", len(s.digits), msetPairs)
	}
}

func TestLRangeBounds(t *testing.T) {
	for name, stop := range map[string]int64{"LRANGE_100": 99, "LRANGE_300": 299, "LRANGE_500": 449, "LRANGE_600": 599} {
		w, ok := findWorkload(name)
		if !ok {
			t.Fatalf("no workload %s", name)
		}
		r := w.build(&builder{}).GetLrange()
		if r.GetStart() != 0 || r.GetStop() != stop || string(r.GetKey()) != "mylist" {
			t.Fatalf("%s = %v", name, r)
		}
	}
}

func TestZAddScoreIsRandomOnlyWithKeyspace(t *testing.T) {
	w, _ := findWorkload("zadd")
	fixed := newSlot(w, nil, false)
	fixed.randomize(rand.NewPCG(1, 2), 1000)
	m := fixed.cmd.GetZadd().GetMembers()[0]
	if m.GetScore() != 0 || string(m.GetMember()) != "element:__rand_int__" {
		t.Fatalf("without keyspace: %v", m)
	}
	random := newSlot(w, nil, true)
	if len(random.scores) != 1 || len(random.digits) != 1 {
		t.Fatalf("with keyspace: %d scores, %d keys randomised", len(random.scores), len(random.digits))
	}
	if !w.reply(&keyspacev1.Reply{Reply: &keyspacev1.Reply_Zadd{}}) {
		t.Fatal("ZADD refuses its own reply kind")
	}
	if w.reply(&keyspacev1.Reply{Reply: &keyspacev1.Reply_Error{}}) || w.reply(&keyspacev1.Reply{Reply: &keyspacev1.Reply_Set{}}) {
		t.Fatal("ZADD accepts an error or another command's reply")
	}
}
