<?php

declare(strict_types=1);

namespace Keyspace\Grpc;

use Google\Rpc\ErrorInfo;
use Google\Rpc\Status;
use Keyspace\CommandException;
use Keyspace\StatusException;

/**
 * Turns a call's non-OK status into the exception that stands for it, in
 * one place: a CommandException when the status carries a
 * google.rpc.ErrorInfo (the server's mark of a Redis error, whose reason is
 * the Redis prefix), a StatusException otherwise.
 */
final class Errors
{
    private const ERROR_INFO = 'type.googleapis.com/google.rpc.ErrorInfo';

    /** @param array<string, list<string>> $trailers */
    public static function fromStatus(int $code, string $message, array $trailers): StatusException
    {
        $prefix = self::reason($trailers['grpc-status-details-bin'][0] ?? null);
        if ($prefix !== null) {
            return new CommandException($message, $code, $prefix, $trailers);
        }
        return new StatusException($message, $code, $trailers);
    }

    /** The ErrorInfo reason of a grpc-status-details-bin value, if it has one. */
    private static function reason(?string $details): ?string
    {
        if ($details === null) {
            return null;
        }
        // Binary metadata travels as base64, usually without padding.
        $bytes = base64_decode(strtr($details, '-_', '+/'), false);
        if ($bytes === false) {
            return null;
        }
        try {
            $status = new Status();
            $status->mergeFromString($bytes);
            foreach ($status->getDetails() as $any) {
                if ($any->getTypeUrl() === self::ERROR_INFO) {
                    $info = new ErrorInfo();
                    $info->mergeFromString($any->getValue());
                    return $info->getReason() === '' ? null : $info->getReason();
                }
            }
        } catch (\Exception) {
            // Details that do not decode are no Redis error: the status stays.
        }
        return null;
    }
}
