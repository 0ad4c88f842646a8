<?php

declare(strict_types=1);

namespace Keyspace\Grpc;

/**
 * gRPC's status codes (google.rpc.Code), and how HTTP/2 and transport
 * failures map onto them.
 */
final class Code
{
    public const OK = 0;
    public const CANCELLED = 1;
    public const UNKNOWN = 2;
    public const INVALID_ARGUMENT = 3;
    public const DEADLINE_EXCEEDED = 4;
    public const NOT_FOUND = 5;
    public const ALREADY_EXISTS = 6;
    public const PERMISSION_DENIED = 7;
    public const RESOURCE_EXHAUSTED = 8;
    public const FAILED_PRECONDITION = 9;
    public const ABORTED = 10;
    public const OUT_OF_RANGE = 11;
    public const UNIMPLEMENTED = 12;
    public const INTERNAL = 13;
    public const UNAVAILABLE = 14;
    public const DATA_LOSS = 15;
    public const UNAUTHENTICATED = 16;

    private const NAMES = [
        'OK', 'CANCELLED', 'UNKNOWN', 'INVALID_ARGUMENT', 'DEADLINE_EXCEEDED', 'NOT_FOUND',
        'ALREADY_EXISTS', 'PERMISSION_DENIED', 'RESOURCE_EXHAUSTED', 'FAILED_PRECONDITION',
        'ABORTED', 'OUT_OF_RANGE', 'UNIMPLEMENTED', 'INTERNAL', 'UNAVAILABLE', 'DATA_LOSS',
        'UNAUTHENTICATED',
    ];

    /** The code's canonical name, e.g. "FAILED_PRECONDITION". */
    public static function name(int $code): string
    {
        return self::NAMES[$code] ?? "CODE_$code";
    }

    /**
     * The code of a response that has an HTTP status other than 200 and no
     * grpc-status, as gRPC's HTTP mapping says (doc/http-grpc-status-mapping.md).
     */
    public static function fromHttpStatus(int $status): int
    {
        return match ($status) {
            400 => self::INTERNAL,
            401 => self::UNAUTHENTICATED,
            403 => self::PERMISSION_DENIED,
            404 => self::UNIMPLEMENTED,
            429, 502, 503, 504 => self::UNAVAILABLE,
            default => self::UNKNOWN,
        };
    }

    /** The code of a call that curl could not complete (a CURLE_* result). */
    public static function fromCurlError(int $error): int
    {
        return $error === CURLE_OPERATION_TIMEDOUT ? self::DEADLINE_EXCEEDED : self::UNAVAILABLE;
    }
}
