/* Plain GET and SET run straight from a PipelineRequest's bytes.
 *
 * A Pipeline batch of GETs and SETs spends most of its time in Python
 * overhead per command (a message object per request and reply, the
 * dispatcher's bookkeeping), not in the table operations that are the
 * commands' real work. This module reads the commands from the request's
 * wire bytes, does the operations on the keyspace's KeyTable (table.h)
 * straight from those bytes, and writes the replies' wire bytes, so such a
 * command costs a few hundred nanoseconds and creates no Python object.
 *
 * It only takes the commands whose outcome needs nothing but the KeyTable
 * and the expires dict:
 * GET of a key without a TTL holding a plain string (or no key), and SET of
 * a key without a TTL with no option. Anything else (an option, a key with a
 * TTL, a value of another type, a field it does not know, a malformed
 * field) stops the run at that command, and the caller runs it through the
 * ordinary dispatcher before calling back here for the rest: the commands
 * still run in order, and every rule beyond this narrow case stays in one
 * place, the Python command handlers. The caller decides whether the fast
 * path may run at all (fastpath/batch.py): no notifications, no snapshot
 * being written, no WATCHed keys, no blocked clients.
 *
 * Wire format facts relied on (keyspace/v1/pipeline.proto): PipelineRequest
 * field 1 = Command; Command and Reply field 20 = get, 21 = set;
 * GetRequest{1: key}; SetRequest{1: key, 2: value, ...options};
 * GetResponse{1: optional value}; SetResponse{1: written}.
 */

#include "table.h"

#include <stdint.h>
#include <string.h>

enum { WIRE_VARINT = 0, WIRE_I64 = 1, WIRE_LEN = 2, WIRE_I32 = 5 };
enum { FIELD_GET = 20, FIELD_SET = 21 };

typedef struct {
    const unsigned char *data;
    Py_ssize_t size;
} Span;

/* -- reading the wire format ------------------------------------------- */

static int read_varint(const unsigned char **at, const unsigned char *end, uint64_t *out) {
    uint64_t value = 0;
    for (int shift = 0; shift < 64 && *at < end; shift += 7) {
        unsigned char byte = *(*at)++;
        value |= (uint64_t)(byte & 0x7f) << shift;
        if (!(byte & 0x80)) {
            *out = value;
            return 1;
        }
    }
    return 0;
}

/* Reads one length-delimited field's payload after its tag. */
static int read_span(const unsigned char **at, const unsigned char *end, Span *out) {
    uint64_t size;
    if (!read_varint(at, end, &size) || size > (uint64_t)(end - *at)) {
        return 0;
    }
    out->data = *at;
    out->size = (Py_ssize_t)size;
    *at += size;
    return 1;
}

/* Skips a field of any wire type; 0 if it is malformed. */
static int skip_field(const unsigned char **at, const unsigned char *end, int wire_type) {
    uint64_t ignored;
    Span span;
    switch (wire_type) {
    case WIRE_VARINT:
        return read_varint(at, end, &ignored);
    case WIRE_I64:
        if (end - *at < 8) return 0;
        *at += 8;
        return 1;
    case WIRE_LEN:
        return read_span(at, end, &span);
    case WIRE_I32:
        if (end - *at < 4) return 0;
        *at += 4;
        return 1;
    default:
        return 0; /* groups: never in our schema */
    }
}

/* The next Command of a PipelineRequest from *at, past any unknown field
 * (protobuf ignores them): 1 with its span, 0 at the request's end, -1 if
 * the framing is malformed. */
static int next_command(const unsigned char **at, const unsigned char *end, Span *command) {
    while (*at < end) {
        uint64_t tag;
        if (!read_varint(at, end, &tag)) return -1;
        if (tag == ((1 << 3) | WIRE_LEN)) return read_span(at, end, command) ? 1 : -1;
        if (!skip_field(at, end, (int)(tag & 7))) return -1;
    }
    return 0;
}

/* A Command holding exactly one length-delimited field: which one, and its
 * payload. 0 for anything else (several fields, as a oneof set twice). */
static int only_field(Span command, int *field, Span *payload) {
    const unsigned char *at = command.data, *end = command.data + command.size;
    uint64_t tag;
    if (!read_varint(&at, end, &tag) || (tag & 7) != WIRE_LEN || !read_span(&at, end, payload)) {
        return 0;
    }
    *field = (int)(tag >> 3);
    return at == end;
}

/* The request's length-delimited fields 1 and 2 (the last occurrence wins,
 * as protobuf's parsers do); 0 if it has any other field, which means an
 * option the fast path does not take. */
static int key_and_value(Span request, Span *key, Span *value, int max_field) {
    const unsigned char *at = request.data, *end = request.data + request.size;
    key->data = value->data = (const unsigned char *)"";
    key->size = value->size = 0;
    while (at < end) {
        uint64_t tag;
        if (!read_varint(&at, end, &tag) || (tag & 7) != WIRE_LEN) return 0;
        uint64_t field = tag >> 3;
        if (field == 1) {
            if (!read_span(&at, end, key)) return 0;
        } else if (field == 2 && max_field >= 2) {
            if (!read_span(&at, end, value)) return 0;
        } else {
            return 0;
        }
    }
    return 1;
}

/* -- writing replies ----------------------------------------------------- */

typedef struct {
    unsigned char *data;
    Py_ssize_t size, capacity;
} Buffer;

static int reserve(Buffer *buffer, Py_ssize_t more) {
    if (buffer->size + more <= buffer->capacity) return 1;
    Py_ssize_t capacity = buffer->capacity ? buffer->capacity : 256;
    while (capacity < buffer->size + more) capacity *= 2;
    unsigned char *data = PyMem_Realloc(buffer->data, (size_t)capacity);
    if (data == NULL) {
        PyErr_NoMemory();
        return 0;
    }
    buffer->data = data;
    buffer->capacity = capacity;
    return 1;
}

static Py_ssize_t varint_size(uint64_t value) {
    Py_ssize_t size = 1;
    while (value >= 0x80) {
        value >>= 7;
        size++;
    }
    return size;
}

static void put_varint(Buffer *buffer, uint64_t value) {
    while (value >= 0x80) {
        buffer->data[buffer->size++] = (unsigned char)(value | 0x80);
        value >>= 7;
    }
    buffer->data[buffer->size++] = (unsigned char)value;
}

static void put_bytes(Buffer *buffer, const void *data, Py_ssize_t size) {
    memcpy(buffer->data + buffer->size, data, (size_t)size);
    buffer->size += size;
}

/* A length-delimited field: tag, length, payload (reserved by the caller). */
static void put_field(Buffer *buffer, int field, Py_ssize_t size) {
    put_varint(buffer, ((uint64_t)field << 3) | WIRE_LEN);
    put_varint(buffer, (uint64_t)size);
}

/* PipelineResponse.replies += Reply{get: GetResponse{value}}; value NULL is
 * nil (an empty GetResponse). */
static int put_get_reply(Buffer *out, const char *value, Py_ssize_t size) {
    Py_ssize_t response = value ? 1 + varint_size((uint64_t)size) + size : 0;
    Py_ssize_t reply = 2 + varint_size((uint64_t)response) + response;
    if (!reserve(out, 1 + varint_size((uint64_t)reply) + reply)) return 0;
    put_field(out, 1, reply);
    put_field(out, FIELD_GET, response);
    if (value) {
        put_field(out, 1, size);
        put_bytes(out, value, size);
    }
    return 1;
}

/* PipelineResponse.replies += Reply{set: SetResponse{written: true}}. */
static int put_set_reply(Buffer *out) {
    static const unsigned char reply[] = {0x0a, 0x05, 0xaa, 0x01, 0x02, 0x08, 0x01};
    if (!reserve(out, sizeof reply)) return 0;
    put_bytes(out, reply, sizeof reply);
    return 1;
}

/* The AOF record of a plain SET: Command{set: SetRequest{key, value}},
 * serialized as protobuf does (empty fields omitted), so that it is the
 * very record the Python handler would have logged. */
static PyObject *set_record(Span key, Span value) {
    Py_ssize_t request = (key.size ? 1 + varint_size((uint64_t)key.size) + key.size : 0) +
                         (value.size ? 1 + varint_size((uint64_t)value.size) + value.size : 0);
    Buffer record = {0};
    if (!reserve(&record, 2 + varint_size((uint64_t)request) + request)) return NULL;
    put_field(&record, FIELD_SET, request);
    if (key.size) {
        put_field(&record, 1, key.size);
        put_bytes(&record, key.data, key.size);
    }
    if (value.size) {
        put_field(&record, 2, value.size);
        put_bytes(&record, value.data, value.size);
    }
    PyObject *bytes = PyBytes_FromStringAndSize((const char *)record.data, record.size);
    PyMem_Free(record.data);
    return bytes;
}

/* -- warming the cache ---------------------------------------------------- */

/* With 100,000 keys the table does not fit in the CPU's caches, and a lookup
 * costs two dependent cache misses (the slot, then the entry). The commands
 * of a batch are independent, so their misses can overlap: before running
 * a window of commands, hash their keys and fetch each stage for all of them
 * at once, so the lookups that follow hit the cache. The hashes are kept
 * for the commands to use, so that no key is hashed twice. */

enum { WARM_WINDOW = 16 };

typedef struct {
    Span keys[WARM_WINDOW];
    Py_hash_t hashes[WARM_WINDOW];
    int count, next;
} Window;

/* The keys of the GETs and SETs among the next WARM_WINDOW commands from
 * *at; *at moves past the commands looked at. */
static void window_keys(const unsigned char **at, const unsigned char *end, Window *window) {
    window->count = window->next = 0;
    Span command, payload, key, value;
    int field;
    for (int seen = 0; seen < WARM_WINDOW && next_command(at, end, &command) == 1; seen++) {
        if (only_field(command, &field, &payload) && (field == FIELD_GET || field == FIELD_SET) &&
            key_and_value(payload, &key, &value, 2)) {
            window->keys[window->count++] = key;
        }
    }
}

static void warm(const KeyTable *data, Window *window) {
    for (int i = 0; i < window->count; i++) {
        Span key = window->keys[i];
        window->hashes[i] = key_table_hash((const char *)key.data, key.size);
    }
    key_table_prefetch(data, window->hashes, window->count);
}

/* The hash of a command's key: the window's if the command is the one the
 * window holds next (the same bytes of the request), else computed. */
static Py_hash_t key_hash(Window *window, Span key) {
    for (; window->next < window->count; window->next++) {
        Span held = window->keys[window->next];
        if (held.data > key.data) break; /* not in the window: a later key */
        if (held.data == key.data && held.size == key.size) {
            return window->hashes[window->next++];
        }
    }
    return key_table_hash((const char *)key.data, key.size);
}

/* -- the commands ---------------------------------------------------------- */

typedef struct {
    KeyTable *data;
    PyObject *expires, *records;
    Py_ssize_t max_value;
    Py_ssize_t hits, misses, created, writes;
    Window window;
} Store;

enum { DONE = 1, NOT_MINE = 0, FAILED = -1 };

/* stop_end when the caller must run every remaining command itself. */
#define GIVE_UP (-2)

/* Whether the key has a TTL (1), not (0), or -1 on error: such a key may be
 * due to expire, which the Python side handles (deleting it, logging the
 * DEL, notifying). Needs a key object only while some key has a TTL. */
static int has_ttl(Store *store, Span key) {
    if (PyDict_GET_SIZE(store->expires) == 0) return 0;
    PyObject *name = PyBytes_FromStringAndSize((const char *)key.data, key.size);
    if (name == NULL) return -1;
    int outcome = PyDict_Contains(store->expires, name);
    Py_DECREF(name);
    return outcome;
}

static int run_get(Store *store, Span request, Buffer *out) {
    Span key, unused;
    if (!key_and_value(request, &key, &unused, 1)) return NOT_MINE;
    int ttl = has_ttl(store, key);
    if (ttl != 0) return ttl < 0 ? FAILED : NOT_MINE;
    Py_hash_t hash = key_hash(&store->window, key);
    const KeyEntry *entry = key_table_find(store->data, (const char *)key.data, key.size, hash);
    if (entry == NULL) {
        store->misses++;
        return put_get_reply(out, NULL, 0) ? DONE : FAILED;
    }
    /* bytearray (a string changed in place), EmbeddedString and the other
     * types (WRONGTYPE) are the handler's. */
    const char *value;
    Py_ssize_t size;
    if (!key_entry_bytes(entry, &value, &size)) return NOT_MINE;
    store->hits++;
    return put_get_reply(out, value, size) ? DONE : FAILED;
}

static int run_set(Store *store, Span request, Buffer *out) {
    Span key, value;
    if (!key_and_value(request, &key, &value, 2) || value.size > store->max_value) {
        return NOT_MINE;
    }
    int ttl = has_ttl(store, key);
    if (ttl != 0) return ttl < 0 ? FAILED : NOT_MINE;
    Py_hash_t hash = key_hash(&store->window, key);
    int created;
    if (key_table_set_bytes(store->data, (const char *)key.data, key.size, hash,
                            (const char *)value.data, value.size, &created) < 0) {
        return FAILED;
    }
    store->created += created;
    store->writes++;
    if (store->records != Py_None) {
        PyObject *record = set_record(key, value);
        if (record == NULL) return FAILED;
        int failed = PyList_Append(store->records, record);
        Py_DECREF(record);
        if (failed) return FAILED;
    }
    return put_set_reply(out) ? DONE : FAILED;
}

/* run(request, offset, data, expires, max_value, records)
 *
 * Runs the commands of the serialized PipelineRequest ``request`` from byte
 * ``offset`` on, until its end or the first command this module does not
 * take. Returns (replies, commands_run, stop_end, hits, misses, created,
 * writes): the serialized PipelineResponse fields of the commands run; where
 * the command it stopped at ends, so the caller resumes there after running
 * it (-1 at the end of the request; -2 if the caller is to run all the
 * rest itself, the command it stopped at included); and counters for the caller's bookkeeping. With
 * ``records`` a list, each SET's AOF record is appended to it. */
static PyObject *run(PyObject *module, PyObject *args) {
    (void)module;
    Py_buffer request;
    Py_ssize_t offset, max_value;
    Store store = {0};
    if (!PyArg_ParseTuple(args, "y*nO!O!nO", &request, &offset, &KeyTable_Type, &store.data,
                          &PyDict_Type, &store.expires, &max_value, &store.records)) {
        return NULL;
    }
    store.max_value = max_value;
    const unsigned char *begin = request.buf, *end = begin + request.len;
    const unsigned char *at = begin + (offset < 0 || offset > request.len ? request.len : offset);
    Buffer out = {0};
    Py_ssize_t commands = 0, stop_end = -1;
    const unsigned char *warmed = at;
    while (at < end) {
        if (at >= warmed) {
            warmed = at;
            window_keys(&warmed, end, &store.window);
            warm(store.data, &store.window);
        }
        Span command, payload;
        int field;
        int next = next_command(&at, end, &command);
        if (next == 0) break;
        if (next < 0) {
            /* Malformed framing: the caller checked the request (protobuf's
             * parser or plain_commands), so this cannot happen; if it does,
             * the caller runs the rest. */
            stop_end = GIVE_UP;
            break;
        }
        int outcome = NOT_MINE;
        if (only_field(command, &field, &payload)) {
            if (field == FIELD_GET) {
                outcome = run_get(&store, payload, &out);
            } else if (field == FIELD_SET) {
                outcome = run_set(&store, payload, &out);
            }
        }
        if (outcome == FAILED) {
            PyMem_Free(out.data);
            PyBuffer_Release(&request);
            return NULL;
        }
        if (outcome == NOT_MINE) {
            stop_end = at - begin;
            break;
        }
        commands++;
    }
    PyObject *replies = PyBytes_FromStringAndSize((const char *)out.data, out.size);
    PyMem_Free(out.data);
    PyBuffer_Release(&request);
    if (replies == NULL) return NULL;
    return Py_BuildValue("(Nnnnnnn)", replies, commands, stop_end, store.hits,
                         store.misses, store.created, store.writes);
}

/* Whether a Command is a GET or SET this module takes whatever the data:
 * one field, no option, a value within max_value. */
static int plain_command(Span command, Py_ssize_t max_value) {
    Span payload, key, value;
    int field;
    if (!only_field(command, &field, &payload)) return 0;
    if (field == FIELD_GET) return key_and_value(payload, &key, &value, 1);
    if (field == FIELD_SET) return key_and_value(payload, &key, &value, 2) && value.size <= max_value;
    return 0;
}

/* plain_commands(request, max_value) -> int
 *
 * How many commands the serialized PipelineRequest holds if it is nothing
 * but plain GETs and SETs (see plain_command), else -1. Such a request is
 * checked here as completely as protobuf's parser would check it (its
 * fields are all bytes: no UTF-8 to validate), so the caller may skip that
 * parse; any other request is parsed by protobuf first, which refuses a
 * malformed one before any of its commands runs. */
static PyObject *plain_commands(PyObject *module, PyObject *args) {
    (void)module;
    Py_buffer request;
    Py_ssize_t max_value, commands = 0;
    if (!PyArg_ParseTuple(args, "y*n", &request, &max_value)) return NULL;
    const unsigned char *at = request.buf, *end = at + request.len;
    while (at < end) {
        uint64_t tag;
        Span command;
        if (!read_varint(&at, end, &tag) || tag != ((1 << 3) | WIRE_LEN) ||
            !read_span(&at, end, &command) || !plain_command(command, max_value)) {
            commands = -1;
            break;
        }
        commands++;
    }
    PyBuffer_Release(&request);
    return PyLong_FromSsize_t(commands);
}

static PyMethodDef methods[] = {
    {"run", run, METH_VARARGS, "Run a PipelineRequest's plain GETs and SETs from its bytes."},
    {"plain_commands", plain_commands, METH_VARARGS,
     "How many commands a PipelineRequest of plain GETs and SETs holds, else -1."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_native", "Keyspace's native fast path (see _native.c).", -1, methods,
};

PyMODINIT_FUNC PyInit__native(void) {
    PyObject *created = PyModule_Create(&module);
    if (created != NULL && key_table_add_type(created) < 0) Py_CLEAR(created);
    return created;
}
