/* A small JSON parser into a tree, and a text buffer for writing JSON. */
#include "ks_json_value.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Deep enough for any message of the schema; bounds the recursion. */
#define MAX_DEPTH 64

typedef struct parser {
  const char *text;
  size_t length;
  size_t at;
  char *problem;
} parser;

static void fail(parser *p, const char *what)
{
  if (p->problem == NULL) {
    ks__text message = {0};
    ks__text_printf(&message, "bad JSON at offset %zu: %s", p->at, what);
    p->problem = ks__text_take(&message);
    if (p->problem == NULL)
      p->problem = (char *)"";
  }
}

static void skip_space(parser *p)
{
  while (p->at < p->length && (p->text[p->at] == ' ' || p->text[p->at] == '\t' ||
                               p->text[p->at] == '\n' || p->text[p->at] == '\r'))
    p->at++;
}

static int literal(parser *p, const char *word)
{
  size_t n = strlen(word);
  if (p->length - p->at < n || memcmp(p->text + p->at, word, n) != 0)
    return 0;
  p->at += n;
  return 1;
}

static int hex4(parser *p, unsigned *out)
{
  unsigned value = 0;
  if (p->length - p->at < 4)
    return 0;
  for (int i = 0; i < 4; i++) {
    char c = p->text[p->at++];
    value <<= 4;
    if (c >= '0' && c <= '9')
      value |= (unsigned)(c - '0');
    else if (c >= 'a' && c <= 'f')
      value |= (unsigned)(c - 'a' + 10);
    else if (c >= 'A' && c <= 'F')
      value |= (unsigned)(c - 'A' + 10);
    else
      return 0;
  }
  *out = value;
  return 1;
}

static void put_utf8(ks__text *out, unsigned code)
{
  char bytes[4];
  size_t n;
  if (code < 0x80) {
    bytes[0] = (char)code;
    n = 1;
  } else if (code < 0x800) {
    bytes[0] = (char)(0xC0 | (code >> 6));
    bytes[1] = (char)(0x80 | (code & 0x3F));
    n = 2;
  } else if (code < 0x10000) {
    bytes[0] = (char)(0xE0 | (code >> 12));
    bytes[1] = (char)(0x80 | ((code >> 6) & 0x3F));
    bytes[2] = (char)(0x80 | (code & 0x3F));
    n = 3;
  } else {
    bytes[0] = (char)(0xF0 | (code >> 18));
    bytes[1] = (char)(0x80 | ((code >> 12) & 0x3F));
    bytes[2] = (char)(0x80 | ((code >> 6) & 0x3F));
    bytes[3] = (char)(0x80 | (code & 0x3F));
    n = 4;
  }
  ks__text_append(out, bytes, n);
}

/* Parses a string literal (at its opening quote) into *out. */
static int string_literal(parser *p, char **out, size_t *out_length)
{
  ks__text text = {0};
  p->at++; /* the quote */
  for (;;) {
    if (p->at >= p->length) {
      fail(p, "unterminated string");
      break;
    }
    unsigned char c = (unsigned char)p->text[p->at];
    if (c == '"') {
      p->at++;
      /* An empty string still needs its NUL. */
      ks__text_append(&text, "", 0);
      *out_length = text.length;
      *out = ks__text_take(&text);
      if (*out == NULL)
        fail(p, "out of memory");
      return *out != NULL;
    }
    if (c < 0x20) {
      fail(p, "control character in a string");
      break;
    }
    if (c != '\\') {
      size_t start = p->at;
      while (p->at < p->length && p->text[p->at] != '"' && p->text[p->at] != '\\' &&
             (unsigned char)p->text[p->at] >= 0x20)
        p->at++;
      ks__text_append(&text, p->text + start, p->at - start);
      continue;
    }
    p->at++;
    if (p->at >= p->length) {
      fail(p, "unterminated escape");
      break;
    }
    char e = p->text[p->at++];
    const char *plain = NULL;
    switch (e) {
    case '"': plain = "\""; break;
    case '\\': plain = "\\"; break;
    case '/': plain = "/"; break;
    case 'b': plain = "\b"; break;
    case 'f': plain = "\f"; break;
    case 'n': plain = "\n"; break;
    case 'r': plain = "\r"; break;
    case 't': plain = "\t"; break;
    case 'u': {
      unsigned code, low;
      if (!hex4(p, &code)) {
        fail(p, "bad \\u escape");
        goto failed;
      }
      if (code >= 0xD800 && code < 0xDC00) {
        if (!literal(p, "\\u") || !hex4(p, &low) || low < 0xDC00 || low >= 0xE000) {
          fail(p, "unpaired surrogate");
          goto failed;
        }
        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
      } else if (code >= 0xDC00 && code < 0xE000) {
        fail(p, "unpaired surrogate");
        goto failed;
      }
      put_utf8(&text, code);
      continue;
    }
    default:
      fail(p, "bad escape");
      goto failed;
    }
    ks__text_append(&text, plain, 1);
  }
failed:
  ks__text_free(&text);
  return 0;
}

static ks__json *value(parser *p, int depth);

static int add_item(ks__json *container, ks__json *item, char *key, size_t key_length)
{
  size_t n = container->count + 1;
  ks__json **items = realloc(container->items, n * sizeof *items);
  if (items == NULL)
    return 0;
  container->items = items;
  if (container->type == KS__JSON_OBJECT) {
    char **keys = realloc(container->keys, n * sizeof *keys);
    if (keys == NULL)
      return 0;
    container->keys = keys;
    size_t *lengths = realloc(container->key_lengths, n * sizeof *lengths);
    if (lengths == NULL)
      return 0;
    container->key_lengths = lengths;
    keys[container->count] = key;
    lengths[container->count] = key_length;
  }
  items[container->count] = item;
  container->count = n;
  return 1;
}

static ks__json *container(parser *p, int depth, ks__json_type type)
{
  char close = type == KS__JSON_ARRAY ? ']' : '}';
  ks__json *result = calloc(1, sizeof *result);
  if (result == NULL) {
    fail(p, "out of memory");
    return NULL;
  }
  result->type = type;
  p->at++; /* [ or { */
  skip_space(p);
  if (p->at < p->length && p->text[p->at] == close) {
    p->at++;
    return result;
  }
  for (;;) {
    char *key = NULL;
    size_t key_length = 0;
    skip_space(p);
    if (type == KS__JSON_OBJECT) {
      if (p->at >= p->length || p->text[p->at] != '"') {
        fail(p, "expected a member name");
        break;
      }
      if (!string_literal(p, &key, &key_length))
        break;
      skip_space(p);
      if (p->at >= p->length || p->text[p->at] != ':') {
        free(key);
        fail(p, "expected ':'");
        break;
      }
      p->at++;
    }
    ks__json *item = value(p, depth + 1);
    if (item == NULL) {
      free(key);
      break;
    }
    if (!add_item(result, item, key, key_length)) {
      free(key);
      ks__json_free(item);
      fail(p, "out of memory");
      break;
    }
    skip_space(p);
    if (p->at < p->length && p->text[p->at] == ',') {
      p->at++;
      continue;
    }
    if (p->at < p->length && p->text[p->at] == close) {
      p->at++;
      return result;
    }
    fail(p, type == KS__JSON_ARRAY ? "expected ',' or ']'" : "expected ',' or '}'");
    break;
  }
  ks__json_free(result);
  return NULL;
}

static ks__json *number(parser *p)
{
  size_t start = p->at;
  if (p->at < p->length && p->text[p->at] == '-')
    p->at++;
  size_t digits = p->at;
  while (p->at < p->length && p->text[p->at] >= '0' && p->text[p->at] <= '9')
    p->at++;
  if (p->at == digits || (p->text[digits] == '0' && p->at - digits > 1)) {
    fail(p, "bad number");
    return NULL;
  }
  if (p->at < p->length && p->text[p->at] == '.') {
    size_t fraction = ++p->at;
    while (p->at < p->length && p->text[p->at] >= '0' && p->text[p->at] <= '9')
      p->at++;
    if (p->at == fraction) {
      fail(p, "bad number");
      return NULL;
    }
  }
  if (p->at < p->length && (p->text[p->at] == 'e' || p->text[p->at] == 'E')) {
    p->at++;
    if (p->at < p->length && (p->text[p->at] == '+' || p->text[p->at] == '-'))
      p->at++;
    size_t exponent = p->at;
    while (p->at < p->length && p->text[p->at] >= '0' && p->text[p->at] <= '9')
      p->at++;
    if (p->at == exponent) {
      fail(p, "bad number");
      return NULL;
    }
  }
  ks__json *result = calloc(1, sizeof *result);
  char *text = malloc(p->at - start + 1);
  if (result == NULL || text == NULL) {
    free(result);
    free(text);
    fail(p, "out of memory");
    return NULL;
  }
  memcpy(text, p->text + start, p->at - start);
  text[p->at - start] = '\0';
  result->type = KS__JSON_NUMBER;
  result->text = text;
  result->length = p->at - start;
  return result;
}

static ks__json *value(parser *p, int depth)
{
  if (depth > MAX_DEPTH) {
    fail(p, "nested too deeply");
    return NULL;
  }
  skip_space(p);
  if (p->at >= p->length) {
    fail(p, "expected a value");
    return NULL;
  }
  char c = p->text[p->at];
  if (c == '{')
    return container(p, depth, KS__JSON_OBJECT);
  if (c == '[')
    return container(p, depth, KS__JSON_ARRAY);
  if (c == '-' || (c >= '0' && c <= '9'))
    return number(p);
  ks__json *result = calloc(1, sizeof *result);
  if (result == NULL) {
    fail(p, "out of memory");
    return NULL;
  }
  if (c == '"') {
    result->type = KS__JSON_STRING;
    if (string_literal(p, &result->text, &result->length))
      return result;
  } else if (literal(p, "true")) {
    result->type = KS__JSON_BOOL;
    result->boolean = 1;
    return result;
  } else if (literal(p, "false")) {
    result->type = KS__JSON_BOOL;
    return result;
  } else if (literal(p, "null")) {
    result->type = KS__JSON_NULL;
    return result;
  } else {
    fail(p, "unexpected character");
  }
  free(result);
  return NULL;
}

ks__json *ks__json_parse(const char *text, size_t length, char **problem)
{
  parser p = {text, length, 0, NULL};
  ks__json *result = value(&p, 0);
  if (result != NULL) {
    skip_space(&p);
    if (p.at != p.length) {
      fail(&p, "text after the value");
      ks__json_free(result);
      result = NULL;
    }
  }
  if (problem != NULL)
    *problem = (p.problem != NULL && p.problem[0] != '\0') ? p.problem : NULL;
  else if (p.problem != NULL && p.problem[0] != '\0')
    free(p.problem);
  return result;
}

void ks__json_free(ks__json *value)
{
  if (value == NULL)
    return;
  for (size_t i = 0; i < value->count; i++) {
    ks__json_free(value->items[i]);
    if (value->keys != NULL)
      free(value->keys[i]);
  }
  free(value->items);
  free(value->keys);
  free(value->key_lengths);
  free(value->text);
  free(value);
}

const ks__json *ks__json_member(const ks__json *object, const char *key)
{
  if (object == NULL || object->type != KS__JSON_OBJECT)
    return NULL;
  size_t n = strlen(key);
  for (size_t i = 0; i < object->count; i++)
    if (object->key_lengths[i] == n && memcmp(object->keys[i], key, n) == 0)
      return object->items[i];
  return NULL;
}

static int reserve(ks__text *text, size_t more)
{
  if (text->failed)
    return 0;
  if (text->length + more + 1 <= text->capacity)
    return 1;
  size_t capacity = text->capacity ? text->capacity : 64;
  while (capacity < text->length + more + 1)
    capacity *= 2;
  char *data = realloc(text->data, capacity);
  if (data == NULL) {
    text->failed = 1;
    return 0;
  }
  text->data = data;
  text->capacity = capacity;
  return 1;
}

void ks__text_append(ks__text *text, const char *data, size_t length)
{
  if (!reserve(text, length))
    return;
  if (length > 0)
    memcpy(text->data + text->length, data, length);
  text->length += length;
  text->data[text->length] = '\0';
}

void ks__text_puts(ks__text *text, const char *data)
{
  ks__text_append(text, data, strlen(data));
}

void ks__text_printf(ks__text *text, const char *format, ...)
{
  va_list args;
  va_start(args, format);
  int n = vsnprintf(NULL, 0, format, args);
  va_end(args);
  if (n < 0 || !reserve(text, (size_t)n)) {
    text->failed = 1;
    return;
  }
  va_start(args, format);
  vsnprintf(text->data + text->length, (size_t)n + 1, format, args);
  va_end(args);
  text->length += (size_t)n;
}

void ks__text_json_string(ks__text *text, const char *data, size_t length)
{
  static const char hex[] = "0123456789abcdef";
  ks__text_append(text, "\"", 1);
  size_t start = 0;
  for (size_t i = 0; i < length; i++) {
    unsigned char c = (unsigned char)data[i];
    if (c >= 0x20 && c != '"' && c != '\\')
      continue;
    ks__text_append(text, data + start, i - start);
    start = i + 1;
    switch (c) {
    case '"': ks__text_append(text, "\\\"", 2); break;
    case '\\': ks__text_append(text, "\\\\", 2); break;
    case '\n': ks__text_append(text, "\\n", 2); break;
    case '\r': ks__text_append(text, "\\r", 2); break;
    case '\t': ks__text_append(text, "\\t", 2); break;
    case '\b': ks__text_append(text, "\\b", 2); break;
    case '\f': ks__text_append(text, "\\f", 2); break;
    default: {
      char escape[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
      ks__text_append(text, escape, 6);
    }
    }
  }
  ks__text_append(text, data + start, length - start);
  ks__text_append(text, "\"", 1);
}

char *ks__text_take(ks__text *text)
{
  char *data = text->failed ? NULL : text->data;
  if (text->failed)
    free(text->data);
  else if (data == NULL)
    data = calloc(1, 1);
  text->data = NULL;
  text->length = text->capacity = 0;
  text->failed = 0;
  return data;
}

void ks__text_free(ks__text *text)
{
  free(text->data);
  text->data = NULL;
  text->length = text->capacity = 0;
}
