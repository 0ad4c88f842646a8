<?php

declare(strict_types=1);

namespace Keyspace;

/**
 * A call that got no gRPC status from the server: the connection could not
 * be made or was lost, the deadline passed (getCode() is
 * Keyspace\Grpc\Code::DEADLINE_EXCEEDED then, else UNAVAILABLE), or the
 * response was not gRPC. getCurlError() is curl's error number (a CURLE_*
 * constant), 0 when curl itself succeeded.
 */
class TransportException extends StatusException
{
    public function __construct(string $message, int $code, private readonly int $curlError = 0)
    {
        parent::__construct($message, $code);
    }

    public function getCurlError(): int
    {
        return $this->curlError;
    }
}
