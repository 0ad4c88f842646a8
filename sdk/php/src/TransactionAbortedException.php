<?php

declare(strict_types=1);

namespace Keyspace;

/**
 * Thrown by Client::multi() when a watched key changed and nothing ran
 * (Redis's nil reply to EXEC).
 */
class TransactionAbortedException extends \RuntimeException
{
    public function __construct(string $message = 'transaction aborted: a watched key changed')
    {
        parent::__construct($message);
    }
}
