<?php

declare(strict_types=1);

namespace Keyspace;

/**
 * A message published to a channel a Subscription follows: Redis's
 * message (or pmessage, with the pattern that matched). Strings are bytes.
 */
final class Message
{
    public function __construct(
        /** The channel it was published to. */
        public readonly string $channel,
        /** The message. */
        public readonly string $payload,
        /** For a pattern subscription, the pattern that matched; else null. */
        public readonly ?string $pattern = null,
        /** Its number on the channel (see subscribe.proto). */
        public readonly int $sequence = 0,
    ) {
    }
}
