namespace Corridor.Identity.Clients;

/// <summary>A provincial system's confidential client, as configured under <c>Identity:Clients</c>.</summary>
public sealed class ClientRegistration
{
    public string ClientId { get; set; } = "";

    public string ClientSecret { get; set; } = "";

    public string RegionCode { get; set; } = "";

    /// <summary>Unified social credit code of the organ that runs the system.</summary>
    public string OrganId { get; set; } = "";

    public List<string> Scopes { get; set; } = [];
}
