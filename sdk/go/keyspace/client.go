package keyspace

import (
	"context"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	keyspacev1 "github.com/keyspace/keyspace/sdk/go/keyspace/v1"
)

// Client talks to one Keyspace server. It is safe for concurrent use; make
// one and share it.
type Client struct {
	conn *grpc.ClientConn // nil when the caller owns the connection (New)
	rpc  keyspacev1.KeyspaceServiceClient
}

// Dial connects to a server at address ("localhost:7379"). Without options
// the connection is plaintext, as the server serves by default; options are
// passed to grpc.NewClient and come after that default, so TLS credentials
// replace it.
func Dial(address string, options ...grpc.DialOption) (*Client, error) {
	options = append([]grpc.DialOption{
		grpc.WithTransportCredentials(insecure.NewCredentials()),
	}, options...)
	conn, err := grpc.NewClient(address, options...)
	if err != nil {
		return nil, err
	}
	client := New(conn)
	client.conn = conn
	return client, nil
}

// New makes a client on a connection the caller made and will close.
func New(conn grpc.ClientConnInterface) *Client {
	return &Client{rpc: keyspacev1.NewKeyspaceServiceClient(errorConn{conn})}
}

// Close closes the connection Dial made; it does nothing for New's.
func (c *Client) Close() error {
	if c.conn == nil {
		return nil
	}
	return c.conn.Close()
}

// RPC is the generated client: every RPC of the schema, one per Redis
// command, with Redis's errors returned as RedisError.
func (c *Client) RPC() keyspacev1.KeyspaceServiceClient { return c.rpc }

// Get returns the value of key (GET). ok is false when the key does not
// exist (Redis's nil); an empty value is ok with len(value) == 0.
func (c *Client) Get(ctx context.Context, key string) (value []byte, ok bool, err error) {
	reply, err := c.rpc.Get(ctx, &keyspacev1.GetRequest{Key: []byte(key)})
	if err != nil || reply.Value == nil {
		return nil, false, err
	}
	return reply.Value, true, nil
}

// SetOption is one of SET's options: NX, XX, TTL, KeepTTL.
type SetOption func(*keyspacev1.SetRequest)

// NX sets the key only if it does not exist.
func NX() SetOption {
	return func(r *keyspacev1.SetRequest) { r.Condition = keyspacev1.SetCondition_SET_CONDITION_NX }
}

// XX sets the key only if it already exists.
func XX() SetOption {
	return func(r *keyspacev1.SetRequest) { r.Condition = keyspacev1.SetCondition_SET_CONDITION_XX }
}

// TTL makes the key expire after d, with millisecond precision (PX).
func TTL(d time.Duration) SetOption {
	return func(r *keyspacev1.SetRequest) {
		r.Expiration = &keyspacev1.SetRequest_Px{Px: d.Milliseconds()}
	}
}

// KeepTTL keeps the expiry the key already has (KEEPTTL); without it SET
// clears it, as in Redis.
func KeepTTL() SetOption {
	return func(r *keyspacev1.SetRequest) {
		r.Expiration = &keyspacev1.SetRequest_Keepttl{Keepttl: true}
	}
}

// Set stores value at key (SET). written is false when NX or XX prevented
// the write.
func (c *Client) Set(ctx context.Context, key string, value []byte, options ...SetOption) (written bool, err error) {
	request := &keyspacev1.SetRequest{Key: []byte(key), Value: value}
	for _, option := range options {
		option(request)
	}
	reply, err := c.rpc.Set(ctx, request)
	return reply.GetWritten(), err
}

// Del removes keys (DEL) and returns how many existed.
func (c *Client) Del(ctx context.Context, keys ...string) (int64, error) {
	reply, err := c.rpc.Del(ctx, &keyspacev1.DelRequest{Keys: bytesOf(keys)})
	return reply.GetCount(), err
}

// Exists counts the keys that exist (EXISTS); a key named twice counts twice.
func (c *Client) Exists(ctx context.Context, keys ...string) (int64, error) {
	reply, err := c.rpc.Exists(ctx, &keyspacev1.ExistsRequest{Keys: bytesOf(keys)})
	return reply.GetCount(), err
}

// Incr adds one to the integer at key (INCR) and returns the new value.
func (c *Client) Incr(ctx context.Context, key string) (int64, error) {
	reply, err := c.rpc.Incr(ctx, &keyspacev1.IncrRequest{Key: []byte(key)})
	return reply.GetValue(), err
}

// IncrBy adds increment to the integer at key (INCRBY).
func (c *Client) IncrBy(ctx context.Context, key string, increment int64) (int64, error) {
	reply, err := c.rpc.IncrBy(ctx, &keyspacev1.IncrByRequest{Key: []byte(key), Increment: increment})
	return reply.GetValue(), err
}

// Publish posts message to channel (PUBLISH) and returns how many
// subscriptions received it.
func (c *Client) Publish(ctx context.Context, channel string, message []byte) (int64, error) {
	reply, err := c.rpc.Publish(ctx, &keyspacev1.PublishRequest{Channel: []byte(channel), Message: message})
	return reply.GetReceivers(), err
}

func bytesOf(strings []string) [][]byte {
	out := make([][]byte, len(strings))
	for i, s := range strings {
		out[i] = []byte(s)
	}
	return out
}
