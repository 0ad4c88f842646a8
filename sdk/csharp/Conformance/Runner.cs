// The C# SDK's conformance runner (tests/conformance/README.md):
//
//   mono keyspace-conformance.exe --address 127.0.0.1:7379 --scenarios scenarios.json
//
// prints one JSON line per scenario. Unary steps call every RPC by name
// (Client.CallJson), errors arrive as KeyspaceException (code name, Redis
// prefix, message), pipelines go through the Pipeline helper and
// subscriptions through the raw Subscribe stream (the scenarios compare the
// confirmations too, which the Subscription helper consumes). Messages are
// compared as messages: both sides are written back by the C core in its
// canonical proto3 JSON (Messages.Canonical), where equal messages give equal
// text.
using System;
using System.Collections.Generic;
using System.IO;
using Keyspace;

internal sealed class StepFailed : Exception
{
    internal StepFailed(string detail) : base(detail) { }
}

internal static class Runner
{
    private static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(5);

    private static int Main(string[] args)
    {
        string address = null, scenarios = null;
        for (int i = 0; i + 1 < args.Length; i += 2)
        {
            if (args[i] == "--address") address = args[i + 1];
            else if (args[i] == "--scenarios") scenarios = args[i + 1];
        }
        if (address == null || scenarios == null)
        {
            Console.Error.WriteLine("usage: keyspace-conformance.exe --address HOST:PORT --scenarios FILE");
            return 2;
        }
        var suite = Json.ParseObject(File.ReadAllText(scenarios));
        using (var client = new Client(address, TimeSpan.FromSeconds(10)))
        {
            foreach (JsonObject scenario in suite.List("scenarios"))
            {
                string detail = null;
                try
                {
                    client.CallJson("FlushAll", "{}");
                    foreach (JsonObject step in scenario.List("steps")) Step(client, step);
                }
                catch (StepFailed failure) { detail = failure.Message; }
                catch (Exception error) { detail = error.GetType().Name + ": " + error.Message; }
                var line = new JsonObject();
                line["scenario"] = scenario.String("name");
                line["passed"] = detail == null;
                line["detail"] = detail ?? "";
                Console.WriteLine(Json.Write(line));
            }
        }
        return 0;
    }

    private static void Step(Client client, JsonObject step)
    {
        if (step.ContainsKey("call")) Unary(client, step);
        else if (step.ContainsKey("pipeline")) PipelineStep(client, step);
        else if (step.ContainsKey("subscribe")) Subscription(client, step);
        else throw new StepFailed("unknown step " + Json.Write(step));
    }

    private static string Text(object message)
    {
        return message == null ? "{}" : Json.Write(message);
    }

    private static void Same(string rpc, string label, string got, string want)
    {
        got = Messages.Canonical(rpc, true, got);
        want = Messages.Canonical(rpc, true, want);
        if (got != want) throw new StepFailed(label + ": got " + got + ", want " + want);
    }

    private static void Unary(Client client, JsonObject step)
    {
        string rpc = step.String("call");
        string request = Text(step.Object("request"));
        string label = rpc + " " + request;
        JsonObject want = step.Object("error");
        string response;
        try
        {
            response = client.CallJson(rpc, request);
        }
        catch (KeyspaceException error)
        {
            string got = error.CodeName + " " + (error.Prefix ?? "") + ": " + error.Message;
            if (want == null) throw new StepFailed(label + ": failed with " + got);
            string expected = want.String("code") + " " + (want.String("reason") ?? "") + ": " + want.String("message");
            if (got != expected) throw new StepFailed(label + ": failed with " + got + ", want " + expected);
            return;
        }
        if (want != null) throw new StepFailed(label + ": got " + response + ", want error " + Json.Write(want));
        Same(rpc, label, response, Text(step.Object("response")));
    }

    private static void PipelineStep(Client client, JsonObject step)
    {
        var pipeline = client.Pipeline();
        foreach (JsonObject command in step.List("pipeline"))
            foreach (var field in command)
                pipeline.Add(field.Key, field.Value as JsonObject);
        var got = new List<object>();
        foreach (var reply in pipeline.Execute())
        {
            var message = new JsonObject();
            if (reply.Error != null)
            {
                var error = new JsonObject();
                error["reason"] = reply.Error.Prefix;
                error["message"] = reply.Error.Message;
                error["code"] = reply.Error.Code;
                message["error"] = error;
            }
            else message[reply.Command] = reply.Value;
            got.Add(message);
        }
        var gotResponse = new JsonObject();
        gotResponse["replies"] = got;
        var wantResponse = new JsonObject();
        wantResponse["replies"] = step.List("replies");
        Same("Pipeline", "pipeline", Json.Write(gotResponse), Json.Write(wantResponse));
    }

    private static void Subscription(Client client, JsonObject step)
    {
        var request = step.Object("subscribe");
        var expected = step.List("events");
        var events = new List<object>();
        using (var stream = client.OpenStream("Subscribe"))
        {
            stream.Send(request);
            int confirmations = request.List("channels").Count, changes = 0;
            while (changes < confirmations)
            {
                foreach (var evt in Receive(stream))
                {
                    if (evt.ContainsKey("change")) changes++;
                    events.Add(evt);
                }
            }
            foreach (JsonObject publish in step.List("publish")) client.CallObject("Publish", publish);
            while (events.Count < expected.Count) events.AddRange(Receive(stream));
        }
        var got = new JsonObject();
        got["events"] = events;
        var want = new JsonObject();
        want["events"] = expected;
        Same("Subscribe", "events", Json.Write(got), Json.Write(want));
    }

    // The events of the next response (heartbeats skipped, runId and
    // sequence cleared: they change from run to run).
    private static List<JsonObject> Receive(JsonStream stream)
    {
        var response = stream.Receive(EventTimeout);
        if (response == null)
            throw new StepFailed(stream.Ended ? "the Subscribe stream ended" : "no event within 5 s");
        var events = new List<JsonObject>();
        foreach (JsonObject evt in response.List("events"))
        {
            if (evt.ContainsKey("heartbeat")) continue;
            foreach (var body in evt.Values)
            {
                var fields = body as JsonObject;
                if (fields == null) continue;
                fields.Remove("runId");
                fields.Remove("sequence");
            }
            events.Add(evt);
        }
        return events;
    }
}
