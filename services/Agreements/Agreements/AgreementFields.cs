namespace Corridor.Agreements.Agreements;

public static class AgreementFields
{
    /// <summary>The content the fields describe, once they are valid.</summary>
    public static AgreementContent ToContent(this IAgreementFields fields) => new(
        Enum.Parse<AgreementKind>(fields.Kind!, ignoreCase: true),
        fields.Title!,
        fields.Witness,
        fields.TermStart!.Value,
        fields.TermEnd,
        fields.Document?.ToReference(),
        fields.Parties!.Select(p => p!.ToTerms()).ToArray(),
        (fields.Plans ?? []).Select(p => p!.ToPlan()).ToArray());
}
