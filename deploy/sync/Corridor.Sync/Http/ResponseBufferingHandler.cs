namespace Corridor.Sync.Http;

/// <summary>
/// Reads the whole answer inside the attempt, so a body that stalls or breaks off counts against the attempt's
/// timeout and is retried like any other network failure (HttpClient would otherwise read it after the pipeline).
/// </summary>
public sealed class ResponseBufferingHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        try
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }
}
