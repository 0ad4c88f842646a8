package keyspace

import (
	"context"
	"fmt"

	keyspacev1 "github.com/keyspace/keyspace/sdk/go/keyspace/v1"
)

// Message is a message published to a channel the subscription follows.
type Message struct {
	// Channel is the channel it was published to.
	Channel string
	// Pattern is the pattern that matched, for a pattern subscription
	// (Redis's pmessage); "" otherwise.
	Pattern string
	// Payload is the published message.
	Payload []byte
	// Sequence is its number on the channel (see subscribe.proto).
	Sequence uint64
}

// Subscription is a Subscribe stream: the published messages arrive on
// Messages. Close it when done.
type Subscription struct {
	messages chan Message
	cancel   context.CancelFunc
	err      error
	done     chan struct{}
}

// Subscribe follows channels (SUBSCRIBE). It returns once the server has
// confirmed every channel, so a message published after it returns is
// delivered.
func (c *Client) Subscribe(ctx context.Context, channels ...string) (*Subscription, error) {
	return c.subscribe(ctx, keyspacev1.SubscribeAction_SUBSCRIBE_ACTION_SUBSCRIBE, channels)
}

// PSubscribe follows the channels matching glob-style patterns (PSUBSCRIBE);
// each message's Pattern says which pattern matched.
func (c *Client) PSubscribe(ctx context.Context, patterns ...string) (*Subscription, error) {
	return c.subscribe(ctx, keyspacev1.SubscribeAction_SUBSCRIBE_ACTION_PSUBSCRIBE, patterns)
}

func (c *Client) subscribe(ctx context.Context, action keyspacev1.SubscribeAction, names []string) (*Subscription, error) {
	ctx, cancel := context.WithCancel(ctx)
	stream, err := c.rpc.Subscribe(ctx)
	if err == nil {
		err = stream.Send(&keyspacev1.SubscribeRequest{Action: action, Channels: bytesOf(names)})
	}
	// Read until every name is confirmed; messages may come in the same
	// responses, and are kept.
	var early []*keyspacev1.SubscriptionEvent
	for confirmed := 0; err == nil && confirmed < len(names); {
		var response *keyspacev1.SubscribeResponse
		if response, err = stream.Recv(); err != nil {
			break
		}
		for _, event := range response.GetEvents() {
			switch {
			case event.GetChange() != nil:
				confirmed++
			case event.GetError() != nil:
				err = ReplyError(&keyspacev1.Reply{Reply: &keyspacev1.Reply_Error{Error: event.GetError()}})
			default:
				early = append(early, event)
			}
		}
	}
	if err != nil {
		cancel()
		return nil, err
	}
	s := &Subscription{messages: make(chan Message, 64), cancel: cancel, done: make(chan struct{})}
	go func() {
		defer close(s.done)
		defer close(s.messages)
		deliver := func(events []*keyspacev1.SubscriptionEvent) bool {
			for _, event := range events {
				if failure := event.GetError(); failure != nil {
					s.err = fmt.Errorf("keyspace: subscription: %s", failure.GetMessage())
					return false
				}
				message := event.GetMessage()
				if message == nil { // confirmations, heartbeats, pongs
					continue
				}
				select {
				case s.messages <- Message{
					Channel:  string(message.GetChannel()),
					Pattern:  string(message.GetPattern()),
					Payload:  message.GetPayload(),
					Sequence: message.GetSequence(),
				}:
				case <-ctx.Done():
					return false
				}
			}
			return true
		}
		if !deliver(early) {
			return
		}
		for {
			response, err := stream.Recv()
			if err != nil {
				if ctx.Err() == nil {
					s.err = err
				}
				return
			}
			if !deliver(response.GetEvents()) {
				return
			}
		}
	}()
	return s, nil
}

// Messages delivers the published messages in order. It is closed when the
// subscription ends: by Close, by the context, or by a failure that Err
// then returns (for instance the server dropping a subscriber that read too
// slowly, with RESOURCE_EXHAUSTED).
func (s *Subscription) Messages() <-chan Message { return s.messages }

// Err is why the subscription ended, once Messages is closed; nil after
// Close or the context's end.
func (s *Subscription) Err() error {
	<-s.done
	return s.err
}

// Close ends the subscription and waits until Messages is closed.
func (s *Subscription) Close() error {
	s.cancel()
	<-s.done
	return nil
}
