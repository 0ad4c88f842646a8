using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Keyspace
{
    /// <summary>A message in proto3 JSON form: lowerCamelCase field names to
    /// values (string, long, double, bool, null, byte[] written as base64,
    /// lists, nested objects). Read with the typed accessors, which apply
    /// proto3 JSON's defaults for a field left out.</summary>
    public class JsonObject : Dictionary<string, object>
    {
        public JsonObject() : base(StringComparer.Ordinal) { }

        /// <summary>Whether the field is present: for an optional field, set (not nil).</summary>
        public bool Has(string field) { return ContainsKey(field) && this[field] != null; }

        /// <summary>A bytes field: null when absent (nil for an optional field).</summary>
        public byte[] Bytes(string field)
        {
            object value;
            if (!TryGetValue(field, out value) || value == null) return null;
            var bytes = value as byte[];
            return bytes ?? Convert.FromBase64String((string)value);
        }

        /// <summary>An integer field (proto3 JSON writes 64-bit ones as strings); 0 when absent.</summary>
        public long Long(string field)
        {
            object value;
            if (!TryGetValue(field, out value) || value == null) return 0;
            if (value is string) return long.Parse((string)value, CultureInfo.InvariantCulture);
            return Convert.ToInt64(value, CultureInfo.InvariantCulture);
        }

        /// <summary>A floating-point field; 0 when absent.</summary>
        public double Double(string field)
        {
            object value;
            if (!TryGetValue(field, out value) || value == null) return 0;
            var text = value as string;
            if (text == null) return Convert.ToDouble(value, CultureInfo.InvariantCulture);
            if (text == "NaN") return double.NaN;
            if (text == "Infinity") return double.PositiveInfinity;
            if (text == "-Infinity") return double.NegativeInfinity;
            return double.Parse(text, CultureInfo.InvariantCulture);
        }

        public bool Bool(string field)
        {
            object value;
            return TryGetValue(field, out value) && value is bool && (bool)value;
        }

        public string String(string field)
        {
            object value;
            return TryGetValue(field, out value) ? value as string : null;
        }

        public JsonObject Object(string field)
        {
            object value;
            return TryGetValue(field, out value) ? value as JsonObject : null;
        }

        /// <summary>A repeated field; empty when absent.</summary>
        public List<object> List(string field)
        {
            object value;
            return TryGetValue(field, out value) && value is List<object> ? (List<object>)value : new List<object>();
        }

        /// <summary>A repeated bytes field, decoded.</summary>
        public List<byte[]> BytesList(string field)
        {
            var result = new List<byte[]>();
            foreach (var item in List(field))
                result.Add(item as byte[] ?? Convert.FromBase64String((string)item));
            return result;
        }

        public override string ToString() { return Json.Write(this); }
    }

    /// <summary>JSON text to and from <see cref="JsonObject"/>, lists and
    /// scalars. Small on purpose: Mono has no System.Text.Json, and the C core
    /// does the proto3 part (names, types, base64, enums).</summary>
    public static class Json
    {
        public static object Parse(string text)
        {
            var reader = new Reader(text);
            reader.Space();
            object value = reader.Value();
            reader.Space();
            if (reader.At < text.Length) throw reader.Error("trailing characters");
            return value;
        }

        public static JsonObject ParseObject(string text)
        {
            var value = Parse(text) as JsonObject;
            if (value == null) throw new FormatException("JSON: not an object");
            return value;
        }

        public static string Write(object value)
        {
            var text = new StringBuilder();
            Write(text, value);
            return text.ToString();
        }

        private static void Write(StringBuilder text, object value)
        {
            if (value == null) text.Append("null");
            else if (value is string) Quote(text, (string)value);
            else if (value is byte[]) Quote(text, Convert.ToBase64String((byte[])value));
            else if (value is bool) text.Append((bool)value ? "true" : "false");
            else if (value is double || value is float) WriteDouble(text, Convert.ToDouble(value));
            else if (value is Enum) Quote(text, value.ToString());
            else if (value is IConvertible && IsInteger(value))
                text.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
            else if (value is IDictionary)
            {
                text.Append('{');
                bool first = true;
                foreach (DictionaryEntry entry in (IDictionary)value)
                {
                    if (!first) text.Append(',');
                    first = false;
                    Quote(text, (string)entry.Key);
                    text.Append(':');
                    Write(text, entry.Value);
                }
                text.Append('}');
            }
            else if (value is IEnumerable)
            {
                text.Append('[');
                bool first = true;
                foreach (object item in (IEnumerable)value)
                {
                    if (!first) text.Append(',');
                    first = false;
                    Write(text, item);
                }
                text.Append(']');
            }
            else throw new ArgumentException("JSON: cannot write a " + value.GetType());
        }

        private static bool IsInteger(object value)
        {
            return value is int || value is long || value is short || value is sbyte || value is byte ||
                   value is uint || value is ulong || value is ushort;
        }

        private static void WriteDouble(StringBuilder text, double value)
        {
            // proto3 JSON spells the non-finite values as strings.
            if (double.IsNaN(value)) text.Append("\"NaN\"");
            else if (double.IsPositiveInfinity(value)) text.Append("\"Infinity\"");
            else if (double.IsNegativeInfinity(value)) text.Append("\"-Infinity\"");
            else text.Append(value.ToString("R", CultureInfo.InvariantCulture));
        }

        private static void Quote(StringBuilder text, string value)
        {
            text.Append('"');
            foreach (char c in value)
            {
                switch (c)
                {
                    case '"': text.Append("\\\""); break;
                    case '\\': text.Append("\\\\"); break;
                    case '\n': text.Append("\\n"); break;
                    case '\r': text.Append("\\r"); break;
                    case '\t': text.Append("\\t"); break;
                    default:
                        if (c < 0x20) text.Append("\\u").Append(((int)c).ToString("x4"));
                        else text.Append(c);
                        break;
                }
            }
            text.Append('"');
        }

        private sealed class Reader
        {
            private readonly string text;
            internal int At;

            internal Reader(string text) { this.text = text; }

            internal FormatException Error(string what)
            {
                return new FormatException("JSON: " + what + " at offset " + At);
            }

            internal void Space()
            {
                while (At < text.Length && char.IsWhiteSpace(text[At])) At++;
            }

            private char Peek()
            {
                if (At >= text.Length) throw Error("unexpected end");
                return text[At];
            }

            private void Expect(string word)
            {
                if (string.CompareOrdinal(text, At, word, 0, word.Length) != 0) throw Error("expected " + word);
                At += word.Length;
            }

            internal object Value()
            {
                char c = Peek();
                if (c == '{') return Object();
                if (c == '[') return Array();
                if (c == '"') return String();
                if (c == 't') { Expect("true"); return true; }
                if (c == 'f') { Expect("false"); return false; }
                if (c == 'n') { Expect("null"); return null; }
                return Number();
            }

            private JsonObject Object()
            {
                var result = new JsonObject();
                At++;
                Space();
                if (Peek() == '}') { At++; return result; }
                while (true)
                {
                    Space();
                    if (Peek() != '"') throw Error("expected a member name");
                    string key = String();
                    Space();
                    Expect(":");
                    Space();
                    result[key] = Value();
                    Space();
                    char c = Peek();
                    At++;
                    if (c == '}') return result;
                    if (c != ',') throw Error("expected , or }");
                }
            }

            private List<object> Array()
            {
                var result = new List<object>();
                At++;
                Space();
                if (Peek() == ']') { At++; return result; }
                while (true)
                {
                    Space();
                    result.Add(Value());
                    Space();
                    char c = Peek();
                    At++;
                    if (c == ']') return result;
                    if (c != ',') throw Error("expected , or ]");
                }
            }

            private string String()
            {
                var result = new StringBuilder();
                At++;
                while (true)
                {
                    char c = Peek();
                    At++;
                    if (c == '"') return result.ToString();
                    if (c != '\\') { result.Append(c); continue; }
                    char e = Peek();
                    At++;
                    switch (e)
                    {
                        case '"': case '\\': case '/': result.Append(e); break;
                        case 'b': result.Append('\b'); break;
                        case 'f': result.Append('\f'); break;
                        case 'n': result.Append('\n'); break;
                        case 'r': result.Append('\r'); break;
                        case 't': result.Append('\t'); break;
                        case 'u':
                            if (At + 4 > text.Length) throw Error("short \\u escape");
                            result.Append((char)int.Parse(text.Substring(At, 4), NumberStyles.HexNumber));
                            At += 4;
                            break;
                        default: throw Error("bad escape");
                    }
                }
            }

            private object Number()
            {
                int start = At;
                while (At < text.Length && "+-0123456789.eE".IndexOf(text[At]) >= 0) At++;
                string number = text.Substring(start, At - start);
                if (number.Length == 0) throw Error("unexpected character");
                long integer;
                if (number.IndexOfAny(new[] { '.', 'e', 'E' }) < 0 &&
                    long.TryParse(number, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out integer))
                    return integer;
                return double.Parse(number, NumberStyles.Float, CultureInfo.InvariantCulture);
            }
        }
    }
}
