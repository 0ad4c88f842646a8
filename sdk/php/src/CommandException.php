<?php

declare(strict_types=1);

namespace Keyspace;

use Keyspace\V1\Error;
use Keyspace\V1\Reply;

/**
 * A Redis error reply: getPrefix() is the prefix programs branch on
 * ("ERR", "WRONGTYPE", ...), getMessage() Redis's whole text and getCode()
 * the gRPC status code the server gave it (Keyspace\Grpc\Code).
 *
 *     try {
 *         $kv->incr('a-list');
 *     } catch (Keyspace\CommandException $e) {
 *         $e->getPrefix();  // "WRONGTYPE"
 *     }
 *
 * For a call, the prefix is the google.rpc.ErrorInfo reason in the
 * status's grpc-status-details-bin trailer, which is how the server marks
 * Redis's errors; for a Pipeline or EXEC reply, its Error.
 */
class CommandException extends StatusException
{
    /** @param array<string, list<string>> $trailers */
    public function __construct(
        string $message,
        int $code,
        private readonly string $prefix,
        array $trailers = [],
    ) {
        parent::__construct($message, $code, $trailers);
    }

    /** The Redis error prefix, e.g. "ERR" or "WRONGTYPE". */
    public function getPrefix(): string
    {
        return $this->prefix;
    }

    /**
     * The error of a Pipeline or EXEC reply (a Keyspace\V1\Reply, or its
     * Keyspace\V1\Error), or null when the command succeeded.
     */
    public static function fromReply(Reply|Error $reply): ?self
    {
        $error = $reply instanceof Reply ? ($reply->hasError() ? $reply->getError() : null) : $reply;
        if ($error === null) {
            return null;
        }
        return new self($error->getMessage(), $error->getCode(), $error->getReason());
    }
}
