// Command conformance runs tests/conformance/scenarios.json against a live
// server through the Go SDK and prints one JSON line per scenario (the format
// is in tests/conformance/README.md):
//
//	conformance --address 127.0.0.1:7379 --scenarios tests/conformance/scenarios.json
//
// Unary steps call the generated client's method of the step's name (found
// by reflection, so every RPC is reachable), errors are read as
// keyspace.RedisError, pipelines go through Client.Pipeline, and
// subscriptions use the raw Subscribe stream, whose every event the
// scenarios compare.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"reflect"
	"strings"
	"time"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"

	"github.com/keyspace/keyspace/sdk/go/keyspace"
	keyspacev1 "github.com/keyspace/keyspace/sdk/go/keyspace/v1"
)

const (
	callTimeout  = 10 * time.Second
	eventTimeout = 5 * time.Second
)

type scenario struct {
	Name  string `json:"name"`
	Steps []step `json:"steps"`
}

// step is one of the four kinds; which fields are set says which.
type step struct {
	Call      string            `json:"call"`
	Request   json.RawMessage   `json:"request"`
	Response  json.RawMessage   `json:"response"`
	Error     *expectedError    `json:"error"`
	Pipeline  []json.RawMessage `json:"pipeline"`
	Replies   []json.RawMessage `json:"replies"`
	Subscribe json.RawMessage   `json:"subscribe"`
	Publish   []json.RawMessage `json:"publish"`
	Events    []json.RawMessage `json:"events"`
}

type expectedError struct {
	Code    string `json:"code"`
	Reason  string `json:"reason"`
	Message string `json:"message"`
}

type result struct {
	Scenario string `json:"scenario"`
	Passed   bool   `json:"passed"`
	Detail   string `json:"detail"`
}

func main() {
	address := flag.String("address", "", "the server, host:port")
	scenarios := flag.String("scenarios", "", "the scenarios file")
	flag.Parse()
	if *address == "" || *scenarios == "" {
		fmt.Fprintln(os.Stderr, "usage: conformance --address HOST:PORT --scenarios FILE")
		os.Exit(2)
	}
	if err := run(*address, *scenarios); err != nil {
		fmt.Fprintln(os.Stderr, "conformance:", err)
		os.Exit(1)
	}
}

func run(address, path string) error {
	text, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var file struct {
		Scenarios []scenario `json:"scenarios"`
	}
	if err := json.Unmarshal(text, &file); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	client, err := keyspace.Dial(address)
	if err != nil {
		return err
	}
	defer client.Close()
	out := json.NewEncoder(os.Stdout)
	for _, s := range file.Scenarios {
		detail := runScenario(client, s)
		if err := out.Encode(result{Scenario: s.Name, Passed: detail == "", Detail: detail}); err != nil {
			return err
		}
	}
	return nil
}

// runScenario returns "" when every step passed, else the first mismatch.
func runScenario(client *keyspace.Client, s scenario) string {
	ctx, cancel := context.WithTimeout(context.Background(), callTimeout)
	defer cancel()
	if _, err := client.RPC().FlushAll(ctx, &keyspacev1.FlushAllRequest{}); err != nil {
		return "FlushAll: " + err.Error()
	}
	for i, st := range s.Steps {
		var err error
		switch {
		case st.Call != "":
			err = unary(client, st)
		case st.Pipeline != nil:
			err = pipeline(client, st)
		case st.Subscribe != nil:
			err = subscription(client, st)
		default:
			err = errors.New("unknown kind of step")
		}
		if err != nil {
			return fmt.Sprintf("step %d: %v", i+1, err)
		}
	}
	return ""
}

func parse(text json.RawMessage, message proto.Message) error {
	if len(text) == 0 {
		text = json.RawMessage("{}")
	}
	if err := protojson.Unmarshal(text, message); err != nil {
		return fmt.Errorf("%s: %w", text, err)
	}
	return nil
}

func show(message proto.Message) string {
	text, err := protojson.Marshal(message)
	if err != nil {
		return fmt.Sprintf("<%v>", err)
	}
	return string(text)
}

func compare(label string, got, want proto.Message) error {
	if !proto.Equal(got, want) {
		return fmt.Errorf("%s: got %s, want %s", label, show(got), show(want))
	}
	return nil
}

// unary calls the generated client's method named by the step.
func unary(client *keyspace.Client, st step) error {
	method := reflect.ValueOf(client.RPC()).MethodByName(st.Call)
	if !method.IsValid() {
		return fmt.Errorf("no RPC named %q", st.Call)
	}
	request := reflect.New(method.Type().In(1).Elem()).Interface().(proto.Message)
	if err := parse(st.Request, request); err != nil {
		return err
	}
	label := fmt.Sprintf("%s %s", st.Call, show(request))
	ctx, cancel := context.WithTimeout(context.Background(), callTimeout)
	defer cancel()
	results := method.Call([]reflect.Value{reflect.ValueOf(ctx), reflect.ValueOf(request)})
	if failure, _ := results[1].Interface().(error); failure != nil {
		got := describe(failure)
		if st.Error == nil {
			return fmt.Errorf("%s: failed with %+v", label, got)
		}
		if got != *st.Error {
			return fmt.Errorf("%s: failed with %+v, want %+v", label, got, *st.Error)
		}
		return nil
	}
	response := results[0].Interface().(proto.Message)
	if st.Error != nil {
		return fmt.Errorf("%s: got %s, want the error %+v", label, show(response), *st.Error)
	}
	want := response.ProtoReflect().New().Interface()
	if err := parse(st.Response, want); err != nil {
		return err
	}
	return compare(label, response, want)
}

// describe reads a failed call as the scenarios write it.
func describe(failure error) expectedError {
	var redisErr keyspace.RedisError
	if errors.As(failure, &redisErr) {
		return expectedError{Code: codeName(redisErr.Code), Reason: redisErr.Prefix, Message: redisErr.Message}
	}
	st := status.Convert(failure)
	return expectedError{Code: codeName(st.Code()), Message: st.Message()}
}

// codeName is a code's canonical name (FAILED_PRECONDITION), which
// codes.Code's String does not give.
func codeName(code codes.Code) string {
	names := map[codes.Code]string{
		codes.OK: "OK", codes.Canceled: "CANCELLED", codes.Unknown: "UNKNOWN",
		codes.InvalidArgument: "INVALID_ARGUMENT", codes.DeadlineExceeded: "DEADLINE_EXCEEDED",
		codes.NotFound: "NOT_FOUND", codes.AlreadyExists: "ALREADY_EXISTS",
		codes.PermissionDenied: "PERMISSION_DENIED", codes.ResourceExhausted: "RESOURCE_EXHAUSTED",
		codes.FailedPrecondition: "FAILED_PRECONDITION", codes.Aborted: "ABORTED",
		codes.OutOfRange: "OUT_OF_RANGE", codes.Unimplemented: "UNIMPLEMENTED",
		codes.Internal: "INTERNAL", codes.Unavailable: "UNAVAILABLE", codes.DataLoss: "DATA_LOSS",
		codes.Unauthenticated: "UNAUTHENTICATED",
	}
	if name, ok := names[code]; ok {
		return name
	}
	return code.String()
}

func pipeline(client *keyspace.Client, st step) error {
	commands := make([]*keyspacev1.Command, len(st.Pipeline))
	for i, text := range st.Pipeline {
		commands[i] = &keyspacev1.Command{}
		if err := parse(text, commands[i]); err != nil {
			return err
		}
	}
	want := &keyspacev1.PipelineResponse{}
	for _, text := range st.Replies {
		reply := &keyspacev1.Reply{}
		if err := parse(text, reply); err != nil {
			return err
		}
		want.Replies = append(want.Replies, reply)
	}
	ctx, cancel := context.WithTimeout(context.Background(), callTimeout)
	defer cancel()
	replies, err := client.Pipeline(ctx, commands...)
	if err != nil {
		return fmt.Errorf("Pipeline: %w", err)
	}
	return compare("Pipeline", &keyspacev1.PipelineResponse{Replies: replies}, want)
}

func subscription(client *keyspace.Client, st step) error {
	request := &keyspacev1.SubscribeRequest{}
	if err := parse(st.Subscribe, request); err != nil {
		return err
	}
	want := make([]*keyspacev1.SubscriptionEvent, len(st.Events))
	for i, text := range st.Events {
		want[i] = &keyspacev1.SubscriptionEvent{}
		if err := parse(text, want[i]); err != nil {
			return err
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel() // ends the stream
	stream, err := client.RPC().Subscribe(ctx)
	if err != nil {
		return fmt.Errorf("Subscribe: %w", err)
	}
	if err := stream.Send(request); err != nil {
		return fmt.Errorf("Subscribe: %w", err)
	}
	events := make(chan *keyspacev1.SubscriptionEvent, 64)
	go func() {
		defer close(events)
		for {
			response, err := stream.Recv()
			if err != nil {
				return
			}
			for _, event := range response.GetEvents() {
				select {
				case events <- event:
				case <-ctx.Done():
					return
				}
			}
		}
	}()
	var got []*keyspacev1.SubscriptionEvent
	read := func(done func() bool) {
		for !done() {
			select {
			case event, ok := <-events:
				if !ok {
					return
				}
				if event.GetHeartbeat() != nil {
					continue
				}
				clearVolatile(event)
				got = append(got, event)
			case <-time.After(eventTimeout):
				return
			}
		}
	}
	read(func() bool {
		confirmed := 0
		for _, event := range got {
			if event.GetChange() != nil {
				confirmed++
			}
		}
		return confirmed >= len(request.GetChannels()) || len(got) > len(want)
	})
	for _, text := range st.Publish {
		publish := &keyspacev1.PublishRequest{}
		if err := parse(text, publish); err != nil {
			return err
		}
		callCtx, callCancel := context.WithTimeout(context.Background(), callTimeout)
		_, err := client.RPC().Publish(callCtx, publish)
		callCancel()
		if err != nil {
			return fmt.Errorf("Publish %s: %w", show(publish), err)
		}
	}
	read(func() bool { return len(got) >= len(want) })
	if len(got) != len(want) {
		shown := make([]string, len(got))
		for i, event := range got {
			shown[i] = show(event)
		}
		return fmt.Errorf("Subscribe: got %d events [%s], want %d", len(got), strings.Join(shown, ", "), len(want))
	}
	for i := range want {
		if err := compare(fmt.Sprintf("Subscribe event %d", i), got[i], want[i]); err != nil {
			return err
		}
	}
	return nil
}

// clearVolatile clears the fields that differ between runs (run_id and
// sequence), as the format says.
func clearVolatile(event *keyspacev1.SubscriptionEvent) {
	message := event.ProtoReflect()
	which := message.WhichOneof(message.Descriptor().Oneofs().ByName("event"))
	if which == nil {
		return
	}
	part := message.Get(which).Message()
	for _, name := range []string{"run_id", "sequence"} {
		if field := part.Descriptor().Fields().ByName(protoreflect.Name(name)); field != nil {
			part.Clear(field)
		}
	}
}
