using System.Text.Json.Serialization;

namespace Corridor.BuildingBlocks.Batches;

/// <summary>
/// The outcome of one item, by its position in the request (and its sheet row for a file). <see cref="Identifier"/> is
/// the record's own id where the service names records otherwise than by <see cref="Id"/> (an organ's credit code or
/// conference id).
/// </summary>
public sealed record BatchItemResult(
    int Index,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Row,
    string? ExternalReference,
    string Outcome,
    Guid? Id,
    IReadOnlyList<FieldError> Errors,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Identifier = null);
