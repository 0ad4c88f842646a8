package keyspace

import (
	"context"
	"errors"
	"io"

	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	keyspacev1 "github.com/keyspace/keyspace/sdk/go/keyspace/v1"
)

// RedisError is an error reply of Redis, as the server sent it: the prefix
// (ERR, WRONGTYPE, ...) that programs branch on, Redis's whole text, and the
// gRPC code the call ended with.
//
//	var redisErr keyspace.RedisError
//	if errors.As(err, &redisErr) && redisErr.Prefix == "WRONGTYPE" { ... }
type RedisError struct {
	// Prefix is the first word of Message, e.g. "ERR" or "WRONGTYPE".
	Prefix string
	// Message is Redis's error text, prefix included.
	Message string
	// Code is the gRPC status code of the failed call.
	Code codes.Code
}

func (e RedisError) Error() string { return e.Message }

// GRPCStatus keeps status.Code and status.FromError working on a RedisError.
func (e RedisError) GRPCStatus() *status.Status { return status.New(e.Code, e.Message) }

// fromStatus turns a failed call whose status carries a google.rpc.ErrorInfo
// (how the server marks Redis's errors) into a RedisError; any other error,
// io.EOF included, is returned as it is.
func fromStatus(err error) error {
	if err == nil || errors.Is(err, io.EOF) {
		return err
	}
	st, ok := status.FromError(err)
	if !ok {
		return err
	}
	for _, detail := range st.Details() {
		if info, ok := detail.(*errdetails.ErrorInfo); ok {
			return RedisError{Prefix: info.GetReason(), Message: st.Message(), Code: st.Code()}
		}
	}
	return err
}

// ReplyError is the error of a Pipeline or Exec reply as a RedisError, or
// nil when the command succeeded.
func ReplyError(reply *keyspacev1.Reply) error {
	failure := reply.GetError()
	if failure == nil {
		return nil
	}
	return RedisError{
		Prefix:  failure.GetReason(),
		Message: failure.GetMessage(),
		Code:    codes.Code(failure.GetCode()),
	}
}

// errorConn converts the errors of every call made through it, unary or
// streaming, so that the generated client returns RedisError too.
type errorConn struct{ grpc.ClientConnInterface }

func (c errorConn) Invoke(ctx context.Context, method string, args, reply any, opts ...grpc.CallOption) error {
	return fromStatus(c.ClientConnInterface.Invoke(ctx, method, args, reply, opts...))
}

func (c errorConn) NewStream(ctx context.Context, desc *grpc.StreamDesc, method string, opts ...grpc.CallOption) (grpc.ClientStream, error) {
	stream, err := c.ClientConnInterface.NewStream(ctx, desc, method, opts...)
	if err != nil {
		return nil, fromStatus(err)
	}
	return errorStream{stream}, nil
}

type errorStream struct{ grpc.ClientStream }

func (s errorStream) SendMsg(m any) error { return fromStatus(s.ClientStream.SendMsg(m)) }
func (s errorStream) RecvMsg(m any) error { return fromStatus(s.ClientStream.RecvMsg(m)) }
