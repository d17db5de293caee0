namespace Corridor.DevTools.Demo;

/// <summary>A person on a demo team: a name, the role and party membership, a phone number only when one is given.</summary>
public sealed record DemoMember(string PersonName, string Role, bool PartyMember, DateOnly JoinedOn, string? Phone = null);
