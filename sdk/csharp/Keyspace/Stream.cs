using System;

namespace Keyspace
{
    /// <summary>A raw stream (Pipeline, Subscribe) with messages in proto3
    /// JSON: what the helpers <see cref="Pipeline"/> and
    /// <see cref="Subscription"/> are built on. Used by one thread at a time.</summary>
    public sealed class JsonStream : IDisposable
    {
        private IntPtr handle;

        internal JsonStream(Client client, string rpc)
        {
            using (var error = new NativeError())
            {
                handle = Native.ks_stream_open_named(client.Handle, Native.Utf8(rpc), error.Handle);
                if (handle == IntPtr.Zero) throw error.ToException();
            }
        }

        private IntPtr Live
        {
            get
            {
                if (handle == IntPtr.Zero) throw new ObjectDisposedException("Keyspace.JsonStream");
                return handle;
            }
        }

        /// <summary>Sends one request message.</summary>
        public void Send(JsonObject request)
        {
            using (var error = new NativeError())
                if (Native.ks_stream_send_json(Live, Native.Utf8(Json.Write(request)), error.Handle) != Native.Ok)
                    throw error.ToException();
        }

        /// <summary>Tells the server no more requests follow.</summary>
        public void CloseSend()
        {
            using (var error = new NativeError())
                if (Native.ks_stream_close_send(Live, error.Handle) != Native.Ok) throw error.ToException();
        }

        /// <summary>The next response, or null when none came within
        /// <paramref name="timeout"/> (null: no limit) or the server ended the
        /// stream (then <see cref="Ended"/> is true). Throws KeyspaceException
        /// when the stream failed.</summary>
        public JsonObject Receive(TimeSpan? timeout = null)
        {
            long ms = timeout.HasValue ? (long)timeout.Value.TotalMilliseconds : -1;
            using (var error = new NativeError())
            {
                IntPtr response;
                int status = Native.ks_stream_recv_json(Live, out response, ms, error.Handle);
                if (status == Native.Ok) return Json.ParseObject(Native.Take(response));
                if (status == Native.Timeout) return null;
                if (status == Native.End) { Ended = true; return null; }
                throw error.ToException();
            }
        }

        /// <summary>Whether the server ended the stream normally.</summary>
        public bool Ended { get; private set; }

        /// <summary>Ends the stream (cancelling it if the server has not).</summary>
        public void Dispose()
        {
            if (handle != IntPtr.Zero) Native.ks_stream_close(handle);
            handle = IntPtr.Zero;
        }
    }

    public sealed partial class Client
    {
        /// <summary>Opens the stream RPC named <paramref name="rpc"/> ("Pipeline", "Subscribe").</summary>
        public JsonStream OpenStream(string rpc) { return new JsonStream(this, rpc); }
    }
}
