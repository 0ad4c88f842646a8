/* KeyTable: the keyspace's key -> value table, built for memory.
 *
 * A dict of a million short string keys spends about 150 bytes per key:
 * the key's bytes object (33 bytes of header), the value's (another 33),
 * the dict's entry (24) and index, and the allocator's rounding of each.
 * Here a key costs one slot (its hash and a pointer, 16 bytes, at most 3/4
 * of the slots used) and one heap block holding a header of a few bytes,
 * the key's bytes and, for a string value, the value's bytes inline. The
 * Python objects a caller sees are made on demand: reading a string value
 * returns a new bytes object each time, equal to the one stored.
 *
 * Open addressing, linear probing, a power-of-two number of slots.
 * Deleting shifts the rest of the probe run back (no tombstones), so
 * lookups never wade through dead slots and the table can shrink. It grows
 * x2 past 3/4 full and shrinks once below 1/8 full, so its memory follows
 * the data both ways, as Redis's dict does (a Python dict never shrinks on
 * deletion).
 *
 * Keys are bytes (a bytes subclass counts by its content) hashed as
 * hash(bytes) is. Comparing keys is memcmp, and hashing runs no Python
 * code, so nothing can change the table midway through a lookup; only
 * releasing an old value can run Python code, and every change finishes
 * with the table consistent before it does.
 */

#include "table.h"

#include <stdint.h>
#include <string.h>

/* -- entries ------------------------------------------------------------
 *
 * An entry is one PyMem_Malloc block:
 *
 *   flags      1 byte: the width of each length field, and whether the
 *              value is an object
 *   key size   1, 2, 4 or 8 bytes
 *   value      inline: the value's size (1, 2, 4 or 8 bytes);
 *              object: a strong reference (a PyObject pointer)
 *   key        the key's bytes
 *   [value]    inline: the value's bytes
 *
 * A 10-byte key with a 6-byte value is 19 bytes, one 32-byte block of
 * pymalloc. An exact bytes value of at most INLINE_LIMIT bytes is inline;
 * any other value (bytearray, a bytes subclass, a container, a longer bytes)
 * is held as the object. Past INLINE_LIMIT the object's header is under 1%
 * of the value, and holding the object spares copying the value on every
 * read: STRLEN or GETRANGE of a 100 MB string stays cheap. */

enum {
    KEY_WIDTH_SHIFT = 0,
    VALUE_WIDTH_SHIFT = 2,
    WIDTH_MASK = 3,
    HOLDS_OBJECT = 1 << 4,
};

enum { INLINE_LIMIT = 4096 };

struct KeyEntry {
    unsigned char flags;
    unsigned char rest[]; /* the fields above, packed */
};

typedef struct {
    const char *key;
    Py_ssize_t key_size;
    const char *value; /* inline bytes; NULL if the value is an object */
    Py_ssize_t value_size;
    PyObject *object; /* borrowed; NULL if inline */
    size_t block_size;
} EntryView;

/* The width code of a size field: 1 << code bytes. */
static int width_code(Py_ssize_t size) {
    uint64_t n = (uint64_t)size;
    return n <= UINT8_MAX ? 0 : n <= UINT16_MAX ? 1 : n <= UINT32_MAX ? 2 : 3;
}

static void write_size(unsigned char *at, int code, Py_ssize_t size) {
    switch (code) {
    case 0: *at = (uint8_t)size; break;
    case 1: { uint16_t n = (uint16_t)size; memcpy(at, &n, sizeof n); break; }
    case 2: { uint32_t n = (uint32_t)size; memcpy(at, &n, sizeof n); break; }
    default: { uint64_t n = (uint64_t)size; memcpy(at, &n, sizeof n); break; }
    }
}

static Py_ssize_t read_size(const unsigned char *at, int code) {
    switch (code) {
    case 0: return *at;
    case 1: { uint16_t n; memcpy(&n, at, sizeof n); return n; }
    case 2: { uint32_t n; memcpy(&n, at, sizeof n); return (Py_ssize_t)n; }
    default: { uint64_t n; memcpy(&n, at, sizeof n); return (Py_ssize_t)n; }
    }
}

static EntryView view_entry(const KeyEntry *entry) {
    EntryView view;
    const unsigned char *at = entry->rest;
    int key_width = (entry->flags >> KEY_WIDTH_SHIFT) & WIDTH_MASK;
    view.key_size = read_size(at, key_width);
    at += (size_t)1 << key_width;
    if (entry->flags & HOLDS_OBJECT) {
        memcpy(&view.object, at, sizeof view.object);
        at += sizeof view.object;
        view.value = NULL;
        view.value_size = 0;
    } else {
        int value_width = (entry->flags >> VALUE_WIDTH_SHIFT) & WIDTH_MASK;
        view.value_size = read_size(at, value_width);
        at += (size_t)1 << value_width;
        view.object = NULL;
    }
    view.key = (const char *)at;
    at += view.key_size;
    if (view.object == NULL) {
        view.value = (const char *)at;
        at += view.value_size;
    }
    view.block_size = (size_t)(at - (const unsigned char *)entry);
    return view;
}

/* What the allocator really takes for a block, roughly: pymalloc rounds a
 * small block up to 16 bytes; a large one goes to malloc, which adds its
 * own header. For memory estimates only. */
static size_t allocated_size(size_t block_size) {
    size_t rounded = (block_size + 15) & ~(size_t)15;
    return block_size <= 512 ? rounded : rounded + 16;
}

/* A new entry holding the key and either value[0:value_size] inline or a
 * new reference to object; NULL (MemoryError set) if out of memory. */
static KeyEntry *new_entry(const char *key, Py_ssize_t key_size, const char *value,
                           Py_ssize_t value_size, PyObject *object) {
    int key_width = width_code(key_size);
    int value_width = width_code(value_size);
    size_t size = 1 + ((size_t)1 << key_width) + (size_t)key_size;
    size += object ? sizeof object : ((size_t)1 << value_width) + (size_t)value_size;
    KeyEntry *entry = PyMem_Malloc(size);
    if (entry == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    unsigned char *at = entry->rest;
    entry->flags = (unsigned char)(key_width << KEY_WIDTH_SHIFT);
    write_size(at, key_width, key_size);
    at += (size_t)1 << key_width;
    if (object) {
        entry->flags |= HOLDS_OBJECT;
        Py_INCREF(object);
        memcpy(at, &object, sizeof object);
        at += sizeof object;
    } else {
        entry->flags |= (unsigned char)(value_width << VALUE_WIDTH_SHIFT);
        write_size(at, value_width, value_size);
        at += (size_t)1 << value_width;
    }
    memcpy(at, key, (size_t)key_size);
    if (!object) memcpy(at + key_size, value, (size_t)value_size);
    return entry;
}

static int stores_inline(PyObject *value) {
    return PyBytes_CheckExact(value) && PyBytes_GET_SIZE(value) <= INLINE_LIMIT;
}

/* The value as a Python object: the object held (a new reference), or a
 * new bytes object with the inline bytes. */
static PyObject *entry_value(const KeyEntry *entry) {
    EntryView view = view_entry(entry);
    if (view.object) return Py_NewRef(view.object);
    return PyBytes_FromStringAndSize(view.value, view.value_size);
}

static PyObject *entry_key(const KeyEntry *entry) {
    EntryView view = view_entry(entry);
    return PyBytes_FromStringAndSize(view.key, view.key_size);
}

/* -- the table ------------------------------------------------------------ */

typedef struct {
    Py_hash_t hash;
    KeyEntry *entry; /* NULL: a free slot */
} Slot;

struct KeyTable {
    PyObject_HEAD
    Slot *slots; /* NULL while no key was ever stored (capacity 0) */
    size_t capacity;
    Py_ssize_t used;
    /* Values held as objects: tp_traverse skips the walk without any. */
    Py_ssize_t object_values;
    /* What the entries' blocks take, for __sizeof__ in O(1). */
    size_t entry_bytes;
    /* Bumped whenever a key is added or removed (keys may move to other
     * slots then): an iterator compares it to notice the change. */
    uint64_t layout_version;
};

enum { MIN_CAPACITY = 8 };

static int too_full(size_t used, size_t capacity) { return used * 4 > capacity * 3; }

/* Shrinking only below 1/8 full, to half full, leaves room both ways: a
 * table hovering around a size does not resize back and forth. */
static int too_empty(size_t used, size_t capacity) {
    return capacity > MIN_CAPACITY && used * 8 < capacity;
}

static size_t capacity_for(size_t used) {
    size_t capacity = MIN_CAPACITY;
    while (capacity < used * 2) capacity *= 2;
    return capacity;
}

static size_t home_slot(Py_hash_t hash, size_t capacity) {
    return (size_t)hash & (capacity - 1);
}

static int holds_key(const KeyEntry *entry, const char *key, Py_ssize_t size) {
    EntryView view = view_entry(entry);
    return view.key_size == size && memcmp(view.key, key, (size_t)size) == 0;
}

/* 1 with *index the key's slot, or 0 with *index the free slot ending its
 * probe run (where it would go). */
static int probe(const KeyTable *table, const char *key, Py_ssize_t size, Py_hash_t hash,
                 size_t *index) {
    if (table->slots == NULL) {
        *index = 0;
        return 0;
    }
    size_t mask = table->capacity - 1;
    size_t at = (size_t)hash & mask;
    for (;;) {
        const Slot *slot = &table->slots[at];
        if (slot->entry == NULL) break;
        if (slot->hash == hash && holds_key(slot->entry, key, size)) {
            *index = at;
            return 1;
        }
        at = (at + 1) & mask;
    }
    *index = at;
    return 0;
}

/* Moves every entry into a new array of `capacity` slots; -1 with
 * MemoryError set (the table unchanged) if there is no memory for it. */
static int resize(KeyTable *table, size_t capacity) {
    Slot *slots = PyMem_Calloc(capacity, sizeof(Slot));
    if (slots == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    size_t mask = capacity - 1;
    for (size_t i = 0; i < table->capacity; i++) {
        Slot slot = table->slots[i];
        if (slot.entry == NULL) continue;
        size_t at = (size_t)slot.hash & mask;
        while (slots[at].entry != NULL) at = (at + 1) & mask;
        slots[at] = slot;
    }
    PyMem_Free(table->slots);
    table->slots = slots;
    table->capacity = capacity;
    table->layout_version++;
    return 0;
}

/* Empties slot `hole`, then moves back each later entry of the probe run
 * whose probe path crosses the hole, so that every entry stays reachable
 * from its home slot without a tombstone. */
static void close_hole(KeyTable *table, size_t hole) {
    size_t mask = table->capacity - 1;
    for (size_t next = (hole + 1) & mask; table->slots[next].entry; next = (next + 1) & mask) {
        size_t home = home_slot(table->slots[next].hash, table->capacity);
        /* the hole lies on the way from its home to where it is */
        if (((next - home) & mask) >= ((next - hole) & mask)) {
            table->slots[hole] = table->slots[next];
            hole = next;
        }
    }
    table->slots[hole].entry = NULL;
    table->slots[hole].hash = 0;
}

static void account_added(KeyTable *table, const KeyEntry *entry) {
    EntryView view = view_entry(entry);
    table->entry_bytes += allocated_size(view.block_size);
    if (view.object) table->object_values++;
}

/* Frees an entry the table no longer points to. Its object's release may
 * run any Python code, the table's own included: callers call this last. */
static void release_entry(KeyTable *table, KeyEntry *entry) {
    EntryView view = view_entry(entry);
    PyObject *object = view.object;
    table->entry_bytes -= allocated_size(view.block_size);
    if (object) table->object_values--;
    PyMem_Free(entry);
    Py_XDECREF(object);
}

/* Takes the key's entry out of its slot (the caller releases it). */
static KeyEntry *detach_slot(KeyTable *table, size_t index) {
    KeyEntry *entry = table->slots[index].entry;
    close_hole(table, index);
    table->used--;
    table->layout_version++;
    if (too_empty((size_t)table->used, table->capacity) &&
        resize(table, capacity_for((size_t)table->used)) < 0) {
        PyErr_Clear(); /* only memory not handed back: the table is fine as it is */
    }
    return entry;
}

/* Stores `entry` (owned) for its key, which probe() found at `index` or
 * not (`found`); 0, or -1 with an exception set, the entry freed and the
 * table unchanged. */
static int place(KeyTable *table, KeyEntry *entry, Py_hash_t hash, int found, size_t index,
                 const char *key, Py_ssize_t key_size) {
    account_added(table, entry);
    if (found) {
        KeyEntry *old = table->slots[index].entry;
        table->slots[index].entry = entry;
        release_entry(table, old);
        return 0;
    }
    if (too_full((size_t)table->used + 1, table->capacity)) {
        size_t capacity = table->capacity ? table->capacity * 2 : MIN_CAPACITY;
        if (resize(table, capacity) < 0) {
            release_entry(table, entry);
            return -1;
        }
        probe(table, key, key_size, hash, &index);
    }
    table->slots[index].hash = hash;
    table->slots[index].entry = entry;
    table->used++;
    table->layout_version++;
    return 0;
}

/* table[key] = an inline value or the object; *created as for
 * key_table_set_bytes. */
static int store(KeyTable *table, const char *key, Py_ssize_t key_size, Py_hash_t hash,
                 const char *value, Py_ssize_t value_size, PyObject *object, int *created) {
    size_t index;
    int found = probe(table, key, key_size, hash, &index);
    *created = !found;
    if (found && object == NULL) {
        /* Overwriting a string with one of the same size (a common SET) needs
         * no new block. */
        KeyEntry *old = table->slots[index].entry;
        EntryView view = view_entry(old);
        if (view.object == NULL && view.value_size == value_size) {
            memcpy((char *)view.value, value, (size_t)value_size);
            return 0;
        }
    }
    KeyEntry *entry = new_entry(key, key_size, value, value_size, object);
    if (entry == NULL) return -1;
    return place(table, entry, hash, found, index, key, key_size);
}

/* -- the C API (table.h) ---------------------------------------------------- */

Py_hash_t key_table_hash(const char *key, Py_ssize_t size) { return _Py_HashBytes(key, size); }

Py_ssize_t key_table_size(const KeyTable *table) { return table->used; }

const KeyEntry *key_table_find(const KeyTable *table, const char *key, Py_ssize_t size,
                               Py_hash_t hash) {
    size_t index;
    return probe(table, key, size, hash, &index) ? table->slots[index].entry : NULL;
}

int key_entry_bytes(const KeyEntry *entry, const char **data, Py_ssize_t *size) {
    EntryView view = view_entry(entry);
    if (view.object == NULL) {
        *data = view.value;
        *size = view.value_size;
        return 1;
    }
    if (!PyBytes_CheckExact(view.object)) return 0;
    *data = PyBytes_AS_STRING(view.object);
    *size = PyBytes_GET_SIZE(view.object);
    return 1;
}

int key_table_set_bytes(KeyTable *table, const char *key, Py_ssize_t key_size, Py_hash_t hash,
                        const char *value, Py_ssize_t value_size, int *created) {
    if (value_size <= INLINE_LIMIT) {
        return store(table, key, key_size, hash, value, value_size, NULL, created);
    }
    PyObject *object = PyBytes_FromStringAndSize(value, value_size);
    if (object == NULL) return -1;
    int outcome = store(table, key, key_size, hash, NULL, 0, object, created);
    Py_DECREF(object);
    return outcome;
}

void key_table_prefetch(const KeyTable *table, const Py_hash_t *hashes, int count) {
    if (table->used == 0) return;
    size_t mask = table->capacity - 1;
    for (int i = 0; i < count; i++) {
        __builtin_prefetch(&table->slots[(size_t)hashes[i] & mask]);
    }
    /* the first probe only: most keys sit in their home slot */
    for (int i = 0; i < count; i++) {
        const Slot *slot = &table->slots[(size_t)hashes[i] & mask];
        if (slot->entry != NULL && slot->hash == hashes[i]) __builtin_prefetch(slot->entry);
    }
}

/* -- the Python type ---------------------------------------------------------- */

/* A key argument's bytes and hash; -1 with TypeError if it is not bytes. */
static int key_argument(PyObject *key, const char **data, Py_ssize_t *size, Py_hash_t *hash) {
    if (!PyBytes_Check(key)) {
        PyErr_Format(PyExc_TypeError, "KeyTable keys must be bytes, not '%.200s'",
                     Py_TYPE(key)->tp_name);
        return -1;
    }
    *data = PyBytes_AS_STRING(key);
    *size = PyBytes_GET_SIZE(key);
    /* An exact bytes caches its hash; a subclass may override __hash__,
     * and counts by its content. */
    *hash = PyBytes_CheckExact(key) ? PyObject_Hash(key) : _Py_HashBytes(*data, *size);
    return *hash == -1 ? -1 : 0;
}

/* Looks a key argument up: 1 found (slot in *index), 0 not, -1 error. */
static int find_argument(KeyTable *table, PyObject *key, size_t *index) {
    const char *data;
    Py_ssize_t size;
    Py_hash_t hash;
    if (key_argument(key, &data, &size, &hash) < 0) return -1;
    return probe(table, data, size, hash, index);
}

static int set_item(KeyTable *table, PyObject *key, PyObject *value) {
    const char *data;
    Py_ssize_t size;
    Py_hash_t hash;
    int created;
    if (key_argument(key, &data, &size, &hash) < 0) return -1;
    if (stores_inline(value)) {
        return store(table, data, size, hash, PyBytes_AS_STRING(value), PyBytes_GET_SIZE(value),
                     NULL, &created);
    }
    return store(table, data, size, hash, NULL, 0, value, &created);
}

/* Removes the key; its value (a new reference) if `want_value`, else
 * Py_None; NULL with KeyError if missing, or another error. */
static PyObject *remove_key(KeyTable *table, PyObject *key, int want_value) {
    size_t index;
    int found = find_argument(table, key, &index);
    if (found <= 0) {
        if (found == 0) PyErr_SetObject(PyExc_KeyError, key);
        return NULL;
    }
    PyObject *value = want_value ? entry_value(table->slots[index].entry) : Py_NewRef(Py_None);
    if (value == NULL) return NULL;
    release_entry(table, detach_slot(table, index));
    return value;
}

/* Detaches every entry, then frees them: the values' release may run
 * code that uses the (by then empty) table. */
static void clear_table(KeyTable *table) {
    Slot *slots = table->slots;
    size_t capacity = table->capacity;
    table->slots = NULL;
    table->capacity = 0;
    table->used = 0;
    table->layout_version++;
    for (size_t i = 0; i < capacity; i++) {
        if (slots[i].entry) release_entry(table, slots[i].entry);
    }
    PyMem_Free(slots);
}

static PyObject *table_new(PyTypeObject *type, PyObject *args, PyObject *kwargs) {
    if (PyTuple_GET_SIZE(args) || (kwargs && PyDict_GET_SIZE(kwargs))) {
        PyErr_SetString(PyExc_TypeError, "KeyTable() takes no arguments");
        return NULL;
    }
    KeyTable *table = (KeyTable *)type->tp_alloc(type, 0);
    if (table == NULL) return NULL;
    table->slots = NULL;
    table->capacity = 0;
    table->used = 0;
    table->object_values = 0;
    table->entry_bytes = 0;
    table->layout_version = 0;
    return (PyObject *)table;
}

static int table_traverse(KeyTable *table, visitproc visit, void *arg) {
    if (table->object_values == 0) return 0;
    for (size_t i = 0; i < table->capacity; i++) {
        KeyEntry *entry = table->slots[i].entry;
        if (entry && (entry->flags & HOLDS_OBJECT)) Py_VISIT(view_entry(entry).object);
    }
    return 0;
}

static int table_clear(KeyTable *table) {
    clear_table(table);
    return 0;
}

static void table_dealloc(KeyTable *table) {
    PyObject_GC_UnTrack(table);
    clear_table(table);
    Py_TYPE(table)->tp_free((PyObject *)table);
}

static Py_ssize_t table_length(KeyTable *table) { return table->used; }

static PyObject *table_subscript(KeyTable *table, PyObject *key) {
    size_t index;
    int found = find_argument(table, key, &index);
    if (found <= 0) {
        if (found == 0) PyErr_SetObject(PyExc_KeyError, key);
        return NULL;
    }
    return entry_value(table->slots[index].entry);
}

static int table_ass_subscript(KeyTable *table, PyObject *key, PyObject *value) {
    if (value) return set_item(table, key, value);
    PyObject *removed = remove_key(table, key, 0);
    Py_XDECREF(removed);
    return removed ? 0 : -1;
}

static int table_contains(KeyTable *table, PyObject *key) {
    size_t index;
    return find_argument(table, key, &index);
}

/* Whether a method taking (key[, default]) got that. */
static int key_and_default(const char *method, Py_ssize_t nargs) {
    if (nargs == 1 || nargs == 2) return 1;
    PyErr_Format(PyExc_TypeError, "%s expected 1 or 2 arguments, got %zd", method, nargs);
    return 0;
}

static PyObject *table_get(KeyTable *table, PyObject *const *args, Py_ssize_t nargs) {
    if (!key_and_default("get", nargs)) return NULL;
    size_t index;
    int found = find_argument(table, args[0], &index);
    if (found < 0) return NULL;
    if (found) return entry_value(table->slots[index].entry);
    return Py_NewRef(nargs > 1 ? args[1] : Py_None);
}

static PyObject *table_pop(KeyTable *table, PyObject *const *args, Py_ssize_t nargs) {
    if (!key_and_default("pop", nargs)) return NULL;
    PyObject *value = remove_key(table, args[0], 1);
    if (value == NULL && nargs > 1 && PyErr_ExceptionMatches(PyExc_KeyError)) {
        PyErr_Clear();
        return Py_NewRef(args[1]);
    }
    return value;
}

static PyObject *table_clear_method(KeyTable *table, PyObject *unused) {
    (void)unused;
    clear_table(table);
    Py_RETURN_NONE;
}

/* Draws slots with randbelow(capacity) until one holds a key: every key is
 * equally likely, and the table keeps at least 1/8 of its slots used (it
 * shrinks below that), so it takes a few draws, not a walk of the keys. */
static PyObject *table_random_key(KeyTable *table, PyObject *randbelow) {
    while (table->used > 0) {
        PyObject *drawn = PyObject_CallFunction(randbelow, "n", (Py_ssize_t)table->capacity);
        if (drawn == NULL) return NULL;
        Py_ssize_t index = PyLong_AsSsize_t(drawn);
        Py_DECREF(drawn);
        if (index == -1 && PyErr_Occurred()) return NULL;
        /* randbelow is Python code: the table may have changed under it */
        if (index < 0 || (size_t)index >= table->capacity) {
            PyErr_SetString(PyExc_ValueError, "randbelow(n) must return an int in [0, n)");
            return NULL;
        }
        const KeyEntry *entry = table->slots[index].entry;
        if (entry) return entry_key(entry);
    }
    Py_RETURN_NONE;
}

static size_t slot_share(const KeyTable *table) {
    return table->used ? table->capacity * sizeof(Slot) / (size_t)table->used : 0;
}

static PyObject *table_entry_size(KeyTable *table, PyObject *key) {
    size_t index;
    int found = find_argument(table, key, &index);
    if (found <= 0) {
        if (found == 0) PyErr_SetObject(PyExc_KeyError, key);
        return NULL;
    }
    EntryView view = view_entry(table->slots[index].entry);
    return PyLong_FromSize_t(allocated_size(view.block_size) + slot_share(table));
}

static PyObject *table_sizeof(KeyTable *table, PyObject *unused) {
    (void)unused;
    size_t size = (size_t)Py_TYPE(table)->tp_basicsize + table->capacity * sizeof(Slot);
    return PyLong_FromSize_t(size + table->entry_bytes);
}

static PyObject *table_repr(KeyTable *table) {
    return PyUnicode_FromFormat("<KeyTable of %zd keys>", table->used);
}

/* -- iteration ------------------------------------------------------------------ */

typedef enum { ITERATE_KEYS, ITERATE_VALUES, ITERATE_ITEMS } IterationKind;

enum { ITERATION_PREFETCH = 16 };

/* A walk over the slots reads entries that lie all over the heap: fetch the
 * entry a little ahead of slot i so that its cache miss overlaps the work
 * on this one. */
static void prefetch_ahead(const KeyTable *table, size_t i) {
    if (i + ITERATION_PREFETCH >= table->capacity) return;
    const KeyEntry *ahead = table->slots[i + ITERATION_PREFETCH].entry;
    if (ahead) __builtin_prefetch(ahead);
}

typedef struct {
    PyObject_HEAD
    KeyTable *table; /* NULL once exhausted */
    IterationKind kind;
    size_t position;
    Py_ssize_t size, yielded;
    uint64_t layout_version;
} TableIterator;

static PyTypeObject TableIterator_Type;

static PyObject *new_iterator(KeyTable *table, IterationKind kind) {
    TableIterator *iterator = PyObject_GC_New(TableIterator, &TableIterator_Type);
    if (iterator == NULL) return NULL;
    iterator->table = (KeyTable *)Py_NewRef(table);
    iterator->kind = kind;
    iterator->position = 0;
    iterator->size = table->used;
    iterator->yielded = 0;
    iterator->layout_version = table->layout_version;
    PyObject_GC_Track(iterator);
    return (PyObject *)iterator;
}

/* Made from the entry before anything that could run Python code (a
 * tuple's allocation may start a garbage collection), so the entry cannot
 * go away midway. */
static PyObject *iteration_item(const KeyEntry *entry, IterationKind kind) {
    if (kind == ITERATE_KEYS) return entry_key(entry);
    if (kind == ITERATE_VALUES) return entry_value(entry);
    PyObject *key = entry_key(entry);
    PyObject *value = key ? entry_value(entry) : NULL;
    if (value == NULL) {
        Py_XDECREF(key);
        return NULL;
    }
    PyObject *pair = PyTuple_New(2);
    if (pair == NULL) {
        Py_DECREF(key);
        Py_DECREF(value);
        return NULL;
    }
    PyTuple_SET_ITEM(pair, 0, key);
    PyTuple_SET_ITEM(pair, 1, value);
    return pair;
}

static PyObject *iterator_next(TableIterator *iterator) {
    KeyTable *table = iterator->table;
    if (table == NULL) return NULL;
    /* The key set changed: entries may have moved to slots already passed
     * or not yet reached. Stays raised, as dict's does. */
    if (table->layout_version != iterator->layout_version) {
        PyErr_SetString(PyExc_RuntimeError, table->used != iterator->size
                                                ? "KeyTable changed size during iteration"
                                                : "KeyTable keys changed during iteration");
        return NULL;
    }
    for (size_t i = iterator->position; i < table->capacity; i++) {
        const KeyEntry *entry = table->slots[i].entry;
        if (entry == NULL) continue;
        prefetch_ahead(table, i);
        iterator->position = i + 1;
        iterator->yielded++;
        return iteration_item(entry, iterator->kind);
    }
    iterator->position = table->capacity;
    Py_CLEAR(iterator->table);
    return NULL;
}

static PyObject *iterator_length_hint(TableIterator *iterator, PyObject *unused) {
    (void)unused;
    Py_ssize_t left = iterator->table ? iterator->size - iterator->yielded : 0;
    return PyLong_FromSsize_t(left > 0 ? left : 0);
}

static int iterator_traverse(TableIterator *iterator, visitproc visit, void *arg) {
    Py_VISIT(iterator->table);
    return 0;
}

static void iterator_dealloc(TableIterator *iterator) {
    PyObject_GC_UnTrack(iterator);
    Py_XDECREF(iterator->table);
    PyObject_GC_Del(iterator);
}

static PyMethodDef iterator_methods[] = {
    {"__length_hint__", (PyCFunction)iterator_length_hint, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject TableIterator_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "keyspace_server.fastpath._native.KeyTableIterator",
    .tp_basicsize = sizeof(TableIterator),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_dealloc = (destructor)iterator_dealloc,
    .tp_traverse = (traverseproc)iterator_traverse,
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = (iternextfunc)iterator_next,
    .tp_methods = iterator_methods,
};

/* -- key lists ---------------------------------------------------------------------
 *
 * A SCAN iteration and a background dump both start from the keys as they
 * are at that instant. A list of bytes objects made from the table costs
 * about 56 bytes per short key (object, allocator rounding, pointer); a
 * KeyList keeps the keys' bytes end to end and where each ends, 8 bytes
 * per key beyond the key itself, and makes a key's object only when it is
 * read. */

typedef struct {
    PyObject_HEAD
    Py_ssize_t count;
    Py_ssize_t *ends; /* key i is chars[ends[i - 1] (0 for i == 0) : ends[i]] */
    char *chars;
} KeyList;

static PyTypeObject KeyList_Type;

static KeyList *new_key_list(void) {
    KeyList *list = PyObject_New(KeyList, &KeyList_Type);
    if (list == NULL) return NULL;
    list->count = 0;
    list->ends = NULL;
    list->chars = NULL;
    return list;
}

/* Appends each key's bytes; -1 with MemoryError if out of memory. */
static int fill_key_list(KeyList *list, const KeyTable *table) {
    size_t capacity = (size_t)table->used * 16 + 64, size = 0;
    list->ends = PyMem_Malloc(((size_t)table->used + 1) * sizeof(Py_ssize_t));
    list->chars = PyMem_Malloc(capacity);
    if (list->ends == NULL || list->chars == NULL) goto no_memory;
    for (size_t i = 0; i < table->capacity; i++) {
        const KeyEntry *entry = table->slots[i].entry;
        if (entry == NULL) continue;
        prefetch_ahead(table, i);
        EntryView view = view_entry(entry);
        if (size + (size_t)view.key_size > capacity) {
            while (size + (size_t)view.key_size > capacity) capacity *= 2;
            char *chars = PyMem_Realloc(list->chars, capacity);
            if (chars == NULL) goto no_memory;
            list->chars = chars;
        }
        memcpy(list->chars + size, view.key, (size_t)view.key_size);
        size += (size_t)view.key_size;
        list->ends[list->count++] = (Py_ssize_t)size;
    }
    /* hand back what the estimate overshot */
    char *chars = PyMem_Realloc(list->chars, size ? size : 1);
    if (chars != NULL) list->chars = chars;
    return 0;
no_memory:
    PyErr_NoMemory();
    return -1;
}

static PyObject *key_list_new(PyTypeObject *type, PyObject *args, PyObject *kwargs) {
    (void)type;
    if (PyTuple_GET_SIZE(args) || (kwargs && PyDict_GET_SIZE(kwargs))) {
        PyErr_SetString(PyExc_TypeError, "KeyList() takes no arguments (see KeyTable.key_list)");
        return NULL;
    }
    return (PyObject *)new_key_list();
}

static void key_list_dealloc(KeyList *list) {
    PyMem_Free(list->ends);
    PyMem_Free(list->chars);
    PyObject_Free(list);
}

static Py_ssize_t key_list_length(KeyList *list) { return list->count; }

static PyObject *key_list_item(KeyList *list, Py_ssize_t index) {
    if (index < 0 || index >= list->count) {
        PyErr_SetString(PyExc_IndexError, "KeyList index out of range");
        return NULL;
    }
    Py_ssize_t start = index ? list->ends[index - 1] : 0;
    return PyBytes_FromStringAndSize(list->chars + start, list->ends[index] - start);
}

static PyObject *key_list_slice(KeyList *list, PyObject *slice) {
    Py_ssize_t start, stop, step;
    if (PySlice_Unpack(slice, &start, &stop, &step) < 0) return NULL;
    Py_ssize_t length = PySlice_AdjustIndices(list->count, &start, &stop, step);
    PyObject *keys = PyList_New(length);
    if (keys == NULL) return NULL;
    for (Py_ssize_t i = 0, at = start; i < length; i++, at += step) {
        PyObject *key = key_list_item(list, at);
        if (key == NULL) {
            Py_DECREF(keys);
            return NULL;
        }
        PyList_SET_ITEM(keys, i, key);
    }
    return keys;
}

static PyObject *key_list_subscript(KeyList *list, PyObject *index) {
    if (PySlice_Check(index)) return key_list_slice(list, index);
    Py_ssize_t at = PyNumber_AsSsize_t(index, PyExc_IndexError);
    if (at == -1 && PyErr_Occurred()) return NULL;
    return key_list_item(list, at < 0 ? at + list->count : at);
}

static PyObject *key_list_sizeof(KeyList *list, PyObject *unused) {
    (void)unused;
    size_t chars = list->count ? (size_t)list->ends[list->count - 1] : 0;
    size_t size = sizeof(KeyList) + (size_t)list->count * sizeof(Py_ssize_t) + chars;
    return PyLong_FromSize_t(size);
}

static PyMethodDef key_list_methods[] = {
    {"__sizeof__", (PyCFunction)key_list_sizeof, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static PySequenceMethods key_list_as_sequence = {
    .sq_length = (lenfunc)key_list_length,
    .sq_item = (ssizeargfunc)key_list_item,
};

static PyMappingMethods key_list_as_mapping = {
    .mp_length = (lenfunc)key_list_length,
    .mp_subscript = (binaryfunc)key_list_subscript,
};

static PyTypeObject KeyList_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "keyspace_server.fastpath._native.KeyList",
    .tp_doc = "The keys of a KeyTable at one instant, kept compactly (KeyTable.key_list()).",
    .tp_basicsize = sizeof(KeyList),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_new = key_list_new,
    .tp_dealloc = (destructor)key_list_dealloc,
    .tp_as_sequence = &key_list_as_sequence,
    .tp_as_mapping = &key_list_as_mapping,
    .tp_methods = key_list_methods,
};

static PyObject *table_key_list(KeyTable *table, PyObject *unused) {
    (void)unused;
    KeyList *list = new_key_list();
    if (list == NULL) return NULL;
    if (table->used && fill_key_list(list, table) < 0) {
        Py_DECREF(list);
        return NULL;
    }
    return (PyObject *)list;
}

static PyObject *table_iter(KeyTable *table) { return new_iterator(table, ITERATE_KEYS); }

static PyObject *table_keys(KeyTable *table, PyObject *unused) {
    (void)unused;
    return new_iterator(table, ITERATE_KEYS);
}

static PyObject *table_values(KeyTable *table, PyObject *unused) {
    (void)unused;
    return new_iterator(table, ITERATE_VALUES);
}

static PyObject *table_items(KeyTable *table, PyObject *unused) {
    (void)unused;
    return new_iterator(table, ITERATE_ITEMS);
}

static PyMethodDef table_methods[] = {
    {"get", (PyCFunction)(void (*)(void))table_get, METH_FASTCALL,
     "get(key, default=None): the value at key, else default."},
    {"pop", (PyCFunction)(void (*)(void))table_pop, METH_FASTCALL,
     "pop(key[, default]): remove key and return its value; default, else KeyError, if missing."},
    {"keys", (PyCFunction)table_keys, METH_NOARGS, "An iterator over the keys."},
    {"values", (PyCFunction)table_values, METH_NOARGS, "An iterator over the values."},
    {"items", (PyCFunction)table_items, METH_NOARGS, "An iterator over (key, value) pairs."},
    {"clear", (PyCFunction)table_clear_method, METH_NOARGS, "Remove every key."},
    {"key_list", (PyCFunction)table_key_list, METH_NOARGS,
     "The keys as of now, as a compact KeyList (a sequence of bytes)."},
    {"random_key", (PyCFunction)table_random_key, METH_O,
     "random_key(randbelow): a key chosen uniformly with randbelow(n) -> [0, n), or None if "
     "empty. Expected O(1)."},
    {"entry_size", (PyCFunction)table_entry_size, METH_O,
     "entry_size(key): bytes the table spends on key (its block and its share of the slots), "
     "an inline value included."},
    {"__sizeof__", (PyCFunction)table_sizeof, METH_NOARGS,
     "The table's bytes: its slots and every entry (not the objects it refers to)."},
    {NULL, NULL, 0, NULL},
};

static PyMappingMethods table_as_mapping = {
    .mp_length = (lenfunc)table_length,
    .mp_subscript = (binaryfunc)table_subscript,
    .mp_ass_subscript = (objobjargproc)table_ass_subscript,
};

static PySequenceMethods table_as_sequence = {
    .sq_contains = (objobjproc)table_contains,
};

PyTypeObject KeyTable_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "keyspace_server.fastpath._native.KeyTable",
    .tp_doc = "A bytes -> value table with dict's semantics, storing short string values "
              "inline (see table.c).",
    .tp_basicsize = sizeof(KeyTable),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_new = table_new,
    .tp_dealloc = (destructor)table_dealloc,
    .tp_traverse = (traverseproc)table_traverse,
    .tp_clear = (inquiry)table_clear,
    .tp_repr = (reprfunc)table_repr,
    .tp_hash = PyObject_HashNotImplemented,
    .tp_as_mapping = &table_as_mapping,
    .tp_as_sequence = &table_as_sequence,
    .tp_iter = (getiterfunc)table_iter,
    .tp_methods = table_methods,
};

int key_table_add_type(PyObject *module) {
    if (PyType_Ready(&TableIterator_Type) < 0 || PyType_Ready(&KeyList_Type) < 0 ||
        PyType_Ready(&KeyTable_Type) < 0) {
        return -1;
    }
    if (PyModule_AddObjectRef(module, "KeyList", (PyObject *)&KeyList_Type) < 0) return -1;
    PyObject *limit = PyLong_FromLong(INLINE_LIMIT);
    if (limit == NULL) return -1;
    int failed = PyDict_SetItemString(KeyTable_Type.tp_dict, "INLINE_LIMIT", limit);
    Py_DECREF(limit);
    if (failed) return -1;
    PyType_Modified(&KeyTable_Type);
    return PyModule_AddObjectRef(module, "KeyTable", (PyObject *)&KeyTable_Type);
}
