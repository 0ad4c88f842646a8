<?php

/**
 * Loads the Keyspace SDK without Composer (Composer users get the same from
 * composer.json's autoload section): the hand-written classes in src/, the
 * generated ones in generated/, and the protobuf runtime from PHP's include
 * path when nothing else provides it (Debian's php-google-protobuf installs
 * its classes in /usr/share/php without an autoloader).
 *
 *     require 'path/to/sdk/php/autoload.php';
 */

declare(strict_types=1);

spl_autoload_register(static function (string $class): void {
    static $prefixes = [
        'Keyspace\\V1\\' => __DIR__ . '/generated/Keyspace/V1/',
        'GPBMetadata\\Keyspace\\' => __DIR__ . '/generated/GPBMetadata/Keyspace/',
        'Google\\Rpc\\' => __DIR__ . '/generated/Google/Rpc/',
        'GPBMetadata\\Google\\Rpc\\' => __DIR__ . '/generated/GPBMetadata/Google/Rpc/',
        'Keyspace\\' => __DIR__ . '/src/',
    ];
    foreach ($prefixes as $prefix => $folder) {
        if (str_starts_with($class, $prefix)) {
            $file = $folder . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
            if (is_file($file)) {
                require $file;
            }
            return;
        }
    }
    if (str_starts_with($class, 'Google\\Protobuf\\') || str_starts_with($class, 'GPBMetadata\\Google\\Protobuf\\')) {
        $file = stream_resolve_include_path(str_replace('\\', '/', $class) . '.php');
        if ($file !== false) {
            require $file;
        }
    }
});
