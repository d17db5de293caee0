using Corridor.SystemTests.Authorization;
using Corridor.TestKit;
using Grpc.Core;

namespace Corridor.SystemTests.Hostile;

/// <summary>
/// Every gRPC method of the three services answers a request body framed wrongly — a prefix announcing more bytes than
/// the body then carries, a compression flag other than 0 or 1, and for the methods taking one message none or two —
/// with INVALID_ARGUMENT (not Grpc.AspNetCore's INTERNAL "Incomplete message." / "Additional data after the message
/// received." or UNKNOWN), and logs no error.
/// </summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class MalformedFramesTests(SharedRabbitMq rabbitMq, MatrixSystem hosts) : IClassFixture<MatrixSystem>
{
    [SkippableTheory]
    [InlineData("lists")]
    [InlineData("agreements")]
    [InlineData("teams")]
    public async Task A_request_body_framed_wrongly_is_INVALID_ARGUMENT_on_every_method(string service)
    {
        var system = await hosts.GetAsync(rabbitMq);
        var target = HostileTarget.Of(system, service);
        var logs = new CapturedLogs().AttachTo(target.Services);
        using var grpc = new RawGrpc();
        var token = MatrixTokens.For(MatrixCaller.Secretariat, service);
        var wrong = new List<string>();

        foreach (var method in target.Endpoints.Where(e => e.IsGrpc).Select(e => e.GrpcMethod!))
        {
            foreach (var (kind, body) in Bodies(method.Type is MethodType.Unary or MethodType.ServerStreaming))
            {
                var answer = await grpc.CallAsync(target.GrpcAddress, method.FullName, body, token);
                if (answer.Status != StatusCode.InvalidArgument)
                {
                    wrong.Add($"{method.FullName} with {kind}: HTTP {answer.HttpStatus} {answer.Status} {answer.Message}");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
        Assert.True(logs.Errors.Count == 0, string.Join('\n', logs.Errors));
    }

    private static IEnumerable<(string Kind, byte[] Body)> Bodies(bool singleMessage)
    {
        yield return ("a prefix announcing 10 bytes and none following", RawGrpc.Frame([], declaredLength: 10));
        yield return ("a prefix announcing 40 bytes and 3 following", RawGrpc.Frame([0x0A, 0x01, 0x61], declaredLength: 40));
        yield return ("a body ending inside the prefix", [0x00, 0x00, 0x00]);
        yield return ("compression flag 2", [0x02, 0x00, 0x00, 0x00, 0x00]);
        if (singleMessage)
        {
            yield return ("no message", []);
            yield return ("two messages", [.. RawGrpc.Frame([]), .. RawGrpc.Frame([])]);
        }
    }
}
