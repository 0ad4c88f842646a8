/* KeyTable: the keyspace's key -> value table (see table.c).
 *
 * The fast path (_native.c) works on it through this header, on spans of a
 * request's bytes, so that a plain GET or SET creates no Python object. */

#ifndef KEYSPACE_TABLE_H
#define KEYSPACE_TABLE_H

#define PY_SSIZE_T_CLEAN
#include <Python.h>

typedef struct KeyTable KeyTable;
/* One key's heap block: its key and its value. */
typedef struct KeyEntry KeyEntry;

extern PyTypeObject KeyTable_Type;

#define KeyTable_CheckExact(op) Py_IS_TYPE((op), &KeyTable_Type)

/* The hash the table files a key under: hash(bytes) of the key. */
Py_hash_t key_table_hash(const char *key, Py_ssize_t size);

Py_ssize_t key_table_size(const KeyTable *table);

/* The entry of a key, or NULL if the table does not hold it. The entry is
 * valid until the table next changes (or anything runs that may change it). */
const KeyEntry *key_table_find(const KeyTable *table, const char *key, Py_ssize_t size,
                               Py_hash_t hash);

/* Whether the entry's value is an exact bytes object (stored inline or not):
 * then 1 with its content in *data and *size, which stay valid as the entry
 * does. 0 for any other value (bytearray, bytes subclass, container). */
int key_entry_bytes(const KeyEntry *entry, const char **data, Py_ssize_t *size);

/* table[key] = bytes(value), from spans; *created says whether the key is
 * new. 0, or -1 with an exception set (the table unchanged). */
int key_table_set_bytes(KeyTable *table, const char *key, Py_ssize_t key_size, Py_hash_t hash,
                        const char *value, Py_ssize_t value_size, int *created);

/* A hint that the keys of these hashes are about to be looked up: fetches
 * their slots, then their entries, into the CPU cache. Changes nothing. */
void key_table_prefetch(const KeyTable *table, const Py_hash_t *hashes, int count);

/* Adds KeyTable to the module; 0, or -1 with an exception set. */
int key_table_add_type(PyObject *module);

#endif
