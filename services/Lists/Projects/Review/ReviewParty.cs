namespace Corridor.Lists.Projects.Review;

/// <summary>Who must approve: the coordinator of a participating region, or the conference secretariat.</summary>
public readonly record struct ReviewParty(string Key)
{
    public const string SecretariatKey = "secretariat";

    public static ReviewParty Secretariat { get; } = new(SecretariatKey);

    public static ReviewParty CoordinatorOf(string regionCode) => new($"coordinator:{regionCode}");

    public override string ToString() => Key;
}
