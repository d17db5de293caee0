using BenchmarkDotNet.Attributes;
using Corridor.Lists.Problems;
using Corridor.MicroBenchmarks.Fixtures;
using FluentValidation;
using FluentValidation.Results;

namespace Corridor.MicroBenchmarks.Benchmarks;

/// <summary>
/// A RaiseProblemRequest through the service's RaiseProblemValidator (its rules need no read model: the member rule
/// that does is an authorization rule, not a validator), with ValidateAsync as the use-case runner calls it.
/// The service registers validators scoped, so a request also constructs one; that row is measured too.
/// Baseline: a validator without rules.
/// </summary>
[MemoryDiagnoser]
public class RaiseProblemValidationBenchmarks
{
    private readonly RaiseProblemRequest _valid = new(
        BenchCaller.Title, BenchCaller.Description, nameof(ProblemCategory.Logistics), nameof(ProblemSeverity.High), BenchCaller.EnterpriseCode, "BENCH-0000001");

    private readonly RaiseProblemRequest _invalid = new("", new string('x', Problem.MaxText + 1), "Weather", "Dire", "not-a-code", null);

    private readonly InlineValidator<RaiseProblemRequest> _empty = [];
    private readonly RaiseProblemValidator _validator = new();

    [GlobalSetup]
    public async Task SetupAsync()
    {
        if (!(await ServiceValidator()).IsValid || (await ServiceValidatorFailing5Rules()).Errors.Count != 5)
        {
            throw new InvalidOperationException("RaiseProblemValidator no longer accepts the valid request or no longer finds the invalid one's five faults.");
        }
    }

    [Benchmark(Baseline = true)]
    public Task<ValidationResult> EmptyValidator() => _empty.ValidateAsync(_valid);

    [Benchmark]
    public Task<ValidationResult> ServiceValidator() => _validator.ValidateAsync(_valid);

    [Benchmark]
    public Task<ValidationResult> ServiceValidatorConstructedPerRequest() => new RaiseProblemValidator().ValidateAsync(_valid);

    [Benchmark]
    public Task<ValidationResult> ServiceValidatorFailing5Rules() => _validator.ValidateAsync(_invalid);
}
