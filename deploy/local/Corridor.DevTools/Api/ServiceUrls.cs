using Corridor.DevTools.Cli;

namespace Corridor.DevTools.Api;

/// <summary>The REST base URLs of the services (their gRPC port is the REST port + 1 in the local run).</summary>
public sealed record ServiceUrls(Uri Agreements, Uri Lists, Uri Teams, Uri Directory)
{
    public const string DefaultAgreements = "http://127.0.0.1:5201";
    public const string DefaultLists = "http://127.0.0.1:5101";
    public const string DefaultTeams = "http://127.0.0.1:5301";
    public const string DefaultDirectory = "http://127.0.0.1:5501";

    public static ServiceUrls From(ServiceUrlSettings settings) => new(
        HttpUrl.Parse("agreements", settings.Agreements),
        HttpUrl.Parse("lists", settings.Lists),
        HttpUrl.Parse("teams", settings.Teams),
        HttpUrl.Parse("directory", settings.Directory));

    /// <summary>The local run's gRPC (h2c) address next to a REST address.</summary>
    public static Uri GrpcNextTo(Uri rest) => new UriBuilder(rest) { Port = rest.Port + 1, Path = "" }.Uri;
}
