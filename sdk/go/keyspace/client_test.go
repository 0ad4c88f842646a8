package keyspace_test

// These tests talk to a live keyspace-server at $KEYSPACE_ADDRESS
// (scripts/conformance runs them against the server it starts) and are
// skipped without one. They use keys of their own, so the server may be
// shared.

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"testing"
	"time"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/keyspace/keyspace/sdk/go/keyspace"
	keyspacev1 "github.com/keyspace/keyspace/sdk/go/keyspace/v1"
)

func connect(t *testing.T) (*keyspace.Client, context.Context, func(string) string) {
	t.Helper()
	address := os.Getenv("KEYSPACE_ADDRESS")
	if address == "" {
		t.Skip("KEYSPACE_ADDRESS is not set: no live server to test against")
	}
	client, err := keyspace.Dial(address)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { client.Close() })
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	t.Cleanup(cancel)
	prefix := fmt.Sprintf("go-test:%s:%d:", t.Name(), time.Now().UnixNano())
	return client, ctx, func(name string) string { return prefix + name }
}

func TestGetTellsNilFromEmpty(t *testing.T) {
	kv, ctx, key := connect(t)
	if value, ok, err := kv.Get(ctx, key("empty")); err != nil || ok || value != nil {
		t.Fatalf("Get(missing) = %q, %v, %v; want nil, false, nil", value, ok, err)
	}
	if written, err := kv.Set(ctx, key("empty"), []byte{}); err != nil || !written {
		t.Fatalf("Set = %v, %v", written, err)
	}
	if value, ok, err := kv.Get(ctx, key("empty")); err != nil || !ok || len(value) != 0 {
		t.Fatalf("Get(empty) = %q, %v, %v; want empty, true, nil", value, ok, err)
	}
	binary := []byte{0, 0xff, 'x', 0}
	if _, err := kv.Set(ctx, key("bin"), binary); err != nil {
		t.Fatal(err)
	}
	if value, ok, err := kv.Get(ctx, key("bin")); err != nil || !ok || !bytes.Equal(value, binary) {
		t.Fatalf("Get(binary) = %q, %v, %v", value, ok, err)
	}
}

func TestSetOptions(t *testing.T) {
	kv, ctx, key := connect(t)
	if written, err := kv.Set(ctx, key("k"), []byte("1"), keyspace.XX()); err != nil || written {
		t.Fatalf("Set XX on a missing key = %v, %v; want false", written, err)
	}
	if written, err := kv.Set(ctx, key("k"), []byte("2"), keyspace.NX(), keyspace.TTL(time.Hour)); err != nil || !written {
		t.Fatalf("Set NX = %v, %v; want true", written, err)
	}
	if written, err := kv.Set(ctx, key("k"), []byte("3"), keyspace.NX()); err != nil || written {
		t.Fatalf("Set NX on an existing key = %v, %v; want false", written, err)
	}
	ttl, err := kv.RPC().PTtl(ctx, &keyspacev1.PTtlRequest{Key: []byte(key("k"))})
	if err != nil || ttl.GetMilliseconds() <= 0 || ttl.GetMilliseconds() > time.Hour.Milliseconds() {
		t.Fatalf("PTTL after Set TTL(1h) = %v, %v", ttl, err)
	}
	if _, err := kv.Set(ctx, key("k"), []byte("4"), keyspace.KeepTTL()); err != nil {
		t.Fatal(err)
	}
	if ttl, err := kv.RPC().PTtl(ctx, &keyspacev1.PTtlRequest{Key: []byte(key("k"))}); err != nil || ttl.GetMilliseconds() <= 0 {
		t.Fatalf("PTTL after Set KeepTTL = %v, %v; want the TTL kept", ttl, err)
	}
}

func TestRedisErrorsCarryThePrefix(t *testing.T) {
	kv, ctx, key := connect(t)
	if _, err := kv.RPC().RPush(ctx, &keyspacev1.RPushRequest{Key: []byte(key("list")), Elements: [][]byte{[]byte("x")}}); err != nil {
		t.Fatal(err)
	}
	_, err := kv.Incr(ctx, key("list"))
	var redisErr keyspace.RedisError
	if !errors.As(err, &redisErr) {
		t.Fatalf("Incr on a list: %#v is not a RedisError", err)
	}
	if redisErr.Prefix != "WRONGTYPE" || redisErr.Code != codes.FailedPrecondition ||
		redisErr.Message != "WRONGTYPE Operation against a key holding the wrong kind of value" {
		t.Fatalf("Incr on a list: %#v", redisErr)
	}
	if status.Code(err) != codes.FailedPrecondition {
		t.Fatalf("status.Code of a RedisError = %v", status.Code(err))
	}
	// Through the generated client too.
	_, err = kv.RPC().IncrBy(ctx, &keyspacev1.IncrByRequest{Key: []byte(key("list")), Increment: 2})
	if !errors.As(err, &redisErr) || redisErr.Prefix != "WRONGTYPE" {
		t.Fatalf("RPC().IncrBy on a list: %#v", err)
	}
	_, err = kv.RPC().Scan(ctx, &keyspacev1.ScanRequest{Count: new(int64)})
	if !errors.As(err, &redisErr) || redisErr.Message != "ERR syntax error" || redisErr.Prefix != "ERR" {
		t.Fatalf("SCAN COUNT 0: %#v", err)
	}
}

func TestAnUnreachableServerIsNoRedisError(t *testing.T) {
	connect(t) // only to skip without a live server, like the others
	kv, err := keyspace.Dial("127.0.0.1:1")
	if err != nil {
		t.Fatal(err)
	}
	defer kv.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	_, _, err = kv.Get(ctx, "k")
	var redisErr keyspace.RedisError
	if err == nil || errors.As(err, &redisErr) {
		t.Fatalf("Get from nowhere = %#v; want a gRPC error that is no RedisError", err)
	}
}

func TestPipelineRepliesInOrderWithErrors(t *testing.T) {
	kv, ctx, key := connect(t)
	replies, err := kv.Pipeline(ctx,
		keyspace.Command(&keyspacev1.SetRequest{Key: []byte(key("a")), Value: []byte("1")}),
		keyspace.Command(&keyspacev1.IncrByRequest{Key: []byte(key("a")), Increment: 41}),
		keyspace.Command(&keyspacev1.LPushRequest{Key: []byte(key("a")), Elements: [][]byte{[]byte("x")}}),
		keyspace.Command(&keyspacev1.GetRequest{Key: []byte(key("a"))}),
	)
	if err != nil || len(replies) != 4 {
		t.Fatalf("Pipeline = %v, %v", replies, err)
	}
	if replies[1].GetIncrby().GetValue() != 42 || string(replies[3].GetGet().GetValue()) != "42" {
		t.Fatalf("replies = %v", replies)
	}
	var redisErr keyspace.RedisError
	if err := keyspace.ReplyError(replies[2]); !errors.As(err, &redisErr) || redisErr.Prefix != "WRONGTYPE" {
		t.Fatalf("ReplyError(LPUSH on a string) = %#v", err)
	}
	for _, i := range []int{0, 1, 3} {
		if err := keyspace.ReplyError(replies[i]); err != nil {
			t.Fatalf("ReplyError(reply %d) = %v", i, err)
		}
	}
}

func TestExecAbortsWhenAWatchedKeyChanged(t *testing.T) {
	kv, ctx, key := connect(t)
	watch, err := kv.RPC().Watch(ctx, &keyspacev1.WatchRequest{Keys: [][]byte{[]byte(key("w"))}})
	if err != nil {
		t.Fatal(err)
	}
	watched := []*keyspacev1.WatchedKey{{Key: []byte(key("w")), Version: watch.GetVersions()[0]}}
	set := keyspace.Command(&keyspacev1.SetRequest{Key: []byte(key("w")), Value: []byte("tx")})
	replies, err := kv.Exec(ctx, watched, set)
	if err != nil || len(replies) != 1 || !replies[0].GetSet().GetWritten() {
		t.Fatalf("Exec with an unchanged watched key = %v, %v", replies, err)
	}
	// The transaction's own write changed the key: the same versions abort.
	if _, err := kv.Exec(ctx, watched, set); !errors.Is(err, keyspace.ErrAborted) {
		t.Fatalf("Exec with a changed watched key = %v; want ErrAborted", err)
	}
}

func receive(t *testing.T, sub *keyspace.Subscription) keyspace.Message {
	t.Helper()
	select {
	case message, ok := <-sub.Messages():
		if !ok {
			t.Fatalf("the subscription ended: %v", sub.Err())
		}
		return message
	case <-time.After(5 * time.Second):
		t.Fatal("no message within 5 s")
	}
	return keyspace.Message{}
}

func TestSubscribeDeliversPublishedMessages(t *testing.T) {
	kv, ctx, key := connect(t)
	sub, err := kv.Subscribe(ctx, key("news"), key("chat"))
	if err != nil {
		t.Fatal(err)
	}
	for _, publish := range []struct{ channel, payload string }{
		{key("news"), "hello"}, {key("nobody"), "lost"}, {key("chat"), "\x00\xff"},
	} {
		if _, err := kv.Publish(ctx, publish.channel, []byte(publish.payload)); err != nil {
			t.Fatal(err)
		}
	}
	first, second := receive(t, sub), receive(t, sub)
	if first.Channel != key("news") || string(first.Payload) != "hello" || first.Pattern != "" {
		t.Fatalf("first message = %+v", first)
	}
	if second.Channel != key("chat") || !bytes.Equal(second.Payload, []byte{0, 0xff}) {
		t.Fatalf("second message = %+v", second)
	}
	if second.Sequence == 0 {
		t.Fatalf("second message has no sequence number: %+v", second)
	}
	if err := sub.Close(); err != nil {
		t.Fatal(err)
	}
	if _, open := <-sub.Messages(); open {
		t.Fatal("Messages is still open after Close")
	}
	if err := sub.Err(); err != nil {
		t.Fatalf("Err after Close = %v", err)
	}
}

func TestPSubscribeNamesThePattern(t *testing.T) {
	kv, ctx, key := connect(t)
	pattern := key("news.*")
	sub, err := kv.PSubscribe(ctx, pattern)
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Close()
	receivers, err := kv.Publish(ctx, key("news.tech"), []byte("go"))
	if err != nil || receivers != 1 {
		t.Fatalf("Publish = %d, %v; want 1 receiver", receivers, err)
	}
	message := receive(t, sub)
	if message.Channel != key("news.tech") || message.Pattern != pattern || string(message.Payload) != "go" {
		t.Fatalf("message = %+v", message)
	}
}
