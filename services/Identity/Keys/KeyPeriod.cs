namespace Corridor.Identity.Keys;

/// <summary>When a key is valid: it signs from <see cref="NotBefore"/> and is dropped at <see cref="NotAfter"/>.</summary>
public sealed record KeyPeriod(Guid Id, DateTime NotBefore, DateTime NotAfter)
{
    public bool IsValidAt(DateTime now) => NotBefore <= now && now < NotAfter;
}
