using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace Corridor.SystemTests.Hostile;

/// <summary>Request bodies that are not a valid protobuf message of a given type, each with what is wrong with it.</summary>
public static class MalformedMessages
{
    /// <summary>A field number no Corridor request uses, so that its value is an unknown field.</summary>
    private const int UnknownField = 2000;

    public static IReadOnlyList<(string Kind, byte[] Message)> For(MessageDescriptor request)
    {
        var cases = new List<(string, byte[])>
        {
            ("invalid wire type", [0x0F]),
            ("field number zero", [0x00, 0x01]),
            ("truncated length-delimited field", [0x0A, 0x05, 0x61]),
            ("varint longer than ten bytes", [0x08, .. Enumerable.Repeat((byte)0xFF, 11), 0x01]),
            ("huge length prefix inside the message", [0x0A, 0xFF, 0xFF, 0xFF, 0xFF, 0x07, 0x61]),
            ("negative length prefix", [0x0A, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01, 0x61]),
            ("unterminated group", Tag(UnknownField, WireFormat.WireType.StartGroup)),
            ("groups nested past the recursion limit", Nested(200)),
        };
        if (request.Fields.InFieldNumberOrder().FirstOrDefault(f => f.FieldType == FieldType.String) is { } text)
        {
            cases.Add(("invalid UTF-8 in a string field", [.. Tag(text.FieldNumber, WireFormat.WireType.LengthDelimited), 0x02, 0xC3, 0x28]));
        }

        return cases;
    }

    private static byte[] Nested(int depth) =>
    [
        .. Enumerable.Repeat(Tag(UnknownField, WireFormat.WireType.StartGroup), depth).SelectMany(b => b),
        .. Enumerable.Repeat(Tag(UnknownField, WireFormat.WireType.EndGroup), depth).SelectMany(b => b),
    ];

    private static byte[] Tag(int field, WireFormat.WireType type)
    {
        using var buffer = new MemoryStream();
        var output = new CodedOutputStream(buffer);
        output.WriteTag(field, type);
        output.Flush();
        return buffer.ToArray();
    }
}
