using System.Net;
using Corridor.TestKit;

namespace Corridor.Lists.Tests.Integration;

/// <summary>The OpenAPI document costs hundreds of milliseconds to build, so a service builds it once and answers later requests from its output cache.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class OpenApiDocumentCacheTests(SharedRabbitMq rabbitMq)
{
    private const string DocumentPath = "/openapi/v1.json";

    [SkippableFact]
    public async Task The_second_request_for_the_OpenAPI_document_is_answered_from_the_cache_with_the_same_document_and_headers()
    {
        await using var host = await ListsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        using var http = new HttpClient { BaseAddress = host.RestAddress };

        using var built = await http.GetAsync(DocumentPath);
        using var cached = await http.GetAsync(DocumentPath);

        Assert.Equal(HttpStatusCode.OK, built.StatusCode);
        Assert.Equal(HttpStatusCode.OK, cached.StatusCode);
        // The output cache states the age of what it answers; a freshly built document has none.
        Assert.Null(built.Headers.Age);
        Assert.NotNull(cached.Headers.Age);
        Assert.Equal(await built.Content.ReadAsStringAsync(), await cached.Content.ReadAsStringAsync());
        Assert.Equal("nosniff", string.Join(",", cached.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-store", cached.Headers.CacheControl?.ToString());
    }
}
