// Package keyspace is the Go client of Keyspace, Redis's data model served as
// a typed gRPC API.
//
// Every RPC of the schema is on [Client.RPC], the generated client of
// package keyspacev1 (github.com/keyspace/keyspace/sdk/go/keyspace/v1). The
// few methods of [Client] itself cover what the generated code makes awkward:
// nil replies ([Client.Get] answers "comma ok"), Redis errors as Go errors
// ([RedisError], for every call including those made through RPC), pipelines
// and transactions ([Command], [Client.Pipeline], [Client.Exec]) and
// subscriptions that deliver messages on a Go channel ([Client.Subscribe]).
//
// Keys are Go strings, which hold any bytes; values are []byte.
package keyspace
