<?php

declare(strict_types=1);

namespace Keyspace;

use Google\Protobuf\Internal\Message as ProtoMessage;
use Keyspace\V1\Command;
use Keyspace\V1\KeyspaceServiceClient;

/**
 * The commands of a pipeline or a transaction (Client::pipeline(),
 * Client::multi()). It has a method per command, named like the Redis
 * command in lowercase (the RPC's name, case does not matter in PHP),
 * taking the request's fields as an array or the request message:
 *
 *     $batch->set(['key' => 'a', 'value' => '1'])->incr(['key' => 'a']);
 *     $batch->zadd(new Keyspace\V1\ZAddRequest([...]));
 */
final class Batch
{
    /** @var array<string, string>|null lowercase command => RPC name */
    private static ?array $rpcs = null;
    /** @var list<Command> */
    private array $commands = [];

    /** @param array<int, mixed> $arguments */
    public function __call(string $command, array $arguments): self
    {
        if (count($arguments) > 1) {
            throw new \ArgumentCountError("$command() takes one argument: the request's fields or message");
        }
        return $this->add(self::command($command, $arguments[0] ?? []));
    }

    /** Adds a Keyspace\V1\Command, or a command's request message. */
    public function add(ProtoMessage $command): self
    {
        if (!$command instanceof Command) {
            $name = (new \ReflectionClass($command))->getShortName();
            if (!str_ends_with($name, 'Request')) {
                throw new \InvalidArgumentException(get_class($command) . ' is not a command request');
            }
            $command = self::command(substr($name, 0, -strlen('Request')), $command);
        }
        $this->commands[] = $command;
        return $this;
    }

    /** @return list<Command> */
    public function commands(): array
    {
        return $this->commands;
    }

    /**
     * The Command for an RPC's request: its oneof field is the RPC's name
     * in lowercase.
     *
     * @param ProtoMessage|array<string, mixed> $request
     */
    public static function command(string $rpc, ProtoMessage|array $request): Command
    {
        self::$rpcs ??= array_combine(
            array_map('strtolower', array_keys(KeyspaceServiceClient::METHODS)),
            array_keys(KeyspaceServiceClient::METHODS),
        );
        $name = self::$rpcs[strtolower($rpc)] ?? null;
        [$kind, $requestClass] = $name === null ? ['', ''] : KeyspaceServiceClient::METHODS[$name];
        if ($kind !== 'unary' || !method_exists(Command::class, 'get' . $name)) {
            throw new \InvalidArgumentException("$rpc is not a command that can be batched");
        }
        if (is_array($request)) {
            $request = Messages::build($requestClass, $request);
        } elseif (!$request instanceof $requestClass) {
            throw new \InvalidArgumentException("$name takes a $requestClass, not " . get_class($request));
        }
        return new Command([strtolower($name) => $request]);
    }
}
