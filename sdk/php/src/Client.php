<?php

declare(strict_types=1);

namespace Keyspace;

use Google\Protobuf\Internal\Message as ProtoMessage;
use Keyspace\Grpc\Channel;
use Keyspace\V1\DelRequest;
use Keyspace\V1\ExecRequest;
use Keyspace\V1\ExistsRequest;
use Keyspace\V1\GetRequest;
use Keyspace\V1\IncrByRequest;
use Keyspace\V1\IncrRequest;
use Keyspace\V1\KeyspaceServiceClient;
use Keyspace\V1\PipelineRequest;
use Keyspace\V1\PipelineResponse;
use Keyspace\V1\PublishRequest;
use Keyspace\V1\Reply;
use Keyspace\V1\SetCondition;
use Keyspace\V1\SetRequest;
use Keyspace\V1\WatchedKey;
use Keyspace\V1\WatchRequest;

/**
 * A connection to one Keyspace server, Redis style:
 *
 *     $kv = new Keyspace\Client('127.0.0.1:7379');
 *     $kv->set('greeting', 'hello', ['ex' => 10]);
 *     $kv->get('greeting');   // "hello"
 *     $kv->get('missing');    // null
 *
 * Keys and values are PHP strings, which are bytes. A Redis error reply is
 * thrown as CommandException (getPrefix() is "ERR", "WRONGTYPE", ...); any
 * other failure as StatusException (TransportException when the server
 * could not be reached).
 */
final class Client
{
    public const DEFAULT_ADDRESS = '127.0.0.1:7379';

    private readonly Channel $channel;
    private readonly KeyspaceServiceClient $rpc;

    /**
     * @param string $address "host:port"
     * @param array<string, mixed> $options 'timeout': seconds every call but
     *        subscriptions may take (default: no limit); 'connect_timeout':
     *        seconds to wait for a connection (default 10); 'metadata':
     *        request metadata sent with every call
     */
    public function __construct(string $address = self::DEFAULT_ADDRESS, array $options = [])
    {
        $this->channel = new Channel($address, $options);
        $this->rpc = new KeyspaceServiceClient($this->channel);
    }

    /**
     * The generated client: every RPC of the schema by its name, taking its
     * request message and returning its response message.
     *
     *     $kv->rpc()->LPush(new Keyspace\V1\LPushRequest(['key' => 'l', 'elements' => ['x']]));
     */
    public function rpc(): KeyspaceServiceClient
    {
        return $this->rpc;
    }

    /**
     * Calls the RPC named as in the schema ('LPush', 'ZRange', ...) with its
     * request message or the request's fields as an array (nested messages
     * as arrays too, enums by name); returns the response message.
     *
     *     $kv->call('ZAdd', ['key' => 'z', 'members' => [['score' => 1, 'member' => 'a']]])->getCount();
     *
     * @param ProtoMessage|array<string, mixed> $request
     */
    public function call(string $rpc, ProtoMessage|array $request = []): ProtoMessage
    {
        $method = KeyspaceServiceClient::METHODS[$rpc] ?? null;
        if ($method === null) {
            throw new \InvalidArgumentException("no RPC named $rpc");
        }
        [$kind, $requestClass] = $method;
        if ($kind !== 'unary') {
            throw new \InvalidArgumentException("$rpc is a stream: use pipeline() or subscribe()");
        }
        if (is_array($request)) {
            $request = Messages::build($requestClass, $request);
        }
        return $this->rpc->{$rpc}($request);
    }

    /** GET: the value, or null when the key does not exist (an empty value is ""). */
    public function get(string $key): ?string
    {
        $reply = $this->rpc->Get(new GetRequest(['key' => $key]));
        return $reply->hasValue() ? $reply->getValue() : null;
    }

    /**
     * SET with Redis's options as an array: 'ex', 'px', 'exat', 'pxat'
     * (numbers), 'keepttl', 'nx', 'xx', 'get' (true). Returns whether the
     * value was written (false when NX or XX prevented it); with 'get', the
     * previous value instead (null when the key did not exist), as Redis
     * replies.
     *
     *     $kv->set('lock', 'me', ['nx' => true, 'px' => 1500]);
     *
     * @param array<string, int|bool> $options
     */
    public function set(string $key, string $value, array $options = []): bool|string|null
    {
        $unknown = array_diff(array_keys($options), ['ex', 'px', 'exat', 'pxat', 'keepttl', 'nx', 'xx', 'get']);
        if ($unknown !== []) {
            throw new \InvalidArgumentException('unknown SET options: ' . implode(', ', $unknown));
        }
        $fields = ['key' => $key, 'value' => $value];
        $expiry = array_filter(
            array_intersect_key($options, array_flip(['ex', 'px', 'exat', 'pxat', 'keepttl'])),
            static fn (mixed $option): bool => $option !== null && $option !== false,
        );
        if (count($expiry) > 1) {
            throw new \InvalidArgumentException('give at most one of ex, px, exat, pxat, keepttl');
        }
        $fields += $expiry;
        $nx = (bool) ($options['nx'] ?? false);
        $xx = (bool) ($options['xx'] ?? false);
        if ($nx && $xx) {
            throw new \InvalidArgumentException('give nx or xx, not both');
        }
        if ($nx || $xx) {
            $fields['condition'] = $nx ? SetCondition::SET_CONDITION_NX : SetCondition::SET_CONDITION_XX;
        }
        $get = (bool) ($options['get'] ?? false);
        $fields['get'] = $get;
        $reply = $this->rpc->Set(new SetRequest($fields));
        if (!$get) {
            return $reply->getWritten();
        }
        return $reply->hasOldValue() ? $reply->getOldValue() : null;
    }

    /** DEL: how many of the keys existed. */
    public function del(string ...$keys): int
    {
        return (int) $this->rpc->Del(new DelRequest(['keys' => $keys]))->getCount();
    }

    /** EXISTS: how many of the keys exist (a key named twice counts twice). */
    public function exists(string ...$keys): int
    {
        return (int) $this->rpc->Exists(new ExistsRequest(['keys' => $keys]))->getCount();
    }

    /** INCR: the new value. */
    public function incr(string $key): int
    {
        return (int) $this->rpc->Incr(new IncrRequest(['key' => $key]))->getValue();
    }

    /** INCRBY: the new value. */
    public function incrBy(string $key, int $increment): int
    {
        $request = new IncrByRequest(['key' => $key, 'increment' => $increment]);
        return (int) $this->rpc->IncrBy($request)->getValue();
    }

    /** PUBLISH: how many subscriptions received the message. */
    public function publish(string $channel, string $message): int
    {
        $request = new PublishRequest(['channel' => $channel, 'message' => $message]);
        return (int) $this->rpc->Publish($request)->getReceivers();
    }

    /**
     * Sends commands in one batch on the Pipeline stream; returns one
     * Keyspace\V1\Reply per command, in order. The commands come from a
     * callable that fills a Batch, or are given as Keyspace\V1\Command or
     * request messages. A command that fails has an error reply
     * (CommandException::fromReply() reads it) and the others still run.
     *
     *     $replies = $kv->pipeline(function (Keyspace\Batch $batch) {
     *         $batch->set(['key' => 'a', 'value' => '1']);
     *         $batch->incr(['key' => 'a']);
     *     });
     *     $replies[1]->getIncr()->getValue();  // 2
     *
     * @return list<Reply>
     */
    public function pipeline(callable|ProtoMessage ...$commands): array
    {
        $stream = $this->rpc->Pipeline();
        $stream->write(new PipelineRequest(['commands' => self::batch($commands)]));
        // One batch, then the request side half-closes and the server ends
        // the stream after its one response.
        $stream->writesDone();
        $replies = [];
        foreach ($stream as $response) {
            assert($response instanceof PipelineResponse);
            foreach ($response->getReplies() as $reply) {
                $replies[] = $reply;
            }
        }
        return $replies;
    }

    /**
     * Runs commands as one transaction (MULTI ... EXEC): a callable that
     * fills a Batch, or a list of Keyspace\V1\Command or request messages,
     * as for pipeline(). They run in order, with no other client's command
     * in between; a command that fails has an error reply and the others
     * still run, as in Redis. $watched are the keys and versions watch()
     * returned; when any of them changed, nothing runs and
     * TransactionAbortedException is thrown.
     *
     *     $replies = $kv->multi(fn (Keyspace\Batch $tx) => $tx->incr(['key' => 'n']), $kv->watch('n'));
     *
     * @param \Closure|list<callable|ProtoMessage> $commands
     * @param list<WatchedKey> $watched
     * @return list<Reply>
     */
    public function multi(\Closure|array $commands, array $watched = []): array
    {
        $commands = is_array($commands) ? $commands : [$commands];
        $request = new ExecRequest(['commands' => self::batch($commands), 'watched' => $watched]);
        $response = $this->rpc->Exec($request);
        if ($response->getAborted()) {
            throw new TransactionAbortedException();
        }
        return iterator_to_array($response->getReplies(), false);
    }

    /**
     * WATCH: the keys' versions, for multi()'s $watched.
     *
     * @return list<WatchedKey>
     */
    public function watch(string ...$keys): array
    {
        $versions = $this->rpc->Watch(new WatchRequest(['keys' => $keys]))->getVersions();
        $watched = [];
        foreach ($keys as $i => $key) {
            $watched[] = new WatchedKey(['key' => $key, 'version' => $versions[$i]]);
        }
        return $watched;
    }

    /**
     * SUBSCRIBE: a Subscription following the channels, once the server
     * confirmed them. Iterate it for the messages:
     *
     *     foreach ($kv->subscribe('news') as $message) { ... }
     */
    public function subscribe(string ...$channels): Subscription
    {
        return $this->follow(static fn (Subscription $s) => $s->subscribe(...$channels));
    }

    /**
     * PSUBSCRIBE: a Subscription following the channels that match
     * glob-style patterns; each Message's pattern says which one matched.
     */
    public function psubscribe(string ...$patterns): Subscription
    {
        return $this->follow(static fn (Subscription $s) => $s->psubscribe(...$patterns));
    }

    /** Cancels the calls still running (subscriptions included) and disconnects. */
    public function close(): void
    {
        $this->channel->close();
    }

    /** @param callable(Subscription): void $start */
    private function follow(callable $start): Subscription
    {
        // A subscription lives until it is closed, whatever the calls' timeout.
        $subscription = new Subscription($this->rpc->Subscribe(['timeout' => null]));
        try {
            $start($subscription);
        } catch (\Throwable $error) {
            $subscription->close();
            throw $error;
        }
        return $subscription;
    }

    /**
     * @param array<int, callable|ProtoMessage> $commands
     * @return list<V1\Command>
     */
    private static function batch(array $commands): array
    {
        $batch = new Batch();
        foreach ($commands as $command) {
            if ($command instanceof ProtoMessage) {
                $batch->add($command);
            } else {
                $command($batch);
            }
        }
        return $batch->commands();
    }
}
