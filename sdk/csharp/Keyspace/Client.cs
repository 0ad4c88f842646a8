using System;
using System.Collections.Generic;
using System.Text;

namespace Keyspace
{
    /// <summary>A Keyspace client: one gRPC channel to a keyspace-server
    /// (through the C SDK), shareable by threads for unary calls. Commands take
    /// and return byte[] (strings are UTF-8 encoded); Redis's nil is null.
    /// Every RPC of the schema is on <see cref="Rpc"/>.</summary>
    public sealed partial class Client : IDisposable
    {
        private IntPtr handle;

        /// <summary>Every unary RPC of the schema (generated).</summary>
        public Rpc Rpc { get; private set; }

        /// <param name="address">"host:port" (any gRPC target, such as "unix:/path").</param>
        /// <param name="timeout">Each unary call's deadline; none when null.</param>
        public Client(string address, TimeSpan? timeout = null)
        {
            using (var error = new NativeError())
            {
                handle = Native.ks_client_new(Native.Utf8(address), error.Handle);
                if (handle == IntPtr.Zero) throw error.ToException();
            }
            if (timeout.HasValue) Native.ks_client_set_timeout(handle, (long)timeout.Value.TotalMilliseconds);
            Rpc = new Rpc(this);
        }

        internal IntPtr Handle
        {
            get
            {
                if (handle == IntPtr.Zero) throw new ObjectDisposedException("Keyspace.Client");
                return handle;
            }
        }

        /// <summary>The C SDK's version.</summary>
        public static string NativeVersion { get { return Native.FromUtf8(Native.ks_version()); } }

        /// <summary>Calls the unary RPC named <paramref name="rpc"/> ("Get") with a
        /// request in proto3 JSON; returns the response in proto3 JSON.</summary>
        public string CallJson(string rpc, string request)
        {
            using (var error = new NativeError())
            {
                IntPtr response;
                if (Native.ks_call_json(Handle, Native.Utf8(rpc), Native.Utf8(request ?? "{}"), out response,
                                        error.Handle) != Native.Ok)
                    throw error.ToException();
                return Native.Take(response);
            }
        }

        /// <summary>Calls the unary RPC named <paramref name="rpc"/> with a request
        /// message (null: the empty one); returns the response message.</summary>
        public JsonObject CallObject(string rpc, JsonObject request)
        {
            return Json.ParseObject(CallJson(rpc, request == null ? "{}" : Json.Write(request)));
        }

        public void Dispose()
        {
            if (handle != IntPtr.Zero) Native.ks_client_free(handle);
            handle = IntPtr.Zero;
            GC.SuppressFinalize(this);
        }

        ~Client()
        {
            if (handle != IntPtr.Zero) Native.ks_client_free(handle);
        }

        internal static byte[] B(string text) { return text == null ? null : Encoding.UTF8.GetBytes(text); }

        private static JsonObject Request(params object[] fields)
        {
            var request = new JsonObject();
            for (int i = 0; i < fields.Length; i += 2)
                if (fields[i + 1] != null) request[(string)fields[i]] = fields[i + 1];
            return request;
        }

        // ---- The most used commands, idiomatically; the rest are on Rpc. ----

        /// <summary>PING: "PONG", or the message echoed.</summary>
        public string Ping(string message = null)
        {
            var reply = Rpc.Ping(Request("message", B(message)));
            return reply.Has("message") ? Encoding.UTF8.GetString(reply.Bytes("message")) : "PONG";
        }

        /// <summary>GET: the value, or null (nil) when the key does not exist.</summary>
        public byte[] Get(byte[] key) { return Rpc.Get(Request("key", key)).Bytes("value"); }
        public byte[] Get(string key) { return Get(B(key)); }

        /// <summary>GET, decoded as UTF-8; null for nil.</summary>
        public string GetString(string key)
        {
            var value = Get(key);
            return value == null ? null : Encoding.UTF8.GetString(value);
        }

        /// <summary>SET with its options: an expiry, NX (<paramref name="onlyIfMissing"/>),
        /// XX (<paramref name="onlyIfExists"/>), KEEPTTL. Returns whether the value was
        /// written (false where Redis replies nil).</summary>
        public bool Set(byte[] key, byte[] value, TimeSpan? expiry = null, bool onlyIfMissing = false,
                        bool onlyIfExists = false, bool keepTtl = false)
        {
            var request = Request("key", key, "value", value ?? new byte[0]);
            if (onlyIfMissing) request["condition"] = "SET_CONDITION_NX";
            if (onlyIfExists) request["condition"] = "SET_CONDITION_XX";
            if (expiry.HasValue) request["px"] = (long)expiry.Value.TotalMilliseconds;
            if (keepTtl) request["keepttl"] = true;
            return Rpc.Set(request).Bool("written");
        }

        public bool Set(string key, string value, TimeSpan? expiry = null, bool onlyIfMissing = false,
                        bool onlyIfExists = false, bool keepTtl = false)
        {
            return Set(B(key), B(value), expiry, onlyIfMissing, onlyIfExists, keepTtl);
        }

        /// <summary>DEL: how many of the keys existed.</summary>
        public long Del(params string[] keys) { return Rpc.Del(Request("keys", Keys(keys))).Long("count"); }

        /// <summary>EXISTS: how many of the keys exist (a key given twice counts twice).</summary>
        public long Exists(params string[] keys) { return Rpc.Exists(Request("keys", Keys(keys))).Long("count"); }

        /// <summary>INCRBY (INCR when <paramref name="by"/> is 1): the new value.</summary>
        public long Incr(string key, long by = 1)
        {
            return Rpc.IncrBy(Request("key", B(key), "increment", by)).Long("value");
        }

        /// <summary>EXPIRE: whether the timeout was set.</summary>
        public bool Expire(string key, TimeSpan after)
        {
            return Rpc.Expire(Request("key", B(key), "seconds", (long)after.TotalSeconds)).Bool("applied");
        }

        /// <summary>TYPE: "string", "list", ..., "none".</summary>
        public string Type(string key) { return Rpc.Type(Request("key", B(key))).String("type") ?? "none"; }

        /// <summary>HSET: how many fields were added.</summary>
        public long HSet(string key, IDictionary<string, string> fields)
        {
            var pairs = new List<object>();
            foreach (var pair in fields)
                pairs.Add(Request("field", B(pair.Key), "value", B(pair.Value)));
            return Rpc.HSet(Request("key", B(key), "pairs", pairs)).Long("added");
        }

        /// <summary>HGET: the field's value, or null.</summary>
        public byte[] HGet(string key, string field)
        {
            return Rpc.HGet(Request("key", B(key), "field", B(field))).Bytes("value");
        }

        /// <summary>PUBLISH: how many subscribers received the message.</summary>
        public long Publish(string channel, byte[] message)
        {
            return Rpc.Publish(Request("channel", B(channel), "message", message ?? new byte[0])).Long("receivers");
        }

        public long Publish(string channel, string message) { return Publish(channel, B(message)); }

        /// <summary>FLUSHALL.</summary>
        public void FlushAll() { Rpc.FlushAll(); }

        private static List<object> Keys(string[] keys)
        {
            var list = new List<object>();
            foreach (var key in keys) list.Add(B(key));
            return list;
        }
    }

    public sealed partial class Rpc
    {
        private readonly Client client;

        internal Rpc(Client client) { this.client = client; }
    }

    /// <summary>One RPC of the schema.</summary>
    public sealed class RpcInfo
    {
        public string Name { get; private set; }
        /// <summary>The request message's full name: "keyspace.v1.GetRequest".</summary>
        public string Request { get; private set; }
        public string Response { get; private set; }
        public bool ClientStreaming { get; private set; }
        public bool ServerStreaming { get; private set; }

        public RpcInfo(string name, string request, string response, bool clientStreaming, bool serverStreaming)
        {
            Name = name;
            Request = request;
            Response = response;
            ClientStreaming = clientStreaming;
            ServerStreaming = serverStreaming;
        }
    }

    public static partial class Rpcs
    {
        /// <summary>The RPC named <paramref name="name"/>, or null.</summary>
        public static RpcInfo Find(string name)
        {
            foreach (var rpc in All)
                if (rpc.Name == name) return rpc;
            return null;
        }
    }
}
