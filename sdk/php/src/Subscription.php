<?php

declare(strict_types=1);

namespace Keyspace;

use Keyspace\Grpc\Stream;
use Keyspace\V1\PubSubMessage;
use Keyspace\V1\SubscribeAction;
use Keyspace\V1\SubscribeRequest;
use Keyspace\V1\SubscribeResponse;
use Keyspace\V1\SubscriptionEvent;

/**
 * A Subscribe stream: Redis's subscribed connection. Client::subscribe()
 * and Client::psubscribe() return one once the server has confirmed every
 * channel, so a message published after that is delivered. Iterate it to
 * get each Message as it arrives (a generator that ends when the
 * subscription is closed):
 *
 *     foreach ($kv->subscribe('news') as $message) {
 *         echo $message->payload, "\n";
 *     }
 *
 * The stream stays open in both directions, so subscribe(), psubscribe(),
 * unsubscribe() and punsubscribe() change what it follows at any time; each
 * returns once the server confirmed the change, and messages that arrive
 * meanwhile wait for the next receive(). Messages are read from the
 * connection only while this process is inside receive() or another call of
 * the same client (which buffers them meanwhile): a process that calls
 * nothing does not read, is to the server a slow subscriber, and is dropped
 * when its output buffer limit is passed, as Redis does; iterating then
 * throws a StatusException (RESOURCE_EXHAUSTED).
 *
 * @implements \IteratorAggregate<int, Message>
 */
final class Subscription implements \IteratorAggregate
{
    /** @var \SplQueue<Message> messages read while waiting for confirmations */
    private \SplQueue $early;
    /** @var array<string, true> */
    private array $channels = [];
    /** @var array<string, true> */
    private array $patterns = [];
    /** @var \SplQueue<SubscriptionEvent> events read, not yet handled */
    private \SplQueue $events;
    private bool $closed = false;
    private string $runId = '';

    /** @internal Client::subscribe() and Client::psubscribe() make one. */
    public function __construct(private readonly Stream $stream)
    {
        $this->early = new \SplQueue();
        $this->events = new \SplQueue();
    }

    /** SUBSCRIBE: follows more channels; returns once the server confirmed them. */
    public function subscribe(string ...$channels): void
    {
        $this->request(SubscribeAction::SUBSCRIBE_ACTION_SUBSCRIBE, $channels, count($channels));
    }

    /** PSUBSCRIBE: follows the channels matching glob-style patterns. */
    public function psubscribe(string ...$patterns): void
    {
        $this->request(SubscribeAction::SUBSCRIBE_ACTION_PSUBSCRIBE, $patterns, count($patterns));
    }

    /** UNSUBSCRIBE: stops following channels; none means every channel. */
    public function unsubscribe(string ...$channels): void
    {
        // Redis confirms each channel removed, or once when there is none.
        $confirmations = $channels === [] ? max(count($this->channels), 1) : count($channels);
        $this->request(SubscribeAction::SUBSCRIBE_ACTION_UNSUBSCRIBE, $channels, $confirmations);
    }

    /** PUNSUBSCRIBE: stops following patterns; none means every pattern. */
    public function punsubscribe(string ...$patterns): void
    {
        $confirmations = $patterns === [] ? max(count($this->patterns), 1) : count($patterns);
        $this->request(SubscribeAction::SUBSCRIBE_ACTION_PUNSUBSCRIBE, $patterns, $confirmations);
    }

    /** @return list<string> the channels followed, as the server confirmed them */
    public function channels(): array
    {
        return array_map('strval', array_keys($this->channels));
    }

    /** @return list<string> the patterns followed */
    public function patterns(): array
    {
        return array_map('strval', array_keys($this->patterns));
    }

    /** The server run's identity, from the last confirmation (see subscribe.proto). */
    public function runId(): string
    {
        return $this->runId;
    }

    /**
     * The next message, waiting at most $timeout seconds (null: until one
     * comes); null when the time passed, or once the subscription is closed.
     *
     * @throws StatusException when the server ended the subscription (for
     *         example RESOURCE_EXHAUSTED: the output buffer limit)
     */
    public function receive(?float $timeout = null): ?Message
    {
        if ($this->closed) {
            return null;
        }
        if (!$this->early->isEmpty()) {
            return $this->early->dequeue();
        }
        $deadline = $timeout === null ? null : hrtime(true) / 1e9 + $timeout;
        while (!$this->closed) {
            $event = $this->nextEvent($deadline);
            if ($event === null) {
                return null;
            }
            if ($event->hasMessage()) {
                return self::message($event->getMessage());
            }
            if ($event->hasError()) {
                // Requests are answered before they return: an error event
                // now has no request to belong to.
                throw CommandException::fromReply($event->getError());
            }
            $this->note($event); // confirmations, heartbeats: not messages
        }
        return null;
    }

    /** Each message as it arrives, until the subscription is closed. */
    public function getIterator(): \Generator
    {
        while (($message = $this->receive()) !== null) {
            yield $message;
        }
    }

    /** A subscription nobody holds ends: its messages would pile up unread. */
    public function __destruct()
    {
        $this->close();
    }

    /** Ends the subscription (cancels the stream). Safe to call more than once. */
    public function close(): void
    {
        $this->closed = true;
        $this->stream->cancel();
    }

    public function closed(): bool
    {
        return $this->closed;
    }

    /**
     * Sends one request and reads events until its confirmations came;
     * messages read meanwhile wait in $early.
     *
     * @param list<string> $names
     */
    private function request(int $action, array $names, int $confirmations): void
    {
        if ($this->closed) {
            throw new \LogicException('the subscription is closed');
        }
        $this->stream->write(new SubscribeRequest(['action' => $action, 'channels' => $names]));
        // A request without names gets an error event rather than a confirmation.
        $confirmed = 0;
        while ($confirmed < max($confirmations, 1)) {
            $event = $this->nextEvent(null);
            if ($event === null) {
                throw new StatusException(
                    'the subscription ended before the server confirmed it',
                    Grpc\Code::UNKNOWN,
                );
            }
            if ($event->hasError()) {
                throw CommandException::fromReply($event->getError());
            }
            if ($event->hasMessage()) {
                $this->early->enqueue(self::message($event->getMessage()));
            } elseif ($event->hasChange() && $event->getChange()->getAction() === $action) {
                $confirmed++;
            }
            $this->note($event);
        }
    }

    /**
     * The next event of the stream, or null once $deadline passed or the
     * stream ended by close().
     */
    private function nextEvent(?float $deadline): ?SubscriptionEvent
    {
        while ($this->events->isEmpty()) {
            if ($deadline !== null) {
                $left = $deadline - hrtime(true) / 1e9;
                if ($left <= 0 || !$this->stream->poll($left)) {
                    return null;
                }
            }
            if ($this->closed) {
                return null;
            }
            $response = $this->stream->read();
            if ($response === null) {
                // The server ends a subscription with OK only when it shuts down.
                throw new StatusException('the server ended the subscription', Grpc\Code::UNAVAILABLE);
            }
            assert($response instanceof SubscribeResponse);
            foreach ($response->getEvents() as $event) {
                $this->events->enqueue($event);
            }
        }
        return $this->events->dequeue();
    }

    /** Keeps track of what the stream follows from its confirmations. */
    private function note(SubscriptionEvent $event): void
    {
        if (!$event->hasChange()) {
            return;
        }
        $change = $event->getChange();
        if ($change->getRunId() !== '') {
            $this->runId = $change->getRunId();
        }
        if (!$change->hasChannel()) {
            return;
        }
        $name = $change->getChannel();
        match ($change->getAction()) {
            SubscribeAction::SUBSCRIBE_ACTION_SUBSCRIBE => $this->channels[$name] = true,
            SubscribeAction::SUBSCRIBE_ACTION_PSUBSCRIBE => $this->patterns[$name] = true,
            SubscribeAction::SUBSCRIBE_ACTION_UNSUBSCRIBE => $this->forget($this->channels, $name),
            SubscribeAction::SUBSCRIBE_ACTION_PUNSUBSCRIBE => $this->forget($this->patterns, $name),
            default => null,
        };
    }

    /** @param array<string, true> $set */
    private function forget(array &$set, string $name): void
    {
        unset($set[$name]);
    }

    private static function message(PubSubMessage $message): Message
    {
        return new Message(
            $message->getChannel(),
            $message->getPayload(),
            $message->hasPattern() ? $message->getPattern() : null,
            (int) $message->getSequence(),
        );
    }
}
