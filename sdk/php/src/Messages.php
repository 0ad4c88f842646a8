<?php

declare(strict_types=1);

namespace Keyspace;

use Google\Protobuf\DescriptorPool;
use Google\Protobuf\Internal\GPBLabel;
use Google\Protobuf\Internal\GPBType;
use Google\Protobuf\Internal\Message;

/**
 * Builds messages from PHP arrays, nested ones included, which the
 * generated constructors cannot do (they take message objects for message
 * fields and numbers for enums):
 *
 *     Messages::build(ZAddRequest::class, ['key' => 'z', 'members' => [['score' => 1, 'member' => 'a']]]);
 *
 * Field names are the schema's (snake_case); a message field takes an
 * array or a message, an enum field its value's name or number.
 */
final class Messages
{
    /**
     * @template T of Message
     * @param class-string<T> $class
     * @param array<string, mixed> $fields
     * @return T
     */
    public static function build(string $class, array $fields): Message
    {
        // Constructing the class registers its file's descriptors.
        new $class();
        $descriptor = DescriptorPool::getGeneratedPool()->getDescriptorByClassName($class);
        if ($descriptor === null) {
            throw new \InvalidArgumentException("$class is not a generated message class");
        }
        $types = [];
        for ($i = 0; $i < $descriptor->getFieldCount(); $i++) {
            $field = $descriptor->getField($i);
            $types[$field->getName()] = $field;
        }
        $values = [];
        foreach ($fields as $name => $value) {
            $field = $types[$name] ?? null;
            if ($field === null) {
                throw new \InvalidArgumentException("$class has no field $name");
            }
            $convert = match ($field->getType()) {
                GPBType::MESSAGE => static fn (mixed $item): mixed => is_array($item)
                    ? self::build($field->getMessageType()->getClass(), $item)
                    : $item,
                GPBType::ENUM => static fn (mixed $item): mixed => is_string($item)
                    ? self::enumValue($field->getEnumType()->getClass(), $item)
                    : $item,
                default => null,
            };
            if ($convert !== null) {
                $value = $field->getLabel() === GPBLabel::REPEATED && is_array($value)
                    ? array_map($convert, $value)
                    : $convert($value);
            }
            $values[$name] = $value;
        }
        return new $class($values);
    }

    private static function enumValue(string $enumClass, string $name): int
    {
        try {
            return $enumClass::value($name);
        } catch (\UnexpectedValueException) {
            throw new \InvalidArgumentException("$enumClass has no value $name");
        }
    }
}
