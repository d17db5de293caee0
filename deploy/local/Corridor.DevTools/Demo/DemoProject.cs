namespace Corridor.DevTools.Demo;

/// <summary>
/// A joint project of the demo data, led by the demo organ of <see cref="LeadRegion"/>. When
/// <see cref="Approve"/> is false it is left Submitted, awaiting review.
/// </summary>
public sealed record DemoProject(
    string Key,
    string Title,
    string Description,
    string LeadRegion,
    IReadOnlyList<string> PartnerRegions,
    string? AgreementKey,
    bool Approve);
