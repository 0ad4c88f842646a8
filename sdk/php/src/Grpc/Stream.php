<?php

declare(strict_types=1);

namespace Keyspace\Grpc;

use Google\Protobuf\Internal\Message;
use Keyspace\StatusException;
use Keyspace\TransportException;

/**
 * One gRPC call: an HTTP/2 stream of its Channel's connection, driven by
 * curl. Requests go out with write() (writesDone() half-closes), responses
 * come in with read(); both directions are open at once, so a stream can
 * send a request after reading a response (the Subscribe stream's later
 * SUBSCRIBE changes).
 *
 * PHP has no threads here: a stream's bytes move only while some call on
 * its Channel waits (read(), poll(), or any other call of the same
 * Channel, which buffers what arrives for the others meanwhile). A stream
 * nobody reads stops being read from the socket, so the server sees a slow
 * client (and may drop a subscriber over its output buffer limit, as Redis
 * does).
 *
 * @implements \IteratorAggregate<int, Message>
 */
final class Stream implements \IteratorAggregate
{
    private const HEADER = 5;

    private \CurlHandle $handle;
    /** Framed requests not yet handed to curl. */
    private string $outgoing = '';
    private bool $writesDone = false;
    private bool $uploadPaused = false;
    /** Received bytes that do not make a whole message yet. */
    private string $incoming = '';
    /** @var \SplQueue<string> received messages, still encoded */
    private \SplQueue $messages;
    /** @var array<string, list<string>> */
    private array $headers = [];
    /** @var array<string, list<string>> */
    private array $trailers = [];
    private bool $headersEnded = false;
    private bool $ended = false;
    private ?StatusException $failure = null;

    /**
     * @internal made by Channel::stream() and Channel::unary()
     *
     * @param class-string<Message> $responseClass
     * @param list<string> $headerLines request headers, "name: value"
     * @param string|null $body the whole request body, when it is known at
     *        once (a unary call): sent with the headers, no writes follow
     */
    public function __construct(
        private readonly Channel $channel,
        string $url,
        private readonly string $responseClass,
        array $headerLines,
        ?int $timeoutMs,
        int $connectTimeoutMs,
        bool $reuseConnection,
        ?string $body = null,
    ) {
        $this->messages = new \SplQueue();
        $handle = curl_init($url);
        $options = [
            CURLOPT_HTTP_VERSION => CURL_HTTP_VERSION_2_PRIOR_KNOWLEDGE,
            // One connection for every call of the channel, multiplexed.
            CURLOPT_PIPEWAIT => true,
            CURLOPT_HTTPHEADER => $headerLines,
            CURLOPT_HEADERFUNCTION => $this->onHeader(...),
            CURLOPT_WRITEFUNCTION => $this->onData(...),
            CURLOPT_CONNECTTIMEOUT_MS => $connectTimeoutMs,
            CURLOPT_NOSIGNAL => true,
        ];
        if (!$reuseConnection) {
            $options[CURLOPT_FRESH_CONNECT] = true;
            $options[CURLOPT_FORBID_REUSE] = true;
        }
        if ($timeoutMs !== null) {
            $options[CURLOPT_TIMEOUT_MS] = $timeoutMs;
        }
        if ($body !== null) {
            $options[CURLOPT_POST] = true;
            $options[CURLOPT_POSTFIELDS] = $body;
            $this->writesDone = true;
        } else {
            // A body of unknown length, read from onRead as write() supplies it.
            $options[CURLOPT_UPLOAD] = true;
            $options[CURLOPT_CUSTOMREQUEST] = 'POST';
            $options[CURLOPT_READFUNCTION] = $this->onRead(...);
        }
        curl_setopt_array($handle, $options);
        $this->handle = $handle;
    }

    /** @internal the curl handle, for the Channel */
    public function handle(): \CurlHandle
    {
        return $this->handle;
    }

    /**
     * Sends a request message on the stream.
     *
     * @throws \LogicException after writesDone()
     * @throws StatusException when the call has already ended with a failure
     */
    public function write(Message $request): void
    {
        if ($this->ended) {
            throw $this->failure ?? new \LogicException('write() on a stream that has ended');
        }
        if ($this->writesDone) {
            throw new \LogicException('write() after writesDone()');
        }
        $this->outgoing .= Frames::encode($request);
        $this->resumeUpload();
        $this->channel->perform();
    }

    /** Half-closes the stream: no more requests. Responses keep coming. */
    public function writesDone(): void
    {
        if ($this->writesDone) {
            return;
        }
        $this->writesDone = true;
        $this->resumeUpload();
        $this->channel->perform();
    }

    /**
     * The next response, waiting for it; null once the call ended with OK.
     *
     * @throws StatusException when the call ended with another status (once
     *         the responses that came before the status have been read)
     */
    public function read(): ?Message
    {
        $this->channel->wait(fn (): bool => !$this->messages->isEmpty() || $this->ended, null);
        if (!$this->messages->isEmpty()) {
            $message = new ($this->responseClass)();
            $message->mergeFromString($this->messages->dequeue());
            return $message;
        }
        if ($this->failure !== null) {
            throw $this->failure;
        }
        return null;
    }

    /**
     * Waits at most $timeout seconds for read() to have something to return
     * at once (a response, or the call's end); true when it has.
     */
    public function poll(float $timeout): bool
    {
        return $this->channel->wait(
            fn (): bool => !$this->messages->isEmpty() || $this->ended,
            max($timeout, 0.0),
        );
    }

    /** The responses as they arrive, until the call ends (a failure is thrown). */
    public function getIterator(): \Generator
    {
        while (($message = $this->read()) !== null) {
            yield $message;
        }
    }

    /**
     * Ends the call from this side (an HTTP/2 RST_STREAM): responses not yet
     * read are dropped, and read() throws CANCELLED. Nothing happens once
     * the call has ended.
     */
    public function cancel(): void
    {
        if ($this->ended) {
            return;
        }
        $this->channel->detach($this);
        $this->messages = new \SplQueue();
        $this->end(new StatusException('the call was cancelled by the client', Code::CANCELLED));
    }

    /** Whether the call has ended (read() may still have responses to return). */
    public function ended(): bool
    {
        return $this->ended;
    }

    /** @return array<string, list<string>> the response headers, names in lowercase */
    public function headers(): array
    {
        return $this->headers;
    }

    /** @return array<string, list<string>> the trailers, once the call ended */
    public function trailers(): array
    {
        return $this->trailers;
    }

    /**
     * @internal Ends the upload of a stream waiting for write() once the
     * server sent the call's status (its trailers): whether it did.
     */
    public function endUploadAfterStatus(): bool
    {
        if (!$this->uploadPaused || $this->writesDone || !isset($this->trailers['grpc-status'])) {
            return false;
        }
        $this->writesDone = true;
        $this->resumeUpload();
        return true;
    }

    /**
     * @internal called by the Channel when curl is done with the transfer,
     * with curl's result (CURLE_OK or an error)
     */
    public function finish(int $curlResult): void
    {
        if ($this->ended) {
            return;
        }
        // A failure found while reading (a message we cannot take) wins over
        // the write error it made curl report.
        $this->end($this->failure ?? $this->outcome($curlResult));
    }

    private function end(?StatusException $failure): void
    {
        $this->ended = true;
        $this->failure = $failure;
        curl_close($this->handle);
    }

    /** The call's status from its trailers (or, for a trailers-only response, headers). */
    private function outcome(int $curlResult): ?StatusException
    {
        $metadata = isset($this->trailers['grpc-status']) ? $this->trailers : $this->headers;
        $status = $metadata['grpc-status'][0] ?? null;
        if ($status === null || !ctype_digit($status)) {
            if ($curlResult !== CURLE_OK) {
                $detail = curl_error($this->handle) ?: curl_strerror($curlResult);
                return new TransportException(
                    "curl error $curlResult: $detail",
                    Code::fromCurlError($curlResult),
                    $curlResult,
                );
            }
            $http = (int) curl_getinfo($this->handle, CURLINFO_RESPONSE_CODE);
            if ($http !== 200) {
                return new TransportException(
                    "the server answered HTTP status $http without a gRPC status",
                    Code::fromHttpStatus($http),
                );
            }
            return new TransportException(
                'the server ended the call without a gRPC status',
                Code::INTERNAL,
            );
        }
        $code = (int) $status;
        if ($code !== Code::OK) {
            // grpc-message is percent-encoded (gRPC's PROTOCOL-HTTP2.md).
            $message = rawurldecode($metadata['grpc-message'][0] ?? '');
            return Errors::fromStatus($code, $message, $metadata);
        }
        if ($curlResult !== CURLE_OK) {
            $detail = curl_error($this->handle) ?: curl_strerror($curlResult);
            return new TransportException(
                "curl error $curlResult after an OK status: $detail",
                Code::fromCurlError($curlResult),
                $curlResult,
            );
        }
        if ($this->incoming !== '') {
            return new TransportException(
                'the call ended in the middle of a response message',
                Code::INTERNAL,
            );
        }
        return null;
    }

    private function resumeUpload(): void
    {
        if ($this->uploadPaused && !$this->ended) {
            $this->uploadPaused = false;
            curl_pause($this->handle, CURLPAUSE_CONT);
        }
    }

    /** curl asks for up to $length bytes of the request body. */
    private function onRead(\CurlHandle $handle, mixed $stream, int $length): string|int
    {
        if ($this->outgoing === '') {
            if ($this->writesDone) {
                return ''; // the end of the body: the request side half-closes
            }
            // Nothing to send yet: curl waits until resumeUpload().
            $this->uploadPaused = true;
            return CURL_READFUNC_PAUSE;
        }
        $chunk = substr($this->outgoing, 0, $length);
        $this->outgoing = substr($this->outgoing, strlen($chunk));
        return $chunk;
    }

    private function onHeader(\CurlHandle $handle, string $line): int
    {
        $length = strlen($line);
        $line = rtrim($line, "\r\n");
        if ($line === '') {
            // The blank line after the headers: what follows the body is trailers.
            $this->headersEnded = true;
        } elseif (str_starts_with($line, 'HTTP/')) {
            $this->headers = [];
        } elseif (str_contains($line, ':')) {
            [$name, $value] = explode(':', $line, 2);
            $name = strtolower(trim($name));
            if ($this->headersEnded) {
                $this->trailers[$name][] = trim($value);
            } else {
                $this->headers[$name][] = trim($value);
            }
        }
        return $length;
    }

    private function onData(\CurlHandle $handle, string $chunk): int
    {
        $this->incoming .= $chunk;
        while (strlen($this->incoming) >= self::HEADER) {
            [$compressed, $length] = Frames::header($this->incoming);
            if (strlen($this->incoming) < self::HEADER + $length) {
                break;
            }
            if ($compressed) {
                // No grpc-accept-encoding is sent, so the server must not compress.
                $this->failure = new TransportException(
                    'the server sent a compressed message, which was not asked for',
                    Code::INTERNAL,
                );
                return 0; // makes curl abort the transfer
            }
            $this->messages->enqueue(substr($this->incoming, self::HEADER, $length));
            $this->incoming = substr($this->incoming, self::HEADER + $length);
        }
        return strlen($chunk);
    }
}
