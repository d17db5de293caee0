using System.Text.Json;
using System.Text.Json.Serialization;
using Corridor.Agreements.Agreements;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Corridor.Agreements.Infrastructure;

/// <summary>An amendment's changes are written once and never queried: one JSON column, enums by name.</summary>
internal sealed class AmendmentChangesConverter() : ValueConverter<AmendmentChanges, string>(
    changes => JsonSerializer.Serialize(changes, Options),
    json => JsonSerializer.Deserialize<AmendmentChanges>(json, Options)!)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
}
