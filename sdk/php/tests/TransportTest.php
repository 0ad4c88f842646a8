<?php

declare(strict_types=1);

namespace Keyspace\Tests;

use Keyspace\Client;
use Keyspace\Grpc\Channel;
use Keyspace\Grpc\Code;
use Keyspace\StatusException;
use Keyspace\TransportException;
use Keyspace\V1\BLPopRequest;
use Keyspace\V1\KeyspaceServiceClient;
use Keyspace\V1\PingRequest;
use PHPUnit\Framework\TestCase;

/**
 * Failures that are not Redis's: they need no keyspace-server but the one
 * test that makes the server wait.
 */
final class TransportTest extends TestCase
{
    public function testAnUnreachableServerIsUnavailable(): void
    {
        $client = new Client('127.0.0.1:' . self::closedPort());
        try {
            $client->get('k');
            $this->fail('a call to a closed port succeeded');
        } catch (TransportException $e) {
            $this->assertSame(Code::UNAVAILABLE, $e->getCode());
            $this->assertSame(CURLE_COULDNT_CONNECT, $e->getCurlError());
            $this->assertStringContainsString('curl error 7', $e->getMessage());
        }
    }

    public function testAServerThatNeverAnswersPassesTheDeadline(): void
    {
        // A listening socket nobody accepts on: the connection is made, the
        // request goes out, and no answer ever comes.
        $server = stream_socket_server('tcp://127.0.0.1:0');
        $this->assertIsResource($server);
        $address = (string) stream_socket_get_name($server, false);
        $client = new Client($address, ['timeout' => 0.3]);
        try {
            $client->get('k');
            $this->fail('a call to a silent server succeeded');
        } catch (TransportException $e) {
            $this->assertSame(Code::DEADLINE_EXCEEDED, $e->getCode());
            $this->assertSame(CURLE_OPERATION_TIMEDOUT, $e->getCurlError());
        } finally {
            fclose($server);
        }
    }

    public function testTheServerEndsACallWhoseDeadlinePassed(): void
    {
        $address = getenv('KEYSPACE_ADDRESS');
        if ($address === false || $address === '') {
            $this->markTestSkipped('KEYSPACE_ADDRESS is not set: no live server to test against');
        }
        $rpc = new KeyspaceServiceClient(new Channel($address));
        // BLPOP with timeout 0 waits forever for a list nobody pushes to.
        $request = new BLPopRequest(['keys' => ['php-test:blpop:' . bin2hex(random_bytes(4))]]);
        try {
            $rpc->BLPop($request, ['timeout' => 0.3]);
            $this->fail('BLPOP of a missing list returned');
        } catch (StatusException $e) {
            // From the server (grpc-timeout) or from curl, whichever is first.
            $this->assertSame(Code::DEADLINE_EXCEEDED, $e->getCode());
        }
    }

    public function testUnknownCallOptionsAreRefused(): void
    {
        $this->expectException(\InvalidArgumentException::class);
        new Client('127.0.0.1:7379', ['timeuot' => 1]);
    }

    public function testAClosedChannelRefusesCalls(): void
    {
        $channel = new Channel('127.0.0.1:' . self::closedPort());
        $channel->close();
        $this->expectException(\LogicException::class);
        (new KeyspaceServiceClient($channel))->Ping(new PingRequest());
    }

    public function testAnAddressIsHostAndPort(): void
    {
        $this->expectException(\InvalidArgumentException::class);
        new Channel('http://127.0.0.1:7379/path');
    }

    /** A port nothing listens on: one the kernel just gave and took back. */
    private static function closedPort(): int
    {
        $socket = stream_socket_server('tcp://127.0.0.1:0');
        assert(is_resource($socket));
        $name = (string) stream_socket_get_name($socket, false);
        fclose($socket);
        return (int) substr($name, strrpos($name, ':') + 1);
    }
}
