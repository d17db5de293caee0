using Corridor.BuildingBlocks.Grpc;
using Corridor.BuildingBlocks.Web;
using Microsoft.Net.Http.Headers;

namespace Corridor.Lists.Projects;

/// <summary>The version a caller expects to change: If-Match over REST, expected_version over gRPC (0: none).</summary>
internal sealed class VersionPrecondition
{
    private readonly Action<long> _check;

    private VersionPrecondition(bool isGiven, Action<long> check)
    {
        IsGiven = isGiven;
        _check = check;
    }

    public bool IsGiven { get; }

    public static VersionPrecondition None { get; } = new(false, _ => { });

    public static VersionPrecondition FromIfMatch(HttpRequest request)
    {
        var ifMatch = request.Headers[HeaderNames.IfMatch].ToString();
        return new(!string.IsNullOrEmpty(ifMatch) && ifMatch != "*", version => ETags.CheckIfMatch(request, version));
    }

    public static VersionPrecondition Expect(long expectedVersion) => new(expectedVersion != 0, GrpcArguments.ExpectVersion(expectedVersion));

    public void Check(long currentVersion) => _check(currentVersion);
}
