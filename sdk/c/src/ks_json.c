/*
 * Proto3 JSON for protoc-gen-c messages, driven by the descriptors
 * protoc-gen-c generates (field names, types, offsets, oneofs, enum value
 * names): so one codec serves every message of the schema, with nothing
 * generated per message. What proto3 JSON needs for Keyspace's schema:
 * lowerCamelCase names (proto names accepted too), base64 bytes, 64-bit
 * integers as strings, enums by name, nested and repeated messages, oneofs
 * and optional fields. Not handled: maps and the well-known types' special
 * forms (Any, Timestamp, wrappers...), which the schema does not use.
 *
 * Parsed messages are laid out as protobuf_c_message_unpack lays them out
 * (everything malloc'd), so protobuf_c_message_free_unpacked frees them.
 */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ks_internal.h"
#include "ks_json_codec.h"
#include "ks_json_value.h"

/* A field's JSON name into out (protoc's ToJsonName: "run_id" -> "runId"). */
static void json_name(const char *name, char *out, size_t size)
{
  size_t n = 0;
  int upper = 0;
  for (; *name != '\0' && n + 1 < size; name++) {
    if (*name == '_') {
      upper = 1;
    } else {
      out[n++] = upper && *name >= 'a' && *name <= 'z' ? (char)(*name - 'a' + 'A') : *name;
      upper = 0;
    }
  }
  out[n] = '\0';
}

static size_t element_size(ProtobufCType type)
{
  switch (type) {
  case PROTOBUF_C_TYPE_INT32:
  case PROTOBUF_C_TYPE_SINT32:
  case PROTOBUF_C_TYPE_SFIXED32:
  case PROTOBUF_C_TYPE_UINT32:
  case PROTOBUF_C_TYPE_FIXED32:
    return 4;
  case PROTOBUF_C_TYPE_INT64:
  case PROTOBUF_C_TYPE_SINT64:
  case PROTOBUF_C_TYPE_SFIXED64:
  case PROTOBUF_C_TYPE_UINT64:
  case PROTOBUF_C_TYPE_FIXED64:
    return 8;
  case PROTOBUF_C_TYPE_FLOAT:
    return sizeof(float);
  case PROTOBUF_C_TYPE_DOUBLE:
    return sizeof(double);
  case PROTOBUF_C_TYPE_BOOL:
    return sizeof(protobuf_c_boolean);
  case PROTOBUF_C_TYPE_ENUM:
    return sizeof(int);
  case PROTOBUF_C_TYPE_STRING:
    return sizeof(char *);
  case PROTOBUF_C_TYPE_BYTES:
    return sizeof(ProtobufCBinaryData);
  case PROTOBUF_C_TYPE_MESSAGE:
    return sizeof(ProtobufCMessage *);
  }
  return 0;
}

#define MEMBER(message, offset) ((void *)((char *)(message) + (offset)))
#define CONST_MEMBER(message, offset) ((const void *)((const char *)(message) + (offset)))

/* ------------------------------------------------------------------------
 * Base64 (RFC 4648; proto3 JSON accepts the standard and URL-safe alphabets,
 * padded or not, and writes the standard one, padded).
 */
static const char BASE64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static int base64_value(char c)
{
  if (c >= 'A' && c <= 'Z')
    return c - 'A';
  if (c >= 'a' && c <= 'z')
    return c - 'a' + 26;
  if (c >= '0' && c <= '9')
    return c - '0' + 52;
  if (c == '+' || c == '-')
    return 62;
  if (c == '/' || c == '_')
    return 63;
  return -1;
}

static int base64_decode(const char *text, size_t length, ProtobufCBinaryData *out)
{
  while (length > 0 && text[length - 1] == '=')
    length--;
  if (length % 4 == 1)
    return 0;
  uint8_t *data = malloc(length * 3 / 4 + 1);
  if (data == NULL)
    return 0;
  size_t n = 0;
  uint32_t bits = 0;
  int count = 0;
  for (size_t i = 0; i < length; i++) {
    int v = base64_value(text[i]);
    if (v < 0) {
      free(data);
      return 0;
    }
    bits = (bits << 6) | (uint32_t)v;
    if (++count == 4) {
      data[n++] = (uint8_t)(bits >> 16);
      data[n++] = (uint8_t)(bits >> 8);
      data[n++] = (uint8_t)bits;
      bits = 0;
      count = 0;
    }
  }
  if (count == 2) {
    data[n++] = (uint8_t)(bits >> 4);
  } else if (count == 3) {
    data[n++] = (uint8_t)(bits >> 10);
    data[n++] = (uint8_t)(bits >> 2);
  }
  if (n == 0) {
    /* An empty value owns no memory, as unpack leaves it. */
    free(data);
    data = NULL;
  }
  out->data = data;
  out->len = n;
  return 1;
}

static void base64_encode(ks__text *text, const uint8_t *data, size_t length)
{
  ks__text_append(text, "\"", 1);
  for (size_t i = 0; i < length; i += 3) {
    uint32_t bits = (uint32_t)data[i] << 16;
    if (i + 1 < length)
      bits |= (uint32_t)data[i + 1] << 8;
    if (i + 2 < length)
      bits |= data[i + 2];
    char quad[4] = {BASE64[bits >> 18], BASE64[(bits >> 12) & 63],
                    i + 1 < length ? BASE64[(bits >> 6) & 63] : '=',
                    i + 2 < length ? BASE64[bits & 63] : '='};
    ks__text_append(text, quad, 4);
  }
  ks__text_append(text, "\"", 1);
}

/* ------------------------------------------------------------------------
 * Parsing.
 */
typedef struct context {
  /* The first problem, "keyspace: ..."; parsing stops at it. */
  ks__text problem;
  int failed;
} context;

static int problem(context *c, const ProtobufCMessageDescriptor *message,
                   const char *field, const char *what)
{
  if (!c->failed) {
    c->failed = 1;
    ks__text_printf(&c->problem, "keyspace: JSON for %s", message->name);
    if (field != NULL)
      ks__text_printf(&c->problem, ", field %s", field);
    ks__text_printf(&c->problem, ": %s", what);
  }
  return 0;
}

static ProtobufCMessage *parse_message(context *c, const ProtobufCMessageDescriptor *descriptor,
                                       const ks__json *json, int depth);

/* Integers: proto3 JSON writes 64-bit ones as strings and accepts numbers or
 * strings for any integer, exponents included when the value is whole. */
static int parse_integer(const ks__json *json, int is_signed, int64_t *out_signed,
                         uint64_t *out_unsigned)
{
  if (json->type != KS__JSON_NUMBER && json->type != KS__JSON_STRING)
    return 0;
  const char *text = json->text;
  if (json->length == 0 || json->length != strlen(text) || text[0] == ' ' || text[0] == '+')
    return 0;
  char *end;
  errno = 0;
  if (is_signed) {
    long long value = strtoll(text, &end, 10);
    if (*end == '\0' && errno == 0) {
      *out_signed = value;
      return 1;
    }
  } else if (text[0] != '-') {
    unsigned long long value = strtoull(text, &end, 10);
    if (*end == '\0' && errno == 0) {
      *out_unsigned = value;
      return 1;
    }
  }
  if (errno != 0)
    return 0;
  /* 1e3, 5.0: whole numbers written another way, within a double's exact
   * integers. */
  double value = strtod(text, &end);
  if (*end != '\0' || value != floor(value) || fabs(value) > 9007199254740992.0)
    return 0;
  if (is_signed)
    *out_signed = (int64_t)value;
  else if (value < 0)
    return 0;
  else
    *out_unsigned = (uint64_t)value;
  return 1;
}

static int parse_double(const ks__json *json, double *out)
{
  if (json->type == KS__JSON_STRING) {
    if (strcmp(json->text, "NaN") == 0) {
      *out = NAN;
      return 1;
    }
    if (strcmp(json->text, "Infinity") == 0) {
      *out = INFINITY;
      return 1;
    }
    if (strcmp(json->text, "-Infinity") == 0) {
      *out = -INFINITY;
      return 1;
    }
  } else if (json->type != KS__JSON_NUMBER) {
    return 0;
  }
  if (json->length == 0 || json->text[0] == ' ')
    return 0;
  char *end;
  errno = 0;
  *out = strtod(json->text, &end);
  return *end == '\0' && errno != ERANGE && isfinite(*out);
}

/* Parses one value of field into slot (an element of its type); on failure
 * slot owns nothing. */
static int parse_value(context *c, const ProtobufCMessageDescriptor *message,
                       const ProtobufCFieldDescriptor *field, const ks__json *json, void *slot,
                       int depth)
{
  int64_t s = 0;
  uint64_t u = 0;
  double d;
  switch (field->type) {
  case PROTOBUF_C_TYPE_INT32:
  case PROTOBUF_C_TYPE_SINT32:
  case PROTOBUF_C_TYPE_SFIXED32:
    if (!parse_integer(json, 1, &s, &u) || s < INT32_MIN || s > INT32_MAX)
      return problem(c, message, field->name, "expected a 32-bit integer");
    *(int32_t *)slot = (int32_t)s;
    return 1;
  case PROTOBUF_C_TYPE_UINT32:
  case PROTOBUF_C_TYPE_FIXED32:
    if (!parse_integer(json, 0, &s, &u) || u > UINT32_MAX)
      return problem(c, message, field->name, "expected an unsigned 32-bit integer");
    *(uint32_t *)slot = (uint32_t)u;
    return 1;
  case PROTOBUF_C_TYPE_INT64:
  case PROTOBUF_C_TYPE_SINT64:
  case PROTOBUF_C_TYPE_SFIXED64:
    if (!parse_integer(json, 1, &s, &u))
      return problem(c, message, field->name, "expected a 64-bit integer");
    *(int64_t *)slot = s;
    return 1;
  case PROTOBUF_C_TYPE_UINT64:
  case PROTOBUF_C_TYPE_FIXED64:
    if (!parse_integer(json, 0, &s, &u))
      return problem(c, message, field->name, "expected an unsigned 64-bit integer");
    *(uint64_t *)slot = u;
    return 1;
  case PROTOBUF_C_TYPE_FLOAT:
    if (!parse_double(json, &d) || (isfinite(d) && fabs(d) > FLT_MAX))
      return problem(c, message, field->name, "expected a float");
    *(float *)slot = (float)d;
    return 1;
  case PROTOBUF_C_TYPE_DOUBLE:
    if (!parse_double(json, &d))
      return problem(c, message, field->name, "expected a number");
    *(double *)slot = d;
    return 1;
  case PROTOBUF_C_TYPE_BOOL:
    if (json->type != KS__JSON_BOOL)
      return problem(c, message, field->name, "expected true or false");
    *(protobuf_c_boolean *)slot = json->boolean;
    return 1;
  case PROTOBUF_C_TYPE_ENUM: {
    const ProtobufCEnumDescriptor *e = field->descriptor;
    if (json->type == KS__JSON_STRING) {
      const ProtobufCEnumValue *v = protobuf_c_enum_descriptor_get_value_by_name(e, json->text);
      if (v == NULL)
        return problem(c, message, field->name, "unknown enum value name");
      *(int *)slot = v->value;
      return 1;
    }
    if (!parse_integer(json, 1, &s, &u) || s < INT32_MIN || s > INT32_MAX)
      return problem(c, message, field->name, "expected an enum value name or number");
    *(int *)slot = (int)s;
    return 1;
  }
  case PROTOBUF_C_TYPE_STRING: {
    if (json->type != KS__JSON_STRING)
      return problem(c, message, field->name, "expected a string");
    if (strlen(json->text) != json->length)
      return problem(c, message, field->name, "a string with \\u0000 cannot be held");
    char *copy = malloc(json->length + 1);
    if (copy == NULL)
      return problem(c, message, field->name, "out of memory");
    memcpy(copy, json->text, json->length + 1);
    *(char **)slot = copy;
    return 1;
  }
  case PROTOBUF_C_TYPE_BYTES:
    if (json->type != KS__JSON_STRING)
      return problem(c, message, field->name, "expected a base64 string");
    if (!base64_decode(json->text, json->length, (ProtobufCBinaryData *)slot))
      return problem(c, message, field->name, "bad base64");
    return 1;
  case PROTOBUF_C_TYPE_MESSAGE: {
    ProtobufCMessage *sub = parse_message(c, field->descriptor, json, depth + 1);
    if (sub == NULL)
      return 0;
    *(ProtobufCMessage **)slot = sub;
    return 1;
  }
  }
  return problem(c, message, field->name, "unknown field type");
}

static int parse_repeated(context *c, const ProtobufCMessageDescriptor *descriptor,
                          const ProtobufCFieldDescriptor *field, const ks__json *json,
                          ProtobufCMessage *message, int depth)
{
  if (json->type != KS__JSON_ARRAY)
    return problem(c, descriptor, field->name, "expected an array");
  if (json->count == 0)
    return 1;
  size_t size = element_size(field->type);
  char *elements = calloc(json->count, size);
  if (elements == NULL)
    return problem(c, descriptor, field->name, "out of memory");
  size_t *count = MEMBER(message, field->quantifier_offset);
  /* Stored at once, counted as they are parsed: a failure midway leaves a
   * message that free_unpacked frees whole. */
  *(void **)MEMBER(message, field->offset) = elements;
  *count = 0;
  for (size_t i = 0; i < json->count; i++) {
    if (json->items[i]->type == KS__JSON_NULL)
      return problem(c, descriptor, field->name, "null in an array");
    if (!parse_value(c, descriptor, field, json->items[i], elements + i * size, depth))
      return 0;
    (*count)++;
  }
  return 1;
}

static const ProtobufCFieldDescriptor *field_named(const ProtobufCMessageDescriptor *descriptor,
                                                   const char *key, size_t length)
{
  char name[256];
  for (unsigned i = 0; i < descriptor->n_fields; i++) {
    const ProtobufCFieldDescriptor *field = &descriptor->fields[i];
    json_name(field->name, name, sizeof name);
    if ((strlen(name) == length && memcmp(name, key, length) == 0) ||
        (strlen(field->name) == length && memcmp(field->name, key, length) == 0))
      return field;
  }
  return NULL;
}

static int parse_field(context *c, const ProtobufCMessageDescriptor *descriptor,
                       const ProtobufCFieldDescriptor *field, const ks__json *json,
                       ProtobufCMessage *message, int depth)
{
  if (field->label == PROTOBUF_C_LABEL_REPEATED)
    return json->type == KS__JSON_NULL ||
           parse_repeated(c, descriptor, field, json, message, depth);
  /* null is the field's default: for optional and oneof fields, unset. */
  if (json->type == KS__JSON_NULL)
    return 1;
  uint32_t *oneof_case = NULL;
  if (field->flags & PROTOBUF_C_FIELD_FLAG_ONEOF) {
    oneof_case = MEMBER(message, field->quantifier_offset);
    if (*oneof_case != 0)
      return problem(c, descriptor, field->name, "another field of its oneof is set");
  }
  union {
    int32_t i32;
    int64_t i64;
    double d;
    char *s;
    ProtobufCBinaryData bytes;
    ProtobufCMessage *m;
  } value;
  memset(&value, 0, sizeof value);
  if (!parse_value(c, descriptor, field, json, &value, depth))
    return 0;
  memcpy(MEMBER(message, field->offset), &value, element_size(field->type));
  if (oneof_case != NULL)
    *oneof_case = field->id;
  else if (field->label == PROTOBUF_C_LABEL_OPTIONAL && field->type != PROTOBUF_C_TYPE_STRING &&
           field->type != PROTOBUF_C_TYPE_MESSAGE)
    *(protobuf_c_boolean *)MEMBER(message, field->quantifier_offset) = 1;
  return 1;
}

static ProtobufCMessage *parse_message(context *c, const ProtobufCMessageDescriptor *descriptor,
                                       const ks__json *json, int depth)
{
  if (json->type != KS__JSON_OBJECT) {
    problem(c, descriptor, NULL, "expected an object");
    return NULL;
  }
  ProtobufCMessage *message = malloc(descriptor->sizeof_message);
  unsigned char *seen = calloc(descriptor->n_fields + 1, 1);
  if (message == NULL || seen == NULL) {
    free(message);
    free(seen);
    problem(c, descriptor, NULL, "out of memory");
    return NULL;
  }
  protobuf_c_message_init(descriptor, message);
  for (size_t i = 0; i < json->count; i++) {
    const ProtobufCFieldDescriptor *field =
        field_named(descriptor, json->keys[i], json->key_lengths[i]);
    if (field == NULL) {
      ks__text what = {0};
      ks__text_puts(&what, "no field named ");
      ks__text_json_string(&what, json->keys[i], json->key_lengths[i]);
      problem(c, descriptor, NULL, what.data != NULL ? what.data : "no such field");
      ks__text_free(&what);
      break;
    }
    size_t index = (size_t)(field - descriptor->fields);
    if (seen[index]) {
      problem(c, descriptor, field->name, "given twice");
      break;
    }
    seen[index] = 1;
    if (!parse_field(c, descriptor, field, json->items[i], message, depth))
      break;
  }
  free(seen);
  if (c->failed) {
    protobuf_c_message_free_unpacked(message, NULL);
    return NULL;
  }
  return message;
}

ks_status ks__message_from_tree(const ProtobufCMessageDescriptor *descriptor,
                                const ks__json *tree, ProtobufCMessage **message,
                                ks_error *error)
{
  context c = {{0}, 0};
  *message = parse_message(&c, descriptor, tree, 0);
  if (*message != NULL) {
    ks__text_free(&c.problem);
    return KS_OK;
  }
  ks_status status = ks_error_set(error, KS_CODE_INVALID_ARGUMENT,
                                  c.problem.data != NULL ? c.problem.data : "keyspace: bad JSON");
  ks__text_free(&c.problem);
  return status;
}

ks_status ks_message_from_json(const ProtobufCMessageDescriptor *descriptor, const char *json,
                               size_t length, ProtobufCMessage **message, ks_error *error)
{
  char *bad = NULL;
  if (message != NULL)
    *message = NULL;
  if (descriptor == NULL || message == NULL)
    return ks_error_set(error, KS_CODE_INVALID_ARGUMENT,
                        "keyspace: ks_message_from_json needs a descriptor and a message pointer");
  ks__json *tree = ks__json_parse(json != NULL ? json : "", json != NULL ? length : 0, &bad);
  if (tree == NULL) {
    ks__text text = {0};
    ks__text_printf(&text, "keyspace: JSON for %s: %s", descriptor->name,
                    bad != NULL ? bad : "out of memory");
    free(bad);
    char *owned = ks__text_take(&text);
    ks_status status = ks_error_set(error, KS_CODE_INVALID_ARGUMENT,
                                    owned != NULL ? owned : "keyspace: bad JSON");
    free(owned);
    return status;
  }
  ks_status status = ks__message_from_tree(descriptor, tree, message, error);
  ks__json_free(tree);
  return status;
}

/* ------------------------------------------------------------------------
 * Writing.
 */

/* The shortest text that reads back as the same double (or float). */
static void write_double(ks__text *text, double value, int is_float)
{
  if (isnan(value)) {
    ks__text_puts(text, "\"NaN\"");
    return;
  }
  if (isinf(value)) {
    ks__text_puts(text, value > 0 ? "\"Infinity\"" : "\"-Infinity\"");
    return;
  }
  char buffer[40];
  for (int precision = 1; precision <= 17; precision++) {
    snprintf(buffer, sizeof buffer, "%.*g", precision, value);
    double back = strtod(buffer, NULL);
    if (is_float ? (float)back == (float)value : back == value)
      break;
  }
  ks__text_puts(text, buffer);
}

static void write_message(ks__text *text, const ProtobufCMessage *message);

static void write_value(ks__text *text, const ProtobufCFieldDescriptor *field, const void *slot)
{
  switch (field->type) {
  case PROTOBUF_C_TYPE_INT32:
  case PROTOBUF_C_TYPE_SINT32:
  case PROTOBUF_C_TYPE_SFIXED32:
    ks__text_printf(text, "%d", (int)*(const int32_t *)slot);
    return;
  case PROTOBUF_C_TYPE_UINT32:
  case PROTOBUF_C_TYPE_FIXED32:
    ks__text_printf(text, "%u", (unsigned)*(const uint32_t *)slot);
    return;
  case PROTOBUF_C_TYPE_INT64:
  case PROTOBUF_C_TYPE_SINT64:
  case PROTOBUF_C_TYPE_SFIXED64:
    ks__text_printf(text, "\"%lld\"", (long long)*(const int64_t *)slot);
    return;
  case PROTOBUF_C_TYPE_UINT64:
  case PROTOBUF_C_TYPE_FIXED64:
    ks__text_printf(text, "\"%llu\"", (unsigned long long)*(const uint64_t *)slot);
    return;
  case PROTOBUF_C_TYPE_FLOAT:
    write_double(text, *(const float *)slot, 1);
    return;
  case PROTOBUF_C_TYPE_DOUBLE:
    write_double(text, *(const double *)slot, 0);
    return;
  case PROTOBUF_C_TYPE_BOOL:
    ks__text_puts(text, *(const protobuf_c_boolean *)slot ? "true" : "false");
    return;
  case PROTOBUF_C_TYPE_ENUM: {
    int value = *(const int *)slot;
    const ProtobufCEnumValue *v = protobuf_c_enum_descriptor_get_value(field->descriptor, value);
    if (v != NULL)
      ks__text_json_string(text, v->name, strlen(v->name));
    else
      ks__text_printf(text, "%d", value);
    return;
  }
  case PROTOBUF_C_TYPE_STRING: {
    const char *s = *(const char *const *)slot;
    ks__text_json_string(text, s != NULL ? s : "", s != NULL ? strlen(s) : 0);
    return;
  }
  case PROTOBUF_C_TYPE_BYTES: {
    const ProtobufCBinaryData *b = slot;
    base64_encode(text, b->data, b->len);
    return;
  }
  case PROTOBUF_C_TYPE_MESSAGE: {
    const ProtobufCMessage *sub = *(const ProtobufCMessage *const *)slot;
    if (sub != NULL)
      write_message(text, sub);
    else
      ks__text_puts(text, "{}");
    return;
  }
  }
}

/* Whether a singular field without presence holds other than its default. */
static int nonzero(const ProtobufCFieldDescriptor *field, const void *slot)
{
  switch (field->type) {
  case PROTOBUF_C_TYPE_STRING: {
    const char *s = *(const char *const *)slot;
    return s != NULL && s[0] != '\0';
  }
  case PROTOBUF_C_TYPE_BYTES:
    return ((const ProtobufCBinaryData *)slot)->len > 0;
  case PROTOBUF_C_TYPE_MESSAGE:
    return *(const ProtobufCMessage *const *)slot != NULL;
  case PROTOBUF_C_TYPE_FLOAT: {
    float f = *(const float *)slot;
    return f != 0 || signbit(f);
  }
  case PROTOBUF_C_TYPE_DOUBLE: {
    double d = *(const double *)slot;
    return d != 0 || signbit(d);
  }
  default: {
    static const char zeros[8] = {0};
    return memcmp(slot, zeros, element_size(field->type)) != 0;
  }
  }
}

/* Whether field is present in message, by the rules of its kind. */
static int present(const ProtobufCMessage *message, const ProtobufCFieldDescriptor *field)
{
  const void *slot = CONST_MEMBER(message, field->offset);
  if (field->label == PROTOBUF_C_LABEL_REPEATED)
    return *(const size_t *)CONST_MEMBER(message, field->quantifier_offset) > 0;
  if (field->flags & PROTOBUF_C_FIELD_FLAG_ONEOF)
    return *(const uint32_t *)CONST_MEMBER(message, field->quantifier_offset) == field->id;
  if (field->label == PROTOBUF_C_LABEL_OPTIONAL) {
    if (field->type == PROTOBUF_C_TYPE_MESSAGE || field->type == PROTOBUF_C_TYPE_STRING)
      return *(const void *const *)slot != NULL && *(const void *const *)slot != field->default_value;
    return *(const protobuf_c_boolean *)CONST_MEMBER(message, field->quantifier_offset);
  }
  if (field->label == PROTOBUF_C_LABEL_REQUIRED)
    return 1;
  return nonzero(field, slot);
}

static void write_message(ks__text *text, const ProtobufCMessage *message)
{
  const ProtobufCMessageDescriptor *descriptor = message->descriptor;
  char name[256];
  int first = 1;
  ks__text_append(text, "{", 1);
  for (unsigned i = 0; i < descriptor->n_fields; i++) {
    const ProtobufCFieldDescriptor *field = &descriptor->fields[i];
    if (!present(message, field))
      continue;
    if (!first)
      ks__text_append(text, ",", 1);
    first = 0;
    json_name(field->name, name, sizeof name);
    ks__text_json_string(text, name, strlen(name));
    ks__text_append(text, ":", 1);
    const void *slot = CONST_MEMBER(message, field->offset);
    if (field->label != PROTOBUF_C_LABEL_REPEATED) {
      write_value(text, field, slot);
      continue;
    }
    size_t count = *(const size_t *)CONST_MEMBER(message, field->quantifier_offset);
    const char *elements = *(const char *const *)slot;
    size_t size = element_size(field->type);
    ks__text_append(text, "[", 1);
    for (size_t j = 0; j < count; j++) {
      if (j > 0)
        ks__text_append(text, ",", 1);
      write_value(text, field, elements + j * size);
    }
    ks__text_append(text, "]", 1);
  }
  ks__text_append(text, "}", 1);
}

char *ks_message_to_json(const ProtobufCMessage *message)
{
  ks__text text = {0};
  if (message == NULL)
    ks__text_puts(&text, "{}");
  else
    write_message(&text, message);
  return ks__text_take(&text);
}

int ks_has_field(const ProtobufCMessage *message, const char *name)
{
  if (message == NULL || name == NULL)
    return 0;
  const ProtobufCFieldDescriptor *field =
      protobuf_c_message_descriptor_get_field_by_name(message->descriptor, name);
  return field != NULL && present(message, field);
}
