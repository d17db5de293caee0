namespace Corridor.Identity.People.Api;

/// <summary>
/// Whether an organ exists and belongs to a region. Today <see cref="CreditCodeOrganDirectory"/> checks the forms only;
/// the Directory service will answer from its organ records (issue 17) behind this same interface.
/// </summary>
public interface IOrganDirectory
{
    /// <summary>Null when <paramref name="organId"/> may be a person's organ in <paramref name="regionCode"/>; otherwise why not.</summary>
    ValueTask<string?> RefusalAsync(string organId, string regionCode, CancellationToken cancellationToken);
}
