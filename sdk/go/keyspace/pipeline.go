package keyspace

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"

	keyspacev1 "github.com/keyspace/keyspace/sdk/go/keyspace/v1"
)

// ErrAborted is Exec's error when a watched key changed and nothing ran
// (Redis's nil reply to EXEC).
var ErrAborted = errors.New("keyspace: transaction aborted: a watched key changed")

// commandFields maps each request message to its field of Command's oneof
// (SetRequest to "set", ...), read from the schema once.
var commandFields = sync.OnceValue(func() map[protoreflect.FullName]protoreflect.FieldDescriptor {
	fields := (&keyspacev1.Command{}).ProtoReflect().Descriptor().Oneofs().ByName("command").Fields()
	byRequest := make(map[protoreflect.FullName]protoreflect.FieldDescriptor, fields.Len())
	for i := 0; i < fields.Len(); i++ {
		byRequest[fields.Get(i).Message().FullName()] = fields.Get(i)
	}
	return byRequest
})

// Command wraps a request of any command RPC (a *keyspacev1.SetRequest, ...)
// as a Command for Pipeline and Exec. It panics when request is not one,
// which is a programming error.
func Command(request proto.Message) *keyspacev1.Command {
	message := request.ProtoReflect()
	field, ok := commandFields()[message.Descriptor().FullName()]
	if !ok {
		panic(fmt.Sprintf("keyspace.Command: %s is not a command's request", message.Descriptor().FullName()))
	}
	command := &keyspacev1.Command{}
	command.ProtoReflect().Set(field, protoreflect.ValueOfMessage(message))
	return command
}

// Pipeline sends commands in one batch on the Pipeline stream and returns
// one reply per command, in order. A command that fails has an error reply
// (see ReplyError) and the others still run; the returned error is for the
// call as a whole.
func (c *Client) Pipeline(ctx context.Context, commands ...*keyspacev1.Command) ([]*keyspacev1.Reply, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel() // ends the stream
	stream, err := c.rpc.Pipeline(ctx)
	if err != nil {
		return nil, err
	}
	if err := stream.Send(&keyspacev1.PipelineRequest{Commands: commands}); err != nil {
		return nil, err
	}
	if err := stream.CloseSend(); err != nil {
		return nil, err
	}
	response, err := stream.Recv()
	if err != nil {
		return nil, err
	}
	return response.GetReplies(), nil
}

// Exec runs commands as one transaction (MULTI ... EXEC): in order, with no
// other client's command in between. A command that fails has an error
// reply and the others still run, as in Redis. watched are keys and the
// versions RPC().Watch returned; if any changed, nothing runs and the error
// is ErrAborted.
func (c *Client) Exec(ctx context.Context, watched []*keyspacev1.WatchedKey, commands ...*keyspacev1.Command) ([]*keyspacev1.Reply, error) {
	response, err := c.rpc.Exec(ctx, &keyspacev1.ExecRequest{Commands: commands, Watched: watched})
	if err != nil {
		return nil, err
	}
	if response.GetAborted() {
		return nil, ErrAborted
	}
	return response.GetReplies(), nil
}
