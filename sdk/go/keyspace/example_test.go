package keyspace_test

import (
	"context"
	"errors"
	"fmt"
	"log"
	"time"

	"github.com/keyspace/keyspace/sdk/go/keyspace"
)

// The README's example (compiled, not run: it needs a server).
func Example() {
	ctx := context.Background()
	kv, err := keyspace.Dial("localhost:7379")
	if err != nil {
		log.Fatal(err)
	}
	defer kv.Close()
	kv.Set(ctx, "greeting", []byte("hello"), keyspace.TTL(10*time.Second))
	value, ok, err := kv.Get(ctx, "greeting") // []byte("hello"), true, nil
	fmt.Println(string(value), ok, err)
}

func ExampleRedisError() {
	ctx := context.Background()
	kv, err := keyspace.Dial("localhost:7379")
	if err != nil {
		log.Fatal(err)
	}
	defer kv.Close()
	_, err = kv.Incr(ctx, "greeting")
	var redisErr keyspace.RedisError
	if errors.As(err, &redisErr) && redisErr.Prefix == "ERR" {
		fmt.Println("not a number:", redisErr.Message)
	}
}
