namespace Corridor.BuildingBlocks.Directory;

/// <summary>
/// A request names an organ the directory does not know, a retired organ, or states a region that disagrees with the
/// directory's record of the organ. Answered as 422 (problem type …/{code}, naming the field) / FAILED_PRECONDITION.
/// </summary>
public sealed class OrganRefusedException(string code, string field, string message) : Exception(message)
{
    public const string UnknownOrgan = "unknown-organ";

    public const string RetiredOrgan = "retired-organ";

    public const string RegionMismatch = "region-mismatch";

    /// <summary>Where the problem types of these refusals are documented (docs/domain/api-conventions.md).</summary>
    public const string ProblemTypeBase = "https://corridor.local/problems/";

    /// <summary>One of <see cref="UnknownOrgan"/>, <see cref="RetiredOrgan"/>, <see cref="RegionMismatch"/>.</summary>
    public string Code { get; } = code;

    /// <summary>The request field that names the organ or states the region, e.g. "partners[1].regionCode".</summary>
    public string Field { get; } = field;
}
