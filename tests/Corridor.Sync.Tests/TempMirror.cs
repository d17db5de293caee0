using Corridor.Sync.Mirror;

namespace Corridor.Sync.Tests;

/// <summary>A mirror file in a fresh temporary directory, removed afterwards.</summary>
internal sealed class TempMirror : IDisposable
{
    private readonly string _directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"corridor-sync-tests-{Guid.NewGuid():N}");

    public TempMirror()
    {
        Directory.CreateDirectory(_directory);
        Path = System.IO.Path.Combine(_directory, "mirror.db");
    }

    public string Path { get; }

    public MirrorStore Open() => MirrorStore.Open(Path, TimeProvider.System);

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
