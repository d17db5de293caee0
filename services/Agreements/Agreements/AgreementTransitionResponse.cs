using Corridor.BuildingBlocks.Directory;

namespace Corridor.Agreements.Agreements;

public sealed record AgreementTransitionResponse(
    string Action, string? From, string To, string By, string ByOrganId, string ByRegionCode, DateTime At, string? Note, string? ByOrganName = null)
{
    public static AgreementTransitionResponse Of(AgreementTransition h, OrganNames names) =>
        new(h.Action, h.From?.ToString(), h.To.ToString(), h.By, h.ByOrganId, h.ByRegionCode, h.At, h.Note, names.Of(h.ByOrganId));
}
