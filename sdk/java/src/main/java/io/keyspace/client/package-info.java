/**
 * The Java client of Keyspace, Redis's data model served as a typed gRPC API.
 *
 * <p>Every RPC of the schema is reached through {@link io.keyspace.client.Keyspace#call}, which
 * hands over the generated blocking stub of package {@code io.keyspace.v1}. The rest of this
 * package covers what the generated code makes awkward: nil replies as {@code null} ({@link
 * io.keyspace.client.Keyspace#get(String)}), Redis errors as {@link
 * io.keyspace.client.KeyspaceException} with the Redis prefix, SET's options ({@link
 * io.keyspace.client.SetOptions}), pipelines and transactions ({@link
 * io.keyspace.client.Keyspace#pipeline(com.google.protobuf.Message...)}, {@link
 * io.keyspace.client.Keyspace#exec}) and subscriptions that yield messages as they arrive ({@link
 * io.keyspace.client.Subscription}).
 */
package io.keyspace.client;
