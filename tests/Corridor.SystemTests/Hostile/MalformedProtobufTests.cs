using Corridor.SystemTests.Authorization;
using Corridor.TestKit;
using Grpc.Core;

namespace Corridor.SystemTests.Hostile;

/// <summary>
/// Every gRPC method of the three services answers a body that is not a valid message of its request type with
/// INVALID_ARGUMENT (not UNKNOWN "Exception was thrown by handler") and logs no error; a frame declaring more than
/// the size limit is RESOURCE_EXHAUSTED.
/// </summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class MalformedProtobufTests(SharedRabbitMq rabbitMq, MatrixSystem hosts) : IClassFixture<MatrixSystem>
{
    [SkippableTheory]
    [InlineData("lists")]
    [InlineData("agreements")]
    [InlineData("teams")]
    public async Task A_request_that_is_not_valid_protobuf_is_INVALID_ARGUMENT_on_every_method(string service)
    {
        var system = await hosts.GetAsync(rabbitMq);
        var target = HostileTarget.Of(system, service);
        var logs = new CapturedLogs().AttachTo(target.Services);
        using var grpc = new RawGrpc();
        var token = MatrixTokens.For(MatrixCaller.Secretariat, service);
        var wrong = new List<string>();

        foreach (var method in target.Endpoints.Where(e => e.IsGrpc).Select(e => e.GrpcMethod!))
        {
            foreach (var (kind, message) in MalformedMessages.For(EndpointInvoker.RequestDescriptor(method)))
            {
                var answer = await grpc.CallAsync(target.GrpcAddress, method.FullName, RawGrpc.Frame(message), token);
                if (answer.Status != StatusCode.InvalidArgument)
                {
                    wrong.Add($"{method.FullName} with {kind}: HTTP {answer.HttpStatus} {answer.Status} {answer.Message}");
                }
            }

            // Just over the 4 MiB limit, the largest signed length, and lengths a signed reader sees as negative.
            foreach (var declared in new uint[] { 4 * 1024 * 1024 + 1, int.MaxValue, 0x8000_0000, uint.MaxValue })
            {
                var tooLong = await grpc.CallAsync(target.GrpcAddress, method.FullName, RawGrpc.Frame([0x0A, 0x01, 0x61], declared), token);
                if (tooLong.Status != StatusCode.ResourceExhausted)
                {
                    wrong.Add($"{method.FullName} with a frame declaring {declared} bytes: HTTP {tooLong.HttpStatus} {tooLong.Status} {tooLong.Message}");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
        Assert.True(logs.Errors.Count == 0, string.Join('\n', logs.Errors));
    }
}
