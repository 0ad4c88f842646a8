<?php

declare(strict_types=1);

namespace Keyspace\Tests;

use Keyspace\Client;
use PHPUnit\Framework\TestCase;

/**
 * A test against the live keyspace-server at $KEYSPACE_ADDRESS
 * (scripts/conformance runs the tests against the server it starts); it
 * skips without one. Tests use keys of their own, so the server may be
 * shared.
 */
abstract class LiveTestCase extends TestCase
{
    /** A hung call fails the test instead of hanging it. */
    protected const CALL_TIMEOUT = 20.0;
    protected const EVENT_TIMEOUT = 5.0;

    protected string $address;
    protected Client $kv;
    private string $prefix;

    protected function setUp(): void
    {
        $address = getenv('KEYSPACE_ADDRESS');
        if ($address === false || $address === '') {
            $this->markTestSkipped('KEYSPACE_ADDRESS is not set: no live server to test against');
        }
        $this->address = $address;
        $this->kv = new Client($address, ['timeout' => self::CALL_TIMEOUT]);
        $this->prefix = 'php-test:' . $this->getName() . ':' . bin2hex(random_bytes(4)) . ':';
    }

    protected function tearDown(): void
    {
        if (isset($this->kv)) {
            $this->kv->close();
        }
    }

    /** A key of this test's own. */
    protected function key(string $name): string
    {
        return $this->prefix . $name;
    }
}
