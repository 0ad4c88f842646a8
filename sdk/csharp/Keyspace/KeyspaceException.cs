using System;

namespace Keyspace
{
    /// <summary>A failed call. For a Redis error <see cref="Prefix"/> is its
    /// prefix ("WRONGTYPE", "ERR"), read from the google.rpc.ErrorInfo the
    /// server sends, and <see cref="Exception.Message"/> Redis's whole error
    /// text; for any other failure (an unreachable server, a passed deadline)
    /// <see cref="Prefix"/> is null.</summary>
    public class KeyspaceException : Exception
    {
        /// <summary>The Redis error prefix, or null when the failure is not a Redis error.</summary>
        public string Prefix { get; private set; }

        /// <summary>The gRPC status code's name: "FAILED_PRECONDITION", "UNAVAILABLE".</summary>
        public string CodeName { get; private set; }

        /// <summary>The gRPC status code's number.</summary>
        public int Code { get; private set; }

        public KeyspaceException(string codeName, int code, string prefix, string message) : base(message)
        {
            CodeName = codeName;
            Code = code;
            Prefix = prefix;
        }
    }
}
