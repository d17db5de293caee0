namespace Corridor.BuildingBlocks.UseCases;

/// <summary>
/// The version a caller expects to change: If-Match over REST (<see cref="Web.IfMatch"/>), expected_version over gRPC
/// (<see cref="Grpc.GrpcArguments.Expected"/>). <see cref="Check"/> honours it when given (state-machine commands);
/// <see cref="Required"/> also refuses its absence (428 / FAILED_PRECONDITION precondition-required), for writes that
/// replace a record's content.
/// </summary>
public sealed class VersionPrecondition
{
    private readonly Action<long> _check;
    private readonly Action<long> _require;

    public VersionPrecondition(bool isGiven, Action<long> check, Action<long> require)
    {
        IsGiven = isGiven;
        _check = check;
        _require = require;
    }

    /// <summary>No expectation: internal callers (jobs, consumers) and commands that need none.</summary>
    public static VersionPrecondition None { get; } = new(false, _ => { }, _ => { });

    public bool IsGiven { get; }

    /// <summary>The same precondition, but its absence is refused at <see cref="Check"/> too.</summary>
    public VersionPrecondition Required => new(IsGiven, _require, _require);

    public void Check(long currentVersion) => _check(currentVersion);

    /// <summary>Checks as <see cref="Required"/> would: absence refused too.</summary>
    public void Require(long currentVersion) => _require(currentVersion);
}
