<?php

declare(strict_types=1);

namespace Keyspace\Grpc;

use Google\Protobuf\Internal\Message;

/**
 * gRPC's length-prefixed messages: a flag byte (1: compressed), the
 * length as 4 bytes big-endian, then the message.
 */
final class Frames
{
    public static function encode(Message $message): string
    {
        $bytes = $message->serializeToString();
        return pack('CN', 0, strlen($bytes)) . $bytes;
    }

    /**
     * The compressed flag and the message length of the frame $bytes starts
     * with (at least 5 bytes).
     *
     * @return array{0: bool, 1: int}
     */
    public static function header(string $bytes): array
    {
        $header = unpack('Cflag/Nlength', $bytes);
        assert(is_array($header));
        return [($header['flag'] & 1) === 1, $header['length']];
    }
}
