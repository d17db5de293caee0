using Corridor.Identity.Keys;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using OpenIddict.Validation;

namespace Corridor.Identity.People.Api;

/// <summary>
/// OpenIddict's local-server validation copies the server's signing keys when its options are built; this makes those
/// options rebuilt whenever the key ring changes, so tokens signed by a newly current key are accepted at once.
/// </summary>
internal sealed class ValidationKeysFollowKeyRing(KeyRing keys) : IOptionsChangeTokenSource<OpenIddictValidationOptions>
{
    public string? Name => Options.DefaultName;

    public IChangeToken GetChangeToken() => keys.GetChangeToken();
}
