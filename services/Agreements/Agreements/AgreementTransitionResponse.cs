namespace Corridor.Agreements.Agreements;

public sealed record AgreementTransitionResponse(string Action, string? From, string To, string By, string ByOrganId, string ByRegionCode, DateTime At, string? Note)
{
    public static AgreementTransitionResponse Of(AgreementTransition h) => new(h.Action, h.From?.ToString(), h.To.ToString(), h.By, h.ByOrganId, h.ByRegionCode, h.At, h.Note);
}
