package keyspace_test

import (
	"testing"

	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/known/emptypb"

	"github.com/keyspace/keyspace/sdk/go/keyspace"
	keyspacev1 "github.com/keyspace/keyspace/sdk/go/keyspace/v1"
)

// Every field of Command's oneof is reachable through keyspace.Command, and
// lands in that field: the lookup is built from the schema, so a command
// added to it needs no change here.
func TestCommandWrapsEveryRequest(t *testing.T) {
	fields := (&keyspacev1.Command{}).ProtoReflect().Descriptor().Oneofs().ByName("command").Fields()
	if fields.Len() < 100 {
		t.Fatalf("Command has %d fields; the schema has more commands than that", fields.Len())
	}
	for i := 0; i < fields.Len(); i++ {
		field := fields.Get(i)
		request := (&keyspacev1.Command{}).ProtoReflect().NewField(field).Message().Interface()
		command := keyspace.Command(request)
		which := command.ProtoReflect().WhichOneof(field.ContainingOneof())
		if which == nil || which.Name() != field.Name() {
			t.Errorf("Command(%T) set %v, want %s", request, which, field.Name())
		}
		if got := command.ProtoReflect().Get(field).Message().Interface(); got != proto.Message(request) {
			t.Errorf("Command(%T) holds a copy, want the request itself", request)
		}
	}
}

func TestCommandPanicsOnAMessageThatIsNoRequest(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("Command(&emptypb.Empty{}) did not panic")
		}
	}()
	keyspace.Command(&emptypb.Empty{})
}

func TestReplyErrorIsARedisErrorWithThePrefix(t *testing.T) {
	reply := &keyspacev1.Reply{Reply: &keyspacev1.Reply_Error{Error: &keyspacev1.Error{
		Reason: "WRONGTYPE", Message: "WRONGTYPE Operation against a key holding the wrong kind of value", Code: 9,
	}}}
	err := keyspace.ReplyError(reply)
	redisErr, ok := err.(keyspace.RedisError)
	if !ok || redisErr.Prefix != "WRONGTYPE" || redisErr.Code != 9 || err.Error() != reply.GetError().GetMessage() {
		t.Fatalf("ReplyError = %#v", err)
	}
	if err := keyspace.ReplyError(&keyspacev1.Reply{Reply: &keyspacev1.Reply_Get{Get: &keyspacev1.GetResponse{}}}); err != nil {
		t.Fatalf("ReplyError of a successful reply = %v", err)
	}
}
