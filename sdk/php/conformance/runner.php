<?php

/**
 * The PHP conformance runner: tests/conformance/scenarios.json against a
 * live server through the PHP SDK; prints one JSON line per scenario (the
 * format is in tests/conformance/README.md):
 *
 *     php runner.php --address 127.0.0.1:7379 --scenarios tests/conformance/scenarios.json
 *
 * Messages are read from the scenarios' proto3 JSON with the generated
 * classes' mergeFromJsonString and compared as messages (their
 * serializations). Unary steps go through Client::call (errors arrive as
 * Keyspace\CommandException), pipelines through Client::pipeline, and
 * subscriptions use the raw Subscribe stream, since the scenarios compare
 * every event, confirmations included.
 */

declare(strict_types=1);

require dirname(__DIR__) . '/autoload.php';

use Google\Protobuf\Internal\Message;
use Keyspace\Client;
use Keyspace\CommandException;
use Keyspace\StatusException;
use Keyspace\V1\Command;
use Keyspace\V1\KeyspaceServiceClient;
use Keyspace\V1\PipelineResponse;
use Keyspace\V1\PublishRequest;
use Keyspace\V1\Reply;
use Keyspace\V1\SubscribeRequest;
use Keyspace\V1\SubscribeResponse;
use Keyspace\V1\SubscriptionEvent;

const CALL_TIMEOUT = 10.0;
const EVENT_TIMEOUT = 5.0;
const USAGE = "usage: runner.php --address HOST:PORT --scenarios FILE\n";

/** A step's outcome is not the expected one; the message says how. */
final class Mismatch extends RuntimeException
{
}

/**
 * @template T of Message
 * @param class-string<T> $class
 * @return T
 */
function parse(string $class, mixed $json): Message
{
    $message = new $class();
    // Decoded as objects, so that {} stays an object when encoded again.
    $message->mergeFromJsonString(json_encode($json ?? new stdClass(), JSON_UNESCAPED_SLASHES | JSON_THROW_ON_ERROR));
    return $message;
}

function show(Message $message): string
{
    return $message->serializeToJsonString();
}

function expectEqual(string $label, Message $got, Message $want): void
{
    if ($got->serializeToString() !== $want->serializeToString()) {
        throw new Mismatch("$label: got " . show($got) . ', want ' . show($want));
    }
}

function unary(Client $kv, stdClass $step): void
{
    $method = KeyspaceServiceClient::METHODS[$step->call] ?? null;
    if ($method === null) {
        throw new Mismatch("no RPC named $step->call");
    }
    [, $requestClass, $responseClass] = $method;
    $request = parse($requestClass, $step->request ?? null);
    $label = "$step->call " . show($request);
    try {
        $response = $kv->call($step->call, $request);
    } catch (StatusException $e) {
        $got = [
            'code' => $e->getCodeName(),
            'reason' => $e instanceof CommandException ? $e->getPrefix() : '',
            'message' => $e->getMessage(),
        ];
        failed($label, $step, $got);
        return;
    }
    if (isset($step->error)) {
        throw new Mismatch("$label: got " . show($response) . ', want the error ' . json_encode($step->error));
    }
    expectEqual($label, $response, parse($responseClass, $step->response ?? null));
}

/** @param array{code: string, reason: string, message: string} $got */
function failed(string $label, stdClass $step, array $got): void
{
    if (!isset($step->error)) {
        throw new Mismatch("$label: failed with " . json_encode($got));
    }
    $want = ['code' => $step->error->code, 'reason' => $step->error->reason ?? '', 'message' => $step->error->message];
    if ($got !== $want) {
        throw new Mismatch("$label: failed with " . json_encode($got) . ', want ' . json_encode($want));
    }
}

function pipeline(Client $kv, stdClass $step): void
{
    $commands = array_map(fn ($command) => parse(Command::class, $command), $step->pipeline);
    $want = array_map(fn ($reply) => parse(Reply::class, $reply), $step->replies);
    $replies = $kv->pipeline(...$commands);
    expectEqual(
        'Pipeline',
        new PipelineResponse(['replies' => $replies]),
        new PipelineResponse(['replies' => $want]),
    );
}

function subscription(Client $kv, stdClass $step): void
{
    $request = parse(SubscribeRequest::class, $step->subscribe);
    $want = array_map(fn ($event) => parse(SubscriptionEvent::class, $event), $step->events);
    $stream = $kv->rpc()->Subscribe(['timeout' => null]);
    /** @var list<SubscriptionEvent> $got */
    $got = [];
    $read = function (callable $done) use ($stream, &$got): void {
        while (!$done()) {
            if (!$stream->poll(EVENT_TIMEOUT)) {
                return;
            }
            $response = $stream->read();
            if ($response === null) {
                return;
            }
            assert($response instanceof SubscribeResponse);
            foreach ($response->getEvents() as $event) {
                if (!$event->hasHeartbeat()) {
                    clearVolatile($event);
                    $got[] = $event;
                }
            }
        }
    };
    try {
        $stream->write($request);
        $channels = count($request->getChannels());
        $read(function () use (&$got, $channels, $want): bool {
            $changes = count(array_filter($got, fn (SubscriptionEvent $e) => $e->hasChange()));
            return $changes >= $channels || count($got) > count($want);
        });
        foreach ($step->publish ?? [] as $publish) {
            $kv->call('Publish', parse(PublishRequest::class, $publish));
        }
        // An arrow function would capture $got as it is now.
        $read(function () use (&$got, $want): bool {
            return count($got) >= count($want);
        });
    } finally {
        $stream->cancel();
    }
    if (count($got) !== count($want)) {
        $shown = implode(', ', array_map('show', $got));
        throw new Mismatch('Subscribe: got ' . count($got) . " events [$shown], want " . count($want));
    }
    foreach ($want as $i => $event) {
        expectEqual("Subscribe event $i", $got[$i], $event);
    }
}

/** Clears runId and sequence, which change from run to run. */
function clearVolatile(SubscriptionEvent $event): void
{
    $case = $event->getEvent();
    if ($case === '') {
        return;
    }
    $part = $event->{'get' . ucfirst($case)}();
    if (method_exists($part, 'setRunId')) {
        $part->setRunId('');
    }
    if (method_exists($part, 'setSequence')) {
        $part->setSequence(0);
    }
}

function runScenario(Client $kv, stdClass $scenario): string
{
    try {
        $kv->call('FlushAll');
    } catch (Throwable $e) {
        return 'FlushAll: ' . get_class($e) . ': ' . $e->getMessage();
    }
    foreach ($scenario->steps as $i => $step) {
        try {
            if (isset($step->call)) {
                unary($kv, $step);
            } elseif (isset($step->pipeline)) {
                pipeline($kv, $step);
            } elseif (isset($step->subscribe)) {
                subscription($kv, $step);
            } else {
                throw new Mismatch('unknown kind of step');
            }
        } catch (Throwable $e) {
            $detail = $e instanceof Mismatch ? $e->getMessage() : get_class($e) . ': ' . $e->getMessage();
            return 'step ' . ($i + 1) . ": $detail";
        }
    }
    return '';
}

function main(array $argv): int
{
    $options = getopt('', ['address:', 'scenarios:']);
    if (!isset($options['address'], $options['scenarios']) || !is_string($options['address'])
        || !is_string($options['scenarios'])) {
        fwrite(STDERR, USAGE);
        return 2;
    }
    $scenarios = json_decode((string) file_get_contents($options['scenarios']), false, 512, JSON_THROW_ON_ERROR);
    $kv = new Client($options['address'], ['timeout' => CALL_TIMEOUT]);
    foreach ($scenarios->scenarios as $scenario) {
        $detail = runScenario($kv, $scenario);
        $line = ['scenario' => $scenario->name, 'passed' => $detail === '', 'detail' => $detail];
        echo json_encode($line, JSON_UNESCAPED_SLASHES | JSON_INVALID_UTF8_SUBSTITUTE), "\n";
    }
    $kv->close();
    return 0;
}

exit(main($argv));
