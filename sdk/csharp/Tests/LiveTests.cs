// The C# SDK's live tests: run against the keyspace-server at
// KEYSPACE_ADDRESS (skipped, exit 0, when it is not set), as
// `python3 scripts/sdks/csharp.py --test` (which builds them) or
// `mono sdk/csharp/build/keyspace-tests.exe`. Keys are prefixed per run so
// that the tests share a server with others without flushing it.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text;
using Keyspace;

internal static class LiveTests
{
    private static Client ks;
    private static readonly string Prefix = "cs-" + Guid.NewGuid().ToString("N").Substring(0, 8) + ":";

    private static string K(string name) { return Prefix + name; }

    private static void Equal<T>(T want, T got, string what)
    {
        if (!EqualityComparer<T>.Default.Equals(want, got))
            throw new Exception(what + ": got " + Show(got) + ", want " + Show(want));
    }

    private static void Bytes(byte[] want, byte[] got, string what)
    {
        if (want == null ? got != null : got == null || !want.SequenceEqual(got))
            throw new Exception(what + ": got " + Show(got) + ", want " + Show(want));
    }

    private static string Show(object value)
    {
        if (value == null) return "null";
        var bytes = value as byte[];
        return bytes != null ? "[" + BitConverter.ToString(bytes) + "]" : value.ToString();
    }

    private static KeyspaceException Throws(Action action, string what)
    {
        try { action(); }
        catch (KeyspaceException error) { return error; }
        throw new Exception(what + ": did not throw KeyspaceException");
    }

    private static void NilVersusEmpty()
    {
        Equal(null, ks.Get(K("missing")), "GET of a missing key");
        Equal(true, ks.Set(K("empty"), ""), "SET");
        Bytes(new byte[0], ks.Get(K("empty")), "GET of an empty string");
        Equal(null, ks.GetString(K("missing")), "GetString of a missing key");
    }

    private static void BinaryValues()
    {
        var key = Encoding.UTF8.GetBytes(K("bin\0\u00ff"));
        var value = new byte[] { 0, 0xff, 1, 0x80, 0 };
        Equal(true, ks.Set(key, value), "SET");
        Bytes(value, ks.Get(key), "GET");
        var text = "h\u00e9llo \"w\\orld\"\n";
        ks.Set(K("text"), text);
        Equal(text, ks.GetString(K("text")), "UTF-8 and escapes round trip");
    }

    private static void SetOptions()
    {
        Equal(true, ks.Set(K("nx"), "a", onlyIfMissing: true), "SET NX on a missing key");
        Equal(false, ks.Set(K("nx"), "b", onlyIfMissing: true), "SET NX on an existing key");
        Equal("a", ks.GetString(K("nx")), "value after a refused SET NX");
        Equal(false, ks.Set(K("xx"), "a", onlyIfExists: true), "SET XX on a missing key");
        Equal(null, ks.Get(K("xx")), "SET XX did not create the key");
        ks.Set(K("ex"), "v", expiry: TimeSpan.FromSeconds(100));
        var ttl = ks.Rpc.Ttl(new JsonObject { { "key", Encoding.UTF8.GetBytes(K("ex")) } }).Long("seconds");
        if (ttl <= 0 || ttl > 100) throw new Exception("TTL after SET PX 100000: " + ttl);
        ks.Set(K("ex"), "w", keepTtl: true);
        var kept = ks.Rpc.Ttl(new JsonObject { { "key", Encoding.UTF8.GetBytes(K("ex")) } }).Long("seconds");
        if (kept <= 0) throw new Exception("KEEPTTL lost the TTL: " + kept);
    }

    private static void Counters()
    {
        Equal(1L, ks.Incr(K("n")), "INCR of a missing key");
        Equal(11L, ks.Incr(K("n"), 10), "INCRBY 10");
        Equal(2L, ks.Exists(K("n"), K("n"), K("missing")), "EXISTS counts a key given twice");
        Equal("string", ks.Type(K("n")), "TYPE");
        Equal("none", ks.Type(K("missing")), "TYPE of a missing key");
        Equal(1L, ks.Del(K("n"), K("missing")), "DEL");
    }

    private static void Hashes()
    {
        var fields = new Dictionary<string, string> { { "a", "1" }, { "b", "" } };
        Equal(2L, ks.HSet(K("h"), fields), "HSET of two new fields");
        Equal(0L, ks.HSet(K("h"), fields), "HSET of existing fields");
        Bytes(Encoding.UTF8.GetBytes("1"), ks.HGet(K("h"), "a"), "HGET");
        Bytes(new byte[0], ks.HGet(K("h"), "b"), "HGET of an empty value");
        Equal(null, ks.HGet(K("h"), "c"), "HGET of a missing field");
    }

    private static void RedisErrors()
    {
        ks.Set(K("s"), "x");
        var wrongType = Throws(() => ks.Rpc.LPush(new JsonObject {
            { "key", Encoding.UTF8.GetBytes(K("s")) }, { "elements", new List<object> { new byte[] { 1 } } } }),
            "LPUSH on a string");
        Equal("WRONGTYPE", wrongType.Prefix, "prefix");
        Equal("FAILED_PRECONDITION", wrongType.CodeName, "code");
        Equal("WRONGTYPE Operation against a key holding the wrong kind of value", wrongType.Message, "message");
        var notInteger = Throws(() => ks.Incr(K("s")), "INCR of a non-integer");
        Equal("ERR", notInteger.Prefix, "prefix");
        Equal("INVALID_ARGUMENT", notInteger.CodeName, "code");
        Equal("ERR value is not an integer or out of range", notInteger.Message, "message");
    }

    private static void UnreachableServer()
    {
        using (var nowhere = new Client("127.0.0.1:1", TimeSpan.FromSeconds(2)))
        {
            var error = Throws(() => nowhere.Get("k"), "GET from an unreachable server");
            Equal(null, error.Prefix, "no Redis prefix for a transport failure");
            if (error.CodeName != "UNAVAILABLE" && error.CodeName != "DEADLINE_EXCEEDED")
                throw new Exception("code of an unreachable server: " + error.CodeName);
        }
    }

    private static void GeneratedRpcs()
    {
        var get = Rpcs.Find("Get");
        Equal("keyspace.v1.GetRequest", get.Request, "Get's request type");
        Equal("keyspace.v1.GetResponse", get.Response, "Get's response type");
        Equal(true, Rpcs.Find("Subscribe").ServerStreaming, "Subscribe streams");
        Equal(null, Rpcs.Find("NoSuchRpc"), "unknown RPC");
        foreach (var rpc in Rpcs.All)
        {
            if (rpc.ClientStreaming || rpc.ServerStreaming) continue;
            if (typeof(Rpc).GetMethod(rpc.Name, BindingFlags.Public | BindingFlags.Instance) == null)
                throw new Exception("no generated method for " + rpc.Name);
        }
        var echo = ks.Rpc.Echo(new JsonObject { { "message", Encoding.UTF8.GetBytes("hi") } });
        Bytes(Encoding.UTF8.GetBytes("hi"), echo.Bytes("message"), "ECHO through the generated method");
        Equal("PONG", ks.Ping(), "PING");
        var list = Encoding.UTF8.GetBytes(K("list"));
        ks.Rpc.RPush(new JsonObject { { "key", list }, { "elements", new List<object> { "YQ==", new byte[] { 0x62 } } } });
        var range = ks.Rpc.LRange(new JsonObject { { "key", list }, { "start", 0 }, { "stop", -1 } }).BytesList("elements");
        Equal(2, range.Count, "LRANGE 0 -1 length");
        Bytes(new byte[] { 0x61 }, range[0], "a base64 string is bytes");
        Bytes(new byte[] { 0x62 }, range[1], "byte[] is written as base64");
        Equal("{\"value\":\"\"}", Messages.Canonical("Get", true, "{ \"value\" : \"\" }"), "canonical JSON keeps presence");
        Equal("{}", Messages.Canonical("Set", true, "{\"written\":false}"), "canonical JSON drops defaults");
    }

    private static void Pipelines()
    {
        var replies = ks.Pipeline()
            .Set(K("p"), "v")
            .Get(K("p"))
            .Add("lpush", new JsonObject { { "key", Encoding.UTF8.GetBytes(K("p")) },
                                           { "elements", new List<object> { new byte[] { 1 } } } })
            .Get(K("missing"))
            .Execute();
        Equal(4, replies.Count, "one reply per command");
        Equal("set", replies[0].Command, "first reply's command");
        Equal(true, replies[0].Get().Bool("written"), "SET reply");
        Bytes(Encoding.UTF8.GetBytes("v"), replies[1].Get().Bytes("value"), "GET reply");
        Equal("WRONGTYPE", replies[2].Error.Prefix, "failed command's prefix");
        Equal(9, replies[2].Error.Code, "failed command's code");
        Throws(() => replies[2].Get(), "Get() of an error reply");
        Equal(false, replies[3].Get().Has("value"), "GET of a missing key in a pipeline is nil");
        Equal(0, ks.Pipeline().Execute().Count, "empty pipeline");
    }

    private static void Subscriptions()
    {
        using (var subscription = ks.Subscribe(K("news"), K("chat")))
        {
            Equal(1L, ks.Publish(K("news"), "hello"), "PUBLISH reaches the subscriber");
            Equal(0L, ks.Publish(K("other"), "unheard"), "PUBLISH to no one");
            ks.Publish(K("chat"), new byte[] { 0, 0xff });
            ks.Publish(K("news"), "");
            var got = new List<Message>();
            foreach (var message in subscription)
            {
                got.Add(message);
                if (got.Count == 3) break;
            }
            Equal(K("news"), got[0].ChannelString, "first channel");
            Equal("hello", got[0].PayloadString, "first payload");
            Equal(null, got[0].Pattern, "no pattern for a channel subscription");
            Bytes(new byte[] { 0, 0xff }, got[1].Payload, "binary payload");
            Bytes(new byte[0], got[2].Payload, "empty payload");
            Equal(null, subscription.Next(TimeSpan.FromMilliseconds(300)), "no more messages");
        }
        using (var patterns = ks.PSubscribe(K("news.*")))
        {
            ks.Publish(K("sports"), "b");
            ks.Publish(K("news.tech"), "a");
            var message = patterns.Next(TimeSpan.FromSeconds(5));
            Equal(K("news.tech"), message.ChannelString, "channel matched by the pattern");
            Bytes(Encoding.UTF8.GetBytes(K("news.*")), message.Pattern, "pattern");
        }
        var error = Throws(() => ks.Subscribe().Dispose(), "SUBSCRIBE with no channel");
        Equal("ERR", error.Prefix, "SUBSCRIBE with no channel: prefix");
        Equal("ERR wrong number of arguments for 'subscribe' command", error.Message, "SUBSCRIBE with no channel");
    }

    private static int Main()
    {
        string address = Environment.GetEnvironmentVariable("KEYSPACE_ADDRESS");
        if (string.IsNullOrEmpty(address))
        {
            Console.WriteLine("skipped: KEYSPACE_ADDRESS is not set");
            return 0;
        }
        var tests = new List<KeyValuePair<string, Action>>
        {
            new KeyValuePair<string, Action>("nil versus empty", NilVersusEmpty),
            new KeyValuePair<string, Action>("binary values", BinaryValues),
            new KeyValuePair<string, Action>("SET options", SetOptions),
            new KeyValuePair<string, Action>("counters and keys", Counters),
            new KeyValuePair<string, Action>("hashes", Hashes),
            new KeyValuePair<string, Action>("Redis errors", RedisErrors),
            new KeyValuePair<string, Action>("unreachable server", UnreachableServer),
            new KeyValuePair<string, Action>("generated RPCs", GeneratedRpcs),
            new KeyValuePair<string, Action>("pipelines", Pipelines),
            new KeyValuePair<string, Action>("subscriptions", Subscriptions),
        };
        int failed = 0;
        using (ks = new Client(address, TimeSpan.FromSeconds(10)))
        {
            foreach (var test in tests)
            {
                try
                {
                    test.Value();
                    Console.WriteLine("ok   " + test.Key);
                }
                catch (Exception error)
                {
                    failed++;
                    Console.WriteLine("FAIL " + test.Key + ": " + error);
                }
            }
        }
        Console.WriteLine((tests.Count - failed) + "/" + tests.Count + " passed");
        return failed == 0 ? 0 : 1;
    }
}
