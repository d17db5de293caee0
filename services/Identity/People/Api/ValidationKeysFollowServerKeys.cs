using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using OpenIddict.Server;
using OpenIddict.Validation;

namespace Corridor.Identity.People.Api;

/// <summary>
/// OpenIddict's local-server validation copies the server's signing keys when its options are built. This rebuilds
/// them whenever the server's options were rebuilt (the key ring changed). It listens to the server's options rather
/// than to the key ring itself: an options monitor rebuilds at once when its change token fires, and built before the
/// server's, the validation options would copy the old keys again.
/// </summary>
internal sealed class ValidationKeysFollowServerKeys : IOptionsChangeTokenSource<OpenIddictValidationOptions>, IDisposable
{
    private readonly Lock _gate = new();
    private readonly IDisposable? _subscription;
    private CancellationTokenSource _changed = new();

    public ValidationKeysFollowServerKeys(IOptionsMonitor<OpenIddictServerOptions> server)
    {
        _subscription = server.OnChange((_, _) => Signal());
    }

    public string? Name => Options.DefaultName;

    public IChangeToken GetChangeToken()
    {
        lock (_gate)
        {
            return new CancellationChangeToken(_changed.Token);
        }
    }

    public void Dispose()
    {
        _subscription?.Dispose();
        _changed.Dispose();
    }

    private void Signal()
    {
        CancellationTokenSource fired;
        lock (_gate)
        {
            (fired, _changed) = (_changed, new CancellationTokenSource());
        }

        // Not disposed: a change token handed out earlier may still be registered on it.
        fired.Cancel();
    }
}
