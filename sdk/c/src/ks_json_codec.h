/* Internal: parsing a message from an already parsed JSON tree (the
 * conformance runner reads its scenarios once, as a tree). Not installed. */
#ifndef KEYSPACE_KS_JSON_CODEC_H
#define KEYSPACE_KS_JSON_CODEC_H

#include <keyspace/ks_runtime.h>

#include "ks_json_value.h"

ks_status ks__message_from_tree(const ProtobufCMessageDescriptor *descriptor,
                                const ks__json *tree, ProtobufCMessage **message,
                                ks_error *error);

#endif
