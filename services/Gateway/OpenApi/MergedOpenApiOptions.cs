namespace Corridor.Gateway.OpenApi;

public sealed class MergedOpenApiOptions
{
    public const string Section = "Gateway:OpenApi";

    /// <summary>How old the merged document may get before a request refreshes it from the services.</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(30);
}
