package main

import (
	"cmp"
	"math"
	"slices"
)

// sample is one batch's latency in nanoseconds and how many of its commands
// it stands for.
type sample struct {
	ns int64
	n  int64
}

// recorder keeps one client's latencies exactly. Every command of a batch
// shares the batch's latency, so one entry per batch is enough; nearly all
// batches are full, so those are stored as bare numbers and only the rare
// other ones (the last, shorter batch of a --requests run, or one with error
// replies) carry their own count.
type recorder struct {
	full int64
	lat  []int64
	odd  []sample
}

func newRecorder(full int, expectedBatches int) *recorder {
	return &recorder{full: int64(full), lat: make([]int64, 0, expectedBatches)}
}

func (r *recorder) add(ns int64, n int) {
	switch {
	case int64(n) == r.full:
		r.lat = append(r.lat, ns)
	case n > 0:
		r.odd = append(r.odd, sample{ns, int64(n)})
	}
}

// percentiles is the latency summary, in milliseconds.
type percentiles struct {
	p50, p99, p999, max float64
}

// summarize merges the clients' recorders and reads exact percentiles: the
// q-th is the smallest latency at or below which at least q of all commands
// fall (the rule HdrHistogram, and so redis-benchmark, uses, without its
// bucket rounding).
func summarize(recs []*recorder) percentiles {
	var full int64
	var total int
	var odd []sample
	for _, r := range recs {
		full = r.full
		total += len(r.lat)
		odd = append(odd, r.odd...)
	}
	lat := make([]int64, 0, total)
	for _, r := range recs {
		lat = append(lat, r.lat...)
	}
	slices.Sort(lat)
	slices.SortFunc(odd, func(a, b sample) int { return cmp.Compare(a.ns, b.ns) })

	count := full * int64(len(lat))
	for _, s := range odd {
		count += s.n
	}
	if count == 0 {
		return percentiles{}
	}
	quantiles := []float64{0.50, 0.99, 0.999, 1}
	ranks := make([]int64, len(quantiles))
	for i, q := range quantiles {
		ranks[i] = max(1, int64(math.Ceil(q*float64(count))))
	}
	values := make([]float64, len(quantiles))
	next := 0
	var seen int64
	i, j := 0, 0
	for next < len(ranks) && (i < len(lat) || j < len(odd)) {
		var ns int64
		if j >= len(odd) || (i < len(lat) && lat[i] <= odd[j].ns) {
			ns, seen = lat[i], seen+full
			i++
		} else {
			ns, seen = odd[j].ns, seen+odd[j].n
			j++
		}
		for next < len(ranks) && seen >= ranks[next] {
			values[next] = float64(ns) / 1e6
			next++
		}
	}
	return percentiles{p50: values[0], p99: values[1], p999: values[2], max: values[3]}
}
