namespace Corridor.DevTools.Demo;

/// <summary>An activity carried out under a demo agreement; the host party records it.</summary>
public sealed record DemoActivity(string AgreementKey, string Area, DateOnly Date, string HostRegion, IReadOnlyList<string> ParticipatingRegions, int ParticipantCount, string Summary);
