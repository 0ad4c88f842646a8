<?php

declare(strict_types=1);

namespace Keyspace\Grpc;

use Google\Protobuf\Internal\Message;
use Keyspace\StatusException;

/**
 * A gRPC channel to one server over HTTP/2 without TLS (h2c, "prior
 * knowledge"), made with ext-curl: the transport of the generated clients,
 * since Debian has no grpc PHP extension. All calls share one curl multi
 * handle, each call an HTTP/2 stream: of one shared connection with libcurl
 * 8.0.0 or later, of a connection of its own before (reusesH2cConnections()
 * says why).
 *
 * Options (the constructor's defaults; unary() and stream() take the same
 * per call):
 * - 'timeout': the call's deadline in seconds (float), sent as grpc-timeout
 *   and enforced by curl; null (the default) waits as long as it takes.
 * - 'connect_timeout': seconds to wait for the connection (default 10).
 * - 'metadata': request metadata, name => value or list of values; names
 *   ending in "-bin" carry binary values (base64-encoded on the wire).
 */
final class Channel
{
    private const USER_AGENT = 'keyspace-php/0.1.0';

    private ?\CurlMultiHandle $multi;
    /** @var array<int, Stream> the streams curl is running, by their handle's id */
    private array $running = [];
    private readonly string $base;
    /** @var array<string, mixed> */
    private readonly array $defaults;
    private readonly bool $reuseConnections;

    /**
     * @param string $address "host:port" (or "http://host:port")
     * @param array<string, mixed> $options see the class comment
     */
    public function __construct(string $address, array $options = [])
    {
        if (!extension_loaded('curl')) {
            throw new \RuntimeException('Keyspace needs the curl extension (php-curl)');
        }
        if ((curl_version()['features'] & CURL_VERSION_HTTP2) === 0) {
            throw new \RuntimeException('Keyspace needs a libcurl built with HTTP/2 (nghttp2)');
        }
        $address = preg_replace('#^http://#', '', $address) ?? $address;
        if ($address === '' || str_contains($address, '/')) {
            throw new \InvalidArgumentException("not a host:port address: $address");
        }
        $this->base = "http://$address";
        self::checkOptions($options);
        $this->defaults = $options;
        $this->reuseConnections = self::reusesH2cConnections();
        $this->multi = curl_multi_init();
        curl_multi_setopt($this->multi, CURLMOPT_PIPELINING, CURLPIPE_MULTIPLEX);
    }

    public function __destruct()
    {
        $this->close();
    }

    /**
     * Calls a unary RPC: $path is "/package.Service/Method".
     *
     * @template T of Message
     * @param class-string<T> $responseClass
     * @param array<string, mixed> $options see the class comment
     * @return T
     * @throws StatusException when the call fails (a CommandException for a
     *         Redis error, a TransportException when no status came)
     */
    public function unary(string $path, Message $request, string $responseClass, array $options = []): Message
    {
        $stream = $this->open($path, $responseClass, $options, Frames::encode($request));
        $response = $stream->read();
        // The status comes after the response: a failure still throws here.
        if ($stream->read() !== null || $response === null) {
            $stream->cancel();
            throw new StatusException(
                $response === null ? 'the server sent no response' : 'the server sent two responses',
                Code::INTERNAL,
            );
        }
        return $response;
    }

    /**
     * Opens a streaming call: write() requests, read() responses.
     *
     * @param class-string<Message> $responseClass
     * @param array<string, mixed> $options see the class comment
     */
    public function stream(string $path, string $responseClass, array $options = []): Stream
    {
        return $this->open($path, $responseClass, $options, null);
    }

    /** Cancels every call still running and closes the connection. */
    public function close(): void
    {
        foreach ($this->running as $stream) {
            $stream->cancel();
        }
        if ($this->multi !== null) {
            curl_multi_close($this->multi);
            $this->multi = null;
        }
    }

    /**
     * @internal Moves every transfer of the channel as far as it can go
     * without waiting, and finishes the calls that ended.
     */
    public function perform(): void
    {
        $multi = $this->multi();
        do {
            do {
                $result = curl_multi_exec($multi, $active);
            } while ($result === CURLM_CALL_MULTI_PERFORM);
            if ($result !== CURLM_OK) {
                throw new \RuntimeException('curl_multi_exec failed: ' . curl_multi_strerror($result));
            }
            while (($info = curl_multi_info_read($multi)) !== false) {
                if ($info['msg'] !== CURLMSG_DONE) {
                    continue;
                }
                $handle = $info['handle'];
                $stream = $this->running[spl_object_id($handle)] ?? null;
                unset($this->running[spl_object_id($handle)]);
                curl_multi_remove_handle($multi, $handle);
                $stream?->finish($info['result']);
            }
            // libcurl 7.88 never reports a transfer done while its upload is
            // paused (a stream waiting for write()), even once the server
            // ended the call: ending the upload lets curl finish it.
            $resumed = false;
            foreach ($this->running as $stream) {
                $resumed = $stream->endUploadAfterStatus() || $resumed;
            }
        } while ($resumed);
    }

    /**
     * @internal Moves the transfers until $ready() is true or $timeout
     * seconds passed (null: no limit); whether $ready() became true.
     *
     * @param callable(): bool $ready
     */
    public function wait(callable $ready, ?float $timeout): bool
    {
        if ($ready()) {
            return true;
        }
        $deadline = $timeout === null ? null : self::now() + $timeout;
        $this->perform();
        while (!$ready()) {
            $left = $deadline === null ? 1.0 : $deadline - self::now();
            if ($left <= 0) {
                return false;
            }
            if (curl_multi_select($this->multi(), min($left, 1.0)) === -1) {
                usleep(1000); // select failed (no socket yet): do not spin
            }
            $this->perform();
        }
        return true;
    }

    /** @internal Takes a stream's transfer off the connection (a cancel). */
    public function detach(Stream $stream): void
    {
        $handle = $stream->handle();
        if (isset($this->running[spl_object_id($handle)])) {
            unset($this->running[spl_object_id($handle)]);
            curl_multi_remove_handle($this->multi(), $handle);
        }
    }

    /**
     * @param class-string<Message> $responseClass
     * @param array<string, mixed> $options
     */
    private function open(string $path, string $responseClass, array $options, ?string $body): Stream
    {
        self::checkOptions($options);
        $options += $this->defaults;
        $timeout = $options['timeout'] ?? null;
        $timeoutMs = $timeout === null ? null : max(1, (int) ceil($timeout * 1000));
        $headers = [
            'content-type: application/grpc',
            'te: trailers',
            'user-agent: ' . self::USER_AGENT . ' curl/' . curl_version()['version'],
            // curl would otherwise wait for a "100 Continue" before a body of
            // unknown length.
            'expect:',
        ];
        if ($timeoutMs !== null) {
            $headers[] = 'grpc-timeout: ' . self::grpcTimeout($timeoutMs);
        }
        foreach ($options['metadata'] ?? [] as $name => $values) {
            $name = strtolower((string) $name);
            foreach ((array) $values as $value) {
                $value = (string) $value;
                if (str_ends_with($name, '-bin')) {
                    $value = rtrim(base64_encode($value), '=');
                }
                $headers[] = "$name: $value";
            }
        }
        $connectMs = (int) ceil(($options['connect_timeout'] ?? 10) * 1000);
        $stream = new Stream(
            $this,
            $this->base . $path,
            $responseClass,
            $headers,
            $timeoutMs,
            $connectMs,
            $this->reuseConnections,
            $body,
        );
        $handle = $stream->handle();
        $result = curl_multi_add_handle($this->multi(), $handle);
        if ($result !== CURLM_OK) {
            throw new \RuntimeException('curl_multi_add_handle failed: ' . curl_multi_strerror($result));
        }
        $this->running[spl_object_id($handle)] = $stream;
        $this->perform();
        return $stream;
    }

    /**
     * Whether libcurl can send a request on an h2c ("prior knowledge")
     * connection that already carried one. Before 8.0.0 it cannot: the
     * second request fails with "Error in the HTTP2 framing layer" (curl
     * issue 10634, fixed in 8.0.0), whether it follows the first or is
     * multiplexed beside it. Debian 12 has 7.88.1, so there every call opens
     * a connection of its own.
     */
    private static function reusesH2cConnections(): bool
    {
        return version_compare(curl_version()['version'], '8.0.0', '>=');
    }

    /** @param array<string, mixed> $options */
    private static function checkOptions(array $options): void
    {
        $unknown = array_diff(array_keys($options), ['timeout', 'connect_timeout', 'metadata']);
        if ($unknown !== []) {
            throw new \InvalidArgumentException('unknown call options: ' . implode(', ', $unknown));
        }
    }

    /** grpc-timeout's value: at most 8 digits and a unit. */
    private static function grpcTimeout(int $milliseconds): string
    {
        return $milliseconds <= 99_999_999 ? "{$milliseconds}m" : intdiv($milliseconds, 1000) . 'S';
    }

    private function multi(): \CurlMultiHandle
    {
        if ($this->multi === null) {
            throw new \LogicException('the channel is closed');
        }
        return $this->multi;
    }

    private static function now(): float
    {
        return hrtime(true) / 1e9;
    }
}
