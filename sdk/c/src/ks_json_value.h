/*
 * Internal: a JSON document tree (RFC 8259) and a growable text buffer, for
 * the message codec (ks_json.c) and the conformance runner. Not part of the
 * installed API; names start with ks__.
 */
#ifndef KEYSPACE_KS_JSON_VALUE_H
#define KEYSPACE_KS_JSON_VALUE_H

#include <stddef.h>

typedef enum ks__json_type {
  KS__JSON_NULL,
  KS__JSON_BOOL,
  KS__JSON_NUMBER,
  KS__JSON_STRING,
  KS__JSON_ARRAY,
  KS__JSON_OBJECT
} ks__json_type;

typedef struct ks__json ks__json;

struct ks__json {
  ks__json_type type;
  /* BOOL: 0 or 1. */
  int boolean;
  /* STRING: the decoded text (NUL-terminated, may hold NULs); NUMBER: the
   * number as written, so that 64-bit integers keep every digit. */
  char *text;
  size_t length;
  /* ARRAY and OBJECT: the elements or member values, in document order;
   * OBJECT: keys[i] (decoded, NUL-terminated) names items[i]. */
  ks__json **items;
  char **keys;
  size_t *key_lengths;
  size_t count;
};

/* Parses a whole document; NULL on bad JSON, with *problem (if not NULL)
 * a malloc'd description to free. */
ks__json *ks__json_parse(const char *text, size_t length, char **problem);
void ks__json_free(ks__json *value);
/* The member named key of an object, NULL when absent or not an object. */
const ks__json *ks__json_member(const ks__json *object, const char *key);

/* A growable NUL-terminated text; after a failed allocation every append is
 * ignored and failed is set. */
typedef struct ks__text {
  char *data;
  size_t length;
  size_t capacity;
  int failed;
} ks__text;

void ks__text_append(ks__text *text, const char *data, size_t length);
void ks__text_puts(ks__text *text, const char *data);
void ks__text_printf(ks__text *text, const char *format, ...)
    __attribute__((format(printf, 2, 3)));
/* Appends data as a JSON string literal, quotes included. */
void ks__text_json_string(ks__text *text, const char *data, size_t length);
/* Hands the text over (the caller frees it); NULL if an append failed. */
char *ks__text_take(ks__text *text);
void ks__text_free(ks__text *text);

#endif
