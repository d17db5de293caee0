using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using Corridor.Lists.Problems;
using Corridor.MicroBenchmarks.Fixtures;
using Microsoft.AspNetCore.Http.Json;

namespace Corridor.MicroBenchmarks.Benchmarks;

/// <summary>
/// A ProblemResponse (a raised problem with its organ's name, as GET /api/v1/problems/{id} answers it) written as
/// minimal APIs write a result: System.Text.Json with the service's HTTP JsonOptions (Lists configures none, so the
/// web defaults) into a reused buffer. Baseline: a three-field DTO written the same way.
/// </summary>
[MemoryDiagnoser]
public class ProblemJsonBenchmarks
{
    private readonly ArrayBufferWriter<byte> _buffer = new(8192);
    private Utf8JsonWriter _writer = null!;
    private JsonTypeInfo<ProblemResponse> _problemType = null!;
    private JsonTypeInfo<IdTitleVersion> _smallType = null!;
    private ProblemResponse _problem = null!;
    private IdTitleVersion _small = null!;

    [GlobalSetup]
    public void Setup()
    {
        var options = new JsonOptions().SerializerOptions;
        options.MakeReadOnly(populateMissingResolver: true);
        _problemType = (JsonTypeInfo<ProblemResponse>)options.GetTypeInfo(typeof(ProblemResponse));
        _smallType = (JsonTypeInfo<IdTitleVersion>)options.GetTypeInfo(typeof(IdTitleVersion));
        _writer = new Utf8JsonWriter(_buffer);
        var raised = BenchCaller.RaiseProblem($"BENCH-{Guid.NewGuid():N}");
        _problem = ProblemResponse.From(raised, DateOnly.FromDateTime(DateTime.UtcNow)) with { RaisedByOrganName = BenchCaller.OrganName };
        _small = new IdTitleVersion(raised.Id, raised.Title, raised.Version);
    }

    [GlobalCleanup]
    public void Cleanup() => _writer.Dispose();

    [Benchmark(Baseline = true)]
    public int SerializeSmallDto() => Write(_small, _smallType);

    [Benchmark]
    public int SerializeProblemResponse() => Write(_problem, _problemType);

    private int Write<T>(T value, JsonTypeInfo<T> type)
    {
        _buffer.ResetWrittenCount();
        _writer.Reset();
        JsonSerializer.Serialize(_writer, value, type);
        return _buffer.WrittenCount;
    }

    public sealed record IdTitleVersion(Guid Id, string Title, long Version);
}
