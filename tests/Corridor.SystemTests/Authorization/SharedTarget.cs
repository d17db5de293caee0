namespace Corridor.SystemTests.Authorization;

/// <summary>One record prepared on first use and shared by every read cell that needs one of its kind: reads change nothing.</summary>
public sealed class SharedTarget(Func<Task<Target>> prepare)
{
    private readonly Lazy<Task<Target>> _target = new(prepare);

    public Task<Target> GetAsync() => _target.Value;
}
