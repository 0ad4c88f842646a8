using System;
using System.Runtime.InteropServices;

namespace Keyspace
{
    /// <summary>proto3 JSON as the C core reads and writes it.</summary>
    public static class Messages
    {
        /// <summary>The canonical proto3 JSON of a message of RPC
        /// <paramref name="rpc"/>'s request (or response) type: parsed by the C
        /// core and written back, so fields come in schema order, defaults are
        /// left out and presence is kept. Two equal messages give equal text,
        /// which is how the conformance runner compares messages.</summary>
        public static string Canonical(string rpc, bool response, string json)
        {
            IntPtr method = Native.ks_method_find(Native.Utf8(rpc));
            if (method == IntPtr.Zero) throw new ArgumentException("no RPC named " + rpc);
            // ks_method: name, path, input, output (pointers), then two ints.
            IntPtr descriptor = Marshal.ReadIntPtr(method, (response ? 3 : 2) * IntPtr.Size);
            byte[] text = Native.Utf8(json);
            using (var error = new NativeError())
            {
                IntPtr message;
                if (Native.ks_message_from_json(descriptor, text, new UIntPtr((uint)(text.Length - 1)), out message,
                                                error.Handle) != Native.Ok)
                    throw error.ToException();
                try { return Native.Take(Native.ks_message_to_json(message)); }
                finally { Native.ks_message_free(message); }
            }
        }
    }
}
