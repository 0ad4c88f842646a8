using System;
using System.Collections;
using System.Collections.Generic;
using System.Text;

namespace Keyspace
{
    /// <summary>A published message, as a subscription receives it.</summary>
    public sealed class Message
    {
        public byte[] Channel { get; private set; }
        /// <summary>The pattern it matched (PSUBSCRIBE); null for a channel subscription.</summary>
        public byte[] Pattern { get; private set; }
        public byte[] Payload { get; private set; }
        /// <summary>Its place in the channel's backlog (for resuming).</summary>
        public ulong Sequence { get; private set; }
        public bool Sharded { get; private set; }

        public string ChannelString { get { return Encoding.UTF8.GetString(Channel); } }
        public string PayloadString { get { return Encoding.UTF8.GetString(Payload); } }

        internal Message(JsonObject message)
        {
            Channel = message.Bytes("channel") ?? new byte[0];
            Pattern = message.Bytes("pattern");
            Payload = message.Bytes("payload") ?? new byte[0];
            var sequence = message.String("sequence");
            Sequence = sequence == null ? 0 : ulong.Parse(sequence);
            Sharded = message.Bool("sharded");
        }
    }

    /// <summary>A subscription (the Subscribe stream): enumerating it yields
    /// messages as they arrive, until it is disposed or the server ends it.
    /// Other events (discontinuities, pongs) are on <see cref="NextEvent"/>.</summary>
    public sealed class Subscription : IEnumerable<Message>, IDisposable
    {
        internal const int ActionSubscribe = 1, ActionPSubscribe = 3, ActionSSubscribe = 5;

        private IntPtr handle;

        internal Subscription(Client client, int action, string[] names)
        {
            using (var error = new NativeError())
            {
                handle = Native.ks_subscription_open(client.Handle, error.Handle);
                if (handle == IntPtr.Zero) throw error.ToException();
            }
            try
            {
                Add(action, names);
                // No name: the server answers with Redis's error (wrong number
                // of arguments) and nothing else, which the C helper does not
                // wait for; on a fresh stream nothing else can come first.
                if (names.Length == 0) ThrowIfError(NextEvent(TimeSpan.FromSeconds(10)));
            }
            catch { Dispose(); throw; }
        }

        private static void ThrowIfError(JsonObject evt)
        {
            var failure = evt == null ? null : evt.Object("error");
            if (failure == null) return;
            int code = (int)failure.Long("code");
            throw new KeyspaceException(Native.FromUtf8(Native.ks_code_name(code)), code,
                                        failure.String("reason"), failure.String("message") ?? "");
        }

        /// <summary>SUBSCRIBE to more channels; returns once the server confirmed them.
        /// A refusal that comes later (no channel given) is thrown by <see cref="Next"/>.</summary>
        public void Subscribe(params string[] channels) { Add(ActionSubscribe, channels); }

        /// <summary>PSUBSCRIBE to more patterns; returns once the server confirmed them.</summary>
        public void PSubscribe(params string[] patterns) { Add(ActionPSubscribe, patterns); }

        private void Add(int action, string[] names)
        {
            var bytes = new byte[names.Length][];
            var pins = new System.Runtime.InteropServices.GCHandle[names.Length];
            var pointers = new IntPtr[names.Length];
            var lengths = new UIntPtr[names.Length];
            try
            {
                for (int i = 0; i < names.Length; i++)
                {
                    // A pinned non-empty buffer, so that an empty name still has an address.
                    bytes[i] = Encoding.UTF8.GetBytes(names[i] + "\0");
                    pins[i] = System.Runtime.InteropServices.GCHandle.Alloc(
                        bytes[i], System.Runtime.InteropServices.GCHandleType.Pinned);
                    pointers[i] = pins[i].AddrOfPinnedObject();
                    lengths[i] = new UIntPtr((uint)(bytes[i].Length - 1));
                }
                using (var error = new NativeError())
                {
                    if (Native.ks_subscription_subscribe(Live, action, pointers, lengths,
                                                         new UIntPtr((uint)names.Length), error.Handle) != Native.Ok)
                        throw error.ToException();
                }
            }
            finally
            {
                foreach (var pin in pins)
                    if (pin.IsAllocated) pin.Free();
            }
        }

        private IntPtr Live
        {
            get
            {
                if (handle == IntPtr.Zero) throw new ObjectDisposedException("Keyspace.Subscription");
                return handle;
            }
        }

        /// <summary>The next event (a SubscriptionEvent in proto3 JSON: "message",
        /// "change", "discontinuity", "pong", "error"; heartbeats skipped), or null
        /// when none came within <paramref name="timeout"/> (null: wait without
        /// limit) or the stream ended.</summary>
        public JsonObject NextEvent(TimeSpan? timeout = null)
        {
            long ms = timeout.HasValue ? (long)timeout.Value.TotalMilliseconds : -1;
            using (var error = new NativeError())
            {
                IntPtr evt;
                int status = Native.ks_subscription_next(Live, out evt, ms, error.Handle);
                if (status == Native.Timeout || status == Native.End) return null;
                if (status != Native.Ok) throw error.ToException();
                try { return Json.ParseObject(Native.Take(Native.ks_message_to_json(evt))); }
                finally { Native.ks_message_free(evt); }
            }
        }

        /// <summary>The next message, or null when none came within <paramref name="timeout"/>.</summary>
        public Message Next(TimeSpan? timeout = null)
        {
            DateTime? until = timeout.HasValue ? DateTime.UtcNow + timeout.Value : (DateTime?)null;
            while (true)
            {
                TimeSpan? left = until.HasValue ? until.Value - DateTime.UtcNow : (TimeSpan?)null;
                if (left.HasValue && left.Value < TimeSpan.Zero) return null;
                var evt = NextEvent(left);
                if (evt == null) return null;
                var message = evt.Object("message");
                if (message != null) return new Message(message);
                ThrowIfError(evt);
            }
        }

        public IEnumerator<Message> GetEnumerator()
        {
            while (handle != IntPtr.Zero)
            {
                var message = Next();
                if (message == null) yield break;
                yield return message;
            }
        }

        IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }

        public void Dispose()
        {
            if (handle != IntPtr.Zero) Native.ks_subscription_close(handle);
            handle = IntPtr.Zero;
        }
    }

    public sealed partial class Client
    {
        /// <summary>SUBSCRIBE: returns once the server confirmed every channel, so a
        /// message published after it returns is received.</summary>
        public Subscription Subscribe(params string[] channels)
        {
            return new Subscription(this, Subscription.ActionSubscribe, channels);
        }

        /// <summary>PSUBSCRIBE to glob-style patterns.</summary>
        public Subscription PSubscribe(params string[] patterns)
        {
            return new Subscription(this, Subscription.ActionPSubscribe, patterns);
        }
    }
}
