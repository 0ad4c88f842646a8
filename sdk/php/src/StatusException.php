<?php

declare(strict_types=1);

namespace Keyspace;

use Keyspace\Grpc\Code;

/**
 * A call that ended with a status other than OK. getCode() is the gRPC
 * status code (a Keyspace\Grpc\Code constant) and getMessage() the status
 * message. A Redis error is the subclass CommandException; a call that got
 * no status from the server at all (unreachable, connection lost, deadline
 * passed) is the subclass TransportException.
 */
class StatusException extends \RuntimeException
{
    /**
     * @param array<string, list<string>> $trailers the response's trailing
     *        metadata, names in lowercase
     */
    public function __construct(
        string $message,
        int $code,
        private readonly array $trailers = [],
        ?\Throwable $previous = null,
    ) {
        parent::__construct($message, $code, $previous);
    }

    /** The code's canonical name, e.g. "FAILED_PRECONDITION". */
    public function getCodeName(): string
    {
        return Code::name($this->getCode());
    }

    /** @return array<string, list<string>> */
    public function getTrailers(): array
    {
        return $this->trailers;
    }
}
