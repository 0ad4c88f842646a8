<?php

declare(strict_types=1);

namespace Keyspace\Tests;

use Keyspace\CommandException;
use Keyspace\Grpc\Code;
use Keyspace\Message;
use Keyspace\StatusException;
use Keyspace\V1\ConfigGetResponse;

final class SubscriptionTest extends LiveTestCase
{
    public function testMessagesArriveWithTheirChannel(): void
    {
        $news = $this->key('news');
        $subscription = $this->kv->subscribe($news);
        try {
            $this->assertSame([$news], $subscription->channels());
            $this->assertSame(1, $this->kv->publish($news, "\x00\xffbinary"));
            $message = $subscription->receive(self::EVENT_TIMEOUT);
            $this->assertInstanceOf(Message::class, $message);
            $this->assertSame($news, $message->channel);
            $this->assertSame("\x00\xffbinary", $message->payload);
            $this->assertNull($message->pattern);
            $this->assertGreaterThan(0, $message->sequence);
        } finally {
            $subscription->close();
        }
    }

    public function testIteratingYieldsMessagesAsTheyArrive(): void
    {
        $channel = $this->key('c');
        $subscription = $this->kv->subscribe($channel);
        $got = [];
        foreach (['one', 'two', ''] as $payload) {
            $this->kv->publish($channel, $payload);
        }
        foreach ($subscription as $message) {
            $got[] = $message->payload;
            if (count($got) === 3) {
                $subscription->close();
            }
        }
        $this->assertSame(['one', 'two', ''], $got);
        $this->assertTrue($subscription->closed());
        $this->assertNull($subscription->receive(0));
    }

    public function testPatternSubscriptionsSayWhichPatternMatched(): void
    {
        $pattern = $this->key('news.*');
        $subscription = $this->kv->psubscribe($pattern);
        try {
            $this->assertSame([$pattern], $subscription->patterns());
            $this->kv->publish($this->key('sports'), 'no');
            $this->kv->publish($this->key('news.tech'), 'yes');
            $message = $subscription->receive(self::EVENT_TIMEOUT);
            $this->assertNotNull($message);
            $this->assertSame(
                [$this->key('news.tech'), 'yes', $pattern],
                [$message->channel, $message->payload, $message->pattern],
            );
        } finally {
            $subscription->close();
        }
    }

    public function testAnOpenSubscriptionChangesWhatItFollows(): void
    {
        [$a, $b] = [$this->key('a'), $this->key('b')];
        $subscription = $this->kv->subscribe($a);
        try {
            $this->kv->publish($a, 'before');
            // Sent on the same stream after the first confirmation; the
            // message that arrived meanwhile waits for receive().
            $subscription->subscribe($b);
            $this->assertSame([$a, $b], $subscription->channels());
            $this->kv->publish($b, 'on b');
            $this->assertSame('before', $subscription->receive(self::EVENT_TIMEOUT)?->payload);
            $this->assertSame('on b', $subscription->receive(self::EVENT_TIMEOUT)?->payload);
            $subscription->unsubscribe($a);
            $this->assertSame([$b], $subscription->channels());
            $this->assertSame(0, $this->kv->publish($a, 'unheard'));
            $subscription->psubscribe($this->key('p*'));
            $subscription->unsubscribe();
            $subscription->punsubscribe();
            $this->assertSame([], $subscription->channels());
            $this->assertSame([], $subscription->patterns());
            $this->assertSame(0, $this->kv->publish($b, 'unheard'));
        } finally {
            $subscription->close();
        }
    }

    public function testReceiveReturnsNullWhenTheTimePassed(): void
    {
        $subscription = $this->kv->subscribe($this->key('quiet'));
        try {
            $this->assertNull($subscription->receive(0.2));
        } finally {
            $subscription->close();
        }
    }

    public function testHeartbeatsAreNotMessages(): void
    {
        $name = 'pubsub-heartbeat-interval';
        $before = $this->kv->call('ConfigGet', ['patterns' => [$name]]);
        $this->assertInstanceOf(ConfigGetResponse::class, $before);
        $interval = $before->getParameters()[0]->getValue();
        $channel = $this->key('quiet');
        $subscription = $this->kv->subscribe($channel);
        try {
            $this->kv->call('ConfigSet', ['parameters' => [['name' => $name, 'value' => '0.05']]]);
            // Several heartbeats come and go meanwhile.
            $this->assertNull($subscription->receive(0.5));
            $this->kv->publish($channel, 'after the silence');
            $this->assertSame('after the silence', $subscription->receive(self::EVENT_TIMEOUT)?->payload);
        } finally {
            $this->kv->call('ConfigSet', ['parameters' => [['name' => $name, 'value' => $interval]]]);
            $subscription->close();
        }
    }

    public function testARefusedSubscriptionThrowsTheRedisError(): void
    {
        try {
            $this->kv->subscribe();
            $this->fail('SUBSCRIBE without channels was accepted');
        } catch (CommandException $e) {
            $this->assertSame('ERR', $e->getPrefix());
            $this->assertSame("ERR wrong number of arguments for 'subscribe' command", $e->getMessage());
        }
    }

    public function testClosingTheClientCancelsItsSubscriptions(): void
    {
        $subscription = $this->kv->subscribe($this->key('c'));
        $this->kv->close();
        try {
            $subscription->receive(self::EVENT_TIMEOUT);
            $this->fail('a subscription of a closed client received');
        } catch (StatusException $e) {
            $this->assertSame(Code::CANCELLED, $e->getCode());
        }
        $this->expectException(\LogicException::class);
        $this->kv->get($this->key('k'));
    }

    public function testCallsGoOnWhileASubscriptionIsOpen(): void
    {
        $subscription = $this->kv->subscribe($this->key('c'));
        try {
            $this->kv->set($this->key('k'), 'v');
            $this->assertSame('v', $this->kv->get($this->key('k')));
        } finally {
            $subscription->close();
        }
    }

    public function testADroppedSubscriberSeesWhy(): void
    {
        $name = 'client-output-buffer-limit';
        $before = $this->kv->call('ConfigGet', ['patterns' => [$name]]);
        $this->assertInstanceOf(ConfigGetResponse::class, $before);
        $limit = $before->getParameters()[0]->getValue();
        $flood = $this->key('flood');
        $subscription = $this->kv->subscribe($flood);
        try {
            $this->kv->call('ConfigSet', ['parameters' => [['name' => $name, 'value' => 'pubsub 1000 0 0']]]);
            $this->kv->publish($flood, str_repeat('x', 5000));
        } finally {
            $this->kv->call('ConfigSet', ['parameters' => [['name' => $name, 'value' => $limit]]]);
        }
        try {
            $subscription->receive(self::EVENT_TIMEOUT);
            $this->fail('the dropped subscription received');
        } catch (StatusException $e) {
            $this->assertSame(Code::RESOURCE_EXHAUSTED, $e->getCode());
            $this->assertStringContainsString('client output buffer limit reached', $e->getMessage());
        }
        try {
            // And again: the subscription stays failed, for requests too.
            $subscription->subscribe($this->key('other'));
            $this->fail('the dropped subscription took a request');
        } catch (StatusException $e) {
            $this->assertSame(Code::RESOURCE_EXHAUSTED, $e->getCode());
        } finally {
            $subscription->close();
        }
    }
}
