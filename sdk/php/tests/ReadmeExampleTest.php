<?php

declare(strict_types=1);

namespace Keyspace\Tests;

/**
 * Runs the README's example against the live server and checks what it
 * prints against the line's "// output" comments.
 */
final class ReadmeExampleTest extends LiveTestCase
{
    public function testTheExampleRunsAsWritten(): void
    {
        $readme = (string) file_get_contents(dirname(__DIR__) . '/README.md');
        $this->assertSame(1, preg_match('/^## Example\n.*?```php\n(.*?)```/ms', $readme, $match));
        $lines = array_values(array_filter(explode("\n", $match[1]), fn (string $line) => trim($line) !== ''));
        $this->assertLessThanOrEqual(5, count($lines), 'the README promises a five-line example');
        $code = '';
        $expected = '';
        foreach ($lines as $line) {
            if (str_starts_with($line, 'require ')) {
                continue; // tests/bootstrap.php loaded the SDK
            }
            // The example's address is the usual one; the test server's is ours.
            $code .= str_replace("'127.0.0.1:7379'", var_export($this->address, true), $line) . "\n";
            if (preg_match('/^(echo|var_dump).*\/\/ (.*)$/', $line, $comment) === 1) {
                $expected .= $comment[2] . "\n";
            }
        }
        $this->assertSame("hello\nNULL\n", $expected, "the example's output comments");
        ob_start();
        try {
            eval($code);
        } finally {
            $output = (string) ob_get_clean();
        }
        $this->assertSame($expected, $output);
    }
}
