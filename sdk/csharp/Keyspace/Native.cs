using System;
using System.Runtime.InteropServices;
using System.Text;

namespace Keyspace
{
    // The C SDK's binding surface (sdk/c/README.md, "Binding it from another
    // language"): plain, non-variadic functions, so P/Invoke works on any
    // architecture. Strings cross as NUL-terminated UTF-8 byte arrays,
    // marshalled here rather than by the runtime so that non-ASCII text is
    // never mangled by a platform's "ANSI" code page.
    internal static class Native
    {
        private const string Library = "keyspace";

        internal const int Ok = 0, Error = 1, Timeout = 2, End = 3;

        [DllImport(Library)] internal static extern IntPtr ks_error_new();
        [DllImport(Library)] internal static extern void ks_error_free(IntPtr error);
        [DllImport(Library)] internal static extern int ks_error_code(IntPtr error);
        [DllImport(Library)] internal static extern IntPtr ks_error_message(IntPtr error);
        [DllImport(Library)] internal static extern IntPtr ks_error_reason(IntPtr error);
        [DllImport(Library)] internal static extern IntPtr ks_code_name(int code);
        [DllImport(Library)] internal static extern IntPtr ks_version();
        [DllImport(Library)] internal static extern void ks_free(IntPtr pointer);

        [DllImport(Library)] internal static extern IntPtr ks_client_new(byte[] address, IntPtr error);
        [DllImport(Library)] internal static extern void ks_client_free(IntPtr client);
        [DllImport(Library)] internal static extern void ks_client_set_timeout(IntPtr client, long timeoutMs);

        [DllImport(Library)] internal static extern IntPtr ks_method_find(byte[] name);
        [DllImport(Library)]
        internal static extern int ks_call_json(IntPtr client, byte[] method, byte[] request,
                                                out IntPtr response, IntPtr error);

        [DllImport(Library)] internal static extern IntPtr ks_stream_open_named(IntPtr client, byte[] method, IntPtr error);
        [DllImport(Library)] internal static extern int ks_stream_send_json(IntPtr stream, byte[] request, IntPtr error);
        [DllImport(Library)]
        internal static extern int ks_stream_recv_json(IntPtr stream, out IntPtr response, long timeoutMs,
                                                       IntPtr error);
        [DllImport(Library)] internal static extern int ks_stream_close_send(IntPtr stream, IntPtr error);
        [DllImport(Library)] internal static extern void ks_stream_close(IntPtr stream);

        [DllImport(Library)] internal static extern IntPtr ks_subscription_open(IntPtr client, IntPtr error);
        [DllImport(Library)]
        internal static extern int ks_subscription_subscribe(IntPtr subscription, int action, IntPtr[] names,
                                                             UIntPtr[] lengths, UIntPtr count, IntPtr error);
        [DllImport(Library)]
        internal static extern int ks_subscription_next(IntPtr subscription, out IntPtr evt, long timeoutMs,
                                                        IntPtr error);
        [DllImport(Library)] internal static extern void ks_subscription_close(IntPtr subscription);

        [DllImport(Library)] internal static extern void ks_message_free(IntPtr message);
        [DllImport(Library)]
        internal static extern int ks_message_from_json(IntPtr descriptor, byte[] json, UIntPtr length,
                                                        out IntPtr message, IntPtr error);
        [DllImport(Library)] internal static extern IntPtr ks_message_to_json(IntPtr message);

        internal static byte[] Utf8(string text)
        {
            if (text == null) return null;
            int n = Encoding.UTF8.GetByteCount(text);
            var bytes = new byte[n + 1];
            Encoding.UTF8.GetBytes(text, 0, text.Length, bytes, 0);
            return bytes;
        }

        internal static string FromUtf8(IntPtr pointer)
        {
            if (pointer == IntPtr.Zero) return null;
            int n = 0;
            while (Marshal.ReadByte(pointer, n) != 0) n++;
            var bytes = new byte[n];
            Marshal.Copy(pointer, bytes, 0, n);
            return Encoding.UTF8.GetString(bytes);
        }

        // A string the SDK allocated: read, then freed with ks_free.
        internal static string Take(IntPtr pointer)
        {
            try { return FromUtf8(pointer); }
            finally { ks_free(pointer); }
        }
    }

    // A ks_error for one call; the exception it describes when the call failed.
    internal sealed class NativeError : IDisposable
    {
        internal readonly IntPtr Handle = Native.ks_error_new();

        internal KeyspaceException ToException()
        {
            int code = Native.ks_error_code(Handle);
            return new KeyspaceException(Native.FromUtf8(Native.ks_code_name(code)), code,
                                         Native.FromUtf8(Native.ks_error_reason(Handle)),
                                         Native.FromUtf8(Native.ks_error_message(Handle)) ?? "");
        }

        public void Dispose() { Native.ks_error_free(Handle); }
    }
}
