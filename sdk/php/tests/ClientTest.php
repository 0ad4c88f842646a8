<?php

declare(strict_types=1);

namespace Keyspace\Tests;

use Keyspace\CommandException;
use Keyspace\Grpc\Code;
use Keyspace\V1\KeyspaceServiceClient;
use Keyspace\V1\LPushRequest;
use Keyspace\V1\TtlRequest;
use Keyspace\V1\ZAddResponse;

final class ClientTest extends LiveTestCase
{
    public function testGetTellsNilFromEmpty(): void
    {
        $this->assertNull($this->kv->get($this->key('missing')));
        $this->assertTrue($this->kv->set($this->key('empty'), ''));
        $this->assertSame('', $this->kv->get($this->key('empty')));
    }

    public function testKeysAndValuesAreBytes(): void
    {
        $key = $this->key("k\x00\xff");
        $value = "\x00\xff\x01\x80\x00";
        $this->kv->set($key, $value);
        $this->assertSame($value, $this->kv->get($key));
        $this->assertNull($this->kv->get($this->key('k')));
    }

    public function testSetNxAndXxSayWhetherTheyWrote(): void
    {
        $key = $this->key('k');
        $this->assertFalse($this->kv->set($key, '1', ['xx' => true]));
        $this->assertTrue($this->kv->set($key, '2', ['nx' => true]));
        $this->assertFalse($this->kv->set($key, '3', ['nx' => true]));
        $this->assertTrue($this->kv->set($key, '4', ['xx' => true]));
        $this->assertSame('4', $this->kv->get($key));
    }

    public function testSetGetReturnsTheOldValueOrNull(): void
    {
        $key = $this->key('k');
        $this->assertNull($this->kv->set($key, 'a', ['get' => true]));
        $this->assertSame('a', $this->kv->set($key, 'b', ['get' => true]));
        // Redis 7.0: NX with GET on an existing key replies the old value and writes nothing.
        $this->assertSame('b', $this->kv->set($key, 'c', ['get' => true, 'nx' => true]));
        $this->assertSame('b', $this->kv->get($key));
    }

    public function testSetExpiryOptions(): void
    {
        $key = $this->key('k');
        $this->kv->set($key, 'v', ['ex' => 100]);
        $ttl = $this->kv->rpc()->Ttl(new TtlRequest(['key' => $key]))->getSeconds();
        $this->assertGreaterThan(0, $ttl);
        $this->assertLessThanOrEqual(100, $ttl);
        $this->kv->set($key, 'w', ['keepttl' => true]);
        $this->assertGreaterThan(0, $this->kv->rpc()->Ttl(new TtlRequest(['key' => $key]))->getSeconds());
        $this->kv->set($key, 'x');
        $this->assertSame(-1, (int) $this->kv->rpc()->Ttl(new TtlRequest(['key' => $key]))->getSeconds());
    }

    public function testSetRefusesAnInvalidExpireTimeWithRedisError(): void
    {
        try {
            $this->kv->set($this->key('k'), 'v', ['ex' => 0]);
            $this->fail('SET EX 0 succeeded');
        } catch (CommandException $e) {
            $this->assertSame('ERR', $e->getPrefix());
            $this->assertSame("ERR invalid expire time in 'set' command", $e->getMessage());
            $this->assertSame(Code::INVALID_ARGUMENT, $e->getCode());
        }
    }

    /** @return array<string, array{array<string, mixed>}> */
    public static function badSetOptions(): array
    {
        return [
            'unknown' => [['nope' => true]],
            'two expiries' => [['ex' => 1, 'px' => 1000]],
            'nx and xx' => [['nx' => true, 'xx' => true]],
        ];
    }

    /**
     * @dataProvider badSetOptions
     * @param array<string, mixed> $options
     */
    public function testSetRefusesBadOptionsBeforeSending(array $options): void
    {
        $this->expectException(\InvalidArgumentException::class);
        $this->kv->set($this->key('k'), 'v', $options);
    }

    public function testCountsAndIncrements(): void
    {
        [$a, $b] = [$this->key('a'), $this->key('b')];
        $this->kv->set($a, '1');
        $this->assertSame(2, $this->kv->exists($a, $a, $b));
        $this->assertSame(2, $this->kv->incr($a));
        $this->assertSame(42, $this->kv->incrBy($a, 40));
        $this->assertSame(-8, $this->kv->incrBy($b, -8));
        $this->assertSame(2, $this->kv->del($a, $b, $this->key('c')));
        $this->assertSame(0, $this->kv->exists($a));
    }

    public function testRedisErrorsCarryThePrefixAndTheCode(): void
    {
        $list = $this->key('list');
        $this->kv->rpc()->LPush(new LPushRequest(['key' => $list, 'elements' => ['x']]));
        try {
            $this->kv->incr($list);
            $this->fail('INCR of a list succeeded');
        } catch (CommandException $e) {
            $this->assertSame('WRONGTYPE', $e->getPrefix());
            $this->assertSame('WRONGTYPE Operation against a key holding the wrong kind of value', $e->getMessage());
            $this->assertSame(Code::FAILED_PRECONDITION, $e->getCode());
            $this->assertSame('FAILED_PRECONDITION', $e->getCodeName());
        }
        $this->kv->set($this->key('text'), 'abc');
        try {
            $this->kv->incr($this->key('text'));
            $this->fail('INCR of text succeeded');
        } catch (CommandException $e) {
            $this->assertSame('ERR', $e->getPrefix());
            $this->assertSame('ERR value is not an integer or out of range', $e->getMessage());
        }
    }

    public function testCallTakesNestedArraysAndEnumNames(): void
    {
        $key = $this->key('z');
        $response = $this->kv->call('ZAdd', [
            'key' => $key,
            'members' => [['score' => 1.5, 'member' => 'a'], ['score' => 2, 'member' => 'b']],
        ]);
        $this->assertInstanceOf(ZAddResponse::class, $response);
        $this->assertSame(2, (int) $response->getCount());
        $again = $this->kv->call('ZAdd', [
            'key' => $key,
            'condition' => 'Z_ADD_CONDITION_NX',
            'members' => [['score' => 9, 'member' => 'a'], ['score' => 3, 'member' => 'c']],
        ]);
        $this->assertSame(1, (int) $again->getCount());
        $score = $this->kv->call('ZScore', ['key' => $key, 'member' => 'a']);
        $this->assertSame(1.5, $score->getScore());
    }

    public function testCallRefusesWhatIsNotAUnaryRpc(): void
    {
        foreach (['NoSuchRpc', 'Subscribe', 'Pipeline', 'get'] as $name) {
            try {
                $this->kv->call($name);
                $this->fail("call('$name') was accepted");
            } catch (\InvalidArgumentException) {
                $this->addToAssertionCount(1);
            }
        }
    }

    public function testTheGeneratedClientHasEveryRpcOfTheSchema(): void
    {
        $schema = (string) file_get_contents(dirname(__DIR__, 3) . '/proto/keyspace/v1/keyspace_service.proto');
        preg_match_all('/^\s*rpc (\w+)\(/m', $schema, $matches);
        $this->assertGreaterThan(100, count($matches[1]));
        $this->assertSame($matches[1], array_keys(KeyspaceServiceClient::METHODS));
        foreach ($matches[1] as $rpc) {
            $this->assertTrue(method_exists(KeyspaceServiceClient::class, $rpc), $rpc);
        }
    }

    public function testPublishWithoutSubscribersReachesNobody(): void
    {
        $this->assertSame(0, $this->kv->publish($this->key('nobody'), 'hello'));
    }
}
