using System.Text.Json.Serialization;

namespace Corridor.BuildingBlocks.Batches;

/// <summary>The outcome of one item, by its position in the request (and its sheet row for a file).</summary>
public sealed record BatchItemResult(
    int Index,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Row,
    string? ExternalReference,
    string Outcome,
    Guid? Id,
    IReadOnlyList<FieldError> Errors);
