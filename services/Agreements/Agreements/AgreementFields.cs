namespace Corridor.Agreements.Agreements;

public static class AgreementFields
{
    /// <summary>The content the fields describe, once they are valid, with the parties as the directory records them (<see cref="PartyDirectory"/>).</summary>
    public static AgreementContent ToContent(this IAgreementFields fields, IReadOnlyList<PartyTerms> parties) => new(
        Enum.Parse<AgreementKind>(fields.Kind!, ignoreCase: true),
        fields.Title!,
        fields.Witness,
        fields.TermStart!.Value,
        fields.TermEnd,
        fields.Document?.ToReference(),
        parties,
        (fields.Plans ?? []).Select(p => p!.ToPlan()).ToArray());
}
