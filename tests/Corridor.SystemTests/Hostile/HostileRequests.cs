using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Corridor.SystemTests.Authorization;
using CsCheck;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Microsoft.AspNetCore.Http;

namespace Corridor.SystemTests.Hostile;

/// <summary>One generated request: REST (path with query, optional body) or gRPC (the bytes of one framed message).</summary>
public sealed record HostileRequest(HostileEndpoint Endpoint, string? Token, string? PathAndQuery, byte[] Body, string? ContentType, string? IfMatch)
{
    public override string ToString() =>
        $"{Endpoint} as {(Token is null ? "anonymous" : "caller")}: {PathAndQuery} {(Body.Length > 300 ? $"{Body.Length} bytes" : Endpoint.Grpc is null ? Encoding.UTF8.GetString(Body) : Convert.ToHexString(Body))}";
}

/// <summary>CsCheck generators of hostile requests for the endpoints of a running system, shaped by each endpoint's parameters and message types.</summary>
public static class HostileRequests
{
    public static Gen<HostileRequest> For(IReadOnlyList<HostileEndpoint> endpoints, Func<string, IReadOnlyList<string?>> tokensOf) =>
        Gen.Int[0, endpoints.Count - 1].SelectMany(i =>
        {
            var endpoint = endpoints[i];
            var token = Gen.OneOf(tokensOf(endpoint.Service).ToArray());
            return endpoint.Grpc is { } method
                ? Gen.Select(token, Message(EndpointInvoker.RequestDescriptor(method)), (t, body) => new HostileRequest(endpoint, t, null, RawGrpc.Frame(Capped(body)), "application/grpc", null))
                : Gen.Select(token, Path(endpoint), Body(endpoint), Gen.Frequency((4, Gen.Const((string?)null)), (1, HostileValues.Text.Select(v => (string?)HeaderSafe(v)))),
                    (t, path, body, ifMatch) => new HostileRequest(endpoint, t, path, Capped(body.Bytes), body.ContentType, ifMatch));
        });

    /// <summary>
    /// Bodies stay under Kestrel's 30 MB request limit (a batch of huge strings can reach hundreds of MB), cut short when longer:
    /// still far above gRPC's 4 MB message limit and every field limit, and a cut body is malformed JSON or protobuf in its own right.
    /// </summary>
    public const int MaxBodyBytes = 8 * 1024 * 1024;

    private static byte[] Capped(byte[] body) => body.Length <= MaxBodyBytes ? body : body[..MaxBodyBytes];

    /// <summary>A header value a client can put on the wire: line breaks and other control characters would end the header or are refused by HttpClient.</summary>
    private static string HeaderSafe(string value) => new(value.Select(c => char.IsControl(c) ? ' ' : c).ToArray());

    private static Gen<string> Path(HostileEndpoint endpoint)
    {
        var values = Gen.Select(HostileValues.Text, Gen.Const<string>(() => Guid.NewGuid().ToString()), Gen.Bool, (text, id, typed) => typed ? id : text)
            .Array[endpoint.RouteParameters.Count];
        var query = endpoint.Query.Select(q => Gen.Frequency((1, Gen.Const((string?)null)), (3, Typed(q.Type).Select(v => (string?)v)))
            .Select(v => v is null ? null : $"{q.Name}={HostileValues.Escape(v)}")).ToArray();
        var queries = All(query);
        return Gen.Select(values, queries, (route, q) =>
        {
            var path = endpoint.Route!;
            for (var i = 0; i < endpoint.RouteParameters.Count; i++)
            {
                path = System.Text.RegularExpressions.Regex.Replace(path, "\\{" + endpoint.RouteParameters[i] + "[^}]*\\}", HostileValues.Escape(route[i]).Replace("$", "$$", StringComparison.Ordinal));
            }

            var given = q.Where(p => p is not null).ToArray();
            return given.Length == 0 ? path : path + "?" + string.Join('&', given);
        });
    }

    private static Gen<(byte[] Bytes, string? ContentType)> Body(HostileEndpoint endpoint)
    {
        if (!endpoint.IsWrite)
        {
            return Gen.Const((Array.Empty<byte>(), (string?)null));
        }

        var json = endpoint.Body is { } type && type != typeof(IFormFile) && !typeof(IEnumerable).IsAssignableFrom(type) || endpoint.Body == typeof(string)
            ? JsonFor(endpoint.Body!, 2) : HostileValues.Json(2);
        return Gen.Frequency(
            (8, json.Select(node => (Encoding.UTF8.GetBytes(node?.ToJsonString() ?? "null"), (string?)"application/json"))),
            (1, HostileValues.Json(3).Select(node => (Encoding.UTF8.GetBytes(node?.ToJsonString() ?? "null"), (string?)"application/json"))),
            (1, Gen.Byte.Array[0, 200].Select(bytes => (bytes, (string?)"application/json"))),
            (1, HostileValues.Text.Select(text => (Encoding.UTF8.GetBytes(text), (string?)"text/plain"))));
    }

    /// <summary>A JSON value for <paramref name="type"/>: its properties mostly present and of their type, sometimes missing, of another type or joined by an unknown one.</summary>
    private static Gen<JsonNode?> JsonFor(Type type, int depth)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (HostileEndpoint.IsSimple(t))
        {
            return Gen.Frequency((5, Typed(t).Select(v => Scalar(t, v))), (1, HostileValues.Json(0)));
        }

        if (t != typeof(string) && t.GetInterfaces().Append(t).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)) is { } sequence)
        {
            var item = depth > 0 ? JsonFor(sequence.GetGenericArguments()[0], depth - 1) : HostileValues.Json(0);
            return Gen.Frequency((6, item.Array[0, 4]), (1, item.Array[200, 2_000])).Select(items => (JsonNode?)new JsonArray(items));
        }

        if (depth < 0)
        {
            return HostileValues.Json(0);
        }

        var properties = t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetIndexParameters().Length == 0).ToArray();
        var fields = properties.Select(p => Gen.Frequency(
                (1, Gen.Const<(bool, JsonNode?)>(() => (false, null))),
                (6, JsonFor(p.PropertyType, depth - 1).Select(v => (true, v))),
                (1, HostileValues.Json(1).Select(v => (true, v))))
            .Select(v => (Name: JsonNamingPolicy.CamelCase.ConvertName(p.Name), Present: v.Item1, Value: v.Item2))).ToArray();
        var all = All(fields);
        var extra = Gen.Frequency((4, Gen.Const(Array.Empty<(string, JsonNode?)>())), (1, Gen.Select(HostileValues.Text, HostileValues.Json(1)).Array[1, 3]));
        return Gen.Select(all, extra, (given, unknown) =>
            (JsonNode?)HostileValues.Object(given.Where(f => f.Item2).Select(f => (f.Item1, f.Item3)).Concat(unknown)!));
    }

    private static JsonNode? Scalar(Type type, string value) =>
        (type.IsPrimitive && type != typeof(bool) && type != typeof(char)) || type == typeof(decimal)
            ? decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? JsonValue.Create(number) : JsonValue.Create(value)
            : type == typeof(bool) ? JsonValue.Create(value.Length % 2 == 0) : JsonValue.Create(value);

    /// <summary>A value written as text for a query parameter or scalar field of <paramref name="type"/>: an edge value of the type, or any hostile text.</summary>
    private static Gen<string> Typed(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        var ofType = t == typeof(int) || t == typeof(long) || t == typeof(short) ? HostileValues.Integer.Select(n => n.ToString(CultureInfo.InvariantCulture))
            : t == typeof(decimal) || t == typeof(double) ? HostileValues.Real.Select(n => n.ToString("R", CultureInfo.InvariantCulture))
            : t == typeof(DateOnly) || t == typeof(DateTime) || t == typeof(DateTimeOffset) ? HostileValues.Date
            : t == typeof(Guid) ? Gen.Const<string>(() => Guid.NewGuid().ToString())
            : t == typeof(bool) ? Gen.OneOf("true", "false")
            : t.IsEnum ? Gen.OneOf(Enum.GetNames(t))
            : HostileValues.Text;
        return Gen.Frequency((4, ofType), (1, HostileValues.Text));
    }

    /// <summary>The bytes of a request message: a message of the type with hostile field values, or bytes that are no such message.</summary>
    private static Gen<byte[]> Message(MessageDescriptor descriptor) => Gen.Frequency(
        (6, Fields(descriptor, 2).Select(build => Serialize(descriptor, build))),
        (1, Gen.OneOf(MalformedMessages.For(descriptor).Select(c => c.Message).ToArray())),
        (1, Gen.Byte.Array[0, 64]),
        (1, Fields(descriptor, 1).Select(build => Serialize(descriptor, build)).SelectMany(bytes => Gen.Int[0, bytes.Length].Select(cut => bytes[..cut]))));

    private static byte[] Serialize(MessageDescriptor descriptor, Action<IMessage> build)
    {
        var message = descriptor.Parser.ParseFrom(ByteString.Empty);
        build(message);
        try
        {
            return message.ToByteArray();
        }
        catch (ArgumentException)
        {
            // A string with a lone surrogate has no UTF-8 form: send the UTF-8 a client would produce instead.
            return MalformedMessages.For(descriptor)[^1].Message;
        }
    }

    private static Gen<Action<IMessage>> Fields(MessageDescriptor descriptor, int depth)
    {
        var setters = descriptor.Fields.InFieldNumberOrder().Where(f => !f.IsMap && (depth > 0 || f.FieldType != FieldType.Message))
            .Select(f => Gen.Frequency((1, Gen.Const<Action<IMessage>>(_ => { })), (4, Field(f, depth)))).ToArray();
        return All(setters).Select(all => (Action<IMessage>)(m =>
        {
            foreach (var set in all)
            {
                set(m);
            }
        }));
    }

    private static Gen<Action<IMessage>> Field(FieldDescriptor field, int depth)
    {
        Gen<object> value = field.FieldType switch
        {
            FieldType.String => HostileValues.Text.Select(s => (object)s),
            FieldType.Bool => Gen.Bool.Select(b => (object)b),
            FieldType.Int32 or FieldType.SInt32 or FieldType.SFixed32 or FieldType.Enum => HostileValues.Integer.Select(n => (object)unchecked((int)n)),
            FieldType.Int64 or FieldType.SInt64 or FieldType.SFixed64 => HostileValues.Integer.Select(n => (object)n),
            FieldType.UInt32 or FieldType.Fixed32 => HostileValues.Integer.Select(n => (object)unchecked((uint)n)),
            FieldType.UInt64 or FieldType.Fixed64 => HostileValues.Integer.Select(n => (object)unchecked((ulong)n)),
            FieldType.Double => HostileValues.Real.Select(n => (object)n),
            FieldType.Float => HostileValues.Real.Select(n => (object)(float)n),
            FieldType.Bytes => Gen.Byte.Array[0, 64].Select(b => (object)ByteString.CopyFrom(b)),
            FieldType.Message => Fields(field.MessageType, depth - 1).Select(build => (object)Build(field.MessageType, build)),
            _ => Gen.Const<object>(() => throw new NotSupportedException($"{field.FieldType} fields are not generated.")),
        };
        if (field.FieldType == FieldType.Enum)
        {
            value = value.Select(n => (object)Enum.ToObject(field.EnumType.ClrType, (int)n));
        }

        return field.IsRepeated
            ? Gen.Frequency((6, value.Array[0, 4]), (1, value.Array[200, 2_000])).Select(items => (Action<IMessage>)(m =>
            {
                var list = (IList)field.Accessor.GetValue(m);
                foreach (var item in items)
                {
                    list.Add(item);
                }
            }))
            : value.Select(v => (Action<IMessage>)(m => field.Accessor.SetValue(m, v)));
    }

    /// <summary>One value from each generator, in order.</summary>
    private static Gen<T[]> All<T>(IReadOnlyList<Gen<T>> gens) =>
        gens.Aggregate(Gen.Const(Array.Empty<T>()), (all, next) => Gen.Select(all, next, (values, value) => (T[])[.. values, value]));

    private static IMessage Build(MessageDescriptor descriptor, Action<IMessage> build)
    {
        var message = descriptor.Parser.ParseFrom(ByteString.Empty);
        build(message);
        return message;
    }
}
