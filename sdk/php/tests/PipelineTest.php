<?php

declare(strict_types=1);

namespace Keyspace\Tests;

use Keyspace\Batch;
use Keyspace\CommandException;
use Keyspace\TransactionAbortedException;
use Keyspace\V1\Command;
use Keyspace\V1\GetRequest;
use Keyspace\V1\IncrRequest;
use Keyspace\V1\PipelineRequest;
use Keyspace\V1\PipelineResponse;
use Keyspace\V1\SetRequest;

final class PipelineTest extends LiveTestCase
{
    public function testRepliesComeInOrderWithErrorsInTheirSlot(): void
    {
        [$a, $list] = [$this->key('a'), $this->key('list')];
        $replies = $this->kv->pipeline(function (Batch $batch) use ($a, $list): void {
            $batch->set(['key' => $a, 'value' => '1'])->incr(['key' => $a]);
            $batch->rpush(['key' => $list, 'elements' => ['x']]);
            $batch->incr(['key' => $list]);
            $batch->get(['key' => $this->key('missing')]);
        });
        $this->assertCount(5, $replies);
        $this->assertTrue($replies[0]->getSet()->getWritten());
        $this->assertSame(2, (int) $replies[1]->getIncr()->getValue());
        $this->assertSame(1, (int) $replies[2]->getRpush()->getLength());
        $error = CommandException::fromReply($replies[3]);
        $this->assertNotNull($error);
        $this->assertSame('WRONGTYPE', $error->getPrefix());
        $this->assertSame('WRONGTYPE Operation against a key holding the wrong kind of value', $error->getMessage());
        $this->assertNull(CommandException::fromReply($replies[0]));
        $this->assertFalse($replies[4]->getGet()->hasValue());
    }

    public function testCommandsMayBeRequestsOrCommandMessages(): void
    {
        $a = $this->key('a');
        $replies = $this->kv->pipeline(
            new SetRequest(['key' => $a, 'value' => 'v']),
            new Command(['get' => new GetRequest(['key' => $a])]),
            fn (Batch $batch) => $batch->add(new IncrRequest(['key' => $a])),
        );
        $this->assertSame('v', $replies[1]->getGet()->getValue());
        $this->assertSame('ERR', CommandException::fromReply($replies[2])?->getPrefix());
    }

    public function testABatchRefusesWhatIsNotACommand(): void
    {
        $this->expectException(\InvalidArgumentException::class);
        (new Batch())->subscribe(['channels' => ['x']]);
    }

    public function testThePipelineStreamCarriesBatchesBothWays(): void
    {
        $n = $this->key('n');
        $stream = $this->kv->rpc()->Pipeline();
        $batch = new PipelineRequest(['commands' => [Batch::command('Incr', ['key' => $n])]]);
        // Each batch is answered before the next is sent: the stream stays
        // open in both directions between them.
        for ($expected = 1; $expected <= 3; $expected++) {
            $stream->write($batch);
            $response = $stream->read();
            $this->assertInstanceOf(PipelineResponse::class, $response);
            $this->assertSame($expected, (int) $response->getReplies()[0]->getIncr()->getValue());
        }
        $stream->writesDone();
        $this->assertNull($stream->read());
    }

    public function testMultiRunsTheCommandsInOrder(): void
    {
        $a = $this->key('a');
        $replies = $this->kv->multi(function (Batch $tx) use ($a): void {
            $tx->set(['key' => $a, 'value' => '1']);
            $tx->incrby(['key' => $a, 'increment' => 41]);
        });
        $this->assertSame(42, (int) $replies[1]->getIncrby()->getValue());
    }

    public function testMultiIsAbortedWhenAWatchedKeyChanged(): void
    {
        $a = $this->key('a');
        $watched = $this->kv->watch($a);
        $this->kv->set($a, 'changed');
        try {
            $this->kv->multi([new SetRequest(['key' => $a, 'value' => 'mine'])], $watched);
            $this->fail('the transaction ran');
        } catch (TransactionAbortedException) {
            $this->assertSame('changed', $this->kv->get($a));
        }
        $replies = $this->kv->multi([new SetRequest(['key' => $a, 'value' => 'mine'])], $this->kv->watch($a));
        $this->assertTrue($replies[0]->getSet()->getWritten());
        $this->assertSame('mine', $this->kv->get($a));
    }
}
