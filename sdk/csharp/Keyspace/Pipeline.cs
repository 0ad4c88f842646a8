using System;
using System.Collections.Generic;

namespace Keyspace
{
    /// <summary>One command's reply in a pipeline: the reply message under its
    /// command's name ("get"), or the Redis error the command failed with.</summary>
    public sealed class PipelineReply
    {
        /// <summary>The Reply oneof's field: the Redis command's name, lowercased ("get").</summary>
        public string Command { get; private set; }
        /// <summary>The reply message; null for an error.</summary>
        public JsonObject Value { get; private set; }
        /// <summary>The command's error; null when it succeeded.</summary>
        public KeyspaceException Error { get; private set; }

        internal PipelineReply(JsonObject reply)
        {
            foreach (var field in reply)
            {
                Command = field.Key;
                var body = field.Value as JsonObject ?? new JsonObject();
                if (field.Key == "error")
                {
                    int code = (int)body.Long("code");
                    Error = new KeyspaceException(Native.FromUtf8(Native.ks_code_name(code)), code,
                                                  body.String("reason"), body.String("message") ?? "");
                }
                else Value = body;
            }
        }

        /// <summary>The reply message, or the command's error thrown.</summary>
        public JsonObject Get()
        {
            if (Error != null) throw Error;
            return Value;
        }
    }

    /// <summary>Commands sent together in one batch on the Pipeline stream;
    /// each gets its own reply (a failing command does not stop the others).
    /// Commands are named as pipeline.proto's Command fields: the RPC's name
    /// lowercased ("set", "zrangebyscore").</summary>
    public sealed class Pipeline
    {
        private readonly Client client;
        private readonly List<object> commands = new List<object>();

        internal Pipeline(Client client) { this.client = client; }

        public int Count { get { return commands.Count; } }

        /// <summary>Queues the command named <paramref name="command"/> ("set" or "Set")
        /// with its request message.</summary>
        public Pipeline Add(string command, JsonObject request = null)
        {
            var wrapped = new JsonObject();
            wrapped[command.ToLowerInvariant()] = request ?? new JsonObject();
            commands.Add(wrapped);
            return this;
        }

        public Pipeline Set(string key, string value)
        {
            var request = new JsonObject();
            request["key"] = Client.B(key);
            request["value"] = Client.B(value);
            return Add("set", request);
        }

        public Pipeline Get(string key)
        {
            var request = new JsonObject();
            request["key"] = Client.B(key);
            return Add("get", request);
        }

        /// <summary>Sends the queued commands; one reply per command, in order.
        /// Throws KeyspaceException only when the batch as a whole failed.</summary>
        public List<PipelineReply> Execute()
        {
            var request = new JsonObject();
            request["commands"] = commands;
            var response = client.Stream("Pipeline", request);
            var replies = new List<PipelineReply>();
            foreach (var reply in response.List("replies"))
                replies.Add(new PipelineReply((JsonObject)reply));
            commands.Clear();
            return replies;
        }
    }

    public sealed partial class Client
    {
        /// <summary>A pipeline: queue commands, then Execute() sends them in one batch.</summary>
        public Pipeline Pipeline() { return new Pipeline(this); }

        // One request on a stream, then its one response.
        internal JsonObject Stream(string rpc, JsonObject request)
        {
            using (var stream = OpenStream(rpc))
            {
                stream.Send(request);
                stream.CloseSend();
                var response = stream.Receive();
                if (response == null)
                    throw new KeyspaceException("UNKNOWN", 2, null, rpc + ": the stream ended without a reply");
                return response;
            }
        }
    }
}
