using Grpc.Core;

namespace Corridor.BuildingBlocks.ChangeFeed;

/// <summary>
/// Counts the follow streams each caller (person or client, by subject) holds open on this replica and refuses one past
/// <see cref="ChangeFeedOptions.MaxFollowersPerCaller"/> with RESOURCE_EXHAUSTED: every stream polls the database.
/// </summary>
public sealed class ChangeFeedFollowers(ChangeFeedOptions options)
{
    private readonly Dictionary<string, int> _following = new(StringComparer.Ordinal);

    public IDisposable Enter(string caller)
    {
        lock (_following)
        {
            var open = _following.GetValueOrDefault(caller);
            if (open >= options.MaxFollowersPerCaller)
            {
                throw new RpcException(new Status(
                    StatusCode.ResourceExhausted,
                    $"A caller may follow the change feed with at most {options.MaxFollowersPerCaller} streams at once; close one first."));
            }

            _following[caller] = open + 1;
        }

        return new Slot(this, caller);
    }

    private void Leave(string caller)
    {
        lock (_following)
        {
            if (_following[caller] == 1)
            {
                _following.Remove(caller);
            }
            else
            {
                _following[caller]--;
            }
        }
    }

    private sealed class Slot(ChangeFeedFollowers followers, string caller) : IDisposable
    {
        private int _left;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _left, 1) == 0)
            {
                followers.Leave(caller);
            }
        }
    }
}
