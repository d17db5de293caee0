using Corridor.BuildingBlocks.Grpc;
using Corridor.BuildingBlocks.Web;
using Microsoft.Net.Http.Headers;

namespace Corridor.Lists.Infrastructure;

/// <summary>
/// The version a caller expects to change: If-Match over REST, expected_version over gRPC (0: none).
/// <see cref="Check"/> honours it when given (state-machine commands); <see cref="Require"/> also refuses its
/// absence (428 / FAILED_PRECONDITION precondition-required), for writes that replace a record's content.
/// </summary>
internal sealed class VersionPrecondition
{
    private readonly Action<long> _check;
    private readonly Action<long> _require;

    private VersionPrecondition(bool isGiven, Action<long> check, Action<long> require)
    {
        IsGiven = isGiven;
        _check = check;
        _require = require;
    }

    public bool IsGiven { get; }

    /// <summary>The same precondition, but its absence is refused at <see cref="Check"/> too.</summary>
    public VersionPrecondition Required => new(IsGiven, _require, _require);

    public static VersionPrecondition FromIfMatch(HttpRequest request)
    {
        var ifMatch = request.Headers[HeaderNames.IfMatch].ToString();
        return new(!string.IsNullOrEmpty(ifMatch) && ifMatch != "*", version => ETags.CheckIfMatch(request, version), version => ETags.RequireIfMatch(request, version));
    }

    public static VersionPrecondition Expect(long expectedVersion) =>
        new(expectedVersion != 0, GrpcArguments.ExpectVersion(expectedVersion), version => GrpcArguments.RequireVersion(expectedVersion)(version));

    public void Check(long currentVersion) => _check(currentVersion);

    public void Require(long currentVersion) => _require(currentVersion);
}
